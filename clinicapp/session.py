"""What one patient or visit has entered, held in memory only.

Nothing here is ever written to disk: the only way an answer leaves this
object is a printout or PDF the person asks for. `reset()` returns every field
to new, which is what the kiosk does between patients, so every piece of
per-visit state must live here (a test checks reset against a filled session).
No Qt import: views observe changes through `subscribe`, told which part
changed by a `SessionChange`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, fields
from enum import StrEnum
from typing import NamedTuple

TEXT_SCALES: tuple[int, ...] = (100, 125, 150, 175, 200)
DEFAULT_TEXT_SCALE = 100
PEG_RANGE = range(0, 11)
MIN_COMPARE, MAX_COMPARE = 2, 4
VALUE_SCALE = range(0, 4)  # 0 not important … 3 very important


class SessionChange(StrEnum):
    """Which part of the session changed: the one word listeners compare against.

    A StrEnum with the old string values, so a listener written as
    `aspect == "reset"` still matches; a misspelt member is an AttributeError
    (and a mypy error), and `VisitSession` refuses to announce anything else.
    """

    CHECKLIST = "checklist"  # items ticked and how long the pain has lasted
    REGIONS = "regions"
    PEG = "peg"
    WARNINGS = "warnings"
    COMPARE = "compare"  # the therapies picked for comparison
    VALUES = "values"  # what matters to the person, and the SURE answers
    SEARCH = "search"
    APPEARANCE = "appearance"  # text size, contrast, presentation
    COMPARE_LIST = "compare-list"  # the list of options on Compare put away or brought back
    TAKE_HOME = "take-home"  # the handouts a clinician gathered for the take-home pack
    RESET = "reset"  # a new visit: everything back to new
    CLEARED = "cleared"  # Start over: answers gone, appearance kept


class History:
    """Back/forward over visited locations ("topic:ID", "glossary", ...)."""

    def __init__(self, home: str = "home") -> None:
        self._home = home
        self._entries: list[str] = [home]
        self._index = 0

    @property
    def current(self) -> str:
        return self._entries[self._index]

    @property
    def can_go_back(self) -> bool:
        return self._index > 0

    @property
    def can_go_forward(self) -> bool:
        return self._index < len(self._entries) - 1

    def visit(self, location: str) -> bool:
        """Record a new location; False when it is already the current one."""
        if location == self.current:
            return False
        del self._entries[self._index + 1 :]
        self._entries.append(location)
        self._index += 1
        return True

    def back(self) -> str | None:
        if not self.can_go_back:
            return None
        self._index -= 1
        return self.current

    def forward(self) -> str | None:
        if not self.can_go_forward:
            return None
        self._index += 1
        return self.current

    def entries(self) -> tuple[str, ...]:
        return tuple(self._entries)

    def reset(self) -> None:
        self._entries = [self._home]
        self._index = 0


# A NamedTuple, not a frozen dataclass: as immutable, and cheaper to make before the first paint (RESULTS.md, startup4).
class PegScore(NamedTuple):
    """The PEG mean, or None while any of the three answers is missing."""

    answers: tuple[int | None, ...]

    @property
    def complete(self) -> bool:
        return bool(self.answers) and all(a is not None for a in self.answers)

    @property
    def value(self) -> float | None:
        given = [a for a in self.answers if a is not None]
        if not self.answers or len(given) < len(self.answers):
            return None
        return round(sum(given) / len(given), 1)


# How the screen looks, not what the person entered: Start over keeps them, a new visit resets them.
APPEARANCE_FIELDS = ("text_scale", "high_contrast", "scale_before_presentation", "compare_list_shown")


@dataclass
class VisitSession:
    """Every answer and choice of the current visit. Never persisted."""

    checked_items: set[str] = field(default_factory=set)
    duration: str | None = None
    regions: set[str] = field(default_factory=set)
    peg: dict[str, int] = field(default_factory=dict)
    warning_signs: set[str] = field(default_factory=set)
    picked_therapies: list[str] = field(default_factory=list)
    values: dict[str, int] = field(default_factory=dict)
    sure: dict[str, bool] = field(default_factory=dict)
    take_home: list[str] = field(default_factory=list)  # "topic:ID" / "therapy:ID" a clinician gathered to print
    search_text: str = ""
    history: History = field(default_factory=History)
    text_scale: int = DEFAULT_TEXT_SCALE
    high_contrast: bool = False
    # Presentation mode (F11) enlarges the text; this is the size to go back to, None when not presenting.
    scale_before_presentation: int | None = None
    # The person's own choice to show (True) or put away (False) Compare's list of options;
    # None: the page decides from the text size. A change of text size hands it back to the page.
    compare_list_shown: bool | None = None
    _listeners: list[Callable[[SessionChange], None]] = field(default_factory=list, repr=False, compare=False)

    # -- what a visit left --------------------------------------------------
    def leftovers(self) -> list[str]:
        """The fields that differ from a new session: what a reset must clear.

        Derived from the dataclass, so a field added later is checked too (the
        kiosk's reset check and the soak use it); the history by its entries.
        """
        fresh = VisitSession()
        left = []
        for f in fields(self):
            if f.name.startswith("_"):
                continue
            mine, new = getattr(self, f.name), getattr(fresh, f.name)
            if (mine.entries() != new.entries()) if isinstance(mine, History) else (mine != new):
                left.append(f.name)
        return left

    # -- observing -------------------------------------------------------
    def subscribe(self, listener: Callable[[SessionChange], None]) -> None:
        """Call listener(aspect) after every change; aspect names what changed."""
        self._listeners.append(listener)

    def _changed(self, aspect: SessionChange) -> None:
        # A plain string that is not a member (a typo) fails here, not silently in every listener.
        change = SessionChange(aspect)
        for listener in list(self._listeners):
            listener(change)

    # -- checklist -------------------------------------------------------
    def set_item(self, item_id: str, checked: bool) -> None:
        _toggle(self.checked_items, item_id, checked)
        self._changed(SessionChange.CHECKLIST)

    def set_duration(self, duration_id: str | None) -> None:
        self.duration = duration_id
        self._changed(SessionChange.CHECKLIST)

    def set_region(self, region_id: str, chosen: bool) -> None:
        _toggle(self.regions, region_id, chosen)
        self._changed(SessionChange.REGIONS)

    def set_peg(self, question_id: str, value: int | None) -> None:
        if value is None:
            self.peg.pop(question_id, None)
        elif value not in PEG_RANGE:
            raise ValueError(f"PEG answers run from 0 to 10, not {value}")
        else:
            self.peg[question_id] = value
        self._changed(SessionChange.PEG)

    def peg_score(self, question_ids: tuple[str, ...]) -> PegScore:
        return PegScore(tuple(self.peg.get(q) for q in question_ids))

    def set_warning_sign(self, sign_id: str, present: bool) -> None:
        _toggle(self.warning_signs, sign_id, present)
        self._changed(SessionChange.WARNINGS)

    @property
    def has_warning_signs(self) -> bool:
        return bool(self.warning_signs)

    # -- comparison ------------------------------------------------------
    def pick_therapy(self, therapy_id: str, picked: bool) -> bool:
        """Add or remove a therapy; False when the 4-option limit refuses it."""
        if picked and therapy_id not in self.picked_therapies:
            if len(self.picked_therapies) >= MAX_COMPARE:
                return False
            self.picked_therapies.append(therapy_id)
        elif not picked and therapy_id in self.picked_therapies:
            self.picked_therapies.remove(therapy_id)
        self._changed(SessionChange.COMPARE)
        return True

    def set_picked_therapies(self, therapy_ids: list[str]) -> None:
        if len(therapy_ids) > MAX_COMPARE:
            raise ValueError(f"at most {MAX_COMPARE} therapies can be compared")
        self.picked_therapies = list(dict.fromkeys(therapy_ids))
        self._changed(SessionChange.COMPARE)

    def set_value(self, value_id: str, rating: int | None) -> None:
        if rating is None:
            self.values.pop(value_id, None)
        elif rating not in VALUE_SCALE:
            raise ValueError(f"ratings run from 0 to {VALUE_SCALE[-1]}, not {rating}")
        else:
            self.values[value_id] = rating
        self._changed(SessionChange.VALUES)

    def set_sure(self, question_id: str, answer: bool | None) -> None:
        if answer is None:
            self.sure.pop(question_id, None)
        else:
            self.sure[question_id] = answer
        self._changed(SessionChange.VALUES)

    # -- take-home pack (clinician mode) -----------------------------------
    def add_to_take_home(self, location: str) -> bool:
        """Add a "topic:ID" or "therapy:ID" at the end of the pack; False when it is in already."""
        if location in self.take_home:
            return False
        self.take_home.append(location)
        self._changed(SessionChange.TAKE_HOME)
        return True

    def remove_from_take_home(self, location: str) -> None:
        if location in self.take_home:
            self.take_home.remove(location)
            self._changed(SessionChange.TAKE_HOME)

    def move_in_take_home(self, location: str, step: int) -> None:
        """Move an item up (step < 0) or down the pack, stopping at either end."""
        if location not in self.take_home:
            return
        old = self.take_home.index(location)
        new = max(0, min(len(self.take_home) - 1, old + step))
        if new != old:
            self.take_home.insert(new, self.take_home.pop(old))
            self._changed(SessionChange.TAKE_HOME)

    # -- reading and appearance -----------------------------------------
    def set_search_text(self, text: str) -> None:
        """What is in the search box: the box writes every edit here and shows what this holds."""
        if text == self.search_text:
            return
        self.search_text = text
        self._changed(SessionChange.SEARCH)

    def set_text_scale(self, scale: int) -> None:
        if scale not in TEXT_SCALES:
            raise ValueError(f"text size must be one of {TEXT_SCALES}")
        if scale != self.text_scale:
            self.compare_list_shown = None  # a new size: Compare lays itself out for it again
        self.text_scale = scale
        self._changed(SessionChange.APPEARANCE)

    @property
    def presenting(self) -> bool:
        return self.scale_before_presentation is not None

    def start_presenting(self, at_least: int) -> None:
        """Presentation mode: text at least this size until `stop_presenting` puts the old size back."""
        if self.presenting:
            return
        self.scale_before_presentation = self.text_scale
        self.set_text_scale(max(at_least, self.text_scale))

    def stop_presenting(self) -> None:
        previous = self.scale_before_presentation
        if previous is None:
            return
        self.scale_before_presentation = None
        self.set_text_scale(previous)

    def set_compare_list_shown(self, shown: bool | None) -> None:
        """The person opened (True) or put away (False) Compare's list of options; None: follow the text size."""
        if shown == self.compare_list_shown:
            return
        self.compare_list_shown = shown
        self._changed(SessionChange.COMPARE_LIST)

    def set_high_contrast(self, on: bool) -> None:
        self.high_contrast = on
        self._changed(SessionChange.APPEARANCE)

    @property
    def has_answers(self) -> bool:
        """True once the patient has entered anything worth confirming before clearing."""
        return bool(
            self.checked_items or self.duration or self.regions or self.peg
            or self.warning_signs or self.values or self.sure
        )  # fmt: skip

    def reset(self) -> None:
        """Back to a new visit: every answer, choice, history and appearance."""
        self.checked_items.clear()
        self.duration = None
        self.regions.clear()
        self.peg.clear()
        self.warning_signs.clear()
        self.picked_therapies.clear()
        self.values.clear()
        self.sure.clear()
        self.take_home.clear()
        self.search_text = ""
        self.history.reset()
        self.text_scale = DEFAULT_TEXT_SCALE
        self.high_contrast = False
        self.scale_before_presentation = None
        self.compare_list_shown = None
        self._changed(SessionChange.RESET)

    def clear_answers(self) -> None:
        """ "Start over": everything the person entered, chose or searched goes; how the screen looks stays.

        On a shared screen, Start over is what someone presses on finding another
        person's answers, and what a clinician presses between two patients, so
        it clears the checklist, what matters to them, the SURE answers, the
        options picked, the take-home pack, the search text and the reading trail (history keeps
        home and where they are). Text size and contrast stay: the person at
        the screen still needs them. Views redraw on the "cleared" aspect.
        """
        self.checked_items.clear()
        self.duration = None
        self.regions.clear()
        self.peg.clear()
        self.warning_signs.clear()
        self.values.clear()
        self.sure.clear()
        self.picked_therapies.clear()
        self.take_home.clear()
        self.search_text = ""
        here = self.history.current
        self.history.reset()
        self.history.visit(here)
        self._changed(SessionChange.CLEARED)


def _toggle(bucket: set[str], key: str, on: bool) -> None:
    if on:
        bucket.add(key)
    else:
        bucket.discard(key)
