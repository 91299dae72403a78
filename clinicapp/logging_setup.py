"""Logs for IT, and the last line of defence against a crash in the waiting room.

The log is a rotating file in the per-user log folder. It must never hold what
a patient entered: the code never logs answers, and as a second guard every
line passes a formatter that blanks whatever the current visit holds as free
text (the search box) and a filter that drops any record marked
`extra={"patient": True}`. The exception hook logs the traceback, then hands
over to the app (a calm message; in kiosk mode back to the start screen)
instead of letting the process die. No Qt import here.
"""

from __future__ import annotations

import logging
import logging.handlers
import sys
import threading
from collections.abc import Callable, Iterable
from pathlib import Path
from types import TracebackType

LOG_FILE = "clinicapp.log"
MAX_BYTES = 1_000_000
BACKUPS = 5
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
REDACTED = "[patient text removed]"
MIN_SECRET_LENGTH = 2  # one letter would blank every line that contains it

log = logging.getLogger("clinicapp")


def log_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_log_dir("clinicapp", appauthor=False))


class PatientDataFilter(logging.Filter):
    """Drops records marked as holding patient data; the formatter blanks the rest."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not getattr(record, "patient", False)


class RedactingFormatter(logging.Formatter):
    """Formats as usual, then blanks every current secret in the whole text (tracebacks too)."""

    def __init__(self, secrets: Callable[[], Iterable[str]] | None = None) -> None:
        super().__init__(FORMAT)
        self.secrets = secrets

    def format(self, record: logging.LogRecord) -> str:
        text = super().format(record)
        if self.secrets is None:
            return text
        try:
            values = sorted({s for s in self.secrets() if len(s.strip()) >= MIN_SECRET_LENGTH}, key=len, reverse=True)
        except Exception:  # a failing guard must not lose the log line; drop the line's text instead
            return f"{record.levelname} {record.name}: (message withheld)"
        for value in values:
            text = text.replace(value, REDACTED)
        return text


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
    handlers: list[logging.Handler] = [
        logging.handlers.RotatingFileHandler(
            path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8", delay=True
        )
    ]
    if console:
        handlers.append(logging.StreamHandler(sys.stderr))
    for handler in handlers:
        handler.setFormatter(formatter)
        handler.addFilter(PatientDataFilter())
        handler._clinicapp = True  # type: ignore[attr-defined]
        root.addHandler(handler)
    root.setLevel(getattr(logging, level.upper(), logging.INFO))
    return path


def remove_handlers() -> None:
    """Take out what setup_logging installed (tests; a clean shutdown)."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_clinicapp", False):
            root.removeHandler(handler)
            handler.close()


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
        log.error(
            "unexpected error in a background thread", exc_info=(args.exc_type, args.exc_value, args.exc_traceback)
        )

    sys.excepthook = hook
    threading.excepthook = thread_hook

    def restore() -> None:
        sys.excepthook, threading.excepthook = previous, previous_thread

    return restore
