"""One reading of Markdown: link rules, search text and reading grade see the same words, at the right lines."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from clinicapp.content import readability, search
from clinicapp.content.markdown_reader import read
from clinicapp.content.markdown_rules import check_body

# Each line holds something the old regex readers each took differently (shared with the Qt test);
# a fenced block is added here: Qt's reader is checked on it with the bundled content instead.
TRICKY = (Path(__file__).resolve().parents[1] / "fixtures" / "markdown" / "tricky.md").read_text() + (
    "\n```\n[not a link](https://example.com) <b>\n```\n"
)

WHAT_A_READER_SEES = [
    "Pain that stays",
    "A tight band, not a snake_case word, and <b> typed as code. Read trigger points and 5 < 6 > 4 & more* too.",
    "one knot",
    "two lines",
    "first",
    "a quote",
    "Option",
    "Note",
    "Stretching",
    "old new",
    "[not a link](https://example.com) <b>",
]


def words(text: str) -> list[str]:
    return re.findall(r"[^\W_]+(?:_[^\W_]+)*", text)


def test_plain_text_is_what_a_reader_sees() -> None:
    assert read(TRICKY).plain_text().splitlines() == WHAT_A_READER_SEES


def test_search_text_reading_grade_and_links_agree() -> None:
    seen = words("\n".join(WHAT_A_READER_SEES))
    searched = search.reader_text(TRICKY, markdown=True)
    graded = readability.plain_text(TRICKY)
    assert searched.splitlines() == WHAT_A_READER_SEES
    assert words(searched) == seen
    assert words(graded) == seen  # the grade adds full stops to headings and items, never words
    # Every link the rules accept shows its words in the text, and never its address.
    issues, links = check_body(TRICKY)
    assert issues == []
    assert [(link.scheme, link.target) for link in links] == [
        ("term", "trigger-point"),
        ("topic", "knots"),
        ("therapy", "stretching"),
    ]
    for text in (searched, graded):
        assert "term:" not in text and "topic:" not in text and "therapy:" not in text
        assert "trigger points" in text and "Stretching" in text


def test_reading_grade_ends_each_block_not_each_line() -> None:
    # A paragraph wrapped over lines is one sentence; a heading and an item are sentences of their own.
    graded = readability.plain_text("## Why it hurts\n\nA knot can hurt\nfor a long time.\n\n- Rest\n- Move")
    assert graded.splitlines() == ["Why it hurts.", "A knot can hurt for a long time.", "Rest.", "Move."]


def test_links_and_problems_carry_their_lines_and_columns() -> None:
    body = (
        "Intro with `[x](https://a.example)` in code.\n"  # 1: code, not a link
        "\n"
        "- Item *one* and [bad](https://nhs.uk) here\n"  # 3
        "- Item \\*two\\* &amp; <b>bold</b>\n"  # 4
        "\n"
        "| a | b |\n"  # 6
        "|---|---|\n"
        "| [x](topic:a) | www.example.com |\n"  # 8
        "\n"
        "Wrapped [first](term:one)\n"  # 10
        "then ![pic](p.png) and [x][1]\n"  # 11
        "\n"
        "[1]:\n"  # 13
        "  topic:b\n"  # 14: the definition's target
    )
    lines = body.split("\n")

    def at(line: int, column: int) -> str:
        return lines[line - 1][column - 1 :]

    issues, links = check_body(body)
    assert [(link.scheme, link.target, link.line, link.column) for link in links] == [
        ("topic", "a", 8, 3),
        ("term", "one", 10, 9),
    ]
    assert [(i.line, i.column, i.message.split(" ")[0]) for i in issues] == [
        (3, 18, "link"),
        (4, 22, "raw"),
        (4, 29, "raw"),
        (8, 18, "web"),
        (11, 6, "images"),
        (14, 3, "reference-style"),
    ]
    found = [at(i.line, i.column) for i in issues] + [at(link.line, link.column) for link in links]
    starts = ["[bad](", "<b>bold", "</b>", "www.example.com", "![pic]", "topic:b", "[x](topic:a)", "[first]"]
    assert all(text.startswith(start) for text, start in zip(found, starts, strict=True)), found


def test_code_blocks_are_code_not_links() -> None:
    # Qt shows a fenced or indented block as code: nothing in it is a link or HTML.
    issues, links = check_body("```\n[x](https://example.com) <script>\n```\n\n    <b>www.example.com</b>\n")
    assert (issues, links) == ([], [])


def test_every_link_is_seen_even_those_markdown_it_would_drop() -> None:
    # markdown-it would show these as text; Qt makes them links, so the rules must see them.
    issues, _links = check_body("[a](javascript:alert(1)) [b](file:///etc/passwd) [c](data:text/html,x)\n")
    assert [(i.column, i.message.split("'")[1]) for i in issues] == [
        (1, "javascript:alert(1)"),
        (26, "file:///etc/passwd"),
        (50, "data:text/html,x"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        *("", "\n\n", "[", "![", "<", "`", "[a](", "*" * 50, "[x]: \n", "| a |\n|---|\n", "\\", "&#;", "<!--"),
        *("\r\n\r\n# x", "a\rb", "[x](topic:a\nb)"),
    ],
)
def test_odd_input_never_raises(text: str) -> None:
    doc = read(text)
    for link in doc.links:
        assert link.line >= 1 and link.column >= 1
    check_body(text)
    readability.plain_text(text)
    search.reader_text(text, markdown=True)
