"""Issue 16: layouts that reflow with the text size, and a text size change that does not re-polish the app."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from PySide6 import QtGui
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QPushButton, QWidget

from clinicapp.ui.common import theme


def test_text_size_change_keeps_the_style_sheet_and_scales_role_fonts(window, qtbot):
    app = QApplication.instance()
    sheet = app.styleSheet()
    title = window.home.clinic_name
    base_before = app.font().pointSizeF()
    assert title.font().pointSizeF() == base_before * 2 and title.font().bold()
    window.session.set_text_scale(200)
    qtbot.wait(10)
    # One app-wide setStyleSheet re-polishes every widget (over a second with every area built):
    # the sheet must not depend on the text size.
    assert app.styleSheet() == sheet
    base = app.font().pointSizeF()
    assert base == theme.BASE_POINT_SIZE * 2
    assert title.font().pointSizeF() == base * 2 and title.font().bold()
    assert window.search_field.font().pointSizeF() == base
    # A label made after the change starts at the new size, with its role's size once polished.
    late = theme.role_label("late", "subtitle", window.home)
    window.home.layout().addWidget(late)
    qtbot.wait(10)
    assert late.isVisible() and late.font().pointSizeF() == base * 1.2


def test_contrast_change_sets_the_sheet_and_keeps_the_fonts(window, qtbot):
    app = QApplication.instance()
    window.session.set_text_scale(150)
    sheet = app.styleSheet()
    window.session.set_high_contrast(True)
    qtbot.wait(10)
    assert app.styleSheet() != sheet
    assert window.home.clinic_name.font().pointSizeF() == theme.BASE_POINT_SIZE * 1.5 * 2
    plain = [w for w in window.home.findChildren(QLabel) if w.property("role") == "muted" and w.isVisible()]
    assert plain and all(w.font().pointSizeF() == theme.BASE_POINT_SIZE * 1.5 for w in plain)


# -- no text cut off: every screen, both languages, every size ----------------
CONTENT = Path(__file__).resolve().parents[2] / "content"
SCALES = (100, 150, 200)


@pytest.mark.parametrize("high_contrast", [False, True])
def test_focus_never_changes_a_controls_size(window, qtbot, high_contrast):
    """The focus ring is drawn inside the control: a re-polish while it has focus moves nothing.

    Before, a focused button grew 2 px when re-polished (the role style installed after the
    first paint did that to a kiosk's focused Home button and moved the whole top bar).
    """
    from PySide6.QtWidgets import QLineEdit

    window.session.set_high_contrast(high_contrast)
    qtbot.wait(10)
    area = next(iter(window.home.buttons.values()))
    for widget in (window.home_button, window.search_field, area):
        widget.clearFocus()
        qtbot.wait(10)
        QApplication.style().unpolish(widget)
        QApplication.style().polish(widget)
        before = widget.sizeHint() if not isinstance(widget, QLineEdit) else widget.minimumSizeHint()
        widget.setFocus()
        qtbot.waitUntil(widget.hasFocus, timeout=2000)
        QApplication.style().unpolish(widget)
        QApplication.style().polish(widget)
        after = widget.sizeHint() if not isinstance(widget, QLineEdit) else widget.minimumSizeHint()
        assert after == before, (widget.accessibleName(), before, after)


def needs_more_room(widget: QWidget) -> str:
    """Why a visible label or button cannot show all its text at its current size and font ('' if it can)."""
    if isinstance(widget, QLabel) and widget.text():
        if widget.wordWrap():
            needed = QSize(0, widget.heightForWidth(widget.width()))
            if widget.textFormat() == Qt.TextFormat.PlainText or not QtGui.Qt.mightBeRichText(widget.text()):
                # The longest word cannot wrap: it needs the label's whole width on its own.
                metrics = QFontMetrics(widget.font())
                margins = widget.contentsMargins()
                pad = margins.left() + margins.right() + 2 * widget.margin()
                words = widget.text().split()
                needed.setWidth(max((metrics.horizontalAdvance(w) for w in words), default=0) + pad)
        else:
            needed = widget.sizeHint()
    elif isinstance(widget, QAbstractButton) and widget.text():
        needed = widget.sizeHint() if isinstance(widget, QPushButton) else widget.minimumSizeHint()
        if widget.hasHeightForWidth():  # its text wraps in labels of its own (checked on their own too)
            needed = QSize(widget.minimumSizeHint().width(), widget.heightForWidth(widget.width()))
    else:
        return ""
    if needed.width() > widget.width() + 1 or needed.height() > widget.height() + 1:
        kind = type(widget).__name__
        return f"{kind} {widget.text()[:40]!r}: needs {needed.toTuple()}, has {widget.size().toTuple()}"
    return ""


def clipped(root: QWidget) -> list[str]:
    """Every visible label and button under root (and open menus) smaller than its text needs."""
    widgets = [root, *root.findChildren(QWidget)]
    for top in QApplication.topLevelWidgets():
        if top is not root and top.isVisible():
            widgets += [top, *top.findChildren(QWidget)]
    return [why for w in widgets if w.isVisible() and w.width() > 0 and (why := needs_more_room(w))]


def small_targets(root: QWidget) -> list[tuple[str, int, int]]:
    return [
        (b.accessibleName() or b.text(), b.width(), b.height())
        for b in root.findChildren(QAbstractButton)
        if b.isVisible() and (b.width() < theme.MIN_TARGET_PX or b.height() < theme.MIN_TARGET_PX)
    ]


def settle(qtbot) -> None:
    for _ in range(3):
        QApplication.processEvents()
    qtbot.wait(5)


def walk(win, qtbot) -> dict[str, list[str]]:
    """Open every screen, panel and the More menu; what is cut off on each."""
    library = win.context.library
    session = win.context.session
    problems: dict[str, list[str]] = {}

    def check(name: str) -> None:
        settle(qtbot)
        found = clipped(win) + [f"target {t}" for t in small_targets(win)]
        found += [f"nested vertical scrolling: {s}" for s in nested_vertical_scrolling(win)]
        if win.top_bar.height() > 2 * max(b.height() for b in (win.home_button, win.back_button)) + 4:
            found.append(f"top bar takes {win.top_bar.height()} px: more than one row")
        if found:
            problems[name] = found

    topic = library.topics[0]
    term = next((t for t in library.glossary if t.id in topic.terms), library.glossary[0])
    screens = [
        ("home", "home"), ("topics", "topics"), (f"topic:{topic.id}", "topic"),
        (f"therapy:{library.therapies[0].id}", "therapy"), ("glossary", "glossary"),
        ("checklist", "checklist"), ("search", "search"),
    ]  # fmt: skip
    # Articles with a drawing beside (or above) the text (issue 18).
    screens += [(f"topic:{t.id}", "topic with a picture") for t in library.topics if t.diagram][:1]
    screens += [(f"therapy:{t.id}", "therapy with a picture") for t in library.therapies if t.diagram][:1]
    session.set_search_text("pain")
    for location, name in screens:
        assert win.go(location), location
        check(name)
    win.go(f"topic:{topic.id}")
    win.page("topics").show_term(term.id)
    check("word panel")
    if not win.context.kiosk:  # the clinician's take-home pack, with a topic and a therapy card in it
        from clinicapp.ui.common.takehome import TakeHomeDialog

        session.add_to_take_home(f"topic:{topic.id}")
        session.add_to_take_home(f"therapy:{library.therapies[0].id}")
        dialog = TakeHomeDialog.open_for(win, win.context)
        check("take-home pack")
        dialog.accept()
    win.go("checklist")
    win.page("checklist").show_summary()
    check("summary")
    # With answers: the QR hand-off beside the summary (issue 20), and the warning banners on the form.
    checklist = library.checklist
    for question in checklist.peg:
        session.set_peg(question.id, 6)
    for sign in {s.tier: s for s in checklist.warning_signs}.values():
        session.set_warning_sign(sign.id, True)
    win.page("checklist").show_summary()
    summary = win.page("checklist").summary
    assert summary.handoff.isVisible()
    check("summary with QR")
    for code in (c for c in (summary.note_qr, summary.fhir_qr) if c.isVisible()):
        corner = code.mapTo(win, code.rect().bottomRight())
        if corner.y() >= win.height() or corner.x() >= win.width():
            problems.setdefault("summary with QR", []).append(f"QR code not fully shown: ends at {corner.toTuple()}")
    win.page("checklist").show_form()
    check("checklist with warning signs")
    for count in (2, 4):
        session.set_picked_therapies([t.id for t in library.therapies[:count]])
        win.go("compare")
        check(f"compare {count}")
    if win.top_bar.more_button.isVisible():
        win.top_bar.more_menu.popup(win.top_bar.more_button.mapToGlobal(win.top_bar.more_button.rect().bottomLeft()))
        check("More menu")
        win.top_bar.more_menu.close()
    win.go("home")
    return problems


def nested_vertical_scrolling(win) -> list[str]:
    """A visible scroll area showing its vertical bar inside another that shows one too."""
    from PySide6.QtWidgets import QAbstractScrollArea

    scrolling = [
        a for a in win.findChildren(QAbstractScrollArea) if a.isVisible() and a.verticalScrollBar().isVisible()
    ]
    nested = []
    for inner in scrolling:
        parent = inner.parentWidget()
        while parent is not None:
            if parent in scrolling:
                nested.append(f"{type(inner).__name__} {inner.accessibleName()!r} in {type(parent).__name__}")
                break
            parent = parent.parentWidget()
    return nested


@pytest.fixture
def bilingual(qapp, monkeypatch, tmp_path_factory, show_window):
    """show(lang): a 1280x800 window on the bundled content in a language, with a working language switch."""
    from clinicapp.ui.common import i18n
    from clinicapp.ui.common.context import AppContext
    from clinicapp.ui.shell.areas import default_areas
    from clinicapp.ui.shell.language import LanguageSwitcher

    qm = CONTENT.parent / "resources" / "translations"
    monkeypatch.setattr(i18n, "translations_dir", lambda: qm)
    translators = i18n.Translators(qapp)
    made = []

    def load(code: str):
        from clinicapp.content.loader import load_library

        result = load_library(CONTENT / code)
        return result.library, result.problems

    def show(lang: str):
        assert translators.switch(lang), "the Spanish .qm did not load (make translations)"
        library, problems = load(lang)
        context = AppContext(library, problems)
        context.languages = ("en", "es")
        win = show_window(context)
        LanguageSwitcher(context, win, translators, load, default_areas)
        made.append(context)
        return win

    from PySide6.QtCore import QLocale

    locale = QLocale()
    yield show
    for context in made:
        context.session.reset()
    translators.switch("en")
    QLocale.setDefault(locale)  # dates in later tests are written as before


@pytest.mark.parametrize("scale", SCALES)
@pytest.mark.parametrize("lang", ["en", "es"])
def test_no_text_is_cut_off_on_any_screen(bilingual, qtbot, lang, scale):
    win = bilingual(lang)
    win.session.set_text_scale(scale)
    assert win.size().toTuple() == (1280, 800)
    assert walk(win, qtbot) == {}


def test_no_text_is_cut_off_in_high_contrast_at_200(bilingual, qtbot):
    win = bilingual("es")
    win.session.set_text_scale(200)
    win.session.set_high_contrast(True)
    assert walk(win, qtbot) == {}


@pytest.mark.parametrize("scale", SCALES)
def test_no_text_is_cut_off_after_a_live_switch_to_spanish(bilingual, qtbot, scale):
    win = bilingual("en")
    win.session.set_text_scale(scale)
    settle(qtbot)
    qtbot.mouseClick(win.home.language_buttons["es"], Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert win.home_button.text() == "Inicio"
    assert clipped(win) == []  # the top bar takes the Spanish widths at once
    assert walk(win, qtbot) == {}


def test_no_text_is_cut_off_after_text_size_changes_with_every_area_built(bilingual, qtbot):
    win = bilingual("es")
    walk(win, qtbot)  # builds every area at 100%
    for scale in (125, 150, 175, 200, 150, 100):
        win.larger_button.click() if scale > win.session.text_scale else win.smaller_button.click()
        while win.session.text_scale != scale:
            (win.larger_button if scale > win.session.text_scale else win.smaller_button).click()
        assert walk(win, qtbot) == {}, scale


def test_the_walk_fails_on_a_clipped_label_and_button(window, qtbot):
    """The check can fail: a label and a button squeezed below their text are reported."""
    label = QLabel("A sentence that needs far more room than it gets", window.home)
    label.setGeometry(0, 0, 60, 20)
    label.show()
    wrapped = QLabel("Wrapping text that is taller than its box at this width", window.home)
    wrapped.setWordWrap(True)
    wrapped.setGeometry(0, 30, 120, 20)
    wrapped.show()
    button = QPushButton("Contraste", window.home)
    button.setGeometry(0, 60, 70, 60)
    button.show()
    settle(qtbot)
    found = clipped(window)
    assert any("A sentence" in f for f in found)
    assert any("Wrapping text" in f for f in found)
    assert any("Contraste" in f for f in found)
    for widget in (label, wrapped, button):
        widget.deleteLater()


@pytest.mark.parametrize("scale", [150, 200])
def test_compare_first_opened_at_large_text_pages_too(bilingual, qtbot, scale):
    """A+ tapped before Compare was ever built: the grid gets its size before it can hear of a change."""
    window = bilingual("en")
    assert "compare" not in window.pages
    window.session.set_text_scale(scale)
    window.session.set_picked_therapies([t.id for t in window.context.library.therapies[:4]])
    settle(qtbot)
    assert window.go("compare")
    grid = window.page("compare").grid
    settle(qtbot)
    assert grid.pager.isVisible() and grid.shown_indexes() == [0, 1]
    assert grid.body.horizontalScrollBar().maximum() == 0  # no sideways scrolling at large text


def test_compare_pages_two_options_at_a_time_from_150_percent(bilingual, qtbot):
    window = bilingual("en")
    session = window.session
    library = window.context.library
    ids = [t.id for t in library.therapies[:4]]
    assert len(ids) == 4
    session.set_picked_therapies(ids)
    assert window.go("compare")
    grid = window.page("compare").grid
    settle(qtbot)
    assert not grid.pager.isVisible() and grid.shown_indexes() == [0, 1, 2, 3]
    session.set_text_scale(150)
    settle(qtbot)
    assert grid.pager.isVisible() and grid.shown_indexes() == [0, 1]
    assert not window.page("compare").picker_scroll.isVisible()  # one column: the grid alone
    assert not grid.previous_button.isEnabled()
    qtbot.mouseClick(grid.next_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert grid.shown_indexes() == [2, 3]
    assert grid.cells[(ids[3], "what_it_is")].isVisible() and not grid.cells[(ids[0], "what_it_is")].isVisible()
    assert grid.body.horizontalScrollBar().maximum() == 0  # the two shown fit the width
    assert "3–4" in grid.page_label.text()


def test_topics_are_one_column_from_150_percent(window, qtbot):
    topic = window.context.library.topics[0].id
    page = window.page("topics")
    window.go(f"topic:{topic}")
    settle(qtbot)
    assert page.tree.isVisible() and page.article.isVisible() and not page.list_button.isVisible()
    window.session.set_text_scale(150)
    settle(qtbot)
    assert not page.tree.isVisible() and page.article.isVisible() and page.list_button.isVisible()
    qtbot.mouseClick(page.list_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert window.current_location() == "topics"
    assert page.tree.isVisible() and not page.article.isVisible()
    window.go_back()
    settle(qtbot)
    assert window.current_location() == f"topic:{topic}" and page.article.isVisible()
    page.show_term(window.context.library.glossary[0].id)
    settle(qtbot)
    # The word meaning is a sheet under the article, as wide as it.
    sheet = page.term_panel
    assert sheet.isVisible() and sheet.width() >= page.article.width() - 2
    assert sheet.mapTo(page, sheet.rect().topLeft()).y() > page.article.mapTo(page, page.article.rect().topLeft()).y()


def test_top_bar_is_one_row_and_overflows_into_more(bilingual, qtbot):
    win = bilingual("es")
    bar = win.top_bar
    win.session.set_text_scale(200)
    settle(qtbot)
    hidden = bar.hidden_widgets()
    assert hidden and bar.more_button.isVisible()
    row = [w for w in (win.home_button, win.back_button, win.search_field, bar.more_button) if w.isVisible()]
    assert len({w.y() + w.height() // 2 for w in row}) <= 2 and bar.height() < 100
    assert win.larger_button in hidden or win.larger_button.isVisible()
    # Every hidden control is in the menu, by name, and does the same thing.
    bar._sync_menu()
    texts = [a.text() for a in bar.more_menu.actions()]
    assert any("Alto contraste" in t for t in texts)
    contrast = next(a for a in bar.more_menu.actions() if "Alto contraste" in a.text())
    contrast.trigger()
    assert win.session.high_contrast
    win.session.set_text_scale(100)
    settle(qtbot)
    assert not bar.hidden_widgets() and not bar.more_button.isVisible()


def test_areas_built_in_the_background_change_nothing_of_the_visit(window, qtbot):
    from clinicapp.session import VisitSession

    window.prebuild_areas(delay_ms=0)
    qtbot.waitUntil(lambda: set(window.pages) >= set(window.areas), timeout=10_000)
    fresh = VisitSession()
    assert window.session.picked_therapies == fresh.picked_therapies  # compare fills its pair only when shown
    assert window.visit_leftovers() == []
    assert window.stack.currentWidget() is window.home
    window.go("compare")
    assert len(window.session.picked_therapies) == 2  # the default pair, as when built on the first tap


@pytest.mark.parametrize("lang", ["en", "es"])
def test_kiosk_dialog_and_prompt_hold_their_text_at_200(bilingual, qtbot, lang):
    """The staff PIN dialog and the "Still there?" prompt, with the Staff button in the bar."""
    from clinicapp.pin import PinGuard
    from clinicapp.ui.kiosk.controller import IdleWatcher, KioskController
    from clinicapp.ui.kiosk.pin_dialog import PinDialog

    win = bilingual(lang)
    win.session.set_text_scale(200)
    kiosk = KioskController(win, PinGuard(""), idle_timeout=120, idle_warning=30)
    settle(qtbot)
    problems = clipped(win)
    dialog = PinDialog(win, PinGuard(""))
    qtbot.addWidget(dialog)
    dialog.show()
    settle(qtbot)
    problems += [f"PIN dialog: {p}" for p in clipped(dialog)]
    problems += [f"PIN dialog target {t}" for t in small_targets(dialog)]
    dialog.reject()
    watcher = IdleWatcher(win, 120, 30, watch=False)
    watcher.show_prompt()
    settle(qtbot)
    problems += [f"prompt: {p}" for p in clipped(watcher.prompt)]
    problems += [f"prompt target {t}" for t in small_targets(watcher.prompt)]
    watcher.stop()
    kiosk.unlocked = True
    assert problems == []


# -- the look-and-attack sweep (issues 16, 18, 20): what the screenshots showed ----------
@pytest.mark.parametrize("lang", ["en", "es"])
def test_article_actions_sit_together_on_one_row_at_100(bilingual, qtbot, lang):
    """Listen, Slower, Print, Add to pack and the pack: one row, no gap, beside each other.

    The Listen bar inside the row kept the width it was first given (400 px or more):
    Print and Add to pack sat far right of Listen and the pack button wrapped to a row of its own.
    """
    win = bilingual(lang)
    page = win.page("topics")
    assert win.go("topic:myofascial-pain-syndrome")
    settle(qtbot)
    row = [page.listen_bar.listen, page.listen_bar.speed, *page.handout.buttons()]
    assert all(b.isVisible() for b in row)
    tops = {b.mapTo(page, b.rect().topLeft()).y() for b in row}
    assert len(tops) == 1, [(b.text(), b.mapTo(page, b.rect().topLeft()).toTuple()) for b in row]
    for left, right in itertools.pairwise(row):
        gap = right.mapTo(page, right.rect().topLeft()).x() - left.mapTo(page, left.rect().topRight()).x()
        assert gap <= 20, (left.text(), right.text(), gap)


@pytest.mark.parametrize("scale", [100, 200])
def test_each_checklist_listen_button_sits_next_to_its_question(bilingual, qtbot, scale):
    """The Listen button beside the question's words, not at the far right edge of the page."""
    win = bilingual("es")
    win.session.set_text_scale(scale)
    assert win.go("checklist")
    page = win.page("checklist")
    settle(qtbot)
    assert page.listen_buttons
    labels = [w for w in page.findChildren(QLabel) if w.isVisible()]
    for button in page.listen_buttons:
        question = next(w for w in labels if w.text() == button.what)  # the question it reads
        left = button.mapTo(page, button.rect().topLeft())
        text_left = question.mapTo(page, question.contentsRect().topLeft()).x()
        text_right = text_left + min(question.width(), QFontMetrics(question.font()).horizontalAdvance(question.text()))
        gap = min(abs(text_left - (left.x() + button.width())), abs(left.x() - text_right))
        assert gap <= 24, (question.text(), gap)


def test_article_actions_stay_one_row_tall_after_a_text_size_change(bilingual, qtbot):
    """Listen and Slower inside the row were left two rows tall (heights cached at the old text size).

    Seen at 200% Spanish: "Escuchar" above the line of "Todos los temas" and "Imprimir".
    """
    win = bilingual("es")
    page = win.page("topics")
    for scale in (100, 200):
        win.session.set_text_scale(scale)
        win.go("home")
        settle(qtbot)
        assert win.go("topic:myofascial-pain-syndrome")
        settle(qtbot)
    listen = page.listen_bar.listen
    assert page.listen_holder.height() == listen.height(), (page.listen_holder.height(), listen.height())
    row_top = page.listen_holder.y()
    assert page.list_button.isVisible() and page.list_button.y() == row_top


def test_a_live_switch_silences_the_english_reading_and_keeps_the_visit(bilingual, qtbot, speech):
    """English -> Español while an article is read aloud and the summary's codes exist: no English voice
    goes on over the Spanish page, the Spanish Listen is offered, the pack and answers stay (same visit)."""
    win = bilingual("en")
    session = win.session
    for question in win.context.library.checklist.peg:
        session.set_peg(question.id, 4)
    session.add_to_take_home("topic:myofascial-pain-syndrome")
    assert win.go("topic:myofascial-pain-syndrome")
    settle(qtbot)
    page = win.page("topics")
    qtbot.mouseClick(page.listen_bar.listen, Qt.MouseButton.LeftButton)
    assert win.context.speech.speaking and speech.engine.said[-1][0] == "en_US"
    win.context.request_language("es")
    settle(qtbot)
    assert not win.context.speech.speaking and not speech.engine.speaking
    page = win.page("topics")
    assert win.current_location() == "topic:myofascial-pain-syndrome"
    assert page.listen_bar.listen.isVisible() and page.listen_bar.listen.text() == "▶ Escuchar"
    assert session.take_home == ["topic:myofascial-pain-syndrome"]
    assert page.handout.pack_button.text() == "Paquete para casa (1)"
    qtbot.mouseClick(page.listen_bar.listen, Qt.MouseButton.LeftButton)
    assert speech.engine.said[-1][0] == "es_MX"
    assert clipped(win) == []


def test_areas_built_in_the_background_are_laid_out_at_the_page_size_before_their_first_show(window, qtbot):
    """The background lays each page out once off screen, so the first tap does not (issue 16, item 8)."""
    window.show()
    qtbot.waitExposed(window)
    window.prebuild_areas(delay_ms=0)
    qtbot.waitUntil(lambda: set(window.pages) >= set(window.areas) and window._unrendered is None, timeout=10_000)
    for key, page in window.pages.items():
        if page is not window.home:
            assert not page.isVisible()
            assert page.size() == window.stack.size(), key  # not the 640x480 a never-shown widget has


def test_a_tap_puts_the_next_background_build_slice_after_its_own_page(window, qtbot):
    """A slice falling due as a tap opens a page waits: the tapped page is laid out and painted first.

    Issue 16, item 8: a slice run inside the tap's own layout and paint (up to ~110 ms for the compare
    page) was time the patient waited for the page they asked for.
    """
    from PySide6.QtCore import QCoreApplication

    window.prebuild_areas(delay_ms=0)  # the first slice is due at once
    assert window.go("glossary")  # the tap, before that slice has run
    for _ in range(2):
        QCoreApplication.processEvents()  # the tapped page's layout and paint
    assert set(window.pages) <= {"home", "glossary"} and window._made is None  # no background slice ran
    assert window._prebuild_timer.isActive()  # put off (TAP_PAUSE_MS), not dropped
    qtbot.waitUntil(lambda: set(window.pages) >= set(window.areas), timeout=10_000)  # and the build goes on


def test_the_background_builds_the_pages_that_cost_a_tap_most_first(window, qtbot):
    """Compare, then the checklist, then the rest in home order: a tap in the first second most
    likely finds the page it would wait longest for already built (issue 16, item 8)."""
    window.prebuild_areas(delay_ms=0)
    qtbot.waitUntil(lambda: set(window.pages) >= set(window.areas), timeout=10_000)
    built = [key for key in window.pages if key in window.areas]
    assert built == ["compare", "checklist", "topics", "glossary", "search"]
    assert [window.areas[key].build_first for key in built] == [2, 1, 0, 0, 0]


def test_the_background_imports_an_areas_modules_one_a_slice_before_making_its_page(
    window, qtbot, tmp_path, monkeypatch, caplog
):
    """Each module named in Area.modules is imported in a slice of its own, before the page is made;
    a name that cannot be imported is logged and the build goes on (the factory imports what it needs)."""
    import importlib.util
    import sys

    from clinicapp.ui.shell.areas import default_areas

    for area in default_areas():  # no stale names: each is a module of the app
        assert all(importlib.util.find_spec(name) is not None for name in area.modules), area.location
    assert window.areas["compare"].modules and window.areas["checklist"].modules

    (tmp_path / "early_probe_a.py").write_text("")
    (tmp_path / "early_probe_b.py").write_text("")
    monkeypatch.syspath_prepend(str(tmp_path))
    for name in ("early_probe_a", "early_probe_b"):
        monkeypatch.delitem(sys.modules, name, raising=False)
    compare = window.areas["compare"]
    window.areas["compare"] = compare._replace(
        modules=("early_probe_a", "no_such_module_here", "early_probe_b", *compare.modules)
    )
    steps: list[tuple[str, ...]] = []
    run_slice = window._prebuild_next

    def watched() -> None:
        run_slice()
        steps.append((*(n for n in ("early_probe_a", "early_probe_b") if n in sys.modules), *window.pages))

    monkeypatch.setattr(window, "_prebuild_next", watched)
    window.prebuild_areas(delay_ms=0)
    qtbot.waitUntil(lambda: set(window.pages) >= set(window.areas), timeout=10_000)
    # One import a slice (the unknown name is a slice too), and compare's page only after them.
    assert steps[0] == ("early_probe_a", "home")
    assert steps[1] == ("early_probe_a", "home")
    assert steps[2] == ("early_probe_a", "early_probe_b", "home")
    assert "compare" not in steps[2] and "no_such_module_here" in caplog.text
