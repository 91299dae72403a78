"""Qt fixtures: a window on the small fixture library, cleaned up after each test."""

from __future__ import annotations

from pathlib import Path

import pytest

from clinicapp.content.loader import load_library

FIXTURE_CONTENT = Path(__file__).resolve().parent.parent / "fixtures" / "content"


@pytest.fixture(scope="session")
def fixture_result():
    result = load_library(FIXTURE_CONTENT / "en")
    assert not result.problems, result.problems
    return result


@pytest.fixture
def context(qapp, fixture_result):
    from clinicapp.ui.context import AppContext

    ctx = AppContext(fixture_result.library, fixture_result.problems)
    yield ctx
    ctx.deleteLater()


@pytest.fixture
def show_window(qtbot):
    """Build, show and register a main window for a context: show_window(context) -> MainWindow."""
    from clinicapp.ui.areas import default_areas
    from clinicapp.ui.main_window import MainWindow

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
