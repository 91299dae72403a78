"""AppContext reads a pending library a piece per call, or all at once when something needs it."""

from __future__ import annotations

from clinicapp.content.loader import FALLBACK_CLINIC
from clinicapp.content.model import Library, Problem, Severity
from clinicapp.ui.common.context import AppContext


def _full() -> Library:
    return Library("en", FALLBACK_CLINIC._replace(name="Full clinic"))


def _profile() -> Library:
    return Library("en", FALLBACK_CLINIC._replace(name="Profile"))


PROBLEM = Problem("en/topics/x.yaml", 3, 1, Severity.ERROR, "bad")


def stepwise(pieces: list[str]):
    def load():
        for piece in ("a", "b", "c"):
            pieces.append(piece)
            yield piece
        return _full(), [PROBLEM]

    return load


def test_each_step_reads_one_piece_and_the_last_announces_the_library(qapp) -> None:
    pieces: list[str] = []
    context = AppContext(_profile(), load=stepwise(pieces))
    announced: list[str] = []
    context.libraryLoaded.connect(lambda: announced.append(context.clinic.name))
    assert context.load_library_step() and pieces == ["a"] and not context.library_loaded
    assert context.load_library_step() and pieces == ["a", "b"]
    assert context.load_library_step() and pieces == ["a", "b", "c"] and not announced
    assert context.load_library_step() is False  # the generator returned: read
    assert context.library_loaded and announced == ["Full clinic"]
    assert context.problems == [PROBLEM]
    assert context.load_library_step() is False and context.load_library() is False and announced == ["Full clinic"]


def test_asking_for_the_library_midway_reads_the_rest_at_once(qapp) -> None:
    pieces: list[str] = []
    context = AppContext(_profile(), load=stepwise(pieces))
    announced: list[int] = []
    context.libraryLoaded.connect(lambda: announced.append(1))
    context.load_library_step()
    assert context.library.clinic.name == "Full clinic"  # a tap's page needs it: the rest is read now
    assert pieces == ["a", "b", "c"] and announced == [1] and context.problems == [PROBLEM]
    assert context.load_library_step() is False and announced == [1]


def test_a_loader_that_is_not_stepwise_still_reads_in_one_step(qapp) -> None:
    context = AppContext(_profile(), load=lambda: (_full(), []))
    assert context.load_library_step() is False and context.clinic.name == "Full clinic"
