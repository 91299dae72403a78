"""The comparison panel's text (comparison.yaml) and the symptom checklist (checklist.yaml)."""

from __future__ import annotations

import re
from pathlib import Path

from clinicapp.content import yamlsafe
from clinicapp.content.checks import FileChecker, Values
from clinicapp.content.load_context import LoadContext
from clinicapp.content.load_fields import (
    CHECKLIST_FIELDS,
    COMPARISON_FIELDS,
    ITEM_FIELDS,
    LEVEL_FIELDS,
    MESSAGES_FIELDS,
    NOTE_CHOICE_FIELDS,
    PEG_FIELDS,
    SECTION_FIELDS,
    SIGN_FIELDS,
)
from clinicapp.content.model import (
    COMPARISON_QUESTION_IDS,
    BodyRegion,
    Certainty,
    CertaintyLevel,
    Checklist,
    ChecklistItem,
    ChecklistSection,
    Choice,
    Comparison,
    PegQuestion,
    WarningMessages,
    WarningSign,
    WarningTier,
)


def read_comparison(ctx: LoadContext, path: Path) -> Comparison | None:
    """Row labels, "used for" tags, questions to ask, values, SURE and the certainty scale."""
    root, checker = ctx.open(path)
    result = None
    if root is not None:
        values = checker.fields(root, COMPARISON_FIELDS, "the comparison file") or {}
        nodes = root.mapping
        rec = "comparison"
        questions = []
        for v, node in ctx.choices(checker, nodes.get("questions"), "questions"):
            if v["id"] in COMPARISON_QUESTION_IDS:
                questions.append(Choice(v["id"], v["label"]))
                ctx.text(checker, node.child("label"), rec, f"questions.{v['id']}")
            else:
                checker.error(node, f"unknown comparison question '{yamlsafe.shorten(v['id'])}'")
        missing = [q for q in COMPARISON_QUESTION_IDS if q not in {q.id for q in questions}]
        if "questions" in values and missing:
            checker.error(nodes["questions"], f"no label for comparison questions: {', '.join(missing)}")
        uses = []
        for v, node in ctx.choices(checker, nodes.get("uses"), "uses"):
            if ctx.claim_id("use", v["id"], checker, node):
                uses.append(Choice(v["id"], v["label"]))
                ctx.text(checker, node.child("label"), rec, f"uses.{v['id']}")
        values_ = []
        for v, node in ctx.choices(checker, nodes.get("values"), "values"):
            values_.append(Choice(v["id"], v["label"]))
            ctx.text(checker, node.child("label"), rec, f"values.{v['id']}")
        sure = []
        for v, node in ctx.choices(checker, nodes.get("sure"), "sure"):
            sure.append(Choice(v["id"], v["label"]))
            ctx.text(checker, node.child("label"), rec, f"sure.{v['id']}")
        if "ask_care_team" in values:
            for i, node in enumerate(nodes["ask_care_team"].items):
                ctx.text(checker, node, rec, f"ask_care_team.{i + 1}")
        levels = _certainty_levels(ctx, checker, nodes.get("certainty_levels"))
        pair = ctx.id_refs(checker, values, "default_pair", "therapy")
        if checker.error_count == 0:
            result = Comparison(
                tuple(questions), tuple(uses), values["ask_care_team"], tuple(values_), tuple(sure), pair,
                certainty_levels=levels,
            )  # fmt: skip
    ctx.close(checker)
    return result


def _certainty_levels(ctx: LoadContext, checker: FileChecker, node: yamlsafe.Node | None) -> tuple[CertaintyLevel, ...]:
    """Exactly the four GRADE levels, in order, each with a label and a plain meaning."""
    if node is None:
        return ()
    entries = ctx.choices(checker, node, "certainty_levels", LEVEL_FIELDS)
    levels = []
    for v, entry in entries:
        ctx.text(checker, entry.child("label"), "comparison", f"certainty_levels.{v['id']}.label")
        ctx.text(checker, entry.child("meaning"), "comparison", f"certainty_levels.{v['id']}.meaning")
        if v["id"] in {c.value for c in Certainty}:
            levels.append(CertaintyLevel(Certainty(v["id"]), v["label"], v["meaning"]))
    found = [v["id"] for v, _ in entries]
    want = [c.value for c in Certainty]
    if isinstance(node.value, list) and found != want and len(entries) == len(node.value):
        checker.error(
            node, f"certainty_levels must be exactly {', '.join(want)} in this order (found {', '.join(found)})"
        )
    return tuple(levels)


# The visit note (docs/HANDOFF.md) names answers by these short English codes, joined by commas
# on lines of at most 80 characters: so no comma, nothing outside plain ASCII, and short.
SHORT_MAX = 14
_SHORT = re.compile(r"[A-Za-z0-9<>](?:[A-Za-z0-9 /+<>.-]*[A-Za-z0-9+.])?")


class _Shorts:
    """The optional `short:` codes of one kind of answer: well-formed and unique within the kind.

    A bad code is a warning, not an error: the checklist still loads for the
    patient, and the note names that answer by its id instead.
    """

    def __init__(self, checker: FileChecker, kind: str) -> None:
        self.checker, self.kind = checker, kind
        self.seen: dict[str, str] = {}  # casefolded code -> the id that has it

    def take(self, values: Values, node: yamlsafe.Node) -> str:
        """The entry's code, or "" (the note then uses its id) after reporting a bad one."""
        short = values.get("short")
        if short is None:
            return ""
        at, name = node.child("short"), f"short code '{yamlsafe.shorten(short)}' of {self.kind} '{values['id']}'"
        if len(short) > SHORT_MAX:
            self.checker.warn(at, f"{name} is longer than {SHORT_MAX} characters")
        elif not _SHORT.fullmatch(short):
            self.checker.warn(at, f"{name} may use only ASCII letters, digits, spaces and / + < > . - (no commas)")
        elif short.casefold() in self.seen:
            self.checker.warn(at, f"{name} is already the code of {self.kind} '{self.seen[short.casefold()]}'")
        else:
            self.seen[short.casefold()] = values["id"]
            return short
        return ""


def read_checklist(ctx: LoadContext, path: Path) -> Checklist | None:
    """Sections of items, body regions, durations, the PEG, warning signs and their instructions."""
    root, checker = ctx.open(path)
    result = None
    if root is not None:
        values = checker.fields(root, CHECKLIST_FIELDS, "the checklist") or {}
        nodes = root.mapping
        rec = "checklist"
        if "intro" in values:
            ctx.text(checker, nodes["intro"], rec, "intro")
        sections = []
        item_ids: set[str] = set()
        section_shorts, item_shorts = _Shorts(checker, "section"), _Shorts(checker, "checklist item")
        for section, node in ctx.choices(checker, nodes.get("sections"), "sections", SECTION_FIELDS):
            ctx.text(checker, node.child("title"), rec, f"sections.{section['id']}.title")
            items = []
            where = f"section '{section['id']}'"
            for item, item_node in ctx.choices(checker, node.child("items"), where, ITEM_FIELDS):
                if item["id"] in item_ids:
                    checker.error(item_node, f"duplicate checklist item id '{item['id']}'")
                    continue
                item_ids.add(item["id"])
                ctx.text(checker, item_node.child("text"), rec, f"items.{item['id']}")
                topics = ctx.id_refs(checker, item, "topics", "topic")
                items.append(ChecklistItem(item["id"], item["text"], topics, item_shorts.take(item, item_node)))
            short = section_shorts.take(section, node)
            sections.append(ChecklistSection(section["id"], section["title"], tuple(items), short))
        regions = []
        shorts = _Shorts(checker, "region")
        for v, node in ctx.choices(checker, nodes.get("regions"), "regions", NOTE_CHOICE_FIELDS):
            regions.append(BodyRegion(v["id"], v["label"], shorts.take(v, node)))
            ctx.text(checker, node.child("label"), rec, f"regions.{v['id']}")
        durations = []
        shorts = _Shorts(checker, "duration")
        for v, node in ctx.choices(checker, nodes.get("durations"), "durations", NOTE_CHOICE_FIELDS):
            durations.append(Choice(v["id"], v["label"], shorts.take(v, node)))
            ctx.text(checker, node.child("label"), rec, f"durations.{v['id']}")
        peg = []
        for v, node in ctx.choices(checker, nodes.get("peg"), "peg", PEG_FIELDS):
            peg.append(PegQuestion(v["id"], v["text"], v["low_label"], v["high_label"]))
            for name in ("text", "low_label", "high_label"):
                ctx.text(checker, node.child(name), rec, f"peg.{v['id']}.{name}")
        if "peg" in values and len(peg) != 3:
            checker.error(nodes["peg"], f"the PEG has exactly three questions (found {len(peg)})")
        signs = _warning_signs(ctx, checker, nodes.get("warning_signs"))
        messages = _warning_messages(ctx, checker, values, nodes)
        if checker.error_count == 0 and messages is not None:
            result = Checklist(
                values["intro"], tuple(sections), tuple(regions), tuple(durations), tuple(peg),
                tuple(signs), messages, values["sources"], peg_note=values.get("peg_note", ""),
            )  # fmt: skip
    ctx.close(checker)
    return result


def _warning_signs(ctx: LoadContext, checker: FileChecker, node: yamlsafe.Node | None) -> list[WarningSign]:
    """Each sign with its tier; an optional action of its own may use the clinic's numbers."""
    signs = []
    shorts = _Shorts(checker, "warning sign")
    for v, sign_node in ctx.choices(checker, node, "warning_signs", SIGN_FIELDS):
        try:
            tier = WarningTier(v["tier"])
        except ValueError:
            allowed = ", ".join(t.value for t in WarningTier)
            checker.error(sign_node.child("tier"), f"warning sign tier '{v['tier']}' is not one of: {allowed}")
            continue
        ctx.text(checker, sign_node.child("text"), "checklist", f"warning_signs.{v['id']}.text")
        if "action" in v:
            action = sign_node.child("action")
            ctx.check_placeholders(checker, action, f"the action of warning sign '{v['id']}'")
            ctx.text(checker, action, "checklist", f"warning_signs.{v['id']}.action")
        signs.append(WarningSign(v["id"], v["text"], tier, v.get("action", ""), shorts.take(v, sign_node)))
    return signs


def _warning_messages(
    ctx: LoadContext, checker: FileChecker, values: Values, nodes: dict[str, yamlsafe.Node]
) -> WarningMessages | None:
    """One instruction per tier, using only the allowed placeholders."""
    if "warning_messages" not in values:
        return None
    node = nodes["warning_messages"]
    found = checker.fields(node, MESSAGES_FIELDS, "warning_messages") or {}
    for tier in ("emergency", "today"):
        if tier in found:
            ctx.check_placeholders(checker, node.child(tier), f"warning_messages.{tier}")
            ctx.text(checker, node.child(tier), "checklist", f"warning_messages.{tier}")
    if not {"emergency", "today"} <= found.keys():
        return None
    return WarningMessages(emergency=found["emergency"], today=found["today"])
