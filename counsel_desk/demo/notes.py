"""The demo notes of a client's sessions. Pure and deterministic.

Each attended session gets a session note in the client's usual template, sometimes with a
process note, written by :class:`~counsel_desk.demo.note_writer.NoteWriter` from the
client's :mod:`~counsel_desk.demo.stories` and the phrase banks, so thousands of notes do
not read as copies, and search results in a demo vault are meaningful: "work" is common,
"canal" rare and "photograph" rarer. No real person's words or data.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator
from dataclasses import dataclass, replace

from counsel_desk.demo.note_writer import PROCESS_RATE, NoteWriter
from counsel_desk.demo.plans import ClientPlan, PlannedNote, PlannedSession, SessionContext
from counsel_desk.demo.stories import ClientStory, client_story
from counsel_desk.domain.clients import ClientStatus, EndingKind
from counsel_desk.domain.sessions import SessionStatus


def plan_notes(rng: random.Random, story: ClientStory, ctx: SessionContext) -> list[PlannedNote]:
    """Notes for one attended session: a session note, sometimes (~30%) a process note.

    Older notes are final; those from the last fortnight are often still drafts."""
    writer = NoteWriter(rng, story, ctx)
    notes = [writer.session_note()]
    if rng.random() < PROCESS_RATE:
        notes.append(writer.process_note())
    return notes


def _previous(plan: ClientPlan) -> dict[int, str]:
    """For each held session (by id), what became of the booking before it since the last
    held one: "missed", "cancelled", "cancelled_me", or "early" if that one ended early."""
    found: dict[int, str] = {}
    pending = ""
    for session in plan.all_sessions():
        status = session.status
        if status is SessionStatus.ATTENDED:
            found[id(session)] = pending
            pending = "early" if session.ended_early_minutes else ""
        elif status in _ABSENT:
            pending = _ABSENT[status]
    return found


@dataclass(frozen=True)
class _Follow:
    """Notes still to follow up a risk, those done, and what was agreed about the GP."""

    left: int = 0
    done: int = 0
    gp: bool = False
    letter: bool = False


_ABSENT = {
    SessionStatus.DID_NOT_ATTEND: "missed",
    SessionStatus.CANCELLED_BY_CLIENT: "cancelled",
    SessionStatus.CANCELLED_BY_PRACTITIONER: "cancelled_me",
}
# An ending the practitioner could prepare for ends with an ending session; the others just
# stop (the client stopped coming, or could not be reached).
_MARKED_ENDINGS = (None, EndingKind.PLANNED, EndingKind.REFERRED_ON)


def client_notes(
    plan: ClientPlan, seed: int, today: dt.date
) -> Iterator[tuple[PlannedSession, list[PlannedNote]]]:
    """Each of a client's sessions with its notes (none unless it was held), in the order a
    vault is written: a rescheduled session's new time just before the session itself, so
    the moved session can point to it.

    The notes come from the client's own random stream (seeded by the seed and the client's
    code), so data that other features generate never shifts them. A risk disclosed in one
    note is followed up in the next two or three; the note after a missed, cancelled or
    shortened session says so; a fortnightly client is booked in two weeks.
    """
    rng = random.Random(f"{seed}-{plan.draft.code}")
    story = client_story(rng, plan.pronoun)
    held = [s for s in plan.all_sessions() if s.status is SessionStatus.ATTENDED]
    numbers = {id(s): n for n, s in enumerate(held, start=1)}
    ended = plan.draft.status is ClientStatus.ENDED and plan.draft.ending in _MARKED_ENDINGS
    last = held[-1] if held and ended else None  # the ending session
    previous = _previous(plan)
    follow = _Follow()
    for regular in plan.sessions:
        for session in (regular.replacement, regular):
            if session is None:
                continue
            if session.status is not SessionStatus.ATTENDED:
                yield session, []
                continue
            context = SessionContext(
                start=session.start,
                today=today,
                number=numbers[id(session)],
                final=session is last,
                modality=session.modality.value,
                client_late_minutes=session.client_late_minutes,
                ended_early_minutes=session.ended_early_minutes,
                fortnightly=plan.fortnightly,
                previous=previous.get(id(session), ""),
                risk_follow=follow.done + 1 if follow.left else 0,
                follow_gp=follow.gp,
                follow_letter=follow.letter,
            )
            notes = plan_notes(rng, story, context)
            if follow.left:
                follow = replace(follow, left=follow.left - 1, done=follow.done + 1)
            raised = notes[0]
            if raised.risk_phrase:  # followed up in the next two or three notes
                follow = _Follow(2 + len(raised.body) % 2, 0, raised.risk_gp, raised.risk_letter)
            yield session, notes
