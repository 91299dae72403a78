"""The last resort of a kiosk reset that could not clear everything: start the app afresh.

A new process is the one state known to hold nothing of the last patient.
Under a supervisor that restarts the app when it exits (Windows Shell
Launcher or Assigned Access, a systemd unit with Restart=always; see
docs/DEPLOYMENT.md) set CLINICAPP_SUPERVISED=1: the app then only exits and
leaves the restart to the supervisor, so two copies never run at once.
"""

from __future__ import annotations

import logging
import os
import sys

from PySide6.QtCore import QCoreApplication, QProcess

log = logging.getLogger(__name__)

RESTART_EXIT_CODE = 75  # EX_TEMPFAIL: "try again"; a supervisor restarts on any non-zero exit
SUPERVISED_ENV = "CLINICAPP_SUPERVISED"


def restart_command() -> tuple[str, list[str]]:
    """The program and arguments that started this process (the frozen exe, or python with its options)."""
    if getattr(sys, "frozen", False):
        return sys.executable, sys.argv[1:]
    return sys.executable, list(getattr(sys, "orig_argv", [sys.executable, *sys.argv])[1:])


def supervised() -> bool:
    return os.environ.get(SUPERVISED_ENV, "").strip() not in ("", "0")


def restart_app(reason: str) -> bool:
    """Start a fresh copy (unless a supervisor will) and leave the event loop; False if the copy did not start.

    QCoreApplication.exit, not quit(): quit() asks every window to close, and
    the kiosk window refuses without the staff PIN.
    """
    log.error("restarting the app: %s", reason)
    started = True
    if not supervised():
        program, arguments = restart_command()
        started = bool(QProcess.startDetached(program, arguments)[0])
        if not started:
            log.error("could not start a new copy of the app (%s)", program)
    QCoreApplication.exit(RESTART_EXIT_CODE)
    return started
