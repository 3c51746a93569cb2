"""Notes through the service: drafts, saving, finalising, amending, history, deleting, flags."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from counsel_desk.domain.clients import ClientDraft
from counsel_desk.domain.errors import ValidationError
from counsel_desk.domain.notes import (
    NoteFinalised,
    NoteKind,
    NoteNotFinal,
    NoteStatus,
    UnsavedDraft,
)
from counsel_desk.domain.sessions import SessionDraft
from counsel_desk.storage.errors import CounselDeskError, NotFound


@pytest.fixture
def session_id(workspace) -> int:
    client = workspace.clients.add(ClientDraft(code="C-001"))
    return workspace.sessions.add(SessionDraft(client.id, dt.datetime(2024, 5, 1, 10, 0))).id


def _events(workspace) -> list[tuple[str, dict]]:
    return [(e.kind, e.detail) for e in workspace.audit.recent()]


def test_create_from_a_template_then_save_and_read_back(workspace, session_id: int) -> None:
    note = workspace.notes.create(session_id, "builtin:soap")
    assert note.status is NoteStatus.DRAFT
    assert note.kind is NoteKind.SESSION
    assert note.template_id == "builtin:soap"
    assert "## Subjective" in note.body
    saved = workspace.notes.save(note.id, "Talked about sleep.", title="  Week  3 ")
    assert (saved.title, saved.body, saved.revision) == ("Week 3", "Talked about sleep.", 2)
    assert workspace.notes.get(note.id) == saved
    (summary,) = workspace.notes.for_session(session_id)
    assert (summary.id, summary.title, summary.client_code) == (note.id, "Week 3", "C-001")
    assert summary.session_start == dt.datetime(2024, 5, 1, 10, 0)


def test_a_session_can_hold_several_notes_of_each_kind(workspace, session_id: int) -> None:
    workspace.notes.create(session_id)
    workspace.notes.create(session_id, "builtin:process_reflection")
    workspace.notes.create(session_id, kind=NoteKind.PROCESS)
    kinds = sorted(s.kind.value for s in workspace.notes.for_session(session_id))
    assert kinds == ["process", "process", "session"]
    assert workspace.notes.count() == 3


def test_creating_for_a_missing_session_or_template_is_a_sentence(
    workspace, session_id: int
) -> None:
    with pytest.raises(NotFound, match="session no longer exists"):
        workspace.notes.create(9999)
    with pytest.raises(ValidationError, match="template is not available"):
        workspace.notes.create(session_id, "builtin:nope")


def test_finalising_locks_the_note(workspace, session_id: int) -> None:
    note = workspace.notes.create(session_id)
    with pytest.raises(ValidationError, match="empty note"):
        workspace.notes.finalise(note.id)
    final = workspace.notes.finalise(note.id, body="Client arrived calm.")
    assert final.is_final
    assert final.finalised_at is not None
    assert final.finalised_at.tzinfo is dt.UTC
    for attempt in (
        lambda: workspace.notes.save(note.id, "changed"),
        lambda: workspace.notes.autosave_draft(note.id, "changed"),
        lambda: workspace.notes.finalise(note.id),
        lambda: workspace.notes.delete(note.id),
    ):
        with pytest.raises(NoteFinalised) as caught:
            attempt()
        assert caught.value.message.endswith(".")
    assert workspace.notes.get(note.id).body == "Client arrived calm."
    assert ("note_finalised", {"note": note.id}) in _events(workspace)


def test_finalising_refuses_while_autosaved_text_is_unsaved(workspace, session_id: int) -> None:
    note = workspace.notes.save(workspace.notes.create(session_id).id, "saved text")
    workspace.notes.autosave_draft(note.id, "saved text plus more", 20)
    with pytest.raises(UnsavedDraft):
        workspace.notes.finalise(note.id)
    assert workspace.notes.finalise(note.id, body="saved text plus more").is_final
    assert workspace.notes.get_draft(note.id) is None


def test_amendments_keep_the_original_and_are_listed_in_order(workspace, session_id: int) -> None:
    note = workspace.notes.create(session_id)
    with pytest.raises(NoteNotFinal):
        workspace.notes.amend(note.id, "too early", "why")
    workspace.notes.finalise(note.id, body="The original record.")
    first = workspace.notes.amend(note.id, "Date of referral was 3 May.", "factual correction")
    second = workspace.notes.amend(note.id, "GP informed with consent.", "later addition")
    assert second.body == "The original record."
    assert [a.body for a in second.amendments] == [
        "Date of referral was 3 May.",
        "GP informed with consent.",
    ]
    assert first.amendments[0].reason == "factual correction"
    entries = workspace.notes.history(note.id)
    assert [e.label for e in entries] == ["Original (finalised)", "Amendment 1", "Amendment 2"]
    assert entries[0].body == "The original record."
    assert all(a.at <= b.at for a, b in itertools.pairwise(entries))
    assert all(e.at.tzinfo is dt.UTC for e in entries)
    details = [d for ev, d in _events(workspace) if ev == "note_amended"]
    assert len(details) == 2
    assert [d["note"] for d in details] == [note.id, note.id]
    assert len({d["amendment"] for d in details}) == 2
    (summary,) = workspace.notes.for_session(session_id)
    assert summary.amendment_count == 2


def test_only_drafts_can_be_deleted(workspace, session_id: int) -> None:
    draft = workspace.notes.create(session_id)
    workspace.notes.autosave_draft(draft.id, "text")
    workspace.notes.delete(draft.id)
    with pytest.raises(NotFound, match="note no longer exists"):
        workspace.notes.get(draft.id)
    assert workspace.notes.pending_drafts() == []
    assert ("note_deleted", {"note": draft.id}) in _events(workspace)
    final = workspace.notes.finalise(workspace.notes.create(session_id).id, body="kept")
    with pytest.raises(NoteFinalised, match="cannot be deleted"):
        workspace.notes.delete(final.id)


def test_flags_tags_and_the_supervision_question(workspace, session_id: int) -> None:
    note = workspace.notes.create(session_id)
    note = workspace.notes.set_flags(note.id, risk=True, question=" How do I hold the ending? ")
    assert note.risk_flag
    assert not note.supervision_flag
    assert note.supervision_question == "How do I hold the ending?"
    note = workspace.notes.set_flags(note.id, supervision=True)
    assert note.risk_flag
    assert note.supervision_flag
    note = workspace.notes.set_tags(note.id, ["Grief", "#work stress", "grief"])
    assert note.tags == ("grief", "work stress")
    workspace.notes.finalise(note.id, body="text")
    # Flags and tags index a finalised note; they do not rewrite it.
    note = workspace.notes.set_tags(note.id, ["grief"])
    assert note.tags == ("grief",)
    assert note.is_final
    assert workspace.notes.tags() == [("grief", 1)]
    (summary,) = workspace.notes.for_session(session_id)
    assert summary.risk_flag
    assert summary.supervision_flag
    assert summary.tags == ("grief",)


def test_errors_are_typed_practitioner_errors(workspace) -> None:
    with pytest.raises(CounselDeskError):
        workspace.notes.save(12345, "x")
    with pytest.raises(CounselDeskError):
        workspace.notes.autosave_draft(12345, "x")
    with pytest.raises(CounselDeskError):
        workspace.notes.amend(12345, "x", "y")


def test_changing_flags_or_tags_on_a_finalised_note_is_audited(workspace, session_id: int) -> None:

    note = workspace.notes.create(session_id, kind=NoteKind.SESSION)
    workspace.notes.set_tags(note.id, ["grief"])  # a draft: its own business, not audited
    workspace.notes.finalise(note.id, "Finalised text.")
    workspace.notes.set_flags(note.id, supervision=True, question="How do I hold this?")
    workspace.notes.set_tags(note.id, ["grief", "work"])
    events = [(e.kind, e.detail) for e in workspace.audit.recent() if e.kind.startswith("note_")]
    assert ("note_flags_changed", {"note": note.id}) in events
    assert ("note_tags_changed", {"note": note.id}) in events
    assert sum(1 for e, _ in events if e == "note_tags_changed") == 1
    assert all("How do I" not in str(d) and "grief" not in str(d) for _, d in events)
