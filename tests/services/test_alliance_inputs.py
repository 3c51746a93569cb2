"""The one adapter the alliance features read their input records through: sessions with
their attendance from the vault, short notice asked all at once of the app's one judgement
(``services/notice.py``), boundary events and the contract's versions and reviews from
issue 11's tables, and the records other parts of the app will keep (practice breaks, risk
entries) each from a provider that plugs in here."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from alliancekit import weekly_client
from contractkit import practice_profile

from counsel_desk.domain.alliance_records import (
    BoundaryEvent,
    ContractEvent,
    EarlyEnding,
    PracticeBreak,
)
from counsel_desk.domain.attendance import Attendance, EndedEarlyBy
from counsel_desk.domain.breaks import BreakDraft
from counsel_desk.domain.contract.boundaries import BoundaryEvent as LoggedEvent
from counsel_desk.domain.contract.boundaries import BoundaryKind, Initiator
from counsel_desk.domain.contract.version import AgreedHow, set_terms
from counsel_desk.domain.risk import RiskAction, RiskDraft, RiskLevel
from counsel_desk.domain.sessions import SessionDraft, SessionStatus
from counsel_desk.domain.timeline import MarkKind
from counsel_desk.services.alliance_inputs import AllianceInputs, Providers
from counsel_desk.services.workspace import Workspace
from counsel_desk.storage.cancellations import CancelledRow


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
    asked: list[list[CancelledRow]] = []

    def contract_says(rows):
        asked.append(list(rows))
        return {r.session_id for r in rows if r.status is SessionStatus.CANCELLED_BY_PRACTITIONER}

    inputs = AllianceInputs(workspace.vault, Providers(short_notice=contract_says))
    records = inputs.session_records(alliance.client_id)
    (rows,) = asked
    assert [(r.session_id, r.status, r.notice_hours) for r in rows] == [
        (alliance.session(2), SessionStatus.CANCELLED_BY_CLIENT, 12.0),
        (alliance.session(3), SessionStatus.CANCELLED_BY_PRACTITIONER, 72.0),
    ]
    assert [r.short_notice for r in records] == [False, False, False, True, False]


def _agree(ws: Workspace, client_id: int, on: dt.date, client_hours: int) -> None:
    draft = ws.contracts.start(
        client_id, None if len(ws.contracts.history(client_id)) else "individual"
    )
    ws.contracts.save_draft(
        set_terms(draft, replace(draft.terms, client_notice_hours=client_hours))
    )
    ws.contracts.agree(client_id, draft.number, on, AgreedHow.IN_SESSION, today=on)


def test_short_notice_is_the_apps_one_judgement_against_the_contract_in_force(
    workspace, alliance
) -> None:
    """The timeline, the flags and reliability read the verdicts of services/notice.py:
    the same sessions short as the Sessions tab and Today say, contract by contract."""
    ws = workspace
    ws.practice.save(practice_profile())
    # Version 1 (from 6 January) asks for 6 hours, version 2 (from 27 January) for 96:
    # the client's 12 hours on 20 January was enough then; the practitioner's 72 hours on
    # 27 January is judged by the practitioner's notice (48 by default) and is not short.
    _agree(ws, alliance.client_id, dt.date(2025, 1, 6), 6)
    _agree(ws, alliance.client_id, dt.date(2025, 1, 27), 96)
    late = ws.sessions.add(SessionDraft(alliance.client_id, dt.datetime(2025, 2, 10, 10)))
    ws.attendance.record(late.id, Attendance(SessionStatus.CANCELLED_BY_CLIENT, notice_hours=72))
    records = ws.alliance_inputs.session_records(alliance.client_id)
    short = {r.session_id for r in records if r.short_notice}
    verdicts = ws.notice.for_client(alliance.client_id)
    assert short == {sid for sid, verdict in verdicts.items() if verdict.short} == {late.id}
    practice, _plain = ws.alliance_inputs.practice_records()
    assert {r.session_id for r in practice if r.short_notice} == {late.id}
    timeline = ws.timeline.timeline(
        alliance.client_id, start=dt.date(2025, 1, 1), end=dt.date(2025, 3, 1)
    )
    kinds = {m.session_id: m.kind for m in timeline.lane("attendance").marks}
    assert kinds[late.id] is MarkKind.CANCELLED_CLIENT_SHORT
    assert kinds[alliance.session(2)] is MarkKind.CANCELLED_CLIENT
    assert kinds[alliance.session(3)] is MarkKind.CANCELLED_PRACTITIONER


def test_boundary_events_and_the_contract_reach_the_timeline_without_their_words(
    workspace, alliance
) -> None:
    ws = workspace
    ws.practice.save(practice_profile())
    _agree(ws, alliance.client_id, dt.date(2025, 1, 6), 48)
    ws.contracts.set_review(alliance.client_id, 1, dt.date(2025, 2, 3))
    _agree(ws, alliance.client_id, dt.date(2025, 1, 20), 72)  # before version 1's review
    ws.contracts.set_review(alliance.client_id, 2, dt.date(2025, 2, 17))
    for on, kind, who in (
        (dt.date(2025, 1, 14), BoundaryKind.CONTACT, Initiator.CLIENT),
        (dt.date(2025, 2, 3), BoundaryKind.OTHER, Initiator.PRACTITIONER),
    ):
        ws.boundaries.log(
            LoggedEvent(
                client_id=alliance.client_id,
                on=on,
                kind=kind,
                initiated_by=who,
                what_happened="Sentinel Quokka words.",
                what_was_done="Sentinel Wombat reply.",
                session_id=alliance.session(1) if kind is BoundaryKind.CONTACT else None,
            ),
            today=dt.date(2025, 3, 1),
        )
    events = ws.alliance_inputs.boundary_events(alliance.client_id)
    assert events == (
        BoundaryEvent(
            dt.date(2025, 1, 14),
            "Contact between sessions, begun by the client",
            alliance.session(1),
        ),
        BoundaryEvent(dt.date(2025, 2, 3), "A boundary event, begun by me"),
    )
    assert ws.alliance_inputs.contract_events(alliance.client_id) == (
        ContractEvent(dt.date(2025, 1, 6), "Version 1: agreed in a session"),
        ContractEvent(dt.date(2025, 1, 20), "Version 2: agreed in a session"),
        ContractEvent(dt.date(2025, 2, 17), "Review of version 2", review=True),
    )  # version 1's review fell after version 2 replaced it: never held
    timeline = ws.timeline.timeline(
        alliance.client_id, start=dt.date(2025, 1, 1), end=dt.date(2025, 3, 1)
    )
    assert [m.kind for m in timeline.lane("boundaries").marks] == [MarkKind.BOUNDARY] * 2
    assert [m.kind for m in timeline.lane("contract").marks] == [
        MarkKind.CONTRACT,
        MarkKind.CONTRACT,
        MarkKind.CONTRACT_REVIEW,
    ]
    shown = repr(timeline)
    assert "Quokka" not in shown
    assert "Wombat" not in shown


@pytest.mark.parametrize("kind", list(EndedEarlyBy))
def test_every_kind_of_early_ending_recorded_reaches_the_records(workspace, alliance, kind) -> None:
    """Each way of ending early the attendance dialog records (issue 12's agreed, failed
    connection and outside event included) passes through to the alliance's records."""
    workspace.attendance.record(
        alliance.session(0),
        Attendance(SessionStatus.ATTENDED, ended_early_minutes=10, ended_early_by=kind),
    )
    first = workspace.alliance_inputs.session_records(alliance.client_id)[0]
    assert first.ended_early_by is not None
    assert first.ended_early_by.value == kind.value
    assert first.ended_early_minutes == 10


def _risk(client_id: int, on: dt.date, **changes) -> RiskDraft:
    values = {
        "client_id": client_id,
        "on": on,
        "disclosed": "Sentinel words Quokka about risk.",
        "level": RiskLevel.HIGH,
        "actions": (RiskAction.SAFETY_PLAN,),
        "review_on": on + dt.timedelta(days=7),
    }
    values.update(changes)
    return RiskDraft(**values)


def test_risk_entries_come_from_the_risk_log_by_level_without_what_was_disclosed(
    workspace, alliance
) -> None:
    logged = workspace.risks.add(_risk(alliance.client_id, dt.date(2025, 2, 3)))
    (entry,) = workspace.alliance_inputs.risk_entries(alliance.client_id)
    assert entry.on == dt.date(2025, 2, 3)
    assert entry.label == "Risk logged: high"
    assert "Quokka" not in repr(entry)
    workspace.risks.close(logged.id, dt.date(2025, 2, 20), "Safety plan in place.")
    entries = workspace.alliance_inputs.risk_entries(alliance.client_id)
    assert [(e.on, e.label) for e in entries] == [
        (dt.date(2025, 2, 3), "Risk logged: high"),
        (dt.date(2025, 2, 20), "Risk closed"),
    ]
    assert "Safety plan" not in repr(entries)


def test_practice_breaks_come_from_the_breaks_kept(workspace, alliance) -> None:
    assert workspace.alliance_inputs.practice_breaks() == ()
    day = dt.date(2024, 12, 20)  # before the first session: nothing to move
    workspace.breaks.add(BreakDraft(day, day + dt.timedelta(days=8), label="Winter"))
    (found,) = workspace.alliance_inputs.practice_breaks()
    assert (found.first_day, found.last_day) == (day, day + dt.timedelta(days=8))


def test_records_other_features_keep_plug_in_through_providers(workspace, alliance) -> None:
    """The seam the contract, care-record and breaks features use: one provider each."""
    day = dt.date(2025, 1, 20)
    providers = Providers(
        short_notice=workspace.notice.short_among,
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
    workspace.risks.add(_risk(alliance.client_id, dt.date(2025, 1, 6)))
    workspace.rotate_data_key(PASSPHRASE, lambda _key: None, kdf=LIGHT_KDF)
    assert len(workspace.alliance_inputs.session_records(alliance.client_id)) == 2
    assert len(workspace.alliance_inputs.risk_entries(alliance.client_id)) == 1
    assert workspace.timeline.timeline(alliance.client_id).lane("risk").marks
