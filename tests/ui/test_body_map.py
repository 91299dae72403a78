"""The body map: its SVG has a shape per region, taps and keys mark regions, each region is named."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QImage

from clinicapp.paths import resource
from clinicapp.ui.checklist.body_map import BodyMap, _path_from_d, load_shapes

REGIONS = [
    ("head-jaw", "Head and jaw"),
    ("neck", "Neck"),
    ("shoulders", "Shoulders"),
    ("upper-back", "Upper back"),
    ("lower-back", "Lower back"),
    ("chest", "Chest"),
    ("arms", "Arms"),
    ("hands", "Hands and wrists"),
    ("hips", "Hips and buttocks"),
    ("legs", "Legs"),
    ("feet", "Feet and ankles"),
]


@pytest.fixture
def body_map(qtbot):
    widget = BodyMap(REGIONS)
    qtbot.addWidget(widget)
    widget.resize(widget.sizeHint())
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_svg_has_a_shape_for_every_region_on_at_least_one_side() -> None:
    shapes = load_shapes(resource("body-map.svg"))
    for region_id, _label in REGIONS:
        sides = {side for (rid, side) in shapes if rid == region_id}
        assert sides, f"no shape for {region_id}"
    assert ("chest", "front") in shapes and ("chest", "back") not in shapes
    assert ("lower-back", "back") in shapes and ("lower-back", "front") not in shapes
    for path in shapes.values():
        assert not path.isEmpty() and path.boundingRect().width() > 10


def test_every_region_id_in_the_svg_is_unique_and_well_formed() -> None:
    ids = [e.attrib["id"] for e in ET.parse(resource("body-map.svg")).iter() if "id" in e.attrib]
    assert len(ids) == len(set(ids))


def _area(path) -> float:
    total = 0.0
    for polygon in path.toFillPolygons():
        points = [polygon.at(i) for i in range(polygon.size())]
        total += (
            abs(sum(a.x() * b.y() - b.x() * a.y() for a, b in zip(points, points[1:] + points[:1], strict=True))) / 2
        )
    return total


def test_shapes_do_not_overlap_so_a_tap_means_one_region() -> None:
    shapes = load_shapes(resource("body-map.svg"))
    keys = sorted(shapes)
    for i, a in enumerate(keys):
        for b in keys[i + 1 :]:
            assert _area(shapes[a].intersected(shapes[b])) < 20, f"{a} overlaps {b}"


def test_path_data_parser_reads_absolute_and_relative_commands() -> None:
    path = _path_from_d("M10,10 L20,10 L20,20 Z m30,0 l10,0 v10 h-10 z")
    assert len(path.toSubpathPolygons()) == 2
    assert path.contains(QPointF(15, 12)) and path.contains(QPointF(45, 15))
    assert not path.contains(QPointF(30, 15))
    with pytest.raises(ValueError):
        _path_from_d("M0,0 C1,1 2,2 3,3")


def test_click_at_a_region_centre_marks_it_and_emits(body_map, qtbot) -> None:
    emitted = []
    body_map.regionToggled.connect(lambda rid, on: emitted.append((rid, on)))
    for region_id, side in (("neck", "front"), ("lower-back", "back"), ("hands", "front"), ("feet", "back")):
        qtbot.mouseClick(body_map, Qt.MouseButton.LeftButton, pos=body_map.region_centre(region_id, side).toPoint())
        assert (region_id, True) in emitted
    assert body_map.chosen == {"neck", "lower-back", "hands", "feet"}
    qtbot.mouseClick(body_map, Qt.MouseButton.LeftButton, pos=body_map.region_centre("neck", "back").toPoint())
    assert emitted[-1] == ("neck", False) and "neck" not in body_map.chosen


def test_a_click_on_empty_space_marks_nothing(body_map, qtbot) -> None:
    emitted = []
    body_map.regionToggled.connect(lambda rid, on: emitted.append(rid))
    qtbot.mouseClick(body_map, Qt.MouseButton.LeftButton, pos=body_map.rect().topLeft() + QPointF(2, 2).toPoint())
    assert emitted == [] and body_map.chosen == set()


def test_a_tap_just_outside_a_small_region_still_counts(body_map) -> None:
    rect = body_map._widget_path("neck", "front").boundingRect()
    assert body_map.target_at(QPointF(rect.right() + 4, rect.center().y())).region_id == "neck"


def test_region_sides_are_at_least_44_px(body_map) -> None:
    small = [(b.accessibleName(), b.width(), b.height()) for b in body_map.buttons if min(b.width(), b.height()) < 44]
    assert small == []


def test_each_region_side_has_an_accessible_name(body_map) -> None:
    names = {b.accessibleName() for b in body_map.buttons}
    assert "Neck, Front" in names and "Neck, Back" in names and "Chest, Front" in names
    assert "Lower back, Back" in names
    assert all(b.accessibleName() for b in body_map.buttons)
    body_map.set_chosen({"neck"})
    neck = [b for b in body_map.buttons if b.region_id == "neck"]
    assert all(b.isChecked() and b.accessibleDescription() == "marked" for b in neck)


def test_keyboard_arrows_move_and_space_enter_toggle(body_map, qtbot) -> None:
    first = body_map.buttons[0]
    assert first.region_id == "head-jaw" and first.side == "front"
    first.setFocus()
    qtbot.waitUntil(first.hasFocus)
    qtbot.keyClick(first, Qt.Key.Key_Down)
    current = body_map.focusWidget()
    assert (current.region_id, current.side) == ("neck", "front")
    qtbot.keyClick(current, Qt.Key.Key_Right)  # across to the back figure's neck
    current = body_map.focusWidget()
    assert (current.region_id, current.side) == ("neck", "back")
    qtbot.keyClick(current, Qt.Key.Key_Space)
    assert body_map.chosen == {"neck"}
    qtbot.keyClick(current, Qt.Key.Key_Down)
    current = body_map.focusWidget()
    assert current.region_id in ("upper-back", "shoulders")
    qtbot.keyClick(current, Qt.Key.Key_Return)
    assert current.region_id in body_map.chosen
    qtbot.keyClick(current, Qt.Key.Key_Enter)
    assert current.region_id not in body_map.chosen


def test_only_one_region_is_a_tab_stop(body_map, qtbot) -> None:
    stops = [b for b in body_map.buttons if b.focusPolicy() & Qt.FocusPolicy.TabFocus]
    assert len(stops) == 1
    stops[0].setFocus()
    qtbot.keyClick(stops[0], Qt.Key.Key_Down)
    stops = [b for b in body_map.buttons if b.focusPolicy() & Qt.FocusPolicy.TabFocus]
    assert stops == [body_map.focusWidget()]


def test_every_region_is_reachable_by_arrow_keys(body_map, qtbot) -> None:
    arrows = (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down)
    seen, todo = {body_map.buttons[0]}, [body_map.buttons[0]]
    while todo:
        button = todo.pop()
        for key in arrows:
            button.setFocus()
            qtbot.keyClick(button, key)
            reached = body_map.focusWidget()
            assert reached is not button, f"{key} from {button.accessibleName()} goes nowhere"
            if reached not in seen:
                seen.add(reached)
                todo.append(reached)
    assert seen == set(body_map.buttons)


def _pixel(widget, point: QPointF) -> QColor:
    image: QImage = widget.grab().toImage()
    ratio = image.devicePixelRatio()
    return image.pixelColor(round(point.x() * ratio), round(point.y() * ratio))


def test_a_marked_region_is_highlighted_with_more_than_colour(body_map, qtbot) -> None:
    centre = body_map.region_centre("chest", "front")
    before = _pixel(body_map, centre)
    body_map.set_chosen({"chest"})
    after = _pixel(body_map, centre)
    assert before != after
    # The hatch: a marked region holds pixels of two clearly different colours.
    rect = body_map._widget_path("chest", "front").boundingRect().adjusted(10, 10, -10, -10)
    image = body_map.grab().toImage()
    colours = {
        image.pixelColor(int(x), int(rect.center().y())).name() for x in range(int(rect.left()), int(rect.right()))
    }
    assert len(colours) >= 2


def test_only_content_regions_are_interactive(qtbot) -> None:
    widget = BodyMap([("neck", "Neck"), ("no-such-region", "Nowhere")])
    qtbot.addWidget(widget)
    assert {b.region_id for b in widget.buttons} == {"neck"}


def test_a_finger_tap_marks_a_region(body_map, qtbot) -> None:
    from PySide6.QtTest import QTest

    device = QTest.createTouchDevice()
    pos = body_map.region_centre("hands", "back").toPoint()
    QTest.touchEvent(body_map, device).press(0, pos, body_map).commit()
    QTest.touchEvent(body_map, device).release(0, pos, body_map).commit()
    qtbot.waitUntil(lambda: body_map.chosen == {"hands"})
