"""The "Summary for your visit": plain-word groups and printable HTML, built from the session.

Pure Python (no Qt) so it is tested without a display against a golden file,
and so the view only has to show what this returns. Every fixed phrase comes in
through `SummaryText`, which the UI fills with translated text; the English
defaults keep tests readable. Warning signs always come first, most urgent tier
first, each tier under its own heading with its instruction. Nothing here
names a condition: the summary repeats the patient's own answers, no more.
"""

from __future__ import annotations

import datetime as dt
import html
from dataclasses import dataclass

from clinicapp.content.model import Checklist, Library, WarningTier
from clinicapp.session import VisitSession


@dataclass(frozen=True, slots=True)
class SummaryText:
    """Fixed wording of the summary; the UI passes a translated copy."""

    title: str = "Summary for your visit"
    date: str = "Date: {date}"
    clinic: str = "Clinic: {clinic}"
    intro: str = "Your own answers, to show your care team. You can change them before you print."
    emergency_heading: str = "Emergency"
    today_heading: str = "Tell the staff today"
    warning_signs: str = "You ticked:"
    regions_heading: str = "Where it hurts"
    duration_heading: str = "How long it has been going on"
    peg_heading: str = "Pain and how it affects your life (PEG)"
    peg_score: str = "PEG score: {score} out of 10 (the average of your three answers)"
    peg_incomplete: str = "Incomplete: answer all three"
    peg_part: str = "{question} — {value} out of 10"
    peg_unanswered: str = "{question} — not answered"
    peg_scale: str = "(0 = {low}, 10 = {high})"
    nothing_yet: str = "You have not answered any questions yet."
    therapies_heading: str = "Treatments you want to compare"
    values_heading: str = "What matters to you"
    sure_heading: str = "How sure do you feel? (SURE check)"
    yes: str = "Yes"
    no: str = "No"
    value_labels: tuple[str, str, str, str] = (
        "Not important",
        "A little important",
        "Quite important",
        "Very important",
    )


@dataclass(frozen=True, slots=True)
class SummaryGroup:
    """One heading and its answers, each already in plain words."""

    heading: str
    lines: tuple[str, ...]
    note: str = ""
    actions: tuple[str, ...] = ()  # a warning tier: each ticked sign's own extra instruction
    footnote: str = ""  # shown under the list (the PEG's source line)
    tier: WarningTier | None = None  # set on warning groups only
    inline: bool = False  # printed as one line ("Neck, Lower back"): places


@dataclass(frozen=True, slots=True)
class VisitSummary:
    title: str
    date_line: str
    clinic_line: str
    intro: str
    nothing_yet: str
    warnings: tuple[SummaryGroup, ...]  # one per ticked tier, most urgent first; note = the tier's instruction
    groups: tuple[SummaryGroup, ...]
    peg_value: float | None


def _peg_group(
    checklist: Checklist, session: VisitSession, text: SummaryText
) -> tuple[SummaryGroup | None, float | None]:
    """The PEG answers and score; None when none of the three is answered (the section is left out)."""
    score = session.peg_score(tuple(q.id for q in checklist.peg))
    if not any(session.peg.get(q.id) is not None for q in checklist.peg):
        return None, None
    lines = []
    for question in checklist.peg:
        answer = session.peg.get(question.id)
        if answer is None:
            lines.append(text.peg_unanswered.format(question=question.text))
            continue
        scale = text.peg_scale.format(low=question.low_label, high=question.high_label)
        lines.append(f"{text.peg_part.format(question=question.text, value=answer)} {scale}")
    # One decimal, always: "5.0" and "5.3" read alike; never a number while incomplete.
    note = text.peg_score.format(score=f"{score.value:.1f}") if score.complete else text.peg_incomplete
    return SummaryGroup(text.peg_heading, tuple(lines), note, footnote=checklist.peg_note), score.value


def _warning_groups(library: Library, session: VisitSession, text: SummaryText) -> tuple[SummaryGroup, ...]:
    """Ticked warning signs, one group per tier, most urgent first, with the clinic's numbers filled in."""
    checklist = library.checklist
    if checklist is None:
        return ()
    headings = {WarningTier.EMERGENCY: text.emergency_heading, WarningTier.TODAY: text.today_heading}
    groups = []
    for tier, signs in checklist.ticked_by_tier(session.warning_signs):
        message = library.clinic.fill(checklist.warning_messages.for_tier(tier))
        actions = tuple(library.clinic.fill(s.action) for s in signs if s.action)
        groups.append(SummaryGroup(headings[tier], tuple(s.text for s in signs), message, actions, tier=tier))
    return tuple(groups)


def _compare_groups(library: Library, session: VisitSession, text: SummaryText) -> list[SummaryGroup]:
    groups = []
    names = [t.name for t in (library.therapy(tid) for tid in session.picked_therapies) if t is not None]
    if names:
        groups.append(SummaryGroup(text.therapies_heading, tuple(names)))
    comparison = library.comparison
    if comparison is None:
        return groups
    rated = [
        f"{v.label}: {text.value_labels[session.values[v.id]]}" for v in comparison.values if v.id in session.values
    ]
    if rated:
        groups.append(SummaryGroup(text.values_heading, tuple(rated)))
    sure = [f"{q.label} {text.yes if session.sure[q.id] else text.no}" for q in comparison.sure if q.id in session.sure]
    if sure:
        groups.append(SummaryGroup(text.sure_heading, tuple(sure)))
    return groups


def build_summary(
    session: VisitSession, library: Library, on: dt.date, text: SummaryText | None = None, date_text: str = ""
) -> VisitSummary:
    """Every answer grouped in reading order; date_text is the locale's date (ISO when empty)."""
    text = text or SummaryText()
    checklist = library.checklist
    groups: list[SummaryGroup] = []
    peg_value = None
    if checklist is not None:  # only what was answered: an empty section is left out, not "Nothing ticked"
        regions = tuple(r.label for r in checklist.regions if r.id in session.regions)
        if regions:
            groups.append(SummaryGroup(text.regions_heading, regions, inline=True))
        for section in checklist.sections:
            ticked = tuple(i.text for i in section.items if i.id in session.checked_items)
            if ticked:
                groups.append(SummaryGroup(section.title, ticked))
        duration = next((d.label for d in checklist.durations if d.id == session.duration), None)
        if duration:
            groups.append(SummaryGroup(text.duration_heading, (duration,)))
        peg, peg_value = _peg_group(checklist, session, text)
        if peg is not None:
            groups.append(peg)
    groups += _compare_groups(library, session, text)
    return VisitSummary(
        title=text.title,
        date_line=text.date.format(date=date_text or on.isoformat()),
        clinic_line=text.clinic.format(clinic=library.clinic.name),
        intro=text.intro,
        nothing_yet=text.nothing_yet,
        warnings=_warning_groups(library, session, text),
        groups=tuple(groups),
        peg_value=peg_value,
    )


def _e(value: str) -> str:
    return html.escape(value, quote=True)


def _list_html(lines: tuple[str, ...]) -> list[str]:
    return ["<ul>", *(f"<li>{_e(line)}</li>" for line in lines), "</ul>"]


# Headings are <p class="h1"/"h2">, not <h1>/<h2>: printed through a QPdfWriter or
# QPrinter, Qt draws <h1>/<h2> at its own fixed sizes (24 and 18 pt) whatever the
# style sheet says, which made every heading two to three times the text.
def _group_html(group: SummaryGroup, list_intro: str = "", *, split: bool = False, inline: bool = False) -> list[str]:
    """A heading, its note (the tier's instruction or the PEG score), any actions, its list and footnote.

    split: the list in two columns (a long list of warning signs on paper);
    inline: the list as one line, "Neck, Lower back" (places on paper).
    """
    out = [f'<p class="h2">{_e(group.heading)}</p>']
    if group.note:
        out.append(f"<p><b>{_e(group.note)}</b></p>")
    out += [f"<p><b>{_e(action)}</b></p>" for action in dict.fromkeys(group.actions)]  # one line per action
    if list_intro:
        out.append(f"<p>{_e(list_intro)}</p>")
    if inline:
        out.append(f"<p>{_e(', '.join(group.lines))}</p>")
    elif split and len(group.lines) > 3:
        half = (len(group.lines) + 1) // 2
        out.append('<table width="100%" cellspacing="0" cellpadding="0"><tr><td width="50%" valign="top">')
        out += _list_html(group.lines[:half])
        out.append('</td><td width="50%" valign="top">')
        out += _list_html(group.lines[half:])
        out.append("</td></tr></table>")
    else:
        out += _list_html(group.lines)
    if group.footnote:
        out.append(f'<p class="footnote">{_e(group.footnote)}</p>')
    return out


def _weight(group: SummaryGroup, width: int = 48) -> int:
    """Roughly how many printed lines a group takes in a half-page column about `width` characters wide."""

    def lines(text: str) -> int:
        return 1 + len(text) // width

    heading = 2 * lines(group.heading)  # larger type and the space above it
    notes = sum(lines(t) for t in (group.note, *dict.fromkeys(group.actions), group.footnote) if t)
    if group.inline:
        return heading + notes + lines(", ".join(group.lines))
    return heading + notes + sum(lines(line) for line in group.lines)


def _columns(groups: tuple[SummaryGroup, ...]) -> tuple[list[SummaryGroup], list[SummaryGroup]]:
    """Split the groups, in reading order, into two columns as even in height as they can be."""
    weights = [_weight(g) for g in groups]
    best = min(range(1, len(groups) + 1), key=lambda cut: max(sum(weights[:cut]), sum(weights[cut:])))
    return list(groups[:best]), list(groups[best:])


# Emergency and today look different on paper even in black and white: a
# thicker frame and its own heading, not only another colour.
_TIER_FRAME = {WarningTier.EMERGENCY: ("emergency", 4), WarningTier.TODAY: ("warning", 2)}


def summary_html(
    summary: VisitSummary, warning_intro: str | None = None, point_size: float = 10.0, columns: int = 2
) -> str:
    """The summary as HTML: two columns to print on one A4 page, one column on screen.

    Printed, the answers stand in two columns of about equal height, which
    the printing code shrinks (10 pt down to 7.5 pt) until the page holds
    them. In one column every section is a single-cell table: Qt moves a
    table row that would cross the page to the next page whole, so if a
    summary ever needs two pages no heading (the PEG's least of all) is left
    at the foot of one without its answers.
    """
    pt = point_size
    if warning_intro is None:
        warning_intro = SummaryText().warning_signs
    out = [
        "<!DOCTYPE html>",
        '<html><head><meta charset="utf-8">',
        f"<title>{_e(summary.title)}</title>",
        # Arial where there is one (Windows), else a narrow sans: a full checklist fits on one page.
        "<style>body { font-family: Arial, 'Liberation Sans', 'DejaVu Sans Condensed', sans-serif; }"
        f" body {{ font-size: {pt:g}pt; }} p, li, td {{ line-height: 95%; }}"
        f" p.h1 {{ font-size: {pt * 1.5:g}pt; font-weight: bold; margin-top: 0px; margin-bottom: 2px; }}"
        f" p.h2 {{ font-size: {pt * 1.15:g}pt; font-weight: bold; margin-top: 4px; margin-bottom: 1px; }}"
        " p { margin-top: 2px; margin-bottom: 2px; } ul { margin-top: 0px; margin-bottom: 2px; }"
        " table.emergency { background: #fde8e8; color: #8b0000; }"
        " table.warning { background: #fff4d6; color: #5c3b00; }"
        f" p.footnote {{ font-size: {pt * 0.9:g}pt; }}</style>",
        "</head><body>",
        f'<p class="h1">{_e(summary.title)}</p>',
        f"<p>{_e(summary.clinic_line)} · {_e(summary.date_line)}</p>",
    ]
    for group in summary.warnings:
        css, border = _TIER_FRAME[group.tier or WarningTier.TODAY]
        out += [
            f'<table class="{css}" width="100%" border="{border}" cellspacing="0" cellpadding="4"><tr><td>',
            *_group_html(group, warning_intro, split=columns > 1),
            "</td></tr></table>",
        ]
    out.append(f"<p>{_e(summary.intro)}</p>")
    if not summary.groups:
        out.append(f"<p><b>{_e(summary.nothing_yet)}</b></p>")
    elif columns == 1:  # each section one single-cell table: Qt moves it to the next page whole
        for group in summary.groups:
            out.append('<table width="100%" cellspacing="0" cellpadding="0"><tr><td>')
            out += [*_group_html(group), "</td></tr></table>"]
    else:
        left, right = _columns(summary.groups)
        out.append('<table width="100%" cellspacing="0" cellpadding="0"><tr>')
        for column in (left, right):
            out.append('<td width="50%" valign="top">')
            for group in column:
                out.append('<table width="100%" cellspacing="0" cellpadding="2"><tr><td>')
                out += [*_group_html(group, inline=group.inline), "</td></tr></table>"]
            out.append("</td>")
        out.append("</tr></table>")
    out += ["</body></html>", ""]
    return "\n".join(out)


def build_summary_html(
    session: VisitSession, library: Library, on: dt.date, text: SummaryText | None = None, date_text: str = ""
) -> str:
    """Shortcut for the view and the tests: the summary straight to HTML."""
    text = text or SummaryText()
    return summary_html(build_summary(session, library, on, text, date_text), text.warning_signs)
