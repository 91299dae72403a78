"""Start the window: load content, build the context, show the shell.

Kept separate from cli.py so `clinicapp validate` never imports Qt.
"""

from __future__ import annotations

import argparse
import dataclasses
import logging
import os
import sys
import time
from collections.abc import Callable, Generator, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from clinicapp.config import Config, ConfigResult, load_config
from clinicapp.content.model import Library
from clinicapp.content.profile import read_clinic
from clinicapp.paths import bundled_content_dir
from clinicapp.session import VisitSession

if TYPE_CHECKING:
    from clinicapp.content.loader import LoadResult

log = logging.getLogger("clinicapp")
DEFAULT_LANGUAGE = "en"
SIGN_OFF_MISSING = (
    "the clinic has not signed off this content: set approved_by and approved_on in clinic.yaml "
    "(or content_approved_by and content_approved_on in the settings) after the review in docs/CLINICAL-REVIEW.md"
)


def _real_dir(path: Path) -> bool:
    """A folder that is not a link: nothing under the content folder is followed (IT's own root may be a link)."""
    return path.is_dir() and not path.is_symlink()


def language_folder(root: Path, language: str) -> Path:
    """root may be a content root (holding en/, es/) or one language folder."""
    if _real_dir(root / language):
        return root / language
    return root


def load_content(requested: Path | None, language: str = DEFAULT_LANGUAGE) -> tuple[LoadResult, list[str]]:
    """Load the requested content, falling back to the bundled library if it is unusable.

    Returns the result and staff-facing notes about any fallback.
    """
    from clinicapp.content.loader import run_steps  # after the first paint: not on its path

    return run_steps(load_content_steps(requested, language))


def load_content_steps(
    requested: Path | None, language: str = DEFAULT_LANGUAGE
) -> Generator[str, None, tuple[LoadResult, list[str]]]:
    """`load_content` a piece at a time (see loader.load_library_steps): for the read after the first paint."""
    from clinicapp.content.loader import load_library_steps  # after the first paint: not on its path

    yield "loader"  # importing the loader is a piece of its own
    notes: list[str] = []
    bundled = language_folder(bundled_content_dir(), language)
    if requested is not None:
        folder = language_folder(requested, language)
        if not folder.is_dir():
            notes.append(f"Content folder {requested} not found; showing the bundled content.")
        else:
            result = yield from load_library_steps(folder)
            if result.library.topics:
                return result, notes
            notes.append(f"Content folder {requested} has no usable topics; showing the bundled content.")
            for problem in result.problems:
                log.warning("content (not used): %s", problem)
    return (yield from load_library_steps(bundled)), notes


def resolve_content(settings: ConfigResult, cache_dirs: Sequence[Path] | None = None) -> tuple[Path | None, list[str]]:
    """The content root to load from the `content` and `content_public_key` settings, and staff notes.

    A plain folder without a key is used as before (and without importing the
    pack code, so start-up stays lean). Anything involving a pack or a key
    goes through `content.packs`: verified, or the last good pack, or None
    (the bundled content).
    """
    config = settings.config
    key_problem = any(m.key == "content_public_key" for m in settings.errors)
    requested = config.content
    unsigned_only = not config.content_public_key and not key_problem
    if requested is None or (unsigned_only and requested.suffix.lower() != ".clinicpack" and not requested.is_file()):
        return requested, []
    from clinicapp.content.packs import choose_content

    choice = choose_content(requested, config.content_public_key, key_problem=key_problem, cache_dirs=cache_dirs)
    return choice.root, choice.notes


def language_available(root: Path, language: str) -> bool:
    """True when root holds a folder for the language (or is that language's folder)."""
    return _real_dir(root / language) or (root.name == language and root.is_dir())


def available_languages(root: Path) -> tuple[str, ...]:
    """Language folders under a content root, English first (a single folder offers one)."""
    if (root / "clinic.yaml").is_file():
        return (root.name,)
    found = sorted(p.name for p in root.iterdir() if _real_dir(p) and len(p.name) == 2) if root.is_dir() else []
    return tuple(sorted(found, key=lambda code: (code != DEFAULT_LANGUAGE, code)))


def apply_clinic_settings(library: Library, config: Config) -> tuple[Library, list[str]]:
    """The clinic's name, contact line, therapies, numbers and sign-off from IT's config win over the content's."""
    notes: list[str] = []
    clinic = library.clinic
    offered = clinic.offered_therapies
    if config.therapies_offered is not None:
        unknown = [t for t in config.therapies_offered if library.therapy(t) is None]
        if unknown:
            notes.append(f"Settings: therapies_offered names unknown therapies: {', '.join(unknown)}.")
        offered = tuple(t for t in config.therapies_offered if t not in unknown)
    # An empty setting keeps the content's value (Config's defaults are "" / None).
    changed = clinic._replace(
        name=config.clinic_name or clinic.name,
        contact=config.clinic_contact or clinic.contact,
        emergency_number=config.emergency_number or clinic.emergency_number,
        crisis_line=config.crisis_line or clinic.crisis_line,
        approved_by=config.content_approved_by or clinic.approved_by,
        approved_on=config.content_approved_on or clinic.approved_on,
        offered_therapies=offered,
    )
    if changed != clinic:
        library = dataclasses.replace(library, clinic=changed)
    return library, notes


def read_settings(args: argparse.Namespace) -> ConfigResult:
    """Config files and environment, with the command line on top."""
    overrides = {
        "kiosk": getattr(args, "kiosk", None),
        "idle_timeout": getattr(args, "idle_timeout", None),
        "language": getattr(args, "lang", None),
        "content": getattr(args, "content", None),
        "log_level": getattr(args, "log_level", None),
    }
    return load_config(explicit=getattr(args, "config", None), overrides=overrides)


def run(args: argparse.Namespace) -> int:
    from clinicapp.logging_setup import install_excepthook, setup_logging

    settings = read_settings(args)
    config = settings.config
    content_root, pack_notes = resolve_content(settings)
    root = content_root or bundled_content_dir()
    requested_lang = getattr(args, "lang", None)
    if requested_lang and not language_available(root, requested_lang):
        print(f"clinicapp: error: --lang {requested_lang}: no content for that language in {root}", file=sys.stderr)
        return 2
    secret_sources: list[Callable[[], Iterable[str]]] = []  # filled once the session exists
    log_path = setup_logging(config.log_level, secrets=lambda: [s for f in secret_sources for s in f()])
    log.info(
        "starting; log file %s; settings from %s",
        log_path,
        ", ".join(str(p) for p in settings.files) or "built-in defaults",
    )
    for message in settings.messages:
        log.warning("settings: %s", message)
    if settings.kiosk_forced:
        log.warning(
            "settings: kiosk mode forced on because the settings are in doubt (%s); fix the file, "
            "or start with --no-kiosk or CLINICAPP_KIOSK=0 for clinician mode",
            "; ".join(str(m) for m in settings.kiosk_forced),
        )
    if args.self_test:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    started = time.perf_counter()

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    existing = QApplication.instance()  # a QCoreApplication to the type checker; only ever ours
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("clinicapp")
    language = config.language
    # What forced kiosk mode is for staff only (log and PIN dialog), never on the patient's screen.
    notes: list[str] = [
        f"Settings problem: {m}. Using the default for it." for m in settings.errors if m not in settings.kiosk_forced
    ]
    notes.extend(pack_notes)
    if not language_available(root, language) and language_available(root, DEFAULT_LANGUAGE):
        notes.append(f"Settings: no content for language {language!r}; showing {DEFAULT_LANGUAGE!r}.")
        language = DEFAULT_LANGUAGE
    # The home screen is painted from the clinic profile alone; the rest of the library is
    # read on the next turn of the event loop after that paint (or when a tap needs it first).
    profile_root = content_root if content_root and language_folder(content_root, language).is_dir() else None
    clinic, _profile_problems = read_clinic(language_folder(profile_root or bundled_content_dir(), language))
    # The profile's problems are reported by the full read, with the rest: never twice.
    profile = apply_clinic_settings(Library(language, clinic), config._replace(therapies_offered=None))[0]
    loaded: list[LoadResult] = []  # the full read, for the self-test's report
    late_notes: list[str] = []  # staff notes only the full read can give

    def load_start_library() -> Generator[str, None, tuple[Library, list]]:
        """The read after the first paint, a piece at a time (AppContext.load_library_step)."""
        result, content_notes = yield from load_content_steps(content_root, language)
        loaded.append(result)
        if content_notes:  # the requested content was unusable: the bundled library's languages
            context.languages = available_languages(bundled_content_dir()) or (language,)
        library, clinic_notes = apply_clinic_settings(result.library, config)
        for problem in result.problems:
            log.warning("content: %s", problem)
        for note in (*content_notes, *clinic_notes):
            log.warning("%s", note)
            late_notes.append(note)
        return library, result.problems

    from clinicapp.ui.common.context import AppContext
    from clinicapp.ui.common.i18n import Translators
    from clinicapp.ui.shell.areas import default_areas
    from clinicapp.ui.shell.language import LanguageSwitcher
    from clinicapp.ui.shell.main_window import MainWindow

    for note in notes:
        log.warning("%s", note)
    translators = Translators(app)
    # Before any widget exists, so every text starts translated. A missing
    # translation would quietly leave English buttons around translated content.
    if not translators.switch(language):
        notes.append(f"The {language!r} interface translation is missing: buttons are shown in English.")
        log.warning("%s", notes[-1])
    # The visit session is pure Python and made here, before Qt's widgets: its module is imported
    # with the other layers below Qt, before PySide6's import hook reads each later module's source.
    context = AppContext(profile, session=VisitSession(), kiosk=config.kiosk, config=config, load=load_start_library)
    context.languages = available_languages(profile_root or bundled_content_dir()) or (language,)
    window = MainWindow(context, default_areas(), defer_shortcuts=True)  # made after the paint (after_the_paint)

    def load_language(code: str) -> tuple[Library, list]:
        loaded, _notes = load_content(content_root, code)
        for problem in loaded.problems:
            log.warning("content: %s", problem)
        return apply_clinic_settings(loaded.library, config)[0], loaded.problems

    switcher = LanguageSwitcher(context, window, translators, load_language, default_areas)
    secret_sources.append(lambda: (context.session.search_text,))  # the search box writes every edit there
    for note in notes:
        window.add_staff_notice(note)
    if not profile.clinic.signed_off:
        # Staff only: a patient at a kiosk must never be told the content is unapproved.
        log.warning("content: %s", SIGN_OFF_MISSING)
        if not config.kiosk:
            window.add_staff_notice(window.sign_off_notice())
    window.apply_appearance(first_paint=True)

    def recover() -> None:
        """The calm error message (and a kiosk's reset); its module is not needed for the first paint."""
        from clinicapp.ui.kiosk.controller import recover_from_error

        recover_from_error(window, kiosk=config.kiosk)

    install_excepthook(recover)

    import gc

    from clinicapp.ui.shell.first_paint import FALLBACK_MS, after_first_paint

    def collect_from_now_on() -> None:
        """cli.main held collection off until the paint. What start-up made lives as long as the
        app (a few hundred cyclic leftovers aside, measured once): frozen, later collections skip it."""
        gc.freeze()
        gc.enable()

    def after_the_paint() -> None:
        """The role style, left out of the first paint (theme.apply): before anything else is built.

        Then the keyboard shortcuts, and a clinician's F11 (presentation mode): they wait for the paint too.
        """
        from clinicapp.ui.common.theme import install_style_after_first_paint

        install_style_after_first_paint(app, context.session.text_scale)
        window.build_shortcuts()
        if not config.kiosk:
            from clinicapp.ui.kiosk.controller import PresentationMode

            PresentationMode(window)

    if not args.exit_after_paint:  # a timing run quits at the paint; the role style is not start-up to paint
        after_first_paint(window, after_the_paint, fallback_ms=FALLBACK_MS)
    after_first_paint(window, collect_from_now_on, fallback_ms=FALLBACK_MS)
    if args.self_test:
        gc.enable()
        from clinicapp.selftest import run_self_test

        context.load_library()
        return run_self_test(app, context, window, loaded[0], started)
    if args.exit_after_paint:
        from clinicapp.ui.shell.first_paint import quit_after_first_paint

        quit_after_first_paint(app, window)
    else:
        from clinicapp.ui.shell.first_paint import finish_start_after_first_paint

        # Hooked before the window shows; a language switch then finds its content read, too.
        finish_start_after_first_paint(window, context, then=lambda: QTimer.singleShot(3000, switcher.preload))
    window.resize(1280, 800)
    guard = None
    if config.kiosk:
        from clinicapp.pin import STATE_FILE, PinGuard, PinStateFile, state_dir
        from clinicapp.ui.kiosk.controller import KioskController

        guard = PinGuard(config.staff_pin, store=PinStateFile(state_dir() / STATE_FILE))
        # The staff-only place in kiosk mode: the PIN dialog (the patient's screen never shows them).
        guard.staff_notes = (*(str(m) for m in settings.kiosk_forced), *window.staff_lines())
        kiosk = KioskController(
            window,
            guard,
            idle_timeout=config.idle_timeout,
            idle_warning=config.idle_warning_seconds,
        )
        kiosk.unlocked = bool(args.exit_after_paint)  # a timing run must be able to quit (Qt 6 quit() closes)
        kiosk.start()
    else:
        window.show()
    painted = (profile.clinic.name, profile.clinic.disclaimer, context.languages)

    def library_loaded() -> None:
        """What only the full read can tell staff; and the home again if the content fell back."""
        for note in late_notes:
            window.add_staff_notice(note)
        late_notes.clear()
        if guard is not None:
            guard.staff_notes = (*(str(m) for m in settings.kiosk_forced), *window.staff_lines())
        clinic = context.clinic
        if (clinic.name, clinic.disclaimer, context.languages) != painted:
            # Only when the requested content proved unusable and the bundled library took its place.
            log.info("content fell back after the first paint: the home screen is shown again")
            window.retranslate(default_areas())

    context.libraryLoaded.connect(library_loaded)
    return app.exec()
