"""The one adapter the alliance features read their input records through: sessions with
their attendance from the vault, short notice asked of a provider all at once, and the
records other parts of the app will keep (practice breaks, boundary events, risk entries,
the contract) each from a provider that plugs in here."""

from __future__ import annotations

import datetime as dt

import pytest
from alliancekit import weekly_client

from counsel_desk.domain.alliance_records import (
    BoundaryEvent,
    ContractEvent,
    EarlyEnding,
    PracticeBreak,
)
from counsel_desk.domain.attendance import Attendance, EndedEarlyBy
from counsel_desk.domain.contract.terms import Party, Terms
from counsel_desk.domain.notes import NoteDetails
from counsel_desk.domain.sessions import SessionStatus
from counsel_desk.domain.timeline import MarkKind
from counsel_desk.services.alliance_inputs import (
    AllianceInputs,
    CancellationFact,
    Providers,
    by_practice_defaults,
)
from counsel_desk.services.workspace import Workspace


@pytest.fixture
def alliance(workspace):
    found = weekly_client(workspace, weeks=5)
    ws = workspace
    ws.attendance.record(
        found.session(1),
        Attendance(
            SessionStatus.ATTENDED,
            client_late_minutes=10,
            practitioner_late_minutes=5,
            ended_early_minutes=15,
            ended_early_by=EndedEarlyBy.PRACTITIONER,
        ),
    )
    ws.attendance.record(
        found.session(2), Attendance(SessionStatus.CANCELLED_BY_CLIENT, notice_hours=12)
    )
    ws.attendance.record(
        found.session(3), Attendance(SessionStatus.CANCELLED_BY_PRACTITIONER, notice_hours=72)
    )
    return found


def test_sessions_come_with_their_attendance_and_short_notice(workspace, alliance) -> None:
    records = workspace.alliance_inputs.session_records(alliance.client_id)
    assert [r.session_id for r in records] == alliance.sessions
    late = records[1]
    assert (late.client_late_minutes, late.practitioner_late_minutes) == (10, 5)
    assert (late.ended_early_minutes, late.ended_early_by) == (15, EarlyEnding.PRACTITIONER)
    # The practice defaults ask 48 hours each way: 12 is short, 72 is not.
    assert [r.short_notice for r in records] == [False, False, True, False, False]
    assert len(workspace.alliance_inputs.session_records()) == 5  # every client's


def test_short_notice_is_asked_once_for_every_cancellation(workspace, alliance) -> None:
    asked: list[list[CancellationFact]] = []

    def contract_says(facts):
        asked.append(list(facts))
        return {f.session_id for f in facts if f.by is Party.PRACTITIONER}

    inputs = AllianceInputs(workspace.vault, Providers(short_notice=contract_says))
    records = inputs.session_records(alliance.client_id)
    (facts,) = asked
    assert [(f.session_id, f.by, f.notice_hours) for f in facts] == [
        (alliance.session(2), Party.CLIENT, 12.0),
        (alliance.session(3), Party.PRACTITIONER, 72.0),
    ]
    assert [r.short_notice for r in records] == [False, False, False, True, False]


def test_the_practice_defaults_can_be_other_terms() -> None:
    fact = CancellationFact(1, 1, dt.datetime(2025, 1, 6, 10), Party.CLIENT, 30)
    assert by_practice_defaults()([fact]) == {1}
    assert by_practice_defaults(Terms(client_notice_hours=24))([fact]) == set()
    missing = CancellationFact(2, 1, dt.datetime(2025, 1, 6, 10), Party.CLIENT, None)
    assert by_practice_defaults()([missing]) == {2}  # no notice recorded: none given


def test_an_agreed_early_ending_stored_by_attendance_reaches_the_records(
    workspace, alliance
) -> None:
    """When attendance learns "ended early by agreement", the stored code passes through."""
    conn = workspace.vault.conn
    conn.execute("PRAGMA ignore_check_constraints = ON")
    try:
        with workspace.vault.work:
            conn.execute(
                "UPDATE sessions SET ended_early_minutes = 10, ended_early_by = 'agreed' "
                "WHERE id = ?",
                (alliance.session(0),),
            )
    finally:
        conn.execute("PRAGMA ignore_check_constraints = OFF")
    first = workspace.alliance_inputs.session_records(alliance.client_id)[0]
    assert first.ended_early_by is EarlyEnding.AGREED


def test_risk_entries_come_from_notes_flagged_for_risk_without_their_words(
    workspace, alliance
) -> None:
    note = workspace.notes.create(alliance.session(4))
    workspace.notes.save(note.id, "Sentinel words Quokka about risk.")
    workspace.notes.set_details(note.id, NoteDetails(risk_flag=True))
    (entry,) = workspace.alliance_inputs.risk_entries(alliance.client_id)
    assert entry.session_id == alliance.session(4)
    assert entry.on == dt.date(2025, 2, 3)
    assert "Quokka" not in entry.label


def test_records_other_features_keep_plug_in_through_providers(workspace, alliance) -> None:
    """The seam the contract, care-record and breaks features use: one provider each."""
    day = dt.date(2025, 1, 20)
    providers = Providers(
        short_notice=by_practice_defaults(),
        practice_breaks=lambda: [PracticeBreak(day, day + dt.timedelta(days=8), "Leave")],
        boundary_events=lambda client_id: [BoundaryEvent(day, "Email between sessions")],
        contract_events=lambda client_id: [
            ContractEvent(dt.date(2025, 1, 6), "Version 1 agreed"),
            ContractEvent(dt.date(2025, 2, 3), "Review", review=True),
        ],
    )
    ws = Workspace(workspace.vault, lambda _ws: providers)
    timeline = ws.timeline.timeline(
        alliance.client_id, start=dt.date(2025, 1, 1), end=dt.date(2025, 3, 1)
    )
    assert [m.kind for m in timeline.lane("boundaries").marks] == [MarkKind.BOUNDARY]
    assert [m.kind for m in timeline.lane("contract").marks] == [
        MarkKind.CONTRACT,
        MarkKind.CONTRACT_REVIEW,
    ]
    breaks = [m for m in timeline.lane("attendance").marks if m.kind is MarkKind.PRACTICE_BREAK]
    assert [(b.on, b.until) for b in breaks] == [(day, day + dt.timedelta(days=8))]
    # The practitioner's cancellation on 27 January falls in the break: not counted as theirs.
    month = ws.reliability.report(alliance.client_id).months[0]
    assert (month.break_cancellations, month.practitioner_cancelled) == (1, 0)


def test_after_a_key_rotation_the_records_are_read_on_the_new_connection(workspace) -> None:
    from testkit import LIGHT_KDF, PASSPHRASE

    alliance = weekly_client(workspace, weeks=2)
    note = workspace.notes.create(alliance.session(1))
    workspace.notes.set_details(note.id, NoteDetails(risk_flag=True))
    workspace.rotate_data_key(PASSPHRASE, lambda _key: None, kdf=LIGHT_KDF)
    assert len(workspace.alliance_inputs.session_records(alliance.client_id)) == 2
    assert len(workspace.alliance_inputs.risk_entries(alliance.client_id)) == 1
    assert workspace.timeline.timeline(alliance.client_id).lane("risk").marks
