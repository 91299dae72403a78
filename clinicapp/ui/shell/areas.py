"""The list of areas the app offers: the one place a new area is wired in.

An area is declared here once: its own location (also its id), titles,
shortcut, the location schemes its page serves and the factory that builds
that page. The main window routes by these schemes and names no area itself.
Page modules are imported inside the factories, so start-up pays only for
the areas it opens.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from clinicapp.ui.common.context import AppContext


class Area(NamedTuple):
    """A top-level area: its location, home-screen button, the schemes it serves and its page factory.

    The factory returns a QWidget that is a `ui.common.page.Page`; the main window checks it on build.
    It is given the page's final parent (the main window's page stack): a page built parentless
    and added later had the style sheet matched over its whole tree twice (~40 ms of a compare build).
    A NamedTuple, as Theme is: immutable, and cheaper than a dataclass to make before the first paint.
    """

    location: str
    title: str
    description: str
    shortcut: str
    factory: Callable[[AppContext, QWidget], QWidget]  # (context, parent)
    schemes: tuple[str, ...] = ()  # location schemes the page shows besides its own location
    on_home: bool = True
    short_title: str = ""  # for the top bar, where room is tight at 200% text
    # Background build order after start-up, highest first: the pages that cost a tap most to
    # build go first, so a tap in the first second finds them built (the rest in home order).
    build_first: int = 0
    # Modules the factory imports, heaviest dependencies first: the background imports each in a
    # slice of its own before it makes the page (with all of them in the make slice, a tap that
    # came meanwhile waited for them too; a wrong name is logged and the factory imports as usual).
    modules: tuple[str, ...] = ()

    def serves(self, scheme: str) -> bool:
        """True when a location with this scheme ("topic" of "topic:ID", or the bare location) opens here."""
        return scheme == self.location or scheme in self.schemes


def _topics(context: AppContext, parent: QWidget) -> QWidget:
    from clinicapp.ui.topics.page import TopicsPage

    return TopicsPage(context, parent)


def _checklist(context: AppContext, parent: QWidget) -> QWidget:
    from clinicapp.ui.checklist.page import ChecklistPage

    return ChecklistPage(context, parent)


def _compare(context: AppContext, parent: QWidget) -> QWidget:
    from clinicapp.ui.compare.page import ComparePage

    return ComparePage(context, parent)


def _glossary(context: AppContext, parent: QWidget) -> QWidget:
    from clinicapp.ui.topics.glossary import GlossaryPage

    return GlossaryPage(context, parent)


def _search(context: AppContext, parent: QWidget) -> QWidget:
    from clinicapp.ui.topics.search import SearchPage

    return SearchPage(context, parent)


def default_areas() -> list[Area]:
    """Every area in home-screen order.

    Each string is a literal QCoreApplication.translate call: lupdate only
    finds strings written that way (an alias such as `tr = ...` hides them).
    """
    return [
        Area("topics", QCoreApplication.translate("Areas", "Topics"),
             QCoreApplication.translate("Areas", "Read about muscle pain and its treatments"), "Ctrl+1", _topics,
             schemes=("topic", "therapy"),
             modules=("clinicapp.ui.common.takehome", "clinicapp.ui.topics.article", "clinicapp.ui.topics.models",
                      "clinicapp.ui.topics.search", "clinicapp.ui.topics.page")),
        Area("checklist", QCoreApplication.translate("Areas", "Symptom checklist"),
             QCoreApplication.translate("Areas", "Tell us about your pain before your visit"), "Ctrl+2", _checklist,
             short_title=QCoreApplication.translate("Areas", "Checklist"), build_first=1,
             modules=("clinicapp.handoff.compact", "clinicapp.summary", "clinicapp.ui.checklist.summary_view",
                      "clinicapp.ui.checklist.body_map", "clinicapp.ui.checklist.page")),
        # "compare:ID" (a link in an article or the grid) opens the comparison with that option in it.
        Area("compare", QCoreApplication.translate("Areas", "Compare therapies"),
             QCoreApplication.translate("Areas", "See treatment options side by side"), "Ctrl+3", _compare,
             short_title=QCoreApplication.translate("Areas", "Compare"), build_first=2,
             modules=("clinicapp.ui.common.takehome", "clinicapp.ui.compare.grid", "clinicapp.ui.compare.page")),
        Area("glossary", QCoreApplication.translate("Areas", "Words"),
             QCoreApplication.translate("Areas", "What medical words mean"), "Ctrl+G", _glossary,
             schemes=("term",), on_home=False),
        Area("search", QCoreApplication.translate("Areas", "Search"), "", "Ctrl+Shift+F", _search, on_home=False),
    ]  # fmt: skip
