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

from counsel_desk.demo.note_writer import PROCESS_RATE, NoteWriter
from counsel_desk.demo.plans import ClientPlan, PlannedNote, PlannedSession, SessionContext
from counsel_desk.demo.stories import ClientStory, client_story
from counsel_desk.domain.clients import ClientStatus
from counsel_desk.domain.sessions import SessionStatus


def plan_notes(rng: random.Random, story: ClientStory, ctx: SessionContext) -> list[PlannedNote]:
    """Notes for one attended session: a session note, sometimes (~30%) a process note.

    Older notes are final; those from the last fortnight are often still drafts."""
    writer = NoteWriter(rng, story, ctx)
    notes = [writer.session_note()]
    if rng.random() < PROCESS_RATE:
        notes.append(writer.process_note())
    return notes


def client_notes(
    plan: ClientPlan, seed: int, today: dt.date
) -> Iterator[tuple[PlannedSession, list[PlannedNote]]]:
    """Each of a client's sessions with its notes (none unless it was held), in the order a
    vault is written: a rescheduled session's new time just before the session itself, so
    the moved session can point to it.

    The notes come from the client's own random stream (seeded by the seed and the client's
    code), so data that other features generate never shifts them.
    """
    rng = random.Random(f"{seed}-{plan.draft.code}")
    story = client_story(rng, plan.pronoun)
    held = [s for s in plan.all_sessions() if s.status is SessionStatus.ATTENDED]
    numbers = {id(s): n for n, s in enumerate(held, start=1)}
    last = held[-1] if held and plan.draft.status is ClientStatus.ENDED else None  # the ending
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
            )
            yield session, plan_notes(rng, story, context)
