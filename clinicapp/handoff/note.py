"""The visit note: what a 2-D barcode scanner types into the clinician's EHR note.

Always in English, whatever language the patient used, and always ASCII:
the clinician reads it, scanners type it into fields of any code page, and a
note that changed with the screen's language would read differently in two
charts for the same answers. It is built from the checklist's ids, which are
the same in every language (`content/en` and `content/es` share them) and
short; the patient's language is stated on its own line. Warning signs come
first, most urgent tier first, like the summary. Only what was answered is
listed. See docs/HANDOFF.md for the format and its measured sizes.
"""

from __future__ import annotations

import datetime as dt
import unicodedata

from clinicapp.content.model import Library, WarningTier
from clinicapp.session import VisitSession

# Read in a chart weeks later: "WARNING TODAY" could pass for a date or an instruction, so each
# line names the tier the way the summary does (emergency: get help now; same day: tell staff today).
TIER_LINE = {WarningTier.EMERGENCY: "WARNING SIGNS, EMERGENCY", WarningTier.TODAY: "WARNING SIGNS, SAME DAY"}
LANGUAGE_NAMES = {"en": "English", "es": "Spanish"}


def ascii_safe(text: str) -> str:
    """Accents dropped ("dolor lumbar" from "dólor lúmbar"), anything else non-ASCII removed."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return "".join(ch for ch in folded if ch == "\n" or 32 <= ord(ch) < 127)


def visit_note(session: VisitSession, library: Library, when: dt.datetime) -> str:
    """The note, lines joined by "\n"; the first line says what it is and when."""
    lines = [f"clinicapp visit note {when:%Y-%m-%d %H:%M}"]
    checklist = library.checklist
    if checklist is not None:
        for tier, signs in checklist.ticked_by_tier(session.warning_signs):
            lines.append(f"{TIER_LINE[tier]}: {', '.join(s.id for s in signs)}")
        answered = [(q.id, session.peg.get(q.id)) for q in checklist.peg]
        if any(value is not None for _id, value in answered):
            parts = ", ".join(f"{qid} {'-' if value is None else value}" for qid, value in answered)
            score = session.peg_score(tuple(q.id for q in checklist.peg))
            mean = f"; mean {score.value:.1f}" if score.complete else "; mean incomplete"
            lines.append(f"PEG (0-10): {parts}{mean}")
        duration = next((d.id for d in checklist.durations if d.id == session.duration), None)
        if duration:
            lines.append(f"Duration: {duration}")
        regions = [r.id for r in checklist.regions if r.id in session.regions]
        if regions:
            lines.append(f"Where: {', '.join(regions)}")
        # One line for every section: the ids say what they are ("tried-injections"),
        # and section names would cost about 60 characters of a full checklist.
        ticked = [i.id for section in checklist.sections for i in section.items if i.id in session.checked_items]
        if ticked:
            lines.append(f"Ticked: {', '.join(ticked)}")
    if len(lines) == 1:
        lines.append("No answers given.")
    language = LANGUAGE_NAMES.get(library.language, library.language)
    lines.append(f"Patient used: {language}")
    return ascii_safe("\n".join(lines))
