"""`clinicapp validate`: exit codes, human and JSON output, languages, readability."""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

from clinicapp.cli import main
from clinicapp.content.model import Severity
from clinicapp.content.readability import MAX_GRADE
from clinicapp.content.validate import validate

REPO = Path(__file__).resolve().parents[2]
FIXTURE_ROOT = REPO / "tests" / "fixtures" / "content"
FIXTURE_EN = FIXTURE_ROOT / "en"
KNOTS = (FIXTURE_EN / "topics" / "knots.yaml").read_text(encoding="utf-8")
MUSCLE_PAIN = (FIXTURE_EN / "topics" / "muscle-pain.yaml").read_text(encoding="utf-8")
SUMMARY = re.compile(
    r"^(\d+) error\(s\), (\d+) warning\(s\) in [a-z, ]+: (\d+) topics, (\d+) therapies, "
    r"(\d+) checklist items, (\d+) glossary terms"
)
PROBLEM_LINE = re.compile(r"^[^:\n]+:\d+:\d+: .+$")


def broken(make_content) -> Path:
    """A copy with two dangling references in one topic; returns the content root.

    The topic still loads (only the references are dropped), so no other
    file reports anything and the problem list is exactly these two.
    """
    bad = MUSCLE_PAIN.replace("related_topics: [knots]", "related_topics: [knots, nope]")
    bad = bad.replace("terms: [trigger-point, referred-pain]", "terms: [trigger-point, no-term]")
    assert bad.count("nope") == 1 and "no-term" in bad
    return make_content({"topics/muscle-pain.yaml": bad}).parent


def test_clean_content_exits_0_with_one_summary_line(capsys) -> None:
    assert main(["validate", str(FIXTURE_ROOT)]) == 0
    out, err = capsys.readouterr()
    lines = out.splitlines()
    match = SUMMARY.match(lines[-1])
    assert match, out
    assert match.group(1) == "0"
    assert match.group(3, 4, 5, 6) == ("2", "2", "2", "2")
    assert len(lines) == 1 + int(match.group(2))  # one line per (warning) problem plus the summary
    assert err == ""


def test_problems_exit_1_one_line_each_plus_summary(make_content, capsys) -> None:
    root = broken(make_content)
    assert main(["validate", str(root)]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines[:-1] == [
        "content/en/topics/muscle-pain.yaml:11:25: unknown topic id 'nope'",
        "content/en/topics/muscle-pain.yaml:13:24: unknown term id 'no-term'",
    ]
    assert all(PROBLEM_LINE.match(line) for line in lines[:-1])
    assert SUMMARY.match(lines[-1]).group(1, 2, 3) == ("2", "0", "2")


def test_a_language_folder_can_be_given_directly(capsys) -> None:
    assert main(["validate", str(FIXTURE_EN)]) == 0
    assert SUMMARY.match(capsys.readouterr().out.splitlines()[-1])


def test_nonexistent_folder_is_a_usage_error(tmp_path: Path, capsys) -> None:
    assert main(["validate", str(tmp_path / "nowhere")]) == 2
    out, err = capsys.readouterr()
    assert out == "" and "nowhere" in err


def test_folder_without_content_is_a_usage_error(tmp_path: Path, capsys) -> None:
    (tmp_path / "notes").mkdir()
    assert main(["validate", str(tmp_path)]) == 2
    assert "no content" in capsys.readouterr().err


def test_unknown_option_is_a_usage_error(capsys) -> None:
    assert main(["validate", str(FIXTURE_ROOT), "--bogus"]) == 2
    assert "--bogus" in capsys.readouterr().err


def test_json_output_is_exactly_the_documented_object(make_content, capsys) -> None:
    root = broken(make_content)
    assert main(["validate", "--json", str(root)]) == 1
    report = json.loads(capsys.readouterr().out)
    assert set(report) == {"ok", "counts", "problems", "readability"}
    assert report["ok"] is False
    assert report["counts"] == {"topics": 2, "therapies": 2, "checklist_items": 2, "glossary_terms": 2}
    assert len(report["problems"]) == 2
    for problem in report["problems"]:
        assert set(problem) == {"file", "line", "column", "severity", "message"}
        assert isinstance(problem["line"], int) and isinstance(problem["column"], int)
        assert problem["severity"] in {"error", "warning"}
    assert report["problems"][0] == {
        "file": "content/en/topics/muscle-pain.yaml",
        "line": 11,
        "column": 25,
        "severity": "error",
        "message": "unknown topic id 'nope'",
    }
    assert_readability_contract(report["readability"])


def test_json_output_for_clean_content(capsys) -> None:
    assert main(["validate", str(FIXTURE_ROOT), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["ok"] is True
    assert all(p["severity"] == "warning" for p in report["problems"])
    assert set(report["counts"]) == {"topics", "therapies", "checklist_items", "glossary_terms"}
    assert_readability_contract(report["readability"])


FIELD_KEY = re.compile(
    r"^(en|es):[a-z]+(/[a-z0-9-]+)?:([a-z_]+(\.[a-z0-9_-]+)*:(fk|fernandez_huerta|szigriszt_pazos)|dale_chall)$"
)


def assert_readability_contract(readability: dict) -> None:
    """Old keys (topic id -> body grade) stay; every other key is a documented per-field entry; all floats."""
    assert {"knots", "muscle-pain"} <= set(readability)
    assert all(type(v) is float for v in readability.values())
    extra = set(readability) - {"knots", "muscle-pain"}
    assert extra and all(FIELD_KEY.match(k) for k in extra), sorted(k for k in extra if not FIELD_KEY.match(k))
    assert readability["knots"] == readability["en:topic/knots:body:fk"]
    assert "en:therapy/self-care:answers.cost:fk" in readability
    assert "en:checklist:warning_messages.emergency:fk" in readability
    assert "en:therapy/self-care:dale_chall" in readability


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "clinicapp", "validate", *args],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_subprocess_exit_codes_and_output(make_content, tmp_path: Path) -> None:
    clean = run_cli(str(FIXTURE_ROOT))
    assert clean.returncode == 0, clean.stderr
    assert SUMMARY.match(clean.stdout.splitlines()[-1])

    bad = run_cli("--json", str(broken(make_content)))
    assert bad.returncode == 1, bad.stderr
    assert set(json.loads(bad.stdout)) == {"ok", "counts", "problems", "readability"}

    assert run_cli(str(tmp_path / "nowhere")).returncode == 2
    assert run_cli("--no-such-option", str(FIXTURE_ROOT)).returncode == 2


def test_language_missing_a_topic_is_named(make_content, tmp_path: Path) -> None:
    make_content()  # content/en
    spanish = tmp_path / "content" / "es"
    shutil.copytree(FIXTURE_EN, spanish)
    (spanish / "topics" / "knots.yaml").unlink()
    # Keep es otherwise clean so the only problem is the missing topic.
    for path in [*spanish.glob("therapies/*.yaml"), spanish / "topics" / "muscle-pain.yaml"]:
        text = path.read_text(encoding="utf-8")
        text = text.replace("topic: knots", "topic: muscle-pain").replace("related_topics: [knots]\n", "")
        path.write_text(text.replace("(topic:knots)", "(topic:muscle-pain)"), encoding="utf-8")
    report = validate(tmp_path / "content", today=dt.date(2026, 11, 1))
    assert not report.ok
    errors = [p for p in report.problems if p.severity is Severity.ERROR]  # es holds English text: grade warnings
    assert [(p.file, p.severity, p.message) for p in errors] == [
        ("es", Severity.ERROR, "topic 'knots' is in en but missing in es")
    ]
    assert set(report.results) == {"en", "es"}


def test_topic_above_grade_8_is_a_warning(make_content) -> None:
    hard = (
        "body: |\n"
        "  Myofascial dysfunction necessitates comprehensive multidisciplinary evaluation incorporating\n"
        "  musculoskeletal examination, neurological assessment and psychological consideration of\n"
        "  contributing comorbidities, particularly when conservative interventions demonstrate\n"
        "  insufficient therapeutic effectiveness.\n"
    )
    old = "body: |\n  A knot is a tight band in a muscle. Stretching may help some people.\n"
    assert old in KNOTS
    root = make_content({"topics/knots.yaml": KNOTS.replace(old, hard)}).parent
    report = validate(root, today=dt.date(2026, 11, 1))
    assert report.ok  # a warning, not an error
    assert report.readability["knots"] > MAX_GRADE
    assert report.readability["muscle-pain"] <= MAX_GRADE
    grade_warning, words_warning = report.problems
    assert all(p.severity is Severity.WARNING for p in report.problems)
    assert grade_warning.file == "content/en/topics/knots.yaml"  # a file that exists, named like the others
    assert (root.parent / grade_warning.file).is_file()
    assert "reading grade" in grade_warning.message and grade_warning.message.startswith("body: ")
    assert grade_warning.line == 6  # the body field, not the top of the file
    assert "Dale-Chall" in words_warning.message and "interventions (line 6)" in words_warning.message


def test_bundled_content_validates_clean() -> None:
    report = validate(REPO / "content")
    assert report.ok, "\n".join(str(p) for p in report.problems)
    counts = report.counts()
    assert counts["topics"] >= 15
    assert counts["therapies"] >= 11
    assert counts["checklist_items"] >= 12
    assert counts["glossary_terms"] >= 15
