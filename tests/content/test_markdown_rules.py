"""Article bodies: internal links only, no HTML, images or web addresses, exact positions."""

from __future__ import annotations

from pathlib import Path

import pytest

from clinicapp.content.loader import LoadResult, load_library
from clinicapp.content.markdown_rules import check_body
from clinicapp.content.model import Severity

FIXTURE_EN = Path(__file__).resolve().parents[1] / "fixtures" / "content" / "en"
KNOTS = (FIXTURE_EN / "topics" / "knots.yaml").read_text(encoding="utf-8")
SELF_CARE = (FIXTURE_EN / "therapies" / "self-care.yaml").read_text(encoding="utf-8")
OLD_BODY = "body: |\n  A knot is a tight band in a muscle. Stretching may help some people.\n"
BODY_LINE = 6  # "body: |" in topics/knots.yaml; the body's first line is the next one


def with_body(body: str) -> str:
    assert OLD_BODY in KNOTS
    return KNOTS.replace(OLD_BODY, body)


def load(make_content, files: dict[str, str]) -> LoadResult:
    folder = make_content(files)
    return load_library(folder, display_root=folder.parent)


def knots_problems(result: LoadResult) -> list:
    return [p for p in result.problems if p.file == "en/topics/knots.yaml"]


def test_internal_links_are_fine() -> None:
    body = "See [trigger points](term:trigger-point), [knots](topic:knots) and [it](therapy:stretching).\n"
    issues, links = check_body(body)
    assert issues == []
    assert [(link.scheme, link.target, link.line, link.column) for link in links] == [
        ("term", "trigger-point", 1, 5),
        ("topic", "knots", 1, 43),
        ("therapy", "stretching", 1, 68),
    ]


def test_fixture_body_with_internal_links_loads_clean() -> None:
    result = load_library(FIXTURE_EN)
    assert result.problems == []
    assert "[knots](topic:knots)" in result.library.topic("muscle-pain").body


BAD = [
    pytest.param('<img src="https://example.com/x.png">', "raw HTML '<img", id="img"),
    pytest.param("<script>alert(1)</script>", "raw HTML '<script>'", id="script"),
    pytest.param("<!-- a comment -->", "raw HTML", id="html-comment"),
    pytest.param("[the NHS](https://www.nhs.uk/)", "is not internal", id="external-link"),
    pytest.param("[home](file:///etc/passwd)", "is not internal", id="file-link"),
    pytest.param("[x](knots)", "is not internal", id="relative-link"),
    pytest.param("<https://example.com/page>", "external link 'https://example.com/page'", id="autolink"),
    pytest.param("www.example.com", "web address 'www.example.com'", id="bare-www"),
    pytest.param("http://example.com", "web address 'http://example.com'", id="bare-http"),
    pytest.param("![a picture](picture.png)", "images are not allowed", id="image"),
]


@pytest.mark.parametrize(("bad", "message"), BAD)
def test_forbidden_body_content_is_a_problem_on_the_right_line(make_content, bad: str, message: str) -> None:
    body = f"body: |\n  A knot is a tight band.\n\n  It can hurt: {bad} and more.\n"
    result = load(make_content, {"topics/knots.yaml": with_body(body)})
    found = knots_problems(result)
    assert found, "\n".join(map(str, result.problems))
    first = found[0]
    assert message in first.message
    assert first.severity is Severity.ERROR
    # Body line 3 is file line BODY_LINE + 3; the text is indented by two spaces.
    assert (first.line, first.column) == (BODY_LINE + 3, 3 + len("It can hurt: "))
    assert result.library.topic("knots") is None  # an error keeps the record out


def test_each_bad_thing_is_reported_separately(make_content) -> None:
    body = 'body: |\n  Line one is fine.\n  <img src="x.png"> here\n  [x](https://example.com) there\n  ![y](y.png)\n'
    found = knots_problems(load(make_content, {"topics/knots.yaml": with_body(body)}))
    assert [(p.line, p.column) for p in found] == [(8, 3), (9, 3), (10, 3)]


def test_reference_style_link_definition(make_content) -> None:
    body = "body: |\n  A knot [is][1].\n\n  [1]: topic:knots\n"
    found = knots_problems(load(make_content, {"topics/knots.yaml": with_body(body)}))
    assert [(p.line, p.column) for p in found] == [(9, 8)]
    assert "reference-style links" in found[0].message


def test_html_in_a_code_span_is_allowed() -> None:
    issues, _links = check_body("Type `<b>` to see it, or `www.example.com`.\n")
    assert issues == []


def test_unknown_id_in_a_body_link_points_at_the_link(make_content) -> None:
    body = "body: |\n  A knot.\n  Read [more](topic:nope) now.\n"
    found = knots_problems(load(make_content, {"topics/knots.yaml": with_body(body)}))
    assert [(p.line, p.column, p.message) for p in found] == [(8, 8, "unknown topic id 'nope'")]


def test_leading_blank_lines_and_deeper_indent_keep_positions(make_content) -> None:
    body = "body: |-\n\n    A knot.\n    Then <b>bold</b>.\n"
    found = knots_problems(load(make_content, {"topics/knots.yaml": with_body(body)}))
    assert [(p.line, p.column) for p in found] == [(9, 10), (9, 17)]


def test_quoted_body_column(make_content) -> None:
    body = 'body: "A knot <b>x</b>."\n'
    found = knots_problems(load(make_content, {"topics/knots.yaml": with_body(body)}))
    assert [(p.line, p.column) for p in found] == [(6, 15), (6, 19)]


def test_therapy_answers_follow_the_same_rules(make_content) -> None:
    bad = SELF_CARE.replace("  used_for: Sore muscles.", "  used_for: See www.example.com for more.")
    assert bad != SELF_CARE
    result = load(make_content, {"therapies/self-care.yaml": bad})
    found = [p for p in result.problems if p.file == "en/therapies/self-care.yaml"]
    assert [(p.line, p.column) for p in found] == [(10, 17)]
    assert "web address" in found[0].message
    assert result.library.therapy("self-care") is None


# The body is checked as stored (stripped); what the strip took off is added back.
def test_positions_survive_stripped_leading_spaces(make_content) -> None:
    found = knots_problems(load(make_content, {"topics/knots.yaml": with_body('body: "  A knot <b>x</b>."\n')}))
    assert [(p.line, p.column) for p in found] == [(6, 17), (6, 21)]


def test_positions_survive_stripped_blank_lines(make_content) -> None:
    block = "body: |\n\n\n  A knot.\n  Then <b>bold</b>.\n"
    found = knots_problems(load(make_content, {"topics/knots.yaml": with_body(block)}))
    assert [(p.line, p.column) for p in found] == [(10, 8), (10, 15)]
