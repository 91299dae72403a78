"""Field-by-field checking of one content file's tree.

Each record kind declares its fields once (name → kind, required); the
checker turns a mapping node into plain Python values and records a Problem
for every unknown key, missing field or wrong type, so one pass over a file
reports everything wrong with it rather than stopping at the first fault.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from enum import Enum
from typing import TYPE_CHECKING, Any, NamedTuple

from clinicapp.content.model import Problem, Severity
from clinicapp.content.yamlsafe import Node, shorten

if TYPE_CHECKING:
    from clinicapp.content.records import Source

Spec = dict[str, tuple["Kind", bool]]  # field name -> (kind, required)
ID_PATTERN = re.compile(r"^[a-z0-9]+(?:[-_][a-z0-9]+)*$")


# The converted values of one mapping, by field name. Each value's type follows
# its Kind in the spec (TEXT → str, IDS → list of (id, node), DATE → date...),
# which a type checker cannot read from a table: hence Any, checked by the
# converters below and by the loader tests.
Values = dict[str, Any]


class Kind(Enum):
    TEXT = "text"
    ID = "id"
    IDS = "list of ids"
    TEXTS = "list of text"
    DATE = "date (YYYY-MM-DD)"
    INT = "whole number"
    SOURCES = "list of sources"
    MAPPING = "mapping"
    LIST = "list"


# A NamedTuple, not a frozen dataclass: as immutable, and cheaper to make before the first paint (RESULTS.md, startup4).
class Ref(NamedTuple):
    """A reference to another record, checked once everything is loaded."""

    kind: str  # "topic" | "therapy" | "term" | "category" | "use"
    target: str
    file: str
    line: int
    column: int


class FileChecker:
    """Collects problems and references for one file (a plain class: see config._Layers)."""

    __slots__ = ("file", "problems", "refs")

    def __init__(self, file: str) -> None:
        self.file = file
        self.problems: list[Problem] = []
        self.refs: list[Ref] = []

    # -- reporting -------------------------------------------------------
    def error(self, at: Node | tuple[int, int], message: str) -> None:
        self._add(at, message, Severity.ERROR)

    def warn(self, at: Node | tuple[int, int], message: str) -> None:
        self._add(at, message, Severity.WARNING)

    def _add(self, at: Node | tuple[int, int], message: str, severity: Severity) -> None:
        line, column = (at.line, at.column) if isinstance(at, Node) else at
        self.problems.append(Problem(self.file, line, column, severity, message))

    def refer(self, kind: str, node: Node, target: str) -> None:
        self.refs.append(Ref(kind, target, self.file, node.line, node.column))

    @property
    def error_count(self) -> int:
        return sum(1 for p in self.problems if p.severity is Severity.ERROR)

    # -- structure -------------------------------------------------------
    def fields(self, node: Node, spec: Spec, what: str) -> Values | None:
        """Check a mapping against spec; None when it is not a mapping at all.

        Returns the converted value of every field that passed its check;
        failed and missing fields are absent (a Problem says why).
        """
        if not isinstance(node.value, dict):
            self.error(node, f"{what} must be a mapping of fields, not {_describe(node)}")
            return None
        mapping = node.mapping
        out: Values = {}
        for key, child in mapping.items():
            if key not in spec:
                known = ", ".join(sorted(spec))
                self.error(child, f"unknown field '{shorten(key)}' in {what} (known fields: {known})")
                continue
            kind, _required = spec[key]
            value = self.convert(child, kind, f"'{key}' in {what}")
            if value is not None:
                out[key] = value
        for key, (_kind, required) in spec.items():
            if required and key not in mapping:
                self.error(node, f"{what} is missing the required field '{key}'")
        return out

    def convert(self, node: Node, kind: Kind, what: str) -> object:
        converter: Callable[[Node, str], object] = getattr(self, f"_as_{kind.name.lower()}")
        return converter(node, what)

    def _as_text(self, node: Node, what: str) -> str | None:
        if isinstance(node.value, (dict, list)) or node.value is None:
            self.error(node, f"{what} must be text, not {_describe(node)}")
            return None
        text = str(node.value).strip()
        if not text:
            self.error(node, f"{what} is empty")
            return None
        return text

    def _as_id(self, node: Node, what: str) -> str | None:
        text = self._as_text(node, what)
        if text is not None and not ID_PATTERN.match(text):
            self.error(node, f"{what}: '{shorten(text)}' is not a valid id (use lower-case-words-with-hyphens)")
            return None
        return text

    def _as_list(self, node: Node, what: str) -> list[Node] | None:
        if not isinstance(node.value, list):
            self.error(node, f"{what} must be a list, not {_describe(node)}")
            return None
        return node.items

    def _as_mapping(self, node: Node, what: str) -> dict[str, Node] | None:
        if not isinstance(node.value, dict):
            self.error(node, f"{what} must be a mapping, not {_describe(node)}")
            return None
        return node.mapping

    def _as_ids(self, node: Node, what: str) -> list[tuple[str, Node]] | None:
        items = self._as_list(node, what)
        if items is None:
            return None
        out = []
        for item in items:
            value = self._as_id(item, f"an entry of {what}")
            if value is not None:
                out.append((value, item))
        return out

    def _as_texts(self, node: Node, what: str) -> tuple[str, ...] | None:
        items = self._as_list(node, what)
        if items is None:
            return None
        texts = (self._as_text(item, f"an entry of {what}") for item in items)
        return tuple(t for t in texts if t is not None)

    def _as_int(self, node: Node, what: str) -> int | None:
        if isinstance(node.value, bool) or not isinstance(node.value, int):
            self.error(node, f"{what} must be a whole number, not {_describe(node)}")
            return None
        return node.value

    def _as_date(self, node: Node, what: str) -> dt.date | None:
        day = parse_date(node.value)
        if day is None:
            self.error(
                node, f"{what}: '{shorten(str(node.value))}' is not a valid date (use YYYY-MM-DD, e.g. 2026-10-15)"
            )
        return day

    def _as_sources(self, node: Node, what: str) -> tuple[Source, ...] | None:
        from clinicapp.content.records import Source  # not needed to read the clinic profile (first paint)

        items = self._as_list(node, what)
        if items is None:
            return None
        if not items:
            self.error(node, f"{what} is empty: every article needs at least one source")
            return None
        sources = []
        for item in items:
            values = self.fields(item, SOURCE_FIELDS, "a source")
            if values is None or not {"title", "publisher"} <= values.keys():
                continue
            url, doi, pmid = (str(values.get(k, "")) for k in ("url", "doi", "pmid"))
            nodes = item.mapping
            if url and not url.startswith("https://"):
                self.error(nodes.get("url", item), f"source url must start with https:// (got '{shorten(url)}')")
            if doi and not doi.startswith("10."):
                self.error(nodes.get("doi", item), f"source doi must start with '10.' (got '{shorten(doi)}')")
            if pmid and not pmid.isdigit():
                self.error(nodes.get("pmid", item), f"source pmid must be digits only (got '{shorten(pmid)}')")
            if not (url or doi or pmid) and not any(k in nodes for k in ("url", "doi", "pmid")):
                title = shorten(str(values["title"]))
                self.error(item, f"source '{title}' has no url, doi or pmid: a reader must be able to find it")
            sources.append(
                Source(
                    title=str(values["title"]),
                    publisher=str(values["publisher"]),
                    url=url,
                    year=values.get("year"),
                    doi=doi,
                    pmid=pmid,
                )
            )
        return tuple(sources)


def parse_date(value: object) -> dt.date | None:
    """A calendar date from YAML or text (YYYY-MM-DD), else None.

    A date with a time of day is refused: comparing it with a plain date (is
    the next review after the last one?) would raise instead of report.
    """
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            return None
    return None


SOURCE_FIELDS: dict[str, tuple[Kind, bool]] = {
    "title": (Kind.TEXT, True),
    "publisher": (Kind.TEXT, True),
    "url": (Kind.TEXT, False),
    "doi": (Kind.TEXT, False),
    "pmid": (Kind.TEXT, False),
    "year": (Kind.INT, False),
}


def _describe(node: Node) -> str:
    value = node.value
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return f"true/false ({str(value).lower()})"
    if isinstance(value, (int, float)):
        return f"a number ({value})"
    if isinstance(value, dt.date):
        return f"a date ({value})"
    return f"text ('{shorten(str(value))}')"
