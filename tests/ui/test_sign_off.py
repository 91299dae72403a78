"""Until the clinic signs the content off, staff are told; a patient at a kiosk never is."""

from __future__ import annotations

import logging
import sys
import threading
from pathlib import Path

import pytest

from clinicapp.pin import hash_pin

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "content"
NOTICE = "this content has not been signed off by the clinic"


@pytest.fixture
def start(qapp, tmp_path, monkeypatch):
    """start(config text) -> (main window, log records): run() as the app starts, without exec()."""
    from clinicapp.app import run
    from clinicapp.cli import build_parser
    from clinicapp.logging_setup import remove_handlers
    from clinicapp.ui.kiosk.controller import KioskController
    from clinicapp.ui.shell.main_window import MainWindow

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    monkeypatch.setattr(type(qapp), "exec", lambda self: 0)
    windows: list[MainWindow] = []
    monkeypatch.setattr(KioskController, "start", lambda self: windows.append(self.window))
    monkeypatch.setattr(MainWindow, "show", lambda self: windows.append(self))  # clinician mode: never painted
    records: list[logging.LogRecord] = []

    class Keep(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            records.append(record)

    def go(config_text: str):
        config = tmp_path / "config.yaml"
        config.write_text(config_text, encoding="utf-8")
        keep = Keep()
        logging.getLogger("clinicapp").addHandler(keep)
        root_level = logging.getLogger().level
        try:
            assert run(build_parser().parse_args(["--config", str(config), "--content", str(FIXTURE)])) == 0
        finally:
            logging.getLogger("clinicapp").removeHandler(keep)
            remove_handlers()
            logging.getLogger().setLevel(root_level)
        (window,) = windows
        return window, [r.getMessage() for r in records]

    yield go
    for window in windows:
        window.deleteLater()


def test_staff_see_the_sign_off_notice_in_clinician_mode(start) -> None:
    window, logged = start("kiosk: false\n")
    assert not window.context.library.clinic.signed_off
    assert NOTICE in window.notice_label.text()
    assert not window.notice.isHidden()
    assert any("not signed off" in m for m in logged)


def test_a_kiosk_never_shows_it_only_logs_it(start) -> None:
    window, logged = start(f'kiosk: true\nstaff_pin: "{hash_pin("246813")}"\n')
    assert window.context.kiosk
    assert NOTICE not in window.notice_label.text()
    assert window.notice.isHidden()  # nothing else to tell staff: the frame stays hidden too
    assert any("not signed off" in m for m in logged)


def test_no_notice_once_signed_off_in_the_settings(start) -> None:
    window, logged = start("content_approved_by: Medical director\ncontent_approved_on: 2026-11-30\n")
    assert window.context.library.clinic.signed_off
    assert NOTICE not in window.notice_label.text()
    assert not any("not signed off" in m for m in logged)
