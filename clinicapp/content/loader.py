"""Load one language's content folder into a Library, reporting every problem.

A record with structural errors is skipped (the rest of the library still
loads); a reference to an id that does not exist is reported and dropped, so
the record stays readable. Nothing here imports Qt: the validator, the app and
the tests share it.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType

from clinicapp.content import yamlsafe
from clinicapp.content.checks import FileChecker, Kind, Ref
from clinicapp.content.markdown_rules import check_body
from clinicapp.content.model import (
    COMPARISON_QUESTION_IDS,
    BodyRegion,
    Category,
    Checklist,
    ChecklistItem,
    ChecklistSection,
    Choice,
    Clinic,
    Comparison,
    GlossaryTerm,
    Library,
    PegQuestion,
    Problem,
    Severity,
    Therapy,
    TherapyKind,
    Topic,
    WarningSign,
)

_LINK = "a symbolic link: links are never followed (put the files themselves here)"
REVIEW_MAX_AGE_DAYS = 730  # the usual 24-month medical review cycle

REQ, OPT = True, False  # required / optional, to keep the field tables readable
TOPIC_FIELDS = {
    "id": (Kind.ID, REQ), "title": (Kind.TEXT, REQ), "summary": (Kind.TEXT, REQ),
    "category": (Kind.ID, REQ), "body": (Kind.TEXT, REQ), "order": (Kind.INT, OPT),
    "related_topics": (Kind.IDS, OPT), "related_therapies": (Kind.IDS, OPT),
    "terms": (Kind.IDS, OPT), "sources": (Kind.SOURCES, REQ), "last_reviewed": (Kind.DATE, REQ),
}  # fmt: skip
THERAPY_FIELDS = {
    "id": (Kind.ID, REQ), "name": (Kind.TEXT, REQ), "kind": (Kind.TEXT, REQ),
    "summary": (Kind.TEXT, REQ), "topic": (Kind.ID, OPT), "uses": (Kind.IDS, OPT),
    "terms": (Kind.IDS, OPT), "answers": (Kind.MAPPING, REQ),
    "sources": (Kind.SOURCES, REQ), "last_reviewed": (Kind.DATE, REQ),
}  # fmt: skip
CLINIC_FIELDS = {
    "name": (Kind.TEXT, REQ), "contact": (Kind.TEXT, REQ), "offered_therapies": (Kind.IDS, REQ),
    "disclaimer": (Kind.TEXT, REQ), "funding": (Kind.TEXT, REQ),
}  # fmt: skip
CHOICE_FIELDS = {"id": (Kind.ID, REQ), "label": (Kind.TEXT, REQ)}
TERM_FIELDS = {
    "id": (Kind.ID, REQ), "term": (Kind.TEXT, REQ), "definition": (Kind.TEXT, REQ),
    "aliases": (Kind.TEXTS, OPT),
}  # fmt: skip
CHECKLIST_FIELDS = {
    "intro": (Kind.TEXT, REQ), "sections": (Kind.LIST, REQ), "regions": (Kind.LIST, REQ),
    "durations": (Kind.LIST, REQ), "peg": (Kind.LIST, REQ), "warning_signs": (Kind.LIST, REQ),
    "warning_message": (Kind.TEXT, REQ), "sources": (Kind.SOURCES, REQ),
}  # fmt: skip
SECTION_FIELDS = {"id": (Kind.ID, REQ), "title": (Kind.TEXT, REQ), "items": (Kind.LIST, REQ)}
ITEM_FIELDS = {"id": (Kind.ID, REQ), "text": (Kind.TEXT, REQ), "topics": (Kind.IDS, OPT)}
PEG_FIELDS = {
    "id": (Kind.ID, REQ), "text": (Kind.TEXT, REQ),
    "low_label": (Kind.TEXT, REQ), "high_label": (Kind.TEXT, REQ),
}  # fmt: skip
SIGN_FIELDS = {"id": (Kind.ID, REQ), "text": (Kind.TEXT, REQ)}
COMPARISON_FIELDS = {
    "questions": (Kind.LIST, REQ), "uses": (Kind.LIST, REQ), "ask_care_team": (Kind.TEXTS, REQ),
    "values": (Kind.LIST, REQ), "sure": (Kind.LIST, REQ), "default_pair": (Kind.IDS, OPT),
}  # fmt: skip
CATEGORIES_FIELDS = {"categories": (Kind.LIST, REQ)}
GLOSSARY_FIELDS = {"terms": (Kind.LIST, REQ)}

FALLBACK_CLINIC = Clinic(
    name="",
    contact="",
    offered_therapies=(),
    disclaimer="This app is for learning. It is not medical advice. Talk with your care team.",
    funding="",
)


@dataclass
class LoadResult:
    library: Library
    problems: list[Problem] = field(default_factory=list)
    files_read: int = 0

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity is Severity.ERROR]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity is Severity.WARNING]


class _Loader:
    def __init__(self, folder: Path, today: dt.date, display_root: Path | None) -> None:
        self.folder = folder
        self.today = today
        self.display_root = display_root
        self.problems: list[Problem] = []
        self.refs: list[Ref] = []
        self.files_read = 0
        self.seen_ids: dict[tuple[str, str], tuple[str, int]] = {}

    # -- files -----------------------------------------------------------
    def display(self, path: Path) -> str:
        if self.display_root is not None:
            try:
                return str(path.relative_to(self.display_root))
            except ValueError:
                pass
        return str(path)

    def open(self, path: Path) -> tuple[yamlsafe.Node | None, FileChecker]:
        checker = FileChecker(self.display(path))
        self.files_read += 1
        try:
            root = yamlsafe.load(path)
        except yamlsafe.YamlError as exc:
            checker.error((exc.line, exc.column), exc.message)
            return None, checker
        if not isinstance(root.value, dict):
            checker.error(root, "the top level of a content file must be a mapping of fields")
            return None, checker
        return root, checker

    def close(self, checker: FileChecker) -> None:
        self.problems.extend(checker.problems)
        self.refs.extend(checker.refs)

    def claim_id(self, kind: str, record_id: str, checker: FileChecker, node: yamlsafe.Node) -> bool:
        """False (with a problem) when another record of this kind has the id."""
        key = (kind, record_id)
        if key in self.seen_ids:
            where, line = self.seen_ids[key]
            checker.error(node, f"duplicate {kind} id '{record_id}' (first used in {where}:{line})")
            return False
        self.seen_ids[key] = (checker.file, node.line)
        return True

    # -- shared pieces ---------------------------------------------------
    def id_refs(self, checker: FileChecker, values: dict, key: str, kind: str) -> tuple[str, ...]:
        out = []
        for target, node in values.get(key, ()):
            checker.refer(kind, node, target)
            out.append(target)
        return tuple(out)

    def choices(
        self, checker: FileChecker, node: yamlsafe.Node | None, what: str, spec: dict = CHOICE_FIELDS
    ) -> list[tuple[dict, yamlsafe.Node]]:
        """Each entry of a list of small mappings that passed its checks."""
        if node is None or not isinstance(node.value, list):
            return []
        out, ids = [], set()
        for entry in node.value:
            before = checker.error_count
            values = checker.fields(entry, spec, f"an entry of {what}")
            if values is None or checker.error_count > before:
                continue
            if values["id"] in ids:
                checker.error(entry, f"duplicate id '{values['id']}' in {what}")
                continue
            ids.add(values["id"])
            out.append((values, entry))
        return out

    def check_review(self, checker: FileChecker, root: yamlsafe.Node, reviewed: dt.date | None) -> None:
        if reviewed is None:
            return
        node = root.value["last_reviewed"]  # type: ignore[index]
        if reviewed > self.today:
            checker.error(node, f"last_reviewed {reviewed} is in the future")
        elif (self.today - reviewed).days > REVIEW_MAX_AGE_DAYS:
            checker.warn(node, f"last reviewed {reviewed}: older than 24 months, due for medical review")

    def check_markdown(self, checker: FileChecker, node: yamlsafe.Node) -> None:
        # The text exactly as read (not stripped), so positions map onto the file.
        issues, links = check_body(str(node.value))
        first_line = node.line + 1 if node.block else node.line
        first_column = node.text_column or node.column
        for issue in issues:
            checker.error((first_line + issue.line - 1, first_column + issue.column - 1), issue.message)
        for link in links:
            checker.refs.append(
                Ref(link.scheme, link.target, checker.file, first_line + link.line - 1, first_column + link.column - 1)
            )

    # -- record kinds ----------------------------------------------------
    def topic(self, path: Path) -> Topic | None:
        root, checker = self.open(path)
        topic = None
        if root is not None:
            values = checker.fields(root, TOPIC_FIELDS, "a topic") or {}
            self.check_review(checker, root, values.get("last_reviewed"))
            if "body" in values:
                self.check_markdown(checker, root.value["body"])  # type: ignore[index]
            if "id" in values and values["id"] != path.stem:
                checker.error(root.value["id"], f"topic id '{values['id']}' does not match the file name '{path.name}'")  # type: ignore[index]
            if "category" in values:
                checker.refer("category", root.value["category"], values["category"])  # type: ignore[index]
            refs = {
                k: self.id_refs(checker, values, k, kind)
                for k, kind in (("related_topics", "topic"), ("related_therapies", "therapy"), ("terms", "term"))
            }
            if checker.error_count == 0 and self.claim_id("topic", values["id"], checker, root.value["id"]):  # type: ignore[index]
                topic = Topic(
                    id=values["id"], title=values["title"], summary=values["summary"],
                    category=values["category"], body=values["body"], sources=values["sources"],
                    last_reviewed=values["last_reviewed"], order=values.get("order", 0), **refs,
                )  # fmt: skip
        self.close(checker)
        return topic

    def therapy(self, path: Path) -> Therapy | None:
        root, checker = self.open(path)
        therapy = None
        if root is not None:
            values = checker.fields(root, THERAPY_FIELDS, "a therapy") or {}
            self.check_review(checker, root, values.get("last_reviewed"))
            kind = None
            if "kind" in values:
                try:
                    kind = TherapyKind(values["kind"])
                except ValueError:
                    allowed = ", ".join(k.value for k in TherapyKind)
                    shown = yamlsafe.shorten(values["kind"])
                    checker.error(root.value["kind"], f"therapy kind '{shown}' is not one of: {allowed}")  # type: ignore[index]
            if "id" in values and values["id"] != path.stem:
                checker.error(
                    root.value["id"], f"therapy id '{values['id']}' does not match the file name '{path.name}'"
                )  # type: ignore[index]
            answers = self.answers(checker, values.get("answers"), root)
            if "topic" in values:
                checker.refer("topic", root.value["topic"], values["topic"])  # type: ignore[index]
            uses = self.id_refs(checker, values, "uses", "use")
            terms = self.id_refs(checker, values, "terms", "term")
            if checker.error_count == 0 and self.claim_id("therapy", values["id"], checker, root.value["id"]):  # type: ignore[index]
                therapy = Therapy(
                    id=values["id"], name=values["name"], kind=kind, summary=values["summary"],  # type: ignore[arg-type]
                    answers=MappingProxyType(answers), sources=values["sources"], last_reviewed=values["last_reviewed"],
                    topic=values.get("topic", ""), uses=uses, terms=terms,
                )  # fmt: skip
        self.close(checker)
        return therapy

    def answers(self, checker: FileChecker, mapping: dict | None, root: yamlsafe.Node) -> dict[str, str]:
        answers: dict[str, str] = {}
        if mapping is None:
            return answers
        for key, node in mapping.items():
            if key not in COMPARISON_QUESTION_IDS:
                known = ", ".join(COMPARISON_QUESTION_IDS)
                checker.error(node, f"unknown answer '{yamlsafe.shorten(key)}' (known: {known})")
                continue
            text = checker.convert(node, Kind.TEXT, f"answer '{yamlsafe.shorten(key)}'")
            if text is not None:
                self.check_markdown(checker, node)
                answers[key] = str(text)
        for key in COMPARISON_QUESTION_IDS:
            if key not in mapping:
                checker.warn(root.value["answers"], f"therapy does not answer the comparison question '{key}'")  # type: ignore[index]
        return answers

    def clinic(self, path: Path) -> Clinic | None:
        root, checker = self.open(path)
        clinic = None
        if root is not None:
            values = checker.fields(root, CLINIC_FIELDS, "the clinic profile") or {}
            offered = self.id_refs(checker, values, "offered_therapies", "therapy")
            if checker.error_count == 0:
                clinic = Clinic(values["name"], values["contact"], offered, values["disclaimer"], values["funding"])
        self.close(checker)
        return clinic

    def categories(self, path: Path) -> tuple[Category, ...]:
        root, checker = self.open(path)
        out: list[Category] = []
        if root is not None and checker.fields(root, CATEGORIES_FIELDS, "the categories file") is not None:
            for values, node in self.choices(
                checker,
                root.value.get("categories"),
                "categories",  # type: ignore[union-attr]
                {"id": (Kind.ID, REQ), "title": (Kind.TEXT, REQ)},
            ):
                if self.claim_id("category", values["id"], checker, node):
                    out.append(Category(values["id"], values["title"]))
        self.close(checker)
        return tuple(out)

    def glossary(self, path: Path) -> tuple[GlossaryTerm, ...]:
        root, checker = self.open(path)
        out: list[GlossaryTerm] = []
        if root is not None and checker.fields(root, GLOSSARY_FIELDS, "the glossary") is not None:
            for values, node in self.choices(checker, root.value.get("terms"), "terms", TERM_FIELDS):  # type: ignore[union-attr]
                if self.claim_id("term", values["id"], checker, node):
                    out.append(
                        GlossaryTerm(
                            values["id"], values["term"], values["definition"], tuple(values.get("aliases", ()))
                        )
                    )
        self.close(checker)
        return tuple(out)

    def comparison(self, path: Path) -> Comparison | None:
        root, checker = self.open(path)
        result = None
        if root is not None:
            values = checker.fields(root, COMPARISON_FIELDS, "the comparison file") or {}
            nodes = root.value
            questions = []
            for v, node in self.choices(checker, nodes.get("questions"), "questions"):  # type: ignore[union-attr]
                if v["id"] in COMPARISON_QUESTION_IDS:
                    questions.append(Choice(v["id"], v["label"]))
                else:
                    checker.error(node, f"unknown comparison question '{yamlsafe.shorten(v['id'])}'")
            missing = set(COMPARISON_QUESTION_IDS) - {q.id for q in questions}
            if "questions" in values and missing:
                checker.error(nodes["questions"], f"no label for comparison questions: {', '.join(sorted(missing))}")  # type: ignore[index]
            uses = []
            for v, node in self.choices(checker, nodes.get("uses"), "uses"):  # type: ignore[union-attr]
                if self.claim_id("use", v["id"], checker, node):
                    uses.append(Choice(v["id"], v["label"]))
            values_ = [Choice(v["id"], v["label"]) for v, _ in self.choices(checker, nodes.get("values"), "values")]  # type: ignore[union-attr]
            sure = [Choice(v["id"], v["label"]) for v, _ in self.choices(checker, nodes.get("sure"), "sure")]  # type: ignore[union-attr]
            pair = self.id_refs(checker, values, "default_pair", "therapy")
            if checker.error_count == 0:
                result = Comparison(
                    tuple(questions),
                    tuple(uses),
                    values["ask_care_team"],  # type: ignore[arg-type]
                    tuple(values_),
                    tuple(sure),
                    pair,
                )
        self.close(checker)
        return result

    def checklist(self, path: Path) -> Checklist | None:
        root, checker = self.open(path)
        result = None
        if root is not None:
            values = checker.fields(root, CHECKLIST_FIELDS, "the checklist") or {}
            nodes = root.value
            sections = []
            item_ids: set[str] = set()
            for section, node in self.choices(checker, nodes.get("sections"), "sections", SECTION_FIELDS):  # type: ignore[union-attr]
                items = []
                for item, item_node in self.choices(
                    checker, node.value["items"], f"section '{section['id']}'", ITEM_FIELDS
                ):  # type: ignore[index]
                    if item["id"] in item_ids:
                        checker.error(item_node, f"duplicate checklist item id '{item['id']}'")
                        continue
                    item_ids.add(item["id"])
                    items.append(
                        ChecklistItem(item["id"], item["text"], self.id_refs(checker, item, "topics", "topic"))
                    )
                sections.append(ChecklistSection(section["id"], section["title"], tuple(items)))
            regions = [
                BodyRegion(v["id"], v["label"]) for v, _ in self.choices(checker, nodes.get("regions"), "regions")
            ]  # type: ignore[union-attr]
            durations = [
                Choice(v["id"], v["label"]) for v, _ in self.choices(checker, nodes.get("durations"), "durations")
            ]  # type: ignore[union-attr]
            peg = [
                PegQuestion(v["id"], v["text"], v["low_label"], v["high_label"])
                for v, _ in self.choices(checker, nodes.get("peg"), "peg", PEG_FIELDS)
            ]  # type: ignore[union-attr]
            if "peg" in values and len(peg) != 3:
                checker.error(nodes["peg"], f"the PEG has exactly three questions (found {len(peg)})")  # type: ignore[index]
            signs = [
                WarningSign(v["id"], v["text"])
                for v, _ in self.choices(checker, nodes.get("warning_signs"), "warning_signs", SIGN_FIELDS)
            ]  # type: ignore[union-attr]
            if checker.error_count == 0:
                result = Checklist(
                    values["intro"],
                    tuple(sections),
                    tuple(regions),
                    tuple(durations),  # type: ignore[arg-type]
                    tuple(peg),
                    tuple(signs),
                    values["warning_message"],
                    values["sources"],
                )  # type: ignore[arg-type]
        self.close(checker)
        return result

    # -- the whole folder ------------------------------------------------
    def run(self, language: str) -> LoadResult:
        folder = self.folder
        single = {
            name: folder / f"{name}.yaml" for name in ("clinic", "categories", "glossary", "comparison", "checklist")
        }
        # lexists, not is_file: a link or a pipe in a file's place is opened by
        # yamlsafe, which refuses it with a message, instead of "missing file".
        present = {name: os.path.lexists(path) for name, path in single.items()}
        for name, path in single.items():
            if not present[name]:
                self.problems.append(Problem(self.display(path), 1, 1, Severity.ERROR, f"missing file: {name}.yaml"))
        clinic = self.clinic(single["clinic"]) if present["clinic"] else None
        categories = self.categories(single["categories"]) if present["categories"] else ()
        glossary = self.glossary(single["glossary"]) if present["glossary"] else ()
        comparison = self.comparison(single["comparison"]) if present["comparison"] else None
        checklist = self.checklist(single["checklist"]) if present["checklist"] else None
        topics = [t for p in self.record_files("topics") if (t := self.topic(p))]
        therapies = [t for p in self.record_files("therapies") if (t := self.therapy(p))]
        self.report_strays(folder)

        known = {
            "topic": {t.id for t in topics},
            "therapy": {t.id for t in therapies},
            "term": {t.id for t in glossary},
            "category": {c.id for c in categories},
            "use": {u.id for u in comparison.uses} if comparison else set(),
        }
        dangling = set()
        for ref in self.refs:
            if ref.target not in known[ref.kind]:
                dangling.add((ref.kind, ref.target))
                self.problems.append(
                    Problem(ref.file, ref.line, ref.column, Severity.ERROR, f"unknown {ref.kind} id '{ref.target}'")
                )
        if dangling:  # keep the records; drop only the references that lead nowhere
            topics, therapies, clinic, checklist, comparison = _drop_dangling(
                known, topics, therapies, clinic, checklist, comparison
            )
        library = Library(
            language=language, clinic=clinic or FALLBACK_CLINIC, categories=categories,
            topics=tuple(topics), therapies=tuple(therapies), glossary=glossary,
            checklist=checklist, comparison=comparison,
        )  # fmt: skip
        self.problems.sort(key=lambda p: (p.file, p.line, p.column))
        return LoadResult(library, self.problems, self.files_read)

    def record_files(self, sub: str) -> list[Path]:
        """The *.yaml files of one record folder; a folder that is a link is reported, never entered.

        Links are never followed anywhere under the content folder: a link can
        lead out of it (to /etc as root) and can be re-pointed after any check.
        Each *.yaml entry, link or pipe included, is opened by yamlsafe, which
        refuses anything but a regular file with a message naming the file.
        """
        path = self.folder / sub
        if path.is_symlink():
            self.problems.append(Problem(self.display(path), 1, 1, Severity.ERROR, f"{sub}: {_LINK}"))
            return []
        return sorted(path.glob("*.yaml"))

    def report_strays(self, folder: Path) -> None:
        """Files that look like content but would be silently ignored, and links that are never followed."""
        expected = {"clinic", "categories", "glossary", "comparison", "checklist"}
        for path in sorted(folder.glob("*")):
            if path.is_symlink() and not (path.suffix == ".yaml" and path.stem in expected):
                if path.name not in ("topics", "therapies"):  # those are reported by record_files
                    self.problems.append(Problem(self.display(path), 1, 1, Severity.WARNING, f"ignored: {_LINK}"))
                continue
            if path.is_file() and path.suffix in (".yaml", ".yml") and path.stem not in expected:
                self.problems.append(
                    Problem(
                        self.display(path),
                        1,
                        1,
                        Severity.WARNING,
                        "file is not part of the content layout and was ignored",
                    )
                )
        for sub in ("topics", "therapies"):
            if (folder / sub).is_symlink():
                continue
            for path in sorted((folder / sub).glob("*.yml")):
                self.problems.append(
                    Problem(self.display(path), 1, 1, Severity.WARNING, "ignored: content files must end in .yaml")
                )


def _drop_dangling(known, topics, therapies, clinic, checklist, comparison):
    from dataclasses import replace

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
        clinic = replace(clinic, offered_therapies=keep("therapy", clinic.offered_therapies))
    if checklist:
        sections = tuple(
            replace(s, items=tuple(replace(i, topics=keep("topic", i.topics)) for i in s.items))
            for s in checklist.sections
        )
        checklist = replace(checklist, sections=sections)
    if comparison:
        comparison = replace(comparison, default_pair=keep("therapy", comparison.default_pair))
    return topics, therapies, clinic, checklist, comparison


def load_library(folder: Path, *, today: dt.date | None = None, display_root: Path | None = None) -> LoadResult:
    """Load one language folder (e.g. content/en); never raises on bad content."""
    folder = Path(folder)
    loader = _Loader(folder, today or dt.date.today(), display_root)
    return loader.run(folder.name)
