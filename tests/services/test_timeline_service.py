"""A client's timeline through the service: every lane from what is kept, the table's rows
saying what the marks say, presets and periods, and the export recorded without its path."""

from __future__ import annotations

import datetime as dt

import pytest
from alliancekit import srs_totals, weekly_client

from counsel_desk.domain.attendance import Attendance
from counsel_desk.domain.errors import ValidationError
from counsel_desk.domain.reflection import Condition
from counsel_desk.domain.sessions import SessionStatus
from counsel_desk.domain.timeline import MarkKind, PictureFormat, Preset

TODAY = dt.date(2025, 3, 20)


@pytest.fixture
def alliance(workspace):
    ws = workspace
    found = weekly_client(ws, weeks=10)
    srs_totals(ws, found, ["38", "38.6", "39", "35"])
    ws.measures.record_score(found.session(5), "wai_sr", items=[4] * 12)
    ws.reflections.record(found.session(3), {Condition.TRUST_AND_SAFETY: 2})
    rupture = ws.ruptures.log(found.session(3), "withdrawal", "Went quiet.")
    ws.ruptures.repair(rupture.id, dt.date(2025, 2, 3), "Named it.", session_id=found.session(4))
    ws.attendance.record(found.session(6), Attendance(SessionStatus.DID_NOT_ATTEND))
    return found


def test_every_lane_is_drawn_from_what_is_kept(workspace, alliance) -> None:
    timeline = workspace.timeline.timeline(alliance.client_id, preset=Preset.ALL, today=TODAY)
    counts = {lane.key: len(lane.marks) for lane in timeline.lanes}
    assert counts == {
        "measure:srs": 4,
        "measure:wai_sr": 1,
        "reflection": 1,
        "attendance": 10,
        "ruptures": 2,  # the rupture and its repair
        "boundaries": 0,
        "risk": 0,
        "contract": 0,
        "flags": 3,  # past the cutoff and a drop on 27 January; missed after it on 17 February
    }
    assert timeline.start == dt.date(2025, 1, 6)
    missed = [m for m in timeline.lane("attendance").marks if m.kind is MarkKind.DID_NOT_ATTEND]
    assert [m.session_id for m in missed] == [alliance.session(6)]


def test_the_table_says_what_the_marks_say(workspace, alliance) -> None:
    timeline = workspace.timeline.timeline(alliance.client_id, preset=Preset.ALL, today=TODAY)
    rows = timeline.rows()
    assert len(rows) == sum(len(lane.marks) for lane in timeline.lanes)
    srs = [r for r in rows if r.lane == "SRS"]
    assert [r.what for r in srs] == ["SRS 38", "SRS 38.6", "SRS 39", "SRS 35"]
    assert str(srs[-1].detail).startswith(
        "Session Rating Scale: 35 of 40 (fair (illustrative band); past"
    )
    assert srs[0].ref.startswith("score:")
    flags = [r for r in rows if r.lane == "Possible ruptures"]
    assert all(r.ref.startswith("flag:") for r in flags)


def test_presets_and_periods(workspace, alliance) -> None:
    three = workspace.timeline.timeline(alliance.client_id, preset=Preset.THREE_MONTHS, today=TODAY)
    assert (three.start, three.end) == (dt.date(2024, 12, 21), TODAY)
    period = workspace.timeline.timeline(
        alliance.client_id, start=dt.date(2025, 1, 20), end=dt.date(2025, 1, 27)
    )
    assert len(period.lane("measure:srs").marks) == 2
    assert len(period.lane("attendance").marks) == 2
    only_end = workspace.timeline.timeline(alliance.client_id, end=dt.date(2025, 1, 31))
    assert only_end.start == dt.date(2024, 2, 1)
    with pytest.raises(ValidationError, match="starts after it ends"):
        workspace.timeline.timeline(
            alliance.client_id, start=dt.date(2025, 2, 1), end=dt.date(2025, 1, 1)
        )


def test_a_client_is_found_by_code_or_named_in_a_sentence(workspace, alliance) -> None:
    assert workspace.timeline.client_id_for(" c-001 ") == alliance.client_id
    with pytest.raises(ValidationError) as raised:
        workspace.timeline.client_id_for("C-404")
    assert raised.value.message == "There is no client with the code C-404."


def test_an_export_is_recorded_with_the_client_and_format_only(workspace, alliance) -> None:
    workspace.timeline.record_exported(alliance.client_id, PictureFormat.PNG)
    entry = workspace.audit.recent(1)[0]
    assert entry.kind.value == "timeline_exported"
    assert entry.detail == {"client": alliance.client_id, "format": "png", "to": "file"}
