"""Search that forgives (issue 16): misspellings, everyday words, one result per subject, clean snippets."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from clinicapp.content.loader import load_library
from clinicapp.content.model import (
    Clinic,
    GlossaryTerm,
    Library,
    Severity,
    Source,
    Synonym,
    Therapy,
    TherapyKind,
    Topic,
)
from clinicapp.content.search import SearchIndex, reader_text
from clinicapp.content.validate import validate

CONTENT = Path(__file__).resolve().parents[2] / "content"
CLINIC = Clinic(name="Test clinic", contact="555-0100", offered_therapies=(), disclaimer="-", funding="-")
SOURCES = (Source(title="A source", publisher="A publisher", url="https://example.org/"),)
REVIEWED = dt.date(2026, 1, 1)


def topic(topic_id: str, title: str, body: str = "Nothing here.", summary: str = "A summary.", **kw) -> Topic:
    return Topic(
        id=topic_id, title=title, summary=summary, category="c", body=body, sources=SOURCES,
        last_reviewed=REVIEWED, **kw,
    )  # fmt: skip


def therapy(therapy_id: str, name: str, topic_id: str = "", summary: str = "A summary.") -> Therapy:
    return Therapy(
        id=therapy_id, name=name, kind=TherapyKind.INJECTION, summary=summary,
        answers={"how_given": "A nurse gives it."}, sources=SOURCES, last_reviewed=REVIEWED, topic=topic_id,
    )  # fmt: skip


def library(topics=(), therapies=(), glossary=(), synonyms=(), language: str = "en") -> Library:
    return Library(
        language=language, clinic=CLINIC, topics=tuple(topics), therapies=tuple(therapies),
        glossary=tuple(glossary), synonyms=tuple(synonyms),
    )  # fmt: skip


@pytest.fixture(scope="module")
def bundled() -> dict[str, tuple[Library, SearchIndex]]:
    out = {}
    for lang in ("en", "es"):
        result = load_library(CONTENT / lang)
        assert result.errors == []
        out[lang] = (result.library, SearchIndex.build(result.library))
    return out


def locations(hits) -> list[str]:
    return [hit.location for hit in hits]


# -- misspellings ---------------------------------------------------------------

MISSPELT = [
    ("en", "trigerpoint", "trigger point", "term:trigger-point"),
    ("en", "triggerpoint", "trigger point", "term:trigger-point"),
    ("en", "botx", "Botox", "topic:botox-injections"),
    ("en", "acupunture", "acupuncture", "therapy:acupuncture"),
    ("en", "fibromialgia", "fibromyalgia", "topic:fibromyalgia-difference"),
    ("en", "trigger piont injection", "Trigger point injections", "topic:trigger-point-injections"),
    ("es", "punto gatilo", "punto gatillo", "term:trigger-point"),
    ("es", "puntogatillo", "punto gatillo", "term:trigger-point"),
    ("es", "punto gatiyo", "punto gatillo", "term:trigger-point"),
    ("es", "acupuntra", "acupuntura", "therapy:acupuncture"),
    ("es", "fibromialgya", "fibromialgia", "topic:fibromyalgia-difference"),
]


@pytest.mark.parametrize(("lang", "typed", "meant", "subject"), MISSPELT, ids=[m[1] for m in MISSPELT])
def test_misspellings_find_the_subject_and_say_what_they_meant(bundled, lang, typed, meant, subject) -> None:
    _, index = bundled[lang]
    assert index.query(typed) != []
    results = index.search(typed)
    assert subject in locations(results.hits)[:4]
    assert results.suggestion is not None
    assert results.suggestion.text == meant
    assert results.suggestion.location == results.hits[0].location


@pytest.mark.parametrize(
    ("lang", "typed", "subject"),
    [
        ("en", "ketamin", "topic:ketamine-therapy"),  # a prefix of the right word: found as typed
        ("en", "Botox", "topic:botox-injections"),
        ("es", "botox", "topic:botox-injections"),
        ("es", "inyeccion", "topic:injection-therapy"),  # no accent
        ("es", "INYECCIÓN", "topic:injection-therapy"),
        ("es", "ketamina", "topic:ketamine-therapy"),
    ],
)
def test_right_words_and_missing_accents_need_no_correction(bundled, lang, typed, subject) -> None:
    results = bundled[lang][1].search(typed)
    assert subject in locations(results.hits)[:4]
    assert results.suggestion is None


def test_nonsense_is_not_corrected_into_something(bundled) -> None:
    for lang in ("en", "es"):
        for typed in ("zzqxv", "qwrtplk", "xyz"):
            results = bundled[lang][1].search(typed)
            assert results.hits == [] and results.suggestion is None


def test_short_words_are_not_guessed() -> None:
    index = SearchIndex.build(library(topics=[topic("botox", "Botox injections")]))
    assert index.search("bx").hits == []  # two letters: a prefix or nothing, never a guess
    assert locations(index.search("btox").hits) == ["topic:botox"]


# -- everyday words ----------------------------------------------------------------


def test_synonyms_from_the_content_find_the_medical_word() -> None:
    index = SearchIndex.build(
        library(
            topics=[
                topic("tp", "Trigger points", body="A tender spot in a muscle."),
                topic("inj", "Injections", body="An injection puts medicine in a muscle."),
                topic("acu", "Acupuncture", body="Fine pins at chosen points."),
                topic("meds", "Medicine for pain", body="Some people take medicines."),
            ],
            synonyms=[
                Synonym(("knot", "knots"), ("trigger point",)),
                Synonym(("shot",), ("injection",)),
                Synonym(("needle", "needles"), ("injection", "acupuncture")),
                Synonym(("pill",), ("medicine",)),
            ],
        )
    )
    assert locations(index.query("knot")) == ["topic:tp"]
    assert locations(index.query("Knots")) == ["topic:tp"]
    assert locations(index.query("shot")) == ["topic:inj"]
    assert set(locations(index.query("needles"))) == {"topic:inj", "topic:acu"}
    assert set(locations(index.query("pill"))) == {"topic:inj", "topic:meds"}  # "medicine"* also finds "medicines"
    assert index.search("knot").suggestion is None  # a synonym is not a misspelling
    # One way only: the medical word does not bring in everything a patient might call it.
    assert locations(index.query("acupuncture")) == ["topic:acu"]
    # The snippet shows the sentence with the word the synonym led to.
    assert index.query("shot")[0].snippet == "An injection puts medicine in a muscle."


def test_multi_word_synonyms_and_other_words_together() -> None:
    index = SearchIndex.build(
        library(
            topics=[
                topic("botox", "Botox injections", body="Botox relaxes a muscle in the neck."),
                topic("other", "Neck pain", body="Heat may help."),
            ],
            synonyms=[Synonym(("botulinum toxin",), ("botox",))],
        )
    )
    assert locations(index.query("botulinum toxin neck")) == ["topic:botox"]


EVERYDAY = [
    ("en", "knot", "term:trigger-point"),
    ("en", "shot", "topic:injection-therapy"),
    ("en", "needles", "therapy:acupuncture"),
    ("en", "needle", "therapy:dry-needling"),
    ("en", "pills", "topic:medicines"),
    ("en", "botulinum toxin", "topic:botox-injections"),
    ("es", "nudo", "term:trigger-point"),
    ("es", "contractura", "term:trigger-point"),
    ("es", "pinchazo", "topic:injection-therapy"),
    ("es", "aguja", "therapy:acupuncture"),
    ("es", "pastillas", "topic:medicines"),
    ("es", "toxina botulinica", "topic:botox-injections"),
]


@pytest.mark.parametrize(("lang", "typed", "subject"), EVERYDAY, ids=[e[1] for e in EVERYDAY])
def test_everyday_words_in_the_bundled_content(bundled, lang, typed, subject) -> None:
    assert subject in locations(bundled[lang][1].query(typed, limit=8))


def test_each_language_has_its_own_synonyms(bundled) -> None:
    english = {w for s in bundled["en"][0].synonyms for w in s.words}
    spanish = {w for s in bundled["es"][0].synonyms for w in s.words}
    assert {"knot", "shot", "needle", "pill"} <= english
    assert {"nudo", "pinchazo", "aguja", "pastilla"} <= spanish
    assert bundled["es"][1].query("knot") == [] or "term:trigger-point" not in locations(bundled["es"][1].query("knot"))


# -- one result per subject ----------------------------------------------------------


def test_a_therapy_with_its_own_article_is_listed_once() -> None:
    index = SearchIndex.build(
        library(
            topics=[
                topic("botox-injections", "Botox injections", body="Botox is given with a thin needle."),
                topic("medicines", "Medicines", body="Botox is not a pill."),
            ],
            therapies=[
                therapy("botox", "Botox injections", topic_id="botox-injections", summary="Botox shots."),
                # Two therapies share one article: each is its own subject.
                therapy("pills-a", "Pill A", topic_id="medicines", summary="Botox is not in it."),
                therapy("pills-b", "Pill B", topic_id="medicines", summary="A pill."),
            ],
        )
    )
    found = locations(index.query("botox"))
    assert found.count("topic:botox-injections") == 1
    assert "therapy:botox" not in found
    assert "therapy:pills-a" in found and "topic:medicines" in found
    # The therapy is still found on its own when its article is not a match.
    assert locations(index.query("shots")) == ["therapy:botox"]


def test_botox_is_listed_once_in_the_bundled_content(bundled) -> None:
    for lang in ("en", "es"):
        found = locations(bundled[lang][1].query("botox"))
        assert len([f for f in found if f.endswith(":botox-injections")]) == 1, found
        assert len(found) == len(set(found))


# -- snippets ---------------------------------------------------------------------------


def test_snippet_is_never_a_keyword_field() -> None:
    term = GlossaryTerm(
        id="trigger-point", term="trigger point", definition="A tight spot. It can hurt.",
        aliases=("trigger points", "muscle knot", "muscle knots"),
    )  # fmt: skip
    index = SearchIndex.build(
        library(
            topics=[
                topic("tp", "Sore spots", summary="What sore spots are.", body="Rest helps.", terms=("trigger-point",))
            ],
            glossary=[term],
        )
    )
    hits = {hit.location: hit for hit in index.query("muscle knots")}
    # Found through the keyword columns (the glossary spellings and the aliases)...
    assert set(hits) == {"topic:tp", "term:trigger-point"}
    # ...but shown with a sentence a reader sees there.
    assert hits["topic:tp"].snippet == "What sore spots are."
    assert hits["term:trigger-point"].snippet == "A tight spot."


def test_snippet_is_one_sentence_and_prefers_the_one_with_more_words() -> None:
    body = (
        "## Heat and ice for neck pain\n\n"
        "Heat can help. Some people like ice on a sore neck. Heat on the neck after a long day may ease the pain.\n\n"
        "- heat pads\n"
    )
    (hit,) = SearchIndex.build(library(topics=[topic("t", "Home care", body=body)])).query("neck heat")
    assert hit.snippet == "Heat on the neck after a long day may ease the pain."


def test_a_long_sentence_is_cut_around_the_match() -> None:
    long = "This sentence has " + "many plain words " * 20 + "and then the word spasm at the very end of it all."
    (hit,) = SearchIndex.build(library(topics=[topic("t", "Long", body=long)])).query("spasm")
    assert "spasm" in hit.snippet
    assert len(hit.snippet) <= 162
    assert hit.snippet.startswith("…")


QUERIES = ["trig", "knot", "botox", "needle", "pain", "sleep", "punto", "nudo", "inyeccion", "aguja", "heat"]


def test_bundled_snippets_are_sentences_from_the_page(bundled) -> None:
    for lang, (lib, index) in bundled.items():
        keyword_fields = {" ".join(t.spellings) for t in lib.glossary} | {" ".join(t.aliases) for t in lib.glossary}
        for query in QUERIES:
            for hit in index.query(query):
                if hit.kind == "topic":
                    record = lib.topic(hit.id)
                    page = reader_text(record.summary) + "\n" + reader_text(record.body, markdown=True)
                elif hit.kind == "therapy":
                    record = lib.therapy(hit.id)
                    page = "\n".join(
                        [reader_text(record.summary), *(reader_text(a, markdown=True) for a in record.answers.values())]
                    )
                else:
                    page = reader_text(lib.term(hit.id).definition)
                assert hit.snippet, (lang, query, hit)
                assert hit.snippet not in keyword_fields
                assert "](" not in hit.snippet and "**" not in hit.snippet and "##" not in hit.snippet
                assert "\n" not in hit.snippet
                for part in hit.snippet.strip("…").split("…"):
                    assert part.strip() in page, (lang, query, hit.location, hit.snippet)


# -- the content file: loader and validator -----------------------------------------------

GLOSSARY = """terms:
  - id: trigger-point
    term: trigger point
    definition: A tight, sore spot in a muscle.
    aliases: [trigger points]
  - id: referred-pain
    term: referred pain
    definition: Pain you feel in a place away from where it starts.
search_synonyms:
  - {words: [knot, knots], means: [trigger point]}
  - {words: [Knot], means: [referred pain]}
  - {words: [zzz], means: [unicorn horn]}
  - {words: [], means: [pain]}
  - {words: ["!!"], means: [pain]}
  - {words: [ache], colour: blue}
"""


def test_loader_and_validator_check_search_synonyms(make_content) -> None:
    folder = make_content({"glossary.yaml": GLOSSARY})
    report = validate(folder.parent, today=dt.date(2026, 11, 30))
    messages = {(p.line, p.severity, p.message) for p in report.problems if p.file.endswith("glossary.yaml")}
    assert (11, Severity.WARNING, "search word 'Knot' is already listed on line 10") in messages
    assert (12, Severity.WARNING, "search synonym 'unicorn horn' is not found anywhere in this language's content") in {
        (line, sev, msg) for line, sev, msg in messages
    }
    assert (13, Severity.ERROR, "words of a search synonym is empty") in messages
    assert (14, Severity.ERROR, "'!!' in words has no letters to search") in messages
    assert any(line == 15 and "unknown field 'colour'" in msg for line, _s, msg in messages)
    library = report.results["en"].library
    assert [s.words for s in library.synonyms] == [("knot", "knots"), ("Knot",), ("zzz",)]
    # The rest of the glossary still loads, and search uses the good entries.
    assert len(library.glossary) == 2
    assert "term:trigger-point" in locations(SearchIndex.build(library).query("knots"))


def test_bundled_content_validates_clean_with_its_synonyms() -> None:
    report = validate(CONTENT, today=dt.date(2026, 11, 30))
    synonym_problems = [p for p in report.problems if "search" in p.message]
    assert synonym_problems == []
    assert all(report.results[lang].library.synonyms for lang in ("en", "es"))
