"""Getting a demo note's words right: pronouns, verbs after "they", and leaving out phrases
that do not fit the session's place in the work (no "last week" in a first session, no
"next week" in an ending). The words and patterns are in ``resources/demo/wording.toml``.
Pure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from counsel_desk.demo.phrase_banks import WORDING

PRONOUNS = {name: words._asdict() for name, words in WORDING.pronouns.items()}


def _plural(verb: str) -> str:
    if verb.endswith("ies"):
        return verb[:-3] + "y"
    if verb.endswith(("ches", "shes", "sses", "oes")):
        return verb[:-2]
    return verb[:-1]


# The phrase banks are written for "she"/"he"; after "they" these verbs change.
_THEY_VERBS = WORDING.they_verbs.irregular | {
    verb: _plural(verb) for verb in WORDING.they_verbs.regular
}
_THEY_VERB = re.compile(r"\b([Tt]hey) (" + "|".join(_THEY_VERBS) + r")\b")


def agree(text: str) -> str:
    return _THEY_VERB.sub(lambda m: f"{m[1]} {_THEY_VERBS[m[2]]}", text)


# Phrases that assume earlier sessions (left out of first sessions), and phrases that look
# ahead to more sessions (left out of endings).
HISTORY = re.compile("|".join(WORDING.leave_out.first_session))
FUTURE = re.compile("|".join(WORDING.leave_out.ending))
_FILTERED: dict[tuple[int, str], tuple[Sequence[str], tuple[str, ...]]] = {}


def without(pool: Sequence[str], pattern: re.Pattern[str]) -> tuple[str, ...]:
    """``pool`` less the phrases matching ``pattern`` (all of it, if that leaves nothing)."""
    key = (id(pool), pattern.pattern)
    cached = _FILTERED.get(key)
    if cached and cached[0] is pool:
        return cached[1]
    kept = tuple(t for t in pool if not pattern.search(t)) or tuple(pool)
    if isinstance(pool, tuple):  # the phrase bank's own, which live as long as we do
        _FILTERED[key] = (pool, kept)
    return kept


def fill(template: str, pronoun: str) -> str:
    text = template.format_map(PRONOUNS[pronoun])
    return agree(text) if pronoun == "they" else text
