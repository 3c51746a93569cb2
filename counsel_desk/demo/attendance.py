"""What happened at each of a demo client's past sessions: mostly attended, sometimes late or
ended early, now and then cancelled, missed, or rescheduled to a one-off time the diary has
free. Pure and deterministic for a random stream.
"""

from __future__ import annotations

import datetime as dt
import random

from counsel_desk.demo.diary import Diary
from counsel_desk.demo.plans import PlannedSession
from counsel_desk.domain.sessions import Modality, SessionStatus


def past_session(
    rng: random.Random,
    start: dt.datetime,
    modality: Modality,
    diary: Diary,
    today: dt.date,
    *,
    may_move: bool = True,
) -> PlannedSession:
    """A past session with what happened at it: mostly attended, sometimes not on time.
    A rescheduled one moves to a one-off time a few days later (attended, or still ahead)."""
    status = _past_status(rng)
    extra: dict[str, object] = {}
    when = None
    if status is SessionStatus.RESCHEDULED:
        when = diary.book_one_off(rng, start) if may_move else None
        if when is None:  # no time free that week (or already moved once): it went ahead
            status = SessionStatus.ATTENDED
    if status is SessionStatus.ATTENDED:
        if rng.random() < 0.12:
            extra["client_late_minutes"] = rng.choice((3, 5, 5, 10, 15, 20))
        if rng.random() < 0.03:
            extra["practitioner_late_minutes"] = rng.choice((2, 5, 8))
        if rng.random() < 0.04:
            extra["ended_early_minutes"] = rng.choice((5, 10, 15))
            extra["ended_early_by"] = rng.choice(("client", "client", "practitioner"))
    elif status is SessionStatus.CANCELLED_BY_CLIENT:
        extra["notice_hours"] = float(rng.choice((1, 3, 12, 20, 24, 48, 72, 168)))
    elif status is SessionStatus.CANCELLED_BY_PRACTITIONER:
        extra["notice_hours"] = float(rng.choice((4, 24, 72, 168, 336)))
    elif when is not None:  # rescheduled
        extra["notice_hours"] = float(rng.choice((24, 48, 72, 120)))
        if when.date() < today:
            extra["replacement"] = past_session(rng, when, modality, diary, today, may_move=False)
        else:
            extra["replacement"] = PlannedSession(when, 50, modality, SessionStatus.SCHEDULED)
    return PlannedSession(start, 50, modality, status, **extra)  # type: ignore[arg-type]


def _past_status(rng: random.Random) -> SessionStatus:
    roll = rng.random()
    if roll < 0.86:
        return SessionStatus.ATTENDED
    if roll < 0.92:
        return SessionStatus.CANCELLED_BY_CLIENT
    if roll < 0.95:
        return SessionStatus.CANCELLED_BY_PRACTITIONER
    if roll < 0.98:
        return SessionStatus.DID_NOT_ATTEND
    return SessionStatus.RESCHEDULED
