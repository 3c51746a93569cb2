"""After a crash, unsaved text goes back into its notes (``ui/draft_restore.py``), and
unlocking says so once, naming clients by code."""

from __future__ import annotations

import datetime as dt

from guikit import unlock_ui
from testkit import PASSPHRASE

from counsel_desk.domain.clients import ClientDraft
from counsel_desk.domain.sessions import SessionDraft
from counsel_desk.services.workspace import unlock
from counsel_desk.ui.draft_restore import restore_drafts


def _note(ws, code: str, text: str) -> int:
    client = ws.clients.add(ClientDraft(code=code))
    session = ws.sessions.add(SessionDraft(client.id, dt.datetime(2024, 5, 1, 10, 0)))
    note = ws.notes.create(session.id, "builtin:free_text")
    return ws.notes.save(note.id, text).id


def test_nothing_pending_says_nothing(workspace):
    _note(workspace, "C-001", "Saved.")
    assert restore_drafts(workspace.notes) is None


def test_fresh_text_is_restored_and_stale_text_stays_a_draft(workspace):
    fresh = _note(workspace, "C-002", "Saved.")
    stale = _note(workspace, "C-001", "Saved too.")
    workspace.notes.autosave_draft(fresh, "Saved. And then the unsaved part.")
    workspace.notes.autosave_draft(stale, "typed in an old window", base_revision=1)

    said = restore_drafts(workspace.notes)

    assert said == (
        "Counsel Desk closed without saving last time. Unsaved text was restored in 2 notes "
        "(C-001, C-002); please read them through."
    )
    assert workspace.notes.get(fresh).body == "Saved. And then the unsaved part."
    assert workspace.notes.get(stale).body == "Saved too."  # the note changed after: kept
    assert workspace.notes.get_draft(stale).body == "typed in an old window"
    assert [d.note_id for d in workspace.notes.pending_drafts()] == [stale]


def test_one_note_is_named_in_the_singular(workspace):
    note = _note(workspace, "C-003", "Saved.")
    workspace.notes.autosave_draft(note, "Saved. More.")
    said = restore_drafts(workspace.notes)
    assert said is not None
    assert "restored in 1 note (C-003); please read it through." in said


def test_unlocking_after_a_crash_restores_and_tells_once(
    qtbot, make_controller, closed_vault, alert_log
):
    folder, _key = closed_vault
    ws = unlock(folder, PASSPHRASE)
    try:
        note = _note(ws, "C-009", "Saved.")
        ws.notes.autosave_draft(note, "Saved. Typed just before the crash.")
    finally:
        ws.close()  # as a crash would leave it: the draft row, not the note
    controller = make_controller(folder)
    unlock_ui(qtbot, controller)
    assert controller.workspace.notes.get(note).body == "Saved. Typed just before the crash."
    assert [t for t in alert_log.texts("info") if "closed without saving" in t] == [
        "Counsel Desk closed without saving last time. Unsaved text was restored in 1 note "
        "(C-009); please read it through."
    ]
    controller.lock()
    unlock_ui(qtbot, controller)
    assert len(alert_log.texts("info")) == 1  # said once: nothing left to restore
