"""Autosave and recovery: drafts survive closing without saving and a kill -9 of the writer."""

from __future__ import annotations

import datetime as dt
import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from testkit import PASSPHRASE

from counsel_desk.domain.clients import ClientDraft
from counsel_desk.domain.sessions import SessionDraft
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


WORDS = "the client spoke about the move and about sleeping badly".split()

WRITER = textwrap.dedent(
    """
    import sys
    from counsel_desk.services.workspace import unlock
    ws = unlock(sys.argv[1], sys.argv[2])
    note_id = int(sys.argv[3])
    words = sys.argv[4].split()
    text, n = "", 0
    print("ready", flush=True)
    while True:  # typing, autosaving after each word, until killed
        text += words[n % len(words)] + " "
        n += 1
        ws.notes.autosave_draft(note_id, text, len(text))
        print(n, flush=True)
    """
)


def _typed(count: int) -> str:
    return "".join(WORDS[i % len(WORDS)] + " " for i in range(count))


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX signals")
@pytest.mark.parametrize("trial", range(3))
def test_kill_9_while_typing_loses_nothing_autosaved(workspace, note_id: int, trial: int) -> None:
    """The writer is killed while it types and saves; what it reported saved must be there,
    and at most the one save under way when it died may be there besides."""
    folder: Path = workspace.folder
    workspace.close()
    child = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(folder), PASSPHRASE, str(note_id), " ".join(WORDS)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ},
    )
    try:
        assert child.stdout is not None
        assert child.stdout.readline() == "ready\n", child.stderr.read() if child.stderr else ""
        for _ in range(5 + 7 * trial):  # let it type a while, then kill it mid-flow
            assert child.stdout.readline().strip().isdigit()
        time.sleep(random.Random(trial).uniform(0.0, 0.03))
        assert child.poll() is None, "the writer stopped by itself"
    finally:
        child.send_signal(signal.SIGKILL)
        out, _err = child.communicate(timeout=60)
    assert child.returncode == -signal.SIGKILL
    reported = [int(line) for line in out.split()]
    last = reported[-1] if reported else 5 + 7 * trial
    reopened = unlock(folder, PASSPHRASE)
    try:
        draft = reopened.notes.get_draft(note_id)
        assert draft is not None
        saves = [k for k in (last, last + 1) if draft.body == _typed(k)]
        assert saves, f"the draft is not a save made at or after save {last}: {draft.body!r}"
        assert draft.cursor == len(draft.body)
        assert all(check.ok for check in reopened.vault.verify())
    finally:
        reopened.close()
