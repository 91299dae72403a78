"""The clinic's emergency number and crisis line reach every article, and graded text is what patients read."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from clinicapp.content.loader import load_library
from clinicapp.content.model import with_clinic_numbers
from clinicapp.content.validate import validate

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "content" / "en"
BODY = "A knot is a tight band in a muscle. Stretching may help some people."


def test_articles_and_answers_get_the_clinic_numbers(make_content):
    knots = (FIXTURE / "topics" / "knots.yaml").read_text(encoding="utf-8")
    folder = make_content(
        {"topics/knots.yaml": knots.replace(BODY, "If it is an emergency, call {emergency_number} or {crisis_line}.")}
    )
    result = load_library(folder)
    assert not result.errors, result.errors
    library = dataclasses.replace(
        result.library, clinic=result.library.clinic._replace(emergency_number="112", crisis_line="024")
    )
    filled = with_clinic_numbers(library)
    assert "call 112 or 024." in filled.topic("knots").body
    assert "{" not in "".join(t.body for t in filled.topics)
    assert all("{" not in a for t in filled.therapies for a in t.answers.values())


def test_settings_numbers_reach_the_articles(make_content):
    from clinicapp.app import apply_clinic_settings
    from clinicapp.config import Config

    knots = (FIXTURE / "topics" / "knots.yaml").read_text(encoding="utf-8")
    folder = make_content({"topics/knots.yaml": knots.replace(BODY, "Call {emergency_number} now.")})
    library, _notes = apply_clinic_settings(load_library(folder).library, Config(emergency_number="000"))
    assert "Call 000 now." in with_clinic_numbers(library).topic("knots").body


def test_an_unknown_placeholder_in_a_body_or_answer_is_an_error(make_content):
    knots = (FIXTURE / "topics" / "knots.yaml").read_text(encoding="utf-8")
    folder = make_content({"topics/knots.yaml": knots.replace(BODY, "Call {emergency_numbr} now.")})
    # The topic is skipped (its links then dangle); the cause is named where it is.
    (problem,) = [p for p in load_library(folder).errors if "placeholder" in p.message]
    assert "unknown placeholder '{emergency_numbr}' in the body" in problem.message
    assert problem.file.endswith("knots.yaml") and problem.line == 6


def test_graded_text_has_the_numbers_filled_in(make_content):
    knots = (FIXTURE / "topics" / "knots.yaml").read_text(encoding="utf-8")
    sentence = "Call {emergency_number} now. Then call {crisis_line} now. Then sit down and rest a bit."
    folder = make_content({"topics/knots.yaml": knots.replace(BODY, sentence)})
    graded = validate(folder).readability["en:topic/knots:body:fk"]
    (folder / "topics" / "knots.yaml").write_text(
        knots.replace(BODY, sentence.format(emergency_number="911", crisis_line="988")), encoding="utf-8"
    )
    assert graded == validate(folder).readability["en:topic/knots:body:fk"]


def test_the_verbatim_peg_is_graded_but_never_warned_about(make_content):
    checklist = (FIXTURE / "checklist.yaml").read_text(encoding="utf-8")
    hard = (  # ten words or more, so it is graded
        "Notwithstanding considerable interindividual heterogeneity, physicians characterize "
        "generalized musculoskeletal interference bidirectionally"
    ).replace(",", "")
    folder = make_content({"checklist.yaml": checklist.replace("Your pain on average in the past week", hard)})
    report = validate(folder)
    assert report.readability["en:checklist:peg.pain.text:fk"] > 8
    assert not [p for p in report.problems if "peg." in p.message]
    (folder / "checklist.yaml").write_text(checklist.replace("New trouble with bladder or bowels", hard), "utf-8")
    report = validate(folder)
    assert any("reading grade" in p.message for p in report.problems)
