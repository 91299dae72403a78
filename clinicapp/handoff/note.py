"""The visit note: what a 2-D barcode scanner types into the clinician's EHR note.

Always in English, whatever language the patient used, and always ASCII:
the clinician reads it, scanners type it into fields of any code page, and a
note that changed with the screen's language would read differently in two
charts for the same answers. Answers are named by their short English codes
(`short:` in checklist.yaml, the same in every language; the id where there
is none), so that even a full checklist stays under 600 characters, a QR code
that scans from a screen at arm's length. One line per kind of answer, warning
signs first, most urgent tier first, like the summary; a long line wraps at
a comma onto an indented line, so no line is longer than 80 characters and an
EHR note does not break it mid-word. Only what was answered is listed. See
docs/HANDOFF.md for the format and its measured sizes.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Sequence

from clinicapp.content.model import Library, WarningTier
from clinicapp.session import VisitSession

# Read in a chart weeks later, a bare "TODAY" could pass for a date: the same-day tier is labelled
# the way triage says it (emergency: get help now; urgent: tell the staff today).
TIER_LABEL = {WarningTier.EMERGENCY: "EMERGENCY", WarningTier.TODAY: "URGENT"}
LANGUAGE_NAMES = {"en": "English", "es": "Spanish"}
MAX_LINE = 80  # characters; an 80-column note field shows every line whole
INDENT = "  "  # a wrapped line's continuation


def ascii_safe(text: str) -> str:
    """Accents dropped ("dolor lumbar" from "dólor lúmbar"), anything else non-ASCII removed."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return "".join(ch for ch in folded if ch == "\n" or 32 <= ord(ch) < 127)


def listed(label: str, names: Sequence[str]) -> list[str]:
    """`label: a,b,c` wrapped between two names into indented lines of at most MAX_LINE characters.

    Commas without a space, and none at a wrap (the indent says the line goes
    on): a full checklist has about 50 answers, and a space after each would
    cost 50 characters of the 600.
    """
    lines: list[str] = []
    line = f"{label}:"
    for i, name in enumerate(names):
        if i == 0:
            line += f" {name}"
        elif len(line) + 1 + len(name) <= MAX_LINE:
            line += f",{name}"
        else:
            lines.append(line)
            line = INDENT + name
    return [*lines, line]


def visit_note(session: VisitSession, library: Library, when: dt.datetime) -> str:
    """The note, lines joined by "\n"; the first line says what it is, when, and the patient's language."""
    language = LANGUAGE_NAMES.get(library.language, library.language)
    lines = [f"clinicapp {when:%Y-%m-%d %H:%M} in {language}"]
    checklist = library.checklist
    if checklist is not None:
        for tier, signs in checklist.ticked_by_tier(session.warning_signs):
            lines += listed(TIER_LABEL[tier], [s.short or s.id for s in signs])
        answered = [(q.id, session.peg.get(q.id)) for q in checklist.peg]
        if any(value is not None for _id, value in answered):
            parts = ", ".join(f"{qid} {'-' if value is None else value}" for qid, value in answered)
            score = session.peg_score(tuple(q.id for q in checklist.peg))
            mean = f"{score.value:.1f}" if score.complete else "n/a"
            lines.append(f"PEG: {parts}; mean {mean}")
        duration = next((d.short or d.id for d in checklist.durations if d.id == session.duration), None)
        if duration:
            lines.append(f"Duration: {duration}")
        regions = [r.short or r.id for r in checklist.regions if r.id in session.regions]
        if regions:
            lines += listed("Where", regions)
        for section in checklist.sections:
            ticked = [i.short or i.id for i in section.items if i.id in session.checked_items]
            if ticked:
                lines += listed(section.short or section.id, ticked)
    if len(lines) == 1:
        lines.append("No answers given.")
    return ascii_safe("\n".join(lines))
