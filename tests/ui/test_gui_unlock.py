"""Unlocking: the right passphrase opens, a wrong one changes nothing, the recovery key
sets a new passphrase, and vault problems are shown as their sentence."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest
from guikit import focus, screen_text, unlock_ui
from PySide6.QtCore import Qt
from testkit import PASSPHRASE

from counsel_desk.domain.secrets import format_recovery_key
from counsel_desk.services.workspace import unlock
from counsel_desk.storage.errors import VaultInUse, WrongPassphrase, WrongRecoveryKey
from counsel_desk.ui.controller import INCOMPLETE
from counsel_desk.ui.dialogs.recovery import RecoveryDialog
from counsel_desk.ui.dialogs.unlock import (
    CAPS_LOCK_ON,
    EMPTY,
    LOCKED_TITLE,
    UnlockWindow,
    caps_lock_guess,
)
from counsel_desk.ui.main_window import MainWindow
from counsel_desk.ui.problem import ProblemBox

NEW_PASSPHRASE = "a quiet harbour at dawn 7"


def folder_hashes(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


def test_right_passphrase_opens_the_main_window(qtbot, make_controller, closed_vault):
    folder, _key = closed_vault
    controller = make_controller(folder)
    assert isinstance(controller.window, UnlockWindow)
    assert controller.window.windowTitle() == LOCKED_TITLE
    main = unlock_ui(qtbot, controller)
    assert isinstance(main, MainWindow)
    assert main.windowTitle() == "Counsel Desk"
    assert controller.workspace.is_open


def test_wrong_passphrase_says_so_and_changes_nothing(qtbot, make_controller, closed_vault):
    folder, _key = closed_vault
    before = folder_hashes(folder)
    controller = make_controller(folder)
    window = controller.window
    window.show()
    qtbot.keyClicks(window.passphrase, "not the passphrase at all")
    qtbot.mouseClick(window.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.error.text() != "", timeout=10_000)

    assert window.error.text() == WrongPassphrase().message
    assert window.passphrase.text() == ""
    assert window.passphrase.hasFocus()
    assert window.unlock_button.isEnabled()
    assert controller.state == "locked"
    assert folder_hashes(folder) == before

    unlock_ui(qtbot, controller)  # and the retry works
    assert controller.state == "unlocked"


def test_recovery_key_sets_a_new_passphrase_and_opens(qtbot, make_controller, closed_vault):
    folder, recovery_key = closed_vault
    controller = make_controller(folder)
    qtbot.mouseClick(controller.window.forgot_button, Qt.MouseButton.LeftButton)
    dialog = controller.window.findChild(RecoveryDialog)
    assert dialog.isVisible()

    qtbot.keyClicks(dialog.key, recovery_key.replace("-", " ").lower())
    qtbot.keyClicks(dialog.fields.first, NEW_PASSPHRASE)
    qtbot.keyClicks(dialog.fields.second, NEW_PASSPHRASE)
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: controller.state == "unlocked", timeout=10_000)
    assert isinstance(controller.window, MainWindow)

    controller.lock()
    unlock_ui(qtbot, controller, NEW_PASSPHRASE)
    controller.lock()
    window = controller.window
    qtbot.keyClicks(window.passphrase, PASSPHRASE)  # the old one no longer opens
    qtbot.keyClick(window.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.error.text() == WrongPassphrase().message, timeout=10_000)


def recover_with(qtbot, controller, key: str) -> RecoveryDialog:
    """Type ``key`` and a new passphrase twice into the recovery dialog and submit."""
    qtbot.mouseClick(controller.window.forgot_button, Qt.MouseButton.LeftButton)
    dialog = controller.window.findChild(RecoveryDialog)
    qtbot.keyClicks(dialog.key, key)
    qtbot.keyClicks(dialog.fields.first, NEW_PASSPHRASE)
    qtbot.keyClicks(dialog.fields.second, NEW_PASSPHRASE)
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.error.text() != "", timeout=10_000)
    return dialog


def test_a_typo_in_the_recovery_key_is_caught_as_a_typo(qtbot, make_controller, closed_vault):
    folder, recovery_key = closed_vault
    before = folder_hashes(folder)
    controller = make_controller(folder)
    # The last character is all checksum: changing it leaves the key and breaks the sum.
    typo = recovery_key[:-1] + ("A" if recovery_key[-1] != "A" else "C")
    dialog = recover_with(qtbot, controller, typo)
    assert dialog.error.text() == (
        "The recovery key has a typo: check each group against your printed copy."
    )
    assert controller.state == "locked"
    assert dialog.open_button.isEnabled()
    assert folder_hashes(folder) == before


def test_a_well_formed_key_of_no_vault_is_refused_as_wrong(qtbot, make_controller, closed_vault):
    folder, _recovery_key = closed_vault
    before = folder_hashes(folder)
    controller = make_controller(folder)
    other = format_recovery_key(os.urandom(32))  # a valid key, but not this vault's
    dialog = recover_with(qtbot, controller, other)
    assert dialog.error.text() == WrongRecoveryKey().message
    assert controller.state == "locked"
    assert dialog.open_button.isEnabled()
    assert folder_hashes(folder) == before


def test_a_vault_in_use_is_shown_as_its_sentence(qtbot, make_controller, closed_vault):
    folder, _key = closed_vault
    other = unlock(folder, PASSPHRASE)  # another window holds it
    try:
        controller = make_controller(folder)
        window = controller.window
        qtbot.keyClicks(window.passphrase, PASSPHRASE)
        qtbot.keyClick(window.passphrase, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: window.error.text() != "", timeout=10_000)
        assert window.error.text() == VaultInUse().message
        assert controller.state == "locked"
    finally:
        other.close()


def test_demo_passphrase_is_shown_and_prefilled(qtbot, make_controller, closed_vault):
    folder, _key = closed_vault
    controller = make_controller(folder, demo_passphrase=PASSPHRASE)
    window = controller.window
    assert window.demo_hint.text() == f"Demo vault — passphrase: {PASSPHRASE}"
    assert window.passphrase.text() == PASSPHRASE
    qtbot.mouseClick(window.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: controller.state == "unlocked", timeout=10_000)


def test_typing_the_shown_demo_passphrase_replaces_the_prefilled_one(
    qtbot, make_controller, closed_vault
):
    controller = make_controller(closed_vault[0], demo_passphrase=PASSPHRASE)
    window = controller.window
    focus(qtbot, window)
    qtbot.keyClicks(window.passphrase, PASSPHRASE)  # as the hint invites
    assert window.passphrase.text() == PASSPHRASE
    qtbot.keyClick(window.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: controller.state == "unlocked", timeout=10_000)


def test_an_incomplete_vault_gets_a_clear_message(make_controller, tmp_path):
    folder = tmp_path / "vault"
    folder.mkdir()
    (folder / "vault.db").write_bytes(b"")  # a database without its key files
    controller = make_controller(folder)
    assert controller.state == "problem"
    assert isinstance(controller.window, ProblemBox)
    assert controller.window.text() == INCOMPLETE.format(folder=folder)
    assert sorted(p.name for p in folder.iterdir()) == ["vault.db"]
    assert "Traceback" not in screen_text()


def test_enter_after_the_recovery_form_recovers_instead_of_cancelling(
    qtbot, make_controller, closed_vault
):
    """Issue #9: Cancel was the default button, so Enter threw the typed key away."""
    folder, recovery_key = closed_vault
    controller = make_controller(folder)
    qtbot.mouseClick(controller.window.forgot_button, Qt.MouseButton.LeftButton)
    dialog = controller.window.findChild(RecoveryDialog)
    qtbot.keyClicks(dialog.key, recovery_key)
    qtbot.keyClicks(dialog.fields.first, NEW_PASSPHRASE)
    qtbot.keyClicks(dialog.fields.second, NEW_PASSPHRASE)
    qtbot.keyClick(dialog.fields.second, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: controller.state == "unlocked", timeout=10_000)


def test_quit_from_the_unlock_window_by_button_or_ctrl_q(qtbot, make_controller, closed_vault):
    controller = make_controller(closed_vault[0])
    window = controller.window
    focus(qtbot, window)
    with qtbot.waitSignal(controller.quit_requested):
        qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert controller.state == "closed"

    controller = make_controller(closed_vault[0])
    with qtbot.waitSignal(controller.quit_requested):
        qtbot.mouseClick(controller.window.quit_button, Qt.MouseButton.LeftButton)
    assert controller.state == "closed"


def test_show_passphrase_shows_it_and_keeps_it_out_of_prediction(
    qtbot, make_controller, closed_vault
):
    controller = make_controller(closed_vault[0])
    window = controller.window
    qtbot.keyClicks(window.passphrase, "secret words")
    assert window.passphrase.displayText() != "secret words"
    qtbot.mouseClick(window.show_box, Qt.MouseButton.LeftButton)
    assert window.passphrase.displayText() == "secret words"
    hints = window.passphrase.inputMethodHints()
    for hint in (
        Qt.InputMethodHint.ImhSensitiveData,
        Qt.InputMethodHint.ImhNoPredictiveText,
        Qt.InputMethodHint.ImhNoAutoUppercase,
    ):
        assert hints & hint, hint
    qtbot.mouseClick(window.show_box, Qt.MouseButton.LeftButton)
    assert window.passphrase.displayText() != "secret words"
    assert window.passphrase.inputMethodHints() & Qt.InputMethodHint.ImhHiddenText


def test_caps_lock_is_guessed_from_letters_and_shift(qtbot, make_controller, closed_vault):
    controller = make_controller(closed_vault[0])
    window = controller.window
    field = window.passphrase
    assert not window.caps_warning.isVisibleTo(window)
    qtbot.keyClicks(field, "7")  # tells nothing
    assert window.caps_warning.text() == ""
    qtbot.keyClicks(field, "AUT")  # capitals without Shift
    assert window.caps_warning.isVisibleTo(window)
    assert window.caps_warning.text() == CAPS_LOCK_ON
    qtbot.keyClick(field, "u")  # a small letter without Shift: Caps Lock is off again
    assert window.caps_warning.text() == ""
    qtbot.keyClick(field, "a", Qt.KeyboardModifier.ShiftModifier)  # small with Shift: on
    assert window.caps_warning.text() == CAPS_LOCK_ON
    qtbot.keyClick(field, "M", Qt.KeyboardModifier.ShiftModifier)  # capital with Shift: off
    assert window.caps_warning.text() == ""


@pytest.mark.parametrize(
    ("typed", "shift", "on"),
    [
        *[("A", False, True), ("A", True, False), ("a", True, True), ("a", False, False)],
        *[("é", False, False), ("É", False, True), ("5", False, None), ("!", True, None)],
    ],
)
def test_the_caps_lock_guess(typed, shift, on):
    assert caps_lock_guess(typed, shift) is on


def test_an_empty_passphrase_sentence_goes_once_typing_starts(qtbot, make_controller, closed_vault):
    controller = make_controller(closed_vault[0])
    window = controller.window
    qtbot.keyClick(window.passphrase, Qt.Key.Key_Return)
    assert window.error.text() == EMPTY
    qtbot.keyClicks(window.passphrase, "a")
    assert window.error.text() == ""


LAZY_UNLOCK = """
import sys, threading, time
from pathlib import Path

first_import = {}


class Watch:
    '''Notes the thread that first imports each module; finds nothing itself.'''

    def find_spec(self, name, path=None, target=None):
        first_import.setdefault(name, threading.current_thread().name)
        return None


sys.meta_path.insert(0, Watch())
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

app = QApplication([])
from counsel_desk.ui.controller import AppController

controller = AppController(Path(sys.argv[1]))
controller.start()
heavy = ("counsel_desk.services.workspace", "sqlcipher3", "counsel_desk.services.notes")
print("before", [m for m in heavy if m in sys.modules])
QTest.keyClicks(controller.window.passphrase, sys.argv[2])
QTest.keyClick(controller.window.passphrase, Qt.Key.Key_Return)
deadline = time.monotonic() + 30
while controller.state != "unlocked" and time.monotonic() < deadline:
    app.processEvents()
    time.sleep(0.01)
print("state", controller.state, type(controller.window).__name__)
print("main", threading.main_thread().name)
for module in heavy:
    print("imported", module, first_import.get(module))
controller.shutdown()
"""


def test_unlock_runs_on_the_worker_thread_and_loads_the_services_there(closed_vault):
    """As the app does: a fresh process shows the unlock window without the service layer;
    Enter unlocks on the worker thread, which is where the database driver, the workspace
    and the notes service are first imported. (In-process tests import them early.)"""
    folder, _key = closed_vault
    result = subprocess.run(
        [sys.executable, "-c", LAZY_UNLOCK, str(folder), PASSPHRASE],
        capture_output=True,
        text=True,
        timeout=90,
        check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "before []"  # the unlock window needed none of them
    assert lines[1] == "state unlocked MainWindow"
    main_thread = lines[2].removeprefix("main ")
    imported = [line.split() for line in lines[3:]]
    assert len(imported) == 3
    for _word, module, thread in imported:
        assert thread not in (main_thread, "None"), f"{module} was imported on {thread}"
