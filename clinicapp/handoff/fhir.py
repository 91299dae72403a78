"""The checklist as a FHIR R4 Questionnaire, and one visit as its QuestionnaireResponse.

Plain dicts (JSON-ready), no FHIR library at run time; the tests validate
both with fhir.resources. The PEG carries LOINC codes (panel 91148-7, items
75893-8, 91145-3, 91146-1, mean 91147-9; see docs/HANDOFF.md for the source
and a caveat: not confirmed against loinc.org), tied to the question ids
pain, enjoyment and activity, never to their order; everything else (checklist items, places,
duration, warning signs) is coded in the app's own code system `SYSTEM`,
whose codes are the content ids, the same in every language. Only answered
items appear in a response (FHIR forbids empty answers), and no patient
identity is ever included: the clinician attaches it to their own chart.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence

from clinicapp import __version__
from clinicapp.content.model import Checklist, Library, WarningTier
from clinicapp.handoff.ids import QUESTIONNAIRE_URL, SYSTEM, codes
from clinicapp.session import VisitSession

LOINC = "http://loinc.org"
PEG_PANEL = ("91148-7", "Pain intensity, Enjoyment of life, General activity scale [PEG]")
PEG_MEAN = ("91147-9", "Mean score [PEG]")
# By the question's content id, never its position: a content pack that lists the PEG in another
# order must not put the pain code on the activity answer. Other ids get no LOINC code, and the
# panel and mean codes go only on a checklist whose three questions are these.
PEG_ITEM_CODES = {"pain": "75893-8", "enjoyment": "91145-3", "activity": "91146-1"}
_MIN = "http://hl7.org/fhir/StructureDefinition/minValue"
_MAX = "http://hl7.org/fhir/StructureDefinition/maxValue"

# Fixed wording of the items the content does not name, in the languages the app ships.
_WORDS = {
    "en": {
        "title": "Symptom checklist before the visit",
        "peg": "Pain and how it affects your life (PEG)",
        "mean": "PEG score (mean of the three answers)",
        "regions": "Where it hurts",
        "duration": "How long it has been going on",
        "warnings": "Warning signs",
        WarningTier.EMERGENCY: "Warning signs: emergency",
        WarningTier.TODAY: "Warning signs: tell the staff today",
        "note": "Codes in this system are clinicapp content ids; they have no standard code.",
    },
    "es": {
        "title": "Lista de síntomas antes de la consulta",
        "peg": "El dolor y cómo afecta su vida (PEG)",
        "mean": "Puntaje PEG (promedio de las tres respuestas)",
        "regions": "Dónde le duele",
        "duration": "Desde hace cuánto tiempo",
        "warnings": "Señales de alarma",
        WarningTier.EMERGENCY: "Señales de alarma: emergencia",
        WarningTier.TODAY: "Señales de alarma: avísele hoy al personal",
        "note": (
            "Los códigos de este sistema son identificadores del contenido de clinicapp; no tienen código estándar."
        ),
    },
}


def _words(language: str) -> dict[str, str]:
    return _WORDS.get(language, _WORDS["en"])


def is_standard_peg(checklist: Checklist) -> bool:
    """Whether the checklist's PEG is the published one (the ids LOINC's codes are tied to)."""
    return sorted(q.id for q in checklist.peg) == sorted(PEG_ITEM_CODES)


def questionnaire_version(checklist: Checklist) -> str:
    """The app's version and the checklist's fingerprint: a response names the exact list it answers."""
    return f"{__version__}+{codes(checklist).fingerprint}"


def _coding(code: str, display: str, system: str = SYSTEM) -> dict[str, str]:
    return {"system": system, "code": code, "display": display}


def _choice(link_id: str, text: str, options: list[tuple[str, str]], *, repeats: bool) -> dict[str, object]:
    return {
        "linkId": link_id,
        "text": text,
        "type": "choice",
        "repeats": repeats,
        "answerOption": [{"valueCoding": _coding(code, label)} for code, label in options],
    }


def questionnaire(library: Library) -> dict[str, object]:
    """The checklist as a FHIR R4 Questionnaire in the library's language."""
    checklist = library.checklist
    if checklist is None:
        raise ValueError("the content has no checklist")
    words = _words(library.language)
    standard = is_standard_peg(checklist)
    peg_items: list[dict[str, object]] = []
    for question in checklist.peg:
        item: dict[str, object] = {"linkId": f"peg.{question.id}"}
        loinc = PEG_ITEM_CODES.get(question.id)
        if loinc is not None:
            item["code"] = [_coding(loinc, question.text, LOINC)]
        item |= {
            "text": f"{question.text} (0 = {question.low_label}, 10 = {question.high_label})",
            "type": "integer",
            "extension": [{"url": _MIN, "valueInteger": 0}, {"url": _MAX, "valueInteger": 10}],
        }
        peg_items.append(item)
    mean: dict[str, object] = {"linkId": "peg.mean"}
    if standard:
        mean["code"] = [_coding(*PEG_MEAN, system=LOINC)]
    peg_items.append(mean | {"text": words["mean"], "type": "decimal", "readOnly": True})
    items: list[dict[str, object]] = []
    warning_items = [
        _choice(
            f"warnings.{tier.value}",
            words[tier],
            [(s.id, s.text) for s in checklist.warning_signs if s.tier == tier],
            repeats=True,
        )
        for tier in WarningTier
        if any(s.tier == tier for s in checklist.warning_signs)
    ]
    if warning_items:
        items.append({"linkId": "warnings", "text": words["warnings"], "type": "group", "item": warning_items})
    panel = {"code": [_coding(*PEG_PANEL, system=LOINC)]} if standard else {}
    items.append({"linkId": "peg", **panel, "text": words["peg"], "type": "group", "item": peg_items})
    items.append(_choice("duration", words["duration"], [(d.id, d.label) for d in checklist.durations], repeats=False))
    items.append(_choice("regions", words["regions"], [(r.id, r.label) for r in checklist.regions], repeats=True))
    for section in checklist.sections:
        items.append(
            _choice(f"section.{section.id}", section.title, [(i.id, i.text) for i in section.items], repeats=True)
        )
    return {
        "resourceType": "Questionnaire",
        "id": "clinicapp-checklist",
        "url": QUESTIONNAIRE_URL,
        "version": questionnaire_version(checklist),
        "name": "ClinicappChecklist",
        "title": words["title"],
        "status": "active",
        "language": library.language,
        "subjectType": ["Patient"],
        "description": words["note"] + f" ({SYSTEM})",
        **panel,
        "item": items,
    }


def _answered(link_id: str, text: str, answers: Sequence[Mapping[str, object]]) -> list[dict[str, object]]:
    return [{"linkId": link_id, "text": text, "answer": answers}] if answers else []


def questionnaire_response(session: VisitSession, library: Library, when: dt.datetime) -> dict[str, object]:
    """One visit as a QuestionnaireResponse to the `questionnaire(library)`; when must carry a time zone."""
    checklist = library.checklist
    if checklist is None:
        raise ValueError("the content has no checklist")
    if when.tzinfo is None:
        raise ValueError("the visit time needs its UTC offset")
    words = _words(library.language)
    items: list[dict[str, object]] = []
    warning_items: list[dict[str, object]] = []
    for tier, signs in checklist.ticked_by_tier(session.warning_signs):
        warning_items += _answered(
            f"warnings.{tier.value}", words[tier], [{"valueCoding": _coding(s.id, s.text)} for s in signs]
        )
    if warning_items:
        items.append({"linkId": "warnings", "text": words["warnings"], "item": warning_items})
    peg_items: list[dict[str, object]] = []
    for question in checklist.peg:
        value = session.peg.get(question.id)
        if value is not None:
            peg_items += _answered(f"peg.{question.id}", question.text, [{"valueInteger": value}])
    score = session.peg_score(tuple(q.id for q in checklist.peg))
    if score.complete and score.value is not None:
        peg_items += _answered("peg.mean", words["mean"], [{"valueDecimal": score.value}])
    if peg_items:
        items.append({"linkId": "peg", "text": words["peg"], "item": peg_items})
    duration = next((d for d in checklist.durations if d.id == session.duration), None)
    if duration is not None:
        items += _answered("duration", words["duration"], [{"valueCoding": _coding(duration.id, duration.label)}])
    regions = [{"valueCoding": _coding(r.id, r.label)} for r in checklist.regions if r.id in session.regions]
    items += _answered("regions", words["regions"], regions)
    for section in checklist.sections:
        ticked = [{"valueCoding": _coding(i.id, i.text)} for i in section.items if i.id in session.checked_items]
        items += _answered(f"section.{section.id}", section.title, ticked)
    response: dict[str, object] = {
        "resourceType": "QuestionnaireResponse",
        "questionnaire": f"{QUESTIONNAIRE_URL}|{questionnaire_version(checklist)}",
        "status": "completed",
        "language": library.language,
        "authored": when.isoformat(timespec="seconds"),
    }
    if items:
        response["item"] = items
    return response
