"""Frozen records for everything the bundled library holds.

The views, the search index, the validator and the tests all read these; none
of them touch YAML. Records are immutable so one Library can be shared by every
area of the app without anyone changing it behind another's back.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field, replace
from enum import StrEnum
from types import MappingProxyType
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    # "X as X": re-exported, so `from clinicapp.content.model import Topic` keeps its type.
    from clinicapp.content.records import BodyRegion as BodyRegion
    from clinicapp.content.records import Category as Category
    from clinicapp.content.records import Certainty as Certainty
    from clinicapp.content.records import CertaintyLevel as CertaintyLevel
    from clinicapp.content.records import Checklist as Checklist
    from clinicapp.content.records import ChecklistItem as ChecklistItem
    from clinicapp.content.records import ChecklistSection as ChecklistSection
    from clinicapp.content.records import Choice as Choice
    from clinicapp.content.records import Comparison as Comparison
    from clinicapp.content.records import Diagram as Diagram
    from clinicapp.content.records import EvidenceCertainty as EvidenceCertainty
    from clinicapp.content.records import GlossaryTerm as GlossaryTerm
    from clinicapp.content.records import PegQuestion as PegQuestion
    from clinicapp.content.records import Source as Source
    from clinicapp.content.records import Synonym as Synonym
    from clinicapp.content.records import TextField as TextField
    from clinicapp.content.records import Therapy as Therapy
    from clinicapp.content.records import TherapyKind as TherapyKind
    from clinicapp.content.records import Topic as Topic
    from clinicapp.content.records import WarningMessages as WarningMessages
    from clinicapp.content.records import WarningSign as WarningSign
    from clinicapp.content.records import WarningTier as WarningTier

# Records the first paint does not need live in records.py and are built on first use (PEP 562):
# the profile needs only Clinic and Library (and Problem for what is wrong with it).
_RECORDS = frozenset({
    "BodyRegion", "Category", "Certainty", "CertaintyLevel", "Checklist", "ChecklistItem", "ChecklistSection",
    "Choice", "Comparison", "Diagram", "EvidenceCertainty", "GlossaryTerm", "PegQuestion", "Source", "Synonym",
    "TextField", "Therapy", "TherapyKind", "Topic", "WarningMessages", "WarningSign", "WarningTier",
})  # fmt: skip


def __getattr__(name: str) -> object:
    if name in _RECORDS:
        from clinicapp.content import records

        return getattr(records, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


# The rows of the comparison grid, in the order a patient reads them. Every
# therapy answers each of these (a missing answer is shown as "Ask your care
# team" and the validator warns about it). Labels live in the content
# (comparison.yaml) so they can be translated with the rest of the library.
COMPARISON_QUESTION_IDS: tuple[str, ...] = (
    "what_it_is",
    "how_given",
    "used_for",
    "how_soon",
    "how_long",
    "how_often",
    "common_side_effects",
    "serious_risks",
    "talk_first",
    "time_and_visits",
    "cost",
    "evidence",
)


# The only placeholders warning messages and actions may use, filled from the
# clinic profile (or IT's settings) so each clinic shows its own numbers.
PLACEHOLDERS: tuple[str, ...] = ("emergency_number", "crisis_line")
US_EMERGENCY_NUMBER = "911"
US_CRISIS_LINE = "988"


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


# A NamedTuple, not a frozen dataclass: as immutable, and cheaper to make before the first paint (RESULTS.md, startup4).
class Problem(NamedTuple):
    """One thing wrong with the content, located precisely enough to fix it."""

    file: str
    line: int
    column: int
    severity: Severity
    message: str

    def __str__(self) -> str:
        tag = "" if self.severity is Severity.ERROR else "warning: "
        return f"{self.file}:{self.line}:{self.column}: {tag}{self.message}"


def fill_placeholders(text: str, emergency_number: str, crisis_line: str) -> str:
    """Content text with the clinic's numbers in place of its placeholders.

    Plain replacement rather than str.format: content is not code, and a stray
    brace must never raise in front of a patient (the validator reports it).
    """
    return text.replace("{emergency_number}", emergency_number).replace("{crisis_line}", crisis_line)


# A NamedTuple, not a frozen dataclass: as immutable, and cheaper to make before the first paint (RESULTS.md, startup4).
class Clinic(NamedTuple):
    """The clinic profile (clinic.yaml, then the settings): enough to paint the home screen."""

    name: str
    contact: str
    offered_therapies: tuple[str, ...]
    disclaimer: str
    funding: str
    emergency_number: str = US_EMERGENCY_NUMBER
    crisis_line: str = US_CRISIS_LINE
    approved_by: str = ""  # the clinic's medical sign-off (see docs/CLINICAL-REVIEW.md)
    approved_on: _dt.date | None = None

    @property
    def signed_off(self) -> bool:
        """True once the clinic recorded who approved the content, and when."""
        return bool(self.approved_by.strip()) and self.approved_on is not None

    def fill(self, text: str) -> str:
        """Content text with this clinic's emergency number and crisis line filled in."""
        return fill_placeholders(text, self.emergency_number, self.crisis_line)


@dataclass(frozen=True, slots=True)
class Library:
    """Everything one language's content folder holds, after checking."""

    language: str
    clinic: Clinic
    categories: tuple[Category, ...] = ()
    topics: tuple[Topic, ...] = ()
    therapies: tuple[Therapy, ...] = ()
    glossary: tuple[GlossaryTerm, ...] = ()
    checklist: Checklist | None = None
    comparison: Comparison | None = None
    synonyms: tuple[Synonym, ...] = ()  # search words from the content; see Synonym
    _topics: dict[str, Topic] = field(init=False, compare=False, repr=False)
    _therapies: dict[str, Therapy] = field(init=False, compare=False, repr=False)
    _terms: dict[str, GlossaryTerm] = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_topics", {t.id: t for t in self.topics})
        object.__setattr__(self, "_therapies", {t.id: t for t in self.therapies})
        object.__setattr__(self, "_terms", {t.id: t for t in self.glossary})

    def topic(self, topic_id: str) -> Topic | None:
        return self._topics.get(topic_id)

    def therapy(self, therapy_id: str) -> Therapy | None:
        return self._therapies.get(therapy_id)

    def term(self, term_id: str) -> GlossaryTerm | None:
        return self._terms.get(term_id)

    def topics_in(self, category_id: str) -> tuple[Topic, ...]:
        found = [t for t in self.topics if t.category == category_id]
        return tuple(sorted(found, key=lambda t: (t.order, t.title)))

    def is_offered(self, therapy_id: str) -> bool:
        return therapy_id in self.clinic.offered_therapies


def with_clinic_numbers(library: Library) -> Library:
    """The library with the clinic's emergency number and crisis line in every article and answer.

    Topic bodies and therapy answers say where to go ("call {emergency_number}"),
    and IT may change those numbers in the settings. The UI's AppContext fills
    them once for every library it is given, so every view, the search index
    and every printout show the same number. Checklist texts stay raw; the
    checklist and summary fill them through Clinic.fill as they show them.
    """
    fill = library.clinic.fill

    def drawing(diagram: Diagram | None) -> Diagram | None:
        return replace(diagram, alt=fill(diagram.alt)) if diagram else None

    topics = tuple(
        replace(t, title=fill(t.title), summary=fill(t.summary), body=fill(t.body), diagram=drawing(t.diagram))
        for t in library.topics
    )
    therapies = tuple(
        replace(
            t,
            summary=fill(t.summary),
            answers=MappingProxyType({k: fill(v) for k, v in t.answers.items()}),
            diagram=drawing(t.diagram),
        )
        for t in library.therapies
    )
    return replace(library, topics=topics, therapies=therapies)
