"""Building a client's :class:`~counsel_desk.domain.timeline.Timeline` from their records:
a line for each measure they have scores on (with its cutoff and bands) and for the
practitioner's reflection, then lanes of marks for attendance, ruptures and repairs,
boundary events, risk, the contract and the possible-rupture flags. Pure.

Every lane but the measures' is always there, even when empty, so the picture has the same
shape for every client; a measure's lane is there when the client has a score on it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal

from counsel_desk.domain.alliance_records import (
    BoundaryEvent,
    ContractEvent,
    EarlyEnding,
    PracticeBreak,
    RiskEntry,
    SessionRecord,
)
from counsel_desk.domain.dates import day_text
from counsel_desk.domain.measures import Kind, MeasureDefinition, number_text
from counsel_desk.domain.reflection import RATING_MAX, RATING_MIN, ConditionRating, Reflection
from counsel_desk.domain.rupture_flags import Flag
from counsel_desk.domain.ruptures import Rupture, RuptureKind
from counsel_desk.domain.scoring import Score, ScoreRecord, kept_score
from counsel_desk.domain.sessions import SessionStatus
from counsel_desk.domain.timeline import (
    BandSpan,
    Lane,
    LaneKind,
    Mark,
    MarkKind,
    Scale,
    Series,
    Timeline,
)

Within = Callable[..., bool]  # (day, until=None): does the mark fall in the period shown?


@dataclass(frozen=True)
class TimelineInputs:
    """One client's records, as the services hand them over."""

    measures: Mapping[str, MeasureDefinition]
    sessions: Sequence[SessionRecord] = ()
    scores: Sequence[ScoreRecord] = ()
    reflections: Sequence[Reflection] = ()
    ruptures: Sequence[Rupture] = ()
    flags: Sequence[Flag] = ()
    boundary_events: Sequence[BoundaryEvent] = ()
    risk_entries: Sequence[RiskEntry] = ()
    contract_events: Sequence[ContractEvent] = ()
    practice_breaks: Sequence[PracticeBreak] = ()

    def span(self) -> tuple[dt.date, dt.date] | None:
        """The first and last day anything was recorded (scheduled sessions aside)."""
        days = [s.day for s in self.sessions if s.status is not SessionStatus.SCHEDULED]
        days += [s.on for s in self.scores] + [r.on for r in self.reflections]
        days += [r.on for r in self.ruptures] + [r.repair.on for r in self.ruptures if r.repair]
        days += [e.on for e in (*self.boundary_events, *self.risk_entries)]
        days += [e.on for e in self.contract_events]
        return (min(days), max(days)) if days else None


def build_timeline(inputs: TimelineInputs, start: dt.date, end: dt.date) -> Timeline:
    """The lanes for the days ``start`` to ``end`` (both included)."""

    def within(day: dt.date, until: dt.date | None = None) -> bool:
        return day <= end and (until or day) >= start

    lanes = [*_measure_lanes(inputs, within), _reflection_lane(inputs.reflections, within)]
    lanes.append(_attendance_lane(inputs.sessions, inputs.practice_breaks, within))
    lanes.append(_rupture_lane(inputs.ruptures, within))
    lanes.append(_event_lane("boundaries", "Boundaries", MarkKind.BOUNDARY, inputs, within))
    lanes.append(_event_lane("risk", "Risk", MarkKind.RISK, inputs, within))
    lanes.append(_contract_lane(inputs.contract_events, within))
    lanes.append(_flag_lane(inputs.flags, within))
    return Timeline(start=start, end=end, lanes=tuple(lanes))


# --- lines ---------------------------------------------------------------------------------


def _measure_lanes(inputs: TimelineInputs, within: Within) -> list[Lane]:
    by_measure: dict[str, list[ScoreRecord]] = {}
    for record in inputs.scores:
        if record.measure_id in inputs.measures:
            by_measure.setdefault(record.measure_id, []).append(record)
    order = [m for m in inputs.measures.values() if m.id in by_measure]
    order.sort(key=lambda m: (m.kind is not Kind.ALLIANCE, list(inputs.measures).index(m.id)))
    lanes = []
    for measure in order:
        records = sorted(by_measure[measure.id], key=lambda r: (r.on, r.id or 0))
        points, subs = [], {s.key: [] for s in measure.subscales}
        for record in records:
            if not within(record.on):
                continue
            scored = kept_score(measure, record)
            points.append(_score_mark(measure, record, scored))
            for sub, value in scored.subscales:
                subs[sub.key].append(
                    Mark(
                        record.on,
                        MarkKind.SCORE,
                        f"{measure.short_name} {sub.name.lower()} {number_text(value)}",
                        session_id=record.session_id,
                        value=value,
                    )
                )
        series = tuple(
            Series(s.key, s.name, tuple(subs[s.key])) for s in measure.subscales if subs[s.key]
        )
        lanes.append(
            Lane(
                key=f"measure:{measure.id}",
                title=measure.short_name,
                kind=LaneKind.LINE,
                marks=tuple(points),
                scale=_scale(measure),
                series=series,
                empty_text=f"No {measure.short_name} scores in this period.",
            )
        )
    return lanes


def _scale(measure: MeasureDefinition) -> Scale:
    bands = tuple(BandSpan(*measure.band_range(b), b.label) for b in measure.bands)
    return Scale(
        low=measure.total_min,
        high=measure.total_max,
        cutoff=measure.cutoff,
        concern_below=measure.higher_is_better,
        bands=bands,
        bands_illustrative=measure.bands_illustrative,
    )


def _score_mark(measure: MeasureDefinition, record: ScoreRecord, scored: Score) -> Mark:
    total = number_text(record.total)
    parts = [f"{measure.name}: {total} of {number_text(measure.total_max)}"]
    notes = []
    if scored.band is not None:
        notes.append(
            scored.band.label + (" (illustrative band)" if measure.bands_illustrative else "")
        )
    if measure.cutoff is not None:
        side = "past" if scored.concern else "within"
        notes.append(f"{side} the cutoff of {number_text(measure.cutoff)}")
    if notes:
        parts[0] += f" ({'; '.join(notes)})"
    parts[0] += "."
    if scored.subscales:
        subs = ", ".join(f"{s.name.lower()} {number_text(v)}" for s, v in scored.subscales)
        parts.append(f"Subscales: {subs}.")
    for n, value in scored.visible_items:
        parts.append(f"Item {n} (risk): {number_text(value)}.")
    if record.completed_by.value == "practitioner":
        parts.append("Completed by me.")
    return Mark(
        record.on,
        MarkKind.SCORE,
        f"{measure.short_name} {total}",
        " ".join(parts),
        session_id=record.session_id,
        value=record.total,
        ref=f"score:{record.id}" if record.id is not None else "",
    )


def _rating_text(r: ConditionRating) -> str:
    return f"{r.condition.label.lower()} {r.rating}" + (f" ‘{r.word}’" if r.word else "")


def _reflection_lane(reflections: Iterable[Reflection], within: Within) -> Lane:
    marks = []
    # a ten-year client's 800 ratings are a few dozen kinds: each one's words written once
    words: dict[ConditionRating, str] = {}
    for reflection in sorted(reflections, key=lambda r: (r.on, r.id or 0)):
        if not within(reflection.on):
            continue
        parts = []
        for r in reflection.ratings:
            text = words.get(r)
            if text is None:
                text = words[r] = _rating_text(r)
            parts.append(text)
        rated = ", ".join(parts)
        lowest = reflection.lowest
        mean = reflection.mean
        marks.append(
            Mark(
                reflection.on,
                MarkKind.REFLECTION,
                f"Reflection {number_text(mean)}",
                f"My reflection: {rated[:1].upper()}{rated[1:]}. Lowest: "
                f"{lowest.condition.label.lower()} ({lowest.rating}).",
                session_id=reflection.session_id,
                value=mean,
                ref=f"reflection:{reflection.id}" if reflection.id is not None else "",
            )
        )
    scale = Scale(low=Decimal(RATING_MIN), high=Decimal(RATING_MAX))
    return Lane(
        "reflection",
        "My reflection",
        LaneKind.LINE,
        tuple(marks),
        scale=scale,
        empty_text="No reflections in this period.",
    )


# --- marks ---------------------------------------------------------------------------------

EARLY = {
    EarlyEnding.CLIENT: MarkKind.ENDED_EARLY_CLIENT,
    EarlyEnding.PRACTITIONER: MarkKind.ENDED_EARLY_PRACTITIONER,
    EarlyEnding.AGREED: MarkKind.ENDED_EARLY_AGREED,
    EarlyEnding.CONNECTION: MarkKind.ENDED_EARLY_CONNECTION,
    EarlyEnding.OUTSIDE: MarkKind.ENDED_EARLY_OUTSIDE,
}


def _attended(s: SessionRecord) -> tuple[str, tuple[MarkKind, ...]]:
    words, extra = [], []
    if s.client_late_minutes:
        words.append(f"the client was {s.client_late_minutes} minutes late")
        extra.append(MarkKind.CLIENT_LATE)
    if s.practitioner_late_minutes:
        words.append(f"I started {s.practitioner_late_minutes} minutes late")
        extra.append(MarkKind.PRACTITIONER_LATE)
    if s.ended_early_minutes and s.ended_early_by is not None:
        words.append(f"ended {s.ended_early_minutes} minutes early by {s.ended_early_by.label}")
        extra.append(EARLY[s.ended_early_by])
    label = "Attended" + (f"; {', '.join(words)}" if words else "")
    return label, tuple(extra)


def _attendance_mark(s: SessionRecord) -> Mark | None:
    status, short = s.status, s.short_notice
    extra: tuple[MarkKind, ...] = ()
    if status is SessionStatus.ATTENDED:
        kind = MarkKind.ATTENDED
        label, extra = _attended(s)
    elif status is SessionStatus.CANCELLED_BY_CLIENT:
        kind = MarkKind.CANCELLED_CLIENT_SHORT if short else MarkKind.CANCELLED_CLIENT
        label = "Cancelled by the client " + ("at short notice" if short else "with notice")
    elif status is SessionStatus.CANCELLED_BY_PRACTITIONER:
        kind = MarkKind.CANCELLED_PRACTITIONER_SHORT if short else MarkKind.CANCELLED_PRACTITIONER
        label = "Cancelled by me " + ("at short notice" if short else "with notice")
    elif status is SessionStatus.DID_NOT_ATTEND:
        kind, label = MarkKind.DID_NOT_ATTEND, "Did not attend"
    elif status is SessionStatus.RESCHEDULED:
        kind, label = MarkKind.RESCHEDULED, "Rescheduled"
    else:
        return None  # still scheduled: nothing has happened yet
    start = s.start  # the hour by hand: strftime is the costliest part of a mark
    when = f"{day_text(s.day)}, {start.hour:02d}:{start.minute:02d}"
    return Mark(s.day, kind, label, f"Session of {when}.", session_id=s.session_id, extra=extra)


def _attendance_lane(
    sessions: Iterable[SessionRecord], breaks: Iterable[PracticeBreak], within: Within
) -> Lane:
    marks = [
        mark
        for s in sorted(sessions, key=lambda s: (s.start, s.session_id))
        if within(s.day) and (mark := _attendance_mark(s)) is not None
    ]
    for b in sorted(breaks, key=lambda b: b.first_day):
        if within(b.first_day, b.last_day):
            marks.append(Mark(b.first_day, MarkKind.PRACTICE_BREAK, b.label, "", until=b.last_day))
    marks.sort(key=lambda m: m.on)
    return Lane(
        "attendance",
        "Attendance",
        LaneKind.MARKS,
        tuple(marks),
        empty_text="No sessions in this period.",
    )


RUPTURE_KINDS = {
    RuptureKind.WITHDRAWAL: MarkKind.RUPTURE_WITHDRAWAL,
    RuptureKind.CONFRONTATION: MarkKind.RUPTURE_CONFRONTATION,
    RuptureKind.BOTH: MarkKind.RUPTURE_BOTH,
}


def _rupture_lane(ruptures: Iterable[Rupture], within: Within) -> Lane:
    marks = []
    for rupture in sorted(ruptures, key=lambda r: (r.on, r.id or 0)):
        repair = rupture.repair
        ref = f"rupture:{rupture.id}" if rupture.id is not None else ""
        if within(rupture.on, repair.on if repair else None):
            after = f" Repaired on {day_text(repair.on)}." if repair else " Not yet repaired."
            marks.append(
                Mark(
                    rupture.on,
                    RUPTURE_KINDS[rupture.kind],
                    f"Rupture: {rupture.kind.label.lower()}",
                    rupture.what_happened.rstrip() + after,
                    session_id=rupture.session_id,
                    until=repair.on if repair else None,
                    extra=(MarkKind.REPAIRED,) if repair else (),
                    ref=ref,
                )
            )
        if repair is not None and within(repair.on):
            marks.append(
                Mark(
                    repair.on,
                    MarkKind.REPAIR,
                    "Repair",
                    f"{repair.how} (the rupture of {day_text(rupture.on)}).",
                    session_id=repair.session_id,
                    ref=ref,
                )
            )
    marks.sort(key=lambda m: m.on)
    return Lane(
        "ruptures",
        "Ruptures and repairs",
        LaneKind.MARKS,
        tuple(marks),
        empty_text="No ruptures in this period.",
    )


def _event_lane(
    key: str, title: str, kind: MarkKind, inputs: TimelineInputs, within: Within
) -> Lane:
    events = inputs.boundary_events if kind is MarkKind.BOUNDARY else inputs.risk_entries
    marks = tuple(
        Mark(e.on, kind, e.label, session_id=e.session_id)
        for e in sorted(events, key=lambda e: e.on)
        if within(e.on)
    )
    return Lane(key, title, LaneKind.MARKS, marks)


def _contract_lane(events: Iterable[ContractEvent], within: Within) -> Lane:
    marks = tuple(
        Mark(e.on, MarkKind.CONTRACT_REVIEW if e.review else MarkKind.CONTRACT, e.label)
        for e in sorted(events, key=lambda e: e.on)
        if within(e.on)
    )
    return Lane("contract", "Contract", LaneKind.MARKS, marks)


def _flag_lane(flags: Iterable[Flag], within: Within) -> Lane:
    marks = []
    for flag in sorted(flags, key=lambda f: (f.on, f.key)):
        if not within(flag.on):
            continue
        detail = flag.reason
        if flag.dismissal is not None:
            why = flag.dismissal.reason.rstrip(".")
            detail += f" Set aside on {day_text(flag.dismissal.on)}: {why}."
        marks.append(
            Mark(
                flag.on,
                MarkKind.FLAG_DISMISSED if flag.dismissed else MarkKind.FLAG,
                f"Possible rupture: {flag.kind.label.lower()}",
                detail,
                session_id=flag.session_id,
                ref=f"flag:{flag.key}",
            )
        )
    return Lane(
        "flags",
        "Possible ruptures",
        LaneKind.MARKS,
        tuple(marks),
        empty_text="No possible ruptures flagged in this period.",
    )
