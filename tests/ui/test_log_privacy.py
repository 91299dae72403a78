"""Nothing a patient types reaches the log, and guarding against it no longer mangles the log.

Typed text is never logged in the first place (searches are logged as a
length and a count). The redacting formatter stays as a second guard, but
only where patient text could slip in: message arguments and exception
messages, as whole words. A search for "in" or "20" used to blank those
characters in every line, time stamps included.
"""

from __future__ import annotations

import ast
import logging
import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from clinicapp.logging_setup import REDACTED, remove_handlers, setup_logging

PACKAGE = Path(__file__).resolve().parents[2] / "clinicapp"
STAMP = re.compile(r"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2},\d{3} ")
TYPED = "okonkwo knee"


@pytest.fixture
def logged(tmp_path):
    """setup_logging into tmp_path; yields (secrets list to fill, function reading the log)."""
    root_level = logging.getLogger().level
    secrets: list[str] = []
    path = setup_logging("DEBUG", folder=tmp_path, secrets=lambda: secrets, console=False)
    yield secrets, lambda: path.read_text(encoding="utf-8") if path.exists() else ""
    remove_handlers()
    logging.getLogger().setLevel(root_level)


def test_short_searches_no_longer_blank_unrelated_log_text(logged):
    secrets, read = logged
    log = logging.getLogger("clinicapp.test")
    secrets[:] = ["in"]
    log.info("content problem in %s line %d", "topics/knots.yaml", 20)
    secrets[:] = ["20"]
    log.info("search index built: %d documents", 20)
    log.info("idle: prompt shown after %s seconds", "120")
    text = read()
    assert "content problem in topics/knots.yaml line 20" in text
    assert "search index built: 20 documents" in text
    assert "prompt shown after 120 seconds" in text
    assert REDACTED not in text
    assert all(STAMP.match(line) for line in text.splitlines()), text  # time stamps intact


def test_patient_text_passed_into_a_message_or_an_error_is_still_blanked(logged):
    secrets, read = logged
    log = logging.getLogger("clinicapp.test")
    secrets[:] = ["Mrs Okonkwo left knee"]
    log.info("typed: %s", "Mrs Okonkwo left knee")
    name = secrets[0].split()[1].lower()
    try:
        raise ValueError("nothing found for " + name)  # patient text in an error message
    except ValueError:
        log.exception("search failed in the index")
    text = read()
    assert "okonkwo" not in text.lower()
    assert "search failed in the index" in text  # the code's own words stay
    assert text.count(REDACTED) == 2


def test_typed_search_and_checklist_answers_never_reach_the_log(window, qtbot, logged):
    """With no redaction at all: the app simply never writes what was typed."""
    _secrets, read = logged  # left empty: no safety net
    field = window.search_field
    window.activateWindow()
    field.setFocus()
    qtbot.keyClicks(field, TYPED)
    qtbot.waitUntil(lambda: window.session.search_text == TYPED, timeout=3000)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    window.go("checklist")
    page = window.page("checklist")
    for box in list(page.item_boxes.values())[:2]:
        box.click()
    page.peg_rows[0].group.button(7).click()
    window.reset_visit()
    text = read()
    assert "visit reset" in text  # the log works
    assert f"search: {len(TYPED)} characters" in text  # IT sees that searches happen, not what
    for word in TYPED.split():
        assert word not in text.lower()
    for item in list(page.item_boxes)[:2]:
        assert item not in text


LOG_METHODS = {"debug", "info", "warning", "error", "exception", "critical"}


def test_every_log_call_has_a_literal_message():
    """Values go in as arguments, where the guard sees them; an f-string message would hide them."""
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr in LOG_METHODS
                and isinstance(node.func.value, ast.Name)
                and node.func.value.id in ("log", "logger", "logging")
            ):
                first = node.args[0] if node.args else None
                if not (isinstance(first, ast.Constant) and isinstance(first.value, str)):
                    offenders.append(f"{path.relative_to(PACKAGE)}:{node.lineno}")
    assert offenders == []
