"""Short notice from when word came, judged in one place (``services/notice.judge``): the
notice is the time from when word of a cancellation came to the session's start (none if
it came later), and a cancellation recorded before that time was kept is judged by its
hours. Today's short-notice list, the attendance window's verdict, the contract's rule,
the make-contact prompt for a client at risk and the alliance inputs all agree."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from contractkit import practice_profile

from counsel_desk.domain.attendance import Attendance
from counsel_desk.domain.breaks import BreakDraft, OverlapChoice
from counsel_desk.domain.clients import ClientDraft
from counsel_desk.domain.contract.history import ContractHistory
from counsel_desk.domain.contract.terms import Terms
from counsel_desk.domain.contract.version import AgreedHow, set_terms
from counsel_desk.domain.risk import RiskDraft, RiskLevel
from counsel_desk.domain.sessions import SessionDraft, SessionStatus
from counsel_desk.services.notice import judge
from counsel_desk.services.workspace import Workspace
from counsel_desk.storage.cancellations import CancelledRow

NOW = dt.datetime.combine(dt.date.today(), dt.time(18))
START = dt.datetime(2025, 3, 6, 10)
NO_CONTRACT = ContractHistory(())
DEFAULTS = Terms(client_notice_hours=48, practitioner_notice_hours=48)


def _row(**changes) -> CancelledRow:
    values = {
        "session_id": 1,
        "client_id": 1,
        "start": START,
        "status": SessionStatus.CANCELLED_BY_CLIENT,
        "notice_hours": None,
        "received_at": None,
    }
    values.update(changes)
    return CancelledRow(**values)


def test_the_notice_is_counted_from_when_word_came() -> None:
    enough = judge(_row(received_at=START - dt.timedelta(hours=48)), NO_CONTRACT, DEFAULTS)
    assert enough is not None
    assert not enough.short
    assert enough.given_hours == 48
    # a minute short of the 48 hours is short, whatever tenth of an hour was kept beside it
    late = _row(received_at=START - dt.timedelta(hours=47, minutes=59), notice_hours=48.0)
    verdict = judge(late, NO_CONTRACT, DEFAULTS)
    assert verdict is not None
    assert verdict.short
    assert 47.9 < verdict.given_hours < 48


def test_word_after_the_start_gave_no_notice() -> None:
    verdict = judge(_row(received_at=START + dt.timedelta(hours=1)), NO_CONTRACT, DEFAULTS)
    assert verdict is not None
    assert verdict.short
    assert verdict.given_hours == 0


def test_an_older_cancellation_is_judged_by_the_hours_it_kept() -> None:
    assert not judge(_row(notice_hours=50.0), NO_CONTRACT, DEFAULTS).short  # type: ignore[union-attr]
    assert judge(_row(notice_hours=3.0), NO_CONTRACT, DEFAULTS).short  # type: ignore[union-attr]
    assert judge(_row(), NO_CONTRACT, DEFAULTS) is None  # nothing recorded: no verdict
    attended = _row(status=SessionStatus.ATTENDED, received_at=START)
    assert judge(attended, NO_CONTRACT, DEFAULTS) is None


def _client_with_contract(ws: Workspace, client_hours: int) -> int:
    """A client whose agreed contract asks for ``client_hours`` (the practice's default is
    48), with an open risk logged a week ago."""
    ws.practice.save(practice_profile(client_notice_hours=48))
    first = NOW.date() - dt.timedelta(days=90)
    client = ws.clients.add(ClientDraft("C-012", start_date=first, first_contact=first))
    draft = ws.contracts.start(client.id, "individual")
    ws.contracts.save_draft(
        set_terms(draft, replace(draft.terms, client_notice_hours=client_hours))
    )
    ws.contracts.agree(client.id, draft.number, first, AgreedHow.IN_SESSION)
    ws.risks.add(
        RiskDraft(
            client.id,
            NOW.date() - dt.timedelta(days=7),
            "low mood after the funeral",
            RiskLevel.MODERATE,
            review_on=NOW.date() + dt.timedelta(days=7),
        )
    )
    return client.id


def _cancel(ws: Workspace, client_id: int, start: dt.datetime, word: dt.datetime) -> int:
    session = ws.sessions.add(SessionDraft(client_id, start))
    ws.attendance.record(
        session.id, Attendance(SessionStatus.CANCELLED_BY_CLIENT, received_at=word)
    )
    return session.id


def test_every_reader_agrees_with_the_contract_in_force(workspace: Workspace) -> None:
    """60 hours' notice is enough by the practice's 48-hour default but short by the
    client's contract (72 hours): every part of the app says short."""
    ws = workspace
    client_id = _client_with_contract(ws, 72)
    start = NOW - dt.timedelta(days=1)
    short = _cancel(ws, client_id, start, start - dt.timedelta(hours=60))
    verdict = ws.notice.for_session(short)
    assert verdict is not None
    assert verdict.short
    assert verdict.version_number == 1
    assert ws.notice.for_client(client_id)[short] == verdict
    session = ws.sessions.get(short)
    live = ws.attendance.notice_verdict(
        session, SessionStatus.CANCELLED_BY_CLIENT, None, start - dt.timedelta(hours=60)
    )
    assert live == verdict  # the attendance window, as it is being recorded
    today = ws.contracts.on_today(NOW.date(), now=NOW).short_notice
    assert [s.session_id for s in today] == [short]
    (prompt,) = ws.risks.today(NOW).contact
    assert (prompt.session_id, prompt.what) == (short, "cancelled at short notice")
    (record,) = ws.alliance_inputs.session_records(client_id)
    assert record.short_notice


def test_enough_notice_by_the_contract_prompts_nothing_anywhere(workspace: Workspace) -> None:
    """30 hours' notice is short by the practice's default but enough by the client's
    contract (24 hours): nobody calls it short."""
    ws = workspace
    client_id = _client_with_contract(ws, 24)
    start = NOW - dt.timedelta(days=1)
    fine = _cancel(ws, client_id, start, start - dt.timedelta(hours=30))
    assert not ws.notice.for_session(fine).short  # type: ignore[union-attr]
    assert ws.contracts.on_today(NOW.date(), now=NOW).short_notice == ()
    assert ws.risks.today(NOW).contact == ()
    (record,) = ws.alliance_inputs.session_records(client_id)
    assert not record.short_notice


def test_a_cancellation_kept_before_word_was_recorded_is_judged_by_its_hours(
    workspace: Workspace,
) -> None:
    """A row as the app before care records left it (hours, no time word came) is judged
    by its hours, the same everywhere."""
    ws = workspace
    client_id = _client_with_contract(ws, 72)
    start = NOW - dt.timedelta(days=2)
    older = _cancel(ws, client_id, start, start - dt.timedelta(hours=100))
    with ws.vault.work:
        ws.vault.conn.execute(
            "UPDATE sessions SET received_at = NULL, received_by = NULL, notice_hours = 10 "
            "WHERE id = ?",
            (older,),
        )
    verdict = ws.notice.for_session(older)
    assert verdict is not None
    assert verdict.short
    assert verdict.given_hours == 10
    assert [s.session_id for s in ws.contracts.on_today(NOW.date(), now=NOW).short_notice] == [
        older
    ]
    (prompt,) = ws.risks.today(NOW).contact
    assert prompt.session_id == older
    (record,) = ws.alliance_inputs.session_records(client_id)
    assert record.short_notice


def test_a_session_cancelled_for_a_break_is_never_my_short_notice(workspace: Workspace) -> None:
    """A break added today over tomorrow's session cancels it with a day's notice: not a
    short-notice cancellation of mine on Today, in the session list or for the alliance."""
    ws = workspace
    client_id = _client_with_contract(ws, 48)
    tomorrow = dt.datetime.combine(dt.date.today() + dt.timedelta(days=1), dt.time(10))
    session = ws.sessions.add(SessionDraft(client_id, tomorrow))
    draft = BreakDraft(tomorrow.date(), tomorrow.date() + dt.timedelta(days=6), told_on=None)
    ws.breaks.add(draft, OverlapChoice.CANCEL)
    att = ws.attendance.get(session.id)
    assert att.status is SessionStatus.CANCELLED_BY_PRACTITIONER
    assert att.notice_hours is not None
    assert att.notice_hours < 48  # short, had it been an ordinary cancellation
    assert ws.notice.for_client(client_id) == {}
    assert ws.notice.for_session(session.id) is None
    later = dt.datetime.combine(tomorrow.date(), dt.time(12))
    assert ws.contracts.on_today(later.date(), now=later).short_notice == ()
    (record,) = ws.alliance_inputs.session_records(client_id)
    assert not record.short_notice


def test_many_cancellations_at_once_are_judged_as_one_at_a_time(workspace: Workspace) -> None:
    """``short_among`` (the reliability panel's ten years at once: the notice periods read
    once, no verdict made for each) says short of exactly the rows :func:`judge` does:
    word before, at and after the start, kept hours only, nothing recorded, a break's
    cancellation, not a cancellation; before the contract (the practice defaults: 48 h)
    and under it (72 h for the client), for both sides; and a client with no contract."""
    ws = workspace
    client_id = _client_with_contract(ws, 72)
    loner = ws.clients.add(ClientDraft("C-013", start_date=NOW.date(), first_contact=NOW.date()))
    agreed_on = NOW.date() - dt.timedelta(days=90)
    rows = []
    statuses = (
        SessionStatus.CANCELLED_BY_CLIENT,
        SessionStatus.CANCELLED_BY_PRACTITIONER,
        SessionStatus.ATTENDED,
    )
    n = 0
    for who in (client_id, loner.id):
        for day in (agreed_on - dt.timedelta(days=1), agreed_on, agreed_on + dt.timedelta(1)):
            start = dt.datetime.combine(day, dt.time(10))
            for status in statuses:
                for hours in (None, 0.0, 47.9, 48.0, 60.0, 72.0, 100.0):
                    for received in (None, -1.0, 0.0, 50.0, 71.99, 72.0):
                        for break_id in (None, 3):
                            n += 1
                            word = (
                                None if received is None else start - dt.timedelta(hours=received)
                            )
                            rows.append(CancelledRow(n, who, start, status, hours, word, break_id))
    history = {
        client_id: ws.contracts.history(client_id),
        loner.id: NO_CONTRACT,
    }
    defaults = ws.practice.get().terms
    expected = set()
    for row in rows:
        verdict = judge(row, history[row.client_id], defaults)
        if verdict is not None and verdict.short:
            expected.add(row.session_id)
    assert 100 < len(expected) < len(rows) / 2  # both answers are well represented
    assert ws.notice.short_among(rows) == expected
