"""Fictional session and process notes for demo and scale vaults. Pure and deterministic.

Written by us from a vocabulary of everyday counselling themes, so that search results in a
demo vault are meaningful: rare words stay rare, common words common. No real person's words.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

THEMES: dict[str, tuple[str, ...]] = {
    "grief": (
        "spoke about the anniversary of her father's death and the quiet of the house",
        "described waves of grief arriving without warning, often in the supermarket",
        "wondered aloud whether it was wrong to laugh again so soon",
        "brought a photograph and talked about what it was like to look at it",
    ),
    "work": (
        "described the pressure of a new manager and deadlines that keep moving",
        "talked about feeling invisible in meetings and rehearsing what to say",
        "explored whether to ask for reduced hours and what stops them",
        "noticed how tired they feel on Sunday evenings before the week begins",
    ),
    "anxiety": (
        "described a racing heart on the train and the urge to get off early",
        "talked about lying awake rehearsing conversations that might go wrong",
        "noticed that the worry eases when walking the dog by the canal",
        "named a fear of being judged that goes back to school",
    ),
    "relationships": (
        "talked about arguments with their partner over small household things",
        "explored what it means to say no to a sister who relies on them",
        "described feeling lonely even when surrounded by friends",
        "wondered whether they always choose people who need looking after",
    ),
    "family": (
        "spoke about caring for a mother with dementia and the guilt of needing a break",
        "described a tense Christmas and old roles returning within hours",
        "explored the hope and fear of contacting an estranged brother",
        "talked about becoming a parent and losing sight of themselves",
    ),
    "self-worth": (
        "described a harsh inner voice that comments on everything they do",
        "noticed a flicker of pride when describing the garden they have built",
        "talked about comparing themselves with colleagues on social media",
        "explored where the belief of not being good enough first took hold",
    ),
    "sleep": (
        "described waking at four in the morning with thoughts already running",
        "talked about a bedtime routine that has slipped since the winter",
        "noticed that sleep improves on days with time outdoors",
    ),
    "change": (
        "talked about moving to a new town and missing familiar streets",
        "explored mixed feelings about retirement approaching in the spring",
        "described the relief and the fear of ending a long relationship",
    ),
}
PROCESS = (
    "I noticed I wanted to reassure them and held back, staying with the silence instead.",
    "I felt a pull to rescue, which I recognise from my own family; worth taking to supervision.",
    "The session felt slower today and I wondered whether I was leading too much.",
    "I was moved when they spoke about the photograph and let that show a little.",
    "I felt some irritation at the lateness and want to understand where that comes from.",
    "There was a moment of real meeting near the end; I want to notice what made it possible.",
    "I caught myself planning my next question rather than listening.",
)
RELATIONSHIP = (
    "The connection felt steady; they said the sessions are a place to think.",
    "They seemed more guarded today and checked my reaction several times.",
    "They said they had felt unheard last week; we talked about it openly.",
    "Warm and collaborative; they led the pace throughout.",
)
PLANS = (
    "We agreed to return to this next week.",
    "They want to think about whether to write the letter.",
    "Next session as usual; they will let me know about the holiday dates.",
    "We agreed to review how the work is going in two sessions' time.",
)
QUESTIONS = (
    "Am I holding the pace the client wants, or my own?",
    "How do I respond to the request for contact between sessions?",
    "What is the pull to rescue telling me here?",
    "Is it time to talk with the client about an ending?",
)


@dataclass(frozen=True)
class PlannedNote:
    kind: str  # "session" or "process"
    template_id: str
    title: str
    body: str
    final: bool
    tags: tuple[str, ...]
    risk: bool = False
    supervision_question: str = ""
    amendment: str = ""  # appended after finalising, with a reason


def _session_body(rng: random.Random, themes: list[str]) -> str:
    lines = ["## What the client brought", ""]
    for theme in themes:
        lines.append(f"The client {rng.choice(THEMES[theme])}.")
    lines += ["", "## What seemed to matter most", ""]
    theme = rng.choice(themes)
    lines.append(f"Returning to {theme}, they {rng.choice(THEMES[theme])}.")
    lines += ["", "## The relationship", "", rng.choice(RELATIONSHIP)]
    lines += ["", "## Safety", "", "No risk raised today.", "", "## Next time", ""]
    lines.append(rng.choice(PLANS))
    return "\n".join(lines)


def plan_notes(
    rng: random.Random, start: dt.datetime, today: dt.date, client_themes: tuple[str, ...]
) -> list[PlannedNote]:
    """Notes for one attended session at ``start``: a session note, sometimes a process note.

    Older notes are finalised; the last fortnight's are often still drafts.
    """
    recent = (today - start.date()).days <= 14
    themes = rng.sample(list(client_themes), k=min(len(client_themes), rng.randint(1, 2)))
    risk = rng.random() < 0.03
    body = _session_body(rng, themes)
    if risk:
        body = body.replace(
            "No risk raised today.",
            "They mentioned passing thoughts of not wanting to be here; no plan or intent. "
            "We agreed a safety plan and the crisis numbers.",
        )
    question = rng.choice(QUESTIONS) if rng.random() < 0.06 else ""
    final = not (recent and rng.random() < 0.6)
    amendment = ""
    if final and rng.random() < 0.04:
        amendment = "Correction: the appointment change was agreed by email, not by phone."
    notes = [
        PlannedNote(
            kind="session",
            template_id="builtin:person_centred",
            title=f"Session on {start:%d %b %Y}",
            body=body,
            final=final,
            tags=tuple(themes),
            risk=risk,
            supervision_question=question,
            amendment=amendment,
        )
    ]
    if rng.random() < 0.3:
        notes.append(
            PlannedNote(
                kind="process",
                template_id="builtin:process_reflection",
                title="Process reflection",
                body="## What I noticed in myself\n\n" + " ".join(rng.sample(PROCESS, k=2)),
                final=not recent,
                tags=(),
            )
        )
    return notes


def client_themes(rng: random.Random) -> tuple[str, ...]:
    return tuple(rng.sample(sorted(THEMES), k=rng.randint(2, 3)))
