"""Issue 18, Listen: the text handed to the voice, per language, highlighted as it goes; reset stops it."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from clinicapp.config import Config
from clinicapp.ui.common.speech import SLOWER_RATE, sentences

CONTENT = Path(__file__).resolve().parents[2] / "content"


@pytest.fixture
def bilingual_window(qapp, monkeypatch, show_window):
    """window(lang): the bundled content and interface in that language."""
    from PySide6.QtCore import QLocale

    from clinicapp.content.loader import load_library
    from clinicapp.ui.common import i18n
    from clinicapp.ui.common.context import AppContext

    monkeypatch.setattr(i18n, "translations_dir", lambda: CONTENT.parent / "resources" / "translations")
    translators = i18n.Translators(qapp)
    locale = QLocale()
    made = []

    def show(lang: str):
        assert translators.switch(lang), "no compiled translation (make translations)"
        context = AppContext(load_library(CONTENT / lang).library)
        made.append(context)
        return show_window(context)

    yield show
    for context in made:
        context.session.reset()
    translators.switch("en")
    QLocale.setDefault(locale)


def tap(qtbot, button) -> None:
    assert button.isVisible(), button.accessibleName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def open_topic(window, qtbot):
    topic = window.context.library.topics[0]
    assert window.go(f"topic:{topic.id}")
    page = window.page("topics")
    qtbot.waitUntil(lambda: page.listen_bar.listen.isVisible())
    return page, topic


def test_sentences_split_lines_and_sentence_ends():
    text = "Title\n\nOne sentence. Another one?  Yes!\n- a list item"
    assert [text[a:b] for a, b in sentences(text)] == [
        "Title", "One sentence.", "Another one?", "Yes!", "- a list item",
    ]  # fmt: skip


def test_listen_reads_the_article_sentence_by_sentence_with_a_highlight(window, qtbot, speech):
    page, topic = open_topic(window, qtbot)
    listen = page.listen_bar.listen
    assert "Listen" in listen.text() and listen.height() >= 48
    tap(qtbot, listen)
    engine = speech.engine
    assert engine is not None and engine.speaking
    first_locale, first = engine.said[0]
    assert first_locale == "en_US" and first == topic.title  # the heading, as shown: no "#" markup
    assert page.article.highlighted_text() == topic.title
    assert "Stop" in listen.text() and listen.accessibleName() == "Stop reading aloud"
    engine.finish()
    second = engine.said[1][1]
    assert second and second in page.article.toPlainText()
    assert page.article.highlighted_text() == second
    assert not any(mark in text for _, text in engine.said for mark in ("**", "](", "term:", "<"))
    # Read on to the end: the whole article body, none of "Read next" or the sources.
    while engine.speaking:
        engine.finish()
    spoken = " ".join(text for _, text in engine.said)
    assert "Sources" not in spoken and "Read next" not in spoken
    assert page.article.highlighted_text() == ""
    assert "Listen" in listen.text() and not window.context.speech.speaking


def test_stop_button_and_leaving_the_page_silence_it(window, qtbot, speech):
    page, _topic = open_topic(window, qtbot)
    tap(qtbot, page.listen_bar.listen)
    tap(qtbot, page.listen_bar.listen)  # Stop
    assert speech.engine.stops == 1 and not window.context.speech.speaking
    assert page.article.highlighted_text() == ""
    tap(qtbot, page.listen_bar.listen)
    window.go("home")
    assert speech.engine.stops == 2 and not window.context.speech.speaking


def test_spanish_is_read_with_a_spanish_voice(bilingual_window, qtbot, speech):
    window = bilingual_window("es")
    page, topic = open_topic(window, qtbot)
    assert page.listen_bar.listen.text() == "▶ Escuchar"
    tap(qtbot, page.listen_bar.listen)
    assert speech.engine.said[0] == ("es_MX", topic.title)


def test_kiosk_reset_stops_speech_and_the_slower_speed(window, qtbot, speech):
    page, _topic = open_topic(window, qtbot)
    tap(qtbot, page.listen_bar.speed)
    tap(qtbot, page.listen_bar.listen)
    assert speech.engine.rate == SLOWER_RATE
    window.reset_visit()
    assert speech.engine.stops == 1 and not window.context.speech.speaking
    assert not window.context.speech.slower and speech.engine.rate == 0.0
    assert window.visit_leftovers() == []


def test_speed_choice_reaches_the_engine(window, qtbot, speech):
    page, _topic = open_topic(window, qtbot)
    tap(qtbot, page.listen_bar.listen)
    assert speech.engine.rate == 0.0
    tap(qtbot, page.listen_bar.speed)
    assert speech.engine.rate == SLOWER_RATE and page.listen_bar.speed.isChecked()
    tap(qtbot, page.listen_bar.speed)
    assert speech.engine.rate == 0.0


def test_without_a_voice_for_the_language_it_says_so_once_and_hides(window, qtbot, speech):
    speech.locales = ("fr_FR",)  # a voice, but not for English
    page, _topic = open_topic(window, qtbot)
    tap(qtbot, page.listen_bar.listen)
    notice = page.listen_bar.notice
    assert notice.isVisible() and "no voice" in notice.text()
    assert not page.listen_bar.listen.isVisible() and not page.listen_bar.speed.isVisible()
    assert speech.engine.said == []
    # Every other Listen button in this language is gone too, with no second message.
    window.go("checklist")
    checklist = window.page("checklist")
    assert checklist.listen_buttons and not any(b.isVisible() for b in checklist.listen_buttons)


def test_without_any_engine_it_says_so_once_and_hides(window, qtbot, speech):
    speech.missing = True
    page, _topic = open_topic(window, qtbot)
    tap(qtbot, page.listen_bar.listen)
    assert page.listen_bar.notice.text() == "Reading aloud is not available on this computer."
    assert not page.listen_bar.listen.isVisible()
    assert not window.context.speech.offered("es")  # no engine: no language gets a button


def test_it_turned_off_by_it_shows_no_listen_anywhere(show_window, fixture_result, qtbot, speech):
    from clinicapp.ui.common.context import AppContext

    context = AppContext(fixture_result.library, config=Config(read_aloud=False))
    window = show_window(context)
    window.go(f"topic:{context.library.topics[0].id}")
    page = window.page("topics")
    QApplication.processEvents()
    assert page.article.isVisible() and not page.listen_bar.isVisible()
    window.go("checklist")
    assert not any(b.isVisible() for b in window.page("checklist").listen_buttons)
    window.go("compare")
    assert not any(b.isVisible() for b in window.page("compare").grid.listen_buttons.values())
    assert speech.engine is None  # never even made
    context.session.reset()


def test_nothing_spoken_is_logged(window, qtbot, speech, caplog):
    caplog.set_level(logging.DEBUG)
    page, _topic = open_topic(window, qtbot)
    tap(qtbot, page.listen_bar.listen)
    while speech.engine.speaking:
        speech.engine.finish()
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert speech.engine.said and not any(text in logged for _, text in speech.engine.said)


def test_the_engine_is_not_made_until_listen_is_tapped(window, qtbot, speech):
    open_topic(window, qtbot)
    window.go("checklist")
    window.go("compare")
    assert speech.engine is None


def test_grid_reads_one_option_down_its_column_highlighting_each_cell(window, qtbot, speech):
    library = window.context.library
    ids = [t.id for t in library.therapies[:2]]
    window.session.set_picked_therapies(ids)
    assert window.go("compare")
    grid = window.page("compare").grid
    QApplication.processEvents()
    listen = grid.listen_buttons[ids[1]]
    assert listen.height() >= 48 and listen.accessibleName().endswith(f"{library.therapy(ids[1]).name} aloud")
    tap(qtbot, listen)
    engine = speech.engine
    therapy = library.therapy(ids[1])
    assert engine.said[0][1].startswith(therapy.name)
    question = library.comparison.questions[0]
    engine.finish()
    assert engine.said[1][1] == f"{question.label}. {therapy.answer(question.id)}"
    assert grid.cells[(ids[1], question.id)].property("speaking") is True
    assert not grid.cells[(ids[0], question.id)].property("speaking")
    window.session.reset()  # the kiosk's reset aspect
    assert not window.context.speech.speaking and engine.stops == 1
    assert not grid.cells[(ids[1], question.id)].property("speaking")


def test_checklist_question_reads_the_question_then_its_choices(window, qtbot, speech):
    assert window.go("checklist")
    page = window.page("checklist")
    QApplication.processEvents()
    checklist = window.context.library.checklist
    peg = page.peg_rows[0]
    listen = next(b for b in page.listen_buttons if peg.isAncestorOf(b))
    tap(qtbot, listen)
    engine = speech.engine
    assert engine.said == [("en_US", checklist.peg[0].text)]
    assert peg.text.property("speaking") is True
    engine.finish()
    engine.finish()
    assert [text for _, text in engine.said][1:] == [
        f"0 = {checklist.peg[0].low_label}",
        f"10 = {checklist.peg[0].high_label}",
    ]
    engine.finish()
    assert not window.context.speech.speaking
    signs = page.listen_buttons[-1]
    tap(qtbot, signs)
    while engine.speaking:
        engine.finish()
    spoken = [text for _, text in engine.said]
    assert spoken[-len(checklist.warning_signs) - 1 :] == [
        "Do you have any of these?",
        *(s.text for s in checklist.warning_signs),
    ]


def test_read_aloud_setting_is_read_from_the_settings_file(tmp_path):
    from clinicapp.config import load_config

    machine = tmp_path / "config.yaml"
    machine.write_text("read_aloud: false\n", encoding="utf-8")
    assert load_config(files=(machine,), env={}).config.read_aloud is False
    assert load_config(files=(), env={}).config.read_aloud is True


@pytest.mark.parametrize("text", ["read_aloud: flase\n", "read_aloud: 2\n", "read_aloud: [x]\n"])
def test_a_doubtful_read_aloud_value_turns_it_off(tmp_path, text):
    """Fails closed like qr_handoff: a voice in a shared room tells everyone what a patient is reading.

    IT sets read_aloud only to turn it off (rooms without headphones), so a value it
    mistyped most likely meant "off"; it overrides a lower layer's true, with a message.
    """
    from clinicapp.config import load_config

    lower = tmp_path / "lower.yaml"
    lower.write_text("read_aloud: true\n", encoding="utf-8")
    upper = tmp_path / "upper.yaml"
    upper.write_text(text, encoding="utf-8")
    result = load_config(files=(lower, upper), env={})
    assert result.config.read_aloud is False
    assert any(m.key == "read_aloud" and "turned off" in m.message and m.line == 1 for m in result.messages)


def test_a_reading_restarts_the_kiosk_idle_wait_sentence_by_sentence(window, qtbot, speech):
    """Someone listening does not touch the screen: "Still there?" must not cut into the reading."""
    from clinicapp.pin import PinGuard
    from clinicapp.ui.kiosk.controller import KioskController

    kiosk = KioskController(window, PinGuard(""), idle_timeout=120, idle_warning=30)
    kiosk.start()
    qtbot.waitExposed(window)
    page, _topic = open_topic(window, qtbot)
    tap(qtbot, page.listen_bar.listen)
    idle = kiosk.idle.idle_timer
    idle.setInterval(400)
    idle.start()
    qtbot.wait(250)
    speech.engine.finish()  # the next sentence starts, with no input event
    assert idle.isActive() and idle.remainingTime() > 250
    kiosk.leave()


def test_without_the_qt_module_listen_is_never_offered(monkeypatch, qapp):
    """A pip install without the [speech] extra: no QtTextToSpeech, no Listen, and nothing tries to load it."""
    from clinicapp.ui.common import speech as module

    monkeypatch.setattr(module, "qt_speech_available", lambda: False)
    made = []
    monkeypatch.setattr(module, "make_engine", lambda parent: made.append(parent))
    service = module.SpeechService()
    assert not service.enabled and not service.offered("en")
    assert service.engine is None and made == []
