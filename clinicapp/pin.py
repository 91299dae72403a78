"""The staff PIN: stored only as a salted, slow hash, checked with a rate limit.

A kiosk PIN is short, so the hash is slow (scrypt) to make guessing from a
copied config file expensive, and the guard slows down guessing at the
screen: after a few wrong tries every further try must wait, longer each
time. The count and the wait are kept in a small file in the machine-wide
state folder, so quitting or crashing the app does not give free tries
back. Pure Python; the clock and the hash cost are injectable so tests
neither sleep nor spend seconds hashing.
"""

from __future__ import annotations

import base64
import contextlib
import json
import logging
import math
import os
import stat
import time
from collections.abc import Callable, Mapping
from enum import StrEnum
from pathlib import Path

log = logging.getLogger("clinicapp")

# Hash formats (parameters live in the string, so any cost ever used keeps verifying):
#   "scrypt$N$r$p$salt$digest"     v1, PINs of 4-12 digits; still verifies, refused in the settings
#   "scrypt-v2$N$r$p$salt$digest"  v2, made only for PINs of 6-12 digits
SCHEME_V1, SCHEME = "scrypt", "scrypt-v2"
# scrypt's time grows linearly with N*r (it is memory-bound: 128*N*r bytes).
# N=2**17, r=8 (128 MiB) is 8x the old 2**14: the 31 ms the issue measured per
# try becomes about 0.25 s on an exam-room PC; see docs/DEPLOYMENT.md.
DEFAULT_COST: tuple[int, int, int] = (2**17, 8, 1)  # (N, r, p); tests lower it in conftest
_DKLEN, _SALT_BYTES = 32, 16
_MAX_MEMORY = 256 * 1024 * 1024  # refuses a tampered hash that would need more to check
MIN_PIN_LENGTH, MAX_PIN_LENGTH = 6, 12


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode("ascii").rstrip("=")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def check_new_pin(pin: str) -> str | None:
    """Why a PIN cannot be used, or None when it is fine (digits only: kiosks have a keypad)."""
    if not pin.isdigit() or not pin.isascii():
        return "the PIN must be digits only"
    if not MIN_PIN_LENGTH <= len(pin) <= MAX_PIN_LENGTH:
        return f"the PIN must have {MIN_PIN_LENGTH} to {MAX_PIN_LENGTH} digits"
    return None


def _derive(pin: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    """Standard scrypt (RFC 7914), byte for byte what hashlib.scrypt gives, from libsodium.

    libsodium (PyNaCl) already ships for signed content packs; taking scrypt
    from it too keeps OpenSSL's libcrypto (4.5 MiB) out of the frozen build.
    Deferred: a PIN is typed rarely, and start-up stays lean.
    """
    from nacl.bindings import crypto_pwhash_scryptsalsa208sha256_ll

    return crypto_pwhash_scryptsalsa208sha256_ll(pin.encode("utf-8"), salt, n, r, p, dklen=_DKLEN, maxmem=_MAX_MEMORY)


def hash_pin(pin: str, *, salt: bytes | None = None, cost: tuple[int, int, int] | None = None) -> str:
    """One config line's worth: scheme, cost, salt and hash, all text.

    Refuses a PIN outside the rules, so a v2 hash always stands for 6-12 digits.
    """
    problem = check_new_pin(pin)
    if problem:
        raise ValueError(problem)
    n, r, p = DEFAULT_COST if cost is None else cost
    salt = os.urandom(_SALT_BYTES) if salt is None else salt
    digest = _derive(pin, salt, n, r, p)
    return f"{SCHEME}${n}${r}${p}${_b64(salt)}${_b64(digest)}"


def _parse(stored: str) -> tuple[str, int, int, int, bytes, bytes] | None:
    parts = stored.strip().split("$")
    if len(parts) != 6 or parts[0] not in (SCHEME, SCHEME_V1):
        return None
    try:
        n, r, p = (int(x) for x in parts[1:4])
        salt, digest = _unb64(parts[4]), _unb64(parts[5])
    except ValueError:
        return None
    # Bounds keep a tampered file from making one check take minutes or all memory.
    if not (2**10 <= n <= 2**18 and n & (n - 1) == 0 and 1 <= r <= 16 and 1 <= p <= 4):
        return None
    if 128 * n * r + 1024 * 1024 > _MAX_MEMORY:
        return None
    if len(salt) < 8 or len(digest) != _DKLEN:
        return None
    return parts[0], n, r, p, salt, digest


def is_pin_hash(stored: str) -> bool:
    """Any hash clinicapp ever made (old ones included)."""
    return _parse(stored) is not None


def is_current_pin_hash(stored: str) -> bool:
    """A hash made under today's rules (PIN of at least MIN_PIN_LENGTH digits)."""
    parsed = _parse(stored)
    return parsed is not None and parsed[0] == SCHEME


def verify_pin(pin: str, stored: str) -> bool:
    """True only for the right PIN; the comparison takes the same time either way."""
    parsed = _parse(stored)
    if parsed is None:
        return False
    _scheme, n, r, p, salt, digest = parsed
    import hmac

    return hmac.compare_digest(_derive(pin, salt, n, r, p), digest)


# -- wrong tries that survive a restart ------------------------------------------------
STATE_FILE = "pin-state.json"


def state_dir(env: Mapping[str, str] | None = None) -> Path:
    """The machine-wide state folder (CLINICAPP_STATE_DIR, else platformdirs' site state folder).

    Linux /var/lib/clinicapp, Windows C:\\ProgramData\\clinicapp; machine-wide
    so a different login or a deleted profile does not reset the count.
    """
    env = os.environ if env is None else env
    named = env.get("CLINICAPP_STATE_DIR", "").strip()
    if named:
        return Path(named).expanduser()
    import platformdirs

    site_state = getattr(platformdirs, "site_state_dir", None) or platformdirs.site_data_dir  # >= 4.4 has it
    return Path(site_state("clinicapp", appauthor=False))


class PinStateFile:
    """Wrong-try count and wait, as a small JSON file written atomically.

    Holds only a count and two timestamps, nothing a patient entered.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._warned = False

    def load(self) -> tuple[int, float] | None:
        """(failures, locked_until as wall-clock time); None when there is no file yet.

        Raises ValueError when the file exists but cannot be read or makes no sense.
        """
        flags = os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOFOLLOW", 0)
        try:
            fd = os.open(self.path, flags)  # never blocks on a pipe, never follows a link
        except FileNotFoundError:
            return None
        except OSError as exc:
            raise ValueError(f"cannot read: {exc.strerror or exc}") from exc
        try:
            if not stat.S_ISREG(os.fstat(fd).st_mode):
                raise ValueError("not a regular file")
            raw = os.read(fd, 4096)
        except OSError as exc:
            raise ValueError(f"cannot read: {exc.strerror or exc}") from exc
        finally:
            os.close(fd)
        try:
            data = json.loads(raw.decode("utf-8"))
            failures, locked_until = data["failures"], data["locked_until"]
        except (UnicodeDecodeError, ValueError, TypeError, KeyError) as exc:
            raise ValueError("not the expected JSON") from exc
        if data.get("version") != 1 or type(failures) is not int or not 0 <= failures <= 10**6:
            raise ValueError("unexpected values")
        if not isinstance(locked_until, (int, float)) or not math.isfinite(locked_until) or locked_until < 0:
            raise ValueError("unexpected values")
        return failures, float(locked_until)

    def save(self, failures: int, locked_until: float, now: float) -> None:
        """Write the whole file next to its place, then rename: a crash leaves the old or the new one."""
        data = {"version": 1, "failures": failures, "locked_until": locked_until, "updated": now}
        temporary = self.path.with_name(f".{self.path.name}.{os.getpid()}.tmp")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with open(temporary, "w", encoding="utf-8") as handle:
                json.dump(data, handle)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(temporary, self.path)
        except OSError as exc:
            if not self._warned:  # once per run: the count still works for this run
                log.warning("staff PIN: cannot keep wrong tries in %s: %s", self.path, exc.strerror or exc)
                self._warned = True
            with contextlib.suppress(OSError):
                temporary.unlink(missing_ok=True)


class Outcome(StrEnum):
    ACCEPTED = "accepted"
    WRONG = "wrong"
    WAIT = "wait"  # too many wrong tries: not even checked until the delay is over
    NOT_CONFIGURED = "not-configured"


class PinGuard:
    """Counts wrong tries and makes each one after the first few wait longer."""

    def __init__(
        self,
        stored_hash: str,
        *,
        clock: Callable[[], float] = time.time,  # wall clock: the wait is kept across restarts
        free_tries: int = 3,
        base_delay: float = 5.0,
        max_delay: float = 300.0,
        store: PinStateFile | None = None,
    ) -> None:
        # Only hashes made under today's rules open a kiosk (an old one may stand for 4 digits).
        self._stored = stored_hash if is_current_pin_hash(stored_hash) else ""
        self._clock = clock
        self.free_tries = free_tries
        self.base_delay = base_delay
        self.max_delay = max_delay
        self.failures = 0
        self._locked_until = 0.0
        self._store = store
        if store is not None:
            self._restore(store)
        # Lines only staff should read (settings that forced kiosk mode, for example);
        # the PIN dialog shows them, the patient's screen never does.
        self.staff_notes: tuple[str, ...] = ()

    @property
    def configured(self) -> bool:
        return bool(self._stored)

    def wait_remaining(self) -> float:
        """Seconds until the next try is allowed (0 when it is allowed now)."""
        return max(0.0, self._locked_until - self._clock())

    def _restore(self, store: PinStateFile) -> None:
        now = self._clock()
        try:
            state = store.load()
        except ValueError as exc:
            # Unreadable or edited: fail closed, as if the longest wait had just begun.
            log.warning(
                "staff PIN: the wrong-try record %s is unusable (%s); waiting the longest delay", store.path, exc
            )
            self.failures = self.free_tries + max(0, math.ceil(math.log2(self.max_delay / self.base_delay)))
            self._locked_until = now + self.max_delay
            store.save(self.failures, self._locked_until, now)
            return
        if state is not None:
            self.failures, locked_until = state
            # A clock set back must not turn into a wait longer than the longest one.
            self._locked_until = min(locked_until, now + self.max_delay)

    def attempt(self, pin: str) -> Outcome:
        if not self.configured:
            return Outcome.NOT_CONFIGURED
        if self.wait_remaining() > 0:
            return Outcome.WAIT
        if verify_pin(pin, self._stored):
            self.failures = 0
            self._locked_until = 0.0
            self._save()
            return Outcome.ACCEPTED
        self.failures += 1
        over = self.failures - self.free_tries
        if over >= 0:  # 5 s, 10 s, 20 s ... up to max_delay
            self._locked_until = self._clock() + min(self.max_delay, self.base_delay * 2 ** min(over, 30))
        self._save()
        return Outcome.WRONG

    def _save(self) -> None:
        if self._store is not None:
            self._store.save(self.failures, self._locked_until, self._clock())
