"""Issue 18: pictograms for each kind of option and diagrams beside articles.

Every drawing parses, draws something in both themes with enough contrast, and
is named for screen readers (in English and Spanish); the grid and the picker
show the kind's pictogram for every option; an article with a diagram shows
it beside or above the text, named by its alt text, with its words in sight.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QByteArray, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QAccessible, QColor, QImage
from PySide6.QtSvg import QSvgRenderer

from clinicapp.content.model import (
    COMPARISON_QUESTION_IDS,
    Certainty,
    Diagram,
    EvidenceCertainty,
    Source,
    Therapy,
    TherapyKind,
)
from clinicapp.paths import resources_dir
from clinicapp.ui.common import pictures
from clinicapp.ui.common.theme import HIGH_CONTRAST, NORMAL, Theme

PICTOGRAMS = sorted((resources_dir() / "pictograms").glob("*.svg"))
DIAGRAMS = sorted((resources_dir() / "diagrams").glob("*.svg"))
DRAWINGS = PICTOGRAMS + DIAGRAMS
THEMES = (NORMAL, HIGH_CONTRAST)
BODY_MAP = resources_dir() / "body-map.svg"


def _luminance(rgb: int) -> float:
    def channel(v: int) -> float:
        v /= 255
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel((rgb >> 16) & 255) + 0.7152 * channel((rgb >> 8) & 255) + 0.0722 * channel(rgb & 255)


def contrast(a: int, b: int) -> float:
    la, lb = _luminance(a), _luminance(b)
    return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)


# -- the files ---------------------------------------------------------------------


def test_there_is_one_pictogram_per_kind_of_option():
    assert {p.stem for p in PICTOGRAMS} == {k.value for k in TherapyKind}
    for kind in TherapyKind:
        assert pictures.pictogram_path(kind).is_file()


@pytest.mark.parametrize("path", DRAWINGS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_a_drawing_uses_only_the_theme_colour_roles_and_no_text(path):
    """Any other colour would not be recoloured for high contrast; text would not be translated."""
    root = ET.parse(path).getroot()
    allowed = {c.lower() for c in pictures.TOKENS.values()}
    for element in root.iter():
        tag = element.tag.rpartition("}")[2]
        assert tag not in ("text", "tspan", "image", "foreignObject", "script", "style"), f"{path.name}: <{tag}>"
        for attribute in ("fill", "stroke", "color", "stop-color"):
            value = element.attrib.get(attribute)
            if value is not None and value != "none":
                assert value.lower() in allowed, f"{path.name}: {attribute}={value}"
        assert "style" not in element.attrib, f"{path.name}: style attributes escape recolouring"


@pytest.mark.parametrize("path", DIAGRAMS, ids=lambda p: p.name)
def test_a_diagram_draws_the_body_maps_own_outline(path):
    """Shapes named like the body map's regions are the body map's shapes, unchanged."""
    body = {e.attrib["id"]: e.attrib for e in ET.parse(BODY_MAP).getroot().iter() if "id" in e.attrib}
    shared = [e for e in ET.parse(path).getroot().iter() if e.attrib.get("id") in body]
    if path.stem != "warning-tiers":  # the one drawing that is not about the body
        assert len(shared) >= 4
    for element in shared:
        assert element.attrib == body[element.attrib["id"]], f"{path.name}: {element.attrib['id']} differs"


def _drawn_contrast(path, theme: Theme, background: str, width: int = 400) -> tuple[int, float]:
    """(opaque drawn pixels, share of them at 3:1 or more against the background).

    Pixels of the fills meant to blend in (paper, the body's fill) are left out:
    what must stand out are the lines, the marks and the second tone.
    """
    height = round(width * pictures.aspect(path))
    image = pictures.render(path, theme, QSize(width, height)).toImage()
    image = image.convertToFormat(QImage.Format.Format_ARGB32)
    roles = pictures.colours(theme)
    skip = {QColor(roles["paper"]).rgb() & 0xFFFFFF, QColor(roles["figure"]).rgb() & 0xFFFFFF}
    back = QColor(background).rgb() & 0xFFFFFF
    data = bytes(image.constBits())
    cache: dict[int, bool] = {}
    drawn = good = 0
    for i in range(0, len(data), 4):
        if data[i + 3] != 255:
            continue
        rgb = data[i + 2] << 16 | data[i + 1] << 8 | data[i]  # ARGB32 is BGRA in memory (little-endian)
        if rgb in skip:
            continue
        drawn += 1
        if rgb not in cache:
            cache[rgb] = contrast(rgb, back) >= 3.0
        good += cache[rgb]
    return drawn, good / max(1, drawn)


@pytest.mark.parametrize("theme", THEMES, ids=lambda t: t.name)
@pytest.mark.parametrize("path", DRAWINGS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_a_drawing_parses_and_renders_with_contrast_in_each_theme(qapp, path, theme):
    """Non-empty, and most of what is drawn stands out 3:1 (WCAG non-text contrast) from where it sits.

    Pictograms sit on the window colour (grid headers, picker), diagrams on the
    article's base colour. Without the recolouring, high contrast drew dark ink
    on black: 12 to 56% of the drawn pixels passed instead of 78% or more.
    """
    renderer = QSvgRenderer(QByteArray(pictures.svg_source(path, theme)))
    assert renderer.isValid() and not renderer.viewBoxF().isEmpty()
    background = theme.window if path in PICTOGRAMS else theme.base
    drawn, share = _drawn_contrast(path, theme, background)
    width = 400
    area = width * round(width * pictures.aspect(path))
    assert drawn > area * 0.03, f"{path.name} draws almost nothing in {theme.name}"
    assert share >= 0.75, f"{path.name} in {theme.name}: only {share:.0%} of the drawing stands out"


def test_the_colour_roles_keep_their_contrast_in_both_themes():
    for theme in THEMES:
        roles = pictures.colours(theme)
        for background in (theme.window, theme.base):
            back = QColor(background).rgb() & 0xFFFFFF
            for role in ("ink", "outline"):
                assert contrast(QColor(roles[role]).rgb() & 0xFFFFFF, back) >= 4.5, (theme.name, role)
            for role in ("accent", "mark"):
                assert contrast(QColor(roles[role]).rgb() & 0xFFFFFF, back) >= 3.0, (theme.name, role)
        # the knot and the referred pain are marked on the body's fill
        figure = QColor(roles["figure"]).rgb() & 0xFFFFFF
        assert contrast(QColor(roles["mark"]).rgb() & 0xFFFFFF, figure) >= 3.0, theme.name


# -- alt text ----------------------------------------------------------------------


def test_every_pictogram_has_alt_text_in_english_and_spanish(spanish_interface):
    spanish_interface.switch("en")
    english = {kind: pictures.kind_alt(kind) for kind in TherapyKind}
    spanish_interface.switch("es")
    translated = {kind: pictures.kind_alt(kind) for kind in TherapyKind}
    assert len(set(english.values())) == len(TherapyKind)  # each kind says what it is
    for kind in TherapyKind:
        assert len(english[kind].split()) >= 4 and len(translated[kind].split()) >= 4
        assert translated[kind] != english[kind], f"{kind}: no Spanish alt text"
    assert "jeringa" in translated[TherapyKind.INJECTION]


# -- the comparison grid and the picker ----------------------------------------------


def _therapy(therapy_id: str, name: str, kind: TherapyKind) -> Therapy:
    return Therapy(
        id=therapy_id, name=name, kind=kind, summary=f"About {name}.",
        answers={qid: f"{name}: {qid}" for qid in COMPARISON_QUESTION_IDS},
        sources=(Source(title="Facts", publisher="NHS", url="https://www.nhs.uk/"),),
        certainty=EvidenceCertainty(Certainty.LOW, "https://www.nhs.uk/"),
        last_reviewed=dt.date(2026, 9, 1), uses=("muscle-knots",),
    )  # fmt: skip


@pytest.fixture
def every_kind_window(show_window, fixture_result):
    """The fixture library plus an injection and a medicine: all four kinds of option."""
    from clinicapp.ui.common.context import AppContext

    extra = (
        _therapy("tp-injection", "Trigger point injection", TherapyKind.INJECTION),
        _therapy("tablets", "Tablets", TherapyKind.MEDICINE),
    )
    library = dataclasses.replace(fixture_result.library, therapies=fixture_result.library.therapies + extra)
    win = show_window(AppContext(library))
    yield win
    win.context.session.reset()
    win.apply_appearance()


def _accessible(widget) -> tuple[QAccessible.Role, str]:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.role(), interface.text(QAccessible.Text.Name)


def test_grid_headers_show_each_options_pictogram_named_for_screen_readers(every_kind_window, qtbot):
    window = every_kind_window
    library = window.context.library
    window.context.session.set_picked_therapies(["tp-injection", "tablets", "stretching", "self-care"])
    assert window.go("compare")
    grid = window.page("compare").grid
    qtbot.waitUntil(lambda: len(grid.therapies) == 4)
    qtbot.wait(20)
    kinds = set()
    for therapy_id in ("tp-injection", "tablets", "stretching", "self-care"):
        kind = library.therapy(therapy_id).kind
        picture = grid.pictograms[therapy_id]
        assert picture.isVisible() and not picture.pixmap().isNull()
        assert picture.path == pictures.pictogram_path(kind)
        assert _accessible(picture) == (QAccessible.Role.Graphic, pictures.kind_alt(kind))
        assert 32 <= picture.width() <= 64 and picture.width() == picture.height()
        header = picture.parentWidget()
        assert header.geometry().contains(picture.geometry()) or QRect(QPoint(0, 0), header.size()).contains(
            picture.geometry()
        )
        kinds.add(kind)
    assert kinds == set(TherapyKind)


def test_a_missing_pictogram_file_leaves_compare_working_and_the_picture_named(every_kind_window, qtbot, monkeypatch):
    """A damaged install (a pictogram file gone) draws nothing there; the comparison still opens."""
    gone = resources_dir() / "pictograms" / "no-such-drawing.svg"
    monkeypatch.setattr(pictures, "pictogram_path", lambda kind: gone)
    window = every_kind_window
    window.context.session.set_picked_therapies(["tp-injection", "tablets"])
    assert window.go("compare")
    grid = window.page("compare").grid
    qtbot.waitUntil(lambda: len(grid.therapies) == 2)
    picture = grid.pictograms["tp-injection"]
    assert picture.path == gone
    assert _accessible(picture) == (QAccessible.Role.Graphic, pictures.kind_alt(TherapyKind.INJECTION))


def test_picker_shows_a_pictogram_beside_every_name_and_a_tap_on_it_ticks_the_box(every_kind_window, qtbot):
    window = every_kind_window
    assert window.go("compare")
    picker = window.page("compare").picker
    qtbot.wait(10)
    for therapy in window.context.library.therapies:
        picture, box = picker.pictograms[therapy.id], picker.boxes[therapy.id]
        assert picture.isVisible() and _accessible(picture)[1] == pictures.kind_alt(therapy.kind)
        assert picture.geometry().right() < box.geometry().left()  # beside the name, before it
    picked = list(window.context.session.picked_therapies)
    target = next(t.id for t in window.context.library.therapies if t.id not in picked)
    qtbot.mouseClick(picker.pictograms[target], Qt.MouseButton.LeftButton)
    assert picker.boxes[target].isChecked() and target in window.context.session.picked_therapies
    # A filter hides the pictogram with its option.
    picker.use_filter.addItem("Nothing", "nothing")
    picker.use_filter.setCurrentIndex(picker.use_filter.count() - 1)
    hidden = [t.id for t in window.context.library.therapies if picker.boxes[t.id].isHidden()]
    assert hidden and all(not picker.pictograms[t].isVisible() for t in hidden)


def test_pictograms_follow_the_theme_and_the_text_size(every_kind_window, qtbot):
    window = every_kind_window
    assert window.go("compare")
    picture = window.page("compare").picker.pictograms["stretching"]
    qtbot.wait(10)
    small = picture.width()
    assert picture.drawn_theme is NORMAL
    window.session.set_high_contrast(True)
    qtbot.waitUntil(lambda: picture.drawn_theme is HIGH_CONTRAST)
    window.session.set_text_scale(200)
    qtbot.waitUntil(lambda: picture.width() > small)
    assert picture.width() <= 64


# -- the article's diagram -------------------------------------------------------------

KNOTS_ALT = "A knot on top of the shoulder sends pain up the side of the neck to the temple."


@pytest.fixture
def window(show_window, fixture_result):
    """This module's window: the fixture library with a drawing on the knots topic."""
    from clinicapp.ui.common.context import AppContext

    library = fixture_result.library
    topics = tuple(
        dataclasses.replace(t, diagram=Diagram("trigger-point-referral", KNOTS_ALT)) if t.id == "knots" else t
        for t in library.topics
    )
    win = show_window(AppContext(dataclasses.replace(library, topics=topics)))
    yield win
    win.context.session.reset()
    win.apply_appearance()


def _open_knots(window, qtbot):
    assert window.go("topic:knots")
    page = window.page("topics")
    qtbot.wait(20)
    return page


def test_an_article_with_a_diagram_shows_it_named_by_its_alt_text_with_its_words_in_sight(window, qtbot):
    page = _open_knots(window, qtbot)
    diagram = window.context.library.topic("knots").diagram
    panel, picture = page.diagram_panel, page.diagram_panel.picture
    assert panel.isVisible() and picture.isVisible() and not picture.pixmap().isNull()
    assert picture.path.name == "trigger-point-referral.svg"
    assert _accessible(picture) == (QAccessible.Role.Graphic, diagram.alt)
    # The caption: the same words as the first lines of the article, under the title, in italics.
    text = page.article.toPlainText()
    assert diagram.alt in text
    assert text.index("Knots in a muscle") < text.index(diagram.alt) < text.index("A knot is a tight band")
    cursor = page.article.document().find(diagram.alt)
    assert cursor.charFormat().fontItalic()
    # At 100% it sits beside the text, to its right, inside the reading column.
    assert picture.mapTo(page, QPoint(0, 0)).x() >= page.article.mapTo(page, QPoint(page.article.width(), 0)).x()
    reader = QRect(page.reader.mapTo(page, QPoint(0, 0)), page.reader.size())
    assert reader.contains(QRect(picture.mapTo(page, QPoint(0, 0)), picture.size()))
    assert picture.width() >= 200


def test_the_diagram_grows_with_the_text_and_still_fits_at_200_percent(window, qtbot):
    page = _open_knots(window, qtbot)
    picture = page.diagram_panel.picture
    before = picture.size()
    window.session.set_text_scale(200)
    qtbot.waitUntil(lambda: picture.width() > before.width())

    def inside() -> bool:  # the layout settles over a few passes; on a loaded machine 20 ms was not always enough
        return QRect(QPoint(0, 0), page.size()).contains(QRect(picture.mapTo(page, QPoint(0, 0)), picture.size()))

    qtbot.waitUntil(inside)
    assert page.article.width() >= 40 * page.article.fontMetrics().averageCharWidth()  # text keeps a readable line


def test_a_narrow_page_puts_the_diagram_above_the_text(window, qtbot):
    page = _open_knots(window, qtbot)
    window.session.set_text_scale(200)
    window.resize(700, 800)
    qtbot.waitUntil(lambda: page.article_row.direction() == page.article_row.Direction.BottomToTop)
    qtbot.wait(20)
    picture = page.diagram_panel.picture
    top_of_text = page.article.mapTo(page, QPoint(0, 0)).y()
    assert picture.mapTo(page, QPoint(0, picture.height())).y() <= top_of_text
    assert picture.height() <= page.reader.height() * 0.45


def test_an_article_without_a_diagram_shows_none_and_a_reset_clears_it(window, qtbot):
    page = _open_knots(window, qtbot)
    assert page.diagram_panel.isVisible()
    assert window.go("topic:muscle-pain")
    qtbot.wait(10)
    assert not page.diagram_panel.isVisible()
    assert "sends pain up the side of the neck" not in page.article.toPlainText()
    _open_knots(window, qtbot)
    page.reset()
    assert not page.diagram_panel.isVisible() and page.diagram_panel.diagram is None


def test_the_diagram_is_redrawn_in_high_contrast(window, qtbot):
    page = _open_knots(window, qtbot)
    picture = page.diagram_panel.picture
    assert picture.drawn_theme is NORMAL
    window.session.set_high_contrast(True)
    qtbot.waitUntil(lambda: picture.drawn_theme is HIGH_CONTRAST)
    image = picture.pixmap().toImage()
    white = sum(
        1
        for y in range(0, image.height(), 3)
        for x in range(0, image.width(), 3)
        if image.pixelColor(x, y).alpha() == 255 and image.pixelColor(x, y).lightness() > 240
    )
    assert white > 50  # the outline and the arrow are drawn white on black


def test_spanish_alt_text_names_the_diagram_on_a_spanish_screen(spanish_interface, show_window, qtbot):
    from pathlib import Path

    from clinicapp.content.loader import load_library
    from clinicapp.ui.common.context import AppContext

    content = Path(__file__).resolve().parents[2] / "content" / "es"
    library = load_library(content).library
    win = show_window(AppContext(library))
    assert win.go("topic:myofascial-pain-syndrome")
    qtbot.wait(20)
    page = win.page("topics")
    picture = page.diagram_panel.picture
    alt = win.context.library.topic("myofascial-pain-syndrome").diagram.alt
    assert "sien" in alt and _accessible(picture)[1] == alt
    assert page.article.toPlainText().count("Dibujo de la parte de atrás") == 1
    win.context.session.reset()
