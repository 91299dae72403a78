"""The look-and-attack sweep: every screen, dialog and new control, as a patient or clinician sees it.

Run under a virtual X screen (the whole screen is grabbed, so dialogs show over
the window): `xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python
tools/screenshot_sweep.py OUT [--shots STEM ...]`. Takes English and Spanish at
100%, 150% and 200% text, high contrast at 200%, the summary with its QR codes
in clinician and kiosk mode, the take-home pack and the staff PIN dialog, and a
live English -> Spanish switch while an article and while the comparison is on
screen. The images are for a person to look at (tools/screenshots.py is the
shorter set `make screenshots` takes).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from clinicapp.app import load_content
from clinicapp.pin import PinGuard, hash_pin
from clinicapp.ui.common.context import AppContext
from clinicapp.ui.common.i18n import Translators
from clinicapp.ui.shell.areas import default_areas
from clinicapp.ui.shell.language import LanguageSwitcher
from clinicapp.ui.shell.main_window import MainWindow

SIZES = ((100, False), (150, False), (200, False), (200, True))
STEMS = (
    "home", "topics", "topic-diagram", "topic-plain", "therapy", "topic-word", "glossary", "search",
    "checklist-top", "checklist-peg", "checklist-signs", "summary", "summary-kiosk",
    "compare-2", "compare-4", "picker", "pack", "pin",
)  # fmt: skip
DIAGRAM_TOPIC = "myofascial-pain-syndrome"
PIN_HASH = hash_pin("246810")  # a made-up staff PIN: the dialog with its keypad


def settle(app: QApplication, ms: int = 400) -> None:
    """Let the screen finish: parts made a moment after a page shows (compare's values panel, 150 ms)."""
    import time

    end = time.monotonic() + ms / 1000
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.005)


def make_window(app, translators: Translators, content: Path | None, lang: str, *, kiosk: bool = False):
    translators.switch(lang)
    result, _notes = load_content(content, lang)
    context = AppContext(result.library, result.problems, kiosk=kiosk)
    context.languages = ("en", "es")

    def load(code: str):
        loaded, _ = load_content(content, code)
        return loaded.library, loaded.problems

    window = MainWindow(context, default_areas())
    LanguageSwitcher(context, window, translators, load, default_areas)
    window.resize(1280, 800)
    window.move(0, 0)
    window.show()
    settle(app)
    return context, window


def answer_checklist(context: AppContext) -> None:
    """A full visit: regions, a symptom, duration, all three PEG answers and one warning sign of each tier."""
    session, checklist = context.session, context.library.checklist
    if checklist is None:
        return
    for region in checklist.regions[:2]:
        session.set_region(region.id, True)
    if checklist.sections and checklist.sections[0].items:
        session.set_item(checklist.sections[0].items[0].id, True)
    if checklist.durations:
        session.set_duration(checklist.durations[-1].id)
    for value, question in zip((7, 5, 6), checklist.peg, strict=False):
        session.set_peg(question.id, value)
    tiers: dict[str, str] = {}
    for sign in checklist.warning_signs:
        tiers.setdefault(str(getattr(sign, "tier", "")), sign.id)
    for sign_id in tiers.values():
        session.set_warning_sign(sign_id, True)


def grab(app: QApplication, out: Path, name: str) -> None:
    settle(app)
    screen = app.primaryScreen()
    screen.grabWindow(0, 0, 0, 1280, 800).save(str(out / name))
    print(out / name)


def scroll_to(page, widget: QWidget) -> None:
    page.scroller.ensureWidgetVisible(widget, 0, 40)
    bar = page.scroller.verticalScrollBar()
    top = widget.mapTo(page.form, widget.rect().topLeft()).y()
    bar.setValue(max(0, top - 40))


def shoot(app, translators, args, lang: str, kiosk: bool) -> None:
    context, window = make_window(app, translators, args.content, lang, kiosk=kiosk)
    library = context.library
    plain = next(t.id for t in library.topics if not t.diagram and t.terms)
    worded = next((t for t in library.topics if t.terms), library.topics[0])
    therapy = library.therapies[0].id
    wanted = [s for s in STEMS if (not args.shots or s in args.shots) and (s == "summary-kiosk") == kiosk]
    for scale, contrast in SIZES:
        if args.sizes and f"{scale}{'-hc' if contrast else ''}" not in args.sizes:
            continue
        for stem in wanted:
            session = context.session
            session.reset()
            session.set_text_scale(scale)
            session.set_high_contrast(contrast)
            window.go("home")
            settle(app)
            name = f"{stem}-{lang}-{scale}{'-hc' if contrast else ''}.png"
            opened: QWidget | None = None
            if stem == "home":
                pass
            elif stem == "topics":
                window.go("topics")
            elif stem == "topic-diagram":
                window.go(f"topic:{DIAGRAM_TOPIC}")
            elif stem == "topic-plain":
                window.go(f"topic:{plain}")
            elif stem == "therapy":
                window.go(f"therapy:{therapy}")
            elif stem == "topic-word":
                window.go(f"topic:{worded.id}")
                window.page("topics").show_term(worded.terms[0])
            elif stem == "glossary":
                window.go("glossary")
            elif stem == "search":
                window.search_field.setText("trig")
                session.set_search_text("trig")
                window.go("search")
            elif stem.startswith("checklist"):
                if stem == "checklist-signs":
                    answer_checklist(context)
                window.go("checklist")
                page = window.page("checklist")
                page.show_form()
                settle(app)
                if stem == "checklist-peg":
                    checklist = library.checklist
                    for question, value in zip(checklist.peg if checklist else (), (7, 5, 6), strict=False):
                        session.set_peg(question.id, value)
                    settle(app)
                    scroll_to(page, page.peg_rows[0])
                elif stem == "checklist-signs":
                    scroll_to(page, next(iter(page.sign_boxes.values())))
                else:  # the session's reset is not the kiosk's: the page keeps its scroll between stems
                    page.scroller.verticalScrollBar().setValue(0)
            elif stem.startswith("summary"):
                answer_checklist(context)
                window.go("checklist")
                window.page("checklist").show_summary()
            elif stem.startswith("compare-") or stem == "picker":
                count = 2 if stem == "picker" else int(stem.rpartition("-")[2])
                session.set_picked_therapies([t.id for t in library.therapies[:count]])
                window.go("compare")
                if stem == "picker":
                    window.page("compare").set_list_hidden(False)
            elif stem == "pack":
                from clinicapp.ui.common.takehome import TakeHomeDialog

                for location in (f"topic:{DIAGRAM_TOPIC}", f"topic:{plain}", f"therapy:{therapy}"):
                    session.add_to_take_home(location)
                window.go(f"topic:{DIAGRAM_TOPIC}")
                settle(app)
                opened = TakeHomeDialog.open_for(window, context)
            elif stem == "pin":
                from clinicapp.ui.kiosk.pin_dialog import PinDialog

                dialog = PinDialog(window, PinGuard(PIN_HASH))
                dialog.show()
                opened = dialog
            grab(app, args.out, name)
            if opened is not None:
                opened.close()
                settle(app)
    session = context.session
    session.reset()
    window.close()
    window.deleteLater()
    settle(app)


def live_switch(app, translators, args) -> None:
    """English, then Español on the home screen's language button, while an article / the comparison is open."""
    for scale in (100, 200):
        if args.sizes and str(scale) not in args.sizes:
            continue
        for stem, location in (("article", f"topic:{DIAGRAM_TOPIC}"), ("compare", "compare")):
            if args.shots and f"switch-{stem}" not in args.shots:
                continue
            context, window = make_window(app, translators, args.content, "en")
            context.session.set_text_scale(scale)
            window.go(location)
            settle(app)
            grab(app, args.out, f"switch-{stem}-before-{scale}.png")
            context.request_language("es")
            settle(app)
            grab(app, args.out, f"switch-{stem}-en-es-{scale}.png")
            context.session.reset()
            window.close()
            window.deleteLater()
            settle(app)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--content", type=Path, default=None)
    parser.add_argument("--shots", nargs="*", default=None, help="stems to take (default: all)")
    parser.add_argument("--lang", nargs="*", default=["en", "es"])
    parser.add_argument("--sizes", nargs="*", default=None, help="e.g. 100 200 200-hc (default: all)")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    translators = Translators(app)
    for lang in args.lang:
        shoot(app, translators, args, lang, kiosk=False)
        if not args.shots or "summary-kiosk" in args.shots:
            shoot(app, translators, args, lang, kiosk=True)
    live_switch(app, translators, args)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
