"""The one reader of Markdown in the content layer: what a reader sees, and where each part sits.

Bodies and therapy answers are Markdown, rendered by Qt (QTextDocument.setMarkdown,
CommonMark with GitHub's tables and strikethrough, raw HTML allowed). Three things
need to read them the same way Qt does: the link rules (markdown_rules), search
(the words a reader can find) and the reading grade (the words a reader reads).
They all take their view from `read()`, built on markdown-it-py's CommonMark
tokens, so `**bold**`, `snake_case`, a `` `<b>` `` code span or `5 < 6` mean one
thing everywhere.

markdown-it gives line ranges for blocks but no columns for inline tokens; this
module finds each inline token in its block's source, in order, so every link,
image, HTML tag and run of text carries a 1-based line and column in the text
it was given. Pure Python, no Qt.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.token import Token

LinkKind = Literal["link", "reference", "image", "autolink"]
_LINE_BREAK = re.compile(r"\r\n|\r|\n")


@dataclass(frozen=True, slots=True)
class Block:
    """One paragraph, heading, list item's paragraph, table cell or code block, as plain text."""

    kind: str  # "paragraph", "heading", "table_cell", "code"
    text: str  # whitespace collapsed to single spaces; no Markdown marks
    line: int  # 1-based line of the block's first line


@dataclass(frozen=True, slots=True)
class Link:
    """A link or image as written: `[text](href)`, `[text][ref]`, `<href>` or `![alt](src)`."""

    kind: LinkKind  # "reference": `[text][ref]` or `[ref]`, its href from a definition
    href: str  # as written, not percent-encoded; "" when markdown-it refused it (e.g. javascript:)
    text: str  # the words shown for it (alt text for an image)
    line: int
    column: int


@dataclass(frozen=True, slots=True)
class Span:
    """A piece of source at a position: an HTML tag, a reference definition, a run of visible text."""

    text: str
    line: int
    column: int


@dataclass(frozen=True, slots=True)
class MarkdownDoc:
    blocks: tuple[Block, ...]
    links: tuple[Link, ...]
    html: tuple[Span, ...]  # every raw HTML tag or comment (inline, or a whole HTML block)
    definitions: tuple[Span, ...]  # reference definitions `[1]: target`, positioned at the target
    texts: tuple[Span, ...]  # visible text outside links and code, where an address would become a link

    def plain_text(self) -> str:
        """What a reader sees: one line per block."""
        return "\n".join(block.text for block in self.blocks if block.text)


@functools.cache
def _parser() -> MarkdownIt:
    """The parser, made on first use: importing markdown-it costs about 30 ms of CPU."""
    from markdown_it import MarkdownIt

    class _AsWritten(MarkdownIt):
        """Links as Qt sees them: none dropped, none re-encoded.

        markdown-it turns a `javascript:` or `file:` link into plain text and
        percent-encodes the rest; Qt's reader does neither, so the rules must see
        every link, and messages quote the address as the writer wrote it.
        """

        def validateLink(self, url: str) -> bool:
            return True

        def normalizeLink(self, url: str) -> str:
            return url

        def normalizeLinkText(self, link: str) -> str:
            return link

    # Qt's GitHub dialect: CommonMark with raw HTML, tables and strikethrough.
    # text_join is off so escapes and entities stay separate tokens whose markup
    # is the source ("\\*", "&amp;"): that keeps every token findable in the source.
    # inline_definitions: each reference definition `[1]: target` becomes a token.
    md = _AsWritten("commonmark", {"html": True, "inline_definitions": True})
    md.enable(["table", "strikethrough"]).disable("text_join")
    return md


def parser_ready() -> None:
    """Make the parser now (importing markdown-it): a step-wise read's own step, not the first topic's."""
    _parser()


@functools.lru_cache(maxsize=1024)
def read(markdown: str) -> MarkdownDoc:
    """The reader's view of a Markdown text; never raises on odd input. Cached: loader, search and grades share it."""
    tokens = _parser().parse(markdown)
    lines = _LINE_BREAK.split(markdown)  # as markdown-it counts lines
    reader = _Reader(lines)
    for index, token in enumerate(tokens):
        if token.type == "inline" and token.map is not None:
            reader.inline(token, _block_kind(tokens, index))
        elif token.type in ("fence", "code_block") and token.map is not None:
            reader.blocks.append(Block("code", " ".join(token.content.split()), token.map[0] + 1))
        elif token.type == "html_block" and token.map is not None:
            first = token.map[0]
            text = lines[first] if first < len(lines) else ""
            reader.html.append(Span(token.content.strip(), first + 1, len(text) - len(text.lstrip()) + 1))
        elif token.type == "definition" and token.map is not None:
            reader.definition(str(token.meta.get("url", "")), token.map[0])
    return MarkdownDoc(
        tuple(reader.blocks), tuple(reader.links), tuple(reader.html), tuple(reader.definitions), tuple(reader.texts)
    )


def plain_text(markdown: str) -> str:
    """What a reader sees of a Markdown text: one line per paragraph, heading, item or cell."""
    return read(markdown).plain_text()


def tokens(markdown: str) -> list[Token]:
    """The block tokens (inline ones as children) of the same parse, for a renderer such as the take-home print."""
    return _parser().parse(markdown)


def inline_tokens(text: str) -> list[Token]:
    """The inline tokens of one line, parsed as inside a paragraph."""
    parsed = _parser().parseInline(text)
    return list(parsed[0].children or []) if parsed else []


def _block_kind(tokens: Sequence[Token], index: int) -> str:
    opener = tokens[index - 1].type if index > 0 else ""
    if opener == "heading_open":
        return "heading"
    if opener in ("th_open", "td_open"):
        return "table_cell"
    return "paragraph"


class _Reader:
    """Collects blocks, links, HTML and text runs, placing inline tokens in the source lines."""

    def __init__(self, lines: list[str]) -> None:
        self.lines = lines
        self.blocks: list[Block] = []
        self.links: list[Link] = []
        self.html: list[Span] = []
        self.definitions: list[Span] = []
        self.texts: list[Span] = []
        self.used: dict[int, int] = {}  # line index -> column already consumed (table rows hold several cells)

    def inline(self, token: Token, kind: str) -> None:
        assert token.map is not None
        first = token.map[0]
        content = token.content
        starts = self._line_starts(content, first)
        located = _locate(token.children or [], content)

        def where(offset: int) -> tuple[int, int]:
            k = content.count("\n", 0, offset)
            line_start = content.rfind("\n", 0, offset) + 1
            return first + k + 1, starts[k] + (offset - line_start) + 1

        words: list[str] = []
        depth = 0  # inside a link: its words count, but no address check
        link_words: list[str] = []
        open_link: tuple[LinkKind, str, int] | None = None
        for child, offset in zip(token.children or [], located, strict=True):
            kind_ = child.type
            if kind_ in ("text", "text_special", "code_inline"):
                words.append(child.content)
                if depth:
                    link_words.append(child.content)
                elif kind_ == "text" and child.content.strip():
                    self.texts.append(Span(child.content, *where(offset)))
            elif kind_ in ("softbreak", "hardbreak"):
                words.append(" ")
                if depth:
                    link_words.append(" ")
            elif kind_ == "html_inline":
                self.html.append(Span(child.content, *where(offset)))
            elif kind_ == "link_open":
                depth += 1
                link_kind: LinkKind = "autolink" if child.markup == "autolink" else "link"
                open_link = (link_kind, _href(child, "href"), offset)
                link_words = []
            elif kind_ == "link_close" and open_link is not None:
                depth -= 1
                link_kind, href, at = open_link
                close = content.find("]", offset)
                if link_kind == "link" and close >= 0 and not content.startswith("(", close + 1):
                    link_kind = "reference"
                text = " ".join("".join(link_words).split())
                self.links.append(Link(link_kind, href, text, *where(at)))
                open_link = None
            elif kind_ == "image":
                alt = " ".join(child.content.split())
                self.links.append(Link("image", _href(child, "src"), alt, *where(offset)))
        self.blocks.append(Block(kind, " ".join("".join(words).split()), first + 1))

    def _line_starts(self, content: str, first: int) -> list[int]:
        """0-based column in the source line where each line of the inline content begins."""
        starts = []
        for k, part in enumerate(content.split("\n")):
            index = first + k
            source = self.lines[index] if index < len(self.lines) else ""
            found = source.find(part, self.used.get(index, 0)) if part else -1
            if found < 0:
                found = len(source) - len(source.lstrip())
            self.used[index] = found + len(part)
            starts.append(found)
        return starts

    def definition(self, href: str, first: int) -> None:
        """A reference definition `[label]: target`, placed at its target (which may be on the next line)."""
        for index in range(first, min(first + 3, len(self.lines))):
            source = self.lines[index]
            start = source.find("]:") + 2 if index == first and "]:" in source else 0
            at = _first_non_space(source, start)
            if at < len(source):
                self.definitions.append(Span(href, index + 1, at + 1))
                return
        self.definitions.append(Span(href, first + 1, 1))


def _first_non_space(text: str, start: int) -> int:
    while start < len(text) and text[start] in " \t":
        start += 1
    return start


def _href(token: Token, name: str) -> str:
    value = token.attrs.get(name, "")
    return str(value)


def _locate(children: Sequence[Token], content: str) -> list[int]:
    """Offset in content where each inline token starts, found in order (a best guess, never out of range)."""
    offsets: list[int] = []
    pos = 0

    def find(needle: str, start: int) -> int:
        found = content.find(needle, start) if needle else -1
        return found if found >= 0 else min(start, len(content))

    for child in children:
        kind = child.type
        if kind == "text":
            at = find(child.content, pos)
            pos = at + len(child.content)
        elif kind == "text_special":
            at = find(child.markup, pos)
            pos = at + len(child.markup)
        elif kind in ("softbreak", "hardbreak"):
            newline = content.find("\n", pos)
            at = pos
            pos = newline + 1 if newline >= 0 else pos
        elif kind == "code_inline":
            at = find(child.markup, pos)
            close = content.find(child.markup, at + len(child.markup))
            pos = close + len(child.markup) if close >= 0 else at + len(child.markup)
        elif kind == "html_inline":
            at = find(child.content, pos)
            pos = at + len(child.content)
        elif kind == "link_open":
            at = find("<" if child.markup == "autolink" else "[", pos)
            pos = at + 1
        elif kind == "link_close":
            at = pos
            pos = (find(">", pos) + 1) if child.markup == "autolink" else _after_link_tail(content, pos)
        elif kind == "image":
            at = find("![", pos)
            pos = _after_link_tail(content, _after_label(content, at + 1))
        else:  # emphasis, strong, strikethrough marks
            at = find(child.markup, pos)
            pos = at + len(child.markup)
        offsets.append(at)
    return offsets


def _after_label(content: str, at: int) -> int:
    """From a "[" at `at`, the offset of its matching "]" (brackets balance; escapes skipped)."""
    depth, i = 0, at
    while i < len(content):
        char = content[i]
        if char == "\\":
            i += 2
            continue
        if char == "[":
            depth += 1
        elif char == "]":
            depth -= 1
            if depth == 0:
                return i
        i += 1
    return len(content)


def _after_link_tail(content: str, pos: int) -> int:
    """From the "]" that ends a link's text, the offset just past `(destination "title")` or `[ref]`."""
    close = content.find("]", pos)
    if close < 0:
        return pos
    i = close + 1
    if i < len(content) and content[i] == "(":
        depth = 0
        while i < len(content):
            char = content[i]
            if char == "\\":
                i += 2
                continue
            if char == "(":
                depth += 1
            elif char == ")":
                depth -= 1
                if depth == 0:
                    return i + 1
            i += 1
        return len(content)
    if i < len(content) and content[i] == "[":
        end = content.find("]", i)
        return end + 1 if end >= 0 else i
    return i
