"""The summary's hand-off QR codes, read back from the screen with a real decoder (zxing-cpp)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import zxingcpp
from PySide6.QtCore import QPoint
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QAbstractButton, QFileDialog

from clinicapp.config import Config
from clinicapp.content.loader import load_library
from clinicapp.handoff import fhir
from clinicapp.handoff.note import visit_note
from clinicapp.paths import bundled_content_dir

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def libraries():
    return {lang: load_library(bundled_content_dir() / lang).library for lang in ("en", "es")}


def fill(session, library, full: bool = False) -> None:
    checklist = library.checklist
    items = [i for s in checklist.sections for i in s.items]
    for item in items if full else items[:3]:
        session.set_item(item.id, True)
    for region in checklist.regions if full else checklist.regions[1:3]:
        session.set_region(region.id, True)
    for sign in checklist.warning_signs if full else checklist.warning_signs[-2:]:
        session.set_warning_sign(sign.id, True)
    session.set_duration(checklist.durations[1].id)  # the longest code of the bundled durations
    for question, value in zip(checklist.peg, (10, 10, 10) if full else (8, 6, 3), strict=True):
        session.set_peg(question.id, value)


@pytest.fixture
def summary_of(qapp, show_window):
    """summary_of(library, kiosk=False, scale=100, config=None, full=False) -> the summary view, shown."""
    from clinicapp.ui.common.context import AppContext

    made = []

    def build(library, *, kiosk=False, scale=100, config=None, full=False):
        context = AppContext(library, [], kiosk=kiosk, config=config or Config())
        made.append(context)
        window = show_window(context)
        context.session.set_text_scale(scale)
        window.apply_appearance()
        fill(context.session, library, full)
        assert window.go("checklist")
        page = window.page("checklist")
        page.show_summary()
        qapp.processEvents()
        return page.summary

    yield build
    for context in made:
        context.deleteLater()


def read_codes(widget) -> list[str]:
    """Every QR code zxing-cpp finds in what the widget shows, as rendered (not from our own data)."""
    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_Grayscale8)  # a format zxing-cpp takes
    return [b.text for b in zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)]


def fully_on_screen(widget) -> bool:
    window = widget.window()
    top_left = widget.mapTo(window, QPoint(0, 0))
    inside = window.rect().contains(top_left) and window.rect().contains(
        top_left + QPoint(widget.width() - 1, widget.height() - 1)
    )
    return inside and widget.visibleRegion().boundingRect().size() == widget.size()


@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize("scale", [100, 200])
@pytest.mark.parametrize("full", [False, True], ids=["typical", "everything"])
def test_the_note_code_reads_back_as_the_visit_note(summary_of, libraries, lang, scale, full) -> None:
    library = libraries[lang]
    summary = summary_of(library, kiosk=True, scale=scale, full=full)
    assert summary.handoff.isVisible() and fully_on_screen(summary.note_qr)  # no scrolling at 1280x800
    assert fully_on_screen(summary.note_help)
    expected = visit_note(summary.context.session, library, summary.handoff_time)
    assert read_codes(summary.window()) == [expected]  # the only code in a kiosk, and exactly the note
    assert len(expected) < 600 and max(len(line) for line in expected.splitlines()) <= 80  # PEG 10s: the worst case
    assert summary.note_qr.accessibleName() and summary.note_help.text().startswith("Staff can scan this")
    symbol = summary.note_qr.symbol
    assert symbol.error in ("M", "Q", "H") and summary.note_qr.width() >= 3 * symbol.size


@pytest.mark.parametrize("scale", [150, 200])
def test_the_two_codes_never_overlap_in_spanish_at_large_text(spanish_interface, summary_of, libraries, scale) -> None:
    """Clinician mode, every box ticked: the FHIR code's caption ("Código FHIR para el sistema de
    expedientes") widened its column, the grid squeezed the note's, and the FHIR code sat on the note code."""
    summary = summary_of(libraries["es"], scale=scale, full=True)
    note, form = summary.note_qr.geometry(), summary.fhir_qr.geometry()
    assert summary.fhir_qr.isVisible() and note.right() < form.left(), (note, form)
    assert fully_on_screen(summary.note_qr) and fully_on_screen(summary.fhir_qr)
    assert read_codes(summary.note_qr) == [summary.note_qr.symbol.text]


@pytest.mark.parametrize("lang", ["en", "es"])
def test_the_fhir_code_decodes_through_the_cli_to_the_visit(summary_of, libraries, lang) -> None:
    library = libraries[lang]
    summary = summary_of(library, scale=200)
    assert fully_on_screen(summary.fhir_qr)
    codes = read_codes(summary.fhir_qr)
    assert len(codes) == 1 and codes[0].startswith("CA1:")
    done = subprocess.run(
        [sys.executable, "-m", "clinicapp", "decode"],
        input=codes[0], cwd=REPO, capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    expected = fhir.questionnaire_response(summary.context.session, library, summary.handoff_time)
    assert json.loads(done.stdout) == expected


def test_a_kiosk_has_no_fhir_code_and_no_save_button(summary_of, libraries, monkeypatch) -> None:
    summary = summary_of(libraries["en"], kiosk=True)
    assert summary.fhir_button is None and summary.fhir_qr.symbol is None and not summary.fhir_qr.isVisible()
    assert not any("FHIR" in b.text() for b in summary.findChildren(QAbstractButton))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: pytest.fail("a kiosk opened a file dialog"))
    assert summary.save_fhir() is False


def test_clinician_saves_the_response_where_asked_and_only_there(summary_of, libraries, monkeypatch, tmp_path) -> None:
    summary = summary_of(libraries["es"])
    target = tmp_path / "visita"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    summary.fhir_button.click()
    saved = json.loads((tmp_path / "visita.json").read_text(encoding="utf-8"))
    assert saved["resourceType"] == "QuestionnaireResponse" and saved["language"] == "es"
    assert [p.name for p in tmp_path.iterdir()] == ["visita.json"]
    from fhir.resources.R4B.questionnaireresponse import QuestionnaireResponse

    QuestionnaireResponse.model_validate(saved)


def test_a_failed_fhir_save_says_so_and_logs_no_file_name(summary_of, libraries, monkeypatch, tmp_path, caplog) -> None:
    """A folder that is gone (or read-only) is a message on the summary, not the crash handler's reset."""
    summary = summary_of(libraries["en"])
    target = tmp_path / "gone" / "maria-lopez"  # a clinician may name the file after the patient
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    with caplog.at_level("DEBUG"):
        assert summary.save_fhir() is False
    assert summary.status.isVisibleTo(summary) and "Could not save" in summary.status.text()
    assert not (tmp_path / "gone").exists()
    assert "maria" not in caplog.text and "gone" not in caplog.text


def test_a_pdf_that_cannot_be_written_is_never_reported_saved(summary_of, libraries, monkeypatch, tmp_path) -> None:
    """QPdfWriter fails silently on a missing or read-only folder; the summary said "Saved as" anyway."""
    from clinicapp.ui.kiosk.controller import Overlay

    summary = summary_of(libraries["en"])
    target = tmp_path / "gone" / "visit.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    assert summary.save_pdf() is False
    assert not target.exists() and "Saved" not in summary.status.text()
    card = summary.window().findChild(Overlay, "print-message")
    assert card is not None and card.isVisible() and "Could not save" in card.message.text()
    card.hide()


def test_reset_and_hiding_clear_the_codes(summary_of, libraries) -> None:
    summary = summary_of(libraries["en"])
    assert summary.note_qr.symbol is not None and summary.fhir_qr.symbol is not None
    summary.context.session.reset()
    assert summary.note_qr.symbol is None and summary.fhir_qr.symbol is None and summary.handoff_time is None
    assert not summary.handoff.isVisible() and read_codes(summary.window()) == []
    fill(summary.context.session, libraries["en"])
    summary.refresh()
    assert summary.note_qr.symbol is not None
    summary.hide()
    assert summary.note_qr.symbol is None and summary.fhir_qr.symbol is None


def test_no_code_for_a_visit_without_checklist_answers(summary_of, libraries) -> None:
    """Compare's values alone are not in the note: no code that would read "No answers given"."""
    summary = summary_of(libraries["en"])
    session = summary.context.session
    session.clear_answers()
    session.set_value(libraries["en"].comparison.values[0].id, 3)
    summary.refresh()
    assert session.has_answers and summary.note_qr.symbol is None and not summary.handoff.isVisible()
    assert summary.printout().paint_reserved is None
    session.set_peg(libraries["en"].checklist.peg[0].id, 4)
    summary.refresh()
    assert summary.note_qr.symbol is not None and summary.handoff.isVisible()


def test_a_note_too_long_for_any_qr_code_leaves_the_summary_without_one(summary_of, libraries, monkeypatch) -> None:
    """A clinic's own checklist, far longer than ours, all ticked: segno cannot encode it."""
    from clinicapp.ui.checklist import summary_view

    summary = summary_of(libraries["en"], kiosk=True)
    monkeypatch.setattr(summary_view, "visit_note", lambda *a: "Ticked: " + "a-long-item-id, " * 400)
    summary.refresh()  # raised DataOverflowError (in a kiosk the crash handler then ended the visit)
    assert summary.note_qr.symbol is None and not summary.handoff.isVisible()
    assert "Summary for your visit" in summary.browser.toPlainText()
    assert summary.printout().paint_reserved is None


def test_it_can_turn_the_codes_off(summary_of, libraries) -> None:
    summary = summary_of(libraries["en"], config=Config(qr_handoff=False))
    assert not summary.handoff.isVisible() and summary.note_qr.symbol is None and summary.fhir_qr.symbol is None
    assert read_codes(summary.window()) == []
    assert summary.printout().paint_reserved is None


def test_the_printed_summary_carries_the_code_on_one_page(summary_of, libraries, tmp_path) -> None:
    from pypdf import PdfReader

    from clinicapp.ui.common import printing

    summary = summary_of(libraries["es"], full=True)
    printout = summary.printout()
    assert printout.paint_reserved is not None and printout.reserve_mm >= 30
    drawn = []
    original = printout.paint_reserved

    def spy(painter, strip, px_per_mm):
        drawn.append(strip)
        original(painter, strip, px_per_mm)

    from dataclasses import replace

    path = printing.save_pdf(replace(printout, paint_reserved=spy), tmp_path / "summary.pdf")
    assert len(PdfReader(path).pages) == 1 and len(drawn) == 1


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs poppler's pdftoppm to rasterise the PDF")
def test_the_printed_code_reads_back_from_the_page(summary_of, libraries, tmp_path) -> None:
    """The PDF rasterised at 150 dpi (a plain office scan): zxing-cpp finds exactly the note."""
    from clinicapp.ui.common import printing

    summary = summary_of(libraries["en"], full=True)
    when = summary._now()  # the printout makes its own code from the session at the time of printing
    path = printing.save_pdf(summary.printout(), tmp_path / "summary.pdf")
    subprocess.run(["pdftoppm", "-r", "150", "-png", str(path), str(tmp_path / "page")], check=True, timeout=60)
    pages = sorted(tmp_path.glob("page*.png"))
    assert len(pages) == 1
    image = QImage(str(pages[0])).convertToFormat(QImage.Format.Format_Grayscale8)
    found = [b.text for b in zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)]
    session, library = summary.context.session, libraries["en"]
    assert found in ([visit_note(session, library, when)], [visit_note(session, library, summary._now())])
