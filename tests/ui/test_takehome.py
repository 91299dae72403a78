"""Take-home reading on screen and on paper: Print on articles and therapy cards, the clinician's pack.

Golden files pin the handout HTML for one shipped topic and one therapy card
in English and Spanish, with the translated wording and a fixed date;
regenerate them after an intended change with CLINICAPP_UPDATE_GOLDEN=1 and
read the diff before committing. The pack is rendered to a real PDF and read
back with pypdf.
"""

from __future__ import annotations

import datetime as dt
import difflib
import os
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QBuffer, QMarginsF, Qt
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QPushButton

from clinicapp.config import Config
from clinicapp.content.loader import load_library
from clinicapp.paths import bundled_content_dir
from clinicapp.takehome import build_handout
from clinicapp.ui.common import i18n, printing, takehome
from clinicapp.ui.common.context import AppContext
from clinicapp.ui.common.takehome import TakeHomeDialog
from clinicapp.ui.kiosk.controller import Overlay

GOLDEN = Path(__file__).resolve().parents[1] / "golden"
ON = dt.date(2026, 11, 30)
GOLDEN_RECORDS = {"topic": "topic:sleep-and-pain", "therapy": "therapy:posture-training"}
PACK = ["topic:myofascial-pain-syndrome", "topic:sleep-and-pain", "topic:choosing-a-therapy"]


@pytest.fixture
def language(qapp):
    """switch(lang): the interface translation and locale of a language; English again afterwards."""
    translators = i18n.Translators(qapp)

    def switch(lang: str) -> None:
        assert translators.switch(lang), "the Spanish .qm did not load (make translations)"

    yield switch
    translators.switch("en")


@pytest.fixture(scope="module", params=["en", "es"])
def shipped(request):
    return AppContext(load_library(bundled_content_dir() / request.param).library)


# -- golden files -------------------------------------------------------------
@pytest.mark.parametrize("kind", sorted(GOLDEN_RECORDS))
def test_handout_matches_golden_file(shipped, language, kind):
    language(shipped.language)
    got = build_handout(shipped.library, GOLDEN_RECORDS[kind], ON, takehome.takehome_text())
    path = GOLDEN / f"takehome_{kind}_{shipped.language}.html"
    if os.environ.get("CLINICAPP_UPDATE_GOLDEN"):
        path.write_text(got, encoding="utf-8")
    expected = path.read_text(encoding="utf-8")
    diff = "".join(difflib.unified_diff(expected.splitlines(True), got.splitlines(True), path.name, "built"))
    assert not diff, f"{path.name} differs (CLINICAPP_UPDATE_GOLDEN=1 after an intended change):\n{diff}"


# -- pages --------------------------------------------------------------------
def pages_of(printout: printing.Printout, paper: QPageSize.PageSizeId) -> int:
    """Pages the printout takes on a paper size, laid out in memory (nothing written)."""
    buffer = QBuffer()
    buffer.open(QBuffer.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(300)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(paper), QPageLayout.Orientation.Portrait, QMarginsF(10, 7, 10, 7), QPageLayout.Unit.Millimeter
        )
    )
    return printing.paginate(printout, writer).pageCount()


@pytest.mark.parametrize("paper", [QPageSize.PageSizeId.A4, QPageSize.PageSizeId.Letter], ids=["A4", "Letter"])
def test_every_topic_and_card_prints_on_one_or_two_pages(shipped, language, paper):
    language(shipped.language)
    library = shipped.library
    locations = [f"topic:{t.id}" for t in library.topics] + [f"therapy:{t.id}" for t in library.therapies]
    counts = {loc: pages_of(takehome.handout_printout(shipped, loc), paper) for loc in locations}
    assert {loc: n for loc, n in counts.items() if not 1 <= n <= 2} == {}
    assert sum(n == 1 for n in counts.values()) >= 5  # short ones stay short, at 12 pt


def test_a_heading_is_never_left_at_the_foot_of_a_page(qapp):
    """QTextDocument has no keep-with-next: printing moves a marked heading that would end a page."""
    layout = QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait, QMarginsF(10, 7, 10, 7),
        QPageLayout.Unit.Millimeter,
    )  # fmt: skip
    buffer = QBuffer()
    buffer.open(QBuffer.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(300)
    writer.setPageLayout(layout)
    style = "<style>p.h2 { -qt-user-state: 1; font-size: 14pt; } p { font-size: 12pt; }</style>"
    stranded = 0
    for filler in range(30, 90):  # somewhere in here the heading falls on the last line of page 1
        page = style + "<p>A line of text.</p>" * filler + '<p class="h2">Heading</p><p>Text under it.</p>'
        document = printing.paginate(printing.Printout(lambda _s, page=page: page, sizes=(12.0,)), writer)
        height, lay = document.pageSize().height(), document.documentLayout()
        heading = document.findBlock(document.toPlainText().index("Heading"))
        under = heading.next()
        if heading.blockFormat().pageBreakPolicy() != heading.blockFormat().PageBreakFlag.PageBreak_Auto:
            stranded += 1
        assert lay.blockBoundingRect(heading).top() // height == lay.blockBoundingRect(under).bottom() // height, filler
    assert stranded >= 1  # the case came up, and was moved


def pdf_pages(path: Path) -> list[str]:
    return [" ".join(unicodedata.normalize("NFKC", p.extract_text()).split()) for p in PdfReader(path).pages]


def fold(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).split())


# -- the pack on screen -------------------------------------------------------
@pytest.fixture
def bundled_window(show_window):
    context = AppContext(load_library(bundled_content_dir() / "en").library)
    window = show_window(context)
    yield window
    context.session.reset()


def buttons_named(window, name: str) -> list[QPushButton]:
    return [b for b in window.findChildren(QPushButton, name) if b.isVisible()]


def test_an_article_offers_print_and_add_to_pack_in_clinician_mode(window, qtbot):
    window.go("topic:knots")
    page = window.page("topics")
    actions = page.handout
    assert actions.print_button.isVisible() and actions.add_button.isVisible() and actions.pack_button.isVisible()
    assert actions.pack_button.text() == "Take-home pack (0)"
    assert actions.print_button.accessibleName() == "Print a handout of Knots in a muscle"
    qtbot.mouseClick(actions.add_button, Qt.MouseButton.LeftButton)
    assert window.session.take_home == ["topic:knots"]
    assert actions.add_button.text() == "Remove from pack" and actions.pack_button.text() == "Take-home pack (1)"
    window.go("therapy:stretching")  # a therapy's fact sheet in the same reader
    assert actions.add_button.text() == "Add to pack"
    qtbot.mouseClick(actions.add_button, Qt.MouseButton.LeftButton)
    assert window.session.take_home == ["topic:knots", "therapy:stretching"]
    window.go("topic:knots")
    qtbot.mouseClick(actions.add_button, Qt.MouseButton.LeftButton)  # Remove from pack
    assert window.session.take_home == ["therapy:stretching"]


def test_each_therapy_card_in_compare_has_print_and_add_to_pack(window, qtbot):
    window.session.set_picked_therapies(["stretching", "self-care"])
    window.go("compare")
    page = window.page("compare")
    grid = page.grid
    assert set(grid.action_buttons) == {"stretching", "self-care"}
    print_button, add_button = grid.action_buttons["self-care"]
    assert print_button.text() == "Print" and add_button.text() == "Add to pack"
    qtbot.mouseClick(add_button, Qt.MouseButton.LeftButton)
    assert window.session.take_home == ["therapy:self-care"]
    assert page.pack_button.isVisible() and page.pack_button.text() == "Take-home pack (1)"


def test_the_pack_dialog_lists_reorders_and_removes(window, qtbot):
    session = window.session
    for location in ("topic:knots", "therapy:stretching", "topic:muscle-pain"):
        session.add_to_take_home(location)
    window.go("topic:knots")
    qtbot.mouseClick(window.page("topics").handout.pack_button, Qt.MouseButton.LeftButton)
    dialog = window.findChild(TakeHomeDialog, "takehome-dialog")
    assert dialog is not None and dialog.isVisible()
    assert dialog.count.text() == "Handouts in the pack: 3"
    labels = [dialog.row_widgets[loc]["label"].text() for loc in session.take_home]
    assert labels[0] == "1. Knots in a muscle (Topic)" and labels[1] == "2. Stretching (Treatment)"
    assert not dialog.row_widgets["topic:knots"]["up"].isEnabled()
    qtbot.mouseClick(dialog.row_widgets["topic:muscle-pain"]["up"], Qt.MouseButton.LeftButton)
    assert session.take_home == ["topic:knots", "topic:muscle-pain", "therapy:stretching"]
    qtbot.mouseClick(dialog.row_widgets["topic:knots"]["down"], Qt.MouseButton.LeftButton)
    assert session.take_home == ["topic:muscle-pain", "topic:knots", "therapy:stretching"]
    qtbot.mouseClick(dialog.row_widgets["therapy:stretching"]["remove"], Qt.MouseButton.LeftButton)
    assert session.take_home == ["topic:muscle-pain", "topic:knots"]
    assert dialog.count.text() == "Handouts in the pack: 2" and "therapy:stretching" not in dialog.row_widgets
    for location in list(session.take_home):
        qtbot.mouseClick(dialog.row_widgets[location]["remove"], Qt.MouseButton.LeftButton)
    assert dialog.empty.isVisible() and not dialog.pdf_button.isEnabled()
    dialog.accept()


def test_start_over_and_the_visit_reset_empty_the_pack(window, qtbot, monkeypatch):
    from clinicapp.ui.checklist.page import ConfirmStartOver

    session = window.session
    session.add_to_take_home("topic:knots")
    window.go("topic:knots")
    dialog = TakeHomeDialog.open_for(window, window.context)
    assert not dialog.empty.isVisible()
    dialog.accept()
    window.go("checklist")
    monkeypatch.setattr(ConfirmStartOver, "ask", classmethod(lambda cls, parent: True))
    qtbot.mouseClick(window.page("checklist").start_over_button, Qt.MouseButton.LeftButton)
    assert session.take_home == [] and dialog.count.text() == "Handouts in the pack: 0"
    assert not dialog.empty.isHidden() and dialog.row_widgets == {}
    assert window.page("topics").handout.pack_button.text() == "Take-home pack (0)"
    session.add_to_take_home("therapy:stretching")
    dialog.show()
    window.reset_visit()
    assert session.take_home == [] and not dialog.isVisible()
    assert "session take_home" not in window.visit_leftovers()


def test_the_pack_saves_as_one_pdf_with_every_handout_numbered(bundled_window, qtbot, monkeypatch, tmp_path):
    window = bundled_window
    library = window.context.library
    target = tmp_path / "out" / "pack"
    target.parent.mkdir()
    asked: list[str] = []
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: asked.append(a[2]) or (str(target), ""))
    )
    for location in PACK:
        window.session.add_to_take_home(location)
    window.go(PACK[0])
    dialog = TakeHomeDialog.open_for(window, window.context)
    qtbot.mouseClick(dialog.pdf_button, Qt.MouseButton.LeftButton)
    assert asked == ["take-home-pack.pdf"]
    written = target.with_suffix(".pdf")
    assert sorted(p.name for p in target.parent.iterdir()) == ["pack.pdf"]  # that file and nothing else
    assert dialog.status.text() == "Saved as pack.pdf"
    pages = pdf_pages(written)
    # Each handout on its own pages: the pack is as long as the three handouts alone, at 12 pt.
    alone = [
        pages_of(printing.Printout(lambda _s, loc=loc: build_handout(library, loc, ON) or ""), QPageSize.PageSizeId.A4)
        for loc in PACK
    ]
    assert len(pages) == sum(alone), (len(pages), alone)
    first = 0
    for location, count in zip(PACK, alone, strict=True):
        title = fold(library.topic(location.partition(":")[2]).title)
        assert pages[first].startswith(title), (location, pages[first][:80])
        first += count
    for number, text in enumerate(pages, 1):
        assert f"Page {number} of {len(pages)}" in text and library.clinic.name in text
    box = PdfReader(written).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)  # A4 portrait
    dialog.accept()


# -- kiosk and settings -------------------------------------------------------
@pytest.fixture
def kiosk_window(fixture_result, show_window, monkeypatch):
    """A kiosk window where every dialog or file dialog that opens is recorded (none should)."""
    opened: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: opened.append("file") or ("", "")))
    monkeypatch.setattr(QDialog, "exec", lambda self: opened.append(type(self).__name__) or 0)
    context = AppContext(fixture_result.library, kiosk=True)
    window = show_window(context)
    window.opened = opened
    yield window
    context.session.reset()


def test_kiosk_shows_print_but_never_the_pack(kiosk_window, qtbot):
    window = kiosk_window
    window.go("topic:knots")
    actions = window.page("topics").handout
    assert actions.print_button.isVisible()
    assert actions.add_button is None and actions.pack_button is None
    window.session.set_picked_therapies(["stretching", "self-care"])
    window.go("compare")
    page = window.page("compare")
    assert page.pack_button is None
    assert [b.text() for b in page.grid.action_buttons["stretching"]] == ["Print"]
    for name in ("takehome-add", "takehome-pack"):
        assert window.findChildren(QPushButton, name) == []
    assert TakeHomeDialog.open_for(window, window.context) is None
    assert window.findChild(TakeHomeDialog) is None
    assert window.opened == []


def test_kiosk_print_of_an_article_goes_to_the_default_printer(kiosk_window, qtbot, monkeypatch, default_printer):
    printed: list[object] = []
    monkeypatch.setattr(printing, "_render", lambda printout, printer: printed.append((printout, printer)) or 1)
    default_printer("Front desk")
    window = kiosk_window
    window.go("therapy:stretching")
    qtbot.mouseClick(window.page("topics").handout.print_button, Qt.MouseButton.LeftButton)
    ((printout, printer),) = printed
    assert printer.name == "Front desk" and printer.format == QPrinter.OutputFormat.NativeFormat
    assert printout.title == "Stretching" and "Stretching</p>" in printout.html(12.0)
    card = window.findChild(Overlay, "print-message")
    assert card.isVisible() and card.message.text() == "Printing — collect it at the front desk"
    assert window.opened == []


def test_kiosk_without_a_printer_says_so_plainly(kiosk_window, qtbot, monkeypatch, default_printer):
    default_printer("")
    window = kiosk_window
    window.session.set_picked_therapies(["stretching", "self-care"])
    window.go("compare")
    qtbot.mouseClick(window.page("compare").grid.action_buttons["self-care"][0], Qt.MouseButton.LeftButton)
    card = window.findChild(Overlay, "print-message")
    assert card.isVisible() and "staff" in card.message.text()
    assert window.opened == [] and not [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()
    ]


def test_no_print_button_when_it_turned_printing_off(fixture_result, show_window, qtbot):
    context = AppContext(fixture_result.library, config=Config(printing=False))
    window = show_window(context)
    window.go("topic:knots")
    actions = window.page("topics").handout
    assert not actions.print_button.isVisible() and actions.add_button.isVisible()
    context.session.set_picked_therapies(["stretching", "self-care"])
    window.go("compare")
    assert [b.text() for b in window.page("compare").grid.action_buttons["stretching"]] == ["Add to pack"]
    context.session.add_to_take_home("topic:knots")
    dialog = TakeHomeDialog.open_for(window, context)
    assert not dialog.print_button.isVisible() and dialog.pdf_button.isVisible()
    dialog.accept()
    context.session.reset()
