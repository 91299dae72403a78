"""The optional `diagram: {id, alt}` field of topics and therapies.

Kept apart from the loader so the field is parsed and checked in one place:
the loader only declares the field and calls `parse_diagram`. A diagram id
names a drawing the app ships (resources/diagrams/<id>.svg); content cannot
bring its own pictures, so a content pack can only point at ones the app has.
The alt text is required: it is what a screen reader says and the caption a
reader sees under the drawing.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from clinicapp.content.checks import FileChecker, Kind
from clinicapp.content.model import Diagram
from clinicapp.content.yamlsafe import Node, shorten
from clinicapp.paths import resources_dir

DIAGRAMS_FOLDER = "diagrams"
DIAGRAM_FIELDS = {"id": (Kind.ID, True), "alt": (Kind.TEXT, True)}


@lru_cache(maxsize=1)
def known_diagrams() -> frozenset[str]:
    """Ids of the drawings shipped with the app (file names without .svg)."""
    folder = resources_dir() / DIAGRAMS_FOLDER
    return frozenset(p.stem for p in folder.glob("*.svg") if p.is_file())


def parse_diagram(
    checker: FileChecker, node: Node | None, record: str, check_text: Callable[[Node, str], None]
) -> Diagram | None:
    """The diagram a record asks for, or None (with a problem at its line when it is wrong).

    `check_text(node, field)` gives the alt text the checks of any patient text
    (reading level; only the clinic's placeholders, such as {emergency_number}).
    """
    if node is None:
        return None
    values = checker.fields(node, DIAGRAM_FIELDS, "the diagram")
    if values is None:
        return None
    fields: dict = node.value  # type: ignore[assignment]
    if "alt" in values:
        check_text(fields["alt"], "diagram.alt")
    if "id" not in values or "alt" not in values:
        return None
    diagram_id = str(values["id"])
    if diagram_id not in known_diagrams():
        shown = ", ".join(sorted(known_diagrams())) or "none"
        checker.error(fields["id"], f"unknown diagram id '{shorten(diagram_id)}' in {record} (known: {shown})")
        return None
    return Diagram(diagram_id, str(values["alt"]))
