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
    not_answered: str = "Not answered"
    nothing_ticked: str = "Nothing ticked"
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


@dataclass(frozen=True, slots=True)
class VisitSummary:
    title: str
    date_line: str
    clinic_line: str
    intro: str
    warnings: tuple[SummaryGroup, ...]  # one per ticked tier, most urgent first; note = the tier's instruction
    groups: tuple[SummaryGroup, ...]
    peg_value: float | None


def _peg_group(checklist: Checklist, session: VisitSession, text: SummaryText) -> tuple[SummaryGroup, float | None]:
    score = session.peg_score(tuple(q.id for q in checklist.peg))
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
    if checklist is not None:
        regions = tuple(r.label for r in checklist.regions if r.id in session.regions)
        groups.append(SummaryGroup(text.regions_heading, regions or (text.nothing_ticked,)))
        for section in checklist.sections:
            ticked = tuple(i.text for i in section.items if i.id in session.checked_items)
            groups.append(SummaryGroup(section.title, ticked or (text.nothing_ticked,)))
        duration = next((d.label for d in checklist.durations if d.id == session.duration), text.not_answered)
        groups.append(SummaryGroup(text.duration_heading, (duration,)))
        peg, peg_value = _peg_group(checklist, session, text)
        groups.append(peg)
    groups += _compare_groups(library, session, text)
    return VisitSummary(
        title=text.title,
        date_line=text.date.format(date=date_text or on.isoformat()),
        clinic_line=text.clinic.format(clinic=library.clinic.name),
        intro=text.intro,
        warnings=_warning_groups(library, session, text),
        groups=tuple(groups),
        peg_value=peg_value,
    )


def _e(value: str) -> str:
    return html.escape(value, quote=True)


def _group_html(group: SummaryGroup, list_intro: str = "") -> list[str]:
    """A heading, its note (the tier's instruction or the PEG score), any actions, its list and footnote."""
    out = [f"<h2>{_e(group.heading)}</h2>"]
    if group.note:
        out.append(f"<p><b>{_e(group.note)}</b></p>")
    out += [f"<p><b>{_e(action)}</b></p>" for action in group.actions]
    if list_intro:
        out.append(f"<p>{_e(list_intro)}</p>")
    out.append("<ul>")
    out += [f"<li>{_e(line)}</li>" for line in group.lines]
    out.append("</ul>")
    if group.footnote:
        out.append(f'<p class="footnote">{_e(group.footnote)}</p>')
    return out


# Emergency and today look different on paper even in black and white: a
# thicker frame and its own heading, not only another colour.
_TIER_FRAME = {WarningTier.EMERGENCY: ("emergency", 4), WarningTier.TODAY: ("warning", 2)}


def summary_html(summary: VisitSummary, warning_intro: str | None = None, point_size: float = 10.0) -> str:
    """The summary as HTML that QTextDocument prints on A4 (10 pt) or shows at the screen's text size."""
    pt = point_size
    if warning_intro is None:
        warning_intro = SummaryText().warning_signs
    out = [
        "<!DOCTYPE html>",
        '<html><head><meta charset="utf-8">',
        f"<title>{_e(summary.title)}</title>",
        f"<style>body {{ font-size: {pt:g}pt; }} h1 {{ font-size: {pt * 1.6:g}pt; }}"
        f" h2 {{ font-size: {pt * 1.2:g}pt; }}"
        " table.emergency { background: #fde8e8; color: #8b0000; }"
        " table.warning { background: #fff4d6; color: #5c3b00; }"
        f" p.footnote {{ font-size: {pt * 0.9:g}pt; }}</style>",
        "</head><body>",
        f"<h1>{_e(summary.title)}</h1>",
        f"<p>{_e(summary.date_line)}<br>{_e(summary.clinic_line)}</p>",
    ]
    for group in summary.warnings:
        css, border = _TIER_FRAME[group.tier or WarningTier.TODAY]
        out += [
            f'<table class="{css}" width="100%" border="{border}" cellspacing="0" cellpadding="8"><tr><td>',
            *_group_html(group, warning_intro),
            "</td></tr></table>",
        ]
    out.append(f"<p>{_e(summary.intro)}</p>")
    for group in summary.groups:
        out += _group_html(group)
    out += ["</body></html>", ""]
    return "\n".join(out)


def build_summary_html(
    session: VisitSession, library: Library, on: dt.date, text: SummaryText | None = None, date_text: str = ""
) -> str:
    """Shortcut for the view and the tests: the summary straight to HTML."""
    text = text or SummaryText()
    return summary_html(build_summary(session, library, on, text, date_text), text.warning_signs)
