"""Possible-rupture flags: suggestions, never verdicts, each with the reason a practitioner
reads beside it. Pure: the same records always give the same flags, whatever order they
come in.

The rules:

- **past the cutoff**: a score under the measure's cutoff where higher is better (at or
  above it where higher is worse). On an alliance measure every such score flags; on an
  outcome measure only a score that moves past the cutoff from the side before, since
  most clients begin in the clinical range and that alone says nothing about the alliance;
- **a notable drop**: a score worse than the median of the client's previous three scores
  on that measure (fewer at the start) by at least the measure's notable change;
- **missed after a low score**: a short-notice cancellation by the client, or a session the
  client did not attend, when the latest score before it on some measure raised one of
  the two flags above;
- **a rupture not yet repaired** after N sessions held since it (3 by default).

A flag is dismissed with a reason; the dismissal is kept as data and the flag still
listed with it, so the reason can be read later.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from decimal import Decimal
from enum import StrEnum

from counsel_desk.domain.alliance_records import SessionRecord
from counsel_desk.domain.dates import day_text
from counsel_desk.domain.errors import ValidationError
from counsel_desk.domain.i18n import QT_TRANSLATE_NOOP, Marked, Phrase, phrase
from counsel_desk.domain.measures import Kind, MeasureDefinition, number_text
from counsel_desk.domain.ruptures import Rupture
from counsel_desk.domain.scoring import ScoreRecord
from counsel_desk.domain.sessions import SessionStatus

PREVIOUS_SCORES = 3
UNREPAIRED_AFTER = 3
MAX_DISMISSAL = 200


class FlagKind(StrEnum):
    PAST_CUTOFF = "cutoff"
    NOTABLE_DROP = "drop"
    MISSED_AFTER_LOW = "missed"
    UNREPAIRED = "unrepaired"

    @property
    def label(self) -> Marked:
        return {
            "cutoff": QT_TRANSLATE_NOOP("FlagKind", "Score past the cutoff"),
            "drop": QT_TRANSLATE_NOOP("FlagKind", "Notable drop"),
            "missed": QT_TRANSLATE_NOOP("FlagKind", "Missed after a low score"),
            "unrepaired": QT_TRANSLATE_NOOP("FlagKind", "Rupture not yet repaired"),
        }[self.value]

    @property
    def lower_label(self) -> Marked:
        """The label inside a sentence ("Possible rupture: notable drop")."""
        return {
            "cutoff": QT_TRANSLATE_NOOP("rupture_flags", "score past the cutoff"),
            "drop": QT_TRANSLATE_NOOP("rupture_flags", "notable drop"),
            "missed": QT_TRANSLATE_NOOP("rupture_flags", "missed after a low score"),
            "unrepaired": QT_TRANSLATE_NOOP("rupture_flags", "rupture not yet repaired"),
        }[self.value]


ORDER = {kind: n for n, kind in enumerate(FlagKind)}

_Why = tuple[ScoreRecord, "Phrase | str"]  # a score, and why it is low ("" when it is not)

# Why a flag was raised, in full sentences (a translator sees each whole). The values are
# already English text: a measure's short name, numbers, days as the domain writes them.
_CUTOFF_ALLIANCE_UNDER = QT_TRANSLATE_NOOP(
    "rupture_flags",
    "{measure} {total} on {day}, under its cutoff of {cutoff}: a cue to ask together how the "
    "sessions are going.",
)
_CUTOFF_ALLIANCE_ABOVE = QT_TRANSLATE_NOOP(
    "rupture_flags",
    "{measure} {total} on {day}, at or above its cutoff of {cutoff}: a cue to ask together "
    "how the sessions are going.",
)
_CUTOFF_OUTCOME_UNDER = QT_TRANSLATE_NOOP(
    "rupture_flags",
    "{measure} {total} on {day}, under its cutoff of {cutoff} (the score before was {was}): "
    "distress at this level can weigh on the work, so it may be worth checking in.",
)
_CUTOFF_OUTCOME_ABOVE = QT_TRANSLATE_NOOP(
    "rupture_flags",
    "{measure} {total} on {day}, at or above its cutoff of {cutoff} (the score before was "
    "{was}): distress at this level can weigh on the work, so it may be worth checking in.",
)
_LOWER = QT_TRANSLATE_NOOP("rupture_flags", "{change} lower than before")
_HIGHER = QT_TRANSLATE_NOOP("rupture_flags", "{change} higher than before")
_DROP_LOWER_ONE = QT_TRANSLATE_NOOP(
    "rupture_flags",
    "{measure} {total} on {day}, {change} lower than the score before it ({median}); a "
    "change of {notable} or more counts as notable.",
)
_DROP_HIGHER_ONE = QT_TRANSLATE_NOOP(
    "rupture_flags",
    "{measure} {total} on {day}, {change} higher than the score before it ({median}); a "
    "change of {notable} or more counts as notable.",
)
_DROP_LOWER = QT_TRANSLATE_NOOP(
    "rupture_flags",
    "{measure} {total} on {day}, {change} lower than the median of the {count} scores before "
    "it ({median}); a change of {notable} or more counts as notable.",
)
_DROP_HIGHER = QT_TRANSLATE_NOOP(
    "rupture_flags",
    "{measure} {total} on {day}, {change} higher than the median of the {count} scores "
    "before it ({median}); a change of {notable} or more counts as notable.",
)
_MISSED_DID_NOT_ATTEND = QT_TRANSLATE_NOOP(
    "rupture_flags", "Did not attend on {day}, after {measure} {total} on {score_day} ({why})."
)
_MISSED_CANCELLED_SHORT = QT_TRANSLATE_NOOP(
    "rupture_flags",
    "Cancelled by the client at short notice on {day}, after {measure} {total} on "
    "{score_day} ({why}).",
)
_UNREPAIRED_ONE = QT_TRANSLATE_NOOP(
    "rupture_flags",
    "The rupture on {day} ({kind}) has no repair recorded after {count} session; it may be "
    "worth returning to.",
)
_UNREPAIRED = QT_TRANSLATE_NOOP(
    "rupture_flags",
    "The rupture on {day} ({kind}) has no repair recorded after {count} sessions; it may be "
    "worth returning to.",
)


@dataclass(frozen=True)
class Dismissal:
    """A flag set aside by the practitioner, and why. ``key`` is the flag's :attr:`Flag.key`."""

    key: str
    reason: str
    on: dt.date
    id: int | None = None


@dataclass(frozen=True)
class Flag:
    kind: FlagKind
    key: str  # stable for the same facts: what a dismissal refers to
    client_id: int
    on: dt.date
    reason: Phrase  # why it was raised: str() is the English
    session_id: int | None = None
    measure_id: str | None = None
    rupture_id: int | None = None
    dismissal: Dismissal | None = None

    @property
    def dismissed(self) -> bool:
        return self.dismissal is not None


@dataclass(frozen=True)
class FlagSettings:
    unrepaired_after: int = UNREPAIRED_AFTER  # sessions held since an open rupture
    previous_scores: int = PREVIOUS_SCORES  # how many earlier scores the median is taken of
    cutoff_measures: frozenset[str] | None = None  # measures whose cutoff flags; None: all


def dismiss(flag: Flag, reason: str, on: dt.date) -> Dismissal:
    """A checked dismissal of ``flag``: a reason is needed, and kept."""
    reason = " ".join(str(reason).split())
    if not reason:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Say briefly why you are setting this flag aside.")
        )
    if len(reason) > MAX_DISMISSAL:
        raise ValidationError(
            phrase(
                QT_TRANSLATE_NOOP("errors", "Keep the reason to {max_dismissal} characters."),
                max_dismissal=MAX_DISMISSAL,
            )
        )
    return Dismissal(key=flag.key, reason=reason, on=on)


def possible_ruptures(
    *,
    measures: Mapping[str, MeasureDefinition],
    scores: Iterable[ScoreRecord] = (),
    sessions: Iterable[SessionRecord] = (),
    ruptures: Iterable[Rupture] = (),
    dismissals: Iterable[Dismissal] = (),
    settings: FlagSettings = FlagSettings(),
) -> tuple[Flag, ...]:
    """Every flag for the records given (one client's, or several clients' together), by
    date. Scores of a measure not in ``measures`` (its file failed to load) are left out."""
    sessions = list(sessions)  # read twice below
    series = _series(scores, measures)
    flags: list[Flag] = []
    # Each score with the words that say why it is low ("" when it is not), per series.
    low = {
        key: _series_flags(measures[key[1]], records, settings, flags)
        for key, records in series.items()
    }
    flags += _missed_after_low(sessions, low, measures)
    flags += _unrepaired(ruptures, sessions, settings.unrepaired_after)
    by_key = {d.key: d for d in sorted(dismissals, key=lambda d: (d.on, d.id or 0, d.reason))}
    flags = [replace(f, dismissal=by_key[f.key]) if f.key in by_key else f for f in flags]
    return tuple(sorted(flags, key=lambda f: (f.on, f.client_id, ORDER[f.kind], f.key)))


def _series(
    scores: Iterable[ScoreRecord], measures: Mapping[str, MeasureDefinition]
) -> dict[tuple[int, str], list[ScoreRecord]]:
    """Each client's scores per measure, in a fixed order whatever order they came in."""
    series: dict[tuple[int, str], list[ScoreRecord]] = {}
    for record in scores:
        if record.measure_id in measures:
            series.setdefault((record.client_id, record.measure_id), []).append(record)
    for records in series.values():
        records.sort(key=_order)
    return dict(sorted(series.items()))


def _order(r: ScoreRecord) -> tuple:
    return (r.on, r.id is None, r.id or 0, r.session_id or 0, r.total, r.items or ())


def _ref(record: ScoreRecord) -> str:
    if record.id is not None:
        return f"score {record.id}"
    return f"{record.measure_id} {record.on.isoformat()} {record.session_id or ''}".strip()


def _cutoff_counts(measure: MeasureDefinition, settings: FlagSettings) -> bool:
    return settings.cutoff_measures is None or measure.id in settings.cutoff_measures


def _past_cutoff(
    measure: MeasureDefinition, record: ScoreRecord, before: ScoreRecord | None
) -> Flag:
    values = {
        "measure": measure.short_name,
        "total": number_text(record.total),
        "day": day_text(record.on),
        "cutoff": number_text(measure.cutoff or Decimal(0)),
    }
    under = measure.higher_is_better
    if measure.kind is Kind.ALLIANCE:
        template = _CUTOFF_ALLIANCE_UNDER if under else _CUTOFF_ALLIANCE_ABOVE
    else:
        values["was"] = number_text(before.total) if before else ""
        template = _CUTOFF_OUTCOME_UNDER if under else _CUTOFF_OUTCOME_ABOVE
    reason = Phrase(template, values)
    return Flag(
        kind=FlagKind.PAST_CUTOFF,
        key=f"cutoff {_ref(record)}",
        client_id=record.client_id,
        on=record.on,
        reason=reason,
        session_id=record.session_id,
        measure_id=measure.id,
    )


def _series_flags(
    measure: MeasureDefinition,
    records: list[ScoreRecord],
    settings: FlagSettings,
    flags: list[Flag],
) -> list[_Why]:
    """The cutoff and drop flags of one client's scores on one measure, added to ``flags``;
    each score comes back with the words that say why it is low ("" when it is not).
    (One loop with the measure's numbers at hand: a practice has ten thousand scores.)"""
    better, cutoff, notable = measure.higher_is_better, measure.cutoff, measure.notable_change
    every_time = measure.kind is Kind.ALLIANCE  # an outcome measure flags on the way past
    cutoff_flags = cutoff is not None and _cutoff_counts(measure, settings)
    keep = settings.previous_scores
    totals = [r.total for r in records]
    out = []
    was_past: bool | None = None  # None before the first score
    for n, record in enumerate(records):
        total, why = totals[n], ""
        past = cutoff is not None and (total < cutoff if better else total >= cutoff)
        if past and cutoff_flags and (every_time or was_past is False):
            flags.append(_past_cutoff(measure, record, records[n - 1] if n else None))
            why = measure.cutoff_words()
        was_past = past
        if notable is not None and n and keep > 0:
            earlier = totals[max(0, n - keep) : n]
            median = _median(earlier)
            worse = median - total if better else total - median
            if worse >= notable:
                flags.append(_drop(measure, record, len(earlier), median, worse))
                why = why or phrase(_LOWER if better else _HIGHER, change=number_text(worse))
        out.append((record, why))
    return out


def _median(values: list[Decimal]) -> Decimal:
    if len(values) == 3:  # nearly always: compared in place, no sort, no call
        a, b, c = values
        if a > b:
            a, b = b, a
        return b if b <= c else (c if c > a else a)
    ordered = sorted(values)
    middle = len(ordered) // 2
    return ordered[middle] if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2


def _drop(
    measure: MeasureDefinition, record: ScoreRecord, count: int, median: Decimal, worse: Decimal
) -> Flag:
    lower = measure.higher_is_better
    if count == 1:
        template = _DROP_LOWER_ONE if lower else _DROP_HIGHER_ONE
    else:
        template = _DROP_LOWER if lower else _DROP_HIGHER
    reason = phrase(
        template,
        measure=measure.short_name,
        total=number_text(record.total),
        day=day_text(record.on),
        change=number_text(worse),
        count=count,
        median=number_text(median),
        notable=number_text(measure.notable_change or Decimal(0)),
    )
    return Flag(
        kind=FlagKind.NOTABLE_DROP,
        key=f"drop {_ref(record)}",
        client_id=record.client_id,
        on=record.on,
        reason=reason,
        session_id=record.session_id,
        measure_id=measure.id,
    )


def _missed_after_low(
    sessions: Iterable[SessionRecord],
    low: Mapping[tuple[int, str], list[_Why]],
    measures: Mapping[str, MeasureDefinition],
) -> list[Flag]:
    """A short-notice cancellation by the client or a missed session, when the latest score
    before it on some measure was low."""
    by_client: dict[int, list[tuple[list[dt.date], list[_Why], str]]] = {}
    for (client_id, measure_id), series in low.items():
        days = [record.on for record, _why in series]
        by_client.setdefault(client_id, []).append((days, series, measure_id))
    flags = []
    for session in sessions:
        if session.status is SessionStatus.DID_NOT_ATTEND:
            template = _MISSED_DID_NOT_ATTEND
        elif session.status is SessionStatus.CANCELLED_BY_CLIENT and session.short_notice:
            template = _MISSED_CANCELLED_SHORT
        else:
            continue
        latest_low = []
        for days, series, measure_id in by_client.get(session.client_id, ()):
            n = bisect.bisect_left(days, session.day)  # scores strictly before the day
            if n and series[n - 1][1]:
                latest_low.append((*series[n - 1], measures[measure_id]))
        if not latest_low:
            continue
        record, why, measure = max(latest_low, key=lambda x: (_order(x[0]), x[2].id))
        reason = phrase(
            template,
            day=day_text(session.day),
            measure=measure.short_name,
            total=number_text(record.total),
            score_day=day_text(record.on),
            why=why,
        )
        flags.append(
            Flag(
                kind=FlagKind.MISSED_AFTER_LOW,
                key=f"missed session {session.session_id}",
                client_id=session.client_id,
                on=session.day,
                reason=reason,
                session_id=session.session_id,
                measure_id=measure.id,
            )
        )
    return flags


def _unrepaired(
    ruptures: Iterable[Rupture], sessions: Iterable[SessionRecord], after: int
) -> list[Flag]:
    open_ones = [rupture for rupture in ruptures if rupture.is_open]
    clients = {rupture.client_id for rupture in open_ones}
    held: dict[int, list[dt.date]] = {}
    for session in sessions:
        if session.client_id in clients and session.held:
            held.setdefault(session.client_id, []).append(session.day)
    for days in held.values():
        days.sort()
    flags = []
    for rupture in open_ones:
        since = [day for day in held.get(rupture.client_id, ()) if day > rupture.on]
        if len(since) < after:
            continue
        reason = phrase(
            _UNREPAIRED_ONE if after == 1 else _UNREPAIRED,
            day=day_text(rupture.on),
            kind=rupture.kind.lower_label,
            count=after,
        )
        ref = rupture.id
        if ref is None:
            ref = (
                f"{rupture.on.isoformat()} {rupture.kind.value} {rupture.session_id or ''}".strip()
            )
        flags.append(
            Flag(
                kind=FlagKind.UNREPAIRED,
                key=f"unrepaired rupture {ref}",
                client_id=rupture.client_id,
                on=since[after - 1],
                reason=reason,
                session_id=rupture.session_id,
                rupture_id=rupture.id,
            )
        )
    return flags
