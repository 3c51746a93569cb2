"""Each demo client's story: what stays the same across their notes (themes, usual template,
a recurring other person, a situation and a short thread per theme, a hope for the work).
Pure and deterministic for a random stream.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from counsel_desk.demo.phrase_banks import THEMES
from counsel_desk.demo.templates import SESSION_TEMPLATES, TEMPLATE_WEIGHTS
from counsel_desk.demo.wording import PRONOUNS, fill

THEME_KEYS = tuple(sorted(THEMES))


@dataclass(frozen=True)
class ClientStory:
    """What stays the same across one client's notes. Strings are ready to use, with the
    client's pronouns already filled in ("her sister", "the death of his father")."""

    themes: tuple[str, ...]  # 2-3 theme keys, also used as note tags
    template_id: str  # the client's usual session-note template
    pronoun: str = "they"  # "she" | "he" | "they"
    person: str = "their closest friend"  # someone who comes up again and again
    situations: tuple[str, ...] = ()  # per theme, in the order of themes
    threads: tuple[str, ...] = ()  # a recurring short topic per theme, for titles and plans
    goal: str = "feel more settled"  # what they hope for from the work (follows "to")

    def situation(self, theme: str) -> str:
        if theme in self.themes and len(self.situations) == len(self.themes):
            return self.situations[self.themes.index(theme)]
        return fill(THEMES[theme].situations[0], self.pronoun)

    def thread(self, theme: str) -> str:
        if theme in self.themes and len(self.threads) == len(self.themes):
            return self.threads[self.themes.index(theme)]
        return fill(THEMES[theme].titles[0], self.pronoun)


def client_story(rng: random.Random, pronoun: str | None = None) -> ClientStory:
    """A client's story; ``pronoun`` ("she", "he", "they") matches the name the plan gave
    them, or is drawn here."""
    themes = tuple(rng.sample(THEME_KEYS, k=rng.choice((2, 2, 3))))
    drawn = rng.choices(("she", "he", "they"), (55, 37, 8))[0]
    pronoun = pronoun or drawn
    words = PRONOUNS[pronoun]
    relation = rng.choice([person for theme in themes for person in THEMES[theme].people])
    return ClientStory(
        themes=themes,
        template_id=rng.choices(tuple(SESSION_TEMPLATES), TEMPLATE_WEIGHTS)[0],
        pronoun=pronoun,
        person=f"{words['p']} {relation}",
        situations=tuple(fill(rng.choice(THEMES[t].situations), pronoun) for t in themes),
        threads=tuple(fill(rng.choice(THEMES[t].titles), pronoun) for t in themes),
        goal=fill(rng.choice(THEMES[themes[0]].goals), pronoun),
    )
