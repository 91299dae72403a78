"""What loading one content folder shares across files: reading, problems, ids, texts.

Each record kind is built in its own module (load_records, load_profile,
load_panels) from one LoadContext, which opens every file through yamlsafe
(positions for every value), collects each file's problems and references,
and remembers every patient-facing text for the validator's reading checks.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import TYPE_CHECKING

from clinicapp.content import yamlsafe
from clinicapp.content.checks import FileChecker, Ref, Spec, Values
from clinicapp.content.load_fields import CHOICE_FIELDS
from clinicapp.content.model import PLACEHOLDERS, Problem

if TYPE_CHECKING:
    from clinicapp.content.records import TextField

_BRACES = re.compile(r"\{([^{}]*)\}")


class LoadContext:
    """The state of one load: problems, references to check at the end, ids taken, texts to grade."""

    def __init__(self, folder: Path, today: dt.date, display_root: Path | None, *, simple_yaml: bool = False) -> None:
        """simple_yaml: read simple files without PyYAML when possible (the clinic profile before the first paint)."""
        self.folder = folder
        self.simple_yaml = simple_yaml
        self.today = today
        self.display_root = display_root
        self.problems: list[Problem] = []
        self.refs: list[Ref] = []
        self.files_read = 0
        self.texts: list[TextField] = []
        self.seen_ids: dict[tuple[str, str], tuple[str, int]] = {}

    # -- files -----------------------------------------------------------
    def display(self, path: Path) -> str:
        """How messages name a file: relative to display_root when it is under it."""
        if self.display_root is not None:
            try:
                return str(path.relative_to(self.display_root))
            except ValueError:
                pass
        return str(path)

    def open(self, path: Path) -> tuple[yamlsafe.Node | None, FileChecker]:
        """The file's root mapping (None after reporting why not) and its checker."""
        checker = FileChecker(self.display(path))
        self.files_read += 1
        try:
            root = yamlsafe.load(path, simple_first=self.simple_yaml)
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
    def id_refs(self, checker: FileChecker, values: Values, key: str, kind: str) -> tuple[str, ...]:
        """The ids of a list-of-ids field, each remembered as a reference to check once all is loaded."""
        out = []
        for target, node in values.get(key, ()):
            checker.refer(kind, node, target)
            out.append(target)
        return tuple(out)

    def choices(
        self, checker: FileChecker, node: yamlsafe.Node | None, what: str, spec: Spec = CHOICE_FIELDS
    ) -> list[tuple[Values, yamlsafe.Node]]:
        """Each entry of a list of small mappings that passed its checks."""
        if node is None or not isinstance(node.value, list):
            return []
        out, ids = [], set()
        for entry in node.items:
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

    def check_review(self, checker: FileChecker, root: yamlsafe.Node, values: Values) -> None:
        """A review date is honest (not in the future) and the next one is planned and not overdue."""
        reviewed, due = values.get("last_reviewed"), values.get("next_review")
        if reviewed is not None and reviewed > self.today:
            checker.error(root.child("last_reviewed"), f"last_reviewed {reviewed} is in the future")
        if due is None:
            return
        if reviewed is not None and due <= reviewed:
            checker.error(root.child("next_review"), f"next_review {due} must be after last_reviewed {reviewed}")
        elif due < self.today:
            checker.warn(root.child("next_review"), f"next_review {due} has passed: due for medical review")

    def text(self, checker: FileChecker, node: yamlsafe.Node, record: str, name: str, markdown: bool = False) -> None:
        """Remember a patient-facing text for the validator's reading checks."""
        if isinstance(node.value, (dict, list)) or node.value is None:
            return
        text = str(node.value).strip()
        if text:
            from clinicapp.content.records import TextField  # not needed to read the clinic profile (first paint)

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
        """The link rules for a Markdown field, each problem and link placed in the file."""
        from clinicapp.content.markdown_rules import check_body  # not needed for the clinic profile

        # Checked as stored and shown (stripped), so search and the reader share the
        # parse; what the strip took off the front is added back to each position.
        raw = str(node.value)
        lead = raw[: len(raw) - len(raw.lstrip())]
        base_column = node.text_column or node.column  # where every line of a block scalar starts
        first_line = (node.line + 1 if node.block else node.line) + lead.count("\n")
        first_column = base_column + len(lead) - (lead.rfind("\n") + 1)  # after any stripped spaces
        issues, links = check_body(raw.strip())

        def place(line: int, column: int) -> tuple[int, int]:
            return first_line + line - 1, (first_column if line == 1 else base_column) + column - 1

        for issue in issues:
            checker.error(place(issue.line, issue.column), issue.message)
        for link in links:
            checker.refs.append(Ref(link.scheme, link.target, checker.file, *place(link.line, link.column)))
