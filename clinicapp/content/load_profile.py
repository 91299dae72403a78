"""The clinic profile, the topic categories and the glossary (with its search synonyms)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from clinicapp.content import yamlsafe
from clinicapp.content.checks import FileChecker
from clinicapp.content.load_context import LoadContext
from clinicapp.content.load_fields import (
    CATEGORIES_FIELDS,
    CATEGORY_FIELDS,
    CLINIC_FIELDS,
    GLOSSARY_FIELDS,
    SYNONYM_FIELDS,
    TERM_FIELDS,
)
from clinicapp.content.model import Clinic

if TYPE_CHECKING:
    from clinicapp.content.records import Category, GlossaryTerm, Synonym

_LETTERS = re.compile(r"[^\W_]")

# Shown when clinic.yaml is missing or broken: the app still says it is not medical advice.
FALLBACK_CLINIC = Clinic(
    name="",
    contact="",
    offered_therapies=(),
    disclaimer="This app is for learning. It is not medical advice. Talk with your care team.",
    funding="",
)


def read_clinic(ctx: LoadContext, path: Path) -> Clinic | None:
    """clinic.yaml: name, contact, offered therapies, numbers and the medical sign-off."""
    root, checker = ctx.open(path)
    clinic = None
    if root is not None:
        values = checker.fields(root, CLINIC_FIELDS, "the clinic profile") or {}
        offered = ctx.id_refs(checker, values, "offered_therapies", "therapy")
        if checker.error_count == 0:
            clinic = Clinic(
                values["name"], values["contact"], offered, values["disclaimer"], values["funding"],
                emergency_number=values["emergency_number"], crisis_line=values["crisis_line"],
                approved_by=values.get("approved_by", ""), approved_on=values.get("approved_on"),
            )  # fmt: skip
    ctx.close(checker)
    return clinic


def read_categories(ctx: LoadContext, path: Path) -> tuple[Category, ...]:
    """categories.yaml: the groups topics are listed in, in order."""
    from clinicapp.content.records import Category  # read after the first paint: records.py waits for it

    root, checker = ctx.open(path)
    out: list[Category] = []
    if root is not None and checker.fields(root, CATEGORIES_FIELDS, "the categories file") is not None:
        for values, node in ctx.choices(checker, root.mapping.get("categories"), "categories", CATEGORY_FIELDS):
            if ctx.claim_id("category", values["id"], checker, node):
                out.append(Category(values["id"], values["title"]))
    ctx.close(checker)
    return tuple(out)


def read_glossary(ctx: LoadContext, path: Path) -> tuple[tuple[GlossaryTerm, ...], tuple[Synonym, ...]]:
    """glossary.yaml: the terms the app explains on first use, and the words search takes for them."""
    from clinicapp.content.records import GlossaryTerm  # read after the first paint: records.py waits for it

    root, checker = ctx.open(path)
    out: list[GlossaryTerm] = []
    synonyms: tuple[Synonym, ...] = ()
    if root is not None and checker.fields(root, GLOSSARY_FIELDS, "the glossary") is not None:
        for values, node in ctx.choices(checker, root.mapping.get("terms"), "terms", TERM_FIELDS):
            if ctx.claim_id("term", values["id"], checker, node):
                ctx.text(checker, node.child("definition"), f"glossary/{values['id']}", "definition")
                aliases = tuple(values.get("aliases", ()))
                out.append(GlossaryTerm(values["id"], values["term"], values["definition"], aliases))
        synonyms = _synonyms(checker, root.mapping.get("search_synonyms"))
    ctx.close(checker)
    return tuple(out), synonyms


def _synonyms(checker: FileChecker, node: yamlsafe.Node | None) -> tuple[Synonym, ...]:
    """Search synonyms: each entry's words lead to its means; a word belongs to one entry only.

    Never shown to patients (only searched), so they are not graded for reading level.
    """
    from clinicapp.content.records import Synonym

    if node is None or not isinstance(node.value, list):
        return ()
    out: list[Synonym] = []
    seen: dict[str, int] = {}
    for entry in node.items:
        before = checker.error_count
        values = checker.fields(entry, SYNONYM_FIELDS, "an entry of search_synonyms")
        if values is None or checker.error_count > before:
            continue
        for name in ("words", "means"):
            for item in entry.child(name).items:
                if item.value is not None and not _LETTERS.search(str(item.value)):
                    checker.error(item, f"'{yamlsafe.shorten(str(item.value))}' in {name} has no letters to search")
            if not values[name]:
                checker.error(entry.child(name), f"{name} of a search synonym is empty")
        if checker.error_count > before:
            continue
        for word, item in zip(values["words"], entry.child("words").items, strict=False):
            key = " ".join(word.casefold().split())
            if key in seen:
                checker.warn(item, f"search word '{yamlsafe.shorten(word)}' is already listed on line {seen[key]}")
            else:
                seen[key] = item.line
        out.append(Synonym(tuple(values["words"]), tuple(values["means"]), checker.file, entry.line))
    return tuple(out)
