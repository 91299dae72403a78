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

from clinicapp.content.model import COMPARISON_QUESTION_IDS, Library, Therapy


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
    format_date: Callable[[dt.date], str] = dt.date.isoformat  # the UI passes the locale's long date
    value_labels: tuple[str, str, str, str] = (
        "Not important",
        "A little important",
        "Quite important",
        "Very important",
    )


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def _answer(therapy: Therapy, question_id: str, text: HandoutText) -> str:
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


def _source_line(therapy: Therapy) -> str:
    parts = []
    for source in therapy.sources:
        bits = [source.title, source.publisher]
        if source.year:
            bits.append(str(source.year))
        line = ", ".join(b for b in bits if b)
        if source.link:
            line += f" ({source.link})"
        parts.append(line)
    return "; ".join(parts)


def chosen_therapies(library: Library, therapy_ids: Sequence[str]) -> list[Therapy]:
    """The picked therapies in the order picked; unknown ids are skipped."""
    found = (library.therapy(tid) for tid in dict.fromkeys(therapy_ids))
    return [t for t in found if t is not None]


def _grid(library: Library, therapies: list[Therapy], text: HandoutText) -> list[str]:
    # Equal widths for every option: layout must not favour one.
    question_width = 16 if len(therapies) > 2 else 22
    width = (100 - question_width) // max(1, len(therapies))
    out = [
        '<table class="grid" width="100%" border="1" cellspacing="0" cellpadding="4">',
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
            cell = _e(_answer(therapy, qid, text))
            if qid == "evidence":
                lines = certainty_lines(library, therapy, text.certainty, text.certainty_source)
                if lines:
                    cell += f"<br><br><b>{_e(lines[0])}</b>" + "".join(f"<br>{_e(line)}" for line in lines[1:])
            out.append(f"<td>{cell}</td>")
        out.append("</tr>")
    out.append(f'<tr><th align="left">{_e(text.offered)}</th>')
    for therapy in therapies:
        offered = text.offered_yes if library.is_offered(therapy.id) else text.offered_no
        out.append(f"<td>{_e(offered)}</td>")
    out.append("</tr></tbody></table>")
    return out


def _values(library: Library, values: Mapping[str, int], sure: Mapping[str, bool], text: HandoutText) -> list[str]:
    comparison = library.comparison
    if comparison is None:
        return []
    out: list[str] = []
    rated = [(v, values[v.id]) for v in comparison.values if v.id in values]
    if rated:
        out += [f"<h2>{_e(text.values_heading)}</h2>", f"<p>{_e(text.values_note)}</p>", "<ul>"]
        out += [f"<li>{_e(v.label)}: <b>{_e(text.value_labels[rating])}</b></li>" for v, rating in rated]
        out.append("</ul>")
    answered = [(q, sure[q.id]) for q in comparison.sure if q.id in sure]
    if answered:
        out += [f"<h2>{_e(text.sure_heading)}</h2>", "<ul>"]
        out += [f"<li>{_e(q.label)} <b>{_e(text.yes if yes else text.no)}</b></li>" for q, yes in answered]
        out.append("</ul>")
    return out


def build_handout(
    library: Library,
    therapy_ids: Sequence[str],
    values: Mapping[str, int],
    sure: Mapping[str, bool],
    on: dt.date,
    text: HandoutText | None = None,
) -> str:
    """The whole handout as HTML that QTextDocument prints on A4 portrait."""
    text = text or HandoutText()
    clinic = library.clinic
    therapies = chosen_therapies(library, therapy_ids)
    out = [
        "<!DOCTYPE html>",
        '<html><head><meta charset="utf-8">',
        f"<title>{_e(text.title)}</title>",
        "<style>body, p, li, th, td { font-size: 9pt; } h1 { font-size: 15pt; } h2 { font-size: 11pt; }"
        " th, td { vertical-align: top; } thead th { background: #e3e8ee; }</style>",
        "</head><body>",
        f"<h1>{_e(text.title)}</h1>",
        f"<p><b>{_e(clinic.name)}</b> — {_e(text.printed_on.format(date=text.format_date(on)))}</p>",
        f"<p>{_e(text.intro)}</p>",
    ]
    out += _grid(library, therapies, text)
    if library.comparison and library.comparison.ask_care_team:
        out += [f"<h2>{_e(text.ask_heading)}</h2>", "<ul>"]
        out += [f"<li>{_e(q)}</li>" for q in library.comparison.ask_care_team]
        out.append("</ul>")
    out += _values(library, values, sure, text)
    out += [f"<h2>{_e(text.sources_heading)}</h2>", "<ul>"]
    for therapy in therapies:
        reviewed = text.reviewed.format(date=text.format_date(therapy.last_reviewed))
        out.append(f"<li><b>{_e(therapy.name)}</b>: {_e(_source_line(therapy))}. {_e(reviewed)}.</li>")
    out.append("</ul>")
    if clinic.funding:
        out.append(f"<p>{_e(clinic.funding)}</p>")
    if clinic.disclaimer:
        out.append(f"<p><b>{_e(clinic.disclaimer)}</b></p>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"
