"""Hostile files: the reader never crashes, never runs code and says where the fault is."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from clinicapp.content import yamlsafe
from clinicapp.content.loader import LoadResult, load_library
from clinicapp.content.model import Problem, Severity

KNOTS = "topics/knots.yaml"


def load_with(make_content, data: str | bytes) -> LoadResult:
    folder = make_content({KNOTS: data})
    return load_library(folder, display_root=folder.parent)


def knots_problem(result: LoadResult) -> Problem:
    found = [p for p in result.problems if p.file == f"en/{KNOTS}"]
    assert len(found) == 1, "\n".join(map(str, result.problems))
    assert found[0].severity is Severity.ERROR
    # The broken file is skipped; everything else still loads.
    assert result.library.topic("knots") is None
    assert result.library.topic("muscle-pain") is not None
    assert len(result.library.therapies) == 2
    return found[0]


@pytest.mark.parametrize(
    "template",
    [
        '!!python/object/apply:os.system ["touch {marker}"]\n',
        'id: !!python/object/apply:os.system ["touch {marker}"]\n',
        '? !!python/object/apply:os.system ["touch {marker}"]\n: value\n',
        'id: knots\ntitle: !!python/object/new:subprocess.Popen [["touch", "{marker}"]]\n',
    ],
    ids=["top-level", "value", "key", "popen"],
)
def test_python_tags_are_a_problem_and_run_nothing(make_content, tmp_path: Path, template: str) -> None:
    marker = tmp_path / "MARKER"
    result = load_with(make_content, template.format(marker=marker))
    problem = knots_problem(result)
    assert "tags are not allowed" in problem.message
    assert "python/object" in problem.message
    assert not marker.exists()


def test_unknown_local_tag_is_a_problem(make_content) -> None:
    problem = knots_problem(load_with(make_content, "id: knots\ntitle: !custom Knots\n"))
    assert "tags are not allowed" in problem.message
    assert (problem.line, problem.column) == (2, 8)


def test_file_over_the_size_limit(make_content) -> None:
    data = "id: knots\n# " + "x" * yamlsafe.MAX_FILE_BYTES + "\n"
    problem = knots_problem(load_with(make_content, data))
    assert "too large" in problem.message
    assert f"{yamlsafe.MAX_FILE_BYTES:,}" in problem.message


def test_billion_laughs_is_rejected_quickly(make_content) -> None:
    lines = ['a0: &a0 ["lol"]']
    for level in range(1, 10):
        aliases = ", ".join([f"*a{level - 1}"] * 10)
        lines.append(f"a{level}: &a{level} [{aliases}]")
    start = time.perf_counter()
    result = load_with(make_content, "\n".join(lines) + "\n")
    elapsed = time.perf_counter() - start
    problem = knots_problem(result)
    assert "billion laughs" in problem.message
    assert elapsed < 1.0


def test_non_utf8_bytes_report_the_line_of_the_bad_byte(make_content) -> None:
    data = b"id: knots\ntitle: Knots\nsummary: caf\xe9 au lait\n"
    problem = knots_problem(load_with(make_content, data))
    assert "UTF-8" in problem.message
    assert (problem.line, problem.column) == (3, 13)


def test_binary_file_with_nul_bytes(make_content) -> None:
    data = b"id: knots\n\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"
    problem = knots_problem(load_with(make_content, data))
    assert "binary" in problem.message
    assert problem.line == 4  # the line holding the first NUL byte


@pytest.mark.parametrize("data", ["", "   \n\n\t\n"], ids=["empty", "whitespace"])
def test_empty_file(make_content, data: str) -> None:
    problem = knots_problem(load_with(make_content, data))
    assert problem.message == "file is empty"
    assert (problem.line, problem.column) == (1, 1)


def test_file_holding_only_a_comment(make_content) -> None:
    problem = knots_problem(load_with(make_content, "# nothing here yet\n"))
    assert "no YAML document" in problem.message


@pytest.mark.parametrize("data", ["- id: knots\n- title: Knots\n", "just some text\n", "42\n"])
def test_top_level_must_be_a_mapping(make_content, data: str) -> None:
    problem = knots_problem(load_with(make_content, data))
    assert "top level" in problem.message and "mapping" in problem.message


@pytest.mark.parametrize("data", ["[" * 10000, "{" * 10000, "- " * 10000 + "x\n"], ids=["[", "{", "-"])
def test_absurd_nesting_is_a_clear_problem(make_content, data: str) -> None:
    start = time.perf_counter()
    result = load_with(make_content, data)
    problem = knots_problem(result)
    assert time.perf_counter() - start < 5.0
    assert problem.file == "en/topics/knots.yaml"
    assert f"nested more than {yamlsafe.MAX_DEPTH} levels deep" in problem.message


def test_more_than_one_document(make_content) -> None:
    data = "id: knots\ntitle: One\n---\nid: other\n"
    problem = knots_problem(load_with(make_content, data))
    assert "more than one YAML document" in problem.message
    assert problem.line == 3


def test_one_document_with_explicit_markers_is_fine(make_content) -> None:
    folder = make_content()
    path = folder / KNOTS
    path.write_text("---\n" + path.read_text(encoding="utf-8") + "...\n", encoding="utf-8")
    result = load_library(folder, display_root=folder.parent)
    assert result.library.topic("knots") is not None
    assert [p for p in result.problems if p.file.endswith("knots.yaml")] == []


def test_utf8_bom_and_crlf_line_ends_are_accepted(make_content) -> None:
    folder = make_content()
    path = folder / KNOTS
    text = path.read_text(encoding="utf-8").replace("\n", "\r\n")
    path.write_bytes(("\ufeff" + text).encode("utf-8"))
    result = load_library(folder, display_root=folder.parent)
    assert result.problems == []
    assert result.library.topic("knots").body == "A knot is a tight band in a muscle. Stretching may help some people."


def test_unknown_alias(make_content) -> None:
    problem = knots_problem(load_with(make_content, "id: knots\ntitle: *nowhere\n"))
    assert "alias" in problem.message
    assert problem.line == 2


def test_mapping_as_a_key(make_content) -> None:
    problem = knots_problem(load_with(make_content, "id: knots\n? [a, b]\n: c\n"))
    assert "key" in problem.message


@pytest.mark.timeout(20)
@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_pipe_or_device_is_refused_without_blocking(make_content) -> None:
    folder = make_content()
    os.mkfifo(folder / "topics" / "pipe.yaml")  # opening it for reading would block forever
    if Path("/dev/zero").exists():
        (folder / "topics" / "zero.yaml").symlink_to("/dev/zero")  # reading it never ends
    result = load_library(folder, display_root=folder.parent)
    refused = [p for p in result.problems if "not a regular file" in p.message]
    assert {p.file for p in refused} >= {"en/topics/pipe.yaml"}
    assert len(result.library.topics) == 2


# -- the reader on its own --------------------------------------------------------------


def test_parse_keeps_positions_and_plain_values() -> None:
    root = yamlsafe.parse("a: 1\nb:\n  - x\n  - 2026-10-15\nc: 'quoted'\nd: |\n  line\n")
    assert yamlsafe.plain(root) == {
        "a": 1,
        "b": ["x", __import__("datetime").date(2026, 10, 15)],
        "c": "quoted",
        "d": "line\n",
    }
    b = root.value["b"]
    assert (b.line, b.column) == (3, 3)
    assert (b.value[1].line, b.value[1].column) == (4, 5)
    assert root.value["c"].text_column == 5  # after the quote
    d = root.value["d"]
    assert d.block and (d.line, d.column, d.text_column) == (6, 4, 3)


def test_quoted_numbers_and_dates_stay_text() -> None:
    root = yamlsafe.parse('a: "1"\nb: "2026-10-15"\nc: yes\nd: "yes"\n')
    assert yamlsafe.plain(root) == {"a": "1", "b": "2026-10-15", "c": True, "d": "yes"}


def test_yaml_error_is_positioned_where_the_unclosed_bracket_opens() -> None:
    with pytest.raises(yamlsafe.YamlError) as info:
        yamlsafe.parse("a: 1\nb: [1, 2\n")
    assert (info.value.line, info.value.column) == (2, 4)
    assert "[ list" in info.value.message and "never closed" in info.value.message


def test_unclosed_quote_is_reported_where_the_quote_opens_not_at_the_end() -> None:
    lines = ["a: 1", 'b: "never closed'] + [f"k{i}: {i}" for i in range(3, 11)]
    assert len(lines) == 10
    with pytest.raises(yamlsafe.YamlError) as info:
        yamlsafe.parse("\n".join(lines) + "\n")
    assert (info.value.line, info.value.column) == (2, 4)
    assert "quoted text" in info.value.message


def test_a_fault_on_its_own_line_keeps_that_line() -> None:
    with pytest.raises(yamlsafe.YamlError) as info:
        yamlsafe.parse("a: 1\nb: 2\nc: d: e\nf: 4\n")
    assert info.value.line == 3
    with pytest.raises(yamlsafe.YamlError) as info:
        yamlsafe.parse('a: 1\nb: "bad \\q escape"\nc: 3\n')
    assert (info.value.line, info.value.column) == (2, 9)  # the escape itself, same line


# -- numbers too long for Python's int() (more than 4,300 digits ended start-up) ---------
HUGE = "9" * 5001


def test_huge_number_in_content_is_a_positioned_problem(make_content) -> None:
    problem = knots_problem(load_with(make_content, f"id: knots\ntitle: Knots\norder: {HUGE}\n"))
    assert "number too long" in problem.message and "5,001 digits" in problem.message
    assert (problem.line, problem.column) == (3, 8)
    assert HUGE[:200] not in problem.message  # the number itself is never echoed


def test_huge_number_anywhere_in_a_list_is_caught() -> None:
    with pytest.raises(yamlsafe.YamlError) as info:
        yamlsafe.parse(f"a: 1\nb:\n  - x\n  - -{'1_' * 3000}1\n")
    assert info.value.line == 4 and "number too long" in info.value.message


def test_long_but_reasonable_numbers_and_long_digit_text_still_load() -> None:
    root = yamlsafe.parse(f"a: {'9' * yamlsafe.MAX_NUMBER_DIGITS}\nb: '{HUGE}'\nc: {HUGE}.5\n")
    values = yamlsafe.plain(root)
    assert values["a"] == int("9" * yamlsafe.MAX_NUMBER_DIGITS)
    assert values["b"] == HUGE  # quoted: text, never converted
    assert values["c"] == float("inf") or values["c"] > 1e300  # floats have no digit limit


def test_validate_reports_a_huge_number_with_file_and_line(make_content, capsys) -> None:
    from clinicapp.cli import main

    folder = make_content({KNOTS: f"id: knots\ntitle: Knots\norder: {HUGE}\n"})
    assert main(["validate", str(folder.parent)]) == 1
    out = capsys.readouterr().out
    assert any("knots.yaml:3:" in line and "number too long" in line for line in out.splitlines()), out
    assert HUGE[:100] not in out
