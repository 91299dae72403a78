"""The visit summary is built from the session alone, in plain words, warning signs first.

No Qt here: these run without a display. The golden file is the summary a
patient would print for a filled-in fixture visit; regenerate it after an
intended change with CLINICAPP_UPDATE_GOLDEN=1 and read the diff before committing.
"""

from __future__ import annotations

import datetime as dt
import difflib
import html
import os
import sys
from pathlib import Path

import pytest

from clinicapp.content.model import Library
from clinicapp.session import VisitSession
from clinicapp.summary import SummaryText, build_summary, build_summary_html, summary_html

HERE = Path(__file__).resolve().parent
GOLDEN = HERE / "golden" / "visit_summary.html"
ON = dt.date(2026, 11, 24)


def filled(*, warning: bool = True, signs: tuple[str, ...] = ("bladder",)) -> VisitSession:
    session = VisitSession()
    session.set_item("deep-ache", True)
    session.set_region("lower-back", True)
    session.set_region("neck", True)
    session.set_duration("long")
    for question, value in (("pain", 7), ("enjoyment", 5), ("activity", 4)):
        session.set_peg(question, value)
    for sign in signs if warning else ():
        session.set_warning_sign(sign, True)
    session.set_picked_therapies(["stretching", "self-care"])
    session.set_value("avoid-needles", 3)
    session.set_sure("sure", False)
    return session


def test_summary_matches_golden_file(library: Library) -> None:
    # Ticked today-tier first: the summary still puts the emergency tier first.
    got = build_summary_html(filled(signs=("fever", "self-harm", "bladder")), library, ON)
    if os.environ.get("CLINICAPP_UPDATE_GOLDEN"):
        GOLDEN.parent.mkdir(parents=True, exist_ok=True)
        GOLDEN.write_text(got, encoding="utf-8")
    expected = GOLDEN.read_text(encoding="utf-8")
    diff = "".join(
        difflib.unified_diff(
            expected.splitlines(keepends=True),
            got.splitlines(keepends=True),
            "golden/visit_summary.html",
            "built",
        )
    )
    assert not diff, "visit summary differs from the golden file:\n" + diff


def test_every_answer_is_there_in_plain_words(library: Library) -> None:
    page = build_summary_html(filled(), library, ON)
    for expected in (
        "Test Clinic",
        "2026-11-24",
        "Neck",
        "Lower back",
        "A deep ache in a muscle",
        "More than a year",
        "Your pain on average in the past week — 7 out of 10 (0 = No pain, 10 = Worst pain)",
        "How pain got in the way of enjoying life — 5 out of 10",
        "How pain got in the way of daily activity — 4 out of 10",
        "PEG score: 5.3 out of 10",
        "New trouble with bladder or bowels",
        "Get help now. Call 911 or go to the nearest emergency room.",
        "Stretching",
        "No change / self-care at home",
        "Avoiding needles: Very important",
        "Do you feel sure about the best choice for you? No",
    ):
        assert html.escape(expected) in page, expected
    # Plain words only: no ids, no numbers standing for answers.
    for raw in ("deep-ache", "lower-back", "avoid-needles", "bladder<", ">long<", "self-care<"):
        assert raw not in page
    # Unticked things are not listed as if they were.
    assert "A sore knot in a muscle" not in page and "Fever with the pain" not in page


EMERGENCY = "Get help now. Call 911 or go to the nearest emergency room."
TODAY = "Please tell the front desk or a nurse today."


def test_warning_signs_come_first(library: Library) -> None:
    summary = build_summary(filled(), library, ON)
    [warning] = summary.warnings
    assert warning.lines == ("New trouble with bladder or bowels",)
    assert warning.note == EMERGENCY
    assert warning.heading not in [g.heading for g in summary.groups]
    page = build_summary_html(filled(), library, ON)
    assert (
        page.index("Clinic: Test Clinic") < page.index('<p class="h2">Emergency</p>') < page.index("Your own answers")
    )
    assert page.index("New trouble with bladder or bowels") < page.index('<p class="h2">Where it hurts</p>')
    assert page.count('<p class="h2">') == 1 + len(summary.groups)


def test_an_emergency_sign_puts_the_emergency_instruction_first(library: Library) -> None:
    """Issue 14: tick an emergency-tier sign and its instruction comes first, before the today tier."""
    session = filled(signs=("fever", "self-harm"))  # today ticked first, on purpose
    summary = build_summary(session, library, ON)
    assert [(g.heading, g.lines, g.note) for g in summary.warnings] == [
        ("Emergency", ("Thoughts of harming yourself",), EMERGENCY),
        ("Tell the staff today", ("Fever with the pain",), TODAY),
    ]
    assert summary.warnings[0].actions == ("Call or text 988 any time.",)  # the crisis line, filled in
    page = build_summary_html(session, library, ON)
    first_instruction = min(page.index(EMERGENCY), page.index(TODAY))
    assert first_instruction == page.index(EMERGENCY)
    assert page.index(EMERGENCY) < page.index("Call or text 988 any time.") < page.index(TODAY)
    assert page.index("Thoughts of harming yourself") < page.index("Fever with the pain")
    assert '<table class="emergency"' in page and 'border="4"' in page  # a thicker frame, not only colour
    assert "{crisis_line}" not in page and "{emergency_number}" not in page


def test_a_today_sign_alone_gives_only_the_today_instruction(library: Library) -> None:
    summary = build_summary(filled(signs=("fever",)), library, ON)
    assert [(g.heading, g.note) for g in summary.warnings] == [("Tell the staff today", TODAY)]
    page = build_summary_html(filled(signs=("fever",)), library, ON)
    assert TODAY in page and "Get help now" not in page and "emergency" not in page.lower().split("<body>")[1]


def test_the_clinic_numbers_fill_the_instructions(library: Library) -> None:
    import dataclasses

    clinic = library.clinic._replace(emergency_number="112", crisis_line="024")
    page = build_summary_html(filled(signs=("self-harm",)), dataclasses.replace(library, clinic=clinic), ON)
    assert "Call 112 or go to the nearest emergency room." in page and "Call or text 024 any time." in page


def test_no_warning_section_without_warning_signs(library: Library) -> None:
    summary = build_summary(filled(warning=False), library, ON)
    assert summary.warnings == ()
    page = build_summary_html(filled(warning=False), library, ON)
    assert "Tell the staff today" not in page and "Emergency" not in page


def test_incomplete_peg_is_never_a_number(library: Library) -> None:
    session = VisitSession()
    session.set_peg("pain", 7)
    session.set_peg("enjoyment", 5)
    summary = build_summary(session, library, ON)
    peg = next(g for g in summary.groups if g.heading == SummaryText().peg_heading)
    assert peg.note == "Incomplete: answer all three"
    assert summary.peg_value is None
    assert "How pain got in the way of daily activity — not answered" in peg.lines
    assert "Your pain on average in the past week — 7 out of 10 (0 = No pain, 10 = Worst pain)" in peg.lines
    assert "PEG score" not in build_summary_html(session, library, ON)


@pytest.mark.parametrize(
    ("answers", "expected"),
    [((7, 5, 4), "5.3"), ((0, 0, 0), "0.0"), ((10, 10, 10), "10.0"), ((5, 5, 6), "5.3"), ((1, 2, 2), "1.7")],
)
def test_peg_score_is_the_mean_to_one_decimal(library: Library, answers, expected) -> None:
    session = VisitSession()
    for question, value in zip(("pain", "enjoyment", "activity"), answers, strict=True):
        session.set_peg(question, value)
    summary = build_summary(session, library, ON)
    assert f"PEG score: {expected} out of 10" in build_summary_html(session, library, ON)
    assert summary.peg_value == float(expected)


def test_empty_session_says_so_plainly(library: Library) -> None:
    page = build_summary_html(VisitSession(), library, ON)
    assert "You have not answered any questions yet." in page
    assert 'class="h2"' not in page  # no empty sections at all
    assert "Treatments you want to compare" not in page and "What matters to you" not in page


def test_empty_sections_are_left_out(library: Library) -> None:
    """Only what was answered is printed: no "Nothing ticked", no "Not answered" lines."""
    session = VisitSession()
    session.set_item("deep-ache", True)
    session.set_peg("pain", 6)
    summary = build_summary(session, library, ON)
    assert [g.heading for g in summary.groups] == [
        "What you notice",
        "Pain and how it affects your life (PEG)",
    ]
    page = build_summary_html(session, library, ON)
    for gone in ("Nothing ticked", "Not answered", "Where it hurts", "How long it has been going on"):
        assert gone not in page
    assert "How pain got in the way of daily activity — not answered" in page  # a partial PEG shows its gaps


def test_printed_summary_stands_in_two_columns_of_whole_sections(library: Library) -> None:
    summary = build_summary(filled(), library, ON)
    two = summary_html(summary, columns=2)
    one = summary_html(summary, columns=1)
    assert two.count('<td width="50%" valign="top">') == 2
    # every section its own single-cell table (kept whole on a page), in both layouts
    for page in (two, one):
        assert page.count('<tr><td>\n<p class="h2">') >= len(summary.groups)
        assert page.count('<p class="h2">') == 1 + len(summary.groups)
    assert "Lower back, Neck" in two or "Neck, Lower back" in two  # places on one line


def test_translated_wording_and_locale_date_are_used(library: Library) -> None:
    text = SummaryText(title="Resumen para su visita", date="Fecha: {date}", nothing_yet="Aún no hay respuestas.")
    page = build_summary_html(VisitSession(), library, ON, text, date_text="24 de noviembre de 2026")
    assert "Resumen para su visita" in page and "Fecha: 24 de noviembre de 2026" in page
    assert "Aún no hay respuestas." in page and "2026-11-24" not in page


def test_summary_html_defaults_to_english_wording(library: Library) -> None:
    page = summary_html(build_summary(filled(), library, ON))
    assert "<p>You ticked:</p>" in page
    assert page == build_summary_html(filled(), library, ON)


def test_content_text_is_escaped(library: Library) -> None:
    import dataclasses

    clinic = library.clinic._replace(name="<b>Clinic & Co</b>")
    page = build_summary_html(VisitSession(), dataclasses.replace(library, clinic=clinic), ON)
    assert "&lt;b&gt;Clinic &amp; Co&lt;/b&gt;" in page and "<b>Clinic" not in page


def test_summary_module_imports_no_qt() -> None:
    import subprocess

    code = "import sys, clinicapp.summary; print(any(m.startswith('PySide6') for m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_peg_note_is_shown_under_the_peg(library: Library) -> None:
    page = build_summary_html(filled(), library, ON)
    note = "PEG questions from Krebs and others, 2009."
    assert page.index("PEG score: 5.3") < page.index(note) < page.index("Treatments you want to compare")
    import dataclasses

    without = dataclasses.replace(library, checklist=dataclasses.replace(library.checklist, peg_note=""))
    assert 'class="footnote"' not in build_summary_html(filled(), without, ON)
