"""The hand-off layer without Qt: the visit note, FHIR resources and the compact form."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest

from clinicapp.content.loader import load_library
from clinicapp.handoff import compact, fhir
from clinicapp.handoff.note import INDENT, MAX_LINE, TIER_LABEL, listed, visit_note
from clinicapp.handoff.qr import QUIET_ZONE, make_symbol
from clinicapp.paths import bundled_content_dir
from clinicapp.session import VisitSession

REPO = Path(__file__).resolve().parents[2]
WHEN = dt.datetime(2026, 11, 30, 11, 52, tzinfo=dt.timezone(dt.timedelta(hours=-5)))


@pytest.fixture(scope="module", params=["en", "es"])
def bundled(request: pytest.FixtureRequest):
    result = load_library(bundled_content_dir() / request.param)
    return result.library


def everything(library) -> VisitSession:
    """Every box ticked: the longest note the content can make."""
    checklist = library.checklist
    session = VisitSession()
    session.checked_items |= {i.id for s in checklist.sections for i in s.items}
    session.regions |= {r.id for r in checklist.regions}
    session.warning_signs |= {w.id for w in checklist.warning_signs}
    session.duration = checklist.durations[-1].id
    for question, value in zip(checklist.peg, (7, 6, 5), strict=True):
        session.peg[question.id] = value
    return session


def some(library) -> VisitSession:
    checklist = library.checklist
    session = VisitSession()
    session.set_item(checklist.sections[0].items[1].id, True)
    session.set_region(checklist.regions[1].id, True)
    session.set_warning_sign("chest-pain", True)
    session.set_warning_sign("weight-loss", True)
    session.set_duration(checklist.durations[2].id)
    session.set_peg(checklist.peg[0].id, 8)
    return session


def test_note_lists_every_answer_warning_signs_first(library) -> None:
    session = VisitSession()
    checklist = library.checklist
    session.set_warning_sign(checklist.warning_signs[0].id, True)
    session.set_item(checklist.sections[0].items[0].id, True)
    for question, value in zip(checklist.peg, (4, 5, 6), strict=True):
        session.set_peg(question.id, value)
    note = visit_note(session, library, WHEN).splitlines()
    assert note[0] == "clinicapp 2026-11-30 11:52 in English"
    label = {"emergency": "EMERGENCY", "today": "URGENT"}[checklist.warning_signs[0].tier.value]
    assert note[1] == f"{label}: {checklist.warning_signs[0].id}"  # the fixture has no short codes: ids
    peg = ", ".join(f"{q.id} {v}" for q, v in zip(checklist.peg, (4, 5, 6), strict=True))
    assert f"PEG: {peg}; mean 5.0" in note
    assert f"{checklist.sections[0].id}: {checklist.sections[0].items[0].id}" in note


def test_note_names_both_tiers_plainly_emergency_first(library) -> None:
    """Read in a chart later, a tier line must not pass for a date (a bare "TODAY")."""
    session = VisitSession()
    by_tier = {s.tier.value: s.id for s in reversed(library.checklist.warning_signs)}
    for sign_id in by_tier.values():
        session.set_warning_sign(sign_id, True)
    note = visit_note(session, library, WHEN).splitlines()
    assert note[1:3] == [
        f"EMERGENCY: {by_tier['emergency']}",
        f"URGENT: {by_tier['today']}",
    ]


def test_note_says_when_nothing_was_answered(library) -> None:
    assert visit_note(VisitSession(), library, WHEN).splitlines()[1] == "No answers given."


def test_an_unfinished_peg_shows_its_blanks_and_no_mean(library) -> None:
    session = VisitSession()
    session.set_peg(library.checklist.peg[0].id, 8)
    assert "PEG: pain 8, enjoyment -, activity -; mean n/a" in visit_note(session, library, WHEN).splitlines()


def test_full_note_is_ascii_and_the_same_in_both_languages_but_the_language() -> None:
    notes = {}
    for language in ("en", "es"):
        library = load_library(bundled_content_dir() / language).library
        notes[language] = visit_note(everything(library), library, WHEN)
        assert notes[language].isascii()
    assert notes["en"].splitlines()[1:] == notes["es"].splitlines()[1:]
    assert notes["es"].splitlines()[0] == "clinicapp 2026-11-30 11:52 in Spanish"


def read_back(note: str) -> dict[str, list[str]]:
    """The note as a clinician reads it: label -> names, an indented line going on from the one above."""
    found: dict[str, list[str]] = {}
    label = ""
    for line in note.splitlines()[1:]:
        if line.startswith(INDENT):
            found[label] += line[len(INDENT) :].split(",")
        else:
            label, _, rest = line.partition(": ")
            found[label] = rest.split(",")
    return found


def test_worst_case_note_is_under_600_characters_in_lines_under_80(bundled) -> None:
    """Every box ticked, PEG 10s and the longest duration code: 597 characters today (855 with ids)."""
    checklist = bundled.checklist
    session = everything(bundled)
    session.duration = max(checklist.durations, key=lambda d: len(d.short or d.id)).id
    for question in checklist.peg:
        session.peg[question.id] = 10
    note = visit_note(session, bundled, WHEN)
    assert len(note) < 600, note
    assert max(len(line) for line in note.splitlines()) <= MAX_LINE, note
    # and nothing was dropped to get there: every answer is on its line, under its code
    lines = read_back(note)
    for tier, label in TIER_LABEL.items():
        assert lines[label] == [s.short or s.id for s in checklist.signs_in_tier(tier)]
    assert lines["Where"] == [r.short or r.id for r in checklist.regions]
    for section in checklist.sections:
        assert lines[section.short or section.id] == [i.short or i.id for i in section.items]
    assert ",".join(lines["PEG"]) == "pain 10, enjoyment 10, activity 10; mean 10.0"
    assert lines["Duration"] == [next(d.short or d.id for d in checklist.durations if d.id == session.duration)]
    codes = [r.short or r.id for r in (*checklist.items, *checklist.regions, *checklist.warning_signs)]
    assert all(code and "," not in code for code in codes)


def test_a_long_line_wraps_between_names_onto_indented_lines() -> None:
    names = [f"name{i:02}" for i in range(30)]
    lines = listed("Label", names)
    assert len(lines) > 1 and all(len(line) <= MAX_LINE for line in lines)
    assert lines[0].startswith("Label: name00,") and all(line.startswith(INDENT + "name") for line in lines[1:])
    assert read_back("head\n" + "\n".join(lines)) == {"Label": names}


def test_worst_case_note_stays_a_scannable_symbol(bundled) -> None:
    """Everything ticked: version 19 at M today (docs/HANDOFF.md; it was 23 before the short codes)."""
    note = visit_note(everything(bundled), bundled, WHEN)
    symbol = make_symbol(note)
    assert symbol.error in ("M", "Q", "H")
    assert symbol.version <= 20, (len(note), symbol.version)
    assert symbol.size == 17 + 4 * symbol.version + 2 * QUIET_ZONE
    assert not any(symbol.rows[0]) and not any(row[0] for row in symbol.rows)  # the quiet zone is light


def test_compact_round_trip_gives_the_same_response(bundled) -> None:
    for session in (everything(bundled), some(bundled), VisitSession()):
        text = compact.encode(session, bundled, WHEN)
        assert text.startswith("CA1:") and len(text) <= 40
        assert all(ch.isdigit() or ch.isupper() or ch == ":" for ch in text)  # QR alphanumeric mode
        assert compact.decode(text, bundled) == fhir.questionnaire_response(session, bundled, WHEN)
        back, when, language = compact.decode_session(text, bundled)
        assert (back.peg, back.regions, back.checked_items, back.warning_signs, back.duration) == (
            session.peg, session.regions, session.checked_items, session.warning_signs, session.duration,
        )  # fmt: skip
        assert when == WHEN and language == bundled.language


@pytest.mark.parametrize(
    ("mangle", "why"),
    [
        (lambda t: "XX1" + t[3:], "should start with CA1"),
        (lambda t: t[:4] + "AAAA" + t[8:], "another checklist"),
        (lambda t: t + "A", "characters of A-Z"),
        (lambda t: t[:-1] + "1", "characters of A-Z"),
    ],
)
def test_compact_refuses_what_it_cannot_read(library, mangle, why) -> None:
    text = compact.encode(some_fixture(library), library, WHEN)
    with pytest.raises(compact.CompactError, match=why):
        compact.decode(mangle(text), library)


def some_fixture(library) -> VisitSession:
    session = VisitSession()
    session.set_item(library.checklist.sections[0].items[0].id, True)
    session.set_peg(library.checklist.peg[0].id, 3)
    return session


def test_compact_refuses_an_impossible_peg_answer(library) -> None:
    session = some_fixture(library)
    text = compact.encode(session, library, WHEN)
    # PEG answer 3 -> 12 (binary 0011 -> 1100) in the bit string: the same length, an impossible value.
    c = compact.codes(library.checklist)
    head, payload = text.rsplit(":", 1)
    value = int("".join(f"{compact.BASE32.index(ch):05b}" for ch in payload), 2)
    shift = len(payload) * 5 - 35 - 4
    value = value & ~(0b1111 << shift) | (12 << shift)
    bits = f"{value:0{len(payload) * 5}b}"
    bad = "".join(compact.BASE32[int(bits[i : i + 5], 2)] for i in range(0, len(bits), 5))
    assert len(c.peg) == 3
    with pytest.raises(compact.CompactError, match="PEG answer 12"):
        compact.decode(f"{head}:{bad}", library)


def _validate(resource: dict):
    """Parse with fhir.resources' R4B models: the package ships R4B (4.3.0), STU3 and R5, not R4 (4.0.1).

    Questionnaire and QuestionnaireResponse did not change between R4 and R4B.
    """
    from fhir.resources.R4B.questionnaire import Questionnaire
    from fhir.resources.R4B.questionnaireresponse import QuestionnaireResponse

    model = {"Questionnaire": Questionnaire, "QuestionnaireResponse": QuestionnaireResponse}[resource["resourceType"]]
    return model.model_validate(resource)


def test_questionnaire_is_valid_fhir_with_peg_loinc_codes(bundled) -> None:
    resource = fhir.questionnaire(bundled)
    parsed = _validate(resource)
    assert parsed.language == bundled.language
    peg = next(i for i in parsed.item if i.linkId == "peg")
    assert [c.code for c in peg.code] == ["91148-7"]
    assert [(i.linkId, i.code[0].system, i.code[0].code) for i in peg.item] == [
        ("peg.pain", "http://loinc.org", "75893-8"),
        ("peg.enjoyment", "http://loinc.org", "91145-3"),
        ("peg.activity", "http://loinc.org", "91146-1"),
        ("peg.mean", "http://loinc.org", "91147-9"),
    ]
    warnings = next(i for i in parsed.item if i.linkId == "warnings")
    emergency = next(i for i in warnings.item if i.linkId == "warnings.emergency")
    assert "chest-pain" in [o.valueCoding.code for o in emergency.answerOption]
    regions = next(i for i in parsed.item if i.linkId == "regions")
    assert regions.repeats and [o.valueCoding.code for o in regions.answerOption] == [
        r.id for r in bundled.checklist.regions
    ]


def test_peg_loinc_codes_follow_the_question_id_not_its_position(bundled) -> None:
    """A content pack that lists the PEG in another order keeps each code on its own question;
    a PEG with other ids claims no LOINC code at all (a wrong code in a chart is worse than none)."""
    import dataclasses

    checklist = bundled.checklist
    reordered = dataclasses.replace(bundled, checklist=dataclasses.replace(checklist, peg=checklist.peg[::-1]))
    peg = next(i for i in _validate(fhir.questionnaire(reordered)).item if i.linkId == "peg")
    assert [(i.linkId, i.code[0].code) for i in peg.item] == [
        ("peg.activity", "91146-1"),
        ("peg.enjoyment", "91145-3"),
        ("peg.pain", "75893-8"),
        ("peg.mean", "91147-9"),
    ]
    renamed = tuple(dataclasses.replace(q, id=f"q{n}") for n, q in enumerate(checklist.peg))
    other = dataclasses.replace(bundled, checklist=dataclasses.replace(checklist, peg=renamed))
    resource = fhir.questionnaire(other)
    _validate(resource)
    assert "loinc.org" not in json.dumps(resource)


def test_response_is_valid_fhir_and_answers_only_what_was_asked(bundled) -> None:
    questionnaire = fhir.questionnaire(bundled)
    for session in (everything(bundled), some(bundled)):
        response = fhir.questionnaire_response(session, bundled, WHEN)
        parsed = _validate(response)
        assert parsed.questionnaire == f"{questionnaire['url']}|{questionnaire['version']}"
        assert response["authored"] == "2026-11-30T11:52:00-05:00"
        options = _options(questionnaire)
        for link_id, answer in _answers(response):
            if "valueCoding" in answer:
                assert answer["valueCoding"]["code"] in options[link_id]
    full = fhir.questionnaire_response(everything(bundled), bundled, WHEN)
    assert dict(_answers(full))["peg.mean"] == {"valueDecimal": 6.0}


def _options(item_holder: dict) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for item in item_holder.get("item", []):
        found[item["linkId"]] = {o["valueCoding"]["code"] for o in item.get("answerOption", [])}
        found.update(_options(item))
    return found


def _answers(item_holder: dict) -> list[tuple[str, dict]]:
    out = []
    for item in item_holder.get("item", []):
        out += [(item["linkId"], a) for a in item.get("answer", [])]
        out += _answers(item)
    return out


def test_the_handoff_layer_imports_no_qt() -> None:
    code = (
        "import json, sys\n"
        "import clinicapp.handoff.note, clinicapp.handoff.fhir, clinicapp.handoff.compact, clinicapp.handoff.qr\n"
        "print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] == 'PySide6')))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True)
    assert json.loads(done.stdout) == []
