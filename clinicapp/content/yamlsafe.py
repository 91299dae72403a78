"""Read one YAML file into a tree that remembers where every value came from.

Content files are edited by hand and may be copied onto a machine by anyone,
so this reader assumes nothing about them: it never runs code (only PyYAML's
event parser is used, no constructors with tags), refuses files that are too
big, binary or not UTF-8, and builds the tree itself from the event stream so
it can bound nesting depth and alias expansion ("billion laughs") instead of
trusting a recursive composer. Every value keeps its line and column so a
problem can say exactly where to look.
"""

from __future__ import annotations

import datetime as dt
import errno
import os
import re
import stat
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    import yaml

# PyYAML is imported on the first parse that needs it (see parse_simple): the first
# paint reads clinic.yaml without it.


@cache
def _parser_class() -> type:
    """libyaml's event parser, or PyYAML's pure-Python one (the same events) when libyaml is missing."""
    try:  # libyaml is much faster
        # CParser lives in the compiled yaml._yaml (yaml.cyaml imports it from there);
        # `from yaml import CParser` always failed (yaml re-exports only cyaml's
        # loaders), silently choosing the slow parser.
        from yaml._yaml import CParser

        return CParser
    except ImportError:  # pragma: no cover - depends on how PyYAML was built
        from yaml.parser import Parser
        from yaml.reader import Reader
        from yaml.scanner import Scanner

        class PythonParser(Reader, Scanner, Parser):
            def __init__(self, stream: str) -> None:
                Reader.__init__(self, stream)
                Scanner.__init__(self)
                Parser.__init__(self)

        return PythonParser


def parser_ready() -> None:
    """Import PyYAML now (about 20 ms of CPU) rather than in the first parse: a step-wise read's own step."""
    import yaml  # noqa: F401  # parse() imports it too: from here on that costs nothing

    _parser_class()


MAX_FILE_BYTES = 512 * 1024
MAX_DEPTH = 40
MAX_NODES = 200_000  # counts aliased subtrees each time they are expanded
# No setting or content field needs more digits than this. Python refuses to
# turn more than 4,300 digits into an int (a ValueError that used to end
# start-up), and a long run of digits is a typo or an attack, never data.
MAX_NUMBER_DIGITS = 100


class YamlError(Exception):
    """A file that cannot be turned into a tree; line/column are 1-based."""

    def __init__(self, message: str, line: int = 1, column: int = 1) -> None:
        super().__init__(message)
        self.message = message
        self.line = line
        self.column = column


# A NamedTuple, not a frozen dataclass: as immutable, and cheaper to make before the first paint (RESULTS.md, startup4).
class Node(NamedTuple):
    """A value from the file and where it started (1-based)."""

    value: object  # dict[str, Node] | list[Node] | str | int | float | bool | date | None
    line: int
    column: int
    block: bool = False  # a "|" or ">" scalar: its text starts on the next line
    # 1-based column where a scalar's text starts in the file (0: same as column).
    # Differs from column for quoted scalars (after the quote) and for block
    # scalars (the content's indentation, not the "|" indicator).
    text_column: int = 0
    # A plain (unquoted) scalar's text as written, before YAML 1.1 resolved it
    # ("yes" and "true" both become True); None for everything else.
    raw: str | None = None

    # Typed views of value, for code that has already checked the shape (or
    # wants nothing from a node of another shape).
    @property
    def mapping(self) -> dict[str, Node]:
        """A mapping's children by key; empty for any other value."""
        return self.value if isinstance(self.value, dict) else {}

    @property
    def items(self) -> list[Node]:
        """A list's entries; empty for any other value."""
        return self.value if isinstance(self.value, list) else []

    def child(self, key: str) -> Node:
        """The value under key of a mapping that has it (KeyError otherwise)."""
        return self.mapping[key]


_INT = re.compile(r"^[-+]?(0|[1-9][0-9_]*)$")
_FLOAT = re.compile(r"^[-+]?([0-9][0-9_]*)?\.[0-9_]+([eE][-+]?[0-9]+)?$")
_DATE = re.compile(r"^\d{4}-\d{1,2}-\d{1,2}$")
_LINE_BREAK = re.compile("\r\n|[\r\n\x85\u2028\u2029]")  # what libyaml counts as a line break
_NULL = {"", "~", "null", "Null", "NULL"}
_TRUE = {"true", "True", "TRUE", "yes", "Yes", "YES", "on", "On", "ON"}
_FALSE = {"false", "False", "FALSE", "no", "No", "NO", "off", "Off", "OFF"}


class _NumberTooLongError(ValueError):
    """A plain scalar that reads as a number with more digits than MAX_NUMBER_DIGITS."""

    def __init__(self, digits: int) -> None:
        super().__init__(f"number too long ({digits:,} digits; the limit is {MAX_NUMBER_DIGITS})")


def _plain_scalar(text: str) -> object:
    """Resolve an unquoted scalar the way YAML 1.1's safe loader would."""
    if text in _NULL:
        return None
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    if not (text[0].isdigit() or text[0] in "+-."):
        return text  # most content is words: no number or date starts this way
    if _INT.match(text):
        digits = len(text) - text.count("_") - (text[0] in "+-")
        if digits > MAX_NUMBER_DIGITS:  # checked before int(): CPython refuses > 4,300 digits
            raise _NumberTooLongError(digits)
        return int(text.replace("_", ""))
    if _FLOAT.match(text):
        return float(text.replace("_", ""))
    if _DATE.match(text):
        try:
            return dt.date.fromisoformat("-".join(f"{int(p):02d}" for p in text.split("-")))
        except ValueError:
            return text  # left as text; the checker reports "not a valid date"
    return text


SHORTEN_TO = 40


def shorten(text: str, limit: int = SHORTEN_TO) -> str:
    """Outside text for a message: one line, at most `limit` characters and an ellipsis.

    Messages go to the log and the staff notice; a key or value copied from a
    file must not carry that file's contents (a link to /etc/shadow, a pasted
    secret) into either.
    """
    flat = " ".join(str(text).split())
    return flat if len(flat) <= limit else flat[:limit] + "…"


def read_text(path: Path, *, follow_symlinks: bool = False) -> str:
    """The file's text, or a YamlError saying why it cannot be content.

    Content never follows a symbolic link: a link may lead out of the content
    folder (as root, to /etc/shadow) and its target can change after any
    check, so every link is reported, whatever it points at. Settings files
    may be links (follow_symlinks=True) but must end in a regular file. The
    file is opened without following links and without blocking, and checked
    again once open, so a pipe or device swapped in after the first check
    still cannot hang or flood the reader.
    """
    try:
        info = os.stat(path, follow_symlinks=follow_symlinks)
    except OSError as exc:
        raise YamlError(f"cannot read file: {exc.strerror or exc}") from exc
    _check_kind(info)
    size = info.st_size
    if size > MAX_FILE_BYTES:
        raise YamlError(f"file is too large ({size:,} bytes; the limit is {MAX_FILE_BYTES:,} bytes)")
    flags = os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NONBLOCK", 0)
    if not follow_symlinks:
        flags |= getattr(os, "O_NOFOLLOW", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        if exc.errno == errno.ELOOP and not follow_symlinks:  # became a link after the check
            raise YamlError(_LINK) from exc
        raise YamlError(f"cannot read file: {exc.strerror or exc}") from exc
    try:
        with os.fdopen(fd, "rb") as handle:
            _check_kind(os.fstat(handle.fileno()))
            raw = handle.read(MAX_FILE_BYTES + 1)  # never more, even if it grew
    except OSError as exc:
        raise YamlError(f"cannot read file: {exc.strerror or exc}") from exc
    if len(raw) > MAX_FILE_BYTES:
        raise YamlError(f"file is too large (the limit is {MAX_FILE_BYTES:,} bytes)")
    if b"\x00" in raw:
        return _raise_at(raw, raw.index(b"\x00"), "binary data (a NUL byte): not a text file")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return _raise_at(raw, exc.start, "not valid UTF-8 text (save the file as UTF-8)")
    if not text.strip():
        raise YamlError("file is empty")
    return text


_LINK = "a symbolic link: links are never followed (put the file itself here)"


def _check_kind(info: os.stat_result) -> None:
    if stat.S_ISLNK(info.st_mode):
        raise YamlError(_LINK)
    if not stat.S_ISREG(info.st_mode):
        # A pipe would block forever and a device such as /dev/zero never ends.
        raise YamlError("not a regular file (a folder, pipe or device cannot be content)")


def _raise_at(raw: bytes, offset: int, message: str) -> str:
    line = raw.count(b"\n", 0, offset) + 1
    column = offset - (raw.rfind(b"\n", 0, offset) + 1) + 1
    raise YamlError(message, line, column)


def parse(text: str) -> Node:
    """Build a Node tree from YAML text; raises YamlError on anything unsafe."""
    import yaml

    parser = _parser_class()(text)
    anchors: dict[str, Node] = {}
    # Each open collection: (container, pending key or None, anchor, start mark)
    stack: list[list] = []
    root: Node | None = None
    nodes = 0
    documents = 0

    def mark_of(event: yaml.Event) -> tuple[int, int]:
        mark = event.start_mark
        return (mark.line + 1, mark.column + 1) if mark else (1, 1)

    lines: list[str] | None = None

    def text_column_of(event: yaml.ScalarEvent, line: int, column: int) -> int:
        nonlocal lines
        if event.style in ("'", '"'):
            return column + 1
        if event.style not in ("|", ">"):
            return column
        first = next((v for v in event.value.split("\n") if v.strip()), None)
        if first is None:
            return column
        if lines is None:
            lines = _LINE_BREAK.split(text)
        # The first non-blank line after the indicator holds the first
        # non-blank line of the value, behind the block's indentation.
        for source in lines[line:]:  # line is 1-based: this starts on the next line
            if source.strip():
                indent = len(source) - len(source.lstrip(" "))
                return max(1, indent - (len(first) - len(first.lstrip(" "))) + 1)
        return column

    def size_of(node: Node) -> int:
        # How many nodes an alias re-inserts; computed iteratively.
        count, todo = 0, [node]
        while todo:
            current = todo.pop()
            count += 1
            if count > MAX_NODES:
                break
            value = current.value
            if isinstance(value, dict):
                todo.extend(value.values())
            elif isinstance(value, list):
                todo.extend(value)
        return count

    def attach(node: Node, event: yaml.Event) -> None:
        nonlocal root
        if not stack:
            root = node
            return
        frame = stack[-1]
        container = frame[0]
        if isinstance(container, list):
            container.append(node)
        elif frame[1] is None:  # this node is a mapping key
            if isinstance(node.value, (dict, list)):
                raise YamlError("a key must be plain text, not a list or mapping", *mark_of(event))
            frame[1] = node
        else:
            key_node: Node = frame[1]
            key = str(key_node.value)
            if key in container:
                raise YamlError(
                    f"duplicate key '{shorten(key)}' (first given on line {container[key].line})",
                    key_node.line,
                    key_node.column,
                )
            container[key] = node
            frame[1] = None

    try:
        while True:
            event = parser.get_event()
            if event is None:
                break
            if isinstance(event, yaml.ScalarEvent):  # most events: test it first
                nodes += 1
                if nodes > MAX_NODES:
                    raise YamlError("file holds too many values", *mark_of(event))
                if event.tag not in (None, "!", "tag:yaml.org,2002:str"):
                    raise YamlError(f"YAML tags are not allowed here ({event.tag})", *mark_of(event))
                plain = event.implicit[0] and not event.style  # libyaml: "" for plain, Python: None
                line, column = mark_of(event)
                try:
                    value = _plain_scalar(event.value) if plain else event.value
                except _NumberTooLongError as exc:
                    raise YamlError(str(exc), line, column) from None
                node = Node(
                    value,
                    line,
                    column,
                    block=event.style in ("|", ">"),
                    text_column=text_column_of(event, line, column) if event.style else column,
                    raw=event.value if plain else None,
                )
                if event.anchor:
                    anchors[event.anchor] = node
                attach(node, event)
            elif isinstance(event, yaml.DocumentStartEvent):
                documents += 1
                if documents > 1:
                    raise YamlError("more than one YAML document in the file", *mark_of(event))
            elif isinstance(event, yaml.AliasEvent):
                target = anchors.get(event.anchor or "")  # an alias always names its anchor
                if target is None:
                    raise YamlError(f"unknown alias '*{event.anchor}'", *mark_of(event))
                nodes += size_of(target)
                if nodes > MAX_NODES:
                    raise YamlError(
                        "aliases expand to too many values (possible 'billion laughs' file)",
                        *mark_of(event),
                    )
                attach(target, event)
            elif isinstance(event, (yaml.SequenceStartEvent, yaml.MappingStartEvent)):
                nodes += 1
                if len(stack) >= MAX_DEPTH:
                    raise YamlError(f"nested more than {MAX_DEPTH} levels deep", *mark_of(event))
                if event.tag not in (None, "tag:yaml.org,2002:seq", "tag:yaml.org,2002:map"):
                    raise YamlError(f"YAML tags are not allowed here ({event.tag})", *mark_of(event))
                container: dict | list = [] if isinstance(event, yaml.SequenceStartEvent) else {}
                stack.append([container, None, event.anchor, mark_of(event), event])
            elif isinstance(event, (yaml.SequenceEndEvent, yaml.MappingEndEvent)):
                container, _pending, anchor, (line, column), start = stack.pop()
                node = Node(container, line, column)
                if anchor:
                    anchors[anchor] = node
                attach(node, start)
    except yaml.MarkedYAMLError as exc:
        # The outermost [ or { still open when the parser gave up: where an unclosed bracket starts.
        open_flow = next(
            (
                (*frame[3], "[ list" if isinstance(frame[4], yaml.SequenceStartEvent) else "{ mapping")
                for frame in stack
                if getattr(frame[4], "flow_style", False)
            ),
            None,
        )
        raise _syntax_error(exc, text, open_flow) from None
    except yaml.YAMLError as exc:
        raise YamlError(f"YAML error: {exc}") from None
    if root is None:
        raise NoDocumentError("file holds no YAML document")
    return root


# -- a reader for the simplest files, without PyYAML ----------------------------------
# A file such as clinic.yaml (`key: value` lines, quoted text without escapes, lists of
# plain words, ">-" paragraphs) is read here in a fraction of PyYAML's import time. Anything
# else (or anything in doubt) gets None and goes to parse(); a test checks that every file
# this reader accepts gives the very tree parse() gives.
_SIMPLE_KEY = re.compile(r"[A-Za-z_][A-Za-z0-9_-]*")
# Tabs, other line breaks, control characters, BOM and surrogates: parse() knows what YAML makes of them.
_SIMPLE_REFUSED = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\ufeff\ufffe\uffff\ud800-\udfff\u2028\u2029]")
_PLAIN_FIRST_REFUSED = frozenset("-?:,[]{}#&*!|>'\"%@`")
_BLOCK_INDICATORS = {">": (" ", "\n"), ">-": (" ", ""), "|": ("\n", "\n"), "|-": ("\n", "")}


_FLOW_WORD = re.compile(r"\s*([A-Za-z0-9_][A-Za-z0-9_-]*)\s*")


def _simple_flow_list(text: str, line: int, column: int) -> Node | None:
    """A one-line "[a, b-c]" list of plain words."""
    items: list[Node] = []
    offset = 1
    inner = text[1:-1]
    if inner.strip():
        for part in inner.split(","):
            match = _FLOW_WORD.fullmatch(part)
            if match is None:
                return None
            item = _simple_scalar(match.group(1), line, column + offset + match.start(1))
            if item is None:
                return None
            items.append(item)
            offset += len(part) + 1
    return Node(items, line, column)


def _simple_scalar(text: str, line: int, column: int) -> Node | None:
    """One value written on its key's line (or after a list's "- "); None when not in the subset."""
    first = text[:1]
    if first == "[" and text[-1] == "]":
        return _simple_flow_list(text, line, column)
    if first in ('"', "'"):
        end = text.find(first, 1)
        if end < 0 or "\\" in text[:end] or text[end + 1 :].strip():
            return None
        return Node(text[1:end], line, column, text_column=column + 1)
    if not text or first in _PLAIN_FIRST_REFUSED or text[-1] == ":" or ": " in text or " #" in text:
        return None
    try:
        value = _plain_scalar(text)
    except ValueError:
        return None
    return Node(value, line, column, text_column=column, raw=text)


def parse_simple(text: str) -> Node | None:
    """The tree parse() would build for a file in the simple subset; None for any other file."""
    if _SIMPLE_REFUSED.search(text):
        return None
    lines = text.split("\n")
    if lines[-1] == "":
        lines.pop()
    mapping: dict[str, Node] = {}
    root_line = 0
    i = 0
    while i < len(lines):
        source = lines[i]
        stripped = source.strip()
        if not stripped or (stripped.startswith("#") and source == source.lstrip(" ")):
            i += 1
            continue
        if source != source.rstrip() or source[0] == " ":
            return None  # trailing spaces, or text indented where a key belongs
        match = _SIMPLE_KEY.match(source)
        if match is None or source[match.end() : match.end() + 1] != ":":
            return None
        key, rest, line = match.group(), source[match.end() + 1 :], i + 1
        if key in mapping or not isinstance(_plain_scalar(key), str):
            return None  # a duplicate, or a key YAML reads as true, null, a number or a date
        root_line = root_line or line
        if rest and rest[0] != " ":
            return None
        value_text = rest.strip()
        i += 1
        if value_text in _BLOCK_INDICATORS:
            node, i = _simple_block(lines, i, value_text, line, len(source) - len(rest.lstrip(" ")) + 1)
        elif value_text:
            node = _simple_scalar(value_text, line, len(source) - len(rest.lstrip(" ")) + 1)
        else:
            node, i = _simple_list(lines, i)
        if node is None:
            return None
        mapping[key] = node
        # The next line that is not blank must start a key (or be a comment at the margin).
        following = next((s for s in lines[i:] if s.strip()), None)
        if following is not None and following[0] == " ":
            return None
    return Node(mapping, root_line, 1) if mapping else None


def _simple_list(lines: list[str], i: int) -> tuple[Node | None, int]:
    """A block list of one-line values under a key (the "- " lines that follow it)."""
    items: list[Node] = []
    indent = -1
    while i < len(lines):
        source = lines[i]
        stripped = source.lstrip(" ")
        if not stripped or stripped.startswith("#"):
            if indent < 0 and stripped:
                return None, i  # a comment before the first item: left to parse()
            i += 1
            continue
        here = len(source) - len(stripped)
        if not stripped.startswith("- "):
            break
        if indent < 0:
            indent = here
        elif here != indent:
            return None, i
        if source != source.rstrip():
            return None, i
        item = _simple_scalar(stripped[2:].strip(), i + 1, here + 3 + len(stripped[2:]) - len(stripped[2:].lstrip()))
        if item is None:
            return None, i
        items.append(item)
        i += 1
    if not items:
        return None, i  # an empty value: left to parse()
    return Node(items, items[0].line, indent + 1), i


def _simple_block(lines: list[str], i: int, indicator: str, line: int, column: int) -> tuple[Node | None, int]:
    """A ">-", ">", "|" or "|-" paragraph whose lines all share one indentation and hold no blank line."""
    joiner, ending = _BLOCK_INDICATORS[indicator]
    body: list[str] = []
    indent = -1
    while i < len(lines):
        source = lines[i]
        stripped = source.lstrip(" ")
        if not stripped:
            break
        here = len(source) - len(stripped)
        if here == 0:
            break
        if indent < 0:
            indent = here
        elif here != indent:
            return None, i  # more indented lines keep their breaks: left to parse()
        if source != source.rstrip():
            return None, i
        body.append(stripped)
        i += 1
    if not body:
        return None, i
    # Blank lines after the paragraph belong to it (kept or stripped by its chomping); a line
    # indented after them would continue it with a kept break: not in the subset.
    rest = i
    while rest < len(lines) and not lines[rest].strip():
        rest += 1
    if rest < len(lines) and lines[rest][:1] == " ":
        return None, i
    return Node(joiner.join(body) + ending, line, column, block=True, text_column=indent + 1), i


# Constructs that open on one line and may be noticed as broken much later
# (an unclosed quote swallows the rest of the file): say where they open.
_OPENERS = {"quoted scalar": "quoted text", "flow sequence": "[ list", "flow mapping": "{ mapping"}


def _syntax_error(exc: yaml.MarkedYAMLError, text: str, open_flow: tuple[int, int, str] | None) -> YamlError:
    """Position a parser error where the problem starts, not where the parser gave up.

    PyYAML's problem_mark is where it noticed the fault; for an unclosed quote
    or bracket that is the end of the file. The context_mark is where that
    quote or bracket opened, which is the line a person has to fix; when the
    parser names no such context, the outermost bracket still open is used.
    """
    problem = exc.problem or exc.context or "invalid YAML"
    mark = exc.problem_mark or exc.context_mark
    line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
    if "nesting depth" in problem:  # newer libyaml has its own limit; say it the same way
        return YamlError(f"nested more than {MAX_DEPTH} levels deep", line, column)
    context, start = exc.context or "", exc.context_mark
    opener = next((name for key, name in _OPENERS.items() if key in context), None)
    where: tuple[int, int] | None = None
    if opener and start is not None and (mark is None or start.line < mark.line):
        where = (start.line + 1, start.column + 1)
    elif open_flow is not None and open_flow[0] < line and (mark is None or mark.index >= len(text.rstrip())):
        where, opener = (open_flow[0], open_flow[1]), open_flow[2]
    if opener and where:
        return YamlError(
            f"YAML syntax error: the {opener} that starts here is never closed ({problem} on line {line})", *where
        )
    return YamlError(f"YAML syntax error: {problem}", line, column)


class NoDocumentError(YamlError):
    """Only comments or blank lines: nothing wrong, nothing in it either."""


def load(path: Path, *, follow_symlinks: bool = False, simple_first: bool = False) -> Node:
    """Read and parse one file; every failure is a YamlError with a position.

    simple_first: try parse_simple first (the same tree, without importing PyYAML for a simple file).
    """
    text = read_text(path, follow_symlinks=follow_symlinks)
    return (parse_simple(text) if simple_first else None) or parse(text)


def plain(node: Node) -> object:
    """The tree as ordinary Python values (for tests and config files)."""
    value = node.value
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [plain(v) for v in value]
    return value
