"""Settings: idle minutes, names by default and where you practise, saved and applied at once;
change passphrase."""

from __future__ import annotations

import json

from guikit import focus, unlock_ui
from notekit import unlock_seeded
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)
from testkit import PASSPHRASE

from counsel_desk.domain.notes import process_note_explanation
from counsel_desk.domain.preferences import Jurisdiction
from counsel_desk.services import preferences
from counsel_desk.storage.errors import WrongPassphrase
from counsel_desk.storage.settings import preferences_path
from counsel_desk.ui import widgets as w
from counsel_desk.ui.dialogs.passphrase import PassphraseDialog
from counsel_desk.ui.dialogs.settings import AUTO_LOCK_OFF, SettingsDialog

NEW_PASSPHRASE = "the kettle sings at noon 9"


def open_settings(qtbot, main) -> SettingsDialog:
    focus(qtbot, main)
    qtbot.keyClick(main, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: main.findChild(SettingsDialog) is not None)
    return main.findChild(SettingsDialog)


def test_settings_persist_and_apply_at_once(qtbot, make_controller, closed_vault):
    controller = make_controller(closed_vault[0], idle_ms=None)  # minutes from preferences
    main = unlock_ui(qtbot, controller)
    assert controller.idle.interval_ms == 5 * 60_000  # the default
    dialog = open_settings(qtbot, main)
    assert dialog.auto_lock.value() == 5
    dialog.auto_lock.selectAll()
    qtbot.keyClicks(dialog.auto_lock, "7")
    qtbot.mouseClick(dialog.show_names, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    saved = preferences.load()
    assert saved.auto_lock_minutes == 7
    assert saved.show_names is True
    assert controller.idle.interval_ms == 7 * 60_000
    assert controller.idle.running
    assert main.view("Clients").names_box.isChecked()

    dialog = open_settings(qtbot, main)
    assert dialog.auto_lock.value() == 7
    dialog.auto_lock.selectAll()
    qtbot.keyClicks(dialog.auto_lock, "0")
    assert dialog.auto_lock.value() == 0
    assert dialog.auto_lock.specialValueText() == "Off"
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert preferences.load().auto_lock_minutes == 0
    assert not controller.idle.running


def test_turning_auto_lock_off_asks_first(qtbot, make_controller, closed_vault, alert_log):
    """Issue #9: Off was saved without a word, leaving notes open on an unattended screen."""
    controller = make_controller(closed_vault[0], idle_ms=None)
    main = unlock_ui(qtbot, controller)
    dialog = open_settings(qtbot, main)
    dialog.auto_lock.selectAll()
    qtbot.keyClicks(dialog.auto_lock, "0")
    alert_log.confirm_answer = False  # "Keep locking on"
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert alert_log.texts("confirm") == [AUTO_LOCK_OFF]
    assert dialog.isVisible()
    assert dialog.auto_lock.value() == 5  # back to what it was
    assert preferences.load().auto_lock_minutes == 5
    assert controller.idle.running

    dialog.auto_lock.selectAll()
    qtbot.keyClicks(dialog.auto_lock, "0")
    alert_log.confirm_answer = True  # "Turn off locking"
    qtbot.keyClick(dialog.auto_lock, Qt.Key.Key_Return)
    assert len(alert_log.texts("confirm")) == 2
    assert not dialog.isVisible()
    assert preferences.load().auto_lock_minutes == 0
    assert not controller.idle.running

    dialog = open_settings(qtbot, main)  # already off: saving again does not ask again
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert len(alert_log.texts("confirm")) == 2


def test_cancel_keeps_the_settings(qtbot, make_controller, closed_vault):
    controller = make_controller(closed_vault[0])
    main = unlock_ui(qtbot, controller)
    dialog = open_settings(qtbot, main)
    dialog.auto_lock.selectAll()
    qtbot.keyClicks(dialog.auto_lock, "9")
    dialog.reject()
    assert preferences.load().auto_lock_minutes == 5


def test_change_passphrase(qtbot, make_controller, closed_vault, alert_log):
    controller = make_controller(closed_vault[0])
    main = unlock_ui(qtbot, controller)
    settings = open_settings(qtbot, main)
    qtbot.mouseClick(settings.passphrase_button, Qt.MouseButton.LeftButton)
    dialog = settings.findChild(PassphraseDialog)

    qtbot.keyClicks(dialog.current, "not my passphrase")
    qtbot.keyClicks(dialog.fields.first, NEW_PASSPHRASE)
    qtbot.keyClicks(dialog.fields.second, NEW_PASSPHRASE)
    qtbot.mouseClick(dialog.change_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.error.text() != "", timeout=10_000)
    assert dialog.error.text() == WrongPassphrase().message
    assert dialog.current.text() == ""

    qtbot.keyClicks(dialog.current, PASSPHRASE)
    qtbot.mouseClick(dialog.change_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: alert_log.texts("info") != [], timeout=10_000)
    assert "passphrase has been changed" in alert_log.texts("info")[0]

    controller.lock()
    unlock_ui(qtbot, controller, NEW_PASSPHRASE)


def test_where_you_practise_is_saved_and_changes_the_process_note_wording(
    qtbot, make_controller, closed_vault
):
    controller, main, _seeded = unlock_seeded(qtbot, make_controller, closed_vault[0])
    focus(qtbot, main)
    qtbot.mouseClick(main.view("Today").write_button, Qt.MouseButton.LeftButton)
    fields = main.view("Notes").editor.fields
    fields.kind.setFocus()
    qtbot.keyClick(fields.kind, Qt.Key.Key_Down)  # Session note → Process note
    assert fields.kind.currentText() == "Process note"
    assert fields.explanation.isVisible()
    assert fields.explanation.text() == process_note_explanation(Jurisdiction.UK)

    dialog = open_settings(qtbot, main)
    assert dialog.jurisdiction.currentText() == "United Kingdom"  # the default
    dialog.jurisdiction.setFocus()
    qtbot.keyClick(dialog.jurisdiction, Qt.Key.Key_Down)
    assert dialog.jurisdiction.currentText() == "United States"
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    saved = json.loads(preferences_path().read_text("utf-8"))
    assert saved["jurisdiction"] == "us"
    assert controller.prefs.jurisdiction is Jurisdiction.US
    assert fields.kind.currentText() == "Psychotherapy note"
    assert fields.explanation.isVisible()
    assert fields.explanation.text() == process_note_explanation(Jurisdiction.US)
    assert "HIPAA" in fields.explanation.text()
    for combo in (fields.kind, main.view("Search").kind):  # the longer name is not cut short
        longest = max(
            combo.fontMetrics().horizontalAdvance(combo.itemText(i)) for i in range(combo.count())
        )
        qtbot.waitUntil(lambda c=combo, n=longest: c.width() > n)

    dialog = open_settings(qtbot, main)  # reopened, it shows the saved choice
    assert dialog.jurisdiction.currentText() == "United States"
    dialog.reject()


def test_enter_in_the_change_passphrase_form_changes_it(
    qtbot, make_controller, closed_vault, alert_log
):
    """Issue #9: Cancel was the default button, so Enter threw the typed passphrases away."""
    controller = make_controller(closed_vault[0])
    main = unlock_ui(qtbot, controller)
    settings = open_settings(qtbot, main)
    qtbot.mouseClick(settings.passphrase_button, Qt.MouseButton.LeftButton)
    dialog = settings.findChild(PassphraseDialog)
    qtbot.keyClicks(dialog.current, PASSPHRASE)
    qtbot.keyClicks(dialog.fields.first, NEW_PASSPHRASE)
    qtbot.keyClicks(dialog.fields.second, NEW_PASSPHRASE)
    qtbot.keyClick(dialog.fields.second, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: alert_log.texts("info") != [], timeout=10_000)
    assert "passphrase has been changed" in alert_log.texts("info")[0]


def test_every_settings_page_keeps_a_margin_inside_its_tab(qtbot, make_controller, closed_vault):
    main = unlock_ui(qtbot, make_controller(closed_vault[0]))
    dialog = open_settings(qtbot, main)
    kinds = (QLabel, QLineEdit, QAbstractSpinBox, QComboBox, QAbstractButton, QPlainTextEdit)
    assert dialog.tabs.count() == 2
    for index in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(index)
        page = dialog.tabs.widget(index)
        qtbot.waitUntil(page.isVisible)
        shown = [c for c in page.findChildren(QWidget) if isinstance(c, kinds) and c.isVisible()]
        assert shown
        lefts = [c.mapTo(page, QPoint(0, 0)).x() for c in shown]
        tops = [c.mapTo(page, QPoint(0, 0)).y() for c in shown]
        name = dialog.tabs.tabText(index)
        assert min(lefts) >= w.SPACING, name  # nothing touches the tab's edge
        assert min(tops) >= w.SPACING, name
    dialog.reject()
