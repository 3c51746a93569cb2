"""A note's details through the service: everything the editor holds besides the text
(kind, template, tags, flags, supervision question), written in one call, only what
changed, with a finalised note's record kept as signed."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from counsel_desk.domain.clients import ClientDraft
from counsel_desk.domain.errors import ValidationError
from counsel_desk.domain.notes import NoteDetails, NoteFinalised, NoteKind, SaveState
from counsel_desk.domain.sessions import SessionDraft
from counsel_desk.storage.errors import NotFound


@pytest.fixture
def session_id(workspace) -> int:
    client = workspace.clients.add(ClientDraft(code="C-001"))
    return workspace.sessions.add(SessionDraft(client.id, dt.datetime(2024, 5, 1, 10, 0))).id


def _note_events(workspace) -> list[str]:
    return [e.kind for e in workspace.audit.recent() if "note_" in e.kind]


def test_every_detail_is_written_in_one_call_and_read_back(workspace, session_id) -> None:
    note = workspace.notes.create(session_id, "builtin:person_centred")
    details = NoteDetails(
        kind=NoteKind.SESSION,
        template_id="builtin:soap",
        tags=("Grief", "#work"),
        risk_flag=True,
        supervision_flag=True,
        supervision_question="  Am I rescuing her? ",
    )
    saved = workspace.notes.set_details(note.id, details)
    assert saved.details == NoteDetails(
        NoteKind.SESSION, "builtin:soap", ("grief", "work"), True, True, "Am I rescuing her?"
    )
    assert workspace.notes.get(note.id).details == saved.details
    (summary,) = workspace.notes.for_session(session_id)
    assert (summary.risk_flag, summary.supervision_flag, summary.tags) == (
        True,
        True,
        ("grief", "work"),
    )


def test_the_template_used_is_recorded_and_kept_when_finalised(workspace, session_id) -> None:
    note = workspace.notes.create(session_id, "builtin:person_centred")
    workspace.notes.set_details(
        note.id, dataclasses.replace(note.details, template_id="builtin:soap")
    )
    final = workspace.notes.finalise(note.id, body="S: low mood. O: tearful.")
    assert final.template_id == "builtin:soap"
    with pytest.raises(NoteFinalised):
        workspace.notes.set_details(
            note.id, dataclasses.replace(final.details, template_id="builtin:dap")
        )
    with pytest.raises(NoteFinalised):
        workspace.notes.set_details(
            note.id, dataclasses.replace(final.details, kind=NoteKind.PROCESS)
        )
    assert workspace.notes.get(note.id).template_id == "builtin:soap"


def test_an_unknown_template_is_refused_with_a_sentence(workspace, session_id) -> None:
    note = workspace.notes.create(session_id)
    with pytest.raises(NotFound, match="template no longer exists"):
        workspace.notes.set_details(
            note.id, dataclasses.replace(note.details, template_id="custom:999")
        )
    assert workspace.notes.get(note.id).template_id is None


def test_on_a_finalised_note_only_a_real_change_is_audited(workspace, session_id) -> None:
    note = workspace.notes.finalise(workspace.notes.create(session_id).id, body="Kept.")
    same = workspace.notes.set_details(note.id, note.details)  # the editor storing as it left
    assert same == note
    assert _note_events(workspace) == ["note_finalised"]
    workspace.notes.set_details(note.id, dataclasses.replace(note.details, tags=("grief",)))
    workspace.notes.set_details(
        note.id, dataclasses.replace(note.details, tags=("grief",), risk_flag=True)
    )
    assert sorted(_note_events(workspace)) == [
        "note_finalised",
        "note_flags_changed",
        "note_tags_changed",
    ]


def test_a_bad_detail_changes_nothing(workspace, session_id) -> None:
    note = workspace.notes.create(session_id)
    with pytest.raises(ValidationError, match="at most 40 characters"):
        workspace.notes.set_details(
            note.id, dataclasses.replace(note.details, tags=("x" * 41,), risk_flag=True)
        )
    assert workspace.notes.get(note.id).details == note.details


def test_one_row_for_the_lists_says_where_the_text_stands(workspace, session_id) -> None:
    note = workspace.notes.create(session_id)
    assert workspace.notes.summary(note.id).save_state is SaveState.SAVED
    workspace.notes.autosave_draft(note.id, "typed, not yet saved")
    assert workspace.notes.summary(note.id).save_state is SaveState.AUTOSAVED
    workspace.notes.save(note.id, "typed, not yet saved")
    assert workspace.notes.summary(note.id).save_state is SaveState.SAVED
    workspace.notes.finalise(note.id)
    assert workspace.notes.summary(note.id).save_state is SaveState.FINALISED
