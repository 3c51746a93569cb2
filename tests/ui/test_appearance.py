"""Light and dark (issue #16 item 4): the app follows the desktop's colour scheme as it
changes, or the choice in Settings; the window's palette and the custom-drawn timeline
follow at once (read back from grabbed pixels), and the choice is kept."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from alliancegui import open_alliance
from guikit import focus
from lookkit import contrast
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from counsel_desk.domain.preferences import Look, Preferences
from counsel_desk.services import preferences
from counsel_desk.storage.settings import preferences_path
from counsel_desk.ui.appearance import PALETTES, appearance, is_dark, palette_for
from counsel_desk.ui.dialogs.settings import SettingsDialog
from counsel_desk.ui.intents import OpenClient


@pytest.fixture(autouse=True)
def desktop_as_it_was(qapp) -> Iterator[None]:
    """Each test starts from the desktop's own look and leaves it so."""
    look = appearance()
    hints = qapp.styleHints()
    system = look.system
    look.apply(Look.SYSTEM)
    yield
    look.system = system
    look.apply(Look.SYSTEM)
    hints.colorSchemeChanged.emit(system)
    assert look.ours is None


def lightness_at(widget, point: QPoint) -> float:
    image = widget.grab().toImage()
    return image.pixelColor(point * image.devicePixelRatio()).lightnessF()


def timeline_of(qtbot, main, seeded):
    main.follow(OpenClient(seeded["client"].id))
    qtbot.keyClick(main, Qt.Key.Key_8, Qt.KeyboardModifier.ControlModifier)
    view = main.view("Timeline")
    assert main.showing() == "Timeline"
    return view.picture


def test_the_choice_in_settings_turns_the_window_and_the_timeline_dark_and_back(
    qtbot, make_controller, closed_vault
):
    controller, main, seeded = open_alliance(qtbot, make_controller, closed_vault[0])
    picture = timeline_of(qtbot, main, seeded)
    corner = QPoint(3, 3)  # the picture's own ground, drawn from the palette's Base
    qtbot.waitUntil(lambda: not is_dark(main.palette()))
    assert lightness_at(picture, corner) > 0.9

    focus(qtbot, main)
    qtbot.keyClick(main, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: main.findChild(SettingsDialog) is not None)
    dialog = main.findChild(SettingsDialog)
    assert dialog.look.currentData() == Look.SYSTEM.value
    dialog.look.setFocus()
    qtbot.keyClick(dialog.look, Qt.Key.Key_End)  # the last choice: Dark
    assert dialog.look.currentData() == Look.DARK.value
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert preferences.load().look is Look.DARK
    qtbot.waitUntil(lambda: is_dark(main.palette()))  # the change reaches every widget
    window = main.palette().color(QPalette.ColorRole.Window)
    assert window == QColor(PALETTES["dark"]["Window"])
    drawn = picture.grab().toImage()
    ground = drawn.pixelColor(corner * drawn.devicePixelRatio())
    assert ground == QColor(PALETTES["dark"]["Base"])  # the picture drew itself again, dark
    text = main.view("Timeline").period_label.palette().color(QPalette.ColorRole.WindowText)
    assert text.lightnessF() > 0.8  # and the words on it are light

    controller.settings.apply(Preferences(look=Look.LIGHT))
    qtbot.waitUntil(lambda: not is_dark(main.palette()))
    assert lightness_at(picture, corner) > 0.9


def test_following_the_desktop_as_its_scheme_changes(qtbot, make_controller, closed_vault):
    """The desktop turns dark (its Qt theme offering no dark palette of its own, as on the
    test platform): the app turns dark with it; light again, the desktop's own palette and
    style come back. A choice of Light in Settings stays light whatever the desktop does."""
    qapp = QApplication.instance()
    style = qapp.style().name()
    controller, main, seeded = open_alliance(qtbot, make_controller, closed_vault[0])
    picture = timeline_of(qtbot, main, seeded)
    corner = QPoint(3, 3)
    hints = qapp.styleHints()

    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    qtbot.waitUntil(lambda: is_dark(main.palette()))  # the change reaches every widget
    assert lightness_at(picture, corner) < 0.3  # the dark base
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
    qtbot.waitUntil(lambda: not is_dark(main.palette()))
    assert lightness_at(picture, corner) > 0.9
    assert appearance().ours is None  # the desktop's own look, untouched
    assert qapp.style().name() == style

    controller.settings.apply(Preferences(look=Look.LIGHT))
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    qtbot.wait(50)  # time for a palette change to arrive, if there were one
    assert not is_dark(main.palette())
    assert appearance().ours is None
    controller.settings.apply(Preferences(look=Look.SYSTEM))  # following it again: dark
    qtbot.waitUntil(lambda: is_dark(main.palette()))  # the change reaches every widget


def test_the_look_is_applied_after_the_first_window_is_painted(
    qtbot, make_controller, closed_vault
):
    preferences.save(Preferences(look=Look.DARK))
    controller = make_controller(closed_vault[0])
    qtbot.waitExposed(controller.window)
    qtbot.waitUntil(lambda: is_dark(controller.window.palette()))


def test_a_look_that_is_not_known_reads_as_the_default():
    preferences.save(Preferences(look=Look.DARK))
    assert preferences.load().look is Look.DARK
    path = preferences_path()
    path.write_text(path.read_text().replace('"dark"', '"purple"'))
    assert preferences.load() == Preferences()


@pytest.mark.parametrize("scheme", [Qt.ColorScheme.Light, Qt.ColorScheme.Dark])
def test_each_palette_keeps_text_readable(scheme):
    """Text on its ground at 7:1 or more (WCAG AAA), disabled text at 3:1 or more."""

    palette = palette_for(scheme)
    role = QPalette.ColorRole
    for text, ground in (
        (role.WindowText, role.Window),
        (role.Text, role.Base),
        (role.ButtonText, role.Button),
        (role.HighlightedText, role.Highlight),
        (role.ToolTipText, role.ToolTipBase),
    ):
        assert contrast(palette.color(text), palette.color(ground)) >= 4.5, (text, ground)
        if text != role.HighlightedText:
            assert contrast(palette.color(text), palette.color(ground)) >= 7, (text, ground)
    disabled = palette.color(QPalette.ColorGroup.Disabled, role.Text)
    assert contrast(disabled, palette.color(role.Base)) >= 3
    # A field's edge: Fusion draws it in the window colour darkened by 140%; against the
    # field's own ground it must show (in dark it once matched the base exactly).
    edge = palette.color(role.Window).darker(140)
    assert contrast(edge, palette.color(role.Base)) >= 1.5
    assert is_dark(palette) == (scheme == Qt.ColorScheme.Dark)
