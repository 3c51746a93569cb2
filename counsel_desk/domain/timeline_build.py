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
from counsel_desk.domain.i18n import QT_TRANSLATE_NOOP, Marked, Phrase, phrase
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


# The words of the lanes and their marks (docs/ARCHITECTURE.md, "Translations"): lane titles
# and empty texts, a mark's label and detail. Values are numbers, days as the domain writes
# them, the practitioner's own words, and labels (marked themselves). ``_THEN`` and
# ``_LISTED`` join two sentences or two items of a list, in a language's own way.
_BOUNDARIES = QT_TRANSLATE_NOOP("timeline_build", "Boundaries")
_RISK = QT_TRANSLATE_NOOP("timeline_build", "Risk")
_CONTRACT = QT_TRANSLATE_NOOP("timeline_build", "Contract")
_ATTENDANCE = QT_TRANSLATE_NOOP("timeline_build", "Attendance")
_RUPTURES = QT_TRANSLATE_NOOP("timeline_build", "Ruptures and repairs")
_FLAGS = QT_TRANSLATE_NOOP("timeline_build", "Possible ruptures")
_MY_REFLECTION = QT_TRANSLATE_NOOP("timeline_build", "My reflection")
_NO_SCORES = QT_TRANSLATE_NOOP("timeline_build", "No {measure} scores in this period.")
_NO_REFLECTIONS = QT_TRANSLATE_NOOP("timeline_build", "No reflections in this period.")
_NO_SESSIONS = QT_TRANSLATE_NOOP("timeline_build", "No sessions in this period.")
_NO_RUPTURES = QT_TRANSLATE_NOOP("timeline_build", "No ruptures in this period.")
_NO_FLAGS = QT_TRANSLATE_NOOP("timeline_build", "No possible ruptures flagged in this period.")
_ILLUSTRATIVE = QT_TRANSLATE_NOOP("timeline_build", "{band} (illustrative band)")
_PAST_CUTOFF = QT_TRANSLATE_NOOP("timeline_build", "past the cutoff of {cutoff}")
_WITHIN_CUTOFF = QT_TRANSLATE_NOOP("timeline_build", "within the cutoff of {cutoff}")
_TWO_NOTES = QT_TRANSLATE_NOOP("timeline_build", "{first}; {second}")
_SCORED = QT_TRANSLATE_NOOP("timeline_build", "{name}: {total} of {max}.")
_SCORED_NOTE = QT_TRANSLATE_NOOP("timeline_build", "{name}: {total} of {max} ({note}).")
_SUBSCALES = QT_TRANSLATE_NOOP("timeline_build", "Subscales: {subscales}.")
_RISK_ITEM = QT_TRANSLATE_NOOP("timeline_build", "Item {n} (risk): {value}.")
_BY_ME = QT_TRANSLATE_NOOP("timeline_build", "Completed by me.")
_THEN = QT_TRANSLATE_NOOP("timeline_build", "{first} {then}")
_RATED = QT_TRANSLATE_NOOP("timeline_build", "{condition} {rating}")
_RATED_WORD = QT_TRANSLATE_NOOP("timeline_build", "{condition} {rating} ‘{word}’")
_LISTED = QT_TRANSLATE_NOOP("timeline_build", "{first}, {then}")
_REFLECTION_MARK = QT_TRANSLATE_NOOP("timeline_build", "Reflection {mean}")
_REFLECTION_DETAIL = QT_TRANSLATE_NOOP(
    "timeline_build", "My reflection: {rated}. Lowest: {lowest} ({rating})."
)
_CLIENT_LATE = QT_TRANSLATE_NOOP("timeline_build", "the client was {minutes} minutes late")
_I_WAS_LATE = QT_TRANSLATE_NOOP("timeline_build", "I started {minutes} minutes late")
_ENDED_EARLY = QT_TRANSLATE_NOOP("timeline_build", "ended {minutes} minutes early by {by}")
_ATTENDED = QT_TRANSLATE_NOOP("timeline_build", "Attended")
_ATTENDED_HOW = QT_TRANSLATE_NOOP("timeline_build", "Attended; {how}")
_CLIENT_CANCELLED_SHORT = QT_TRANSLATE_NOOP(
    "timeline_build", "Cancelled by the client at short notice"
)
_CLIENT_CANCELLED = QT_TRANSLATE_NOOP("timeline_build", "Cancelled by the client with notice")
_I_CANCELLED_SHORT = QT_TRANSLATE_NOOP("timeline_build", "Cancelled by me at short notice")
_I_CANCELLED = QT_TRANSLATE_NOOP("timeline_build", "Cancelled by me with notice")
_DID_NOT_ATTEND = QT_TRANSLATE_NOOP("timeline_build", "Did not attend")
_RESCHEDULED = QT_TRANSLATE_NOOP("timeline_build", "Rescheduled")
_SESSION_OF = QT_TRANSLATE_NOOP("timeline_build", "Session of {when}.")
_REPAIRED_ON = QT_TRANSLATE_NOOP("timeline_build", "{what} Repaired on {day}.")
_NOT_REPAIRED = QT_TRANSLATE_NOOP("timeline_build", "{what} Not yet repaired.")
_RUPTURE_MARK = QT_TRANSLATE_NOOP("timeline_build", "Rupture: {kind}")
_REPAIR = QT_TRANSLATE_NOOP("timeline_build", "Repair")
_REPAIR_DETAIL = QT_TRANSLATE_NOOP("timeline_build", "{how} (the rupture of {day}).")
_SET_ASIDE = QT_TRANSLATE_NOOP("timeline_build", "{reason} Set aside on {day}: {why}.")
_FLAG_MARK = QT_TRANSLATE_NOOP("timeline_build", "Possible rupture: {kind}")


def _then(first: Phrase | str, then: Phrase | str) -> Phrase:
    """Two sentences, one after the other."""
    return phrase(_THEN, first=first, then=then)


def build_timeline(inputs: TimelineInputs, start: dt.date, end: dt.date) -> Timeline:
    """The lanes for the days ``start`` to ``end`` (both included)."""

    def within(day: dt.date, until: dt.date | None = None) -> bool:
        return day <= end and (until or day) >= start

    lanes = [*_measure_lanes(inputs, within), _reflection_lane(inputs.reflections, within)]
    lanes.append(_attendance_lane(inputs.sessions, inputs.practice_breaks, within))
    lanes.append(_rupture_lane(inputs.ruptures, within))
    lanes.append(_event_lane("boundaries", _BOUNDARIES, MarkKind.BOUNDARY, inputs, within))
    lanes.append(_event_lane("risk", _RISK, MarkKind.RISK, inputs, within))
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
                empty_text=phrase(_NO_SCORES, measure=measure.short_name),
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
    notes: list[Phrase | str] = []
    if scored.band is not None:
        band = scored.band.label
        notes.append(phrase(_ILLUSTRATIVE, band=band) if measure.bands_illustrative else band)
    if measure.cutoff is not None:
        side = _PAST_CUTOFF if scored.concern else _WITHIN_CUTOFF
        notes.append(phrase(side, cutoff=number_text(measure.cutoff)))
    values = {"name": measure.name, "total": total, "max": number_text(measure.total_max)}
    if len(notes) == 2:
        notes = [phrase(_TWO_NOTES, first=notes[0], second=notes[1])]
    detail: Phrase = (
        phrase(_SCORED_NOTE, note=notes[0], **values) if notes else phrase(_SCORED, **values)
    )
    if scored.subscales:
        subs = ", ".join(f"{s.name.lower()} {number_text(v)}" for s, v in scored.subscales)
        detail = _then(detail, phrase(_SUBSCALES, subscales=subs))
    for n, value in scored.visible_items:
        detail = _then(detail, phrase(_RISK_ITEM, n=n, value=number_text(value)))
    if record.completed_by.value == "practitioner":
        detail = _then(detail, _BY_ME)
    return Mark(
        record.on,
        MarkKind.SCORE,
        f"{measure.short_name} {total}",
        detail,
        session_id=record.session_id,
        value=record.total,
        ref=f"score:{record.id}" if record.id is not None else "",
    )


def _rating_text(r: ConditionRating, first: bool) -> Phrase:
    """ "trust and safety 3 ‘held’" ("Trust…" when ``first``, at the start of a sentence)."""
    condition = r.condition.label if first else r.condition.lower_label
    if r.word:
        return phrase(_RATED_WORD, condition=condition, rating=r.rating, word=r.word)
    return phrase(_RATED, condition=condition, rating=r.rating)


def _reflection_lane(reflections: Iterable[Reflection], within: Within) -> Lane:
    marks = []
    # a ten-year client's 800 ratings are a few dozen kinds: each one's words written once
    words: dict[tuple[ConditionRating, bool], Phrase] = {}
    for reflection in sorted(reflections, key=lambda r: (r.on, r.id or 0)):
        if not within(reflection.on):
            continue
        parts = []
        for n, r in enumerate(reflection.ratings):
            text = words.get((r, not n))
            if text is None:
                text = words[r, not n] = _rating_text(r, not n)
            parts.append(text)
        rated = parts[0]
        for part in parts[1:]:
            rated = phrase(_LISTED, first=rated, then=part)
        lowest = reflection.lowest
        mean = reflection.mean
        marks.append(
            Mark(
                reflection.on,
                MarkKind.REFLECTION,
                phrase(_REFLECTION_MARK, mean=number_text(mean)),
                phrase(
                    _REFLECTION_DETAIL,
                    rated=rated,
                    lowest=lowest.condition.lower_label,
                    rating=lowest.rating,
                ),
                session_id=reflection.session_id,
                value=mean,
                ref=f"reflection:{reflection.id}" if reflection.id is not None else "",
            )
        )
    scale = Scale(low=Decimal(RATING_MIN), high=Decimal(RATING_MAX))
    return Lane(
        "reflection",
        _MY_REFLECTION,
        LaneKind.LINE,
        tuple(marks),
        scale=scale,
        empty_text=_NO_REFLECTIONS,
    )


# --- marks ---------------------------------------------------------------------------------

EARLY = {
    EarlyEnding.CLIENT: MarkKind.ENDED_EARLY_CLIENT,
    EarlyEnding.PRACTITIONER: MarkKind.ENDED_EARLY_PRACTITIONER,
    EarlyEnding.AGREED: MarkKind.ENDED_EARLY_AGREED,
    EarlyEnding.CONNECTION: MarkKind.ENDED_EARLY_CONNECTION,
    EarlyEnding.OUTSIDE: MarkKind.ENDED_EARLY_OUTSIDE,
}


def _attended(s: SessionRecord) -> tuple[Phrase | str, tuple[MarkKind, ...]]:
    words: list[Phrase] = []
    extra = []
    if s.client_late_minutes:
        words.append(phrase(_CLIENT_LATE, minutes=s.client_late_minutes))
        extra.append(MarkKind.CLIENT_LATE)
    if s.practitioner_late_minutes:
        words.append(phrase(_I_WAS_LATE, minutes=s.practitioner_late_minutes))
        extra.append(MarkKind.PRACTITIONER_LATE)
    if s.ended_early_minutes and s.ended_early_by is not None:
        words.append(phrase(_ENDED_EARLY, minutes=s.ended_early_minutes, by=s.ended_early_by.label))
        extra.append(EARLY[s.ended_early_by])
    if not words:
        return _ATTENDED, tuple(extra)
    said = words[0]
    for word in words[1:]:
        said = phrase(_LISTED, first=said, then=word)
    return phrase(_ATTENDED_HOW, how=said), tuple(extra)


def _attendance_mark(s: SessionRecord) -> Mark | None:
    status, short = s.status, s.short_notice
    extra: tuple[MarkKind, ...] = ()
    label: Phrase | str
    if status is SessionStatus.ATTENDED:
        kind = MarkKind.ATTENDED
        label, extra = _attended(s)
    elif status is SessionStatus.CANCELLED_BY_CLIENT:
        kind = MarkKind.CANCELLED_CLIENT_SHORT if short else MarkKind.CANCELLED_CLIENT
        label = _CLIENT_CANCELLED_SHORT if short else _CLIENT_CANCELLED
    elif status is SessionStatus.CANCELLED_BY_PRACTITIONER:
        kind = MarkKind.CANCELLED_PRACTITIONER_SHORT if short else MarkKind.CANCELLED_PRACTITIONER
        label = _I_CANCELLED_SHORT if short else _I_CANCELLED
    elif status is SessionStatus.DID_NOT_ATTEND:
        kind, label = MarkKind.DID_NOT_ATTEND, _DID_NOT_ATTEND
    elif status is SessionStatus.RESCHEDULED:
        kind, label = MarkKind.RESCHEDULED, _RESCHEDULED
    else:
        return None  # still scheduled: nothing has happened yet
    start = s.start  # the hour by hand: strftime is the costliest part of a mark
    when = f"{day_text(s.day)}, {start.hour:02d}:{start.minute:02d}"
    detail = phrase(_SESSION_OF, when=when)
    return Mark(s.day, kind, label, detail, session_id=s.session_id, extra=extra)


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
        _ATTENDANCE,
        LaneKind.MARKS,
        tuple(marks),
        empty_text=_NO_SESSIONS,
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
            what = rupture.what_happened.rstrip()
            if repair:
                detail = phrase(_REPAIRED_ON, what=what, day=day_text(repair.on))
            else:
                detail = phrase(_NOT_REPAIRED, what=what)
            marks.append(
                Mark(
                    rupture.on,
                    RUPTURE_KINDS[rupture.kind],
                    phrase(_RUPTURE_MARK, kind=rupture.kind.lower_label),
                    detail,
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
                    _REPAIR,
                    phrase(_REPAIR_DETAIL, how=repair.how, day=day_text(rupture.on)),
                    session_id=repair.session_id,
                    ref=ref,
                )
            )
    marks.sort(key=lambda m: m.on)
    return Lane(
        "ruptures",
        _RUPTURES,
        LaneKind.MARKS,
        tuple(marks),
        empty_text=_NO_RUPTURES,
    )


def _event_lane(
    key: str, title: Marked, kind: MarkKind, inputs: TimelineInputs, within: Within
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
    return Lane("contract", _CONTRACT, LaneKind.MARKS, marks)


def _flag_lane(flags: Iterable[Flag], within: Within) -> Lane:
    marks = []
    for flag in sorted(flags, key=lambda f: (f.on, f.key)):
        if not within(flag.on):
            continue
        detail: Phrase = flag.reason
        if flag.dismissal is not None:
            why = flag.dismissal.reason.rstrip(".")
            day = day_text(flag.dismissal.on)
            detail = phrase(_SET_ASIDE, reason=flag.reason, day=day, why=why)
        marks.append(
            Mark(
                flag.on,
                MarkKind.FLAG_DISMISSED if flag.dismissed else MarkKind.FLAG,
                phrase(_FLAG_MARK, kind=flag.kind.lower_label),
                detail,
                session_id=flag.session_id,
                ref=f"flag:{flag.key}",
            )
        )
    return Lane(
        "flags",
        _FLAGS,
        LaneKind.MARKS,
        tuple(marks),
        empty_text=_NO_FLAGS,
    )
