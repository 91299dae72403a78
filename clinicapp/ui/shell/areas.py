"""The list of areas the app offers: the one place a new area is wired in."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from clinicapp.ui.common.context import AppContext
from clinicapp.ui.shell.main_window import Area


def _topics(context: AppContext) -> QWidget:
    from clinicapp.ui.topics.page import TopicsPage

    return TopicsPage(context)


def _checklist(context: AppContext) -> QWidget:
    from clinicapp.ui.checklist.page import ChecklistPage

    return ChecklistPage(context)


def _compare(context: AppContext) -> QWidget:
    from clinicapp.ui.compare.page import ComparePage

    return ComparePage(context)


def _glossary(context: AppContext) -> QWidget:
    from clinicapp.ui.topics.glossary import GlossaryPage

    return GlossaryPage(context)


def _search(context: AppContext) -> QWidget:
    from clinicapp.ui.topics.search import SearchPage

    return SearchPage(context)


def default_areas() -> list[Area]:
    """Every area in home-screen order.

    Each string is a literal QCoreApplication.translate call: lupdate only
    finds strings written that way (an alias such as `tr = ...` hides them).
    """
    return [
        Area("topics", QCoreApplication.translate("Areas", "Topics"),
             QCoreApplication.translate("Areas", "Read about muscle pain and its treatments"), "Ctrl+1", _topics),
        Area("checklist", QCoreApplication.translate("Areas", "Symptom checklist"),
             QCoreApplication.translate("Areas", "Tell us about your pain before your visit"), "Ctrl+2", _checklist,
             short_title=QCoreApplication.translate("Areas", "Checklist")),
        Area("compare", QCoreApplication.translate("Areas", "Compare therapies"),
             QCoreApplication.translate("Areas", "See treatment options side by side"), "Ctrl+3", _compare,
             short_title=QCoreApplication.translate("Areas", "Compare")),
        Area("glossary", QCoreApplication.translate("Areas", "Words"),
             QCoreApplication.translate("Areas", "What medical words mean"), "Ctrl+G", _glossary, on_home=False),
        Area("search", QCoreApplication.translate("Areas", "Search"), "", "Ctrl+Shift+F", _search, on_home=False),
    ]  # fmt: skip
