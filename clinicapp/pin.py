"""The staff PIN: stored only as a salted, slow hash, checked with a rate limit.

A kiosk PIN is short, so the hash is slow (scrypt) to make guessing from a
copied config file expensive, and the guard slows down guessing at the
screen: after a few wrong tries every further try must wait, longer each
time. Pure Python; the clock is injectable so tests do not sleep.
"""

from __future__ import annotations

import base64
import os
import time
from collections.abc import Callable
from enum import StrEnum

SCHEME = "scrypt"
_N, _R, _P, _DKLEN, _SALT_BYTES = 2**14, 8, 1, 32, 16
MIN_PIN_LENGTH, MAX_PIN_LENGTH = 4, 12


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
    import hashlib  # deferred: it loads OpenSSL (+3.5 MiB at start-up) for a PIN typed rarely

    return hashlib.scrypt(pin.encode("utf-8"), salt=salt, n=n, r=r, p=p, dklen=_DKLEN, maxmem=64 * 1024 * 1024)


def hash_pin(pin: str, *, salt: bytes | None = None) -> str:
    """One config line's worth: scheme, cost, salt and hash, all text."""
    salt = os.urandom(_SALT_BYTES) if salt is None else salt
    digest = _derive(pin, salt, _N, _R, _P)
    return f"{SCHEME}${_N}${_R}${_P}${_b64(salt)}${_b64(digest)}"


def _parse(stored: str) -> tuple[int, int, int, bytes, bytes] | None:
    parts = stored.strip().split("$")
    if len(parts) != 6 or parts[0] != SCHEME:
        return None
    try:
        n, r, p = (int(x) for x in parts[1:4])
        salt, digest = _unb64(parts[4]), _unb64(parts[5])
    except ValueError:
        return None
    # Bounds keep a tampered file from making one check take minutes or all memory.
    if not (2**10 <= n <= 2**17 and n & (n - 1) == 0 and 1 <= r <= 16 and 1 <= p <= 4):
        return None
    if len(salt) < 8 or len(digest) != _DKLEN:
        return None
    return n, r, p, salt, digest


def is_pin_hash(stored: str) -> bool:
    return _parse(stored) is not None


def verify_pin(pin: str, stored: str) -> bool:
    """True only for the right PIN; the comparison takes the same time either way."""
    parsed = _parse(stored)
    if parsed is None:
        return False
    n, r, p, salt, digest = parsed
    import hmac

    return hmac.compare_digest(_derive(pin, salt, n, r, p), digest)


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
        clock: Callable[[], float] = time.monotonic,
        free_tries: int = 3,
        base_delay: float = 5.0,
        max_delay: float = 300.0,
    ) -> None:
        self._stored = stored_hash if is_pin_hash(stored_hash) else ""
        self._clock = clock
        self.free_tries = free_tries
        self.base_delay = base_delay
        self.max_delay = max_delay
        self.failures = 0
        self._locked_until = 0.0
        # Lines only staff should read (settings that forced kiosk mode, for example);
        # the PIN dialog shows them, the patient's screen never does.
        self.staff_notes: tuple[str, ...] = ()

    @property
    def configured(self) -> bool:
        return bool(self._stored)

    def wait_remaining(self) -> float:
        """Seconds until the next try is allowed (0 when it is allowed now)."""
        return max(0.0, self._locked_until - self._clock())

    def attempt(self, pin: str) -> Outcome:
        if not self.configured:
            return Outcome.NOT_CONFIGURED
        if self.wait_remaining() > 0:
            return Outcome.WAIT
        if verify_pin(pin, self._stored):
            self.failures = 0
            self._locked_until = 0.0
            return Outcome.ACCEPTED
        self.failures += 1
        over = self.failures - self.free_tries
        if over >= 0:  # 5 s, 10 s, 20 s ... up to max_delay
            self._locked_until = self._clock() + min(self.max_delay, self.base_delay * 2**over)
        return Outcome.WRONG
