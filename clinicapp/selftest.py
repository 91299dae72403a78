"""`clinicapp --self-test`: prove on a fresh install that every part works.

Runs offscreen: loads the library, builds the search index, opens every area
and renders one page of each to an image. Prints one line per check and exits
0 only when all passed, so IT can run it from a deployment script.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QWidget

from clinicapp import __version__
from clinicapp.content.loader import LoadResult
from clinicapp.ui.common.context import AppContext
from clinicapp.ui.common.i18n import SOURCE_LANGUAGE
from clinicapp.ui.shell.main_window import MainWindow
from clinicapp.ui.topics.search import SearchPage


def _rendered(widget: QWidget | None) -> str:
    if widget is None:
        raise RuntimeError("no page is showing")
    widget.window().resize(1280, 800)
    image = widget.grab().toImage()
    if image.isNull() or image.width() < 100:
        raise RuntimeError("rendered an empty image")
    return f"rendered {image.width()}x{image.height()}"


def read_aloud_status(context: AppContext) -> tuple[bool, str]:
    """Whether Listen works here: the setting, Qt's speech module and engine, a voice per content language.

    A warning, never a failure, when it does not: the app works and simply offers no Listen button.
    """
    if not context.config.read_aloud:
        return True, "turned off by the settings (read_aloud: false)"
    service = context.speech
    if not service.enabled:
        return False, "QtTextToSpeech is not installed: no Listen button (PySide6-Addons, or the frozen build)"
    engine = service.engine
    if engine is None:
        return False, "no speech engine could be started: no Listen button (Linux: libpulse0, speech-dispatcher)"
    name = engine.engine() if hasattr(engine, "engine") else "engine"
    missing = [lang for lang in context.languages if not service.has_voice(lang)]
    voiced = [lang for lang in context.languages if lang not in missing]
    if missing:
        return False, f"{name}: no voice for {', '.join(missing)}: Listen hidden in that language (install a voice)"
    return True, f"{name}, voices for {', '.join(voiced)}"


def run_self_test(
    app: QApplication, context: AppContext, window: MainWindow, result: LoadResult, started: float
) -> int:
    library = context.library
    checks: list[tuple[str, Callable[[], str]]] = []

    def content() -> str:
        if result.errors:
            raise RuntimeError(f"{len(result.errors)} content error(s), first: {result.errors[0]}")
        if not library.topics or not library.therapies:
            raise RuntimeError("no topics or therapies loaded")
        return (
            f"{len(library.topics)} topics, {len(library.therapies)} therapies, "
            f"{len(library.glossary)} words, {result.files_read} files"
        )

    def interface_language() -> str:
        language = library.language
        if language == SOURCE_LANGUAGE:
            return f"{language} (the source language)"
        probe = "Symptom checklist"
        if QCoreApplication.translate("Areas", probe) == probe:
            raise RuntimeError(f"no compiled interface translation for {language!r}: buttons would be English")
        return f"{language} translation loaded"

    def offered_therapies() -> str:
        # Wrong ids in therapies_offered turn every option into "Not offered here"
        # while everything else works: a deployment mistake that must fail here.
        unknown = [t for t in context.config.therapies_offered or () if library.therapy(t) is None]
        if unknown:
            raise RuntimeError(
                f"therapies_offered names unknown ids: {', '.join(unknown)} (valid ids: clinicapp list-therapies)"
            )
        offered = [t for t in library.clinic.offered_therapies if library.therapy(t) is not None]
        if not offered:
            raise RuntimeError("no therapy is offered: every option would read 'Not offered here'")
        return f"{len(offered)} of {len(library.therapies)} offered"

    # A word from the library itself, so the check works in every content language.
    probe_word = library.topics[0].title.split()[0] if library.topics else "pain"

    def crypto() -> str:
        # The frozen build takes scrypt and Ed25519 from libsodium (not OpenSSL):
        # prove both work here, where a missing library would otherwise only
        # show when staff type the PIN or a signed pack arrives.
        import secrets

        from clinicapp.content.packs import generate_key, parse_public_key, public_key_text
        from clinicapp.pin import hash_pin, verify_pin

        pin = "".join(secrets.choice("0123456789") for _ in range(8))
        stored = hash_pin(pin, cost=(2**10, 8, 1))
        if not verify_pin(pin, stored) or verify_pin("0" + pin[1:] if pin[0] != "0" else "1" + pin[1:], stored):
            raise RuntimeError("scrypt check of the staff PIN gives a wrong answer")
        key = generate_key()
        parse_public_key(public_key_text(key)).verify(key.sign(b"clinicapp self-test"))
        return "staff PIN (scrypt) and content-pack signatures (Ed25519) work"

    def search() -> str:
        index = context.search_index
        hits = index.query(probe_word)
        if not hits:
            raise RuntimeError("a topic title word found nothing")
        # A therapy name's longest word with two letters swapped must be corrected:
        # proves the fuzzy matcher (a native library in the frozen build) works here.
        words = [w for t in library.therapies for w in t.name.split() if w.isalpha() and len(w) >= 6]
        if not words:
            return f"{len(index)} documents indexed"
        word = max(words, key=len)
        typo = word[:2] + word[3] + word[2] + word[4:]
        found = index.search(typo)
        if not found.hits or found.suggestion is None:
            raise RuntimeError(f"the misspelling {typo!r} of {word!r} was not corrected")
        return f"{len(index)} documents indexed; {typo!r} finds {found.suggestion.text!r}"

    def drawings() -> str:
        # QtSvg and the drawings are easy to lose from a frozen build: draw every
        # pictogram and every diagram the content asks for, in both themes.
        from PySide6.QtCore import QSize
        from PySide6.QtGui import QImage, Qt

        from clinicapp.content.model import TherapyKind
        from clinicapp.ui.common.pictures import diagram_path, pictogram_path, render
        from clinicapp.ui.common.theme import HIGH_CONTRAST, NORMAL

        used = {t.diagram.id for t in library.topics if t.diagram}
        used |= {t.diagram.id for t in library.therapies if t.diagram}
        paths = [pictogram_path(kind) for kind in TherapyKind] + [diagram_path(i) for i in sorted(used)]
        blank = QImage(64, 64, QImage.Format.Format_ARGB32_Premultiplied)
        blank.fill(Qt.GlobalColor.transparent)
        for path in paths:
            for theme in (NORMAL, HIGH_CONTRAST):
                image = render(path, theme, QSize(64, 64)).toImage().convertToFormat(blank.format())
                if image.isNull() or image == blank:
                    raise RuntimeError(f"{path.name} draws nothing ({theme.name})")
        return f"{len(TherapyKind)} pictograms and {len(used)} diagrams drawn in both themes"

    def area(location: str) -> Callable[[], str]:
        def check() -> str:
            if location == "search":
                window.search(probe_word)  # as the search box does after a pause in typing
                page = window.current_page()
                if isinstance(page, SearchPage) and not page.hits:
                    raise RuntimeError(f"searching for {probe_word!r} found nothing")
            if not window.go(location):
                raise RuntimeError(f"could not open {location}")
            app.processEvents()
            return _rendered(window.current_page())

        return check

    checks.append(("content", content))
    checks.append(("interface language", interface_language))
    checks.append(("offered therapies", offered_therapies))
    checks.append(("crypto", crypto))
    checks.append(("search index", search))
    checks.append(("pictures", drawings))
    checks.append(("home", area("home")))
    for location in window.areas:
        checks.append((location, area(location)))
    if library.topics:
        checks.append(("a topic", area(f"topic:{library.topics[0].id}")))
    if library.therapies:
        checks.append(("a therapy", area(f"therapy:{library.therapies[0].id}")))

    warnings: list[tuple[str, str]] = []
    speech_ok, speech_detail = read_aloud_status(context)
    if speech_ok:
        checks.append(("read aloud", lambda: speech_detail))
    else:  # the app works without it: Listen is simply not offered
        warnings.append(("read aloud", speech_detail))
    if not library.clinic.signed_off:  # a warning, not a failure: the app works, the clinic has a task
        warnings.append(("content sign-off", "not signed off by the clinic yet (approved_by / approved_on)"))

    failures = 0
    print(f"clinicapp {__version__} self-test")
    for name, check in checks:
        try:
            detail = check()
            print(f"  ok    {name}: {detail}")
        except Exception as exc:  # every failure is reported, none stops the run
            failures += 1
            print(f"  FAIL  {name}: {exc}")
    for name, detail in warnings:
        print(f"  warn  {name}: {detail}")
    elapsed = time.perf_counter() - started
    extra = f", {len(warnings)} warning(s)" if warnings else ""
    print(f"{len(checks) - failures} passed, {failures} failed{extra} ({elapsed:.2f} s)")
    window.close()
    return 0 if failures == 0 else 1
