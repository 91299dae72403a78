"""Topics and therapies: one file each, named by the record's id."""

from __future__ import annotations

from pathlib import Path
from types import MappingProxyType

from clinicapp.content import yamlsafe
from clinicapp.content.checks import FileChecker, Kind, Values
from clinicapp.content.diagrams import parse_diagram
from clinicapp.content.load_context import LoadContext
from clinicapp.content.load_fields import CERTAINTY_FIELDS, THERAPY_FIELDS, TOPIC_FIELDS
from clinicapp.content.model import (
    COMPARISON_QUESTION_IDS,
    Certainty,
    Diagram,
    EvidenceCertainty,
    Problem,
    Therapy,
    TherapyKind,
    Topic,
)


def read_topic(ctx: LoadContext, path: Path) -> Topic | None:
    """One article; None (with problems) when it has errors."""
    root, checker = ctx.open(path)
    topic = None
    if root is not None:
        values = checker.fields(root, TOPIC_FIELDS, "a topic") or {}
        nodes = root.mapping
        ctx.check_review(checker, root, values)
        record = f"topic/{values.get('id', path.stem)}"
        for name in ("title", "summary", "body"):
            if name in values:
                ctx.text(checker, nodes[name], record, name, markdown=name == "body")
        if "body" in values:
            ctx.check_markdown(checker, nodes["body"])
            ctx.check_placeholders(checker, nodes["body"], "the body")
        if "id" in values and values["id"] != path.stem:
            checker.error(nodes["id"], f"topic id '{values['id']}' does not match the file name '{path.name}'")
        if "category" in values:
            checker.refer("category", nodes["category"], values["category"])
        refs = {
            k: ctx.id_refs(checker, values, k, kind)
            for k, kind in (("related_topics", "topic"), ("related_therapies", "therapy"), ("terms", "term"))
        }
        diagram, diagram_problems = _diagram(ctx, checker, root, record)
        if checker.error_count == 0 and ctx.claim_id("topic", values["id"], checker, nodes["id"]):
            topic = Topic(
                id=values["id"], title=values["title"], summary=values["summary"],
                category=values["category"], body=values["body"], sources=values["sources"],
                last_reviewed=values["last_reviewed"], order=values.get("order", 0),
                related_topics=refs["related_topics"], related_therapies=refs["related_therapies"],
                terms=refs["terms"], next_review=values["next_review"], reviewed_by=values["reviewed_by"],
                diagram=diagram,
            )  # fmt: skip
        checker.problems.extend(diagram_problems)
    ctx.close(checker)
    return topic


def read_therapy(ctx: LoadContext, path: Path) -> Therapy | None:
    """One option of the comparison grid; None (with problems) when it has errors."""
    root, checker = ctx.open(path)
    therapy = None
    if root is not None:
        values = checker.fields(root, THERAPY_FIELDS, "a therapy") or {}
        nodes = root.mapping
        ctx.check_review(checker, root, values)
        record = f"therapy/{values.get('id', path.stem)}"
        if "summary" in values:
            ctx.text(checker, nodes["summary"], record, "summary")
        kind = None
        if "kind" in values:
            try:
                kind = TherapyKind(values["kind"])
            except ValueError:
                allowed = ", ".join(k.value for k in TherapyKind)
                shown = yamlsafe.shorten(values["kind"])
                checker.error(nodes["kind"], f"therapy kind '{shown}' is not one of: {allowed}")
        if "id" in values and values["id"] != path.stem:
            checker.error(nodes["id"], f"therapy id '{values['id']}' does not match the file name '{path.name}'")
        answers = _answers(ctx, checker, values.get("answers"), root, record)
        certainty = _certainty(checker, values, root)
        if "topic" in values:
            checker.refer("topic", nodes["topic"], values["topic"])
        uses = ctx.id_refs(checker, values, "uses", "use")
        terms = ctx.id_refs(checker, values, "terms", "term")
        diagram, diagram_problems = _diagram(ctx, checker, root, record)
        # kind is None only after an error was reported, so the record is not built then.
        if (
            kind is not None
            and checker.error_count == 0
            and ctx.claim_id("therapy", values["id"], checker, nodes["id"])
        ):
            therapy = Therapy(
                id=values["id"], name=values["name"], kind=kind, summary=values["summary"],
                answers=MappingProxyType(answers), sources=values["sources"], last_reviewed=values["last_reviewed"],
                topic=values.get("topic", ""), uses=uses, terms=terms, certainty=certainty,
                next_review=values["next_review"], reviewed_by=values["reviewed_by"], diagram=diagram,
            )  # fmt: skip
        checker.problems.extend(diagram_problems)
    ctx.close(checker)
    return therapy


def _diagram(
    ctx: LoadContext, checker: FileChecker, root: yamlsafe.Node, record: str
) -> tuple[Diagram | None, list[Problem]]:
    """The optional `diagram` field (parsed in content/diagrams.py) and its problems.

    The problems are added after the record is built: a wrong picture is
    reported, but never hides the article it was meant to illustrate.
    """
    node = root.mapping.get("diagram")
    if node is None or not isinstance(node.value, dict):
        return None, []  # absent, or already reported as not a mapping
    own = FileChecker(checker.file)

    def check_text(text: yamlsafe.Node, name: str) -> None:
        ctx.text(own, text, record, name)
        ctx.check_placeholders(own, text, "the diagram's alt text")

    return parse_diagram(own, node, record, check_text), own.problems


def _certainty(checker: FileChecker, values: Values, root: yamlsafe.Node) -> EvidenceCertainty | None:
    """The certainty rating: a level on the fixed scale, citing one of the therapy's own sources."""
    if "certainty" not in values:
        return None
    node = root.child("certainty")
    fields = checker.fields(node, CERTAINTY_FIELDS, "the certainty") or {}
    level = None
    if "level" in fields:
        try:
            level = Certainty(fields["level"])
        except ValueError:
            allowed = ", ".join(c.value for c in Certainty)
            checker.error(node.child("level"), f"certainty level '{fields['level']}' is not one of: {allowed}")
    source = fields.get("source")
    if source is not None and "sources" in values:
        cited = {i for s in values["sources"] for i in s.identifiers}
        if source not in cited:
            checker.error(
                node.child("source"),
                f"certainty source '{source}' is not the url, doi or pmid of any source in this file",
            )
            return None
    if level is None or source is None:
        return None
    return EvidenceCertainty(level, str(source))


def _answers(
    ctx: LoadContext, checker: FileChecker, mapping: dict[str, yamlsafe.Node] | None, root: yamlsafe.Node, record: str
) -> dict[str, str]:
    """The answers to the comparison questions; an unknown key is an error, a missing one a warning."""
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
            ctx.check_markdown(checker, node)
            ctx.check_placeholders(checker, node, f"answer '{key}'")
            ctx.text(checker, node, record, f"answers.{key}", markdown=True)
            answers[key] = str(text)
    for key in COMPARISON_QUESTION_IDS:
        if key not in mapping:
            checker.warn(root.child("answers"), f"therapy does not answer the comparison question '{key}'")
    return answers
