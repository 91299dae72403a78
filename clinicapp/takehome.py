"""Take-home reading: any topic or therapy card as a printable handout, and several as one pack.

Pure Python (no Qt), like `summary` and `handout`, so golden files pin the
HTML without a display. Every fixed phrase comes in through `TakeHomeText`,
which the UI fills with translated text; records come from the library the
views use, where the clinic's emergency number and crisis line are already
filled in (AppContext). Every piece of text from content is escaped before
any markup is added, so a title or a body can never inject its own HTML.

The HTML keeps to what QTextDocument renders on paper: headings are
<p class="h1"> rather than <h1> (printed, Qt draws <h1>/<h2> at fixed sizes
whatever the style sheet says), sizes in points, margins in pixels, and a
new handout in a pack starts with `page-break-before: always`.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from clinicapp.content import markdown_reader
from clinicapp.content.model import COMPARISON_QUESTION_IDS, Library, Source, Therapy, Topic
from clinicapp.handout import certainty_lines

if TYPE_CHECKING:
    from markdown_it.token import Token

BASE_POINT_SIZE = 12.0  # patient education print: 12 pt or more is the usual advice for older readers


@dataclass(frozen=True, slots=True)
class TakeHomeText:
    """Fixed wording of a handout; the UI passes a translated copy."""

    printed_on: str = "Printed on {date}"
    reviewed: str = "Last reviewed {date}"
    sources_heading: str = "Where this information comes from"
    missing_answer: str = "It varies. Ask your care team."
    offered: str = "Offered at this clinic"
    offered_yes: str = "Yes, offered here"
    offered_no: str = "Not offered here — ask about a referral"
    certainty: str = "How sure the research is: {level}"
    certainty_source: str = "Source: {title}"
    pack_title: str = "Your take-home reading"
    format_date: Callable[[dt.date], str] = dt.date.isoformat  # the UI passes the locale's long date


def _e(text: str) -> str:
    return html.escape(text, quote=True)


# -- Markdown, read by the app's one reader ----------------------------------
# Bodies are checked Markdown (clinicapp.content.markdown_rules), read here by
# markdown_reader's parser, the same reading as search, the reading grade and
# the link rules, so paper shows what the screen shows. On paper a link is only
# its words and an image its alt text; raw HTML prints as the text it is, and
# every piece of text is escaped before any markup is added.
_INLINE_TAGS = {
    "strong_open": "<b>", "strong_close": "</b>", "em_open": "<i>", "em_close": "</i>",
    "s_open": "<s>", "s_close": "</s>", "softbreak": " ", "hardbreak": "<br>",
}  # fmt: skip
_BLOCK_TAGS = {
    "bullet_list_open": "<ul>", "bullet_list_close": "</ul>", "ordered_list_open": "<ol>",
    "ordered_list_close": "</ol>", "list_item_open": "<li>", "list_item_close": "</li>",
    "table_open": '<table border="1" cellspacing="0" cellpadding="3">', "table_close": "</table>",
    "tr_open": "<tr>", "tr_close": "</tr>", "th_open": "<th>", "th_close": "</th>",
    "td_open": "<td>", "td_close": "</td>", "hr": "<hr>",
}  # fmt: skip


def _inline(children: Sequence[Token]) -> str:
    out = []
    for token in children:
        if token.type in _INLINE_TAGS:
            out.append(_INLINE_TAGS[token.type])
        elif token.type == "image":  # its alt text, as words
            out.append(_inline(token.children or []))
        elif token.type not in ("link_open", "link_close"):  # text, escapes, code, raw HTML: as text
            out.append(_e(token.content))
    return "".join(out)


def inline_html(text: str) -> str:
    """One line of Markdown as escaped HTML: bold, italic and link words; nothing else becomes markup."""
    return _inline(markdown_reader.inline_tokens(text))


def markdown_html(body: str) -> str:
    """A content body as HTML for paper: headings, paragraphs, lists (nested too), quotes' words and tables.

    Top-level blocks are joined by newlines; a list is one line.
    """
    blocks: list[str] = []
    current: list[str] = []
    items: list[int] = [0]  # paragraphs read so far in each open list item (the first: outside any)
    for token in markdown_reader.tokens(body):
        kind = token.type
        if kind == "heading_open":
            current.append(f'<p class="{"h2" if token.tag in ("h1", "h2") else "h3"}">')
        elif kind == "heading_close":
            current.append("</p>")
        elif kind == "paragraph_open":
            if len(items) > 1:  # in a list item: its words go straight in, a second paragraph after a break
                current.append("<br>" if items[-1] else "")
            elif not token.hidden:
                current.append("<p>")
        elif kind == "paragraph_close":
            if len(items) > 1:
                items[-1] += 1
            elif not token.hidden:
                current.append("</p>")
        elif kind == "list_item_open":
            items.append(0)
            current.append("<li>")
        elif kind == "list_item_close":
            items.pop()
            current.append("</li>")
        elif kind in _BLOCK_TAGS:
            current.append(_BLOCK_TAGS[kind])
        elif kind == "inline":
            current.append(_inline(token.children or []))
        elif kind in ("fence", "code_block", "html_block"):  # as the text it is, line by line
            current.append("<p>" + "<br>".join(_e(line) for line in token.content.strip("\n").split("\n")) + "</p>")
        if token.level == 0 and token.nesting <= 0 and current:  # a top-level block is complete
            blocks.append("".join(current))
            current = []
    return "\n".join(blocks)


# -- one handout -------------------------------------------------------------
def _source_line(source: Source) -> str:
    bits = [source.title, source.publisher, str(source.year) if source.year else ""]
    line = ". ".join(_e(b) for b in bits if b)
    if source.link:  # a reader types it in: the whole address, never a link
        line += f'<br><span class="link">{_e(source.link)}</span>'
    return line


def _header(library: Library, title: str, summary: str, reviewed: dt.date, on: dt.date, text: TakeHomeText) -> str:
    clinic = library.clinic.name
    meta = [text.printed_on.format(date=text.format_date(on)), text.reviewed.format(date=text.format_date(reviewed))]
    if clinic:
        meta.insert(0, clinic)
    out = [f'<p class="h1">{_e(title)}</p>', f'<p class="meta">{" · ".join(_e(m) for m in meta)}</p>']
    if summary:
        out.append(f'<p class="lead">{_e(summary)}</p>')
    return "\n".join(out)


def _footer(library: Library, sources: Sequence[Source], text: TakeHomeText) -> str:
    out = []
    if sources:
        out.append(f'<p class="h2">{_e(text.sources_heading)}</p>')
        out.append('<ol class="sources">' + "".join(f"<li>{_source_line(s)}</li>" for s in sources) + "</ol>")
    clinic = library.clinic
    if clinic.funding:
        out.append(f'<p class="small">{_e(clinic.funding)}</p>')
    if clinic.disclaimer:
        out.append(f'<p class="disclaimer"><b>{_e(clinic.disclaimer)}</b></p>')
    return "\n".join(out)


def topic_body(library: Library, topic: Topic, on: dt.date, text: TakeHomeText) -> str:
    """A topic's handout, without the page around it."""
    return "\n".join(
        (
            _header(library, topic.title, topic.summary, topic.last_reviewed, on, text),
            markdown_html(topic.body),
            _footer(library, topic.sources, text),
        )
    )


def therapy_body(library: Library, therapy: Therapy, on: dt.date, text: TakeHomeText) -> str:
    """A therapy card's handout: the same twelve questions every option answers, then where it is offered."""
    labels = {q.id: q.label for q in library.comparison.questions} if library.comparison else {}
    order = [q.id for q in library.comparison.questions] if library.comparison else []
    order += [q for q in COMPARISON_QUESTION_IDS if q not in order]
    out = [_header(library, therapy.name, therapy.summary, therapy.last_reviewed, on, text)]
    for question_id in order:
        out.append(f'<p class="h2">{_e(labels.get(question_id, question_id))}</p>')
        out.append(f"<p>{_e(therapy.answer(question_id) or text.missing_answer)}</p>")
        if question_id == "evidence":
            lines = certainty_lines(library, therapy, text.certainty, text.certainty_source)
            if lines:
                out.append(f"<p><b>{_e(lines[0])}</b>" + "".join(f"<br>{_e(line)}" for line in lines[1:]) + "</p>")
    offered = text.offered_yes if library.is_offered(therapy.id) else text.offered_no
    out += [f'<p class="h2">{_e(text.offered)}</p>', f"<p>{_e(offered)}</p>"]
    out.append(_footer(library, therapy.sources, text))
    return "\n".join(out)


def record_title(library: Library, location: str) -> str | None:
    """The title a handout for "topic:ID" or "therapy:ID" carries; None when there is no such record."""
    scheme, _, target = location.partition(":")
    if scheme == "topic" and (topic := library.topic(target)):
        return topic.title
    if scheme == "therapy" and (therapy := library.therapy(target)):
        return therapy.name
    return None


def handout_body(library: Library, location: str, on: dt.date, text: TakeHomeText) -> str | None:
    scheme, _, target = location.partition(":")
    if scheme == "topic" and (topic := library.topic(target)):
        return topic_body(library, topic, on, text)
    if scheme == "therapy" and (therapy := library.therapy(target)):
        return therapy_body(library, therapy, on, text)
    return None


def _page(title: str, bodies: Sequence[str], point_size: float) -> str:
    pt = point_size
    out = [
        "<!DOCTYPE html>",
        '<html><head><meta charset="utf-8">',
        f"<title>{_e(title)}</title>",
        "<style>body { font-family: Arial, 'Liberation Sans', 'DejaVu Sans', sans-serif; }"
        f" body, p, li {{ font-size: {pt:g}pt; }}"
        " p { margin-top: 3px; margin-bottom: 5px; } ul, ol { margin-top: 0px; margin-bottom: 5px; }"
        " li { margin-bottom: 2px; }"
        f" p.h1 {{ font-size: {pt * 1.6:g}pt; font-weight: bold; margin-top: 0px; margin-bottom: 2px; }}"
        f" p.h2 {{ font-size: {pt * 1.2:g}pt; font-weight: bold; margin-top: 10px; margin-bottom: 2px; }}"
        f" p.h3 {{ font-size: {pt * 1.05:g}pt; font-weight: bold; margin-top: 6px; margin-bottom: 2px; }}"
        # printing.KEEP_WITH_NEXT: a heading is never left at the foot of a page without its text.
        " p.h2, p.h3 { -qt-user-state: 1; }"
        f" p.meta {{ font-size: {pt * 0.85:g}pt; color: #333333; margin-bottom: 8px; }}"
        f" p.lead {{ font-size: {pt * 1.05:g}pt; font-style: italic; }}"
        f" ol.sources li {{ font-size: {pt * 0.8:g}pt; }} span.link {{ font-size: {pt * 0.75:g}pt; }}"
        f" p.small {{ font-size: {pt * 0.8:g}pt; margin-top: 8px; }}"
        f" p.disclaimer {{ font-size: {pt * 0.9:g}pt; }}"
        "</style>",
        "</head><body>",
    ]
    for index, body in enumerate(bodies):
        if index:  # every handout of a pack starts on a page of its own
            body = body.replace('<p class="h1">', '<p class="h1" style="page-break-before: always;">', 1)
        out.append(body)
    out += ["</body></html>", ""]
    return "\n".join(out)


def build_handout(
    library: Library, location: str, on: dt.date, text: TakeHomeText | None = None, point_size: float = BASE_POINT_SIZE
) -> str | None:
    """One topic ("topic:ID") or therapy card ("therapy:ID") as a whole HTML page; None if there is no such record."""
    text = text or TakeHomeText()
    body = handout_body(library, location, on, text)
    if body is None:
        return None
    return _page(record_title(library, location) or "", [body], point_size)


def build_pack(
    library: Library,
    locations: Sequence[str],
    on: dt.date,
    text: TakeHomeText | None = None,
    point_size: float = BASE_POINT_SIZE,
) -> str:
    """Several handouts in the order given, each from a new page; records no longer there are left out."""
    text = text or TakeHomeText()
    bodies = [b for b in (handout_body(library, loc, on, text) for loc in dict.fromkeys(locations)) if b]
    return _page(text.pack_title, bodies, point_size)
