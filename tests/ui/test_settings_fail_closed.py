"""Settings in doubt start the app in kiosk mode; staff learn why in the log and the PIN dialog only."""

from __future__ import annotations

import logging
import os
import sys
import threading
from pathlib import Path

import pytest

from clinicapp.pin import STATE_FILE, PinGuard
from clinicapp.ui.kiosk.controller import KioskController
from clinicapp.ui.kiosk.pin_dialog import PinDialog

CONTENT = Path(__file__).resolve().parent.parent / "fixtures" / "content"


def start(qapp, monkeypatch, argv: list[str], caplog) -> tuple[list[KioskController], list[str]]:
    """Run the real start-up with the event loop and the kiosk's full-screen start replaced."""
    from clinicapp.app import run
    from clinicapp.cli import build_parser
    from clinicapp.logging_setup import remove_handlers
    from clinicapp.ui.shell.main_window import MainWindow

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run() installs its own; put pytest's back after
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    notices: list[str] = []
    started: list[KioskController] = []
    shown: list[MainWindow] = []
    monkeypatch.setattr(MainWindow, "add_staff_notice", lambda self, text: notices.append(text))
    monkeypatch.setattr(KioskController, "start", lambda self: started.append(self))
    monkeypatch.setattr(MainWindow, "show", lambda self: shown.append(self))
    monkeypatch.setattr(type(qapp), "exec", lambda self: 0)
    root_level = logging.getLogger().level
    try:
        with caplog.at_level(logging.WARNING, logger="clinicapp"):
            assert run(build_parser().parse_args([*argv, "--content", str(CONTENT)])) == 0
    finally:
        remove_handlers()
        logging.getLogger().setLevel(root_level)
    for window in shown:
        window.deleteLater()
    return started, notices


def test_a_broken_settings_file_starts_kiosk_mode_and_only_staff_are_told(qapp, qtbot, tmp_path, monkeypatch, caplog):
    config = tmp_path / "config.yaml"
    config.write_text('kiosk: false\nclinic_name: "Elm Street\nidle_timeout: 90\n', encoding="utf-8")
    started, notices = start(qapp, monkeypatch, ["--config", str(config)], caplog)
    (kiosk,) = started
    try:
        window = kiosk.window
        assert window.context.kiosk and window.context.config.kiosk
        assert not window.close()  # locked like any kiosk
        # Wrong PIN tries are kept in the machine-wide state folder (tests point it at tmp_path).
        assert kiosk.guard._store.path == Path(os.environ["CLINICAPP_STATE_DIR"]) / STATE_FILE
        assert not any("config.yaml" in n for n in notices), notices  # nothing on the patient's screen
        assert any("kiosk mode forced" in r.getMessage() and "config.yaml:2" in r.getMessage() for r in caplog.records)
        seen: list[str] = []

        def fake_exec(dialog: PinDialog) -> int:
            if dialog.staff_note.isVisibleTo(dialog):
                seen.append(dialog.staff_note.toPlainText())
            return 0

        monkeypatch.setattr(PinDialog, "exec", fake_exec)
        assert not kiosk.ask_to_leave()
        assert "kiosk mode" in seen[0] and f"{config}:2:" in seen[0] and "quoted text" in seen[0]
    finally:
        kiosk.leave()
        kiosk.window.deleteLater()


@pytest.mark.parametrize("switch", [["--no-kiosk"], ["--clinician"], "env"])
def test_only_an_explicit_switch_gives_clinician_mode_then(qapp, tmp_path, monkeypatch, caplog, switch):
    config = tmp_path / "config.yaml"
    config.write_text("kiosk: ture\n", encoding="utf-8")
    if switch == "env":
        monkeypatch.setenv("CLINICAPP_KIOSK", "0")
        switch = []
    started, _notices = start(qapp, monkeypatch, ["--config", str(config), *switch], caplog)
    assert started == []
    assert not any("kiosk mode forced" in r.getMessage() for r in caplog.records)


def test_pin_dialog_shows_staff_notes_as_plain_text(qapp, qtbot):
    guard = PinGuard("")
    guard.staff_notes = ("/etc/x/config.yaml:2: kiosk: must be true or false (got <b>ture</b>); not used",)
    dialog = PinDialog(None, guard)
    qtbot.addWidget(dialog)
    assert "<b>ture</b>" in dialog.staff_note.toPlainText()  # a plain-text box: markup stays text
    assert dialog.staff_note.isReadOnly()
    plain = PinDialog(None, PinGuard(""))
    qtbot.addWidget(plain)
    assert not plain.staff_note.isVisibleTo(plain)


def test_huge_numbers_in_settings_and_content_never_stop_start_up(qapp, tmp_path, monkeypatch, caplog):
    import shutil

    content = tmp_path / "content"
    shutil.copytree(CONTENT, content)
    knots = content / "en" / "topics" / "knots.yaml"
    knots.write_text(knots.read_text(encoding="utf-8").replace("order: 2", "order: " + "9" * 5001), encoding="utf-8")
    config = tmp_path / "config.yaml"
    config.write_text("clinic_name: Elm\nidle_timeout: " + "9" * 5001 + "\n", encoding="utf-8")
    monkeypatch.setattr("clinicapp.app.bundled_content_dir", lambda: CONTENT)
    from clinicapp.app import run
    from clinicapp.cli import build_parser
    from clinicapp.logging_setup import remove_handlers
    from clinicapp.ui.shell.main_window import MainWindow

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    started: list[KioskController] = []
    monkeypatch.setattr(KioskController, "start", lambda self: started.append(self))
    monkeypatch.setattr(MainWindow, "add_staff_notice", lambda self, text: None)
    monkeypatch.setattr(type(qapp), "exec", lambda self: 0)
    root_level = logging.getLogger().level
    try:
        with caplog.at_level(logging.WARNING, logger="clinicapp"):
            assert run(build_parser().parse_args(["--config", str(config), "--content", str(content)])) == 0
    finally:
        remove_handlers()
        logging.getLogger().setLevel(root_level)
    (kiosk,) = started  # the settings file could not be read: kiosk mode
    try:
        library = kiosk.window.context.library
        assert library.topic("knots") is None and library.topic("muscle-pain") is not None
        log = caplog.text
        assert "config.yaml:2" in log and "knots.yaml:" in log and "number too long" in log
        assert "9" * 200 not in log
    finally:
        kiosk.leave()
        kiosk.window.deleteLater()
