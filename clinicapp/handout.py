"""The printable therapy comparison handout, built as HTML from plain data.

Pure Python (no Qt) so the golden-file test runs without a display and the
visit summary can reuse it. Every string a patient reads comes in through
`HandoutText`, which the UI fills with translated text; the English defaults
keep tests and the golden file readable. Values and SURE answers are printed
as the patient gave them: they never score, rank or reorder the options.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from clinicapp.content.model import COMPARISON_QUESTION_IDS, Library, Source, Therapy


@dataclass(frozen=True, slots=True)
class HandoutText:
    """Fixed wording of the handout; the UI passes a translated copy."""

    title: str = "Comparing treatment options"
    intro: str = (
        "The same questions answered for each option you chose. No option is shown as better than another: "
        "talk them over with your care team."
    )
    printed_on: str = "Printed on {date}"
    question: str = "Question"
    offered: str = "Offered at this clinic"
    offered_yes: str = "Yes, offered here"
    offered_no: str = "Not offered here — ask about a referral"
    missing_answer: str = "Ask your care team"
    ask_heading: str = "Questions to ask your care team"
    values_heading: str = "What matters to you"
    values_note: str = "Your own answers, to talk over with your care team. They do not score the options."
    sure_heading: str = "How sure do you feel? (SURE check)"
    yes: str = "Yes"
    no: str = "No"
    certainty: str = "How sure the research is: {level}"
    certainty_source: str = "Source: {title}"
    sources_heading: str = "Where this information comes from"
    reviewed: str = "Last reviewed {date}"
    source_numbers: str = "Sources {numbers} (listed below)."
    format_date: Callable[[dt.date], str] = dt.date.isoformat  # the UI passes the locale's long date
    value_labels: tuple[str, str, str, str] = (
        "Not important",
        "A little important",
        "Quite important",
        "Very important",
    )


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def _answer(library: Library, therapy: Therapy, question_id: str, text: HandoutText) -> str:
    """The therapy's answer (the app's library already has the clinic's numbers filled in)."""
    return therapy.answer(question_id) or text.missing_answer


def certainty_lines(library: Library, therapy: Therapy, level_line: str, source_line: str) -> tuple[str, ...]:
    """How sure the evidence is, worded the same way for every option: level, its meaning, its source.

    level_line holds {level}, source_line holds {title} (translated by the caller).
    Empty when the therapy has no rating (the loader requires one in content files).
    """
    certainty = therapy.certainty
    if certainty is None:
        return ()
    level = library.comparison.certainty_level(certainty.level) if library.comparison else None
    source = therapy.certainty_source()
    lines = [level_line.format(level=level.label if level else certainty.level.value)]
    if level is not None:
        lines.append(level.meaning)
    if source is not None:
        lines.append(source_line.format(title=source.title))
    return tuple(lines)


def _source_text(source: Source) -> str:
    bits = [source.title, source.publisher]
    if source.year:
        bits.append(str(source.year))
    line = ", ".join(b for b in bits if b)
    if source.link:
        line += f" ({source.link})"
    return line


def _numbered_sources(therapies: list[Therapy]) -> tuple[dict[str, int], dict[str, list[int]]]:
    """Every source once, numbered in order of first use, and each therapy's numbers.

    Options share sources (the same guideline or review): listed once, the
    handout is shorter and a reader sees which options rest on the same evidence.
    """
    numbers: dict[str, int] = {}
    used: dict[str, list[int]] = {}
    for therapy in therapies:
        used[therapy.id] = []
        for source in therapy.sources:
            line = _source_text(source)
            number = numbers.setdefault(line, len(numbers) + 1)
            if number not in used[therapy.id]:
                used[therapy.id].append(number)
    return numbers, used


def chosen_therapies(library: Library, therapy_ids: Sequence[str]) -> list[Therapy]:
    """The picked therapies in the order picked; unknown ids are skipped."""
    found = (library.therapy(tid) for tid in dict.fromkeys(therapy_ids))
    return [t for t in found if t is not None]


def _grid(
    library: Library,
    therapies: list[Therapy],
    text: HandoutText,
    sources: dict[str, list[int]],
) -> list[str]:
    # Equal widths for every option: layout must not favour one. Each question is
    # one table row, and Qt moves a row that would cross a page to the next one whole.
    # The question column is narrow (its labels are short and bold) so the answers get the width.
    question_width = 8 if len(therapies) > 2 else 16
    width = (100 - question_width) // max(1, len(therapies))
    out = [
        '<table class="grid" width="100%" border="1" cellspacing="0" cellpadding="1">',
        "<thead><tr>",
        f'<th width="{question_width}%" align="left">{_e(text.question)}</th>',
    ]
    out += [f'<th width="{width}%" align="left">{_e(t.name)}</th>' for t in therapies]
    out.append("</tr></thead><tbody>")
    labels = {q.id: q.label for q in library.comparison.questions} if library.comparison else {}
    question_ids = [q.id for q in library.comparison.questions] if library.comparison else []
    question_ids += [q for q in COMPARISON_QUESTION_IDS if q not in question_ids]
    for qid in question_ids:
        out.append(f'<tr><th align="left">{_e(labels.get(qid, qid))}</th>')
        for therapy in therapies:
            cell = _e(_answer(library, therapy, qid, text))
            if qid == "evidence":
                lines = certainty_lines(library, therapy, text.certainty, text.certainty_source)
                if lines:
                    # The bold level line sets it apart from the answer; no blank line.
                    cell += f"<br><b>{_e(lines[0])}</b>" + "".join(f"<br>{_e(line)}" for line in lines[1:])
            out.append(f"<td>{cell}</td>")
        out.append("</tr>")
    out.append(f'<tr><th align="left">{_e(text.offered)}</th>')
    for therapy in therapies:
        offered = text.offered_yes if library.is_offered(therapy.id) else text.offered_no
        out.append(f"<td>{_e(offered)}</td>")
    out.append(f'</tr><tr><th align="left">{_e(text.sources_heading)}</th>')
    for therapy in therapies:
        numbers = ", ".join(str(n) for n in sources[therapy.id])
        reviewed = text.reviewed.format(date=text.format_date(therapy.last_reviewed))
        out.append(f"<td>{_e(text.source_numbers.format(numbers=numbers))} {_e(reviewed)}.</td>")
    out.append("</tr></tbody></table>")
    return out


def _items(lines: Sequence[str]) -> str:
    """A bulleted list of lines that are already HTML."""
    return "<ul>" + "".join(f"<li>{line}</li>" for line in lines) + "</ul>"


def _list_block(heading: str, lines: Sequence[str], note: str = "") -> str:
    """A heading with its list as one HTML string (empty without lines)."""
    if not lines:
        return ""
    intro = f"<p>{_e(note)}</p>" if note else ""
    return f'<p class="h2">{_e(heading)}</p>{intro}{_items(lines)}'


def _values(library: Library, values: Mapping[str, int], sure: Mapping[str, bool], text: HandoutText) -> list[str]:
    """What matters to the person and their SURE answers, as given (already escaped HTML blocks)."""
    comparison = library.comparison
    if comparison is None:
        return []
    rated = [
        f"{_e(v.label)}: <b>{_e(text.value_labels[values[v.id]])}</b>" for v in comparison.values if v.id in values
    ]
    answered = [
        f"{_e(q.label)} <b>{_e(text.yes if sure[q.id] else text.no)}</b>" for q in comparison.sure if q.id in sure
    ]
    return [
        _list_block(text.values_heading, rated, text.values_note),
        _list_block(text.sure_heading, answered),
    ]


def build_handout(
    library: Library,
    therapy_ids: Sequence[str],
    values: Mapping[str, int],
    sure: Mapping[str, bool],
    on: dt.date,
    text: HandoutText | None = None,
    point_size: float = 9.0,
) -> str:
    """The whole handout as HTML for A4 landscape: the grid, then questions, the person's answers, sources.

    point_size is the base text size; the printing code steps it down (9 to
    7 pt) until the handout fits on two pages, one sheet printed both sides.
    """
    text = text or HandoutText()
    pt = point_size
    clinic = library.clinic
    therapies = chosen_therapies(library, therapy_ids)
    numbers, source_numbers = _numbered_sources(therapies)
    source_lines = list(numbers)
    out = [
        "<!DOCTYPE html>",
        '<html><head><meta charset="utf-8">',
        f"<title>{_e(text.title)}</title>",
        # Arial where there is one (Windows), else a narrow sans: the grid holds long answers in four columns.
        "<style>body { font-family: Arial, 'Liberation Sans', 'DejaVu Sans Condensed', sans-serif; }"
        f" body, p, li, th, td {{ font-size: {pt:g}pt; line-height: 95%; }}"
        f" p.h1 {{ font-size: {pt * 1.5:g}pt; font-weight: bold; margin-top: 0px; margin-bottom: 2px; }}"
        f" p.h2 {{ font-size: {pt * 1.15:g}pt; font-weight: bold; margin-top: 4px; margin-bottom: 1px; }}"
        " p { margin-top: 2px; margin-bottom: 2px; } ul, ol { margin-top: 0px; margin-bottom: 2px; }"
        " th, td { vertical-align: top; } thead th { background: #e3e8ee; }"
        f" p.small {{ font-size: {pt * 0.8:g}pt; margin-top: 0px; margin-bottom: 1px; }}"
        "</style>",
        "</head><body>",
        f'<p class="h1">{_e(text.title)}</p>',
        f"<p><b>{_e(clinic.name)}</b> — {_e(text.printed_on.format(date=text.format_date(on)))}. {_e(text.intro)}</p>",
    ]
    out += _grid(library, therapies, text, source_numbers)
    # Below the grid: what to ask (in two columns) beside the person's own answers, then
    # the sources in four columns of small print.
    asks = [_e(q) for q in (library.comparison.ask_care_team if library.comparison else ())]
    own = [b for b in _values(library, values, sure, text) if b]
    if asks or own:
        out.append('<table width="100%" cellspacing="0" cellpadding="3"><tr>')
        # The values list (a label and a rating per line) runs longest, so it gets more
        # room than the SURE answers; the questions to ask share the rest in two columns.
        own_widths = ((), (58,), (34, 24))[len(own)]
        if asks:
            half = (len(asks) + 1) // 2
            out.append(f'<td width="{100 - sum(own_widths)}%"><p class="h2">{_e(text.ask_heading)}</p>')
            out.append('<table width="100%" cellspacing="0" cellpadding="0"><tr>')
            out += [f'<td width="50%">{_items(column)}</td>' for column in (asks[:half], asks[half:])]
            out.append("</tr></table></td>")
        scale = 1 if asks else 100 / max(1, sum(own_widths))
        out += [f'<td width="{round(w * scale)}%">{block}</td>' for w, block in zip(own_widths, own, strict=True)]
        out.append("</tr></table>")
    out.append(f'<p class="h2">{_e(text.sources_heading)}</p>')
    per_column = -(-len(source_lines) // 4)
    out.append('<table width="100%" cellspacing="0" cellpadding="2"><tr>')
    for first in range(0, len(source_lines), per_column):
        column = source_lines[first : first + per_column]
        lines = "".join(f'<p class="small">{n}. {_e(line)}</p>' for n, line in enumerate(column, first + 1))
        out.append(f'<td width="25%">{lines}</td>')
    out.append("</tr></table>")
    if clinic.funding:
        out.append(f"<p>{_e(clinic.funding)}</p>")
    if clinic.disclaimer:
        out.append(f"<p><b>{_e(clinic.disclaimer)}</b></p>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"
