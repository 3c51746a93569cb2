"""Filed in error: a finalised note moved to the right client, with a reason. The wrong
client's record, search and copies no longer hold it; the audit trail records the move by
ids only; the note's text, amendments and flags go with it; and the schema refuses any
other change to a finalised note's session or client."""

from __future__ import annotations

import datetime as dt

import pytest

from counsel_desk.domain.clients import ClientDraft
from counsel_desk.domain.errors import ValidationError
from counsel_desk.domain.risk import RiskDraft, RiskLevel
from counsel_desk.domain.sessions import SessionDraft
from counsel_desk.services.workspace import Workspace
from counsel_desk.storage.db import IntegrityError

WORDS = "Talked about the allotment and the marmalade competition."


@pytest.fixture
def filed(workspace: Workspace) -> dict[str, int]:
    """A finalised note with an amendment and a risk entry, under the wrong client."""
    wrong = workspace.clients.add(ClientDraft("C-001")).id
    right = workspace.clients.add(ClientDraft("C-002")).id
    at = dt.datetime(2025, 3, 3, 10)
    wrong_session = workspace.sessions.add(SessionDraft(wrong, at)).id
    right_session = workspace.sessions.add(SessionDraft(right, at + dt.timedelta(hours=1))).id
    note = workspace.notes.create(wrong_session)
    workspace.notes.finalise(note.id, WORDS)
    workspace.notes.amend(note.id, "And the greenhouse.", "recall")
    workspace.notes.set_flags(note.id, supervision=True, question="Pace?")
    risk = workspace.risks.add(
        RiskDraft(wrong, at.date(), "a fall", RiskLevel.LOW, review_on=at.date(), note_id=note.id)
    )
    return {
        "wrong": wrong,
        "right": right,
        "wrong_session": wrong_session,
        "right_session": right_session,
        "note": note.id,
        "risk": risk.id,
    }


def _found(ws: Workspace, client_id: int) -> list[int]:
    return [hit.note_id for hit in ws.search.search("marmalade", client_id=client_id)]


def test_a_finalised_note_moves_to_the_right_client(workspace: Workspace, filed) -> None:
    assert _found(workspace, filed["wrong"]) == [filed["note"]]
    moved = workspace.notes.move(filed["note"], filed["right_session"], "filed under C-001")
    assert (moved.client_id, moved.session_id) == (filed["right"], filed["right_session"])
    assert moved.is_final
    assert moved.body == WORDS
    assert [a.body for a in moved.amendments] == ["And the greenhouse."]
    assert moved.supervision_question == "Pace?"
    # the wrong client's record, search and copies no longer hold it
    assert workspace.notes.for_client(filed["wrong"]) == []
    assert _found(workspace, filed["wrong"]) == []
    assert _found(workspace, filed["right"]) == [filed["note"]]
    document = workspace.exports.note_document(filed["note"])
    assert "C-002" in document.text()
    assert "C-001" not in document.text()
    # the risk entry logged from it went with it
    assert workspace.risks.get(filed["risk"]).client_id == filed["right"]
    assert workspace.risks.for_client(filed["wrong"]) == []


def test_the_move_is_audited_by_ids_and_the_reason_kept_in_the_vault(
    workspace: Workspace, filed
) -> None:
    workspace.notes.move(filed["note"], filed["right_session"], "filed under C-001 by mistake")
    entry = workspace.audit.recent(1)[0]
    assert entry.kind == "note_moved"
    assert entry.detail == {
        "note": filed["note"],
        "from_session": filed["wrong_session"],
        "from_client": filed["wrong"],
        "to_session": filed["right_session"],
        "client": filed["right"],
    }
    assert "mistake" not in entry.summary
    assert "marmalade" not in entry.summary
    rows = workspace.vault.conn.execute("SELECT reason FROM note_moves").fetchall()
    assert rows == [("filed under C-001 by mistake",)]


def test_moving_to_the_client_it_is_under_is_refused(workspace: Workspace, filed) -> None:
    other = workspace.sessions.add(SessionDraft(filed["wrong"], dt.datetime(2025, 3, 10, 10)))
    before = workspace.notes.get(filed["note"])
    entries = workspace.audit.count()
    with pytest.raises(ValidationError, match="already filed under this client"):
        workspace.notes.move(filed["note"], other.id, "wrong session")
    with pytest.raises(ValidationError, match="why the note is being moved"):
        workspace.notes.move(filed["note"], filed["right_session"], "   ")
    assert workspace.notes.get(filed["note"]) == before
    assert workspace.audit.count() == entries
    assert workspace.vault.conn.execute("SELECT count(*) FROM note_moves").fetchone() == (0,)


def test_the_schema_still_locks_a_finalised_note_without_a_recorded_move(
    workspace: Workspace, filed
) -> None:
    conn = workspace.vault.conn
    with workspace.vault.work, pytest.raises(IntegrityError, match="finalised"):
        conn.execute(
            "UPDATE notes SET session_id = ?, client_id = ? WHERE id = ?",
            (filed["right_session"], filed["right"], filed["note"]),
        )
    # a recorded move allows exactly that move, never a change of text with it
    workspace.notes.move(filed["note"], filed["right_session"], "filed in error")
    with workspace.vault.work, pytest.raises(IntegrityError, match="finalised"):
        conn.execute("UPDATE notes SET body = 'changed' WHERE id = ?", (filed["note"],))
    with workspace.vault.work, pytest.raises(IntegrityError, match="finalised"):
        conn.execute(
            "UPDATE notes SET session_id = ?, client_id = ? WHERE id = ?",
            (filed["wrong_session"], filed["wrong"], filed["note"]),
        )
    assert workspace.notes.get(filed["note"]).client_id == filed["right"]


def _moves(ws: Workspace) -> list[tuple]:
    return ws.vault.conn.execute(
        "SELECT note_id, from_session_id, from_client_id, to_session_id, to_client_id, reason "
        "FROM note_moves ORDER BY id"
    ).fetchall()


def test_erasing_the_client_a_note_was_moved_from_leaves_no_id_of_theirs(
    workspace: Workspace, filed
) -> None:
    """The move stays in the right client's record ("moved from a client whose records were
    since erased"), but names neither the erased client nor their session: an id left
    behind would, one day, name a later client given the same id."""
    workspace.notes.move(filed["note"], filed["right_session"], "filed in error")
    workspace.erasure.erase(filed["wrong"], at_request=True)
    assert _moves(workspace) == [
        (filed["note"], 0, 0, filed["right_session"], filed["right"], "filed in error")
    ]
    # the id the erased client had, given to a new client, is named by no move
    reused = workspace.clients.add(ClientDraft("C-003")).id
    rows = workspace.vault.conn.execute(
        "SELECT count(*) FROM note_moves WHERE ? IN (from_client_id, to_client_id)", (reused,)
    ).fetchone()[0]
    assert rows == 0
    assert workspace.notes.get(filed["note"]).body == WORDS


def test_a_note_moved_twice_forgets_only_the_erased_middle_client(
    workspace: Workspace, filed
) -> None:
    third = workspace.clients.add(ClientDraft("C-004")).id
    third_session = workspace.sessions.add(SessionDraft(third, dt.datetime(2025, 3, 4, 9))).id
    workspace.notes.move(filed["note"], filed["right_session"], "first move")
    workspace.notes.move(filed["note"], third_session, "second move")
    workspace.erasure.erase(filed["right"], at_request=True)
    assert _moves(workspace) == [
        (filed["note"], filed["wrong_session"], filed["wrong"], 0, 0, "first move"),
        (filed["note"], 0, 0, third_session, third, "second move"),
    ]
    assert workspace.notes.get(filed["note"]).client_id == third


def test_erasing_the_client_a_note_was_moved_to_takes_the_move_with_the_note(
    workspace: Workspace, filed
) -> None:
    workspace.notes.move(filed["note"], filed["right_session"], "filed in error")
    workspace.erasure.erase(filed["right"], at_request=True)
    assert _moves(workspace) == []
