"""Content schema v2 (issue 14): one test per new rule, each failing without it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from clinicapp.content.loader import LoadResult, load_library
from clinicapp.content.model import (
    COMPARISON_QUESTION_IDS,
    Certainty,
    Severity,
    Source,
    WarningTier,
    fill_placeholders,
)
from clinicapp.content.readability import MAX_DALE_CHALL, dale_chall, is_familiar
from clinicapp.content.validate import validate

FIXTURE_EN = Path(__file__).resolve().parents[1] / "fixtures" / "content" / "en"
TODAY = dt.date(2026, 11, 1)


def text_of(relative: str) -> str:
    return (FIXTURE_EN / relative).read_text(encoding="utf-8")


KNOTS = text_of("topics/knots.yaml")
SELF_CARE = text_of("therapies/self-care.yaml")
CHECKLIST = text_of("checklist.yaml")
CLINIC = text_of("clinic.yaml")
COMPARISON = text_of("comparison.yaml")


def load(folder: Path) -> LoadResult:
    return load_library(folder, today=TODAY, display_root=folder.parent)


def replaced(text: str, old: str, new: str) -> str:
    assert old in text, f"fixture no longer holds {old!r}"
    return text.replace(old, new)


def line_of(text: str, needle: str) -> int:
    return text[: text.index(needle)].count("\n") + 1


def problems(make_content, relative: str, text: str) -> list:
    result = load(make_content({relative: text}))
    return [p for p in result.problems if p.file == f"en/{relative}"]


def only_error(make_content, relative: str, text: str):
    found = problems(make_content, relative, text)
    assert len(found) == 1, "\n".join(map(str, found))
    assert found[0].severity is Severity.ERROR
    return found[0]


# -- sources ----------------------------------------------------------------------

SOURCE_LINE = '  - {title: Back pain, publisher: NHS, url: "https://www.nhs.uk/conditions/back-pain/"}\n'


def test_source_without_url_doi_or_pmid_is_an_error(make_content) -> None:
    bad = replaced(KNOTS, 'publisher: Cleveland Clinic, url: "https://my.clevelandclinic.org/health/diseases/'
                   '12054-myofascial-pain-syndrome"}', "publisher: Cleveland Clinic}")  # fmt: skip
    problem = only_error(make_content, "topics/knots.yaml", bad)
    assert "no url, doi or pmid" in problem.message and "Myofascial pain syndrome" in problem.message
    assert problem.line == line_of(bad, "  - {title: Myofascial")


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [("doi", "doi:10.1002/x", "doi must start with '10.'"), ("pmid", "PMID19418100", "pmid must be digits only")],
)
def test_malformed_doi_or_pmid_is_an_error(make_content, field: str, value: str, message: str) -> None:
    bad = replaced(CHECKLIST, 'pmid: "19418100"', f'{field}: "{value}"')
    problem = only_error(make_content, "checklist.yaml", bad)
    assert message in problem.message and value in problem.message
    assert problem.line == line_of(bad, value)


def test_doi_and_pmid_alone_are_enough_and_load(make_content) -> None:
    doi_source = SOURCE_LINE.replace('url: "https://www.nhs.uk/conditions/back-pain/"', 'doi: "10.1002/14651858"')
    text = replaced(SELF_CARE, SOURCE_LINE, doi_source)
    text = replaced(text, 'source: "https://www.nhs.uk/conditions/back-pain/"', 'source: "10.1002/14651858"')
    result = load(make_content({"therapies/self-care.yaml": text}))
    assert result.problems == []
    source = result.library.therapy("self-care").sources[0]
    assert (source.url, source.doi, source.pmid) == ("", "10.1002/14651858", "")
    assert result.library.checklist.sources[0].pmid == "19418100"


def test_source_link_prefers_url_then_doi_then_pubmed() -> None:
    assert Source("t", "p", url="https://a.example/", doi="10.1/x", pmid="1").link == "https://a.example/"
    assert Source("t", "p", doi="10.1002/x.y", pmid="1").link == "https://doi.org/10.1002/x.y"
    assert Source("t", "p", pmid="19418100").link == "https://pubmed.ncbi.nlm.nih.gov/19418100/"
    assert Source("t", "p").link == ""


# -- review records ---------------------------------------------------------------


@pytest.mark.parametrize("relative", ["topics/knots.yaml", "therapies/self-care.yaml"])
@pytest.mark.parametrize("field", ["next_review", "reviewed_by"])
def test_next_review_and_reviewed_by_are_required(make_content, relative: str, field: str) -> None:
    original = text_of(relative)
    line = next(line for line in original.splitlines(keepends=True) if line.startswith(f"{field}:"))
    problem = only_error(make_content, relative, original.replace(line, ""))
    assert f"missing the required field '{field}'" in problem.message


@pytest.mark.parametrize("due", ["2026-09-15", "2026-09-01"])
def test_next_review_must_come_after_last_reviewed(make_content, due: str) -> None:
    bad = replaced(KNOTS, "next_review: 2028-09-15", f"next_review: {due}")
    problem = only_error(make_content, "topics/knots.yaml", bad)
    assert f"next_review {due} must be after last_reviewed 2026-09-15" in problem.message
    assert problem.line == line_of(bad, "next_review:")


def test_future_last_reviewed_is_an_error_for_therapies_too(make_content) -> None:
    bad = replaced(SELF_CARE, "last_reviewed: 2026-10-01", "last_reviewed: 2026-11-02")
    problem = only_error(make_content, "therapies/self-care.yaml", bad)
    assert "last_reviewed 2026-11-02 is in the future" in problem.message


def test_review_fields_reach_the_records() -> None:
    library = load(FIXTURE_EN).library
    topic, therapy = library.topic("knots"), library.therapy("self-care")
    assert topic.next_review == dt.date(2028, 9, 15) and topic.reviewed_by == "Content editor, test fixture"
    assert therapy.next_review == dt.date(2028, 10, 1) and therapy.reviewed_by == "Content editor, test fixture"


# -- cost and certainty ----------------------------------------------------------


def test_cost_is_a_comparison_question_between_time_and_evidence() -> None:
    ids = COMPARISON_QUESTION_IDS
    assert ids.index("cost") == ids.index("time_and_visits") + 1 == ids.index("evidence") - 1
    assert len(ids) == 12
    comparison = load(FIXTURE_EN).library.comparison
    assert [q.id for q in comparison.questions] == list(ids)


def test_therapy_without_a_cost_answer_is_warned(make_content) -> None:
    bad = replaced(SELF_CARE, "  cost: No cost at home. Ask your plan about visits.\n", "")
    [problem] = problems(make_content, "therapies/self-care.yaml", bad)
    assert problem.severity is Severity.WARNING and "'cost'" in problem.message


def test_comparison_without_a_cost_label_is_an_error(make_content) -> None:
    bad = replaced(COMPARISON, "  - {id: cost, label: Cost and insurance}\n", "")
    problem = only_error(make_content, "comparison.yaml", bad)
    assert "no label for comparison questions: cost" in problem.message


def test_certainty_is_required(make_content) -> None:
    block = 'certainty:\n  level: low\n  source: "https://www.nhs.uk/conditions/back-pain/"\n'
    problem = only_error(make_content, "therapies/self-care.yaml", replaced(SELF_CARE, block, ""))
    assert "missing the required field 'certainty'" in problem.message


def test_certainty_level_must_be_on_the_fixed_scale(make_content) -> None:
    bad = replaced(SELF_CARE, "  level: low\n", "  level: medium\n")
    problem = only_error(make_content, "therapies/self-care.yaml", bad)
    assert "certainty level 'medium' is not one of: high, moderate, low, very-low" in problem.message
    assert problem.line == line_of(bad, "  level: medium")


def test_certainty_source_must_be_one_of_the_files_sources(make_content) -> None:
    bad = replaced(SELF_CARE, '  source: "https://www.nhs.uk/conditions/back-pain/"', '  source: "10.1002/other"')
    problem = only_error(make_content, "therapies/self-care.yaml", bad)
    assert "certainty source '10.1002/other' is not the url, doi or pmid of any source" in problem.message
    assert problem.line == line_of(bad, "  source: ")


def test_certainty_reaches_the_record_with_its_source() -> None:
    therapy = load(FIXTURE_EN).library.therapy("self-care")
    assert therapy.certainty.level is Certainty.LOW
    assert therapy.certainty_source().title == "Back pain"


def test_certainty_levels_are_required_in_comparison(make_content) -> None:
    start = COMPARISON.index("certainty_levels:")
    problem = only_error(make_content, "comparison.yaml", COMPARISON[:start])
    assert "missing the required field 'certainty_levels'" in problem.message


def test_certainty_levels_must_be_the_four_in_order(make_content) -> None:
    high = '  - {id: high, label: High, meaning: "More research is very unlikely to change what we know."}\n'
    bad = replaced(COMPARISON, high, "") + high  # high moved to the end
    problem = only_error(make_content, "comparison.yaml", bad)
    assert "exactly high, moderate, low, very-low in this order" in problem.message


def test_certainty_level_needs_a_meaning(make_content) -> None:
    bad = replaced(COMPARISON, ', meaning: "More research may change what we know."', "")
    problem = only_error(make_content, "comparison.yaml", bad)
    assert "missing the required field 'meaning'" in problem.message


def test_certainty_levels_reach_the_comparison() -> None:
    comparison = load(FIXTURE_EN).library.comparison
    assert [c.id for c in comparison.certainty_levels] == list(Certainty)
    assert comparison.certainty_level(Certainty.VERY_LOW).label == "Very low"


# -- checklist: tiers, messages, placeholders, PEG note -----------------------------


def test_warning_sign_needs_a_tier(make_content) -> None:
    bad = replaced(CHECKLIST, "{id: fever, tier: today, text:", "{id: fever, text:")
    problem = only_error(make_content, "checklist.yaml", bad)
    assert "missing the required field 'tier'" in problem.message
    assert problem.line == line_of(bad, "{id: fever")


def test_warning_sign_tier_must_be_emergency_or_today(make_content) -> None:
    bad = replaced(CHECKLIST, "{id: fever, tier: today,", "{id: fever, tier: soon,")
    problem = only_error(make_content, "checklist.yaml", bad)
    assert "tier 'soon' is not one of: emergency, today" in problem.message


def test_old_single_warning_message_is_rejected(make_content) -> None:
    start, end = CHECKLIST.index("warning_messages:"), CHECKLIST.index("peg_note:")
    bad = CHECKLIST[:start] + "warning_message: Please tell the front desk now.\n" + CHECKLIST[end:]
    found = problems(make_content, "checklist.yaml", bad)
    messages = [p.message for p in found]
    assert any("unknown field 'warning_message'" in m for m in messages)
    assert any("missing the required field 'warning_messages'" in m for m in messages)


def test_both_tier_messages_are_required(make_content) -> None:
    bad = replaced(CHECKLIST, "  today: Please tell the front desk or a nurse today.\n", "")
    problem = only_error(make_content, "checklist.yaml", bad)
    assert "warning_messages is missing the required field 'today'" in problem.message


@pytest.mark.parametrize(
    ("old", "new", "what"),
    [
        ("Call {emergency_number} or", "Call {clinic_phone} or", "warning_messages.emergency"),
        ("Call or text {crisis_line} any time.", "Call {crisis} any time.", "warning sign 'self-harm'"),
    ],
)
def test_only_the_two_placeholders_are_allowed(make_content, old: str, new: str, what: str) -> None:
    bad = replaced(CHECKLIST, old, new)
    problem = only_error(make_content, "checklist.yaml", bad)
    assert "unknown placeholder" in problem.message and what in problem.message
    assert "{emergency_number}, {crisis_line}" in problem.message
    assert problem.line == line_of(bad, new)


def test_an_unmatched_brace_is_an_error(make_content) -> None:
    bad = replaced(CHECKLIST, "Call {emergency_number} or", "Call {emergency_number or")
    problem = only_error(make_content, "checklist.yaml", bad)
    assert "unmatched brace" in problem.message


def test_tiers_actions_messages_and_peg_note_reach_the_checklist() -> None:
    checklist = load(FIXTURE_EN).library.checklist
    assert [s.id for s in checklist.signs_in_tier(WarningTier.EMERGENCY)] == ["bladder", "self-harm"]
    assert [s.id for s in checklist.signs_in_tier(WarningTier.TODAY)] == ["fever"]
    assert checklist.signs_in_tier(WarningTier.EMERGENCY, {"fever", "self-harm"})[0].action == (
        "Call or text {crisis_line} any time."
    )
    groups = checklist.ticked_by_tier({"fever", "bladder"})
    assert [(tier, [s.id for s in signs]) for tier, signs in groups] == [
        (WarningTier.EMERGENCY, ["bladder"]),
        (WarningTier.TODAY, ["fever"]),
    ]
    assert [tier for tier, _ in checklist.ticked_by_tier({"fever"})] == [WarningTier.TODAY]
    assert checklist.warning_messages.for_tier(WarningTier.TODAY) == "Please tell the front desk or a nurse today."
    assert checklist.peg_note == "PEG questions from Krebs and others, 2009."


def test_fill_placeholders_uses_the_clinic_numbers() -> None:
    text = "Call {emergency_number}. Or text {crisis_line}. Keep {other} as is."
    assert fill_placeholders(text, "112", "024") == "Call 112. Or text 024. Keep {other} as is."
    clinic = load(FIXTURE_EN).library.clinic
    assert clinic.fill("Call {emergency_number} or {crisis_line}.") == "Call 911 or 988."


# -- clinic profile ---------------------------------------------------------------


@pytest.mark.parametrize("field", ["emergency_number", "crisis_line"])
def test_clinic_needs_emergency_number_and_crisis_line(make_content, field: str) -> None:
    line = next(line for line in CLINIC.splitlines(keepends=True) if line.startswith(f"{field}:"))
    problem = only_error(make_content, "clinic.yaml", CLINIC.replace(line, ""))
    assert f"missing the required field '{field}'" in problem.message


def test_clinic_sign_off_is_optional_and_needs_both_fields(make_content) -> None:
    assert not load(FIXTURE_EN).library.clinic.signed_off
    folder = make_content()
    only_name = CLINIC + "approved_by: Medical director, Dr. Test\n"
    (folder / "clinic.yaml").write_text(only_name, encoding="utf-8")
    result = load(folder)
    assert result.problems == [] and not result.library.clinic.signed_off
    (folder / "clinic.yaml").write_text(only_name + "approved_on: 2026-11-20\n", encoding="utf-8")
    clinic = load(folder).library.clinic
    assert clinic.signed_off and clinic.approved_on == dt.date(2026, 11, 20)
    (folder / "clinic.yaml").write_text(only_name + "approved_on: last week\n", encoding="utf-8")
    [bad] = load(folder).problems
    assert "'last week' is not a valid date" in bad.message


# -- the validator grades every patient-facing text ----------------------------------

HARD = (
    "Myofascial dysfunction necessitates comprehensive multidisciplinary evaluation incorporating "
    "musculoskeletal examination and psychological consideration of contributing comorbidities."
)


@pytest.mark.parametrize(
    ("relative", "old", "field"),
    [
        ("therapies/self-care.yaml", "  cost: No cost at home. Ask your plan about visits.", "answers.cost"),
        ("checklist.yaml", "  today: Please tell the front desk or a nurse today.", "warning_messages.today"),
        ("checklist.yaml", "{id: fever, tier: today, text: Fever with the pain}", "warning_signs.fever.text"),
        ("glossary.yaml", "definition: A tight, sore spot in a muscle.", "definition"),
        ("comparison.yaml", 'meaning: "More research may change what we know."', "certainty_levels.moderate.meaning"),
        ("checklist.yaml", "intro: Your answers stay on this screen only.", "intro"),
    ],
)
def test_every_patient_facing_field_is_graded(make_content, relative: str, old: str, field: str) -> None:
    if old.startswith("{"):
        new = old.replace("text: Fever with the pain", f'text: "{HARD}"')
    else:
        new = old.split(": ", 1)[0] + f': "{HARD}"'
    text = replaced(text_of(relative), old, new)
    root = make_content({relative: text}).parent
    report = validate(root, today=TODAY)
    assert report.ok
    [warning] = [p for p in report.problems if "reading grade" in p.message]
    assert warning.file == f"content/en/{relative}"
    assert warning.line == line_of(text, HARD)
    assert warning.message.startswith(f"{field}: reading grade")


def test_short_texts_are_not_graded(make_content) -> None:
    # Nine long words: a high grade, but below the 10-word floor.
    short = "Comprehensive multidisciplinary evaluation necessitates considerable interdisciplinary coordination today."
    bad = replaced(SELF_CARE, "  cost: No cost at home. Ask your plan about visits.", f"  cost: {short}")
    report = validate(make_content({"therapies/self-care.yaml": bad}).parent, today=TODAY)
    assert report.readability["en:therapy/self-care:answers.cost:fk"] > 8
    assert not [p for p in report.problems if "reading grade" in p.message]


def test_dale_chall_folds_inflections_that_textstat_counts_as_hard() -> None:
    import textstat

    for word in ("needed", "stretching", "helps", "easiest", "walked", "hopping", "hoped", "nicer", "sadly"):
        assert is_familiar(word), word
        assert textstat.is_difficult_word(word, 0), f"textstat now folds {word!r}: revisit the project's version"
    for word in ("dysfunction", "comorbidities", "musculoskeletal"):
        assert not is_familiar(word)
    text = "It needed helps. Stretching helped them."
    assert dale_chall([text]).hard == ()


def test_dale_chall_counts_glossary_terms_as_known() -> None:
    text = "A trigger point is a sore spot. Trigger points can hurt."
    assert "trigger" in dale_chall([text]).hard
    assert dale_chall([text], known_terms=["trigger point", "trigger points"]).hard == ()


def test_dale_chall_warning_names_the_hard_words_with_their_lines(make_content) -> None:
    hard = "Pain from comorbidities or neuropathy you feel away from its dysfunction."
    bad = replaced(text_of("glossary.yaml"), "Pain you feel in a place away from where it starts.", hard)
    report = validate(make_content({"glossary.yaml": bad}).parent, today=TODAY)
    [warning] = [p for p in report.problems if "Dale-Chall" in p.message]
    assert report.readability["en:glossary/referred-pain:dale_chall"] > MAX_DALE_CHALL
    assert warning.message.startswith("glossary/referred-pain: word difficulty (Dale-Chall)")
    assert f"comorbidities (line {line_of(bad, hard)})" in warning.message
    assert "dysfunction" in warning.message


def test_spanish_fields_are_graded_with_spanish_formulas(make_content, tmp_path: Path) -> None:
    import textstat

    make_content()
    spanish = make_content(language="es")
    hard = (
        "La disfuncionalidad miofascial necesita evaluaciones multidisciplinarias exhaustivas, "
        "incorporando consideraciones psicológicas, neurológicas y musculoesqueléticas simultáneamente."
    )
    path = spanish / "therapies" / "self-care.yaml"
    path.write_text(
        replaced(SELF_CARE, "  cost: No cost at home. Ask your plan about visits.", f"  cost: {hard}"), encoding="utf-8"
    )
    textstat.set_lang("en_US")
    report = validate(tmp_path / "content", today=TODAY)
    assert textstat.textstat._textstatistics__lang == "en_US"  # the global language is put back
    [warning] = [p for p in report.problems if p.file == "es/therapies/self-care.yaml" and "cost" in p.message]
    assert warning.message.startswith("answers.cost: hard to read (Fernández-Huerta")
    assert report.readability["es:therapy/self-care:answers.cost:fernandez_huerta"] < 60
    assert report.readability["es:therapy/self-care:answers.cost:szigriszt_pazos"] < 55
    assert "es:therapy/self-care:dale_chall" not in report.readability  # Dale-Chall is English only


def test_a_date_with_a_time_is_not_a_review_date(make_content) -> None:
    """`last_reviewed: 2026-11-30 10:00` would be a datetime, which cannot be compared with next_review."""
    original = text_of("topics/knots.yaml")
    line = next(row for row in original.splitlines() if row.startswith("last_reviewed:"))
    problem = only_error(make_content, "topics/knots.yaml", original.replace(line, line + " 10:00:00"))
    assert "is not a valid date" in problem.message
