"""The window's place per set of screens (issue #16 item 4): kept for each set-up, brought
back on the screen it was on if that is still there (wholly on it), else centred on the
primary screen; never off every screen. Fake screens and saved states, then the real
window through a quit and a new start."""

from __future__ import annotations

import pytest
from guikit import unlock_ui
from PySide6.QtCore import QRect, QSettings, QSize
from PySide6.QtGui import QGuiApplication

from counsel_desk.ui.window_frame import (
    TOP_ALLOWANCE,
    Screen,
    place_for,
    remember_place,
    setup_of,
    window_state,
)

LAPTOP = Screen("eDP-1", QRect(0, 0, 1280, 752))
MONITOR = Screen("DP-1", QRect(1280, 0, 1920, 1040))
WANTED, SMALLEST = QSize(1100, 720), QSize(700, 480)


@pytest.fixture
def settings(tmp_path) -> QSettings:
    return QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)


def wholly_on(rect: QRect, screen: Screen) -> bool:
    return screen.available.adjusted(0, TOP_ALLOWANCE, 0, 0).contains(rect)


def test_nothing_kept_the_default_size_centred_on_the_primary_screen(settings):
    rect, maximised = place_for(settings, [LAPTOP, MONITOR], MONITOR, WANTED, SMALLEST)
    assert rect.size() == WANTED
    assert rect.center() == MONITOR.available.center()
    assert not maximised
    rect, _ = place_for(settings, [LAPTOP], LAPTOP, WANTED, SMALLEST)
    assert rect.size() == QSize(1100, int(752 * 0.92))  # shrunk to fit, with a margin
    assert wholly_on(rect, LAPTOP)
    assert abs(rect.center().y() - LAPTOP.available.center().y()) <= TOP_ALLOWANCE


def test_each_set_of_screens_has_its_own_place(settings):
    at_desk = QRect(1500, 100, 1400, 900)
    alone = QRect(40, 60, 1000, 650)
    remember_place(settings, [LAPTOP, MONITOR], "DP-1", at_desk, False)
    remember_place(settings, [LAPTOP], "eDP-1", alone, True)
    assert place_for(settings, [LAPTOP, MONITOR], LAPTOP, WANTED, SMALLEST) == (at_desk, False)
    assert place_for(settings, [LAPTOP], LAPTOP, WANTED, SMALLEST) == (alone, True)
    assert setup_of([MONITOR, LAPTOP]) == "DP-1 1920x1040, eDP-1 1280x752"


def test_a_screen_that_is_gone_centres_the_window_on_the_primary_one(settings):
    """Kept on the monitor; the laptop is now alone: not off at x 1500, but centred on the
    laptop's screen, its size kept as far as the screen allows."""
    remember_place(settings, [LAPTOP, MONITOR], "DP-1", QRect(1500, 100, 1400, 900), False)
    rect, _ = place_for(settings, [LAPTOP], LAPTOP, WANTED, SMALLEST)
    assert wholly_on(rect, LAPTOP)
    assert rect.center().x() == pytest.approx(LAPTOP.available.center().x(), abs=1)
    assert rect.width() <= LAPTOP.available.width()


def test_the_same_screen_smaller_now_keeps_the_window_wholly_on_it(settings):
    """The monitor is still there but its free area shrank (a lower resolution): the window
    is moved in and shrunk to fit, on the same screen."""
    remember_place(settings, [LAPTOP, MONITOR], "DP-1", QRect(2600, 500, 1400, 900), False)
    smaller = Screen("DP-1", QRect(1280, 0, 1600, 870))
    rect, _ = place_for(settings, [LAPTOP, smaller], LAPTOP, WANTED, SMALLEST)
    assert wholly_on(rect, smaller)
    assert rect.width() == 1400
    assert rect.height() == 870 - TOP_ALLOWANCE


@pytest.mark.parametrize(
    "kept",
    [
        QRect(-5000, -5000, 900, 600),  # far up and left of everything
        QRect(9000, 9000, 900, 600),  # far down and right
        QRect(100, 700, 900, 600),  # hanging off the bottom
        QRect(0, 0, 9000, 9000),  # larger than the screen
    ],
)
def test_never_off_screen(settings, kept):
    remember_place(settings, [LAPTOP], "eDP-1", kept, False)
    rect, _ = place_for(settings, [LAPTOP], LAPTOP, WANTED, SMALLEST)
    assert wholly_on(rect, LAPTOP)
    assert rect.width() >= SMALLEST.width()


def test_a_broken_line_in_the_file_starts_that_set_up_afresh(settings):
    remember_place(settings, [LAPTOP], "eDP-1", QRect(40, 60, 1000, 650), False)
    settings.beginGroup("screens")
    group = settings.childGroups()[0]
    settings.endGroup()
    settings.setValue(f"screens/{group}/rect", "forty, sixty")
    rect, _ = place_for(settings, [LAPTOP], LAPTOP, WANTED, SMALLEST)
    assert rect.center().x() == LAPTOP.available.center().x()
    assert rect.size() == QSize(1100, int(752 * 0.92))


def test_with_several_kept_an_unknown_set_up_takes_the_latest_on_a_screen_still_there(
    settings,
):
    remember_place(settings, [LAPTOP], "eDP-1", QRect(10, 40, 800, 600), False)
    remember_place(settings, [LAPTOP, MONITOR], "eDP-1", QRect(20, 50, 900, 640), False)
    projector = Screen("HDMI-1", QRect(1280, 0, 1024, 768))
    rect, _ = place_for(settings, [LAPTOP, projector], LAPTOP, WANTED, SMALLEST)
    assert rect == QRect(20, 50, 900, 640)


def test_the_window_comes_back_where_it_was_after_quitting(qtbot, make_controller, closed_vault):
    controller = make_controller(closed_vault[0])
    main = unlock_ui(qtbot, controller)
    screen = QGuiApplication.primaryScreen().availableGeometry()
    width = main.minimumSizeHint().width() + 2  # the offscreen screen is 800 wide
    chosen = QRect(screen.x() + 10, screen.y() + 60, width, 500)
    main.setGeometry(chosen)
    kept = main.geometry()
    controller.quit(back_up=False)
    qtbot.waitUntil(lambda: controller.state == "closed")
    state = window_state()
    state.beginGroup("screens")
    assert len(state.childGroups()) == 1
    state.endGroup()

    again = make_controller(closed_vault[0])
    main = unlock_ui(qtbot, again)
    assert main.geometry().size() == kept.size()
    assert main.geometry().topLeft() == kept.topLeft()
