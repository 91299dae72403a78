"""Frozen records for everything the bundled library holds.

The views, the search index, the validator and the tests all read these; none
of them touch YAML. Records are immutable so one Library can be shared by every
area of the app without anyone changing it behind another's back.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum

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
    "evidence",
)


class TherapyKind(StrEnum):
    """How a therapy is delivered; the comparison picker groups by this."""

    INJECTION = "injection"
    MEDICINE = "medicine"
    NON_DRUG = "non-drug"
    SELF_CARE = "self-care"


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with the content, located precisely enough to fix it."""

    file: str
    line: int
    column: int
    severity: Severity
    message: str

    def __str__(self) -> str:
        tag = "" if self.severity is Severity.ERROR else "warning: "
        return f"{self.file}:{self.line}:{self.column}: {tag}{self.message}"


@dataclass(frozen=True, slots=True)
class Source:
    """A public reference a fact came from; URLs live here, never in bodies."""

    title: str
    publisher: str
    url: str = ""
    year: int | None = None


@dataclass(frozen=True, slots=True)
class Category:
    id: str
    title: str


@dataclass(frozen=True, slots=True)
class Topic:
    id: str
    title: str
    summary: str
    category: str
    body: str
    sources: tuple[Source, ...]
    last_reviewed: _dt.date
    related_topics: tuple[str, ...] = ()
    related_therapies: tuple[str, ...] = ()
    terms: tuple[str, ...] = ()
    order: int = 0


@dataclass(frozen=True, slots=True)
class Therapy:
    id: str
    name: str
    kind: TherapyKind
    summary: str
    answers: Mapping[str, str]  # read-only (a MappingProxyType from the loader)
    sources: tuple[Source, ...]
    last_reviewed: _dt.date
    topic: str = ""
    uses: tuple[str, ...] = ()
    terms: tuple[str, ...] = ()

    def answer(self, question_id: str) -> str | None:
        """The content's answer, or None when the content has none."""
        text = self.answers.get(question_id, "").strip()
        return text or None

    def __hash__(self) -> int:  # answers is a mapping; identity is the id
        return hash(self.id)


@dataclass(frozen=True, slots=True)
class GlossaryTerm:
    id: str
    term: str
    definition: str
    aliases: tuple[str, ...] = ()

    @property
    def spellings(self) -> tuple[str, ...]:
        """Every way an article may write this term, longest first."""
        return tuple(sorted({self.term, *self.aliases}, key=len, reverse=True))


@dataclass(frozen=True, slots=True)
class ChecklistItem:
    id: str
    text: str
    topics: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ChecklistSection:
    id: str
    title: str
    items: tuple[ChecklistItem, ...]


@dataclass(frozen=True, slots=True)
class BodyRegion:
    id: str
    label: str


@dataclass(frozen=True, slots=True)
class Choice:
    """One option of a single-choice question (how long it has been going on)."""

    id: str
    label: str


@dataclass(frozen=True, slots=True)
class PegQuestion:
    id: str
    text: str
    low_label: str
    high_label: str


@dataclass(frozen=True, slots=True)
class WarningSign:
    id: str
    text: str


@dataclass(frozen=True, slots=True)
class Checklist:
    intro: str
    sections: tuple[ChecklistSection, ...]
    regions: tuple[BodyRegion, ...]
    durations: tuple[Choice, ...]
    peg: tuple[PegQuestion, ...]
    warning_signs: tuple[WarningSign, ...]
    warning_message: str
    sources: tuple[Source, ...]

    @property
    def items(self) -> tuple[ChecklistItem, ...]:
        return tuple(item for section in self.sections for item in section.items)


@dataclass(frozen=True, slots=True)
class Comparison:
    """Text the comparison panel needs beyond the therapies themselves."""

    questions: tuple[Choice, ...]  # id is one of COMPARISON_QUESTION_IDS
    uses: tuple[Choice, ...]  # "used for" filter tags
    ask_care_team: tuple[str, ...]
    values: tuple[Choice, ...]  # "What matters to you"
    sure: tuple[Choice, ...]  # the four SURE questions
    default_pair: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Clinic:
    name: str
    contact: str
    offered_therapies: tuple[str, ...]
    disclaimer: str
    funding: str


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
    _by_id: dict[str, dict[str, object]] = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        by_id = {
            "topic": {t.id: t for t in self.topics},
            "therapy": {t.id: t for t in self.therapies},
            "term": {t.id: t for t in self.glossary},
        }
        object.__setattr__(self, "_by_id", by_id)

    def topic(self, topic_id: str) -> Topic | None:
        return self._by_id["topic"].get(topic_id)  # type: ignore[return-value]

    def therapy(self, therapy_id: str) -> Therapy | None:
        return self._by_id["therapy"].get(therapy_id)  # type: ignore[return-value]

    def term(self, term_id: str) -> GlossaryTerm | None:
        return self._by_id["term"].get(term_id)  # type: ignore[return-value]

    def topics_in(self, category_id: str) -> tuple[Topic, ...]:
        found = [t for t in self.topics if t.category == category_id]
        return tuple(sorted(found, key=lambda t: (t.order, t.title)))

    def is_offered(self, therapy_id: str) -> bool:
        return therapy_id in self.clinic.offered_therapies
