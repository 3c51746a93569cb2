"""Fictional session and process notes for demo and scale vaults. Pure and deterministic.

Each client gets a :class:`ClientStory` (themes, usual template, a recurring other person, a
situation per theme, a hope for the work), and each attended session a session note in that
template, sometimes with a process note. :mod:`~counsel_desk.domain.demo_note_writer` puts
the sentences together from the phrase banks (:mod:`~counsel_desk.domain.demo_themes`,
:mod:`~counsel_desk.domain.demo_phrases`) with the words made to fit
(:mod:`~counsel_desk.domain.demo_wording`), so thousands of notes do not read as copies, and
search results in a demo vault are meaningful: "work" is common, "canal" rare and
"photograph" rarer. No real person's words or data.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from counsel_desk.domain import demo_themes as th
from counsel_desk.domain.demo_note_writer import (
    PROCESS_RATE,
    SESSION_TEMPLATES,
    TEMPLATE_WEIGHTS,
    NoteWriter,
    PlannedNote,
)
from counsel_desk.domain.demo_wording import PRONOUNS, fill

__all__ = ["ClientStory", "PlannedNote", "SessionContext", "client_story", "plan_notes"]

THEME_KEYS = tuple(sorted(th.THEMES))


@dataclass(frozen=True)
class ClientStory:
    """What stays the same across one client's notes. Strings are ready to use, with the
    client's pronouns already filled in ("her sister", "the death of his father")."""

    themes: tuple[str, ...]  # 2-3 keys of demo_phrases.THEMES, also used as note tags
    template_id: str  # the client's usual session-note template
    pronoun: str = "they"  # "she" | "he" | "they"
    person: str = "their closest friend"  # someone who comes up again and again
    situations: tuple[str, ...] = ()  # per theme, in the order of themes
    threads: tuple[str, ...] = ()  # a recurring short topic per theme, for titles and plans
    goal: str = "feel more settled"  # what they hope for from the work (follows "to")

    def situation(self, theme: str) -> str:
        if theme in self.themes and len(self.situations) == len(self.themes):
            return self.situations[self.themes.index(theme)]
        return fill(th.THEMES[theme].situations[0], self.pronoun)

    def thread(self, theme: str) -> str:
        if theme in self.themes and len(self.threads) == len(self.themes):
            return self.threads[self.themes.index(theme)]
        return fill(th.THEMES[theme].titles[0], self.pronoun)


def client_story(rng: random.Random, pronoun: str | None = None) -> ClientStory:
    """A client's story; ``pronoun`` ("she", "he", "they") matches the name the plan gave
    them, or is drawn here."""
    themes = tuple(rng.sample(THEME_KEYS, k=rng.choice((2, 2, 3))))
    drawn = rng.choices(("she", "he", "they"), (55, 37, 8))[0]
    pronoun = pronoun or drawn
    words = PRONOUNS[pronoun]
    relation = rng.choice([person for theme in themes for person in th.THEMES[theme].people])
    return ClientStory(
        themes=themes,
        template_id=rng.choices(tuple(SESSION_TEMPLATES), TEMPLATE_WEIGHTS)[0],
        pronoun=pronoun,
        person=f"{words['p']} {relation}",
        situations=tuple(fill(rng.choice(th.THEMES[t].situations), pronoun) for t in themes),
        threads=tuple(fill(rng.choice(th.THEMES[t].titles), pronoun) for t in themes),
        goal=fill(rng.choice(th.THEMES[themes[0]].goals), pronoun),
    )


@dataclass(frozen=True)
class SessionContext:
    start: dt.datetime  # local naive datetime of the session
    today: dt.date
    number: int  # 1 = the client's first attended session, 2 = the next attended, ...
    final: bool  # the last session of a client whose work has ended
    modality: str  # "in_person" | "online" | "phone"
    client_late_minutes: int | None = None
    ended_early_minutes: int | None = None


def plan_notes(rng: random.Random, story: ClientStory, ctx: SessionContext) -> list[PlannedNote]:
    """Notes for one attended session: a session note, sometimes (~30%) a process note.

    Older notes are final; those from the last fortnight are often still drafts."""
    writer = NoteWriter(rng, story, ctx)
    notes = [writer.session_note()]
    if rng.random() < PROCESS_RATE:
        notes.append(writer.process_note())
    return notes
