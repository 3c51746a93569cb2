"""Icons (issue #16 item 4): each freedesktop name the app uses has a drawing of its own
that loads at every usual size and at 2×, tinted with the palette's text colour (greyed
when disabled, light on a dark palette); the main window's places and actions carry them."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from guikit import unlock_ui
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QIcon, QImage, QPalette

from counsel_desk.domain.preferences import Look
from counsel_desk.ui import icons
from counsel_desk.ui.appearance import appearance

SIZES = (16, 24, 32)


def ink(image: QImage) -> list[QColor]:
    """The colours of the pixels drawn (not transparent)."""
    image = image.convertToFormat(QImage.Format.Format_ARGB32)
    return [
        image.pixelColor(x, y)
        for y in range(image.height())
        for x in range(image.width())
        if image.pixelColor(x, y).alpha() > 200
    ]


@pytest.fixture
def light_then_back(qapp) -> Iterator[None]:
    appearance().apply(Look.LIGHT)
    yield
    appearance().apply(Look.SYSTEM)


def test_every_name_used_has_a_drawing_and_every_drawing_is_used():
    drawn = {path.stem for path in icons.FOLDER.glob("*.svg")}
    assert set(icons.NAMES) == drawn
    assert len(set(icons.NAMES)) == len(icons.NAMES)


@pytest.mark.parametrize("name", icons.NAMES)
def test_each_drawing_loads_sharp_at_each_size_and_at_twice_the_pixels(qapp, name):
    icon = icons.fallback(name)
    assert not icon.isNull()
    for size in SIZES:
        for scale in (1.0, 1.5, 2.0):
            pixmap = icon.pixmap(QSize(size, size), scale)
            assert not pixmap.isNull()
            assert pixmap.devicePixelRatio() == scale
            side = round(size * scale)
            assert (pixmap.width(), pixmap.height()) == (side, side)  # drawn at that size
            drawn = ink(pixmap.toImage())
            assert len(drawn) >= side // 2  # a drawing, not an empty square
    # at 2× the drawing is made for 32 device pixels, not a 16 px picture scaled up
    twice = icon.pixmap(QSize(16, 16), 2.0).toImage()
    twice.setDevicePixelRatio(1.0)
    assert twice == icon.pixmap(QSize(32, 32), 1.0).toImage()
    assert twice != icon.pixmap(QSize(16, 16), 1.0).toImage().scaled(32, 32)


def test_the_drawings_take_the_palettes_text_colour_and_grey_when_disabled(qapp, light_then_back):
    icon = icons.fallback("system-lock-screen")
    text = qapp.palette().color(QPalette.ColorRole.WindowText)
    normal = ink(icon.pixmap(QSize(32, 32)).toImage())
    assert {c.rgb() for c in normal} == {text.rgb()}
    disabled = ink(icon.pixmap(QSize(32, 32), QIcon.Mode.Disabled).toImage())
    grey = qapp.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
    assert {c.rgb() for c in disabled} == {grey.rgb()}
    appearance().apply(Look.DARK)
    dark = ink(icon.pixmap(QSize(32, 32)).toImage())
    assert all(c.lightnessF() > 0.8 for c in dark)  # light lines on the dark palette


def test_a_name_without_a_drawing_is_a_mistake_said_at_once():
    with pytest.raises(KeyError, match="no-such-icon"):
        icons.fallback("no-such-icon")


def test_the_main_windows_places_and_actions_carry_their_icons(
    qtbot, make_controller, closed_vault, light_then_back
):
    main = unlock_ui(qtbot, make_controller(closed_vault[0]))
    sidebar = main.sidebar
    for row in range(sidebar.count()):
        item = sidebar.item(row)
        assert not item.icon().isNull(), item.text()
    for role in ("lock", "settings", "quit", "back", "forward", "help", "check"):
        assert not main.actions_by_role[role].icon().isNull(), role
    assert not main.keeping.back_up_action.icon().isNull()
    assert not main.view("Notes").new_action.icon().isNull()
    assert not main.view("Clients").add_action.icon().isNull()
    # the sidebar draws them: the first place's icon is on screen in the text's colour
    shot = sidebar.grab().toImage()
    rect = sidebar.visualItemRect(sidebar.item(1))  # Clients, not selected
    icon_area = shot.copy(rect.x(), rect.y(), sidebar.iconSize().width() + 6, rect.height())
    text = sidebar.palette().color(QPalette.ColorRole.Text)
    assert any(abs(c.lightness() - text.lightness()) < 40 for c in ink(icon_area))


def test_the_drawings_are_package_data():
    """Inside the package folder, which pyproject's package-data (``resources/**/*``)
    and the bundle's ``collect_data_files("counsel_desk")`` both take whole."""
    import counsel_desk

    package = Path(counsel_desk.__file__).parent
    assert icons.FOLDER.is_relative_to(package / "resources")
    pyproject = (package.parent / "pyproject.toml").read_text()
    assert 'counsel_desk = ["resources/**/*"' in pyproject
    spec = (package.parent / "packaging" / "counsel-desk.spec").read_text()
    assert 'datas=collect_data_files("counsel_desk")' in spec
