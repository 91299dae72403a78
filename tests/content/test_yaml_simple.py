"""The reader for simple files (the clinic profile before the first paint) gives parse()'s tree or nothing.

parse_simple may refuse any file (then parse() reads it, with PyYAML); what it
accepts must come out exactly as parse() builds it: values, lines, columns,
text columns and raw text, so every message about the file names the same place.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from clinicapp.content import yamlsafe

REPO = Path(__file__).resolve().parents[2]
FILES = sorted(p for folder in ("content", "tests/fixtures") for p in (REPO / folder).rglob("*.yaml"))

CASES = {
    "clinic": '# a comment\nname: Riverside\ncontact: Ask at the desk.\nemergency_number: "911"\n',
    "list": "offered:\n  - a\n  - b-c\n# between\n  - d\nnext: x\n",
    "flow list": "a: [one, two-three,four ]\nb: []\nc: [ yes, 12 ]\n",
    "flow list of text": 'a: [one two, "q"]\n',
    "flow list nested": "a: [[x]]\n",
    "list at the margin": "offered:\n- a\n- b\n",
    "list with spaces": "offered:\n  -   spaced\n",
    "folded": "text: >-\n  one line\n  two line\nnext: x\n",
    "folded clip": "text: >\n  one\n  two\n\n\nnext: x\n",
    "literal": "text: |\n    one\n    two\n",
    "literal strip": "text: |-\n  one\n  two\n",
    "folded more indented": "text: >-\n  one\n    two\n  three\n",
    "folded blank line": "text: >-\n  one\n\n  two\n",
    "folded then indented": "text: >-\n  one\n\n  two\nnext: x\n",
    "plain continued": "contact: Ask at the desk,\n  or call.\n",
    "words YAML resolves": "a: yes\nb: 'no'\nc: null\nd: 2026-01-31\ne: 12\nf: 1.5\ng: ~\nh: 0x1F\n",
    "colon in text": "a: time: now\n",
    "comment after value": 'a: text # note\nb: "q" # note\n',
    "escapes": "a: \"tab\\there\"\nb: 'it''s'\n",
    "quote not closed": 'a: "open\n  still open"\n',
    "empty value": "a:\nb: x\n",
    "duplicate": "a: x\na: y\n",
    "key YAML resolves": "yes: x\n",
    "tab": "a:\tx\n",
    "crlf": "a: x\r\nb: y\r\n",
    "anchor": "a: &x text\nb: *x\n",
    "flow": "a: [1, 2]\n",
    "document marker": "---\na: x\n",
    "indented key": "a: x\n b: y\n",
    "trailing space": "a: x \n",
    "no space after colon": "a:x\n",
    "long number": "a: " + "9" * 200 + "\n",
    "only comments": "# nothing\n",
    "nested mapping": "a:\n  b: c\n",
    "folded with comment": "a: >- # note\n  text\n",
    "folded keep": "a: >+\n  text\n\n",
    "hash in word": "a: C#minor\n",
    "unicode": 'a: Café — niño\nb: "¿Qué?"\n',
}


def _same_as_parse(text: str) -> bool:
    """True when parse_simple accepted the text; fails the test if its tree differs from parse()'s."""
    simple = yamlsafe.parse_simple(text)
    if simple is None:
        return False
    assert simple == yamlsafe.parse(text)
    return True


@pytest.mark.parametrize("name", sorted(CASES))
def test_a_case_is_read_as_parse_reads_it_or_refused(name):
    _same_as_parse(CASES[name])


def test_every_content_and_fixture_file_is_read_as_parse_reads_it_or_refused():
    accepted = []
    for path in FILES:
        try:
            text = yamlsafe.read_text(path)
        except yamlsafe.YamlError:
            continue
        if _same_as_parse(text):
            accepted.append(path)
    assert len(FILES) > 50
    assert REPO / "content" / "en" / "clinic.yaml" in accepted


ACCEPTED = ["clinic", "list", "flow list", "list at the margin", "folded", "folded clip", "literal",
            "literal strip", "words YAML resolves", "unicode", "hash in word"]  # fmt: skip


@pytest.mark.parametrize("name", ACCEPTED)
def test_the_simple_shapes_of_a_clinic_profile_are_accepted(name):
    assert _same_as_parse(CASES[name])


REFUSED = ["flow list of text", "flow list nested", "folded more indented", "folded blank line",
           "plain continued", "escapes", "quote not closed", "empty value", "duplicate", "key YAML resolves",
           "tab", "long number", "nested mapping", "comment after value", "folded then indented"]  # fmt: skip


@pytest.mark.parametrize("name", REFUSED)
def test_what_the_simple_reader_cannot_be_sure_of_goes_to_parse(name):
    assert yamlsafe.parse_simple(CASES[name]) is None


def test_the_bundled_clinic_profiles_are_read_without_pyyaml():
    for path in (REPO / "content" / "en", REPO / "content" / "es", REPO / "tests" / "fixtures" / "content" / "en"):
        assert yamlsafe.parse_simple(yamlsafe.read_text(path / "clinic.yaml")) is not None
