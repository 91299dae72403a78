"""Qt fixtures: a window on the small fixture library, cleaned up after each test."""

from __future__ import annotations

from pathlib import Path

import pytest

from clinicapp.content.loader import load_library

FIXTURE_CONTENT = Path(__file__).resolve().parent.parent / "fixtures" / "content"


@pytest.fixture(autouse=True)
def flush_deleted_widgets(qapp):
    """After each test, really delete the widgets pytest-qt closed with deleteLater().

    Otherwise they linger until the next test spins the event loop, and that
    test's app-wide restyle (setStyleSheet) polishes half-released widgets of
    the last one: an intermittent segfault in CI, never seen in the app itself.
    Autouse, so it is set up before qtbot and torn down after it.
    """
    yield
    import gc

    from PySide6.QtCore import QCoreApplication, QEvent

    for _ in range(3):  # deleting a parent can post deletes for its children
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QCoreApplication.processEvents()
    gc.collect()


@pytest.fixture(scope="session")
def fixture_result():
    result = load_library(FIXTURE_CONTENT / "en")
    assert not result.problems, result.problems
    return result


@pytest.fixture
def context(qapp, fixture_result):
    from clinicapp.ui.common.context import AppContext

    ctx = AppContext(fixture_result.library, fixture_result.problems)
    yield ctx
    ctx.deleteLater()


@pytest.fixture
def show_window(qtbot):
    """Build, show and register a main window for a context: show_window(context) -> MainWindow."""
    from clinicapp.ui.shell.areas import default_areas
    from clinicapp.ui.shell.main_window import MainWindow

    def show(ctx):
        win = MainWindow(ctx, default_areas())
        qtbot.addWidget(win)
        win.apply_appearance()
        win.resize(1280, 800)
        win.show()
        qtbot.waitExposed(win)
        return win

    return show


@pytest.fixture
def window(show_window, context):
    win = show_window(context)
    yield win
    context.session.reset()
    win.apply_appearance()
