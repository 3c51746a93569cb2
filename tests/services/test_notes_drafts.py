"""Autosave and recovery: drafts survive closing without saving and a kill -9 of the writer."""

from __future__ import annotations

import datetime as dt
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from testkit import PASSPHRASE

from counsel_desk.domain.model import ClientDraft, SessionDraft
from counsel_desk.services.workspace import unlock


@pytest.fixture
def note_id(workspace) -> int:
    client = workspace.clients.add(ClientDraft(code="C-007"))
    session = workspace.sessions.add(SessionDraft(client.id, dt.datetime(2024, 5, 1, 10, 0)))
    note = workspace.notes.create(session.id, "builtin:free_text")
    return workspace.notes.save(note.id, "Saved first paragraph.", title="Session 4").id


def test_autosave_keeps_one_draft_per_note_and_saving_clears_it(workspace, note_id: int) -> None:
    for n in range(1, 6):
        workspace.notes.autosave_draft(note_id, "Saved first paragraph." + " more" * n, 22 + 5 * n)
    draft = workspace.notes.get_draft(note_id)
    assert draft is not None
    assert draft.body.endswith("more more more more more")
    assert draft.cursor == 47
    assert draft.title == "Session 4"
    assert draft.base_revision == 2
    assert draft.saved_at.tzinfo is dt.UTC
    (summary,) = workspace.notes.unfinished()
    assert summary.has_draft
    workspace.notes.save(note_id, draft.body)
    assert workspace.notes.get_draft(note_id) is None
    assert workspace.notes.pending_drafts() == []


def test_a_draft_equal_to_the_saved_text_is_not_offered(workspace, note_id: int) -> None:
    workspace.notes.autosave_draft(note_id, "Saved first paragraph.")
    assert workspace.notes.pending_drafts() == []
    workspace.notes.autosave_draft(note_id, "Saved first paragraph.", title="New title")
    assert [p.title for p in workspace.notes.pending_drafts()] == ["New title"]


def test_closing_without_saving_offers_the_draft_on_unlock(workspace, note_id: int) -> None:
    folder = workspace.folder
    workspace.notes.autosave_draft(note_id, "Saved first paragraph. Unsaved second.", 39)
    workspace.close()
    reopened = unlock(folder, PASSPHRASE)
    try:
        (pending,) = reopened.notes.pending_drafts()
        assert (pending.note_id, pending.client_code, pending.stale) == (note_id, "C-007", False)
        assert reopened.today.overview(dt.date(2024, 5, 1)).pending_drafts == (pending,)
        assert reopened.notes.get(note_id).body == "Saved first paragraph."
        note = reopened.notes.restore_draft(note_id)
        assert note.body == "Saved first paragraph. Unsaved second."
        assert reopened.notes.pending_drafts() == []
    finally:
        reopened.close()


def test_discarding_a_draft_keeps_the_saved_text(workspace, note_id: int) -> None:
    workspace.notes.autosave_draft(note_id, "something else")
    workspace.notes.discard_draft(note_id)
    assert workspace.notes.pending_drafts() == []
    assert workspace.notes.get(note_id).body == "Saved first paragraph."


def test_a_draft_typed_over_an_older_revision_is_marked_stale(workspace, note_id: int) -> None:
    workspace.notes.autosave_draft(note_id, "typed in an old window", base_revision=1)
    (pending,) = workspace.notes.pending_drafts()
    assert pending.stale


WRITER = textwrap.dedent(
    """
    import os, signal, sys
    from counsel_desk.services.workspace import unlock
    ws = unlock(sys.argv[1], sys.argv[2])
    note_id = int(sys.argv[3])
    text = ""
    for word in "the client spoke about the move and about sleeping badly".split():
        text += word + " "
        ws.notes.autosave_draft(note_id, text, len(text))
    sys.stdout.write("typed\\n")
    sys.stdout.flush()
    os.kill(os.getpid(), signal.SIGKILL)
    """
)


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX signals")
def test_kill_9_while_typing_loses_nothing_autosaved(workspace, note_id: int) -> None:
    folder: Path = workspace.folder
    workspace.close()
    proc = subprocess.run(
        [sys.executable, "-c", WRITER, str(folder), PASSPHRASE, str(note_id)],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ},
        check=False,
    )
    assert proc.returncode == -signal.SIGKILL, proc.stderr
    assert proc.stdout == "typed\n"
    reopened = unlock(folder, PASSPHRASE)
    try:
        (pending,) = reopened.notes.pending_drafts()
        assert pending.note_id == note_id
        draft = reopened.notes.get_draft(note_id)
        assert draft is not None
        assert draft.body.endswith("sleeping badly ")
        assert all(check.ok for check in reopened.vault.verify())
    finally:
        reopened.close()
