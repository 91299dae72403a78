"""The optional `short:` codes in checklist.yaml: what the visit note calls each answer (docs/HANDOFF.md)."""

from __future__ import annotations

from pathlib import Path

import pytest

from clinicapp.content.loader import load_library
from clinicapp.content.model import Severity
from clinicapp.content.validate import validate

FIXTURE = (Path(__file__).resolve().parents[1] / "fixtures" / "content" / "en" / "checklist.yaml").read_text(
    encoding="utf-8"
)
ITEM = "{id: knot, text: A sore knot in a muscle}"


def with_codes(knot: str = "knot", deep_ache: str = "ache") -> str:
    """The fixture checklist with a code on both items, one section, a region, a duration and a sign."""
    text = FIXTURE.replace(ITEM, f'{{id: knot, text: A sore knot in a muscle, short: "{knot}"}}')
    text = text.replace("topics: [muscle-pain]}", f'topics: [muscle-pain], short: "{deep_ache}"}}')
    text = text.replace("  - id: notice\n", '  - id: notice\n    short: "Symptoms"\n')
    text = text.replace("{id: lower-back, label: Lower back}", '{id: lower-back, label: Lower back, short: "low back"}')
    text = text.replace("{id: long, label: More than a year}", '{id: long, label: More than a year, short: ">1yr"}')
    return text.replace(
        "text: New trouble with bladder or bowels}", 'text: New trouble with bladder or bowels, short: "bladder/bowel"}'
    )


def test_codes_reach_the_records_and_absent_ones_stay_empty(make_content) -> None:
    result = load_library(make_content({"checklist.yaml": with_codes()}))
    assert not result.problems, result.problems
    checklist = result.library.checklist
    assert [i.short for i in checklist.items] == ["ache", "knot"]
    assert checklist.sections[0].short == "Symptoms"
    assert [r.short for r in checklist.regions] == ["", "low back", "", ""]
    assert [d.short for d in checklist.durations] == ["", ">1yr"]
    assert [s.short for s in checklist.warning_signs] == ["bladder/bowel", "", ""]


@pytest.mark.parametrize(
    ("knot", "deep_ache", "message"),
    [
        (
            "a very long knot code",
            "ache",
            "short code 'a very long knot code' of checklist item 'knot' is longer than 14",
        ),
        ("knot,lump", "ache", "may use only ASCII letters, digits, spaces and / + < > . - (no commas)"),
        ("nudo doloroso", "ache", None),  # fine: plain ASCII words
        ("nudo dolorído", "ache", "may use only ASCII letters"),
        ("-knot", "ache", "may use only ASCII letters"),  # must start with a letter, digit, < or >
        (
            "ACHE",
            "ache",
            "short code 'ACHE' of checklist item 'knot' is already the code of checklist item 'deep-ache'",
        ),
    ],
)
def test_a_bad_code_is_reported_at_its_line_and_the_item_keeps_loading(make_content, knot, deep_ache, message) -> None:
    text = with_codes(knot, deep_ache)
    result = load_library(make_content({"checklist.yaml": text}))
    checklist = result.library.checklist
    assert checklist is not None and [i.id for i in checklist.items] == ["deep-ache", "knot"]
    if message is None:
        assert not result.problems and checklist.items[1].short == knot
        return
    [problem] = result.problems
    assert (
        problem.file.endswith("en/checklist.yaml")
        and message in problem.message
        and problem.severity is Severity.WARNING
    )
    assert problem.line == text[: text.index(f'short: "{knot}"')].count("\n") + 1
    assert checklist.items[1].short == ""  # the note falls back to the id


def test_every_language_must_carry_the_same_codes(tmp_path, make_content) -> None:
    """The note is English whatever the patient read: a Spanish file with other codes would chart differently."""
    make_content({"checklist.yaml": with_codes()})
    spanish = make_content({"checklist.yaml": with_codes(knot="nudo")}, language="es")
    assert spanish.parent == tmp_path / "content"
    problems = [p for p in validate(tmp_path / "content").problems if "visit-note code" in p.message]
    assert sorted(p.message for p in problems) == [
        "visit-note code 'knot=knot' is in en but missing in es",
        "visit-note code 'knot=nudo' is in es but not in en",
    ]


def test_bundled_languages_carry_the_same_codes_for_every_answer() -> None:
    """Every answer of the bundled checklist has a code or an id short enough, the same in en and es."""
    from clinicapp.paths import bundled_content_dir

    codes = {}
    for language in ("en", "es"):
        checklist = load_library(bundled_content_dir() / language).library.checklist
        records = [*checklist.sections, *checklist.items, *checklist.regions, *checklist.durations]
        codes[language] = [(r.id, r.short) for r in [*records, *checklist.warning_signs]]
        assert all(len(short or id_) <= 14 for id_, short in codes[language])
    assert codes["en"] == codes["es"]
