"""Load one language's content folder into a Library, reporting every problem.

A record with structural errors is skipped (the rest of the library still
loads); a reference to an id that does not exist is reported and dropped, so
the record stays readable. Nothing here imports Qt: the validator, the app and
the tests share it.

This module is the public entry point (`load_library`, `LoadResult`). The work
is split by responsibility: load_context (reading files, problems, shared
checks), load_fields (the field table of each record kind), load_records
(topics, therapies), load_profile (clinic, categories, glossary) and
load_panels (comparison, checklist).
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Generator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TypeVar

from clinicapp.content import markdown_reader, yamlsafe
from clinicapp.content.load_context import LoadContext
from clinicapp.content.load_panels import read_checklist, read_comparison
from clinicapp.content.load_profile import FALLBACK_CLINIC, read_categories, read_clinic, read_glossary
from clinicapp.content.load_records import read_therapy, read_topic
from clinicapp.content.model import (
    Checklist,
    Clinic,
    Comparison,
    Library,
    Problem,
    Severity,
    TextField,
    Therapy,
    Topic,
)

__all__ = ["FALLBACK_CLINIC", "LoadResult", "load_library", "load_library_steps", "run_steps"]

T = TypeVar("T")

_LINK = "a symbolic link: links are never followed (put the files themselves here)"
_SINGLE_FILES = ("clinic", "categories", "glossary", "comparison", "checklist")
_RECORD_FOLDERS = ("topics", "therapies")


@dataclass
class LoadResult:
    library: Library
    problems: list[Problem] = field(default_factory=list)
    files_read: int = 0
    texts: list[TextField] = field(default_factory=list)  # every patient-facing text, for the validator

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity is Severity.ERROR]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity is Severity.WARNING]


def load_library(folder: Path, *, today: dt.date | None = None, display_root: Path | None = None) -> LoadResult:
    """Load one language folder (e.g. content/en); never raises on bad content."""
    return run_steps(load_library_steps(folder, today=today, display_root=display_root))


def run_steps(steps: Generator[object, None, T]) -> T:
    """Run a step-wise read to its end and return what it returns."""
    while True:
        try:
            next(steps)
        except StopIteration as done:
            return done.value


def load_library_steps(
    folder: Path, *, today: dt.date | None = None, display_root: Path | None = None
) -> Generator[str, None, LoadResult]:
    """`load_library` a piece at a time: it yields after each file (and each first-use set-up).

    The app reads its library after the first paint on the event loop, a few
    pieces a turn, so a tap is never held up by the whole read (issue 16,
    item 8). The pieces, their order and every problem are those of
    `load_library`, which runs them all in one go.
    """
    folder = Path(folder)
    ctx = LoadContext(folder, today or dt.date.today(), display_root)
    # The first parse imports PyYAML and the first topic builds the Markdown parser: pieces of their own.
    yamlsafe.parser_ready()
    yield "yaml"
    markdown_reader.parser_ready()
    yield "markdown"
    single = {name: folder / f"{name}.yaml" for name in _SINGLE_FILES}
    # lexists, not is_file: a link or a pipe in a file's place is opened by
    # yamlsafe, which refuses it with a message, instead of "missing file".
    present = {name: os.path.lexists(path) for name, path in single.items()}
    for name, path in single.items():
        if not present[name]:
            ctx.problems.append(Problem(ctx.display(path), 1, 1, Severity.ERROR, f"missing file: {name}.yaml"))
    clinic = read_clinic(ctx, single["clinic"]) if present["clinic"] else None
    categories = read_categories(ctx, single["categories"]) if present["categories"] else ()
    yield "clinic"
    glossary, synonyms = read_glossary(ctx, single["glossary"]) if present["glossary"] else ((), ())
    yield "glossary"
    comparison = read_comparison(ctx, single["comparison"]) if present["comparison"] else None
    yield "comparison"
    checklist = read_checklist(ctx, single["checklist"]) if present["checklist"] else None
    yield "checklist"
    topics: list[Topic] = []
    for path in _record_files(ctx, "topics"):
        if topic := read_topic(ctx, path):
            topics.append(topic)
        yield "topic"
    therapies: list[Therapy] = []
    for path in _record_files(ctx, "therapies"):
        if therapy := read_therapy(ctx, path):
            therapies.append(therapy)
        yield "therapy"
    _report_strays(ctx)

    known = {
        "topic": {t.id for t in topics},
        "therapy": {t.id for t in therapies},
        "term": {t.id for t in glossary},
        "category": {c.id for c in categories},
        "use": {u.id for u in comparison.uses} if comparison else set(),
    }
    dangling = False
    for ref in ctx.refs:
        if ref.target not in known[ref.kind]:
            dangling = True
            ctx.problems.append(
                Problem(ref.file, ref.line, ref.column, Severity.ERROR, f"unknown {ref.kind} id '{ref.target}'")
            )
    if dangling:  # keep the records; drop only the references that lead nowhere
        topics, therapies, clinic, checklist, comparison = _drop_dangling(
            known, topics, therapies, clinic, checklist, comparison
        )
    library = Library(
        language=folder.name, clinic=clinic or FALLBACK_CLINIC, categories=categories,
        topics=tuple(topics), therapies=tuple(therapies), glossary=glossary,
        checklist=checklist, comparison=comparison, synonyms=synonyms,
    )  # fmt: skip
    ctx.problems.sort(key=lambda p: (p.file, p.line, p.column))
    return LoadResult(library, ctx.problems, ctx.files_read, ctx.texts)


def _record_files(ctx: LoadContext, sub: str) -> list[Path]:
    """The *.yaml files of one record folder; a folder that is a link is reported, never entered.

    Links are never followed anywhere under the content folder: a link can
    lead out of it (to /etc as root) and can be re-pointed after any check.
    Each *.yaml entry, link or pipe included, is opened by yamlsafe, which
    refuses anything but a regular file with a message naming the file.
    """
    path = ctx.folder / sub
    if path.is_symlink():
        ctx.problems.append(Problem(ctx.display(path), 1, 1, Severity.ERROR, f"{sub}: {_LINK}"))
        return []
    return sorted(path.glob("*.yaml"))


def _report_strays(ctx: LoadContext) -> None:
    """Files that look like content but would be silently ignored, and links that are never followed."""
    folder = ctx.folder
    for path in sorted(folder.glob("*")):
        if path.is_symlink() and not (path.suffix == ".yaml" and path.stem in _SINGLE_FILES):
            if path.name not in _RECORD_FOLDERS:  # those are reported by _record_files
                ctx.problems.append(Problem(ctx.display(path), 1, 1, Severity.WARNING, f"ignored: {_LINK}"))
            continue
        if path.is_file() and path.suffix in (".yaml", ".yml") and path.stem not in _SINGLE_FILES:
            ctx.problems.append(
                Problem(
                    ctx.display(path), 1, 1, Severity.WARNING, "file is not part of the content layout and was ignored"
                )
            )
    for sub in _RECORD_FOLDERS:
        if (folder / sub).is_symlink():
            continue
        for path in sorted((folder / sub).glob("*.yml")):
            ctx.problems.append(
                Problem(ctx.display(path), 1, 1, Severity.WARNING, "ignored: content files must end in .yaml")
            )


def _drop_dangling(
    known: dict[str, set[str]],
    topics: list[Topic],
    therapies: list[Therapy],
    clinic: Clinic | None,
    checklist: Checklist | None,
    comparison: Comparison | None,
) -> tuple[list[Topic], list[Therapy], Clinic | None, Checklist | None, Comparison | None]:
    """The records with every reference to a missing id taken out."""

    def keep(kind: str, ids: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(i for i in ids if i in known[kind])

    topics = [
        replace(
            t,
            related_topics=keep("topic", t.related_topics),
            related_therapies=keep("therapy", t.related_therapies),
            terms=keep("term", t.terms),
            category=t.category if t.category in known["category"] else "",
        )
        for t in topics
    ]
    therapies = [
        replace(
            t, topic=t.topic if t.topic in known["topic"] else "", uses=keep("use", t.uses), terms=keep("term", t.terms)
        )
        for t in therapies
    ]
    if clinic:
        clinic = clinic._replace(offered_therapies=keep("therapy", clinic.offered_therapies))
    if checklist:
        sections = tuple(
            replace(s, items=tuple(replace(i, topics=keep("topic", i.topics)) for i in s.items))
            for s in checklist.sections
        )
        checklist = replace(checklist, sections=sections)
    if comparison:
        comparison = replace(comparison, default_pair=keep("therapy", comparison.default_pair))
    return topics, therapies, clinic, checklist, comparison
