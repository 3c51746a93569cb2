"""A copy taken before an upgrade, once it may go, is removed on unlocking and the
practitioner is told in one line, once."""

from __future__ import annotations

from guikit import unlock_ui
from vaultkit import copy_due_for_removal


def test_the_removed_copy_is_said_once_after_unlocking(
    qtbot, make_controller, closed_vault, alert_log
):
    folder, _ = closed_vault
    name = copy_due_for_removal(folder)
    controller = make_controller(folder)
    unlock_ui(qtbot, controller)
    (text,) = alert_log.texts("info")
    assert text == (
        f"The copy of the vault taken before an upgrade ({name}) was removed: the upgraded "
        "vault was checked and has opened safely 3 times over at least 7 days."
    )
    assert "\n" not in text
    assert not (folder / name).exists()
    controller.lock()
    unlock_ui(qtbot, controller)
    assert len(alert_log.texts("info")) == 1  # nothing more to say the second time
