"""`clinicapp validate`: check a content folder and report for humans or CI."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path

from clinicapp.content.loader import LoadResult, load_library
from clinicapp.content.model import Problem, Severity
from clinicapp.content.readability import MAX_GRADE, grade

PRIMARY_LANGUAGE = "en"


@dataclass
class Report:
    results: dict[str, LoadResult]
    problems: list[Problem] = field(default_factory=list)
    readability: dict[str, float] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not any(p.severity is Severity.ERROR for p in self.problems)

    @property
    def primary(self) -> LoadResult:
        return self.results.get(PRIMARY_LANGUAGE) or next(iter(self.results.values()))

    def counts(self) -> dict[str, int]:
        library = self.primary.library
        items = len(library.checklist.items) if library.checklist else 0
        return {
            "topics": len(library.topics),
            "therapies": len(library.therapies),
            "checklist_items": items,
            "glossary_terms": len(library.glossary),
        }

    def as_json(self) -> dict:
        return {
            "ok": self.ok,
            "counts": self.counts(),
            "problems": [
                {"file": p.file, "line": p.line, "column": p.column, "severity": p.severity.value, "message": p.message}
                for p in self.problems
            ],
            "readability": self.readability,
        }


def language_folders(root: Path) -> dict[str, Path]:
    """A language folder itself (holds clinic.yaml) or a root of language folders."""
    if (root / "clinic.yaml").exists() or (root / "topics").is_dir():
        return {root.name: root}
    return {p.name: p for p in sorted(root.iterdir()) if p.is_dir() and len(p.name) == 2}


def validate(root: Path, today: dt.date | None = None) -> Report:
    """Load every language under root and add the checks that span records."""
    root = Path(root)
    if root.name in ("", ".."):  # "." or "..": the folder's own name is the language
        root = root.resolve()
    folders = language_folders(root)
    if not folders:
        raise FileNotFoundError(f"{root}: no content here (expected clinic.yaml or folders like en/)")
    display_root = root if len(folders) > 1 else root.parent
    results = {lang: load_library(path, today=today, display_root=display_root) for lang, path in folders.items()}
    report = Report(results)
    for result in results.values():
        report.problems.extend(result.problems)
    for topic in report.primary.library.topics:
        score = grade(topic.body)
        report.readability[topic.id] = score
        if score > MAX_GRADE:
            # Named the way the loader names the file, whatever root was given.
            path = folders[report.primary.library.language] / "topics" / f"{topic.id}.yaml"
            where = str(path.relative_to(display_root))
            report.problems.append(
                Problem(
                    where,
                    1,
                    1,
                    Severity.WARNING,
                    f"reading grade {score} is above {MAX_GRADE:g}: use shorter words and sentences",
                )
            )
    report.problems.extend(_compare_languages(report))
    return report


def _compare_languages(report: Report) -> list[Problem]:
    """Every language must hold the same ids as the primary one."""
    if len(report.results) < 2:
        return []
    primary = report.primary.library
    problems = []
    kinds = {
        "topic": lambda lib: {t.id for t in lib.topics},
        "therapy": lambda lib: {t.id for t in lib.therapies},
        "glossary term": lambda lib: {t.id for t in lib.glossary},
        "checklist item": lambda lib: {i.id for i in lib.checklist.items} if lib.checklist else set(),
    }
    for lang, result in report.results.items():
        if result.library is primary:
            continue
        for kind, ids_of in kinds.items():
            want, have = ids_of(primary), ids_of(result.library)
            for missing in sorted(want - have):
                problems.append(
                    Problem(
                        lang, 1, 1, Severity.ERROR, f"{kind} '{missing}' is in {primary.language} but missing in {lang}"
                    )
                )
            for extra in sorted(have - want):
                problems.append(
                    Problem(lang, 1, 1, Severity.ERROR, f"{kind} '{extra}' is in {lang} but not in {primary.language}")
                )
    return problems


def print_human(report: Report, out) -> None:
    for problem in report.problems:
        print(problem, file=out)
    errors = sum(1 for p in report.problems if p.severity is Severity.ERROR)
    warnings = len(report.problems) - errors
    counts = report.counts()
    grades = list(report.readability.values())
    mean = f", mean reading grade {sum(grades) / len(grades):.1f}" if grades else ""
    print(
        f"{errors} error(s), {warnings} warning(s) in {', '.join(report.results)}: "
        f"{counts['topics']} topics, {counts['therapies']} therapies, "
        f"{counts['checklist_items']} checklist items, {counts['glossary_terms']} glossary terms{mean}",
        file=out,
    )


def print_json(report: Report, out) -> None:
    json.dump(report.as_json(), out, indent=2)
    out.write("\n")
