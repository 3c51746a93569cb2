"""Possible-rupture flags: each rule on worked examples with its reason, and the rules'
properties with hypothesis (a steady series never flags a drop, a drop of exactly the
notable change does, the order records come in never matters, a flag depends only on what
came before it)."""

from __future__ import annotations

import datetime as dt
import random
import statistics
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from counsel_desk.domain.alliance_records import SessionRecord
from counsel_desk.domain.errors import ValidationError
from counsel_desk.domain.measure_files import shipped_measures
from counsel_desk.domain.measures import Kind, MeasureDefinition, Respondent
from counsel_desk.domain.rupture_flags import (
    Dismissal,
    FlagKind,
    FlagSettings,
    _median,
    dismiss,
    possible_ruptures,
)
from counsel_desk.domain.ruptures import Repair, Rupture, RuptureKind
from counsel_desk.domain.scoring import ScoreRecord
from counsel_desk.domain.sessions import SessionStatus as S

D = Decimal
MEASURES = {m.id: m for m in shipped_measures()}
MONDAY = dt.date(2025, 3, 3)


def week(n: int) -> dt.date:
    return MONDAY + dt.timedelta(weeks=n)


def scores(measure_id: str, totals: list, client: int = 1, first: int = 0) -> list[ScoreRecord]:
    return [
        ScoreRecord(
            measure_id,
            client,
            week(first + n),
            Respondent.CLIENT,
            D(str(t)),
            session_id=100 * client + first + n,
        )
        for n, t in enumerate(totals)
    ]


def session(
    n: int, status: S = S.ATTENDED, *, short: bool = False, client: int = 1
) -> SessionRecord:
    start = dt.datetime.combine(week(n), dt.time(10))
    return SessionRecord(100 * client + n, client, start, status, short_notice=short)


def flags(**records: object) -> list:
    return list(possible_ruptures(measures=MEASURES, **records))  # type: ignore[arg-type]


def test_an_srs_under_its_cutoff_and_a_notable_drop_with_their_reasons() -> None:
    found = flags(scores=scores("srs", [38, 38.5, 39, 33]))
    assert [(f.kind, f.on) for f in found] == [
        (FlagKind.PAST_CUTOFF, week(3)),
        (FlagKind.NOTABLE_DROP, week(3)),
    ]
    cutoff, drop = found
    assert cutoff.reason == (
        "SRS 33 on 24 March 2025, under its cutoff of 36: a cue to ask together how the "
        "sessions are going."
    )
    assert drop.reason == (
        "SRS 33 on 24 March 2025, 5.5 lower than the median of the 3 scores before it (38.5); "
        "a change of 1 or more counts as notable."
    )
    assert cutoff.session_id == drop.session_id == 103
    assert cutoff.measure_id == "srs"
    assert cutoff.key != drop.key


def test_the_median_is_of_the_previous_three_only() -> None:
    # 30s long ago do not hold a later dip up: the median is of 39, 39, 40.
    found = flags(scores=scores("srs", [30, 30, 30, 39, 39, 40, 38]))
    drops = [f for f in found if f.kind is FlagKind.NOTABLE_DROP]
    assert [f.on for f in drops] == [week(6)]
    assert "than the median of the 3 scores before it (39)" in str(drops[0].reason)
    # at the start, fewer scores: the one before it
    second = flags(scores=scores("ors", [30, 24.5]))
    assert [f.kind for f in second] == [FlagKind.PAST_CUTOFF, FlagKind.NOTABLE_DROP]
    assert "5.5 lower than the score before it (30)" in str(second[1].reason)


def test_where_higher_is_worse_the_mirror_flags_on_the_way_past_the_cutoff() -> None:
    found = flags(scores=scores("phq9", [8, 9, 8, 14, 13]))
    assert [(f.kind, f.on) for f in found] == [
        (FlagKind.PAST_CUTOFF, week(3)),
        (FlagKind.NOTABLE_DROP, week(3)),
    ]
    assert found[0].reason == (
        "PHQ-9 14 on 24 March 2025, at or above its cutoff of 10 (the score before was 8): "
        "distress at this level can weigh on the work, so it may be worth checking in."
    )
    assert "6 higher than the median of the 3 scores before it (8)" in str(found[1].reason)
    # getting better is never a drop
    assert FlagKind.NOTABLE_DROP not in {f.kind for f in flags(scores=scores("phq9", [14, 12, 9]))}


def test_an_outcome_measure_past_its_cutoff_from_the_start_does_not_flag() -> None:
    """Most clients begin in the clinical range: that says nothing about the alliance."""
    assert flags(scores=scores("core10", [18, 17, 16, 15])) == []
    assert flags(scores=scores("ors", [19, 20, 21])) == []
    back = flags(scores=scores("ors", [19, 26, 24]))  # better, then under the cutoff again
    assert [f.kind for f in back] == [FlagKind.PAST_CUTOFF]
    assert str(back[0].reason).startswith("ORS 24 on 17 March 2025, under its cutoff of 25 (the")
    assert flags(scores=scores("srs", [34, 34, 34]))[2].kind is FlagKind.PAST_CUTOFF  # alliance


def test_a_measure_without_a_cutoff_or_notable_change_never_flags() -> None:
    assert flags(scores=scores("wai_sr", [55, 40, 20, 12])) == []


def test_which_measures_cutoffs_flag_can_be_chosen() -> None:
    records = scores("srs", [33]) + scores("core10", [8, 20], first=1)
    only_srs = possible_ruptures(
        measures=MEASURES, scores=records, settings=FlagSettings(cutoff_measures=frozenset({"srs"}))
    )
    past = FlagKind.PAST_CUTOFF
    assert [f.measure_id for f in only_srs if f.kind is past] == ["srs"]
    assert [f.measure_id for f in flags(scores=records) if f.kind is past] == ["srs", "core10"]


@pytest.mark.parametrize(
    ("status", "short", "said"),
    [
        (S.DID_NOT_ATTEND, False, "Did not attend on 17 March 2025"),
        (S.CANCELLED_BY_CLIENT, True, "Cancelled by the client at short notice on 17 March 2025"),
    ],
)
def test_a_missed_session_after_a_low_score(status: S, short: bool, said: str) -> None:
    found = flags(
        scores=scores("srs", [38, 34]),
        sessions=[session(0), session(1), session(2, status, short=short)],
    )
    missed = [f for f in found if f.kind is FlagKind.MISSED_AFTER_LOW]
    assert len(missed) == 1
    assert missed[0].reason == f"{said}, after SRS 34 on 10 March 2025 (under 36)."
    assert missed[0].session_id == 102
    assert missed[0].on == week(2)


@pytest.mark.parametrize(
    ("status", "short"),
    [
        (S.CANCELLED_BY_CLIENT, False),  # with notice: good communication
        (S.CANCELLED_BY_PRACTITIONER, True),  # the practitioner's, not the client's
        (S.RESCHEDULED, False),
        (S.ATTENDED, False),
    ],
)
def test_other_sessions_after_a_low_score_do_not_flag(status: S, short: bool) -> None:
    found = flags(scores=scores("srs", [34]), sessions=[session(1, status, short=short)])
    assert FlagKind.MISSED_AFTER_LOW not in {f.kind for f in found}


def test_only_the_latest_score_before_the_missed_session_counts() -> None:
    recovered = flags(scores=scores("srs", [34, 38]), sessions=[session(2, S.DID_NOT_ATTEND)])
    assert FlagKind.MISSED_AFTER_LOW not in {f.kind for f in recovered}
    after_drop = flags(scores=scores("ors", [32, 32, 26]), sessions=[session(3, S.DID_NOT_ATTEND)])
    missed = [f for f in after_drop if f.kind is FlagKind.MISSED_AFTER_LOW]
    assert str(missed[0].reason).endswith("after ORS 26 on 17 March 2025 (6 lower than before).")
    other_client = flags(
        scores=scores("srs", [34]), sessions=[session(1, S.DID_NOT_ATTEND, client=2)]
    )
    assert other_client == [f for f in other_client if f.kind is FlagKind.PAST_CUTOFF]


def rupture(on: dt.date, repair: dt.date | None = None, rid: int | None = 5) -> Rupture:
    mended = Repair(repair, "Talked about it together.") if repair else None
    return Rupture(
        1, on, RuptureKind.WITHDRAWAL, "Went quiet.", session_id=100, repair=mended, id=rid
    )


def test_a_rupture_without_a_repair_after_three_sessions() -> None:
    held = [session(n) for n in range(0, 4)] + [session(4, S.CANCELLED_BY_CLIENT)]
    assert flags(ruptures=[rupture(week(0))], sessions=held[:3]) == []  # two sessions since
    found = flags(ruptures=[rupture(week(0))], sessions=held)
    assert [(f.kind, f.on, f.rupture_id) for f in found] == [(FlagKind.UNREPAIRED, week(3), 5)]
    assert found[0].reason == (
        "The rupture on 3 March 2025 (withdrawal) has no repair recorded after 3 sessions; "
        "it may be worth returning to."
    )
    assert flags(ruptures=[rupture(week(0), repair=week(5))], sessions=held) == []
    one = possible_ruptures(
        measures=MEASURES,
        ruptures=[rupture(week(0))],
        sessions=held,
        settings=FlagSettings(unrepaired_after=1),
    )
    assert [(f.on, "after 1 session;" in str(f.reason)) for f in one] == [(week(1), True)]


def test_a_dismissed_flag_is_kept_with_its_reason() -> None:
    records = scores("srs", [33])
    flag = flags(scores=records)[0]
    dismissal = dismiss(flag, "  We talked about it: a hard week at work.  ", week(1))
    assert dismissal.reason == "We talked about it: a hard week at work."
    again = flags(scores=records, dismissals=[dismissal])
    assert len(again) == 1
    assert again[0].dismissed
    assert again[0].dismissal == dismissal
    assert again[0].reason == flag.reason
    with pytest.raises(
        ValidationError, match=r"^Say briefly why you are setting this flag aside\.$"
    ):
        dismiss(flag, "   ", week(1))
    with pytest.raises(ValidationError, match=r"^Keep the reason to 200 characters\.$"):
        dismiss(flag, "x" * 201, week(1))
    later = Dismissal(flag.key, "Set aside again.", week(2))
    same_day = Dismissal(flag.key, "Another reason.", week(1))
    for order in ([dismissal, later, same_day], [same_day, later, dismissal]):
        kept = flags(scores=records, dismissals=order)[0].dismissal
        assert kept == later  # the latest, whatever order they come in
    both = [
        flags(scores=records, dismissals=d)[0].dismissal
        for d in ([dismissal, same_day], [same_day, dismissal])
    ]
    assert both[0] == both[1]
    other = Dismissal("cutoff score 999", "Not this one.", week(1))
    assert not flags(scores=records, dismissals=[other])[0].dismissed


def test_scores_of_a_measure_that_did_not_load_are_left_out() -> None:
    lost = [ScoreRecord("gone", 1, MONDAY, Respondent.CLIENT, D(1))]
    assert flags(scores=lost) == []


# --- properties ------------------------------------------------------------------------

NOTABLE = [m for m in MEASURES.values() if m.notable_change is not None]


def in_range(m: MeasureDefinition) -> st.SearchStrategy[Decimal]:
    steps = int((m.total_max - m.total_min) / m.step)
    return st.integers(0, steps).map(lambda n: m.total_min + m.step * n)


@given(st.sampled_from(NOTABLE), st.data(), st.integers(1, 12))
def test_a_steady_series_never_flags_a_drop(
    m: MeasureDefinition, data: st.DataObject, n: int
) -> None:
    value = data.draw(in_range(m))
    found = flags(scores=scores(m.id, [value] * n))
    assert FlagKind.NOTABLE_DROP not in {f.kind for f in found}


@given(st.sampled_from(NOTABLE), st.data())
def test_a_series_getting_better_never_flags_a_drop(
    m: MeasureDefinition, data: st.DataObject
) -> None:
    values = sorted(data.draw(st.lists(in_range(m), min_size=1, max_size=10)))
    if not m.higher_is_better:
        values.reverse()
    found = flags(scores=scores(m.id, values))
    assert FlagKind.NOTABLE_DROP not in {f.kind for f in found}


@given(st.sampled_from(NOTABLE), st.data(), st.integers(1, 5))
def test_a_drop_of_exactly_the_notable_change_flags_and_a_step_less_does_not(
    m: MeasureDefinition, data: st.DataObject, before: int
) -> None:
    change = m.notable_change
    assert change is not None
    worse = -1 if m.higher_is_better else 1
    lowest = m.total_min + change if m.higher_is_better else m.total_min
    highest = m.total_max if m.higher_is_better else m.total_max - change
    value = data.draw(in_range(m).filter(lambda v: lowest <= v <= highest))
    exactly = flags(scores=scores(m.id, [value] * before + [value + worse * change]))
    assert [f.on for f in exactly if f.kind is FlagKind.NOTABLE_DROP] == [week(before)]
    less = flags(scores=scores(m.id, [value] * before + [value + worse * (change - m.step)]))
    assert FlagKind.NOTABLE_DROP not in {f.kind for f in less}


@given(st.sampled_from(list(MEASURES.values())), st.data())
def test_past_the_cutoff_flags_exactly_the_scores_that_should(
    m: MeasureDefinition, data: st.DataObject
) -> None:
    """Every score on the worrying side of an alliance measure's cutoff; on an outcome
    measure, each score that moved there from the other side."""
    values = data.draw(st.lists(in_range(m), max_size=10))
    found = flags(scores=scores(m.id, values))
    flagged = [f.on for f in found if f.kind is FlagKind.PAST_CUTOFF]
    if m.kind is Kind.ALLIANCE:
        expected = [n for n, v in enumerate(values) if m.concern(v)]
    else:
        expected = [
            n for n, v in enumerate(values) if n and m.concern(v) and not m.concern(values[n - 1])
        ]
    assert flagged == [week(n) for n in expected]


STATUSES = [S.ATTENDED, S.ATTENDED, S.ATTENDED, S.DID_NOT_ATTEND, S.CANCELLED_BY_CLIENT,
            S.CANCELLED_BY_PRACTITIONER, S.RESCHEDULED]  # fmt: skip


@st.composite
def histories(draw: st.DrawFn) -> dict[str, list]:
    """A client or two over a few months: scores on several measures, sessions, ruptures."""
    weeks = draw(st.integers(1, 12))
    found: dict[str, list] = {"scores": [], "sessions": [], "ruptures": []}
    for client in (1, 2):
        for n in range(weeks):
            status = draw(st.sampled_from(STATUSES))
            found["sessions"].append(session(n, status, short=draw(st.booleans()), client=client))
            for measure_id in draw(st.sets(st.sampled_from(["srs", "ors", "phq9"]), max_size=2)):
                value = draw(in_range(MEASURES[measure_id]))
                found["scores"] += scores(measure_id, [value], client=client, first=n)
        for n in draw(st.sets(st.integers(0, weeks - 1), max_size=2)):
            mended = draw(st.one_of(st.none(), st.integers(n, weeks + 2)))
            found["ruptures"].append(
                Rupture(client, week(n), RuptureKind.BOTH, "x", session_id=100 * client + n,
                        repair=Repair(week(mended), "y") if mended is not None else None,
                        id=10 * client + n)
            )  # fmt: skip
    return found


@settings(max_examples=50)  # each example is a few months of two clients
@given(histories(), st.randoms(use_true_random=False))
def test_the_order_records_come_in_never_matters(history: dict, rnd: random.Random) -> None:
    shuffled = {key: rnd.sample(value, len(value)) for key, value in history.items()}
    assert flags(**history) == flags(**shuffled)


@settings(max_examples=50)  # each example is a few months of two clients
@given(histories(), st.integers(0, 12))
def test_a_flag_depends_only_on_what_came_before_it(history: dict, cut: int) -> None:
    """Records after a day never add, change or take away a flag dated on or before it
    (a repair, made later, ends an unrepaired flag, so ruptures are left open here)."""
    day = week(cut)
    opened = [
        Rupture(r.client_id, r.on, r.kind, r.what_happened, r.session_id, None, r.id)
        for r in history["ruptures"]
    ]
    full = flags(scores=history["scores"], sessions=history["sessions"], ruptures=opened)
    earlier = flags(
        scores=[s for s in history["scores"] if s.on <= day],
        sessions=[s for s in history["sessions"] if s.day <= day],
        ruptures=[r for r in opened if r.on <= day],
    )
    assert [f for f in full if f.on <= day] == earlier


@settings(max_examples=50)  # each example is a few months of two clients
@given(histories())
def test_keys_are_unique_and_every_reason_is_a_sentence(history: dict) -> None:
    found = flags(**history)
    assert len({f.key for f in found}) == len(found)
    for flag in found:
        assert str(flag.reason).endswith(".")
        assert "\n" not in str(flag.reason)


@given(st.lists(st.decimals(-50, 50, places=1), min_size=1, max_size=5))
def test_the_median_is_the_median(values: list[Decimal]) -> None:
    assert _median(values) == statistics.median(values)
