"""`clinicapp validate`: check a content folder and report for humans or CI."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, TextIO

from clinicapp.content.loader import LoadResult, load_library
from clinicapp.content.model import Library, Problem, Severity, TextField
from clinicapp.content.readability import (
    MAX_DALE_CHALL,
    MAX_GRADE,
    MIN_FERNANDEZ_HUERTA,
    MIN_SZIGRISZT_PAZOS,
    MIN_WORDS_FOR_GRADE,
    dale_chall,
    grade,
    spanish_scores,
    word_count,
)

PRIMARY_LANGUAGE = "en"
# Validated instruments are quoted word for word: the PEG (Krebs 2009) reworded
# to read easier would no longer be the validated scale. Their fields are graded
# and reported like every other, but never warned about, and they are left out
# of the checklist's word-difficulty score, which only editable text can change.
VERBATIM_FIELDS = ("peg.",)


@dataclass
class Report:
    results: dict[str, LoadResult]
    problems: list[Problem] = field(default_factory=list)
    readability: dict[str, float] = field(default_factory=dict)  # see docs/CONTENT.md for the keys

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

    def as_json(self) -> dict[str, Any]:
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
        # The original contract: topic id -> Flesch–Kincaid grade of its body (primary language).
        report.readability[topic.id] = grade(topic.body)
    for lang, result in results.items():
        spellings = [s for term in result.library.glossary for s in term.spellings]
        # Graded as the patient reads it: with the clinic's numbers, not "{emergency_number}".
        texts = [replace(t, text=result.library.clinic.fill(t.text)) for t in result.texts]
        report.problems.extend(_grade_texts(report, lang, texts, spellings))
    report.problems.extend(_compare_languages(report))
    for result in results.values():
        report.problems.extend(_check_synonyms(result))
    return report


def _check_synonyms(result: LoadResult) -> list[Problem]:
    """A search synonym must lead somewhere: each word it means is found in that language's content."""
    if not result.library.synonyms:
        return []
    from clinicapp.content.search import SearchIndex  # rapidfuzz and SQLite only for content that uses synonyms

    index = SearchIndex.build(result.library)
    return [
        Problem(
            synonym.file,
            synonym.line,
            1,
            Severity.WARNING,
            f"search synonym '{phrase[:40]}' is not found anywhere in this language's content",
        )
        for synonym in result.library.synonyms
        for phrase in synonym.means
        if not index.finds(phrase)
    ]


def _grade_texts(report: Report, lang: str, texts: list[TextField], known_terms: list[str]) -> list[Problem]:
    """Grade every patient-facing field; record the scores and warn where a text reads too hard.

    Scores go into report.readability as "<lang>:<record>:<field>:<measure>"
    (see docs/CONTENT.md). Languages without a formula here are not graded.
    """
    problems: list[Problem] = []
    if lang not in ("en", "es"):
        return problems
    by_record: dict[str, list[TextField]] = {}
    for text in texts:
        verbatim = text.field.startswith(VERBATIM_FIELDS)
        if not verbatim:
            by_record.setdefault(text.record, []).append(text)
        words = 0 if verbatim else word_count(text.text)  # graded and reported, never a warning
        key = f"{lang}:{text.record}:{text.field}"
        if lang == "en":
            score = grade(text.text)
            report.readability[f"{key}:fk"] = score
            if words >= MIN_WORDS_FOR_GRADE and score > MAX_GRADE:
                problems.append(
                    _warn(
                        text,
                        f"{text.field}: reading grade {score} is above {MAX_GRADE:g}: use shorter words and sentences",
                    )
                )
        else:
            huerta, szigriszt = spanish_scores(text.text)
            report.readability[f"{key}:fernandez_huerta"] = huerta
            report.readability[f"{key}:szigriszt_pazos"] = szigriszt
            if words >= MIN_WORDS_FOR_GRADE and (huerta < MIN_FERNANDEZ_HUERTA or szigriszt < MIN_SZIGRISZT_PAZOS):
                problems.append(
                    _warn(
                        text,
                        f"{text.field}: hard to read (Fernández-Huerta {huerta}, needs {MIN_FERNANDEZ_HUERTA:g} "
                        f"or more; Szigriszt-Pazos {szigriszt}, needs {MIN_SZIGRISZT_PAZOS:g} or more): "
                        "use shorter words and sentences",
                    )
                )
    if lang != "en":
        return problems
    for record, fields in by_record.items():
        result = dale_chall((f.text for f in fields), known_terms)
        report.readability[f"{lang}:{record}:dale_chall"] = result.score
        if result.score <= MAX_DALE_CHALL:
            continue
        named = []
        for word in result.hard[:15]:
            lines = sorted({f.line for f in fields if word in _lower_words(f.text)})
            named.append(f"{word} (line {', '.join(map(str, lines))})" if lines else word)
        more = f" and {len(result.hard) - 15} more" if len(result.hard) > 15 else ""
        problems.append(
            _warn(
                fields[0],
                f"{record}: word difficulty (Dale-Chall) {result.score} is above {MAX_DALE_CHALL:g} (grade 7-8); "
                f"hard words: {', '.join(named)}{more}",
            )
        )
    return problems


def _lower_words(text: str) -> set[str]:
    return {w.lower() for w in text.replace("’", "'").split() for w in [w.strip('.,;:!?()[]"*_`')]}


def _warn(text: TextField, message: str) -> Problem:
    return Problem(text.file, text.line, text.column, Severity.WARNING, message)


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
        # the visit note is English whatever the patient's language: each language carries the same codes
        "visit-note code": _note_codes,
        # the same drawing on the same record: each language then has its own alt text for it
        "diagram": lambda lib: {
            f"{kind}/{r.id}:{r.diagram.id}"
            for kind, records in (("topic", lib.topics), ("therapy", lib.therapies))
            for r in records
            if r.diagram
        },
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


def _note_codes(library: Library) -> set[str]:
    """`id=short` of every checklist answer and section with a `short:` code (docs/HANDOFF.md)."""
    c = library.checklist
    if c is None:
        return set()
    pairs = [(r.id, r.short) for r in c.sections] + [(r.id, r.short) for r in c.items]
    pairs += [(r.id, r.short) for r in c.regions] + [(r.id, r.short) for r in c.durations]
    pairs += [(r.id, r.short) for r in c.warning_signs]
    return {f"{id_}={short}" for id_, short in pairs if short}


def print_human(report: Report, out: TextIO) -> None:
    for problem in report.problems:
        print(problem, file=out)
    errors = sum(1 for p in report.problems if p.severity is Severity.ERROR)
    warnings = len(report.problems) - errors
    counts = report.counts()
    grades = [report.readability[t.id] for t in report.primary.library.topics if t.id in report.readability]
    mean = f", mean reading grade {sum(grades) / len(grades):.1f}" if grades else ""
    print(
        f"{errors} error(s), {warnings} warning(s) in {', '.join(report.results)}: "
        f"{counts['topics']} topics, {counts['therapies']} therapies, "
        f"{counts['checklist_items']} checklist items, {counts['glossary_terms']} glossary terms{mean}",
        file=out,
    )


def print_json(report: Report, out: TextIO) -> None:
    json.dump(report.as_json(), out, indent=2)
    out.write("\n")
