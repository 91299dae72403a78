"""Save PNGs of every screen in English and Spanish at 100%, 150% and 200% text.

Run under a real (virtual) X screen: `make screenshots`. The images are for a
person to look at; nothing compares them automatically (tests/ui/
test_touch_layout.py checks for cut-off text). Besides each area: an article
with its word meaning open, the checklist's summary, the comparison with two
and four options, search, high contrast at 200%, and the home screen and
top bar after a live English -> Spanish switch.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from clinicapp.app import load_content
from clinicapp.ui.common.context import AppContext
from clinicapp.ui.common.i18n import Translators
from clinicapp.ui.shell.areas import default_areas
from clinicapp.ui.shell.language import LanguageSwitcher
from clinicapp.ui.shell.main_window import MainWindow

# (file stem, location, search text)
SCREENS = [
    ("home", "home", ""),
    ("topics", "topics", ""),
    ("topic", "topic:{topic}", ""),
    ("topic-word", "topic:{topic}", ""),
    ("therapy", "therapy:{therapy}", ""),
    ("glossary", "glossary", ""),
    ("search", "search", "trig"),
    ("search-none", "search", "zzzqqq"),
    ("checklist", "checklist", ""),
    ("summary", "checklist", ""),
    ("compare-2", "compare", ""),
    ("compare-4", "compare", ""),
    # issue 18: an article and a therapy with their drawing, and the grid with one option of each kind
    ("topic-picture", "topic:{pictured}", ""),
    ("therapy-picture", "therapy:{pictured_therapy}", ""),
    ("compare-kinds", "compare", ""),
]
SIZES = ((100, False), (150, False), (200, False), (200, True))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--content", type=Path, default=None)
    parser.add_argument("--only", nargs="*", default=None, help="file stems to take")
    parser.add_argument("--lang", nargs="*", default=["en", "es"], help="interface and content languages")
    parser.add_argument("--no-switch", action="store_true", help="skip the live English -> Spanish switch")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    translators = Translators(app)
    for lang in args.lang:
        shoot(app, translators, args, lang)
    if not args.no_switch:
        live_switch(app, translators, args)
    return 0


def settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def make_window(app: QApplication, translators: Translators, args: argparse.Namespace, lang: str):
    translators.switch(lang)  # before any widget exists, so every tr() sees it
    result, _notes = load_content(args.content, lang)
    context = AppContext(result.library, result.problems)
    context.languages = ("en", "es")

    def load(code: str):
        loaded, _ = load_content(args.content, code)
        return loaded.library, loaded.problems

    window = MainWindow(context, default_areas())
    LanguageSwitcher(context, window, translators, load, default_areas)
    window.resize(1280, 800)
    window.show()
    return context, window


def shoot(app: QApplication, translators: Translators, args: argparse.Namespace, lang: str) -> None:
    context, window = make_window(app, translators, args, lang)
    library = context.library
    topic = next((t for t in library.topics if t.terms), library.topics[0])
    fill = {"topic": topic.id, "therapy": library.therapies[0].id if library.therapies else ""}
    pictured = sorted((t for t in library.topics if t.diagram), key=lambda t: t.diagram.id != "trigger-point-referral")
    fill["pictured"] = pictured[0].id if pictured else topic.id
    fill["pictured_therapy"] = next((t.id for t in library.therapies if t.diagram), fill["therapy"])
    one_of_each = list({t.kind: t.id for t in reversed(library.therapies)}.values())[:4]
    for scale, contrast in SIZES:
        context.session.set_text_scale(scale)
        context.session.set_high_contrast(contrast)
        for stem, location, query in SCREENS:
            if args.only and stem not in args.only:
                continue
            location = location.format(**fill)
            if location.partition(":")[0] not in ("topic", "therapy") and location not in ("home", *window.areas):
                continue
            window.search_field.setText(query)
            context.session.set_search_text(query)
            if stem == "compare-kinds":
                context.session.set_picked_therapies(one_of_each)
            elif stem.startswith("compare-"):
                count = int(stem.rpartition("-")[2])
                context.session.set_picked_therapies([t.id for t in library.therapies[:count]])
            if not window.go(location) and window.current_location() != location:
                continue
            page = window.stack.currentWidget()
            if stem == "topic-word" and topic.terms:
                page.show_term(topic.terms[0])  # type: ignore[attr-defined]
            if stem == "summary":
                page.show_summary()  # type: ignore[attr-defined]
            elif stem == "checklist":
                page.show_form()  # type: ignore[attr-defined]
            settle(app)
            name = f"{stem}-{lang}-{scale}{'-hc' if contrast else ''}.png"
            window.grab().save(str(args.out / name))
            print(args.out / name)
    window.close()
    window.deleteLater()
    settle(app)


def live_switch(app: QApplication, translators: Translators, args: argparse.Namespace) -> None:
    """English at each size, then the Español button on the home screen, as a patient would."""
    for scale in (100, 200):
        context, window = make_window(app, translators, args, "en")
        context.session.set_text_scale(scale)
        window.go("home")
        settle(app)
        window.home.language_buttons["es"].click()
        settle(app)
        for stem, location in (("home", "home"), ("topics", "topics")):
            window.go(location)
            settle(app)
            name = f"switch-en-es-{stem}-{scale}.png"
            window.grab().save(str(args.out / name))
            print(args.out / name)
        window.close()
        window.deleteLater()
        settle(app)


if __name__ == "__main__":
    raise SystemExit(main())
