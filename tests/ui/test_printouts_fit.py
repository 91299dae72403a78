"""Printouts that fit: the visit summary on one A4 page, the comparison handout on two landscape pages.

Rendered for real (the views' own Printouts through printing.save_pdf) from
the BUNDLED content, whose answers are long, and counted with pypdf: a fully
filled checklist (every place, item, warning sign, the PEG, four options,
every value and SURE answer) and four options with long answers.
"""

from __future__ import annotations

import datetime as dt
import unicodedata

import pytest
from pypdf import PdfReader

from clinicapp.content.loader import load_library
from clinicapp.content.model import COMPARISON_QUESTION_IDS
from clinicapp.paths import bundled_content_dir
from clinicapp.session import VisitSession
from clinicapp.ui.common import printing
from clinicapp.ui.common.i18n import format_long_date


@pytest.fixture(scope="module", params=["en", "es"])
def bundled(request):
    result = load_library(bundled_content_dir() / request.param)
    assert result.library.checklist is not None and len(result.library.therapies) >= 4
    return result.library


def longest(library, count: int = 4) -> list[str]:
    """The options with the most to say: the hardest handout to fit."""
    size = {t.id: sum(len(t.answer(q) or "") for q in COMPARISON_QUESTION_IDS) for t in library.therapies}
    return sorted(size, key=size.get, reverse=True)[:count]


def fill_everything(session: VisitSession, library) -> None:
    checklist = library.checklist
    for region in checklist.regions:
        session.set_region(region.id, True)
    for item in checklist.items:
        session.set_item(item.id, True)
    session.set_duration(checklist.durations[-1].id)
    for question, value in zip(checklist.peg, (8, 6, 7), strict=True):
        session.set_peg(question.id, value)
    for sign in checklist.warning_signs:
        session.set_warning_sign(sign.id, True)
    session.set_picked_therapies(longest(library))
    for value in library.comparison.values:
        session.set_value(value.id, 2)
    for question in library.comparison.sure:
        session.set_sure(question.id, False)


def pdf_text(path) -> list[str]:
    return [" ".join(unicodedata.normalize("NFKC", p.extract_text()).split()) for p in PdfReader(path).pages]


@pytest.fixture
def bundled_window(bundled, show_window):
    from clinicapp.ui.common.context import AppContext

    window = show_window(AppContext(bundled))
    yield window
    window.context.session.reset()
    window.apply_appearance()


def test_a_full_visit_summary_prints_on_one_page(bundled_window, bundled, tmp_path):
    window = bundled_window
    fill_everything(window.session, bundled)
    window.go("checklist")
    view = window.page("checklist").summary
    path = printing.save_pdf(view.printout(), tmp_path / "summary.pdf")
    pages = pdf_text(path)
    assert len(pages) == 1, f"the full summary takes {len(pages)} pages"
    box = PdfReader(path).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)  # A4 portrait
    text = pages[0]
    assert bundled.clinic.name in text
    date = view.printout().footer.split(" — ")[-1]
    assert date and date in text
    assert "Nothing ticked" not in text and "Not answered" not in text
    for question in bundled.checklist.peg:  # the whole PEG block, verbatim, on the page
        assert " ".join(question.text.split()) in text
    assert "PEG" in text


def test_an_empty_section_never_reaches_paper(bundled_window, bundled, tmp_path):
    window = bundled_window
    window.session.set_peg(bundled.checklist.peg[0].id, 5)
    window.go("checklist")
    text = pdf_text(printing.save_pdf(window.page("checklist").summary.printout(), tmp_path / "s.pdf"))[0]
    assert bundled.checklist.regions[0].label not in text and bundled.checklist.sections[0].title not in text


def test_four_long_options_print_on_two_landscape_pages_at_most(bundled_window, bundled, tmp_path):
    window = bundled_window
    # The first four a patient sees in the picker hold the option with the second longest answers;
    # the four longest of all are the hardest case, in both languages (Spanish runs longer).
    first_four = [t.id for t in bundled.therapies][:4]
    assert "antidepressants" in first_four and "antidepressants" in longest(bundled, 2)
    for picks in (first_four, longest(bundled)):
        check_handout(window, bundled, picks, tmp_path)


def check_handout(window, bundled, picks: list[str], tmp_path) -> None:
    session = window.session
    session.set_picked_therapies(picks)
    for value in bundled.comparison.values:
        session.set_value(value.id, 3)
    for question in bundled.comparison.sure:
        session.set_sure(question.id, True)
    window.go("compare")
    page = window.page("compare")
    path = printing.save_pdf(page.handout_printout(), tmp_path / "handout.pdf")
    pages = pdf_text(path)
    assert len(pages) <= 2, f"the handout for {picks} takes {len(pages)} pages"
    box = PdfReader(path).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (842, 595)  # A4 landscape
    text = " ".join(pages)
    for therapy_id in picks:
        assert " ".join(bundled.therapy(therapy_id).name.split()) in text
    for number, page_text in enumerate(pages, 1):  # the clinic and the date on every page
        assert bundled.clinic.name in page_text and format_long_date(dt.date.today()) in page_text
        assert f"Page {number} of {len(pages)}" in page_text
    assert "{emergency_number}" not in text and "{crisis_line}" not in text  # the clinic's numbers filled in
