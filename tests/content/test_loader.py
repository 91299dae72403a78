"""The loader: the fixture library, field checks, references, dates and warnings."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from clinicapp.content.loader import LoadResult, load_library
from clinicapp.content.model import Problem, Severity

FIXTURE_EN = Path(__file__).resolve().parents[1] / "fixtures" / "content" / "en"
TODAY = dt.date(2026, 11, 1)  # after every last_reviewed in the fixture, before every next_review

KNOTS = (FIXTURE_EN / "topics" / "knots.yaml").read_text(encoding="utf-8")
MUSCLE_PAIN = (FIXTURE_EN / "topics" / "muscle-pain.yaml").read_text(encoding="utf-8")
SELF_CARE = (FIXTURE_EN / "therapies" / "self-care.yaml").read_text(encoding="utf-8")


def load(folder: Path, today: dt.date = TODAY) -> LoadResult:
    return load_library(folder, today=today, display_root=folder.parent)


def replaced(text: str, old: str, new: str) -> str:
    assert old in text, f"fixture no longer holds {old!r}"
    return text.replace(old, new)


def position_of(text: str, needle: str) -> tuple[int, int]:
    """1-based line and column of the first needle in text."""
    offset = text.index(needle)
    return text.count("\n", 0, offset) + 1, offset - (text.rfind("\n", 0, offset) + 1) + 1


def problems_in(result: LoadResult, relative: str) -> list[Problem]:
    return [p for p in result.problems if p.file == f"en/{relative}"]


def only_problem(result: LoadResult, relative: str) -> Problem:
    found = problems_in(result, relative)
    assert len(found) == 1, "\n".join(map(str, result.problems))
    return found[0]


# -- the fixture library ---------------------------------------------------------


def test_fixture_loads_with_no_problems() -> None:
    result = load(FIXTURE_EN)
    assert result.problems == []
    assert result.files_read == 9
    assert result.library.language == "en"


def test_fixture_counts() -> None:
    library = load(FIXTURE_EN).library
    assert len(library.topics) == 2
    assert len(library.therapies) == 2
    assert len(library.glossary) == 2
    assert library.checklist is not None and len(library.checklist.items) == 2
    assert len(library.checklist.peg) == 3
    assert [c.id for c in library.categories] == ["understanding", "treatment"]
    assert library.comparison is not None and len(library.comparison.questions) == 12
    assert library.clinic.name == "Test Clinic"


def test_records_are_frozen() -> None:
    library = load(FIXTURE_EN).library
    records = [
        (library.topic("knots"), "title"),
        (library.therapy("stretching"), "name"),
        (library.term("trigger-point"), "definition"),
        (library.clinic, "name"),
        (library.checklist, "intro"),
        (library.comparison, "default_pair"),
        (library.topic("knots").sources[0], "url"),
        (library, "topics"),
    ]
    for record, attribute in records:
        with pytest.raises(AttributeError):  # dataclasses.FrozenInstanceError is one too
            setattr(record, attribute, "changed")
    assert library.topic("knots").title == "Knots in a muscle"
    assert isinstance(library.topics, tuple) and isinstance(library.topic("knots").related_topics, tuple)


def test_library_lookups() -> None:
    library = load(FIXTURE_EN).library
    assert library.topic("knots").title == "Knots in a muscle"
    assert library.topic("nope") is None
    assert library.therapy("self-care").name == "No change / self-care at home"
    assert library.therapy("knots") is None  # a topic id is not a therapy id
    assert library.term("referred-pain").term == "referred pain"
    assert library.term("nope") is None
    # Sorted by order, not by file name or title.
    assert [t.id for t in library.topics_in("understanding")] == ["muscle-pain", "knots"]
    assert library.topics_in("treatment") == ()
    assert library.topics_in("nope") == ()
    assert library.is_offered("stretching")
    assert not library.is_offered("self-care")
    assert not library.is_offered("nope")


def test_fixture_values_are_typed() -> None:
    library = load(FIXTURE_EN).library
    topic = library.topic("muscle-pain")
    assert topic.order == 1
    assert topic.last_reviewed == dt.date(2026, 10, 1)
    assert topic.related_topics == ("knots",)
    assert topic.terms == ("trigger-point", "referred-pain")
    assert topic.sources[0].year == 2024 and topic.sources[0].url == "https://www.mayoclinic.org/"
    therapy = library.therapy("stretching")
    assert therapy.kind.value == "non-drug"
    assert therapy.answer("evidence") == "Studies are small."
    assert library.term("trigger-point").spellings == ("trigger points", "trigger point")


# -- problem reporting --------------------------------------------------------------


def test_problem_string_is_path_line_column_message() -> None:
    error = Problem("en/topics/knots.yaml", 3, 7, Severity.ERROR, "something is wrong")
    assert str(error) == "en/topics/knots.yaml:3:7: something is wrong"
    warning = Problem("en/topics/knots.yaml", 4, 1, Severity.WARNING, "look at this")
    assert str(warning) == "en/topics/knots.yaml:4:1: warning: look at this"


def test_every_problem_has_file_line_column_and_a_message(make_content) -> None:
    bad = replaced(KNOTS, "title: Knots in a muscle", "title: [a, b]")
    result = load(make_content({"topics/knots.yaml": bad}))
    problem = only_problem(result, "topics/knots.yaml")
    assert (problem.file, problem.line, problem.column) == ("en/topics/knots.yaml", 2, 8)
    assert "'title'" in problem.message and "list" in problem.message
    assert str(problem).startswith("en/topics/knots.yaml:2:8: ")
    for p in result.problems:
        assert p.file and p.line >= 1 and p.column >= 1 and p.message.strip()


def test_every_problem_in_a_file_is_reported_not_just_the_first(make_content) -> None:
    bad = replaced(KNOTS, "title: Knots in a muscle", "title: [a, b]")  # wrong type, line 2
    bad = replaced(bad, "order: 2", "order: second")  # wrong type, line 5
    bad += "colour: red\n"  # unknown field, line 13
    found = problems_in(load(make_content({"topics/knots.yaml": bad})), "topics/knots.yaml")
    assert [(p.line, p.severity) for p in found] == [(2, Severity.ERROR), (5, Severity.ERROR), (13, Severity.ERROR)]
    assert "'title'" in found[0].message
    assert "'order'" in found[1].message
    assert "'colour'" in found[2].message


def test_yaml_syntax_error_has_its_line_and_column(make_content) -> None:
    bad = replaced(KNOTS, "order: 2", "order: [2")  # the flow list never closes
    problem = only_problem(load(make_content({"topics/knots.yaml": bad})), "topics/knots.yaml")
    assert problem.message.startswith("YAML syntax error")
    # Where the problem starts (the "[" on line 5), not where the parser gave up ("body:" on line 6).
    assert (problem.line, problem.column) == (5, 8)


def test_unterminated_quote_is_a_syntax_error(make_content) -> None:
    bad = 'id: knots\ntitle: "never closed\n'
    problem = only_problem(load(make_content({"topics/knots.yaml": bad})), "topics/knots.yaml")
    assert "YAML syntax error" in problem.message
    assert (problem.line, problem.column) == (2, 8)  # the opening quote, not the end of the file


def test_title_as_a_list_is_a_type_error(make_content) -> None:
    bad = replaced(KNOTS, "title: Knots in a muscle", "title:\n  - Knots\n  - in a muscle")
    result = load(make_content({"topics/knots.yaml": bad}))
    problem = only_problem(result, "topics/knots.yaml")
    assert "'title' in a topic must be text, not a list" in problem.message
    assert (problem.line, problem.column) == (3, 3)
    assert result.library.topic("knots") is None


def test_order_as_text_is_a_type_error(make_content) -> None:
    bad = replaced(KNOTS, "order: 2", "order: second")
    problem = only_problem(load(make_content({"topics/knots.yaml": bad})), "topics/knots.yaml")
    assert "'order' in a topic must be a whole number" in problem.message
    assert "second" in problem.message
    assert (problem.line, problem.column) == (5, 8)


def test_missing_required_field(make_content) -> None:
    bad = replaced(KNOTS, "summary: Why a muscle can feel knotted.\n", "")
    result = load(make_content({"topics/knots.yaml": bad}))
    problem = only_problem(result, "topics/knots.yaml")
    assert "missing the required field 'summary'" in problem.message
    assert result.library.topic("knots") is None


def test_unknown_key(make_content) -> None:
    bad = KNOTS + "colour: red\n"
    problem = only_problem(load(make_content({"topics/knots.yaml": bad})), "topics/knots.yaml")
    assert "unknown field 'colour'" in problem.message
    assert problem.line == 13


def test_duplicate_yaml_key(make_content) -> None:
    bad = KNOTS + "title: A second title\n"
    problem = only_problem(load(make_content({"topics/knots.yaml": bad})), "topics/knots.yaml")
    assert problem.message == "duplicate key 'title' (first given on line 2)"
    assert (problem.line, problem.column) == (13, 1)


def test_duplicate_glossary_term_ids(make_content) -> None:
    glossary = (FIXTURE_EN / "glossary.yaml").read_text(encoding="utf-8")
    glossary += "  - id: trigger-point\n    term: trigger spot\n    definition: Same id again.\n"
    result = load(make_content({"glossary.yaml": glossary}))
    problem = only_problem(result, "glossary.yaml")
    assert "duplicate" in problem.message and "'trigger-point'" in problem.message
    assert problem.line == 9
    # The first definition wins; the duplicate is not added.
    assert len(result.library.glossary) == 2
    assert result.library.term("trigger-point").term == "trigger point"


def test_topic_id_must_match_file_name(make_content) -> None:
    result = load(make_content({"topics/knots.yaml": replaced(KNOTS, "id: knots", "id: knotty")}))
    problem = only_problem(result, "topics/knots.yaml")
    assert "knotty" in problem.message and "knots.yaml" in problem.message


# -- references to ids that do not exist -------------------------------------------

DANGLING = [
    pytest.param(
        "topics/muscle-pain.yaml",
        MUSCLE_PAIN,
        "related_topics: [knots]",
        "related_topics: [knots, nope]",
        "unknown topic id 'nope'",
        lambda lib: lib.topic("muscle-pain").related_topics == ("knots",),
        id="related_topics",
    ),
    pytest.param(
        "topics/muscle-pain.yaml",
        MUSCLE_PAIN,
        "related_therapies: [stretching]",
        "related_therapies: [stretching, nope]",
        "unknown therapy id 'nope'",
        lambda lib: lib.topic("muscle-pain").related_therapies == ("stretching",),
        id="related_therapies",
    ),
    pytest.param(
        "topics/muscle-pain.yaml",
        MUSCLE_PAIN,
        "terms: [trigger-point, referred-pain]",
        "terms: [trigger-point, nope, referred-pain]",
        "unknown term id 'nope'",
        lambda lib: lib.topic("muscle-pain").terms == ("trigger-point", "referred-pain"),
        id="terms",
    ),
    pytest.param(
        "therapies/self-care.yaml",
        SELF_CARE,
        "topic: knots",
        "topic: nope",
        "unknown topic id 'nope'",
        lambda lib: lib.therapy("self-care").topic == "",
        id="therapy-topic",
    ),
    pytest.param(
        "checklist.yaml",
        (FIXTURE_EN / "checklist.yaml").read_text(encoding="utf-8"),
        "topics: [muscle-pain]",
        "topics: [muscle-pain, nope]",
        "unknown topic id 'nope'",
        lambda lib: lib.checklist.items[0].topics == ("muscle-pain",),
        id="checklist-item-topics",
    ),
    pytest.param(
        "clinic.yaml",
        (FIXTURE_EN / "clinic.yaml").read_text(encoding="utf-8"),
        "offered_therapies: [stretching]",
        "offered_therapies: [stretching, nope]",
        "unknown therapy id 'nope'",
        lambda lib: lib.clinic.offered_therapies == ("stretching",) and lib.clinic.name == "Test Clinic",
        id="clinic-offered_therapies",
    ),
    pytest.param(
        "comparison.yaml",
        (FIXTURE_EN / "comparison.yaml").read_text(encoding="utf-8"),
        "default_pair: [stretching, self-care]",
        "default_pair: [stretching, nope]",
        "unknown therapy id 'nope'",
        lambda lib: lib.comparison.default_pair == ("stretching",),
        id="comparison-default_pair",
    ),
]


@pytest.mark.parametrize(("relative", "original", "old", "new", "message", "dropped"), DANGLING)
def test_dangling_reference_is_reported_and_dropped(
    make_content, relative, original, old, new, message, dropped
) -> None:
    text = replaced(original, old, new)
    result = load(make_content({relative: text}))
    where = position_of(text, "nope")
    problem = only_problem(result, relative)
    assert problem.message == message
    assert problem.severity is Severity.ERROR
    assert (problem.line, problem.column) == where
    assert len(result.problems) == 1
    # The record still loads; only the reference that leads nowhere is gone.
    assert dropped(result.library)
    assert len(result.library.topics) == 2 and len(result.library.therapies) == 2


# -- dates --------------------------------------------------------------------------


@pytest.mark.parametrize("date", ["2026-13-45", "yesterday", "2026-02-30", "15/10/2026"])
def test_malformed_date(make_content, date: str) -> None:
    bad = replaced(KNOTS, "last_reviewed: 2026-09-15", f"last_reviewed: {date}")
    result = load(make_content({"topics/knots.yaml": bad}))
    problem = only_problem(result, "topics/knots.yaml")
    assert f"'{date}' is not a valid date" in problem.message
    assert (problem.line, problem.column) == (10, 16)
    assert result.library.topic("knots") is None


def test_future_last_reviewed_is_an_error(make_content) -> None:
    bad = replaced(KNOTS, "last_reviewed: 2026-09-15", "last_reviewed: 2026-11-02")
    result = load(make_content({"topics/knots.yaml": bad}))  # TODAY is 2026-11-01
    problem = only_problem(result, "topics/knots.yaml")
    assert problem.severity is Severity.ERROR
    assert "in the future" in problem.message and "2026-11-02" in problem.message
    assert (problem.line, problem.column) == (10, 16)


def test_reviewed_today_is_fine(make_content) -> None:
    good = replaced(KNOTS, "last_reviewed: 2026-09-15", f"last_reviewed: {TODAY.isoformat()}")
    assert load(make_content({"topics/knots.yaml": good})).problems == []


# -- a bad file is skipped, the rest loads --------------------------------------------


def test_bad_topic_is_skipped_and_the_rest_loads(make_content) -> None:
    result = load(make_content({"topics/knots.yaml": "id: knots\ntitle: [unclosed\n"}))
    library = result.library
    assert library.topic("knots") is None
    assert library.topic("muscle-pain") is not None
    assert [t.id for t in library.therapies] == ["self-care", "stretching"]
    assert len(library.glossary) == 2 and library.checklist is not None and library.comparison is not None
    assert problems_in(result, "topics/knots.yaml")
    assert all(p.severity is Severity.ERROR for p in result.problems)


def test_missing_single_file_is_reported(make_content) -> None:
    result = load(make_content({"glossary.yaml": None}))
    problem = only_problem(result, "glossary.yaml")
    assert problem.message == "missing file: glossary.yaml"
    assert len(result.library.topics) == 2


# -- warnings, not errors -------------------------------------------------------------


def test_passed_next_review_is_a_warning() -> None:
    late = dt.date(2028, 9, 16)  # the day after knots' next_review (the earliest in the fixture)
    result = load(FIXTURE_EN, today=late)
    assert result.errors == []
    problem = only_problem(result, "topics/knots.yaml")
    assert problem.severity is Severity.WARNING
    assert "next_review 2028-09-15 has passed" in problem.message
    assert (problem.line, problem.column) == (11, 14)
    assert result.library.topic("knots") is not None  # a warning does not drop the record
    # On the day itself it is still fine.
    assert problems_in(load(FIXTURE_EN, today=dt.date(2028, 9, 15)), "topics/knots.yaml") == []


def test_therapy_missing_an_answer_is_a_warning(make_content) -> None:
    bad = replaced(SELF_CARE, "  evidence: Studies are small.\n", "")
    result = load(make_content({"therapies/self-care.yaml": bad}))
    problem = only_problem(result, "therapies/self-care.yaml")
    assert problem.severity is Severity.WARNING
    assert "'evidence'" in problem.message
    assert result.errors == []
    therapy = result.library.therapy("self-care")
    assert therapy is not None and therapy.answer("evidence") is None
    assert therapy.answer("what_it_is") == "It is self-care."


def test_therapy_answers_cannot_be_changed_in_place():
    from pathlib import Path

    from clinicapp.content.loader import load_library

    library = load_library(Path(__file__).resolve().parent.parent / "fixtures" / "content" / "en").library
    with pytest.raises(TypeError):
        library.therapies[0].answers["what_it_is"] = "changed"  # type: ignore[index]
