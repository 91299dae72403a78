"""The record-by-record part of docs/CLINICAL-REVIEW.md, generated from the content.

A medical director signs off what patients will actually read, so the list of
topics, therapies, sources, certainty ratings, warning signs and review dates
is built from the content files rather than typed by hand (a hand-kept list
goes stale the day the content changes). A test checks the document holds the
sheet for the bundled content; after changing content, refresh it with

    python -m clinicapp.content.review content --update docs/CLINICAL-REVIEW.md
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from clinicapp.content.loader import load_library
from clinicapp.content.model import Clinic, Library, Source, Therapy, Topic, WarningTier

START = "<!-- review-sheet:start -->"
END = "<!-- review-sheet:end -->"
SECOND_LANGUAGE = "es"


def _source(source: Source) -> str:
    bits = [source.title, source.publisher, str(source.year) if source.year else ""]
    text = ", ".join(b for b in bits if b)
    return f"{text} — {source.link}" if source.link else f"{text} — (no link)"


def _dates(record: object) -> str:
    reviewed = getattr(record, "last_reviewed", None)
    due = getattr(record, "next_review", None)
    by = getattr(record, "reviewed_by", "") or "(not recorded)"
    return f"reviewed {reviewed} by {by}; next review {due}"


def _certainty(library: Library, therapy: Therapy) -> str:
    if therapy.certainty is None:
        return "(no rating)"
    level = library.comparison.certainty_level(therapy.certainty.level) if library.comparison else None
    cited = therapy.certainty_source()
    label = level.label if level else therapy.certainty.level.value
    return f"{label} — cites: {cited.title if cited else therapy.certainty.source}"


def _picture(record: Topic | Therapy, clinic: Clinic) -> list[str]:
    """A drawing shown with the record: what it shows is a clinical claim too, so it is signed off."""
    diagram = record.diagram
    if diagram is None:
        return []
    return [f"  - [ ] Picture `resources/diagrams/{diagram.id}.svg`: {clinic.fill(diagram.alt)}"]


def review_sheet(root: Path) -> str:
    """Markdown checklist of every record a patient can read, with its sources and dates."""
    english = load_library(root / "en").library
    other_path = root / SECOND_LANGUAGE
    other = load_library(other_path).library if other_path.is_dir() else None
    out: list[str] = []
    clinic = english.clinic
    out += [
        "### Clinic profile (`content/en/clinic.yaml`; IT settings may override)",
        f"- [ ] Emergency number: **{clinic.emergency_number}**; crisis line: **{clinic.crisis_line}**",
        f"- [ ] Offered here: {', '.join(clinic.offered_therapies) or '(none)'}",
        f"- [ ] Sign-off recorded: {clinic.approved_by or '(not yet)'} on {clinic.approved_on or '(not yet)'}",
        "",
    ]
    checklist = english.checklist
    if checklist is not None:
        out.append("### Warning signs (`checklist.yaml`)")
        for tier in WarningTier:
            message = clinic.fill(checklist.warning_messages.for_tier(tier))
            out.append(f"- [ ] **{tier.value}** — instruction: {message}")
            for sign in checklist.signs_in_tier(tier):
                action = f" — action: {clinic.fill(sign.action)}" if sign.action else ""
                out.append(f"  - [ ] `{sign.id}`: {sign.text}{action}")
        out.append("")
        out.append("### PEG (`checklist.yaml`)")
        for question in checklist.peg:
            out.append(f"- [ ] {question.text} (0 = {question.low_label}, 10 = {question.high_label})")
        if other is not None and other.checklist is not None:
            for question in other.checklist.peg:
                out.append(f"- [ ] ES: {question.text} (0 = {question.low_label}, 10 = {question.high_label})")
            out.append(f"- [ ] ES note: {other.checklist.peg_note or '(none)'}")
        out.append(f"- [ ] Note: {checklist.peg_note or '(none)'}")
        out.append("- Sources of the PEG and the warning signs:")
        out += [f"  - {_source(s)}" for s in checklist.sources]
        out.append("")
    out.append("### Therapies (`therapies/*.yaml`)")
    for therapy in sorted(english.therapies, key=lambda t: t.id):
        spanish = other.therapy(therapy.id) if other is not None else None
        offered = "offered here" if english.is_offered(therapy.id) else "not offered here"
        name = f"{therapy.name} / {spanish.name}" if spanish else therapy.name
        out.append(f"- [ ] **{name}** (`{therapy.id}`, {therapy.kind.value}, {offered})")
        out.append(f"  - Certainty: {_certainty(english, therapy)}")
        out.append(f"  - {_dates(therapy)}")
        out += _picture(therapy, clinic)
        out += [f"  - {_source(s)}" for s in therapy.sources]
    out.append("")
    out.append("### Topics (`topics/*.yaml`)")
    for topic in sorted(english.topics, key=lambda t: t.id):
        spanish_topic = other.topic(topic.id) if other is not None else None
        title = f"{topic.title} / {spanish_topic.title}" if spanish_topic else topic.title
        out.append(f"- [ ] **{title}** (`{topic.id}`)")
        out.append(f"  - {_dates(topic)}")
        out += _picture(topic, clinic)
        out += [f"  - {_source(s)}" for s in topic.sources]
    return "\n".join(out) + "\n"


def replace_sheet(document: str, sheet: str) -> str:
    """The document with the text between the markers replaced by sheet."""
    head, start, rest = document.partition(START)
    _old, end, tail = rest.partition(END)
    if not start or not end:
        raise ValueError("the document has no review-sheet markers")
    return f"{head}{START}\n{sheet}{END}{tail}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m clinicapp.content.review")
    parser.add_argument("content", type=Path, help="content root holding en/ (and es/)")
    parser.add_argument("--update", type=Path, help="rewrite the sheet inside this Markdown file")
    args = parser.parse_args(argv)
    sheet = review_sheet(args.content)
    if args.update:
        args.update.write_text(replace_sheet(args.update.read_text(encoding="utf-8"), sheet), encoding="utf-8")
    else:
        sys.stdout.write(sheet)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
