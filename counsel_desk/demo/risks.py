"""The risk entries of a demo client: one for each note that disclosed a risk, logged on
the session's day with what was agreed, reviewed at the sessions whose notes follow it up,
and closed after the last of them (still open, with a review due, while the follow-up is
under way). Made from the notes' own choices: no random stream of its own. Pure."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import replace

from counsel_desk.demo.phrase_banks import CARE
from counsel_desk.demo.plans import PlannedNote, PlannedRisk, PlannedSession

REVIEW_AFTER = dt.timedelta(days=7)


def client_risks(
    sessions: Iterable[tuple[PlannedSession, list[PlannedNote]]],
    today: dt.date,
    ended_on: dt.date | None = None,
) -> list[tuple[PlannedNote, PlannedRisk]]:
    """(the note a risk was disclosed in, its entry) for one client's sessions and notes,
    in the order ``client_notes`` gives them; an entry still open when the work ended
    (``ended_on``) is closed then."""
    found: list[tuple[PlannedNote, PlannedRisk]] = []
    current: list = []  # the note, the day, and its follow-ups: (day, note)
    for session, notes in sessions:
        if not notes:
            continue
        note, day = notes[0], session.start.date()
        if note.risk_follow and current:
            current[2].append((day, note))
        if note.risk_phrase:
            if current:
                found.append(_entry(*current, today))
            current = [note, day, []]
    if current:
        found.append(_entry(*current, today))
    return [_closed_at_ending(note, risk, ended_on) for note, risk in found]


def _closed_at_ending(
    note: PlannedNote, risk: PlannedRisk, ended_on: dt.date | None
) -> tuple[PlannedNote, PlannedRisk]:
    if ended_on is None or risk.closed_on is not None or ended_on < risk.on:
        return note, risk
    outcome = CARE.outcome_ended[len(note.body) % len(CARE.outcome_ended)]
    reviews = (*risk.reviews, (ended_on, outcome, None))
    if risk.reviews and risk.reviews[-1][0] >= ended_on:
        reviews = (*risk.reviews[:-1], (risk.reviews[-1][0], outcome, None))
    return note, replace(risk, reviews=reviews, closed_on=reviews[-1][0], outcome=outcome)


def _entry(
    note: PlannedNote, day: dt.date, follow: list[tuple[dt.date, PlannedNote]], today: dt.date
) -> tuple[PlannedNote, PlannedRisk]:
    told, told_on = "", None
    if note.risk_letter:  # the letter to the GP, written the next day
        told, told_on = "GP, by letter with consent", day + dt.timedelta(days=1)
    if told_on is not None and told_on > today:
        told, told_on = "", None
    reviews = []
    for n, (on, later) in enumerate(follow):
        if on > today:
            break
        summary = CARE.review_summaries[
            (later.risk_follow + len(later.body)) % len(CARE.review_summaries)
        ]
        nxt = on + REVIEW_AFTER
        reviews.append((on, summary, nxt if n < len(follow) - 1 else None))
    closed_on, outcome = None, ""
    if reviews and len(reviews) == len(follow) and len(follow) >= 2:
        on, summary, _none = reviews[-1]
        outcome = CARE.outcomes[len(note.body) % len(CARE.outcomes)]
        reviews[-1] = (on, outcome, None)
        closed_on = on
    elif reviews:
        on, summary, _none = reviews[-1]
        reviews[-1] = (on, summary, on + REVIEW_AFTER)
    review_on = reviews[-1][2] if reviews and reviews[-1][2] else day + REVIEW_AFTER
    return note, PlannedRisk(
        on=day,
        phrase=note.risk_phrase,
        level=note.risk_level,
        actions=note.risk_actions,
        told=told,
        told_on=told_on,
        review_on=review_on,
        reviews=tuple(reviews),
        closed_on=closed_on,
        outcome=outcome,
    )
