"""The timeline's data: the lanes and marks a painter draws and the rows a screen reader
reads, from one structure; ranges and presets."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from counsel_desk.domain.alliance_records import (
    BoundaryEvent,
    ContractEvent,
    EarlyEnding,
    PracticeBreak,
    RiskEntry,
    SessionRecord,
)
from counsel_desk.domain.measure_files import shipped_measures
from counsel_desk.domain.measures import Respondent
from counsel_desk.domain.reflection import Condition, make_reflection
from counsel_desk.domain.rupture_flags import FlagKind, dismiss, possible_ruptures
from counsel_desk.domain.ruptures import make_repair, make_rupture
from counsel_desk.domain.scoring import ScoreRecord, score
from counsel_desk.domain.sessions import SessionStatus as S
from counsel_desk.domain.timeline import (
    LaneKind,
    MarkKind,
    Preset,
    Timeline,
    months_before,
    preset_range,
)
from counsel_desk.domain.timeline_build import TimelineInputs, build_timeline

MEASURES = {m.id: m for m in shipped_measures()}
FIRST = dt.date(2025, 1, 6)  # a Monday
TODAY = dt.date(2025, 4, 30)


def week(n: int) -> dt.date:
    return FIRST + dt.timedelta(weeks=n)


def sid(n: int) -> int:
    return 500 + n


# What happened in each of 16 weekly sessions (weeks 0-15, 6 January to 21 April).
STATUS = {3: S.CANCELLED_BY_CLIENT, 7: S.DID_NOT_ATTEND, 9: S.CANCELLED_BY_PRACTITIONER,
          12: S.RESCHEDULED}  # fmt: skip


def sessions() -> list[SessionRecord]:
    out = []
    for n in range(16):
        details: dict[str, object] = {}
        if n == 1:
            details = {"client_late_minutes": 10, "practitioner_late_minutes": 5}
        if n == 2:
            details = {"ended_early_minutes": 10, "ended_early_by": EarlyEnding.AGREED}
        if n in (3, 9):
            details = {"short_notice": n == 3}
        start = dt.datetime.combine(week(n), dt.time(14, 30))
        out.append(SessionRecord(sid(n), 1, start, STATUS.get(n, S.ATTENDED), **details))  # type: ignore[arg-type]
    out.append(SessionRecord(sid(99), 1, dt.datetime(2025, 5, 5, 14, 30), S.SCHEDULED))
    return out


def scored(measure_id: str, n: int, **entered: object) -> ScoreRecord:
    result = score(MEASURES[measure_id], **entered)  # type: ignore[arg-type]
    return ScoreRecord.from_score(result, client_id=1, on=week(n), session_id=sid(n))


def inputs() -> TimelineInputs:
    srs = [38, 39, 38.5, None, 37, 33, 35, None, 38, None, 39, 39, None, 38, 39, 40]
    scores = [scored("srs", n, total=str(t)) for n, t in enumerate(srs) if t is not None]
    scores += [scored("wai_sr", n, items=[4] * 12) for n in (4, 10)]
    scores += [scored("core10", n, items=[1, 2, 2, 1, 1, 0, 2, 1, 1, 1]) for n in (0, 6, 14)]
    reflections = [
        make_reflection(1, week(n), {c: 4 for c in Condition}, session_id=sid(n)) for n in (0, 5)
    ]
    reflections.append(
        make_reflection(
            1,
            week(6),
            [(Condition.TRUST_AND_SAFETY, 2, "guarded"), (Condition.RESPECT, 4, "")],
            session_id=sid(6),
        )
    )
    rupture = make_rupture(
        1, week(5), "withdrawal", "Went quiet after the fee talk.", session_id=sid(5), id=1
    )
    repaired = make_repair(rupture, week(6), "We named it and went slower.", session_id=sid(6))
    open_one = make_rupture(
        1, week(11), "confrontation", "Angry about my holiday.", session_id=sid(11), id=2
    )
    sessions_ = sessions()
    flags = possible_ruptures(
        measures=MEASURES, scores=scores, sessions=sessions_, ruptures=[repaired, open_one]
    )
    # the practitioner set the first flag of the dip aside after talking it through
    flags = tuple(
        replace(f, dismissal=dismiss(f, "Talked about it.", week(6)))
        if (f.on, f.kind) == (week(5), FlagKind.PAST_CUTOFF)
        else f
        for f in flags
    )
    return TimelineInputs(
        measures=MEASURES,
        sessions=sessions_,
        scores=scores,
        reflections=reflections,
        ruptures=[repaired, open_one],
        flags=flags,
        boundary_events=[BoundaryEvent(week(8), "Email between sessions", sid(8))],
        risk_entries=[RiskEntry(week(6), "Risk noted", sid(6))],
        contract_events=[
            ContractEvent(week(0), "Version 1 agreed"),
            ContractEvent(week(12), "Review", review=True),
        ],
        practice_breaks=[PracticeBreak(dt.date(2025, 4, 14), dt.date(2025, 4, 18), "Easter")],
    )


def everything() -> Timeline:
    data = inputs()
    span = data.span()
    assert span == (week(0), week(15))
    start, end = preset_range(Preset.ALL, TODAY, span)
    return build_timeline(data, start, end)


def test_every_lane_in_order_with_the_expected_number_of_marks() -> None:
    timeline = everything()
    assert (timeline.start, timeline.end) == (week(0), TODAY)
    counts = {lane.key: len(lane.marks) for lane in timeline.lanes}
    assert counts == {
        "measure:srs": 12,
        "measure:wai_sr": 2,
        "measure:core10": 3,
        "reflection": 3,
        "attendance": 17,  # 16 sessions (the one still ahead left out) and a practice break
        "ruptures": 3,  # two ruptures and one repair
        "boundaries": 1,
        "risk": 1,
        "contract": 2,
        "flags": 8,
    }
    kinds = {lane.key: lane.kind for lane in timeline.lanes}
    assert {k for k, v in kinds.items() if v is LaneKind.LINE} == {
        "measure:srs",
        "measure:wai_sr",
        "measure:core10",
        "reflection",
    }


def test_a_measure_line_has_its_scale_cutoff_bands_and_subscales() -> None:
    timeline = everything()
    srs = timeline.lane("measure:srs")
    assert srs.title == "SRS"
    assert srs.scale is not None
    assert (srs.scale.low, srs.scale.high, srs.scale.cutoff) == (0, 40, 36)
    assert srs.scale.concern_below
    assert srs.scale.bands_illustrative
    assert [(b.low, b.high, b.label) for b in srs.scale.bands] == [
        (0, Decimal("34.9"), "low"),
        (35, Decimal("38.9"), "fair"),
        (39, 40, "good"),
    ]
    dip = next(m for m in srs.marks if m.on == week(5))
    assert (dip.label, dip.value, dip.session_id) == ("SRS 33", 33, sid(5))
    assert (
        dip.detail
        == "Session Rating Scale: 33 of 40 (low (illustrative band); past the cutoff of 36)."
    )
    core = timeline.lane("measure:core10")
    assert core.scale is not None
    assert not core.scale.concern_below
    assert "Item 6 (risk): 0." in str(core.marks[0].detail)
    wai = timeline.lane("measure:wai_sr")
    assert [(s.key, len(s.points)) for s in wai.series] == [("goal", 2), ("task", 2), ("bond", 2)]
    assert wai.series[0].points[0].value == 16
    assert "Subscales: goal 16, task 16, bond 16." in str(wai.marks[0].detail)


def test_attendance_marks_say_what_happened_and_by_whom() -> None:
    marks = {m.on: m for m in everything().lane("attendance").marks}
    late = marks[week(1)]
    assert late.kind is MarkKind.ATTENDED
    assert late.extra == (MarkKind.CLIENT_LATE, MarkKind.PRACTITIONER_LATE)
    assert late.label == "Attended; the client was 10 minutes late, I started 5 minutes late"
    assert late.detail == "Session of 13 January 2025, 14:30."
    assert marks[week(2)].extra == (MarkKind.ENDED_EARLY_AGREED,)
    assert marks[week(2)].label == "Attended; ended 10 minutes early by agreement"
    assert (marks[week(3)].kind, marks[week(3)].label) == (
        MarkKind.CANCELLED_CLIENT_SHORT,
        "Cancelled by the client at short notice",
    )
    assert marks[week(7)].kind is MarkKind.DID_NOT_ATTEND
    assert (marks[week(9)].kind, marks[week(9)].label) == (
        MarkKind.CANCELLED_PRACTITIONER,
        "Cancelled by me with notice",
    )
    assert marks[week(12)].kind is MarkKind.RESCHEDULED
    easter = marks[dt.date(2025, 4, 14)]
    assert (easter.kind, easter.until, easter.session_id) == (
        MarkKind.PRACTICE_BREAK,
        dt.date(2025, 4, 18),
        None,
    )


def test_ruptures_repairs_flags_and_reflections() -> None:
    timeline = everything()
    ruptures = timeline.lane("ruptures").marks
    assert [(m.on, m.kind) for m in ruptures] == [
        (week(5), MarkKind.RUPTURE_WITHDRAWAL),
        (week(6), MarkKind.REPAIR),
        (week(11), MarkKind.RUPTURE_CONFRONTATION),
    ]
    assert ruptures[0].extra == (MarkKind.REPAIRED,)
    assert ruptures[0].until == week(6)
    assert ruptures[0].detail == "Went quiet after the fee talk. Repaired on 17 February 2025."
    assert ruptures[2].detail == "Angry about my holiday. Not yet repaired."
    assert ruptures[1].detail == "We named it and went slower. (the rupture of 10 February 2025)."
    flags = timeline.lane("flags").marks
    assert [(m.on, m.kind, str(m.label).removeprefix("Possible rupture: ")) for m in flags] == [
        (week(4), MarkKind.FLAG, "notable drop"),
        (week(5), MarkKind.FLAG_DISMISSED, "score past the cutoff"),
        (week(5), MarkKind.FLAG, "notable drop"),
        (week(6), MarkKind.FLAG, "score past the cutoff"),
        (week(6), MarkKind.FLAG, "notable drop"),
        (week(7), MarkKind.FLAG, "missed after a low score"),
        (week(13), MarkKind.FLAG, "notable drop"),
        (week(15), MarkKind.FLAG, "rupture not yet repaired"),
    ]
    assert str(flags[1].detail).endswith("Set aside on 17 February 2025: Talked about it.")
    assert flags[5].session_id == sid(7)
    reflection = timeline.lane("reflection").marks[2]
    assert reflection.value == 3
    assert reflection.detail == (
        "My reflection: Respect 4, trust and safety 2 ‘guarded’. Lowest: trust and safety (2)."
    )


def test_the_table_holds_the_same_marks_by_date() -> None:
    timeline = everything()
    rows = timeline.rows()
    assert len(rows) == sum(len(lane.marks) for lane in timeline.lanes)
    assert [r.on for r in rows] == sorted(r.on for r in rows)
    first_day = [(r.lane, r.what) for r in rows if r.on == week(0)]
    assert first_day == [
        ("SRS", "SRS 38"),
        ("CORE-10", "CORE-10 12"),
        ("My reflection", "Reflection 4"),
        ("Attendance", "Attended"),
        ("Contract", "Version 1 agreed"),
    ]
    easter = next(r for r in rows if r.lane == "Attendance" and r.what == "Easter")
    assert easter.detail == "Until 18 April 2025."
    assert easter.date_text == "14 April 2025"
    by_mark = {(lane.title, m.on, m.label) for lane in timeline.lanes for m in lane.marks}
    assert {(r.lane, r.on, r.what) for r in rows} == by_mark


def test_a_shorter_range_keeps_only_what_falls_in_it() -> None:
    data = inputs()
    start, end = preset_range(Preset.THREE_MONTHS, TODAY, data.span())
    assert (start, end) == (dt.date(2025, 1, 31), TODAY)
    timeline = build_timeline(data, start, end)
    for lane in timeline.lanes:
        for mark in lane.marks:
            assert mark.on <= end
            assert (mark.until or mark.on) >= start
    assert len(timeline.lane("measure:srs").marks) == 9  # from week 4 (3 February)
    assert [m.label for m in timeline.lane("contract").marks] == ["Review"]
    narrow = build_timeline(data, dt.date(2025, 4, 16), dt.date(2025, 4, 16))
    assert [m.label for m in narrow.lane("attendance").marks] == ["Easter"]  # a span across it
    assert narrow.lane("measure:srs").marks == ()
    assert narrow.lane("measure:srs").empty_text == "No SRS scores in this period."


def test_a_client_with_nothing_yet() -> None:
    data = TimelineInputs(measures=MEASURES)
    assert data.span() is None
    start, end = preset_range(Preset.ALL, TODAY, None)
    timeline = build_timeline(data, start, end)
    assert (start, end) == (TODAY, TODAY)
    assert [lane.key for lane in timeline.lanes] == [
        "reflection",
        "attendance",
        "ruptures",
        "boundaries",
        "risk",
        "contract",
        "flags",
    ]
    assert timeline.rows() == ()
    assert timeline.days == 1


def test_scores_completed_by_the_practitioner_say_so() -> None:
    result = score(MEASURES["srs"], total="37")
    mine = ScoreRecord.from_score(
        result, client_id=1, on=week(0), completed_by=Respondent.PRACTITIONER
    )
    data = TimelineInputs(measures=MEASURES, scores=[mine])
    (mark,) = build_timeline(data, week(0), week(0)).lane("measure:srs").marks
    assert str(mark.detail).endswith("Completed by me.")


@pytest.mark.parametrize(
    ("day", "months", "before"),
    [
        (dt.date(2025, 5, 31), 3, dt.date(2025, 2, 28)),
        (dt.date(2024, 5, 31), 3, dt.date(2024, 2, 29)),
        (dt.date(2025, 1, 15), 12, dt.date(2024, 1, 15)),
        (dt.date(2025, 3, 1), 3, dt.date(2024, 12, 1)),
    ],
)
def test_months_before(day: dt.date, months: int, before: dt.date) -> None:
    assert months_before(day, months) == before


def test_an_ended_clients_range_ends_at_their_last_record() -> None:
    span = (dt.date(2022, 1, 10), dt.date(2023, 6, 30))
    assert preset_range(Preset.ALL, TODAY, span) == span
    assert preset_range(Preset.TWELVE_MONTHS, TODAY, span) == (dt.date(2022, 7, 1), span[1])
    recent = (dt.date(2025, 1, 6), dt.date(2025, 4, 7))  # a fortnight ago: still today
    assert preset_range(Preset.THREE_MONTHS, TODAY, recent)[1] == TODAY
    assert [p.label for p in Preset] == ["3 months", "12 months", "All"]


@given(st.dates(dt.date(2024, 1, 1), dt.date(2025, 6, 1)), st.integers(0, 200))
def test_any_range_shows_exactly_the_marks_inside_it(start: dt.date, length: int) -> None:
    data = inputs()
    end = start + dt.timedelta(days=length)
    inside = build_timeline(data, start, end)
    whole = build_timeline(data, dt.date(2000, 1, 1), dt.date(2100, 1, 1))
    for lane, full in zip(inside.lanes, whole.lanes, strict=False):
        expected = [m for m in full.marks if m.on <= end and (m.until or m.on) >= start]
        assert list(lane.marks) == expected
