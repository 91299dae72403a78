"""Load one language's content folder into a Library, reporting every problem.

A record with structural errors is skipped (the rest of the library still
loads); a reference to an id that does not exist is reported and dropped, so
the record stays readable. Nothing here imports Qt: the validator, the app and
the tests share it.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType

from clinicapp.content import yamlsafe
from clinicapp.content.checks import FileChecker, Kind, Ref
from clinicapp.content.diagrams import parse_diagram
from clinicapp.content.markdown_rules import check_body
from clinicapp.content.model import (
    COMPARISON_QUESTION_IDS,
    PLACEHOLDERS,
    BodyRegion,
    Category,
    Certainty,
    CertaintyLevel,
    Checklist,
    ChecklistItem,
    ChecklistSection,
    Choice,
    Clinic,
    Comparison,
    Diagram,
    EvidenceCertainty,
    GlossaryTerm,
    Library,
    PegQuestion,
    Problem,
    Severity,
    Synonym,
    TextField,
    Therapy,
    TherapyKind,
    Topic,
    WarningMessages,
    WarningSign,
    WarningTier,
)

_LINK = "a symbolic link: links are never followed (put the files themselves here)"

REQ, OPT = True, False  # required / optional, to keep the field tables readable
TOPIC_FIELDS = {
    "id": (Kind.ID, REQ), "title": (Kind.TEXT, REQ), "summary": (Kind.TEXT, REQ),
    "category": (Kind.ID, REQ), "body": (Kind.TEXT, REQ), "order": (Kind.INT, OPT),
    "related_topics": (Kind.IDS, OPT), "related_therapies": (Kind.IDS, OPT),
    "terms": (Kind.IDS, OPT), "sources": (Kind.SOURCES, REQ), "last_reviewed": (Kind.DATE, REQ),
    "next_review": (Kind.DATE, REQ), "reviewed_by": (Kind.TEXT, REQ),
    "diagram": (Kind.MAPPING, OPT),
}  # fmt: skip
THERAPY_FIELDS = {
    "id": (Kind.ID, REQ), "name": (Kind.TEXT, REQ), "kind": (Kind.TEXT, REQ),
    "summary": (Kind.TEXT, REQ), "topic": (Kind.ID, OPT), "uses": (Kind.IDS, OPT),
    "terms": (Kind.IDS, OPT), "answers": (Kind.MAPPING, REQ), "certainty": (Kind.MAPPING, REQ),
    "sources": (Kind.SOURCES, REQ), "last_reviewed": (Kind.DATE, REQ),
    "next_review": (Kind.DATE, REQ), "reviewed_by": (Kind.TEXT, REQ),
    "diagram": (Kind.MAPPING, OPT),
}  # fmt: skip
CERTAINTY_FIELDS = {"level": (Kind.TEXT, REQ), "source": (Kind.TEXT, REQ)}
CLINIC_FIELDS = {
    "name": (Kind.TEXT, REQ), "contact": (Kind.TEXT, REQ), "offered_therapies": (Kind.IDS, REQ),
    "disclaimer": (Kind.TEXT, REQ), "funding": (Kind.TEXT, REQ),
    "emergency_number": (Kind.TEXT, REQ), "crisis_line": (Kind.TEXT, REQ),
    "approved_by": (Kind.TEXT, OPT), "approved_on": (Kind.DATE, OPT),
}  # fmt: skip
CHOICE_FIELDS = {"id": (Kind.ID, REQ), "label": (Kind.TEXT, REQ)}
TERM_FIELDS = {
    "id": (Kind.ID, REQ), "term": (Kind.TEXT, REQ), "definition": (Kind.TEXT, REQ),
    "aliases": (Kind.TEXTS, OPT),
}  # fmt: skip
CHECKLIST_FIELDS = {
    "intro": (Kind.TEXT, REQ), "sections": (Kind.LIST, REQ), "regions": (Kind.LIST, REQ),
    "durations": (Kind.LIST, REQ), "peg": (Kind.LIST, REQ), "warning_signs": (Kind.LIST, REQ),
    "warning_messages": (Kind.MAPPING, REQ), "peg_note": (Kind.TEXT, OPT), "sources": (Kind.SOURCES, REQ),
}  # fmt: skip
MESSAGES_FIELDS = {"emergency": (Kind.TEXT, REQ), "today": (Kind.TEXT, REQ)}
SECTION_FIELDS = {"id": (Kind.ID, REQ), "title": (Kind.TEXT, REQ), "items": (Kind.LIST, REQ)}
ITEM_FIELDS = {"id": (Kind.ID, REQ), "text": (Kind.TEXT, REQ), "topics": (Kind.IDS, OPT)}
PEG_FIELDS = {
    "id": (Kind.ID, REQ), "text": (Kind.TEXT, REQ),
    "low_label": (Kind.TEXT, REQ), "high_label": (Kind.TEXT, REQ),
}  # fmt: skip
SIGN_FIELDS = {"id": (Kind.ID, REQ), "text": (Kind.TEXT, REQ), "tier": (Kind.TEXT, REQ), "action": (Kind.TEXT, OPT)}
LEVEL_FIELDS = {"id": (Kind.ID, REQ), "label": (Kind.TEXT, REQ), "meaning": (Kind.TEXT, REQ)}
_BRACES = re.compile(r"\{([^{}]*)\}")
COMPARISON_FIELDS = {
    "questions": (Kind.LIST, REQ), "uses": (Kind.LIST, REQ), "ask_care_team": (Kind.TEXTS, REQ),
    "values": (Kind.LIST, REQ), "sure": (Kind.LIST, REQ), "default_pair": (Kind.IDS, OPT),
    "certainty_levels": (Kind.LIST, REQ),
}  # fmt: skip
CATEGORIES_FIELDS = {"categories": (Kind.LIST, REQ)}
GLOSSARY_FIELDS = {"terms": (Kind.LIST, REQ), "search_synonyms": (Kind.LIST, OPT)}
SYNONYM_FIELDS = {"words": (Kind.TEXTS, REQ), "means": (Kind.TEXTS, REQ)}
_LETTERS = re.compile(r"[^\W_]")

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
    texts: list[TextField] = field(default_factory=list)  # every patient-facing text, for the validator

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
        self.texts: list[TextField] = []
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

    def check_review(self, checker: FileChecker, root: yamlsafe.Node, values: dict) -> None:
        """A review date is honest (not in the future) and the next one is planned and not overdue."""
        reviewed, due = values.get("last_reviewed"), values.get("next_review")
        nodes = root.value
        if reviewed is not None and reviewed > self.today:
            checker.error(nodes["last_reviewed"], f"last_reviewed {reviewed} is in the future")  # type: ignore[index]
        if due is None:
            return
        if reviewed is not None and due <= reviewed:
            checker.error(nodes["next_review"], f"next_review {due} must be after last_reviewed {reviewed}")  # type: ignore[index]
        elif due < self.today:
            checker.warn(nodes["next_review"], f"next_review {due} has passed: due for medical review")  # type: ignore[index]

    def text(self, checker: FileChecker, node: yamlsafe.Node, record: str, name: str, markdown: bool = False) -> None:
        """Remember a patient-facing text for the validator's reading checks."""
        if isinstance(node.value, (dict, list)) or node.value is None:
            return
        text = str(node.value).strip()
        if text:
            self.texts.append(TextField(checker.file, node.line, node.column, record, name, text, markdown))

    def check_placeholders(self, checker: FileChecker, node: yamlsafe.Node, what: str) -> None:
        """Only the clinic's numbers may be filled in; any other {...} would reach a patient as-is."""
        allowed = ", ".join("{" + p + "}" for p in PLACEHOLDERS)
        for name in _BRACES.findall(str(node.value)):
            if name not in PLACEHOLDERS:
                checker.error(node, f"unknown placeholder '{{{name}}}' in {what} (allowed: {allowed})")
        unbalanced = _BRACES.sub("", str(node.value))
        if "{" in unbalanced or "}" in unbalanced:
            checker.error(node, f"unmatched brace in {what} (allowed placeholders: {allowed})")

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
            self.check_review(checker, root, values)
            record = f"topic/{values.get('id', path.stem)}"
            for name in ("title", "summary", "body"):
                if name in values:
                    self.text(checker, root.value[name], record, name, markdown=name == "body")  # type: ignore[index]
            if "body" in values:
                self.check_markdown(checker, root.value["body"])  # type: ignore[index]
                self.check_placeholders(checker, root.value["body"], "the body")  # type: ignore[index]
            if "id" in values and values["id"] != path.stem:
                checker.error(root.value["id"], f"topic id '{values['id']}' does not match the file name '{path.name}'")  # type: ignore[index]
            if "category" in values:
                checker.refer("category", root.value["category"], values["category"])  # type: ignore[index]
            refs = {
                k: self.id_refs(checker, values, k, kind)
                for k, kind in (("related_topics", "topic"), ("related_therapies", "therapy"), ("terms", "term"))
            }
            diagram, diagram_problems = self.diagram(checker, root, record)
            if checker.error_count == 0 and self.claim_id("topic", values["id"], checker, root.value["id"]):  # type: ignore[index]
                topic = Topic(
                    id=values["id"], title=values["title"], summary=values["summary"],
                    category=values["category"], body=values["body"], sources=values["sources"],
                    last_reviewed=values["last_reviewed"], order=values.get("order", 0), **refs,
                    next_review=values["next_review"], reviewed_by=values["reviewed_by"], diagram=diagram,
                )  # fmt: skip
            checker.problems.extend(diagram_problems)
        self.close(checker)
        return topic

    def therapy(self, path: Path) -> Therapy | None:
        root, checker = self.open(path)
        therapy = None
        if root is not None:
            values = checker.fields(root, THERAPY_FIELDS, "a therapy") or {}
            self.check_review(checker, root, values)
            record = f"therapy/{values.get('id', path.stem)}"
            if "summary" in values:
                self.text(checker, root.value["summary"], record, "summary")  # type: ignore[index]
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
            answers = self.answers(checker, values.get("answers"), root, record)
            certainty = self.certainty(checker, values, root)
            if "topic" in values:
                checker.refer("topic", root.value["topic"], values["topic"])  # type: ignore[index]
            uses = self.id_refs(checker, values, "uses", "use")
            terms = self.id_refs(checker, values, "terms", "term")
            diagram, diagram_problems = self.diagram(checker, root, record)
            if checker.error_count == 0 and self.claim_id("therapy", values["id"], checker, root.value["id"]):  # type: ignore[index]
                therapy = Therapy(
                    id=values["id"], name=values["name"], kind=kind, summary=values["summary"],  # type: ignore[arg-type]
                    answers=MappingProxyType(answers), sources=values["sources"], last_reviewed=values["last_reviewed"],
                    topic=values.get("topic", ""), uses=uses, terms=terms, certainty=certainty,
                    next_review=values["next_review"], reviewed_by=values["reviewed_by"], diagram=diagram,
                )  # fmt: skip
            checker.problems.extend(diagram_problems)
        self.close(checker)
        return therapy

    def diagram(self, checker: FileChecker, root: yamlsafe.Node, record: str) -> tuple[Diagram | None, list[Problem]]:
        """The optional `diagram` field (parsed in content/diagrams.py) and its problems.

        The problems are added after the record is built: a wrong picture is
        reported, but never hides the article it was meant to illustrate.
        """
        node = root.value.get("diagram")  # type: ignore[union-attr]
        if node is None or not isinstance(node.value, dict):
            return None, []  # absent, or already reported as not a mapping
        own = FileChecker(checker.file)

        def check_text(text: yamlsafe.Node, name: str) -> None:
            self.text(own, text, record, name)
            self.check_placeholders(own, text, "the diagram's alt text")

        return parse_diagram(own, node, record, check_text), own.problems

    def certainty(self, checker: FileChecker, values: dict, root: yamlsafe.Node) -> EvidenceCertainty | None:
        """The certainty rating: a level on the fixed scale, citing one of the therapy's own sources."""
        if "certainty" not in values:
            return None
        node = root.value["certainty"]  # type: ignore[index]
        fields = checker.fields(node, CERTAINTY_FIELDS, "the certainty") or {}
        level = None
        if "level" in fields:
            try:
                level = Certainty(fields["level"])
            except ValueError:
                allowed = ", ".join(c.value for c in Certainty)
                checker.error(node.value["level"], f"certainty level '{fields['level']}' is not one of: {allowed}")
        source = fields.get("source")
        if source is not None and "sources" in values:
            cited = {i for s in values["sources"] for i in s.identifiers}
            if source not in cited:
                checker.error(
                    node.value["source"],
                    f"certainty source '{source}' is not the url, doi or pmid of any source in this file",
                )
                return None
        if level is None or source is None:
            return None
        return EvidenceCertainty(level, str(source))

    def answers(
        self, checker: FileChecker, mapping: dict | None, root: yamlsafe.Node, record: str = ""
    ) -> dict[str, str]:
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
                self.check_placeholders(checker, node, f"answer '{key}'")
                self.text(checker, node, record, f"answers.{key}", markdown=True)
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
                clinic = Clinic(
                    values["name"], values["contact"], offered, values["disclaimer"], values["funding"],
                    emergency_number=values["emergency_number"], crisis_line=values["crisis_line"],
                    approved_by=values.get("approved_by", ""), approved_on=values.get("approved_on"),
                )  # fmt: skip
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

    def glossary(self, path: Path) -> tuple[tuple[GlossaryTerm, ...], tuple[Synonym, ...]]:
        root, checker = self.open(path)
        out: list[GlossaryTerm] = []
        synonyms: tuple[Synonym, ...] = ()
        if root is not None and checker.fields(root, GLOSSARY_FIELDS, "the glossary") is not None:
            for values, node in self.choices(checker, root.value.get("terms"), "terms", TERM_FIELDS):  # type: ignore[union-attr]
                if self.claim_id("term", values["id"], checker, node):
                    self.text(checker, node.value["definition"], f"glossary/{values['id']}", "definition")
                    out.append(
                        GlossaryTerm(
                            values["id"], values["term"], values["definition"], tuple(values.get("aliases", ()))
                        )
                    )
            synonyms = self.synonyms(checker, root.value.get("search_synonyms"))  # type: ignore[union-attr]
        self.close(checker)
        return tuple(out), synonyms

    def synonyms(self, checker: FileChecker, node: yamlsafe.Node | None) -> tuple[Synonym, ...]:
        """Search synonyms: each entry's words lead to its means; a word belongs to one entry only.

        Never shown to patients (only searched), so they are not graded for reading level.
        """
        if node is None or not isinstance(node.value, list):
            return ()
        out: list[Synonym] = []
        seen: dict[str, int] = {}
        for entry in node.value:
            before = checker.error_count
            values = checker.fields(entry, SYNONYM_FIELDS, "an entry of search_synonyms")
            if values is None or checker.error_count > before:
                continue
            for name in ("words", "means"):
                for item in entry.value[name].value:  # type: ignore[index]
                    if item.value is not None and not _LETTERS.search(str(item.value)):
                        checker.error(item, f"'{yamlsafe.shorten(str(item.value))}' in {name} has no letters to search")
                if not values[name]:
                    checker.error(entry.value[name], f"{name} of a search synonym is empty")  # type: ignore[index]
            if checker.error_count > before:
                continue
            for word, item in zip(values["words"], entry.value["words"].value, strict=False):  # type: ignore[index]
                key = " ".join(word.casefold().split())
                if key in seen:
                    checker.warn(item, f"search word '{yamlsafe.shorten(word)}' is already listed on line {seen[key]}")
                else:
                    seen[key] = item.line
            out.append(Synonym(tuple(values["words"]), tuple(values["means"]), checker.file, entry.line))
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
                    self.text(checker, node.value["label"], "comparison", f"questions.{v['id']}")
                else:
                    checker.error(node, f"unknown comparison question '{yamlsafe.shorten(v['id'])}'")
            missing = [q for q in COMPARISON_QUESTION_IDS if q not in {q.id for q in questions}]
            if "questions" in values and missing:
                checker.error(nodes["questions"], f"no label for comparison questions: {', '.join(missing)}")  # type: ignore[index]
            uses = []
            for v, node in self.choices(checker, nodes.get("uses"), "uses"):  # type: ignore[union-attr]
                if self.claim_id("use", v["id"], checker, node):
                    uses.append(Choice(v["id"], v["label"]))
                    self.text(checker, node.value["label"], "comparison", f"uses.{v['id']}")
            values_ = []
            for v, node in self.choices(checker, nodes.get("values"), "values"):  # type: ignore[union-attr]
                values_.append(Choice(v["id"], v["label"]))
                self.text(checker, node.value["label"], "comparison", f"values.{v['id']}")
            sure = []
            for v, node in self.choices(checker, nodes.get("sure"), "sure"):  # type: ignore[union-attr]
                sure.append(Choice(v["id"], v["label"]))
                self.text(checker, node.value["label"], "comparison", f"sure.{v['id']}")
            if "ask_care_team" in values:
                for i, node in enumerate(nodes["ask_care_team"].value):  # type: ignore[index]
                    self.text(checker, node, "comparison", f"ask_care_team.{i + 1}")
            levels = self.certainty_levels(checker, nodes.get("certainty_levels"))  # type: ignore[union-attr]
            pair = self.id_refs(checker, values, "default_pair", "therapy")
            if checker.error_count == 0:
                result = Comparison(
                    tuple(questions), tuple(uses), values["ask_care_team"], tuple(values_), tuple(sure), pair,
                    certainty_levels=levels,
                )  # type: ignore[arg-type]  # fmt: skip
        self.close(checker)
        return result

    def certainty_levels(self, checker: FileChecker, node: yamlsafe.Node | None) -> tuple[CertaintyLevel, ...]:
        """Exactly the four GRADE levels, in order, each with a label and a plain meaning."""
        if node is None:
            return ()
        entries = self.choices(checker, node, "certainty_levels", LEVEL_FIELDS)
        levels = []
        for v, entry in entries:
            self.text(checker, entry.value["label"], "comparison", f"certainty_levels.{v['id']}.label")
            self.text(checker, entry.value["meaning"], "comparison", f"certainty_levels.{v['id']}.meaning")
            if v["id"] in {c.value for c in Certainty}:
                levels.append(CertaintyLevel(Certainty(v["id"]), v["label"], v["meaning"]))
        found = [v["id"] for v, _ in entries]
        want = [c.value for c in Certainty]
        if isinstance(node.value, list) and found != want and len(entries) == len(node.value):
            checker.error(
                node, f"certainty_levels must be exactly {', '.join(want)} in this order (found {', '.join(found)})"
            )
        return tuple(levels)

    def checklist(self, path: Path) -> Checklist | None:
        root, checker = self.open(path)
        result = None
        if root is not None:
            values = checker.fields(root, CHECKLIST_FIELDS, "the checklist") or {}
            nodes = root.value
            rec = "checklist"
            for name in ("intro",):
                if name in values:
                    self.text(checker, nodes[name], rec, name)  # type: ignore[index]
            sections = []
            item_ids: set[str] = set()
            for section, node in self.choices(checker, nodes.get("sections"), "sections", SECTION_FIELDS):  # type: ignore[union-attr]
                self.text(checker, node.value["title"], rec, f"sections.{section['id']}.title")
                items = []
                for item, item_node in self.choices(
                    checker, node.value["items"], f"section '{section['id']}'", ITEM_FIELDS
                ):  # type: ignore[index]
                    if item["id"] in item_ids:
                        checker.error(item_node, f"duplicate checklist item id '{item['id']}'")
                        continue
                    item_ids.add(item["id"])
                    self.text(checker, item_node.value["text"], rec, f"items.{item['id']}")
                    items.append(
                        ChecklistItem(item["id"], item["text"], self.id_refs(checker, item, "topics", "topic"))
                    )
                sections.append(ChecklistSection(section["id"], section["title"], tuple(items)))
            regions = []
            for v, node in self.choices(checker, nodes.get("regions"), "regions"):  # type: ignore[union-attr]
                regions.append(BodyRegion(v["id"], v["label"]))
                self.text(checker, node.value["label"], rec, f"regions.{v['id']}")
            durations = []
            for v, node in self.choices(checker, nodes.get("durations"), "durations"):  # type: ignore[union-attr]
                durations.append(Choice(v["id"], v["label"]))
                self.text(checker, node.value["label"], rec, f"durations.{v['id']}")
            peg = []
            for v, node in self.choices(checker, nodes.get("peg"), "peg", PEG_FIELDS):  # type: ignore[union-attr]
                peg.append(PegQuestion(v["id"], v["text"], v["low_label"], v["high_label"]))
                for name in ("text", "low_label", "high_label"):
                    self.text(checker, node.value[name], rec, f"peg.{v['id']}.{name}")
            if "peg" in values and len(peg) != 3:
                checker.error(nodes["peg"], f"the PEG has exactly three questions (found {len(peg)})")  # type: ignore[index]
            signs = self.warning_signs(checker, nodes.get("warning_signs"))  # type: ignore[union-attr]
            messages = self.warning_messages(checker, values, nodes)
            if checker.error_count == 0 and messages is not None:
                result = Checklist(
                    values["intro"], tuple(sections), tuple(regions), tuple(durations), tuple(peg),
                    tuple(signs), messages, values["sources"], peg_note=values.get("peg_note", ""),
                )  # type: ignore[arg-type]  # fmt: skip
        self.close(checker)
        return result

    def warning_signs(self, checker: FileChecker, node: yamlsafe.Node | None) -> list[WarningSign]:
        signs = []
        for v, sign_node in self.choices(checker, node, "warning_signs", SIGN_FIELDS):
            try:
                tier = WarningTier(v["tier"])
            except ValueError:
                allowed = ", ".join(t.value for t in WarningTier)
                checker.error(sign_node.value["tier"], f"warning sign tier '{v['tier']}' is not one of: {allowed}")
                continue
            self.text(checker, sign_node.value["text"], "checklist", f"warning_signs.{v['id']}.text")
            if "action" in v:
                self.check_placeholders(checker, sign_node.value["action"], f"the action of warning sign '{v['id']}'")
                self.text(checker, sign_node.value["action"], "checklist", f"warning_signs.{v['id']}.action")
            signs.append(WarningSign(v["id"], v["text"], tier, v.get("action", "")))
        return signs

    def warning_messages(self, checker: FileChecker, values: dict, nodes: dict) -> WarningMessages | None:
        """One instruction per tier, using only the allowed placeholders."""
        if "warning_messages" not in values:
            return None
        node = nodes["warning_messages"]
        found = checker.fields(node, MESSAGES_FIELDS, "warning_messages") or {}
        for tier in ("emergency", "today"):
            if tier in found:
                self.check_placeholders(checker, node.value[tier], f"warning_messages.{tier}")
                self.text(checker, node.value[tier], "checklist", f"warning_messages.{tier}")
        if not {"emergency", "today"} <= found.keys():
            return None
        return WarningMessages(emergency=found["emergency"], today=found["today"])

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
        glossary, synonyms = self.glossary(single["glossary"]) if present["glossary"] else ((), ())
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
            checklist=checklist, comparison=comparison, synonyms=synonyms,
        )  # fmt: skip
        self.problems.sort(key=lambda p: (p.file, p.line, p.column))
        return LoadResult(library, self.problems, self.files_read, self.texts)

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
