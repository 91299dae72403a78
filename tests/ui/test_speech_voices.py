"""Issue 18: a paragraph read in English and in Spanish by a real voice, through Qt's own QtTextToSpeech.

The other read-aloud tests use a fake engine. This one goes through the whole
real chain where a voice is installed (on Linux: Qt's speechd engine,
speech-dispatcher and espeak-ng; `make test` installs them as root): the
service finds a voice for each language, hands over each sentence, and the
engine starts and finishes every one of them without an error. The sound goes
to libao's null driver, so nothing is heard.

Why not PCM from QTextToSpeech.synthesize(): PySide6 6.11 does not bind
synthesize() (a C++ template taking a functor), and the speechd engine, the
only real one in PySide6's Linux wheel, lacks the Synthesize capability
(engineCapabilities() is Speak | PauseResume). What is checked instead is that
the voice really spoke each sentence: Speaking, then Ready, for every one.

Without a voice the test skips and says why; with CLINICAPP_TEST_REQUIRE_VOICES=1
(set by .ci/run) a missing voice is a failure, so CI cannot pass without it.
"""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QObject

from clinicapp.content.loader import load_library
from clinicapp.ui.common.speech import Segment, SpeechService, sentences
from clinicapp.ui.common.speech import make_engine as real_engine  # before the autouse fixture swaps it

CONTENT = Path(__file__).resolve().parents[2] / "content"
REQUIRED = os.environ.get("CLINICAPP_TEST_REQUIRE_VOICES") == "1"


def unavailable(reason: str) -> None:
    if REQUIRED:
        pytest.fail(f"CLINICAPP_TEST_REQUIRE_VOICES=1 but {reason} (make speech-voices installs them)")
    pytest.skip(reason)


@pytest.fixture
def silent_speech_dispatcher(isolated_dirs, monkeypatch):
    """speech-dispatcher with espeak-ng playing to libao's null driver, in this test's own folders."""
    config = isolated_dirs / ".config" / "speech-dispatcher"
    config.mkdir(parents=True)
    (config / "speechd.conf").write_text(
        'AudioOutputMethod "libao"\nAddModule "espeak-ng" "sd_espeak-ng" "espeak-ng.conf"\nDefaultModule espeak-ng\n',
        encoding="utf-8",
    )
    (isolated_dirs / ".libao").write_text("default_driver=null\n", encoding="utf-8")
    runtime = isolated_dirs / "run"
    runtime.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    yield
    for proc in Path("/proc").glob("[0-9]*"):  # the daemon libspeechd started for this test outlives it
        try:
            command = (proc / "cmdline").read_bytes().decode(errors="replace")
        except OSError:
            continue
        if "speech-dispatcher" in command and str(runtime) in command:
            os.kill(int(proc.name), signal.SIGKILL)


def test_a_real_voice_reads_a_paragraph_in_english_and_in_spanish(qapp, qtbot, silent_speech_dispatcher):
    """One engine for the app, as in the app: English, then Spanish, each a paragraph of the bundled content."""
    if not sys.platform.startswith("linux"):
        pytest.skip("runs against speech-dispatcher; elsewhere the platform voice would be heard")
    try:
        from PySide6.QtTextToSpeech import QTextToSpeech
    except ImportError as exc:
        unavailable(f"QtTextToSpeech cannot be loaded: {exc}")
    if not [e for e in QTextToSpeech.availableEngines() if e != "mock"]:
        unavailable("no text-to-speech engine (speech-dispatcher) is installed")
    service = SpeechService(engine_factory=real_engine)
    if service.engine is None:
        unavailable("the speech engine did not start")
    states: list[str] = []
    service.engine.stateChanged.connect(lambda state: states.append(state.name))
    for lang in ("en", "es"):
        if not service.has_voice(lang):
            unavailable(f"no {lang} voice is installed (espeak-ng)")
        topic = load_library(CONTENT / lang).library.topics[0]
        paragraph = f"{topic.title}. {topic.summary}"
        pieces = [paragraph[a:b] for a, b in sentences(paragraph)]
        assert len(pieces) >= 2
        started: list[int] = []
        segments = [
            Segment(text, lambda on, i=i, started=started: started.append(i) if on else None)
            for i, text in enumerate(pieces)
        ]
        states.clear()
        assert service.speak(QObject(service), lang, segments)
        assert service.engine.locale().language() == QLocale.codeToLanguage(lang)  # a voice of that language
        qtbot.waitUntil(lambda: not service.speaking, timeout=60_000)
        assert started == list(range(len(pieces))), lang  # every sentence handed over, in order
        assert "Error" not in states, service.engine.errorString()
        assert states.count("Speaking") >= len(pieces) and states[-1] == "Ready", (lang, states)  # each to its end
