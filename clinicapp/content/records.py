"""The library's larger records: topics, therapies, the checklist and the comparison.

Split from model.py so the first paint, which needs only the clinic profile
(model's Clinic and Library), does not pay for building these dataclasses and enums
(each frozen dataclass is ~0.6-1.2 ms of generated code to compile).
Import them from clinicapp.content.model as before: it hands them out from here.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from enum import StrEnum


class TherapyKind(StrEnum):
    """How a therapy is delivered; the comparison picker groups by this."""

    INJECTION = "injection"
    MEDICINE = "medicine"
    NON_DRUG = "non-drug"
    SELF_CARE = "self-care"


class Certainty(StrEnum):
    """GRADE-style certainty of the evidence for one therapy, on one fixed scale.

    Every option shows its level the same way (label + plain meaning from
    comparison.yaml's certainty_levels), so the order here is the display order.
    """

    HIGH = "high"
    MODERATE = "moderate"
    LOW = "low"
    VERY_LOW = "very-low"


class WarningTier(StrEnum):
    """How urgent a warning sign is; members are in order, most urgent first."""

    EMERGENCY = "emergency"  # emergency department / emergency number now
    TODAY = "today"  # tell the staff today


@dataclass(frozen=True, slots=True)
class Source:
    """A public reference a fact came from; URLs live here, never in bodies."""

    title: str
    publisher: str
    url: str = ""
    year: int | None = None
    doi: str = ""
    pmid: str = ""

    @property
    def identifiers(self) -> tuple[str, ...]:
        """Every identifier a certainty rating may cite this source by."""
        return tuple(i for i in (self.url, self.doi, self.pmid) if i)

    @property
    def link(self) -> str:
        """The one address shown to readers: the URL, else a DOI or PubMed link."""
        if self.url:
            return self.url
        if self.doi:
            return f"https://doi.org/{self.doi}"
        if self.pmid:
            return f"https://pubmed.ncbi.nlm.nih.gov/{self.pmid}/"
        return ""


@dataclass(frozen=True, slots=True)
class Category:
    id: str
    title: str


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
class Synonym:
    """Everyday words a patient may type, and the words the content uses for the same thing.

    Kept in the content (glossary.yaml `search_synonyms`) so each language has
    its own: "knot" finds trigger points, "nudo" finds puntos gatillo. One way
    only: "needle" finds injections, but "injection" does not find acupuncture.
    """

    words: tuple[str, ...]  # what a patient types ("shot", "shots")
    means: tuple[str, ...]  # what the articles say ("injection")
    file: str = ""  # where it was written, for the validator's messages
    line: int = 0


@dataclass(frozen=True, slots=True)
class TextField:
    """One patient-facing text and where it sits, so the validator can grade it.

    `record` groups the fields graded together for word difficulty (one topic,
    one therapy, the checklist, ...); `field` names the field in messages.
    """

    file: str
    line: int
    column: int
    record: str  # e.g. "topic/knots", "therapy/self-care", "checklist"
    field: str  # e.g. "body", "answers.cost", "warning_signs.fever.text"
    text: str
    markdown: bool = False


@dataclass(frozen=True, slots=True)
class Diagram:
    """A drawing shown beside an article (resources/diagrams/<id>.svg) and its words.

    The alt text is what a screen reader says and the caption a reader sees:
    one text, so the two can never disagree, written in each language's file.
    """

    id: str
    alt: str


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
    next_review: _dt.date | None = None  # required in files; optional here for hand-built records
    reviewed_by: str = ""
    diagram: Diagram | None = None  # optional picture for an idea words carry badly


@dataclass(frozen=True, slots=True)
class EvidenceCertainty:
    """How sure the research is for one therapy, and which of its sources says so."""

    level: Certainty
    source: str  # the url, doi or pmid of one of the therapy's sources


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
    certainty: EvidenceCertainty | None = None  # required in files
    next_review: _dt.date | None = None
    reviewed_by: str = ""
    diagram: Diagram | None = None  # optional picture (where the injection goes, ...)

    def certainty_source(self) -> Source | None:
        """The source the certainty rating cites (the loader checks it exists)."""
        if self.certainty is None:
            return None
        return next((s for s in self.sources if self.certainty.source in s.identifiers), None)

    def answer(self, question_id: str) -> str | None:
        """The content's answer, or None when the content has none."""
        text = self.answers.get(question_id, "").strip()
        return text or None

    def __hash__(self) -> int:  # answers is a mapping; identity is the id
        return hash(self.id)


@dataclass(frozen=True, slots=True)
class ChecklistItem:
    id: str
    text: str
    topics: tuple[str, ...] = ()
    short: str = ""  # English code for the visit note (content `short:`); "" = the id


@dataclass(frozen=True, slots=True)
class ChecklistSection:
    id: str
    title: str
    items: tuple[ChecklistItem, ...]
    short: str = ""  # English code for the visit note (content `short:`); "" = the id


@dataclass(frozen=True, slots=True)
class BodyRegion:
    id: str
    label: str
    short: str = ""  # English code for the visit note (content `short:`); "" = the id


@dataclass(frozen=True, slots=True)
class Choice:
    """One option of a single-choice question (how long it has been going on)."""

    id: str
    label: str
    short: str = ""  # English code for the visit note (content `short:`); "" = the id (durations only)


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
    tier: WarningTier = WarningTier.TODAY
    action: str = ""  # extra instruction for this sign only; may hold placeholders
    short: str = ""  # English code for the visit note (content `short:`); "" = the id


@dataclass(frozen=True, slots=True)
class WarningMessages:
    """One instruction per tier; may hold {emergency_number} and {crisis_line}."""

    emergency: str
    today: str

    def for_tier(self, tier: WarningTier) -> str:
        return self.emergency if tier is WarningTier.EMERGENCY else self.today


@dataclass(frozen=True, slots=True)
class Checklist:
    intro: str
    sections: tuple[ChecklistSection, ...]
    regions: tuple[BodyRegion, ...]
    durations: tuple[Choice, ...]
    peg: tuple[PegQuestion, ...]
    warning_signs: tuple[WarningSign, ...]
    warning_messages: WarningMessages
    sources: tuple[Source, ...]
    peg_note: str = ""  # where the PEG wording comes from, shown under it

    @property
    def items(self) -> tuple[ChecklistItem, ...]:
        return tuple(item for section in self.sections for item in section.items)

    def signs_in_tier(self, tier: WarningTier, ticked: Collection[str] | None = None) -> tuple[WarningSign, ...]:
        """The tier's signs in content order; only the ticked ones when ticked is given."""
        return tuple(s for s in self.warning_signs if s.tier is tier and (ticked is None or s.id in ticked))

    def ticked_by_tier(self, ticked: Collection[str]) -> tuple[tuple[WarningTier, tuple[WarningSign, ...]], ...]:
        """Ticked signs grouped by tier, most urgent tier first; empty tiers left out."""
        groups = ((tier, self.signs_in_tier(tier, ticked)) for tier in WarningTier)
        return tuple((tier, signs) for tier, signs in groups if signs)


@dataclass(frozen=True, slots=True)
class CertaintyLevel:
    """How one certainty level is shown: a label and a plain one-line meaning."""

    id: Certainty
    label: str
    meaning: str


@dataclass(frozen=True, slots=True)
class Comparison:
    """Text the comparison panel needs beyond the therapies themselves."""

    questions: tuple[Choice, ...]  # id is one of COMPARISON_QUESTION_IDS
    uses: tuple[Choice, ...]  # "used for" filter tags
    ask_care_team: tuple[str, ...]
    values: tuple[Choice, ...]  # "What matters to you"
    sure: tuple[Choice, ...]  # the four SURE questions
    default_pair: tuple[str, ...] = ()
    certainty_levels: tuple[CertaintyLevel, ...] = ()  # exactly one per Certainty, in its order

    def certainty_level(self, level: Certainty) -> CertaintyLevel | None:
        return next((c for c in self.certainty_levels if c.id is level), None)
