"""Print the visit note's size and QR symbol for a typical visit and for the longest note the content can make.

    .venv/bin/python tools/note_sizes.py [--content DIR] [--show]

"typical" is docs/HANDOFF.md's example; "everything" ticks every box, answers
the PEG with 10s and picks the duration with the longest code. The on-screen
module size is what the summary's note code would use (whole pixels, the same
at every text size). No Qt: the numbers come from the hand-off layer alone.
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from clinicapp.content.loader import load_library
from clinicapp.content.model import Library
from clinicapp.handoff.note import visit_note
from clinicapp.handoff.qr import make_symbol
from clinicapp.paths import bundled_content_dir
from clinicapp.session import VisitSession

WHEN = dt.datetime(2026, 11, 30, 13, 5)
NOTE_QR_PX, MIN_MODULE_PX, MAX_MODULE_PX = 330, 3, 8  # as ui/checklist/summary_view.py and qr_code.py (no Qt here)


def typical(library: Library) -> VisitSession:
    session = VisitSession()
    session.checked_items |= {"deep-ache", "lingering-pain", "tender-knot", "trouble-sleeping"}
    session.regions |= {"neck", "shoulders", "lower-back"}
    session.warning_signs.add("night-rest-pain")
    session.duration = "3-to-12-months"
    checklist = library.checklist
    assert checklist is not None
    for question, value in zip(checklist.peg, (7, 6, 5), strict=True):
        session.peg[question.id] = value
    return session


def everything(library: Library) -> VisitSession:
    checklist = library.checklist
    assert checklist is not None
    session = VisitSession()
    session.checked_items |= {i.id for i in checklist.items}
    session.regions |= {r.id for r in checklist.regions}
    session.warning_signs |= {w.id for w in checklist.warning_signs}
    session.duration = max(checklist.durations, key=lambda d: len(d.short or d.id)).id
    for question in checklist.peg:
        session.peg[question.id] = 10
    return session


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--content", type=Path, default=bundled_content_dir())
    parser.add_argument("--show", action="store_true", help="print the notes too")
    args = parser.parse_args()
    for language in ("en", "es"):
        library = load_library(args.content / language).library
        for name, make in (("typical", typical), ("everything", everything)):
            note = visit_note(make(library), library, WHEN)
            symbol = make_symbol(note)
            px = max(MIN_MODULE_PX, min(MAX_MODULE_PX, NOTE_QR_PX // symbol.size))
            longest = max(len(line) for line in note.splitlines())
            print(
                f"{language} {name}: {len(note.encode('utf-8'))} bytes, longest line {longest},"
                f" QR version {symbol.version} ({symbol.error}), {symbol.size} modules with quiet zone,"
                f" {px} px modules, {px * symbol.size} px on screen"
            )
            if args.show:
                print(note, end="\n\n")


if __name__ == "__main__":
    main()
