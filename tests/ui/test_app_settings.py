"""Preferences while the app runs (``ui/app_settings.py``): read when first needed, saved
and announced when Settings are saved, and followed by the idle lock and the window."""

from __future__ import annotations

from dataclasses import replace

from guikit import unlock_ui
from PySide6.QtCore import Qt

from counsel_desk.domain.preferences import Jurisdiction, Preferences
from counsel_desk.services import preferences
from counsel_desk.ui.app_settings import AppSettings
from counsel_desk.ui.dialogs.settings import SettingsDialog
from counsel_desk.ui.idle import IdleTimer


def test_preferences_are_read_from_the_file_when_first_asked(qapp):
    preferences.save(Preferences(auto_lock_minutes=17, show_names=True))
    settings = AppSettings()
    assert settings._prefs is None  # nothing read yet: the first window does not wait
    assert settings.prefs.auto_lock_minutes == 17
    assert settings.prefs.show_names


def test_applying_announces_only_a_change(qapp):
    settings = AppSettings()
    heard: list[Preferences] = []
    settings.changed.connect(heard.append)
    same = settings.prefs
    settings.apply(same)
    assert heard == []
    changed = replace(same, jurisdiction=Jurisdiction.US)
    settings.apply(changed)
    assert heard == [changed]
    assert settings.prefs is changed


def test_saving_the_dialog_writes_the_file_and_applies(qtbot, qapp):
    from PySide6.QtWidgets import QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    settings = AppSettings()
    heard: list[Preferences] = []
    settings.changed.connect(heard.append)
    dialog = settings.open_dialog(parent, lambda old, new: None)
    assert isinstance(dialog, SettingsDialog)
    dialog.auto_lock.setValue(12)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert [p.auto_lock_minutes for p in heard] == [12]
    assert preferences.load().auto_lock_minutes == 12


def test_the_idle_lock_follows_a_change(qtbot, make_controller, closed_vault):
    controller = make_controller(closed_vault[0], idle_ms=None)
    unlock_ui(qtbot, controller)
    assert controller.idle.interval_ms == IdleTimer.minutes(controller.prefs.auto_lock_minutes)
    controller.settings.apply(replace(controller.prefs, auto_lock_minutes=3))
    assert controller.idle.interval_ms == IdleTimer.minutes(3)
