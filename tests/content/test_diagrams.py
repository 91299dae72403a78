"""Issue 18: the optional `diagram: {id, alt}` on topics and therapies, and the bundled drawings' words."""

from __future__ import annotations

import re
from pathlib import Path

from clinicapp.content.diagrams import known_diagrams
from clinicapp.content.loader import load_library
from clinicapp.content.model import Severity, with_clinic_numbers
from clinicapp.content.validate import validate

CONTENT = Path(__file__).resolve().parents[2] / "content"
KNOTS = "topics/knots.yaml"


def _knots_with(make_content, diagram_lines: str) -> tuple[Path, int]:
    """The fixture's knots topic with these diagram lines before its sources; returns (folder, first line)."""
    folder = make_content()
    path = folder / KNOTS
    lines = path.read_text(encoding="utf-8").splitlines()
    at = next(i for i, line in enumerate(lines) if line.startswith("sources:"))
    lines[at:at] = diagram_lines.rstrip("\n").split("\n")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder, at + 1


GOOD = 'diagram:\n  id: trigger-point-referral\n  alt: "A knot on top of the shoulder sends pain up the neck."'


def test_a_topic_carries_its_diagram(make_content):
    folder, _ = _knots_with(make_content, GOOD)
    result = load_library(folder)
    assert not result.problems, result.problems
    diagram = result.library.topic("knots").diagram
    assert diagram is not None and diagram.id == "trigger-point-referral"
    assert diagram.alt == "A knot on top of the shoulder sends pain up the neck."
    assert result.library.topic("muscle-pain").diagram is None  # optional


def test_an_unknown_diagram_id_is_an_error_at_its_file_and_line_and_the_article_stays(make_content):
    folder, line = _knots_with(make_content, 'diagram:\n  id: no-such-drawing\n  alt: "A drawing."')
    result = load_library(folder)
    errors = [p for p in result.errors if "diagram" in p.message]
    assert len(errors) == 1, result.problems
    error = errors[0]
    assert error.file.endswith(KNOTS) and error.line == line + 1  # the id's own line
    assert "unknown diagram id 'no-such-drawing'" in error.message and "trigger-point-referral" in error.message
    assert re.match(rf".*{re.escape(KNOTS)}:{line + 1}:\d+: unknown diagram id", str(error))
    # A wrong picture is reported but never hides the article it was meant for.
    topic = result.library.topic("knots")
    assert topic is not None and topic.diagram is None


def test_a_diagram_without_alt_text_is_an_error_at_its_line(make_content):
    folder, line = _knots_with(make_content, "diagram:\n  id: trigger-point-referral")
    result = load_library(folder)
    errors = [p for p in result.errors if "diagram" in p.message]
    assert [(e.line, "missing the required field 'alt'" in e.message) for e in errors] == [(line + 1, True)]
    assert result.library.topic("knots").diagram is None


def test_an_empty_alt_text_or_a_stray_field_is_an_error(make_content):
    folder, line = _knots_with(make_content, 'diagram:\n  id: trigger-point-referral\n  alt: ""\n  caption: Hi')
    result = load_library(folder)
    messages = {(p.line, p.message.split(" (")[0]) for p in result.errors}
    assert (line + 2, "'alt' in the diagram is empty") in messages
    assert (line + 3, "unknown field 'caption' in the diagram") in messages


def test_alt_text_is_graded_and_may_use_only_the_clinic_placeholders(make_content):
    folder, line = _knots_with(
        make_content, 'diagram:\n  id: warning-tiers\n  alt: "Call {emergency_number} or {doctor}."'
    )
    result = load_library(folder)
    assert any(p.line == line + 2 and "unknown placeholder '{doctor}'" in p.message for p in result.errors)
    graded = [t for t in result.texts if t.field == "diagram.alt"]
    assert [(t.record, t.line) for t in graded] == [("topic/knots", line + 2)]


def test_alt_text_gets_the_clinics_emergency_number(make_content):
    folder, _ = _knots_with(make_content, 'diagram:\n  id: warning-tiers\n  alt: "Call {emergency_number} now."')
    result = load_library(folder)
    filled = with_clinic_numbers(result.library)
    number = result.library.clinic.emergency_number
    assert filled.topic("knots").diagram.alt == f"Call {number} now."


def test_a_diagram_in_one_language_only_is_reported(tmp_path, make_content):
    make_content(language="es")  # the plain fixture: no diagram
    _knots_with(make_content, GOOD)  # en: knots with its drawing
    report = validate(tmp_path / "content")
    messages = [p.message for p in report.problems if p.severity is Severity.ERROR]
    assert "diagram 'topic/knots:trigger-point-referral' is in en but missing in es" in messages


def test_every_bundled_drawing_has_alt_text_in_both_languages():
    """Each drawing the app ships is used, and every record that shows one says what it shows in en and es."""
    english, spanish = (load_library(CONTENT / lang).library for lang in ("en", "es"))
    used: set[str] = set()
    for kind in ("topic", "therapy"):
        for record in getattr(english, f"{kind}s" if kind == "topic" else "therapies"):
            if record.diagram is None:
                continue
            other = getattr(spanish, kind)(record.id)
            assert other is not None and other.diagram is not None, f"{kind} {record.id}: no diagram in es"
            assert other.diagram.id == record.diagram.id
            assert len(record.diagram.alt.split()) >= 8 and len(other.diagram.alt.split()) >= 8
            assert other.diagram.alt != record.diagram.alt  # written in Spanish, not copied
            used.add(record.diagram.id)
    assert used == set(known_diagrams()), f"drawings nobody shows, or shown but missing: {set(known_diagrams()) ^ used}"
