"""Logs for IT, and the last line of defence against a crash in the waiting room.

The log is a rotating file in the per-user log folder. It must never hold what
a patient entered: the code never logs answers or typed text (searches are
logged as a length and a count; a test holds every log call to a literal
message), and as a second guard a formatter blanks whatever the current visit
holds as free text (the search box) where such text could slip in: the values
passed into a message and the messages of exceptions. It leaves the message
wording, time stamps and code lines alone, so a short search such as "in" or
"20" no longer blanks those words all over the log. A filter drops any record
marked `extra={"patient": True}`. The exception hook logs the traceback, then hands
over to the app (a calm message; in kiosk mode back to the start screen)
instead of letting the process die. No Qt import here.
"""

from __future__ import annotations

import logging
import os
import re
import sys
import threading
import weakref
from collections.abc import Callable, Iterable
from pathlib import Path
from types import TracebackType

LOG_FILE = "clinicapp.log"
MAX_BYTES = 1_000_000
BACKUPS = 5
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
REDACTED = "[patient text removed]"
MIN_SECRET_LENGTH = 2  # a whole search this short is still blanked as a whole word
MIN_SECRET_WORD = 4  # single words of a longer search: shorter ones are everyday words
_TRACEBACK_HEADERS = (
    "Traceback (most recent call last):",
    "During handling of the above exception, another exception occurred:",
    "The above exception was the direct cause of the following exception:",
)

log = logging.getLogger("clinicapp")


def log_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_log_dir("clinicapp", appauthor=False))


class RotatingLog(logging.FileHandler):
    """A log file that rolls over at MAX_BYTES, keeping BACKUPS old ones (.1 newest).

    What logging.handlers.RotatingFileHandler does, without importing
    logging.handlers (socket, pickle, queue: ~10 ms of the first paint's CPU).
    The file is opened on the first record.
    """

    def __init__(self, path: Path, max_bytes: int = MAX_BYTES, backups: int = BACKUPS) -> None:
        super().__init__(path, encoding="utf-8", delay=True)
        self.max_bytes = max_bytes
        self.backups = backups

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self._full(record):
                self._roll_over()
        except Exception:
            self.handleError(record)
            return
        super().emit(record)

    def _full(self, record: logging.LogRecord) -> bool:
        if self.max_bytes <= 0 or not os.path.isfile(self.baseFilename):
            return False  # a device or pipe named as the log never rolls over
        if self.stream is None:
            self.stream = self._open()
        self.stream.seek(0, os.SEEK_END)
        return bool(self.stream.tell() + len(self.format(record) + self.terminator) >= self.max_bytes)

    def _roll_over(self) -> None:
        if self.stream is not None:
            self.stream.close()
            self.stream = None
        base = self.baseFilename
        for index in range(self.backups - 1, 0, -1):
            if os.path.exists(f"{base}.{index}"):
                os.replace(f"{base}.{index}", f"{base}.{index + 1}")
        if self.backups > 0:
            os.replace(base, f"{base}.1")
        else:
            os.remove(base)
        self.stream = self._open()


class PatientDataFilter(logging.Filter):
    """Drops records marked as holding patient data; the formatter blanks the rest."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not getattr(record, "patient", False)


class RedactingFormatter(logging.Formatter):
    """Formats as usual, blanking current secrets only where patient text could be.

    That is the arguments of a message and the message lines of an exception,
    never the message template, time stamp, logger name or traceback code
    lines, and only as whole words.
    """

    def __init__(self, secrets: Callable[[], Iterable[str]] | None = None) -> None:
        super().__init__(FORMAT)
        self.secrets = secrets
        self._pattern: re.Pattern[str] | None = None

    def _secret_pattern(self) -> re.Pattern[str] | None:
        values: set[str] = set()
        for secret in self.secrets() if self.secrets else ():
            secret = secret.strip()
            if len(secret) >= MIN_SECRET_LENGTH:
                values.add(secret)
                values.update(w for w in re.findall(r"\w+", secret) if len(w) >= MIN_SECRET_WORD)
        if not values:
            return None
        alternatives = "|".join(re.escape(v) for v in sorted(values, key=len, reverse=True))
        return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)

    def _redact(self, text: str) -> str:
        return self._pattern.sub(REDACTED, text) if self._pattern is not None else text

    def _redact_arg(self, value: object) -> object:
        return self._redact(value) if isinstance(value, str) else value

    def format(self, record: logging.LogRecord) -> str:
        try:
            self._pattern = self._secret_pattern()
        except Exception:  # a failing guard must not lose the log line; drop the line's text instead
            return f"{record.levelname} {record.name}: (message withheld)"
        if self._pattern is None:
            return super().format(record)
        copy = logging.makeLogRecord(record.__dict__)  # other handlers keep the original
        if isinstance(copy.args, dict):
            copy.args = {k: self._redact_arg(v) for k, v in copy.args.items()}
        elif copy.args:
            copy.args = tuple(self._redact_arg(a) for a in copy.args)
        copy.exc_text = None  # formatted again below, redacted
        try:
            return super().format(copy)
        finally:
            self._pattern = None

    def formatException(
        self, ei: tuple[type[BaseException], BaseException, TracebackType | None] | tuple[None, None, None]
    ) -> str:
        text = super().formatException(ei)
        if self._pattern is None:
            return text
        # Code lines are indented ("  File ...", "    code"); exception messages are not.
        lines = text.split("\n")
        return "\n".join(
            line if line.startswith(" ") or line in _TRACEBACK_HEADERS else self._redact(line) for line in lines
        )


def setup_logging(
    level: str = "INFO",
    *,
    folder: Path | None = None,
    secrets: Callable[[], Iterable[str]] | None = None,
    console: bool = True,
) -> Path:
    """Send clinicapp's log to a rotating file (and stderr); returns the file's path.

    Calling it again replaces the handlers it installed before, so tests and
    a restarted window do not duplicate lines.
    """
    folder = log_dir() if folder is None else folder
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / LOG_FILE
    remove_handlers()
    root = logging.getLogger()
    formatter = RedactingFormatter(secrets)
    handlers: list[logging.Handler] = [RotatingLog(path)]
    if console:
        handlers.append(logging.StreamHandler(sys.stderr))
    for handler in handlers:
        handler.setFormatter(formatter)
        handler.addFilter(PatientDataFilter())
        _installed.add(handler)
        root.addHandler(handler)
    root.setLevel(getattr(logging, level.upper(), logging.INFO))
    return path


# The handlers setup_logging added, so remove_handlers leaves anyone else's alone.
_installed: weakref.WeakSet[logging.Handler] = weakref.WeakSet()


def remove_handlers() -> None:
    """Take out what setup_logging installed (tests; a clean shutdown)."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        if handler in _installed:
            root.removeHandler(handler)
            handler.close()
            _installed.discard(handler)


def install_excepthook(recover: Callable[[], None]) -> Callable[[], None]:
    """Log every uncaught exception, then call recover() instead of dying.

    PySide6 passes exceptions raised in slots and event handlers to
    sys.excepthook, so this one place catches them all. Returns a function
    that puts the previous hooks back (tests use it).
    """
    previous, previous_thread = sys.excepthook, threading.excepthook
    busy = False

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        nonlocal busy
        if issubclass(kind, KeyboardInterrupt):
            previous(kind, value, tb)
            return
        log.error("unexpected error; the app carries on", exc_info=(kind, value, tb))
        if busy:  # recover() itself failed: logged above, do not loop
            return
        busy = True
        try:
            recover()
        except Exception:
            log.exception("recovering from the error failed too")
        finally:
            busy = False

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        # The exception instance carries its own traceback (None only for a bare class raised).
        log.error("unexpected error in a background thread", exc_info=args.exc_value)

    sys.excepthook = hook
    threading.excepthook = thread_hook

    def restore() -> None:
        sys.excepthook, threading.excepthook = previous, previous_thread

    return restore
