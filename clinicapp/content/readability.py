"""Reading grade of patient text (Flesch–Kincaid), for the validator only.

textstat is imported lazily: the app itself never needs it, and its
dictionary load would slow start-up. Version 0.7.8 is pinned because later
releases download NLTK data on first use, which fails on offline machines.
"""

from __future__ import annotations

import re

MAX_GRADE = 8.0  # the validator warns above this; the AMA advises aiming for 6

_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_MARKUP = re.compile(r"^\s{0,3}(?:#{1,6}\s+|[-*+]\s+|\d+[.)]\s+|>\s?)", re.MULTILINE)
_EMPHASIS = re.compile(r"[*_`]+")


def plain_text(markdown: str) -> str:
    """Markdown reduced to the words a reader sees, one sentence per line item."""
    text = _LINK.sub(r"\1", markdown)
    lines = []
    for line in _MARKUP.sub("", text).splitlines():
        line = _EMPHASIS.sub("", line).strip()
        if line:
            # Headings and list items have no full stop; without one they would
            # run into the next line and count as one very long sentence.
            lines.append(line if line[-1] in ".!?:" else line + ".")
    return "\n".join(lines)


def grade(markdown: str) -> float:
    """Flesch–Kincaid grade of a Markdown body, rounded to one decimal."""
    import textstat  # deferred: see module docstring

    text = plain_text(markdown)
    if not text.strip():
        return 0.0
    return round(float(textstat.flesch_kincaid_grade(text)), 1)
