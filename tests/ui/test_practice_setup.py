"""First run, after the recovery key: the practice set-up (issue #16, item 3), by keys and
clicks. What it asks lands in the records the rest of the app already reads (the practice
profile in the vault, the preferences file) and nowhere else; Later writes nothing, and
Today offers it again; the demo is offered in a process of its own, and cannot be taken
for the practitioner's vault."""

from __future__ import annotations

import json
import sys

import pytest
from guikit import flush_deletes, focus, unlock_ui
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication
from renderkit import unwritable_folder
from testkit import PASSPHRASE

from counsel_desk.domain.audit import AuditKind
from counsel_desk.domain.notes import NoteKind
from counsel_desk.domain.practice import PracticeProfile
from counsel_desk.domain.preferences import Jurisdiction, Preferences
from counsel_desk.services import preferences
from counsel_desk.storage.settings import preferences_path
from counsel_desk.ui import demo_launch
from counsel_desk.ui.dialogs import backup_files
from counsel_desk.ui.dialogs.create_vault import CreateVaultWindow
from counsel_desk.ui.dialogs.practice_setup import DEMO_NOT_OPENED, PracticeSetupDialog
from counsel_desk.ui.main_window import MainWindow
from counsel_desk.ui.setup_pages import (
    SETUP_PAGES,
    BackupPage,
    LockingPage,
    TermsPage,
    WherePage,
    YouPage,
)
from counsel_desk.ui.window_frame import DEMO_BANNER


def create_through_the_window(qtbot, controller) -> PracticeSetupDialog:
    """Passphrase twice, Create, the key stored, Continue: the set-up over the main window."""
    window = controller.window
    assert isinstance(window, CreateVaultWindow)
    qtbot.keyClicks(window.fields.first, PASSPHRASE)
    qtbot.keyClicks(window.fields.second, PASSPHRASE)
    qtbot.keyClick(window.fields.second, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.showing_key, timeout=20_000)
    qtbot.mouseClick(window.stored, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.continue_button, Qt.MouseButton.LeftButton)
    assert controller.state == "unlocked"
    dialog = controller.window.findChild(PracticeSetupDialog)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def typed(qtbot, field, text: str) -> None:
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, text)


def test_the_set_up_follows_the_recovery_key_and_every_answer_lands_where_it_is_read(
    qtbot, make_controller, vault_dir, tmp_path, monkeypatch
):
    controller = make_controller(vault_dir, idle_ms=None)  # idle locking as preferred
    dialog = create_through_the_window(qtbot, controller)
    main = controller.window
    assert isinstance(main, MainWindow)
    assert dialog.step.text() == f"Step 1 of {len(SETUP_PAGES)}"
    assert dialog.demo_button.isVisible()
    you = dialog.pages[0]
    assert isinstance(you, YouPage)
    focus(qtbot, dialog)
    assert QApplication.focusWidget() is you.name  # typing starts at once
    qtbot.keyClicks(you.name, "Dr Ann Example")
    qtbot.keyClick(you.name, Qt.Key.Key_Tab)
    qtbot.keyClicks(QApplication.focusWidget(), "BACP")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClicks(QApplication.focusWidget(), "MBACP 012345")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # Enter: the next step

    where = dialog.pages[1]
    assert isinstance(where, WherePage)
    assert dialog.stack.currentWidget() is where
    assert not dialog.welcome.isVisible()  # the welcome and demo offer: the first step only
    assert where.buttons[Jurisdiction.UK].isChecked()
    us = where.buttons[Jurisdiction.US]
    qtbot.mouseClick(us, Qt.MouseButton.LeftButton, pos=QPoint(8, us.height() // 2))
    assert "psychotherapy notes" in where.meaning.text()
    assert "HIPAA" in where.meaning.text()
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)

    terms = dialog.pages[2]
    assert isinstance(terms, TermsPage)
    assert QApplication.focusWidget() is terms.minutes
    qtbot.keyClicks(terms.minutes, "60")  # typed over the 50 at once
    assert terms.minutes.value() == 60
    typed(qtbot, terms.fee, "95.50")
    typed(qtbot, terms.notice, "24")
    qtbot.mouseClick(dialog.back_button, Qt.MouseButton.LeftButton)  # back and on again
    assert dialog.stack.currentWidget() is where
    assert where.buttons[Jurisdiction.US].isChecked()
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert terms.minutes.value() == 60
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)

    locking = dialog.pages[3]
    assert isinstance(locking, LockingPage)
    typed(qtbot, locking.minutes, "10")
    qtbot.keyClick(locking.minutes, Qt.Key.Key_Return)

    backups = dialog.pages[4]
    assert isinstance(backups, BackupPage)
    assert dialog.next_button.text() == "Finish"
    assert QApplication.focusWidget() is backups.folder
    usb = tmp_path / "USB"
    usb.mkdir()
    monkeypatch.setattr(backup_files, "choose_folder", lambda parent, start=None: usb)
    qtbot.mouseClick(backups.choose, Qt.MouseButton.LeftButton)
    assert backups.folder.text() == str(usb)
    assert "Backups will be written here" in backups.verdict.text()
    assert list(usb.iterdir()) == []  # the folder was tried, and nothing left in it
    assert preferences.load().backup_folder == ""  # nothing written before Finish
    qtbot.keyClick(backups.folder, Qt.Key.Key_Return)  # Enter on the last step: Finish

    assert not dialog.isVisible()
    profile = controller.workspace.practice.get()
    assert (profile.practitioner_name, profile.professional_body) == ("Dr Ann Example", "BACP")
    assert profile.registration_number == "MBACP 012345"
    assert (profile.default_session_minutes, profile.default_fee_pence) == (60, 9550)
    assert profile.currency == "USD"  # followed where one practises
    assert (profile.client_notice_hours, profile.practitioner_notice_hours) == (24, 24)
    assert profile.late_wait_minutes == PracticeProfile().late_wait_minutes  # the rest kept
    saved = preferences.load()
    assert saved.jurisdiction is Jurisdiction.US
    assert saved.auto_lock_minutes == 10
    assert saved.backup_folder == str(usb)
    assert controller.workspace.backups.folder() == usb  # where Backup now… writes
    assert controller.idle.interval_ms == 10 * 60_000
    assert main.jurisdiction is Jurisdiction.US  # every view's wording follows at once
    assert NoteKind.PROCESS.label(main.view("Notes").jurisdiction) == "Psychotherapy note"
    kinds = [e.kind for e in controller.workspace.audit.recent()]
    assert kinds.count(AuditKind.PRACTICE_UPDATED) == 1
    assert not main.view("Today").setup_offer.isVisible()  # nothing left to offer


def test_later_writes_nothing_and_today_offers_the_set_up_until_it_is_done(
    qtbot, make_controller, vault_dir
):
    controller = make_controller(vault_dir)
    dialog = create_through_the_window(qtbot, controller)
    qtbot.keyClicks(dialog.pages[0].name, "Someone")  # typed, then put off
    qtbot.mouseClick(dialog.later_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert controller.workspace.practice.get() == PracticeProfile()  # the defaults, kept
    assert not preferences_path().exists()  # no preference written either
    kinds = [e.kind for e in controller.workspace.audit.recent()]
    assert AuditKind.PRACTICE_UPDATED not in kinds

    main = controller.window
    today = main.view("Today")
    assert today.setup_offer.isVisible()
    assert main.showing() == "Today"
    flush_deletes()  # the dialog put off is gone
    qtbot.mouseClick(today.setup_offer.button, Qt.MouseButton.LeftButton)
    again = main.findChild(PracticeSetupDialog)
    assert again is not None
    assert again.isVisible()
    assert not again.pages[0].name.text()  # nothing was kept from before
    qtbot.keyClicks(again.pages[0].name, "Ann Example")
    for _ in SETUP_PAGES:
        qtbot.mouseClick(again.next_button, Qt.MouseButton.LeftButton)
    assert not again.isVisible()
    assert controller.workspace.practice.get().practitioner_name == "Ann Example"
    assert preferences.load() == Preferences()  # the defaults, now written
    assert not today.setup_offer.isVisible()

    controller.lock()  # and it stays done
    main = unlock_ui(qtbot, controller)
    flush_deletes()
    assert not main.view("Today").setup_offer.isVisible()
    assert main.findChild(PracticeSetupDialog) is None


def test_finished_with_the_name_left_blank_is_finished_and_today_does_not_offer_it_again(
    qtbot, make_controller, vault_dir
):
    """Step 1 says to leave blank what does not apply: Finish is finished, name or none."""
    controller = make_controller(vault_dir)
    dialog = create_through_the_window(qtbot, controller)
    assert not dialog.pages[0].name.text()
    for _ in SETUP_PAGES:
        qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert not controller.workspace.practice.get().practitioner_name
    assert not controller.workspace.practice.needs_setup()
    main = controller.window
    assert not main.view("Today").setup_offer.isVisible()

    controller.lock()  # and it stays finished
    main = unlock_ui(qtbot, controller)
    flush_deletes()
    assert not main.view("Today").setup_offer.isVisible()


def test_the_set_up_reads_and_keeps_what_settings_hold(qtbot, workspace):
    """From Today, after Settings were changed: the steps start from what is kept, and what
    they do not ask about is left as it was (idle locking off stays off; a practitioner's
    own notice different from the client's stays so)."""
    workspace.practice.save(
        PracticeProfile(client_notice_hours=48, practitioner_notice_hours=72, currency="EUR")
    )
    prefs = Preferences(auto_lock_minutes=0, jurisdiction=Jurisdiction.OTHER, show_names=True)
    dialog = PracticeSetupDialog(workspace.practice, prefs)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.demo_button.isVisible()  # not offered where no demo can be opened
    where, terms, locking = dialog.pages[1], dialog.pages[2], dialog.pages[3]
    assert where.buttons[Jurisdiction.OTHER].isChecked()
    assert "law where you practise" in where.meaning.text()
    assert terms.currency.text() == "EUR"
    assert locking.minutes.text() == "Off"
    typed(qtbot, terms.notice, "24")
    profile, chosen = dialog.answers()
    assert (profile.client_notice_hours, profile.practitioner_notice_hours) == (24, 72)
    assert profile.currency == "EUR"  # elsewhere: the currency is the practitioner's own
    assert chosen == prefs  # nothing asked about changed


def test_the_fee_step_shows_the_fee_as_settings_does(qtbot, workspace):
    """The profile's default fee, written as Settings → Practice writes it (£60.00 there
    was 0.00 here: the same fee, but it did not look it)."""
    from counsel_desk.ui.practice_page import PracticePage

    workspace.practice.save(PracticeProfile(default_fee_pence=6000, currency="GBP"))
    dialog = PracticeSetupDialog(workspace.practice, Preferences())
    qtbot.addWidget(dialog)
    terms = dialog.pages[2]
    settings = PracticePage(workspace.practice.get())
    qtbot.addWidget(settings)
    assert terms.fee.text() == settings.terms.fee.text() == "£60.00"
    terms.currency.setText("USD")
    assert terms.fee.text() == "60.00"
    assert dialog.answers()[0].default_fee_pence == 6000


def test_a_backup_folder_that_cannot_be_written_is_said_and_the_step_is_not_left(
    qtbot, workspace, tmp_path
):
    """Typed by hand: a folder that is not there, a file, a folder no file can be made in
    each keep the set-up on its step with a sentence; emptied, the step is skipped and no
    folder is kept."""
    dialog = PracticeSetupDialog(workspace.practice, Preferences())
    qtbot.addWidget(dialog)
    dialog.show()
    for _ in SETUP_PAGES[:-1]:
        qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    backups = dialog.pages[-1]
    assert isinstance(backups, BackupPage)
    assert dialog.stack.currentWidget() is backups
    a_file = tmp_path / "notes.txt"
    a_file.write_text("x")
    locked = tmp_path / "read-only"
    locked.mkdir()
    cases = (
        (tmp_path / "not-plugged-in", "There is no folder at"),
        (a_file, "is a file, not a folder"),
    )
    with unwritable_folder(locked):
        for folder, said in (*cases, (locked, "cannot write to")):
            typed(qtbot, backups.folder, str(folder))
            qtbot.keyClick(backups.folder, Qt.Key.Key_Return)
            assert dialog.isVisible()
            assert said in dialog.error.text()
            assert said in backups.verdict.text()  # said beside the field as well
            assert dialog.result() == 0
    assert workspace.practice.get() == PracticeProfile()  # nothing saved meanwhile
    backups.folder.clear()
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)  # skipped: Finish
    assert not dialog.isVisible()
    assert dialog.preferences.backup_folder == ""


def test_a_detail_past_the_limit_is_a_sentence_and_nothing_is_saved(qtbot, workspace):
    dialog = PracticeSetupDialog(workspace.practice, Preferences())
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.pages[0].name.setText("A" * 301)
    for _ in SETUP_PAGES:
        qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "Your name can be at most 300 characters." in dialog.error.text()
    assert workspace.practice.get() == PracticeProfile()
    assert dialog.result() == 0


def test_the_demo_is_offered_in_a_process_of_its_own(qtbot, workspace, monkeypatch):
    opened: list[bool] = []
    dialog = PracticeSetupDialog(
        workspace.practice, Preferences(), lambda: opened.append(True) or True
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.demo_button, Qt.MouseButton.LeftButton)
    assert opened == [True]
    assert "its own window" in dialog.demo_said.text()
    assert dialog.isVisible()  # the set-up waits
    failing = PracticeSetupDialog(workspace.practice, Preferences(), lambda: False)
    qtbot.addWidget(failing)
    failing.show()
    qtbot.mouseClick(failing.demo_button, Qt.MouseButton.LeftButton)
    assert failing.demo_said.text() == DEMO_NOT_OPENED

    assert demo_launch.demo_command() == [sys.executable, "-m", "counsel_desk", "--demo"]
    monkeypatch.setattr(sys, "frozen", True, raising=False)  # the bundle's own program
    assert demo_launch.demo_command() == [sys.executable, "--demo"]


def test_the_demo_is_marked_and_keeps_nothing_in_the_practitioners_preferences(
    qtbot, make_controller, closed_vault, alert_log
):
    """The demo's window says what it is across its top and in its title; its Settings
    change the demo only: the practitioner's preferences file is never written."""
    preferences.save(Preferences(auto_lock_minutes=7))
    before = preferences_path().read_bytes()
    controller = make_controller(closed_vault[0], demo_passphrase=PASSPHRASE)
    assert controller.window.passphrase.text() == PASSPHRASE  # the demo's, filled in
    main = unlock_ui(qtbot, controller)
    assert "demo" in main.windowTitle()
    assert main.demo_banner is not None
    assert main.demo_banner.isVisible()
    assert main.demo_banner.text() == DEMO_BANNER
    assert controller.prefs.auto_lock_minutes == Preferences().auto_lock_minutes  # its own
    focus(qtbot, main)
    controller.open_settings()
    from counsel_desk.ui.dialogs.settings import SettingsDialog

    settings = main.findChild(SettingsDialog)
    settings.show_names.setChecked(True)
    qtbot.mouseClick(settings.save_button, Qt.MouseButton.LeftButton)
    assert controller.prefs.show_names  # the demo shows names now…
    assert preferences_path().read_bytes() == before  # …and the practitioner's file is as it was
    controller.open_setup()
    setup = main.findChild(PracticeSetupDialog)
    assert not setup.demo_button.isVisible()  # no demo offered from the demo


@pytest.mark.parametrize("where", list(Jurisdiction))
def test_settings_offers_every_jurisdiction(qtbot, where):
    from counsel_desk.ui.dialogs.settings import SettingsDialog

    dialog = SettingsDialog(Preferences(jurisdiction=where), lambda old, new: None)
    qtbot.addWidget(dialog)
    assert dialog.jurisdiction.currentData() == where.value
    assert dialog.jurisdiction.count() == len(Jurisdiction)


def test_the_preferences_file_keeps_elsewhere(tmp_path):
    preferences.save(Preferences(jurisdiction=Jurisdiction.OTHER))
    assert json.loads(preferences_path().read_text())["jurisdiction"] == "other"
    assert preferences.load().jurisdiction is Jurisdiction.OTHER
