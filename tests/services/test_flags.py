"""Possible-rupture flags through the services: raised from what is kept, set aside with a
reason that is kept (the flag still listed with it), and the ones Today lists."""

from __future__ import annotations

import datetime as dt

import pytest
from alliancekit import srs_totals, weekly_client

from counsel_desk.domain.attendance import Attendance
from counsel_desk.domain.errors import ValidationError
from counsel_desk.domain.rupture_flags import FlagKind
from counsel_desk.domain.sessions import SessionStatus
from counsel_desk.storage.errors import Conflict


@pytest.fixture
def alliance(workspace):
    found = weekly_client(workspace, weeks=8)
    srs_totals(workspace, found, ["38.5", "39", "38.8", "36.2"])  # 2.6 under the median
    return found


def test_a_drop_is_flagged_with_its_reason(workspace, alliance) -> None:
    (flag,) = workspace.flags.for_client(alliance.client_id)
    assert flag.kind is FlagKind.NOTABLE_DROP
    assert flag.session_id == alliance.session(3)
    assert flag.reason == (
        "SRS 36.2 on 27 January 2025, 2.6 lower than the median of the 3 scores before it "
        "(38.8); a change of 1 or more counts as notable."
    )


def test_a_flag_set_aside_keeps_its_reason_and_is_still_listed(workspace, alliance) -> None:
    (flag,) = workspace.flags.for_client(alliance.client_id)
    entries = workspace.audit.count()
    with pytest.raises(ValidationError, match="why"):
        workspace.flags.dismiss(alliance.client_id, flag.key, "   ")
    assert workspace.audit.count() == entries
    dismissed = workspace.flags.dismiss(
        alliance.client_id, flag.key, "A bad week at work, she said.", dt.date(2025, 2, 1)
    )
    assert dismissed.dismissal.reason == "A bad week at work, she said."
    (again,) = workspace.flags.for_client(alliance.client_id)
    assert again.dismissed
    assert again.dismissal.reason == "A bad week at work, she said."
    assert workspace.audit.recent(1)[0].detail == {"client": alliance.client_id, "flag": "drop"}
    with pytest.raises(ValidationError, match="already"):
        workspace.flags.dismiss(alliance.client_id, flag.key, "Again.")
    with pytest.raises(ValidationError, match="no longer flagged"):
        workspace.flags.dismiss(alliance.client_id, "drop score 999", "Gone.")


def test_the_reason_is_never_in_the_audit_trail(workspace, alliance) -> None:
    (flag,) = workspace.flags.for_client(alliance.client_id)
    workspace.flags.dismiss(alliance.client_id, flag.key, "Sentinel reason Zebrafish.")
    trail = " ".join(str(e.detail) for e in workspace.audit.recent(50))
    assert "Zebrafish" not in trail


def test_a_miss_after_a_low_score_is_flagged_from_attendance(workspace, alliance) -> None:
    workspace.measures.record_score(alliance.session(4), "srs", total="33")
    workspace.attendance.record(alliance.session(5), Attendance(SessionStatus.DID_NOT_ATTEND))
    kinds = [f.kind for f in workspace.flags.for_client(alliance.client_id)]
    assert FlagKind.MISSED_AFTER_LOW in kinds
    missed = [
        f
        for f in workspace.flags.for_client(alliance.client_id)
        if f.kind is FlagKind.MISSED_AFTER_LOW
    ]
    assert str(missed[0].reason).startswith("Did not attend on 10 February 2025, after SRS 33")


def test_today_lists_recent_flags_and_open_ruptures_by_code(workspace) -> None:
    today = dt.date.today()
    start = dt.datetime.combine(today - dt.timedelta(days=21), dt.time(9))
    recent = weekly_client(workspace, "C-007", weeks=3, first=start)
    srs_totals(workspace, recent, ["39", "38.6", "33"])
    rupture = workspace.ruptures.log(recent.session(2), "withdrawal", "Quiet.")
    seen = workspace.flags.today(today)
    assert [r.rupture.id for r in seen.open_ruptures] == [rupture.id]
    assert {(f.client_code, f.flag.kind) for f in seen.flags} == {
        ("C-007", FlagKind.PAST_CUTOFF),
        ("C-007", FlagKind.NOTABLE_DROP),
    }
    for f in seen.flags:
        workspace.flags.dismiss(recent.client_id, f.flag.key, "Talked about it.")
    assert workspace.flags.today(today).flags == ()
    assert not workspace.flags.today(today).empty  # the rupture is still open


def test_old_flags_are_not_on_today(workspace, alliance) -> None:
    assert workspace.flags.for_client(alliance.client_id)
    assert workspace.flags.today().flags == ()
    assert workspace.flags.recent_for_client(alliance.client_id) == []
    assert workspace.flags.recent_for_client(alliance.client_id, dt.date(2025, 2, 1))


def test_a_dismissal_row_is_unique_per_flag(workspace, alliance) -> None:
    from counsel_desk.domain.rupture_flags import Dismissal
    from counsel_desk.storage.flag_dismissals import DismissalRepository

    repo = DismissalRepository(workspace.vault.conn)
    with workspace.vault.work:
        repo.add(alliance.client_id, Dismissal("drop score 4", "One.", dt.date(2025, 2, 1)))
    with pytest.raises(Conflict), workspace.vault.work:
        repo.add(alliance.client_id, Dismissal("drop score 4", "Two.", dt.date(2025, 2, 2)))
