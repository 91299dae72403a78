"""The comparison handout is pure HTML built from the library and the session's answers.

No Qt here: these run without a display. The golden file is the handout a
person would print for the fixture library; regenerate it after an intended
change with CLINICAPP_UPDATE_GOLDEN=1 and read the diff before committing.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import difflib
import html
import os
from pathlib import Path

from clinicapp.content.model import Library
from clinicapp.handout import HandoutText, build_handout

HERE = Path(__file__).resolve().parent
GOLDEN = HERE / "golden" / "handout.html"
ON = dt.date(2026, 11, 20)


def test_handout_matches_golden_file(library: Library) -> None:
    got = build_handout(library, ["stretching", "self-care"], {"avoid-needles": 3}, {"sure": False}, ON)
    if os.environ.get("CLINICAPP_UPDATE_GOLDEN"):
        GOLDEN.parent.mkdir(parents=True, exist_ok=True)
        GOLDEN.write_text(got, encoding="utf-8")
    expected = GOLDEN.read_text(encoding="utf-8")
    diff = "".join(
        difflib.unified_diff(
            expected.splitlines(keepends=True), got.splitlines(keepends=True), "golden/handout.html", "built"
        )
    )
    assert not diff, "handout differs from the golden file:\n" + diff


def test_handout_holds_every_therapy_question_and_clinic_line(library: Library) -> None:
    page = build_handout(library, ["self-care", "stretching"], {}, {}, ON)
    for therapy_id in ("self-care", "stretching"):
        therapy = library.therapy(therapy_id)
        assert html.escape(therapy.name) in page
        for source in therapy.sources:
            assert html.escape(source.title) in page and html.escape(source.publisher) in page
        assert therapy.last_reviewed.isoformat() in page
        for question in library.comparison.questions:
            assert html.escape(therapy.answer(question.id)) in page
    for question in library.comparison.questions:
        assert html.escape(question.label) in page
    for question in library.comparison.ask_care_team:
        assert html.escape(question) in page
    assert html.escape(library.clinic.name) in page
    assert html.escape(library.clinic.funding) in page
    assert html.escape(library.clinic.disclaimer) in page
    assert ON.isoformat() in page
    # One column per therapy, in the order picked.
    assert page.index(html.escape(library.therapy("self-care").name)) < page.index("Stretching")
    assert page.count('<th width="42%"') == 2


def test_offered_row_follows_the_clinic(library: Library) -> None:
    page = build_handout(library, ["stretching", "self-care"], {}, {}, ON)
    assert page.count("Yes, offered here") == 1
    assert page.count("Not offered here — ask about a referral") == 1
    none_offered = dataclasses.replace(library, clinic=library.clinic._replace(offered_therapies=()))
    page = build_handout(none_offered, ["stretching", "self-care"], {}, {}, ON)
    assert "Yes, offered here" not in page
    assert page.count("Not offered here — ask about a referral") == 2


def test_missing_answer_reads_ask_your_care_team(library: Library) -> None:
    stretching = library.therapy("stretching")
    answers = {k: v for k, v in stretching.answers.items() if k != "how_soon"}
    lacking = dataclasses.replace(stretching, answers=answers)
    others = tuple(t for t in library.therapies if t.id != "stretching")
    page = build_handout(
        dataclasses.replace(library, therapies=(lacking, *others)), ["stretching", "self-care"], {}, {}, ON
    )
    assert page.count("<td>Ask your care team</td>") == 1
    assert "<td></td>" not in page


def test_values_and_sure_only_when_given_and_never_reorder(library: Library) -> None:
    bare = build_handout(library, ["stretching", "self-care"], {}, {}, ON)
    assert "What matters to you" not in bare and "SURE" not in bare
    rated = build_handout(library, ["stretching", "self-care"], {"avoid-needles": 0}, {"sure": True}, ON)
    assert "Avoiding needles: <b>Not important</b>" in rated
    assert f"{html.escape(library.comparison.sure[0].label)} <b>Yes</b>" in rated
    # The grid part is byte for byte the same whatever the answers.
    assert bare.split("</table>")[0] == rated.split("</table>")[0]


def test_text_is_escaped_and_wording_comes_from_the_caller(library: Library) -> None:
    tricky = dataclasses.replace(library.therapy("stretching"), name="<b>Stretch & hold</b>")
    others = tuple(t for t in library.therapies if t.id != "stretching")
    text = HandoutText(title="Comparar opciones", offered_yes="Sí, aquí")
    page = build_handout(
        dataclasses.replace(library, therapies=(tricky, *others)), ["stretching", "self-care"], {}, {}, ON, text
    )
    assert "&lt;b&gt;Stretch &amp; hold&lt;/b&gt;" in page and "<b>Stretch" not in page
    assert '<p class="h1">Comparar opciones</p>' in page and "Sí, aquí" in page


def test_unknown_ids_are_skipped(library: Library) -> None:
    page = build_handout(library, ["stretching", "nope", "stretching", "self-care"], {}, {}, ON)
    assert page.count('<th width="42%"') == 2


def test_cost_row_sits_between_time_and_evidence(library: Library) -> None:
    page = build_handout(library, ["stretching", "self-care"], {}, {}, ON)
    assert (
        page.index("Time and visits needed")
        < page.index("Cost and insurance")
        < page.index("How sure is the evidence?")
    )
    assert page.count("No cost at home. Ask your plan about visits.") == 2


def test_certainty_is_shown_the_same_way_for_every_option(library: Library) -> None:
    page = build_handout(library, ["stretching", "self-care"], {}, {}, ON)
    assert (
        "Studies are small.<br><b>How sure the research is: Moderate</b>"
        "<br>More research may change what we know.<br>Source: Back pain</td>"
    ) in page
    assert (
        "Studies are small.<br><b>How sure the research is: Low</b>"
        "<br>More research is likely to change what we know.<br>Source: Back pain</td>"
    ) in page


def test_certainty_source_title_is_escaped(library: Library) -> None:
    therapy = library.therapy("self-care")
    sneaky = dataclasses.replace(therapy.sources[0], title="<b>Back</b> pain")
    changed = dataclasses.replace(library, therapies=(dataclasses.replace(therapy, sources=(sneaky,)),))
    page = build_handout(changed, ["self-care"], {}, {}, ON)
    assert "Source: &lt;b&gt;Back&lt;/b&gt; pain" in page and "<b>Back</b>" not in page


def test_sources_show_a_doi_or_pubmed_link_when_there_is_no_url(library: Library) -> None:
    therapy = library.therapy("self-care")
    by_doi = dataclasses.replace(therapy.sources[0], url="", doi="10.1002/14651858.CD000000")
    changed = dataclasses.replace(library, therapies=(dataclasses.replace(therapy, sources=(by_doi,)),))
    page = build_handout(changed, ["self-care"], {}, {}, ON)
    assert "(https://doi.org/10.1002/14651858.CD000000)" in page
