"""Take-home handouts are pure HTML from the library (no Qt): escaping, Markdown, pack order, the session's pack.

The golden files (shipped content, English and Spanish, with the translated
wording) are in tests/ui/test_takehome.py, where the interface translation
can be loaded.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import html

from clinicapp.content.model import Library, Source, with_clinic_numbers
from clinicapp.session import VisitSession
from clinicapp.takehome import TakeHomeText, build_handout, build_pack, inline_html, markdown_html

ON = dt.date(2026, 11, 30)


def with_topic(library: Library, **changes) -> Library:
    topic = dataclasses.replace(library.topic("knots"), **changes)
    return dataclasses.replace(library, topics=(topic, *(t for t in library.topics if t.id != "knots")))


def test_a_topic_handout_has_clinic_dates_sources_and_disclaimer(library: Library) -> None:
    page = build_handout(library, "topic:knots", ON)
    topic = library.topic("knots")
    assert '<p class="h1">Knots in a muscle</p>' in page
    assert "Test Clinic · Printed on 2026-11-30 · Last reviewed 2026-09-15" in page
    assert html.escape(topic.summary) in page and "A knot is a tight band in a muscle." in page
    source = topic.sources[0]
    assert f"{source.title}. {source.publisher}" in page and source.url in page
    assert "<b>For learning only. Not medical advice.</b>" in page
    assert "Nobody paid for this content." in page


def test_a_therapy_card_answers_every_question_with_its_certainty_and_where_it_is_offered(library: Library) -> None:
    page = build_handout(library, "therapy:stretching", ON)
    therapy = library.therapy("stretching")
    for question in library.comparison.questions:
        assert f'<p class="h2">{html.escape(question.label)}</p>' in page
        assert f"<p>{html.escape(therapy.answer(question.id))}</p>" in page
    assert "<b>How sure the research is: Moderate</b><br>More research may change what we know." in page
    assert "Offered at this clinic</p>\n<p>Yes, offered here</p>" in page
    assert "Last reviewed 2026-10-01" in page
    assert "Offered at this clinic</p>\n<p>Not offered here" in build_handout(library, "therapy:self-care", ON)


def test_a_missing_answer_reads_ask_your_care_team(library: Library) -> None:
    therapy = library.therapy("stretching")
    lacking = dataclasses.replace(therapy, answers={k: v for k, v in therapy.answers.items() if k != "cost"})
    changed = dataclasses.replace(library, therapies=(lacking,))
    assert "<p>It varies. Ask your care team.</p>" in build_handout(changed, "therapy:stretching", ON)


def test_outside_text_is_escaped_everywhere(library: Library) -> None:
    sneaky_source = Source(title='<img src="x">', publisher="A & B", pmid="123")
    changed = with_topic(
        library,
        title="<script>alert(1)</script>",
        summary='<a href="https://x">click</a>',
        body='## <b>Head</b>\n\nText <img src="file:///etc/passwd"> and **bold <i>x</i>**\n\n- <u>item</u>',
        sources=(sneaky_source,),
    )
    page = build_handout(changed, "topic:knots", ON)
    body = page.split("<body>", 1)[1]
    assert "<script>" not in page and "<img" not in page and "<a " not in page and "<u>" not in body
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert '<p class="h2">&lt;b&gt;Head&lt;/b&gt;</p>' in body
    assert "<b>bold &lt;i&gt;x&lt;/i&gt;</b>" in body
    assert "&lt;img src=&quot;x&quot;&gt;. A &amp; B" in body
    assert "https://pubmed.ncbi.nlm.nih.gov/123/" in body  # a PubMed id reads as its address
    clinic = library.clinic._replace(name="<b>Clinic</b>", disclaimer="<i>d</i>")
    page = build_handout(dataclasses.replace(library, clinic=clinic), "topic:knots", ON)
    assert "&lt;b&gt;Clinic&lt;/b&gt;" in page and "<b>&lt;i&gt;d&lt;/i&gt;</b>" in page


def test_markdown_headings_lists_emphasis_and_link_words() -> None:
    body = (
        "## Trigger points\n\nThese are *small* spots.\nThey are **tender**.\n\n"
        "- One [trigger point](term:trigger-point)\n- Two \\*not italic\\*\n  goes on\n\n"
        "1. First\n2. Second\n\n### Small heading"
    )
    assert markdown_html(body) == (
        '<p class="h2">Trigger points</p>\n'
        "<p>These are <i>small</i> spots. They are <b>tender</b>.</p>\n"
        "<ul><li>One trigger point</li><li>Two *not italic* goes on</li></ul>\n"
        "<ol><li>First</li><li>Second</li></ol>\n"
        '<p class="h3">Small heading</p>'
    )
    assert inline_html("a_b_c and 2 * 3 * 4") == "a_b_c and 2 * 3 * 4"  # no emphasis from ordinary text


def test_paper_reads_markdown_as_the_screen_and_search_do() -> None:
    """The handout reads a body with the app's one Markdown reader (issue 19): nested lists,
    tables and setext headings print as such, and the printed words are the words search
    and the reading grade see (the take-home branch's own regex reader printed pipes and ===)."""
    import re

    from clinicapp.content import markdown_reader

    body = (
        "Title\n=====\n\nIntro line.\n\n- one\n  - nested *two*\n\n"
        "| Option | Note |\n|---|---|\n| [Stretch](therapy:stretching) | ~~old~~ new |\n"
    )
    page = markdown_html(body)
    assert '<p class="h2">Title</p>' in page and "===" not in page
    assert "<ul><li>one<ul><li>nested <i>two</i></li></ul></li></ul>" in page
    assert "<td>Stretch</td>" in page and "|" not in page and "therapy:" not in page
    assert re.sub(r"<[^>]+>", " ", page).split() == markdown_reader.plain_text(body).split()


def test_clinic_numbers_come_filled_from_the_library_the_views_use(library: Library) -> None:
    changed = with_clinic_numbers(with_topic(library, body="Call {emergency_number} or {crisis_line} now."))
    page = build_handout(changed, "topic:knots", ON)
    assert "Call 911 or 988 now." in page and "{emergency_number}" not in page


def test_the_pack_keeps_order_starts_each_handout_on_a_new_page_and_skips_unknown_ids(library: Library) -> None:
    page = build_pack(library, ["therapy:stretching", "topic:nope", "topic:knots", "topic:knots"], ON)
    assert page.index("Stretching</p>") < page.index("Knots in a muscle</p>")
    assert page.count('<p class="h1"') == 2
    assert page.count("page-break-before: always") == 1  # the first handout starts the first page anyway
    assert '<p class="h1" style="page-break-before: always;">Knots in a muscle</p>' in page
    assert "<title>Your take-home reading</title>" in page
    assert build_handout(library, "topic:nope", ON) is None


def test_wording_comes_from_the_caller(library: Library) -> None:
    text = TakeHomeText(printed_on="Impreso el {date}", reviewed="Revisado {date}", format_date=lambda d: "30/11")
    page = build_handout(library, "topic:knots", ON, text, point_size=11)
    assert "Impreso el 30/11 · Revisado 30/11" in page and "font-size: 11pt" in page


def test_the_session_pack_adds_once_reorders_removes_and_resets() -> None:
    session = VisitSession()
    seen: list[str] = []
    session.subscribe(seen.append)
    assert session.add_to_take_home("topic:a") and session.add_to_take_home("therapy:b")
    assert not session.add_to_take_home("topic:a")
    session.add_to_take_home("topic:c")
    session.move_in_take_home("topic:c", -1)
    assert session.take_home == ["topic:a", "topic:c", "therapy:b"]
    session.move_in_take_home("topic:a", -1)  # already first: nothing moves
    assert session.take_home == ["topic:a", "topic:c", "therapy:b"]
    session.remove_from_take_home("topic:a")
    assert session.take_home == ["topic:c", "therapy:b"] and seen.count("take-home") == 5
    assert "take_home" in session.leftovers()
    session.clear_answers()  # Start over
    assert session.take_home == []
    session.add_to_take_home("topic:a")
    session.reset()  # the kiosk's reset
    assert session.take_home == [] and session.leftovers() == []
