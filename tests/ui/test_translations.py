"""The Spanish interface translation: complete, current with the code, and really shown.

The .ts source is committed and the .qm is built (make translations, CI, the
package). These tests catch a string added to the code but not to the .ts, a
message left untranslated or with a lost placeholder, English left on a
Spanish screen, and a language switch that loses the visit.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

REPO = Path(__file__).resolve().parents[2]
TRANSLATIONS = REPO / "resources" / "translations"
TS_FILE = TRANSLATIONS / "clinicapp_es.ts"
CONTENT = REPO / "content"
BIN = Path(sys.executable).parent
PLACEHOLDER = re.compile(r"\{[a-z_]*\}|%n|%L?\d")

# Interface words that must not be left in English on a Spanish screen.
ENGLISH = {
    "Home", "‹ Back", "Forward ›", "Topics", "Checklist", "Compare", "Contrast",
    "Symptom checklist", "Compare therapies", "Compare treatment options", "Welcome",
    "Where does it hurt?", "How long has it been going on?", "Do you have any of these?",
    "See summary", "Start over", "Print handout", "Save handout as PDF", "Show the list of options",
    "Choose 2 to 4 options", "Show options used for:", "All uses", "What matters to you",
    "Words and what they mean", "Search results", "Search", "Topics by category",
    "Choose a topic from the list to start reading.", "All words", "Close", "Sources",
    "Tap the map, or tick the places in this list:", "Incomplete: answer all three",
    "Not important", "Very important", "Yes", "Front", "Back",  # (not "No": the same in Spanish)
}  # fmt: skip

SPANISH_MONTHS = (
    "enero", "febrero", "marzo", "abril", "mayo", "junio",
    "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre",
)  # fmt: skip


def tool(name: str) -> str:
    """pyside6-lupdate / -lrelease from the venv running the tests (or PATH)."""
    path = BIN / name
    found = str(path) if path.exists() else shutil.which(name)
    if found is None:
        pytest.fail(f"{name} not found next to {sys.executable} or on PATH")
    return found


def messages(ts: Path) -> dict[str, dict[str, ET.Element]]:
    """context name -> source text -> <message> element."""
    found: dict[str, dict[str, ET.Element]] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found.setdefault(name, {})[message.findtext("source") or ""] = message
    return found


def translations_of(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    forms = translation.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [translation.text or ""]


# -- the .ts file -------------------------------------------------------------
def test_ts_is_current_with_the_code(tmp_path):
    """A string added to the code must be added to the .ts (make translations-update)."""
    copy = tmp_path / TS_FILE.name
    shutil.copy(TS_FILE, copy)
    sources = sorted(str(p.relative_to(REPO)) for p in (REPO / "clinicapp").rglob("*.py"))
    run = subprocess.run(
        [tool("pyside6-lupdate"), "-no-obsolete", *sources, "-ts", str(copy)],
        cwd=REPO, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    committed = {(c, s) for c, texts in messages(TS_FILE).items() for s in texts}
    current = {(c, s) for c, texts in messages(copy).items() for s in texts}
    assert not current - committed, f"run `make translations-update`; new strings: {sorted(current - committed)}"
    assert "" not in {c for c, _ in current}, "a string without a context: an alias such as tr = ... hides it"


def test_every_message_is_translated_with_its_placeholders():
    problems = []
    for context, texts in messages(TS_FILE).items():
        for source, message in texts.items():
            translation = message.find("translation")
            if translation is not None and translation.get("type") in ("unfinished", "vanished", "obsolete"):
                problems.append(f"{context}: {source!r} is {translation.get('type')}")
                continue
            forms = translations_of(message)
            if message.get("numerus") == "yes" and len(forms) < 2:
                problems.append(f"{context}: {source!r} needs both plural forms")
            for text in forms:
                if not text.strip():
                    problems.append(f"{context}: {source!r} has an empty translation")
                missing = set(PLACEHOLDER.findall(source)) - set(PLACEHOLDER.findall(text))
                if missing:
                    problems.append(f"{context}: {source!r} -> {text!r} lost {sorted(missing)}")
    assert not problems, "\n".join(problems)
    assert sum(len(t) for t in messages(TS_FILE).values()) > 150  # the whole interface, not a stub


# -- on screen ----------------------------------------------------------------
@pytest.fixture(scope="module")
def qm_dir(tmp_path_factory) -> Path:
    """The built .qm if make built it, else one compiled now from the committed .ts."""
    if (TRANSLATIONS / "clinicapp_es.qm").is_file() and (
        (TRANSLATIONS / "clinicapp_es.qm").stat().st_mtime >= TS_FILE.stat().st_mtime
    ):
        return TRANSLATIONS
    folder = tmp_path_factory.mktemp("qm")
    run = subprocess.run(
        [tool("pyside6-lrelease"), str(TS_FILE), "-qm", str(folder / "clinicapp_es.qm")],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    return folder


@pytest.fixture
def translators(qapp, qm_dir, monkeypatch):
    from clinicapp.ui.common import i18n

    monkeypatch.setattr(i18n, "translations_dir", lambda: qm_dir)
    owner = i18n.Translators(qapp)
    yield owner
    owner.switch("en")  # other tests see English again


def load(code: str):
    from clinicapp.content.loader import load_library

    result = load_library(CONTENT / code)
    if not result.library.topics:
        pytest.fail(f"content/{code} has no usable topics: {result.problems[:3]}")
    return result.library, result.problems


def shown_texts(widget: QWidget) -> set[str]:
    """Texts a person can see: visible labels and buttons (rich text reduced to plain)."""
    texts = set()
    for child in widget.findChildren(QLabel) + widget.findChildren(QAbstractButton):
        if child.isVisibleTo(widget) and child.text():
            plain = re.sub(r"<[^>]+>", "", child.text()).replace("&amp;", "&").strip()
            texts.add(plain)
    return texts


@pytest.fixture
def spanish_window(show_window, translators):
    from clinicapp.ui.common.context import AppContext

    assert translators.switch("es"), "the Spanish .qm did not load"
    library, problems = load("es")
    context = AppContext(library, problems)
    win = show_window(context)
    yield win
    context.session.reset()


def test_spanish_interface_on_every_area(spanish_window, qtbot):
    win = spanish_window
    assert win.home_button.text() == "Inicio"
    assert (win.back_button.text(), win.forward_button.text()) == ("‹ Atrás", "Adelante ›")
    assert win.home_button.toolTip() == "Inicio (Alt+Home)"
    assert win.search_field.placeholderText() == "Buscar temas y palabras"
    library = win.context.library
    win.context.session.set_picked_therapies([t.id for t in library.therapies[:2]])
    leftovers = {}
    for location in ("home", "topics", f"topic:{library.topics[0].id}", "checklist", "compare", "glossary", "search"):
        assert win.go(location) or win.current_location() == location, location
        QApplication.processEvents()
        page = win.stack.currentWidget()
        english = (shown_texts(page) | shown_texts(win.top_bar)) & ENGLISH
        if english:
            leftovers[location] = sorted(english)
    assert not leftovers, f"English left on Spanish screens: {leftovers}"
    win.go("checklist")
    assert "¿Dónde le duele?" in shown_texts(win.page("checklist"))


# -- switching on the home screen ---------------------------------------------
def test_language_button_switches_and_keeps_the_visit(qtbot, translators, show_window):
    from clinicapp.ui.common.context import AppContext
    from clinicapp.ui.shell.areas import default_areas
    from clinicapp.ui.shell.language import LanguageSwitcher

    library, problems = load("en")
    spanish, _ = load("es")
    context = AppContext(library, problems)
    context.languages = ("en", "es")
    win = show_window(context)
    LanguageSwitcher(context, win, translators, load, default_areas)

    session = context.session
    item = library.checklist.items[0].id
    peg = library.checklist.peg[0].id
    topic = next(t for t in library.topics if spanish.topic(t.id) is not None)
    therapies = [t.id for t in library.therapies if spanish.therapy(t.id) is not None][:2]
    session.set_item(item, True)
    session.set_peg(peg, 6)
    session.set_picked_therapies(therapies)
    before = (set(session.checked_items), dict(session.peg), list(session.picked_therapies))

    def checklist_shows_answers() -> None:
        win.go("checklist")
        page = win.page("checklist")
        assert page.item_boxes[item].isChecked()
        row = next(r for r in page.peg_rows if r.question.id == peg)
        assert row.group.button(6).isChecked()
        assert (set(session.checked_items), dict(session.peg), list(session.picked_therapies)) == before

    def article_text() -> str:
        win.go(f"topic:{topic.id}")
        return win.page("topics").article.toPlainText()

    win.go_home()
    qtbot.mouseClick(win.home.language_buttons["es"], Qt.MouseButton.LeftButton)
    assert context.language == "es" and win.home_button.text() == "Inicio"
    assert win.home.language_buttons["es"].isChecked()
    checklist_shows_answers()
    text = article_text()
    assert spanish.topic(topic.id).title in text and topic.title not in text
    reviewed = re.search(r"Última revisión: (.+)", text)
    assert reviewed, text[-300:]
    assert " de " in reviewed.group(1) and any(m in reviewed.group(1) for m in SPANISH_MONTHS), reviewed.group(1)
    assert win.page("compare").picker.boxes[therapies[0]].isChecked()

    win.go_home()
    qtbot.mouseClick(win.home.language_buttons["en"], Qt.MouseButton.LeftButton)
    assert context.language == "en" and win.home_button.text() == "Home"
    checklist_shows_answers()
    text = article_text()
    assert topic.title in text and "Last reviewed: " in text and "Última" not in text
    assert win.page("compare").picker.boxes[therapies[0]].isChecked()
    session.reset()


def test_kiosk_staff_button_follows_a_language_switch(qtbot, translators):
    from clinicapp.pin import PinGuard
    from clinicapp.ui.common.context import AppContext
    from clinicapp.ui.kiosk.controller import KioskController
    from clinicapp.ui.shell.areas import default_areas
    from clinicapp.ui.shell.language import LanguageSwitcher
    from clinicapp.ui.shell.main_window import MainWindow

    library, problems = load("en")
    context = AppContext(library, problems, kiosk=True)
    context.languages = ("en", "es")
    win = MainWindow(context, default_areas())
    qtbot.addWidget(win)
    kiosk = KioskController(win, PinGuard(""), idle_timeout=120, idle_warning=30)
    switcher = LanguageSwitcher(context, win, translators, load, default_areas)
    before = kiosk.staff_button.text()
    assert switcher.switch("es")
    assert kiosk.staff_button.text() != before
    assert switcher.switch("en")
    assert kiosk.staff_button.text() == before
    kiosk.unlocked = True
