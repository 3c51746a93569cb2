"""Getting a demo note's words right: pronouns, verbs after "they", and leaving out phrases
that do not fit the session's place in the work (no "last week" in a first session, no
"next week" in an ending). Pure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

PRONOUNS = {
    "she": {"S": "She", "s": "she", "o": "her", "p": "her", "P": "Her", "r": "herself"},
    "he": {"S": "He", "s": "he", "o": "him", "p": "his", "P": "His", "r": "himself"},
    "they": {"S": "They", "s": "they", "o": "them", "p": "their", "P": "Their", "r": "themselves"},
}


def _plural(verb: str) -> str:
    if verb.endswith("ies"):
        return verb[:-3] + "y"
    if verb.endswith(("ches", "shes", "sses", "oes")):
        return verb[:-2]
    return verb[:-1]


# The phrase bank is written for "she"/"he"; after "they" these verbs change.
_THEY_VERBS = {"was": "were", "is": "are", "has": "have", "does": "do"} | {
    verb: _plural(verb)
    for verb in (
        "apologises approaches carries checks dreads feels finds gets goes grieves judges keeps "
        "knows lets looks needs notices reacts recovers regrets seems speaks takes talks tends "
        "uses wants wishes works"
    ).split()
}
_THEY_VERB = re.compile(r"\b([Tt]hey) (" + "|".join(_THEY_VERBS) + r")\b")


def agree(text: str) -> str:
    return _THEY_VERB.sub(lambda m: f"{m[1]} {_THEY_VERBS[m[2]]}", text)


# Phrases that assume earlier sessions (left out of first sessions), and phrases that look
# ahead to more sessions (left out of endings).
HISTORY = re.compile(
    r"last (week|time|session|review|few weeks)|since last|usual|earlier session|recent|"
    r"a month|than before|than we were|from the start|at the start|returned to|came back to|"
    r"back over|so far|\bagain\b|by now|pattern|progress|stuck|is moving|growing|harder week|"
    r"using the sessions|consolidating|improving|less frequent|more able|helping|has eased|"
    r"working better|appearing|steadier"
)
FUTURE = re.compile(
    r"next (session|week|time)|between sessions|before we meet|shorter gap|plan this one|"
    r"go further|coming week"
)
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
