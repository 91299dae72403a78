"""An exception in a slot is logged, explained calmly, and in kiosk mode starts a new visit."""

from __future__ import annotations

import logging

import pytest
from PySide6.QtCore import QTimer

from clinicapp.logging_setup import REDACTED, install_excepthook, log_dir, remove_handlers, setup_logging
from clinicapp.ui.kiosk.controller import Overlay, recover_from_error


@pytest.fixture
def log_file(window, tmp_path):
    """The app's log, redacting the window's search text, as app.run sets it up."""
    root_level = logging.getLogger().level
    path = setup_logging(
        "INFO", secrets=lambda: (window.session.search_text, window.search_field.text()), console=False
    )
    assert path.is_relative_to(tmp_path)
    assert path.parent == log_dir()
    yield path
    remove_handlers()
    logging.getLogger().setLevel(root_level)


@pytest.fixture
def hook(window):
    state = {"kiosk": True}
    restore = install_excepthook(lambda: recover_from_error(window, kiosk=state["kiosk"]))
    yield state
    restore()


def raise_in_a_slot(qtbot, window, error: Exception) -> None:
    def broken_slot() -> None:
        raise error

    QTimer.singleShot(0, broken_slot)
    qtbot.waitUntil(lambda: _message(window) is not None and _message(window).isVisible(), timeout=3000)


def _message(window) -> Overlay | None:
    return window.findChild(Overlay, "error-message")


@pytest.mark.qt_no_exception_capture
def test_kiosk_recovers_to_a_new_visit(window, qtbot, log_file, hook):
    window.go("topics")
    window.go("topic:muscle-pain")
    window.session.set_item("stiffness", True)
    window.session.set_picked_therapies(["stretching", "self-care"])
    window.session.set_text_scale(175)
    window.search_field.setText("okonkwo")
    window.session.set_search_text("okonkwo")

    raise_in_a_slot(qtbot, window, ZeroDivisionError("broken for okonkwo"))

    assert window.isVisible()
    assert window.stack.currentWidget() is window.home
    assert window.session.history.entries() == ("home",)
    assert not window.session.has_answers and not window.session.picked_therapies
    assert window.session.text_scale == 100 and window.search_field.text() == ""
    message = _message(window)
    assert message.title.text() == "Sorry, something went wrong"
    assert "Traceback" not in message.message.text()  # calm, no jargon
    logged = log_file.read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in logged
    assert "ZeroDivisionError" in logged and "broken_slot" in logged


@pytest.mark.qt_no_exception_capture
def test_clinician_mode_keeps_the_visit_and_shows_the_message(window, qtbot, log_file, hook):
    hook["kiosk"] = False
    window.go("topics")
    window.session.set_item("stiffness", True)
    raise_in_a_slot(qtbot, window, RuntimeError("oops"))
    assert window.current_location() == "topics"
    assert window.session.checked_items == {"stiffness"}
    assert "log" in _message(window).message.text()
    assert "RuntimeError: oops" in log_file.read_text(encoding="utf-8")


@pytest.mark.qt_no_exception_capture
def test_patient_text_in_an_error_never_reaches_the_log(window, qtbot, log_file, hook):
    hook["kiosk"] = False
    window.search_field.setText("Mrs Okonkwo left knee")
    window.session.set_search_text("Mrs Okonkwo left knee")
    raise_in_a_slot(qtbot, window, ValueError("could not find Mrs Okonkwo left knee"))
    logging.getLogger("clinicapp.test").info("typed: %s", "Mrs Okonkwo left knee")
    logging.getLogger("clinicapp.test").info("answer %s", "x", extra={"patient": True})
    logged = log_file.read_text(encoding="utf-8")
    assert "Okonkwo" not in logged
    assert REDACTED in logged
    assert "answer x" not in logged


@pytest.mark.qt_no_exception_capture
def test_an_error_while_recovering_does_not_loop(window, qtbot, log_file):
    calls = []

    def failing_recover() -> None:
        calls.append(1)
        raise RuntimeError("recovery broke")

    restore = install_excepthook(failing_recover)
    try:
        QTimer.singleShot(0, lambda: 1 / 0)
        qtbot.waitUntil(lambda: len(calls) == 1, timeout=3000)
    finally:
        restore()
    assert calls == [1]
    assert window.isVisible()
    assert "recovering from the error failed too" in log_file.read_text(encoding="utf-8")
