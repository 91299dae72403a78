"""The fields of every record kind: name → (kind, required), one table each.

The loader checks each mapping in a content file against its table in one pass
(see checks.FileChecker.fields), so the tables are the schema in code; the
contract for writers is /docs/CONTENT.md.
"""

from __future__ import annotations

from clinicapp.content.checks import Kind, Spec

REQ, OPT = True, False  # required / optional, to keep the field tables readable
TOPIC_FIELDS: Spec = {
    "id": (Kind.ID, REQ), "title": (Kind.TEXT, REQ), "summary": (Kind.TEXT, REQ),
    "category": (Kind.ID, REQ), "body": (Kind.TEXT, REQ), "order": (Kind.INT, OPT),
    "related_topics": (Kind.IDS, OPT), "related_therapies": (Kind.IDS, OPT),
    "terms": (Kind.IDS, OPT), "sources": (Kind.SOURCES, REQ), "last_reviewed": (Kind.DATE, REQ),
    "next_review": (Kind.DATE, REQ), "reviewed_by": (Kind.TEXT, REQ),
    "diagram": (Kind.MAPPING, OPT),
}  # fmt: skip
THERAPY_FIELDS: Spec = {
    "id": (Kind.ID, REQ), "name": (Kind.TEXT, REQ), "kind": (Kind.TEXT, REQ),
    "summary": (Kind.TEXT, REQ), "topic": (Kind.ID, OPT), "uses": (Kind.IDS, OPT),
    "terms": (Kind.IDS, OPT), "answers": (Kind.MAPPING, REQ), "certainty": (Kind.MAPPING, REQ),
    "sources": (Kind.SOURCES, REQ), "last_reviewed": (Kind.DATE, REQ),
    "next_review": (Kind.DATE, REQ), "reviewed_by": (Kind.TEXT, REQ),
    "diagram": (Kind.MAPPING, OPT),
}  # fmt: skip
CERTAINTY_FIELDS: Spec = {"level": (Kind.TEXT, REQ), "source": (Kind.TEXT, REQ)}
CLINIC_FIELDS: Spec = {
    "name": (Kind.TEXT, REQ), "contact": (Kind.TEXT, REQ), "offered_therapies": (Kind.IDS, REQ),
    "disclaimer": (Kind.TEXT, REQ), "funding": (Kind.TEXT, REQ),
    "emergency_number": (Kind.TEXT, REQ), "crisis_line": (Kind.TEXT, REQ),
    "approved_by": (Kind.TEXT, OPT), "approved_on": (Kind.DATE, OPT),
}  # fmt: skip
CHOICE_FIELDS: Spec = {"id": (Kind.ID, REQ), "label": (Kind.TEXT, REQ)}
CATEGORY_FIELDS: Spec = {"id": (Kind.ID, REQ), "title": (Kind.TEXT, REQ)}
TERM_FIELDS: Spec = {
    "id": (Kind.ID, REQ), "term": (Kind.TEXT, REQ), "definition": (Kind.TEXT, REQ),
    "aliases": (Kind.TEXTS, OPT),
}  # fmt: skip
CHECKLIST_FIELDS: Spec = {
    "intro": (Kind.TEXT, REQ), "sections": (Kind.LIST, REQ), "regions": (Kind.LIST, REQ),
    "durations": (Kind.LIST, REQ), "peg": (Kind.LIST, REQ), "warning_signs": (Kind.LIST, REQ),
    "warning_messages": (Kind.MAPPING, REQ), "peg_note": (Kind.TEXT, OPT), "sources": (Kind.SOURCES, REQ),
}  # fmt: skip
MESSAGES_FIELDS: Spec = {"emergency": (Kind.TEXT, REQ), "today": (Kind.TEXT, REQ)}
# `short`: the English code the visit note uses for this answer (docs/HANDOFF.md); the id when absent.
SECTION_FIELDS: Spec = {
    "id": (Kind.ID, REQ), "title": (Kind.TEXT, REQ), "items": (Kind.LIST, REQ), "short": (Kind.TEXT, OPT),
}  # fmt: skip
ITEM_FIELDS: Spec = {
    "id": (Kind.ID, REQ), "text": (Kind.TEXT, REQ), "topics": (Kind.IDS, OPT), "short": (Kind.TEXT, OPT),
}  # fmt: skip
NOTE_CHOICE_FIELDS: Spec = {**CHOICE_FIELDS, "short": (Kind.TEXT, OPT)}  # body regions and durations
PEG_FIELDS: Spec = {
    "id": (Kind.ID, REQ), "text": (Kind.TEXT, REQ),
    "low_label": (Kind.TEXT, REQ), "high_label": (Kind.TEXT, REQ),
}  # fmt: skip
SIGN_FIELDS: Spec = {
    "id": (Kind.ID, REQ), "text": (Kind.TEXT, REQ), "tier": (Kind.TEXT, REQ), "action": (Kind.TEXT, OPT),
    "short": (Kind.TEXT, OPT),
}  # fmt: skip
LEVEL_FIELDS: Spec = {"id": (Kind.ID, REQ), "label": (Kind.TEXT, REQ), "meaning": (Kind.TEXT, REQ)}
COMPARISON_FIELDS: Spec = {
    "questions": (Kind.LIST, REQ), "uses": (Kind.LIST, REQ), "ask_care_team": (Kind.TEXTS, REQ),
    "values": (Kind.LIST, REQ), "sure": (Kind.LIST, REQ), "default_pair": (Kind.IDS, OPT),
    "certainty_levels": (Kind.LIST, REQ),
}  # fmt: skip
CATEGORIES_FIELDS: Spec = {"categories": (Kind.LIST, REQ)}
GLOSSARY_FIELDS: Spec = {"terms": (Kind.LIST, REQ), "search_synonyms": (Kind.LIST, OPT)}
SYNONYM_FIELDS: Spec = {"words": (Kind.TEXTS, REQ), "means": (Kind.TEXTS, REQ)}
