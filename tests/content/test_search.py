"""The search index: prefix matching, ranking, safe snippets and hostile input."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from clinicapp.content import search
from clinicapp.content.loader import load_library
from clinicapp.content.model import Clinic, GlossaryTerm, Library, Source, Therapy, TherapyKind, Topic
from clinicapp.content.search import SearchHit, SearchIndex, plain_text, query_words

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "content" / "en"
CLINIC = Clinic(name="Test clinic", contact="555-0100", offered_therapies=(), disclaimer="-", funding="-")
SOURCES = (Source(title="A source", publisher="A publisher"),)


def topic(topic_id: str, title: str, body: str = "Nothing here.", summary: str = "A summary.") -> Topic:
    return Topic(
        id=topic_id,
        title=title,
        summary=summary,
        category="understanding",
        body=body,
        sources=SOURCES,
        last_reviewed=dt.date(2026, 1, 1),
    )


def library(*topics: Topic, glossary: tuple[GlossaryTerm, ...] = (), therapies: tuple[Therapy, ...] = ()) -> Library:
    return Library(language="en", clinic=CLINIC, topics=topics, glossary=glossary, therapies=therapies)


@pytest.fixture(scope="module")
def fixture_index() -> SearchIndex:
    result = load_library(FIXTURE)
    assert result.library is not None
    return SearchIndex.build(result.library)


def ids(hits: list[SearchHit]) -> list[tuple[str, str]]:
    return [(hit.kind, hit.id) for hit in hits]


def test_builds_from_fixture_and_counts_documents(fixture_index: SearchIndex) -> None:
    # 2 topics + 2 therapies + 2 glossary terms in tests/fixtures/content/en
    assert len(fixture_index) == 6


def test_prefix_finds_term_and_topic(fixture_index: SearchIndex) -> None:
    found = ids(fixture_index.query("trig"))
    assert ("term", "trigger-point") in found
    assert ("topic", "muscle-pain") in found
    assert all(isinstance(hit, SearchHit) for hit in fixture_index.query("trig"))


def test_link_targets_are_not_indexed_but_link_text_is(fixture_index: SearchIndex) -> None:
    # muscle-pain's body links "[knots](topic:knots)": the visible word is searchable, the target is not.
    assert ("topic", "muscle-pain") in ids(fixture_index.query("knots"))
    assert fixture_index.query("therapy") == []
    assert plain_text("See [the knots](topic:knots) and **this**.") == "See the knots and this."
    assert plain_text("## Heading\n\n- _one_ snake_case `two`") == "Heading one snake_case two"


def test_title_match_ranks_above_repeated_body_match() -> None:
    index = SearchIndex.build(
        library(
            topic("body", "Living with pain", body="Sleep helps. " + "Sleep matters for healing. " * 8),
            topic("title", "Sleep and pain", body="Rest well at night."),
            topic("other", "Moving more", body="Walking each day."),
        )
    )
    hits = index.query("sleep")
    assert ids(hits)[:2] == [("topic", "title"), ("topic", "body")]
    assert hits[0].score < hits[1].score
    assert hits[0].title == "Sleep and pain"


def test_snippet_is_the_plain_sentence_that_holds_the_match() -> None:
    index = SearchIndex.build(
        library(
            topic(
                "html",
                "Odd text",
                body='## Cramps\n\nRest helps. Some pages show <script>alert("x")</script> and a spasm & cramp.\n',
            ),
        )
    )
    (hit,) = index.query("spasm")
    # Plain text: the view shows it as plain text, so nothing is escaped here and
    # nothing in it can become markup. The tags are markup to Qt, not words a reader
    # sees, so they are not in the text (markdown_reader, as for the reading grade).
    assert hit.snippet == 'Some pages show alert("x") and a spasm & cramp.'


def test_snippet_for_title_only_match_is_plain_summary() -> None:
    index = SearchIndex.build(library(topic("t", "Fatigue", body="Rest <em>often</em>.", summary="Tired & sore.")))
    (hit,) = index.query("fatigue")
    assert hit.snippet == "Tired & sore."


HOSTILE = [
    '"',
    "*",
    "-",
    ":",
    "(",
    ")",
    "trig*",
    '"unbalanced',
    "NEAR(",
    "a AND",
    "OR",
    "^",
    "NOT",
    "title:trig",
    "-trig",
    "^trig",
    "trig NEAR pain",
    "💪🔥",
    "💪 trig",
    "x" * 10_000,
    "trig " * 2_000,
    "",
    "   ",
    "\x00\n\t",
    "!@#$%&*()[]{};'<>,.?/\\|`~",
]


@pytest.mark.parametrize("text", HOSTILE, ids=range(len(HOSTILE)))
def test_hostile_queries_never_raise(fixture_index: SearchIndex, text: str) -> None:
    hits = fixture_index.query(text)
    assert isinstance(hits, list)


@pytest.mark.parametrize("text", ["trig*", "-trig", "^trig", "title:trig", "💪 trig", '"trig'])
def test_syntax_around_a_word_is_ignored(fixture_index: SearchIndex, text: str) -> None:
    assert ("term", "trigger-point") in ids(fixture_index.query(text))


@pytest.mark.parametrize("text", ["", "   ", "*", "💪🔥", '"', "OR"])
def test_empty_or_punctuation_only_returns_nothing(fixture_index: SearchIndex, text: str) -> None:
    expected: list[SearchHit] = []
    if text == "OR":  # "or" is an ordinary word here, not an operator; the fixture has it
        assert fixture_index.query(text) != expected
    else:
        assert fixture_index.query(text) == expected


def test_query_words_are_capped_and_deduplicated() -> None:
    assert query_words("Pain pain PAIN knots") == ["Pain", "knots"]
    assert len("".join(query_words("x" * 10_000))) <= 200
    assert query_words("a_b") == ["a", "b"]


def test_no_results_returns_empty_list(fixture_index: SearchIndex) -> None:
    assert fixture_index.query("zzyzx") == []


def test_limit_is_respected(fixture_index: SearchIndex) -> None:
    assert len(fixture_index.query("muscle", limit=1)) == 1
    assert fixture_index.query("muscle", limit=0) == []


def test_accents_are_folded_both_ways() -> None:
    term = GlossaryTerm(id="fm", term="fibromialgia", definition="Dolor en el músculo y cansancio.")
    index = SearchIndex.build(library(glossary=(term,)))
    assert ids(index.query("musculo")) == [("term", "fm")]
    assert ids(index.query("MÚSCULO")) == [("term", "fm")]
    assert ids(index.query("mu\u0301sculo")) == [("term", "fm")]  # decomposed accent as typed on some keyboards
    assert ids(index.query("fibro")) == [("term", "fm")]
    assert index.query("musculo")[0].snippet == "Dolor en el músculo y cansancio."


def test_glossary_aliases_are_searchable() -> None:
    term = GlossaryTerm(id="tp", term="trigger point", definition="A sore spot.", aliases=("myofascial knot",))
    (hit,) = SearchIndex.build(library(glossary=(term,))).query("myofascial")
    assert (hit.kind, hit.id, hit.title) == ("term", "tp", "trigger point")


def test_therapy_answers_are_searchable(fixture_index: SearchIndex) -> None:
    # "therapist" appears only in the fixture therapies' how_given answers.
    assert set(ids(fixture_index.query("therapist"))) == {("therapy", "stretching"), ("therapy", "self-care")}
    therapy = Therapy(
        id="tens",
        name="TENS",
        kind=TherapyKind.NON_DRUG,
        summary="Small pads on the skin.",
        answers={"how_given": "A [small device](term:tens) you *clip* to a belt."},
        sources=SOURCES,
        last_reviewed=dt.date(2026, 1, 1),
    )
    (hit,) = SearchIndex.build(library(therapies=(therapy,))).query("clip belt")
    assert (hit.kind, hit.id, hit.title) == ("therapy", "tens", "TENS")
    assert hit.snippet == "A small device you clip to a belt."


def test_all_words_must_match_before_falling_back_to_any() -> None:
    index = SearchIndex.build(
        library(
            topic("both", "Heat and ice"),
            topic("heat", "Heat packs"),
            topic("ice", "Ice packs"),
        )
    )
    assert ids(index.query("heat ice")) == [("topic", "both")]  # AND: only the topic with both words
    # "zebra" matches nothing, so AND is empty and OR still helps with "heat".
    assert set(ids(index.query("heat zebra"))) == {("topic", "both"), ("topic", "heat")}
    assert index.query("zebra unicorn") == []


def broad_library() -> Library:
    # Eight topics with "knot" in the body: later ones say it more often in fewer words,
    # so bm25 ranks them in reverse library order; two have it in the title.
    bodies = [f"{'Knot. ' * (n + 1)}{'Filler words here. ' * (8 - n)}" for n in range(8)]
    titles = ["Rest", "Knot care", "Heat", "Sleep", "Knotted neck", "Ice", "Walk", "Desk"]
    topics = [topic(f"t{n}", title, body) for n, (title, body) in enumerate(zip(titles, bodies, strict=True))]
    return library(*topics, topic("t8", "Bike", "Filler words here."))  # nine documents, eight match "knot"


def test_a_narrow_query_ranks_every_match_by_bm25(monkeypatch: pytest.MonkeyPatch) -> None:
    index = SearchIndex.build(broad_library())
    monkeypatch.setattr(search, "BROAD_ROWS", 8)  # nine documents, so matches are counted; eight is not broad
    exact = [index._docs[rowid].id for (rowid, _) in index._db.execute(search._RANKED, ('"knot"*', 20))]
    assert [hit.id for hit in index.query("knot")] == exact
    assert exact == ["t4", "t7", "t1", "t6", "t5", "t3", "t2", "t0"]  # a title match can lose to many body matches


def test_a_broad_query_lists_title_matches_first_then_library_order(monkeypatch: pytest.MonkeyPatch) -> None:
    # Above BROAD_ROWS matches, bm25 over every match is not paid for: title matches
    # (ranked) come first, then the other matches in library order, not by bm25.
    index = SearchIndex.build(broad_library())
    monkeypatch.setattr(search, "BROAD_ROWS", 7)
    hits = index.query("knot")
    assert [hit.id for hit in hits] == ["t4", "t1", "t0", "t2", "t3", "t5", "t6", "t7"]
    assert [hit.id for hit in index.query("knot", limit=3)] == ["t4", "t1", "t0"]
    assert all(hit.snippet.startswith("Knot.") for hit in hits)


def test_a_broad_query_still_fills_a_long_list(monkeypatch: pytest.MonkeyPatch) -> None:
    index = SearchIndex.build(broad_library())
    monkeypatch.setattr(search, "BROAD_ROWS", 2)  # fewer than the rows asked for
    assert [hit.id for hit in index.query("knot", limit=8)] == ["t4", "t1", "t0", "t2", "t3", "t5", "t6", "t7"]
