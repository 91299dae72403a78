"""The one configuration file IT edits, and how its layers combine.

Layers, lowest first: built-in defaults < machine-wide file (or the file named
by CLINICAPP_CONFIG) < the user's file < an explicit `--config FILE` < user
Group Policy < machine Group Policy (Windows registry, clinicapp/policy.py) <
environment variables < command-line options. A broken file must never stop a
waiting-room machine from starting, so every problem becomes a message naming
file, line and key, and the bad part is ignored: a file that cannot be parsed
adds nothing, a key with a bad value keeps the value from the layer below, an
unknown key is only a warning. Whatever leaves it unclear whether the machine
is a kiosk (a file that exists but cannot be read, `kiosk: ture`) fails
closed: kiosk mode, unless the command line or CLINICAPP_KIOSK says otherwise.
Pure Python, no Qt: `clinicapp hash-pin` and the tests use it without a display.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from clinicapp.policy import PolicyStore, default_store, read_policies

if TYPE_CHECKING:
    import datetime as dt

# The YAML reader (PyYAML), the PIN and date checks and difflib are imported where a settings file
# or a value needs them: a machine with no settings file starts without them (the first paint waits for none).

APP_NAME = "clinicapp"
FILE_NAME = "config.yaml"
LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")
MIN_IDLE_TIMEOUT, MAX_IDLE_TIMEOUT = 10, 24 * 3600
MIN_IDLE_WARNING, MAX_IDLE_WARNING = 20, 600  # WCAG 2.2.1: at least 20 s to extend
_LANGUAGE = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$")
_WHOLE_NUMBER = re.compile(r"^\+?[0-9]{1,18}$")


# A NamedTuple, not a frozen dataclass: as immutable, and cheaper to make before the first paint (RESULTS.md, startup4).
class Config(NamedTuple):
    """Every setting IT can change; the defaults are what a fresh install does."""

    clinic_name: str = ""  # "" keeps the name from the content's clinic.yaml
    clinic_contact: str = ""  # "" keeps the contact line from the content
    therapies_offered: tuple[str, ...] | None = None  # None keeps the content's list
    language: str = "en"
    kiosk: bool = False
    idle_timeout: int = 120
    idle_warning_seconds: int = 30
    staff_pin: str = ""  # a salted hash from `clinicapp hash-pin`; "" means no way out in kiosk mode
    printing: bool = True
    content: Path | None = None  # None: the bundled content
    log_level: str = "INFO"
    content_public_key: str = ""  # "ed25519:<base64>" from `clinicapp keygen`; set: only signed packs are used
    # "" / None keep the clinic profile's value (content's clinic.yaml):
    emergency_number: str = ""  # fills {emergency_number} in warning messages
    crisis_line: str = ""  # fills {crisis_line}
    content_approved_by: str = ""  # the clinic's medical sign-off of the content
    content_approved_on: dt.date | None = None
    qr_handoff: bool = True  # the visit summary's QR codes (docs/HANDOFF.md); a doubtful value turns them off
    # Listen buttons read pages aloud through the machine's voices; off for shared rooms without headphones.
    read_aloud: bool = True


# A NamedTuple, not a frozen dataclass: as immutable, and cheaper to make before the first paint (RESULTS.md, startup4).
class ConfigMessage(NamedTuple):
    """One problem in one layer, located for the person who has to fix it."""

    source: str  # a file path, "environment" or "command line"
    line: int  # 1-based; 0 when the source has no lines
    key: str
    message: str
    severity: str = "error"  # or "warning"

    def __str__(self) -> str:
        where = f"{self.source}:{self.line}" if self.line else self.source
        key = f" {self.key}:" if self.key else ""
        tag = " warning:" if self.severity == "warning" else ""
        return f"{where}:{tag}{key} {self.message}"


# A NamedTuple, not a frozen dataclass: as immutable, and cheaper to make before the first paint (RESULTS.md, startup4).
class ConfigResult(NamedTuple):
    """The settings to start with, what was wrong in them, and the files they came from."""

    config: Config
    messages: tuple[ConfigMessage, ...] = ()
    files: tuple[Path, ...] = ()  # the files that were read, lowest layer first
    # Fail closed: the problems that made kiosk mode start although the files
    # may have said otherwise (a file that exists but could not be read, an
    # unclear kiosk value). Empty when nothing was in doubt, or when an explicit
    # command-line or environment switch turned kiosk mode off anyway.
    kiosk_forced: tuple[ConfigMessage, ...] = ()

    @property
    def errors(self) -> tuple[ConfigMessage, ...]:
        return tuple(m for m in self.messages if m.severity == "error")

    @property
    def warnings(self) -> tuple[ConfigMessage, ...]:
        return tuple(m for m in self.messages if m.severity == "warning")


class _InvalidValueError(ValueError):
    """A value of the right key but the wrong kind; the text says what is expected."""


# -- one converter per key: raw value (from YAML or a string) -> typed value --------
def _text(value: object) -> str:
    if not isinstance(value, str):
        raise _InvalidValueError("must be text")
    return value.strip()


def _bool(value: object) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, str):
        word = value.strip().lower()
        if word in ("1", "true", "yes", "on"):
            return True
        if word in ("0", "false", "no", "off"):
            return False
    raise _InvalidValueError("must be true or false")


def _int_between(low: int, high: int) -> Callable[[object], int]:
    def convert(value: object) -> int:
        if isinstance(value, bool):
            raise _InvalidValueError(f"must be a whole number of seconds from {low} to {high}")
        # ASCII digits only, and few of them: str.isdigit() also passes "²" and
        # int() refuses more than 4,300 digits, and both used to end start-up.
        if isinstance(value, str) and _WHOLE_NUMBER.match(value.strip()):
            value = int(value.strip())
        if not isinstance(value, int) or not low <= value <= high:
            raise _InvalidValueError(f"must be a whole number of seconds from {low} to {high}")
        return value

    return convert


def _language(value: object) -> str:
    code = _text(value)
    if not _LANGUAGE.match(code):
        raise _InvalidValueError("must be a language code such as en or es")
    return code


def _therapies(value: object) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise _InvalidValueError("must be a list of therapy ids")
    return tuple(v.strip() for v in value)


def _pin(value: object) -> str:
    from clinicapp.pin import MIN_PIN_LENGTH, is_current_pin_hash, is_pin_hash

    text = _text(value)
    if text and not is_pin_hash(text):
        raise _InvalidValueError("must be a hash made by `clinicapp hash-pin`, never the PIN itself")
    if text and not is_current_pin_hash(text):
        # An old hash cannot say how long its PIN was (4 digits were allowed): no way out until IT makes a new one.
        raise _InvalidValueError(
            f"was made by an older clinicapp that allowed short PINs; make a new one of at least "
            f"{MIN_PIN_LENGTH} digits with `clinicapp hash-pin`"
        )
    return text


def _log_level(value: object) -> str:
    level = _text(value).upper()
    if level not in LOG_LEVELS:
        raise _InvalidValueError(f"must be one of {', '.join(LOG_LEVELS)}")
    return level


def _date(value: object) -> dt.date:
    from clinicapp.content.checks import parse_date

    day = parse_date(value)
    if day is None:
        raise _InvalidValueError("must be a date written YYYY-MM-DD, e.g. 2026-12-01")
    return day


def _content(value: object) -> Path:
    text = _text(value)
    if not text:
        raise _InvalidValueError("must name a folder")
    return Path(text).expanduser()


def _public_key(value: object) -> str:
    """The one-line public key `clinicapp keygen` prints; checked here so a typo names its line."""
    text = _text(value)
    if not text:
        return text
    import base64
    import binascii

    try:
        raw = base64.b64decode(text.removeprefix("ed25519:"), validate=True)
    except (ValueError, binascii.Error):
        raw = b""
    if not text.startswith("ed25519:") or len(raw) != 32:
        raise _InvalidValueError("must be the ed25519:... line from `clinicapp keygen`; no outside content is used")
    return text


# Each converter returns the type of the Config field it is named after; a type
# checker cannot tie a value's type to a dict key, hence Any (Config.set passes
# the value straight to Config._replace).
_CONVERTERS: dict[str, Callable[[object], Any]] = {
    "clinic_name": _text,
    "clinic_contact": _text,
    "therapies_offered": _therapies,
    "language": _language,
    "kiosk": _bool,
    "idle_timeout": _int_between(MIN_IDLE_TIMEOUT, MAX_IDLE_TIMEOUT),
    "idle_warning_seconds": _int_between(MIN_IDLE_WARNING, MAX_IDLE_WARNING),
    "staff_pin": _pin,
    "printing": _bool,
    "content": _content,
    "log_level": _log_level,
    "content_public_key": _public_key,
    "emergency_number": _text,
    "crisis_line": _text,
    "content_approved_by": _text,
    "content_approved_on": _date,
    "qr_handoff": _bool,
    "read_aloud": _bool,
}
# Settings whose unreadable value switches them off rather than keeping the layer below:
# a hand-off of patient answers runs only when IT's intent is clear, and so does a voice
# in a waiting room (it tells the room what a patient is reading; IT sets it only to turn it off).
_OFF_WHEN_DOUBTFUL = {"qr_handoff": False, "read_aloud": False}
assert set(_CONVERTERS) == set(Config._fields), "every Config field needs a converter"

ENVIRONMENT: dict[str, str] = {
    "CLINICAPP_KIOSK": "kiosk",
    "CLINICAPP_IDLE_TIMEOUT": "idle_timeout",
    "CLINICAPP_LANG": "language",
    "CLINICAPP_CONTENT": "content",
    "CLINICAPP_LOG_LEVEL": "log_level",
}


# -- where the files are ---------------------------------------------------------------
def machine_file(env: Mapping[str, str] | None = None) -> Path:
    """The machine-wide file, or the one CLINICAPP_CONFIG names."""
    env = os.environ if env is None else env
    named = env.get("CLINICAPP_CONFIG", "").strip()
    if named:
        return Path(named).expanduser()
    import platformdirs

    return Path(platformdirs.site_config_dir(APP_NAME, appauthor=False)) / FILE_NAME


def user_file() -> Path:
    import platformdirs

    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)) / FILE_NAME


# -- reading ----------------------------------------------------------------------------
def _shorten(text: str) -> str:
    from clinicapp.content.yamlsafe import shorten

    return shorten(text)


class _Layers:
    """The settings read so far, lowest layer first, and what went wrong on the way.

    A plain class, not a dataclass: it is made once per start, and a dataclass's
    generated methods cost start-up more than this whole reader (RESULTS.md, startup4).
    """

    __slots__ = ("config", "doubts", "files", "kiosk_switch", "messages")

    def __init__(self) -> None:
        self.config = Config()
        self.messages: list[ConfigMessage] = []
        self.files: list[Path] = []
        self.doubts: list[ConfigMessage] = []  # each one forces kiosk mode
        self.kiosk_switch = ""  # "environment" or "command line" when one of them set kiosk explicitly

    def doubt(self, message: ConfigMessage) -> None:
        """A problem that leaves it unclear whether this machine is a kiosk: fail closed."""
        self.messages.append(message)
        self.doubts.append(message)

    def set(self, source: str, line: int, key: str, raw: object, base: Path | None = None) -> None:
        try:
            value = _CONVERTERS[key](raw)
        except _InvalidValueError as exc:
            shown = "(hidden)" if key == "staff_pin" else _shorten(repr(raw))
            if key in _OFF_WHEN_DOUBTFUL:
                self.messages.append(ConfigMessage(source, line, key, f"{exc} (got {shown}); turned off"))
                off: dict[str, Any] = {key: _OFF_WHEN_DOUBTFUL[key]}
                self.config = self.config._replace(**off)
                return
            self.messages.append(ConfigMessage(source, line, key, f"{exc} (got {shown}); value ignored"))
            return
        if key == "content" and base is not None and isinstance(value, Path) and not value.is_absolute():
            value = base / value  # relative to the file that says it, not to wherever the app started
        self.config = self.config._replace(**{key: value})


_KIOSK_WORDS = {"true": True, "false": False}


def read_file(layers: _Layers, path: Path, *, required: bool) -> None:
    """Apply one YAML file on top of the layers below it.

    A file that exists but cannot be read or parsed (syntax error, duplicate
    key, binary, too big, a pipe, no permission, not a mapping) adds nothing
    and forces kiosk mode: it may have been the file that said `kiosk: true`.
    A missing file is simply not there; a comments-only file is empty.
    """
    source = str(path)
    if not os.path.lexists(path):  # a dangling link is a file that exists but cannot be read
        if required:
            layers.messages.append(ConfigMessage(source, 0, "", "file not found; not used"))
        return
    import difflib

    from clinicapp.content import yamlsafe

    try:
        # Settings may be a link (configuration tools make them), but it must end in a regular file.
        root = yamlsafe.load(path, follow_symlinks=True)
    except yamlsafe.NoDocumentError:
        layers.files.append(path)
        return
    except yamlsafe.YamlError as exc:
        layers.doubt(ConfigMessage(source, exc.line, "", f"{exc.message}; file not used"))
        return
    layers.files.append(path)
    if root.value is None:
        return
    if not isinstance(root.value, dict):
        layers.doubt(ConfigMessage(source, root.line, "", "must be a list of `key: value` lines; file not used"))
        return
    for key, node in root.value.items():
        if key not in _CONVERTERS:
            close = difflib.get_close_matches(key, list(_CONVERTERS), n=1)
            hint = f" (did you mean {close[0]}?)" if close else ""
            shown = yamlsafe.shorten(key)
            layers.messages.append(ConfigMessage(source, node.line, shown, f"unknown key, ignored{hint}", "warning"))
            continue
        if key == "kiosk":
            # Only the words true and false: `kiosk: ture`, `kiosk: 1`, `kiosk: no`
            # or a quoted "false" leave it unclear, and unclear means kiosk.
            word = (node.raw or "").lower()
            if word not in _KIOSK_WORDS:
                got = yamlsafe.shorten(node.raw if node.raw is not None else repr(yamlsafe.plain(node)))
                layers.doubt(ConfigMessage(source, node.line, key, f"must be true or false (got {got}); not used"))
                continue
        layers.set(source, node.line, key, yamlsafe.plain(node), base=path.parent)


def read_policy(layers: _Layers, source: str, values: Mapping[str, object]) -> None:
    """Apply one policy key's values (value name = settings key) on top of the layers below it."""
    for key, raw in values.items():
        if key not in _CONVERTERS:
            layers.messages.append(ConfigMessage(source, 0, key[:40], "unknown policy value, ignored", "warning"))
            continue
        if _CONVERTERS[key] is _bool and isinstance(raw, int) and not isinstance(raw, bool):
            # A DWORD policy is 1 (enabled) or 0 (disabled); any other number is unclear.
            raw = bool(raw) if raw in (0, 1) else str(raw)
        if key == "kiosk" and not isinstance(raw, bool):
            got = _shorten(repr(raw))
            layers.doubt(ConfigMessage(source, 0, key, f"must be a DWORD of 1 or 0 (got {got}); not used"))
            continue
        layers.set(source, 0, key, raw)


def load_config(
    *,
    explicit: Path | None = None,
    env: Mapping[str, str] | None = None,
    overrides: Mapping[str, object] | None = None,
    files: tuple[Path, ...] | None = None,
    policies: PolicyStore | None = None,
) -> ConfigResult:
    """Combine every layer; never raises for bad input, only reports it.

    explicit: the `--config FILE`. overrides: command-line values by key
    (None means "not given"). files: replace the standard machine and user
    files (tests use this to avoid touching the real ones). policies: where
    Group Policy values come from (None: the registry on Windows, nothing
    elsewhere; tests pass a fake).
    """
    env = os.environ if env is None else env
    layers = _Layers()
    named = bool(env.get("CLINICAPP_CONFIG", "").strip())
    standard = (machine_file(env), user_file()) if files is None else files
    for index, path in enumerate(standard):
        read_file(layers, path, required=named and index == 0)  # a named file that is missing is news
    if explicit is not None:
        read_file(layers, explicit, required=True)
    for source, values in read_policies(policies if policies is not None else default_store()):
        read_policy(layers, source, values)
    for variable, key in ENVIRONMENT.items():
        raw = env.get(variable)
        if raw is not None and raw.strip():
            _set_env(layers, variable, key, raw)
    for key, value in (overrides or {}).items():
        if value is None:
            continue
        if key not in _CONVERTERS:
            raise KeyError(f"no config key {key!r}")  # a programming error, not bad input
        before = len(layers.messages)
        layers.set("command line", 0, key, str(value) if isinstance(value, Path) else value)
        if key == "kiosk" and len(layers.messages) == before:
            layers.kiosk_switch = "command line"
    return _fail_closed(layers)


def _fail_closed(layers: _Layers) -> ConfigResult:
    """Kiosk mode when anything about it is in doubt, unless IT switched it off explicitly."""
    forced: tuple[ConfigMessage, ...] = ()
    if layers.doubts:
        if layers.kiosk_switch and not layers.config.kiosk:
            layers.messages.append(
                ConfigMessage(
                    layers.kiosk_switch,
                    0,
                    "kiosk",
                    "settings problems would start kiosk mode; turned off explicitly here",
                    "warning",
                )
            )
        else:
            forced = tuple(layers.doubts)
            layers.config = layers.config._replace(kiosk=True)
    return ConfigResult(layers.config, tuple(layers.messages), tuple(layers.files), forced)


def _set_env(layers: _Layers, variable: str, key: str, raw: str) -> None:
    before = len(layers.messages)
    layers.set("environment", 0, key, raw)
    if len(layers.messages) > before:  # name the variable IT actually set, not the key
        m = layers.messages[-1]
        layers.messages[-1] = m._replace(key=variable)
        if key == "kiosk":  # CLINICAPP_KIOSK=maybe: as unclear as `kiosk: ture`
            layers.doubts.append(layers.messages[-1])
    elif key == "kiosk":
        layers.kiosk_switch = "environment"
