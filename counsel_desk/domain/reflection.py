"""The practitioner's reflection after a session: how each of the eight conditions of a good
working relationship felt, rated 1 to 5, with an optional word. Pure.

The conditions and their descriptions are this project's own words. A condition can be left
unrated (the session may not have touched it), but a reflection rates at least one.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from counsel_desk.domain.errors import ValidationError
from counsel_desk.domain.i18n import QT_TRANSLATE_NOOP, Marked, phrase

RATING_MIN, RATING_MAX = 1, 5
MAX_WORD = 40


class Condition(StrEnum):
    COMMUNICATION = "communication"
    RELIABILITY = "reliability"
    CONSISTENCY = "consistency"
    BOUNDARIES = "boundaries"
    RESPECT = "respect"
    ACCEPTANCE = "acceptance"
    TRUST_AND_SAFETY = "trust_and_safety"
    PACE_AND_CONTROL = "pace_and_control"

    @property
    def label(self) -> Marked:
        return LABELS[self]

    @property
    def lower_label(self) -> Marked:
        """The label inside a sentence ("lowest: trust and safety")."""
        return LOWER_LABELS[self]

    @property
    def prompt(self) -> Marked:
        """What to ask oneself, in a line (a tooltip beside the rating)."""
        return PROMPTS[self]


LABELS = {
    Condition.COMMUNICATION: QT_TRANSLATE_NOOP("Condition", "Communication"),
    Condition.RELIABILITY: QT_TRANSLATE_NOOP("Condition", "Reliability"),
    Condition.CONSISTENCY: QT_TRANSLATE_NOOP("Condition", "Consistency"),
    Condition.BOUNDARIES: QT_TRANSLATE_NOOP("Condition", "Boundaries"),
    Condition.RESPECT: QT_TRANSLATE_NOOP("Condition", "Respect"),
    Condition.ACCEPTANCE: QT_TRANSLATE_NOOP("Condition", "Acceptance"),
    Condition.TRUST_AND_SAFETY: QT_TRANSLATE_NOOP("Condition", "Trust and safety"),
    Condition.PACE_AND_CONTROL: QT_TRANSLATE_NOOP("Condition", "Pace and control"),
}
LOWER_LABELS = {
    Condition.COMMUNICATION: QT_TRANSLATE_NOOP("reflection", "communication"),
    Condition.RELIABILITY: QT_TRANSLATE_NOOP("reflection", "reliability"),
    Condition.CONSISTENCY: QT_TRANSLATE_NOOP("reflection", "consistency"),
    Condition.BOUNDARIES: QT_TRANSLATE_NOOP("reflection", "boundaries"),
    Condition.RESPECT: QT_TRANSLATE_NOOP("reflection", "respect"),
    Condition.ACCEPTANCE: QT_TRANSLATE_NOOP("reflection", "acceptance"),
    Condition.TRUST_AND_SAFETY: QT_TRANSLATE_NOOP("reflection", "trust and safety"),
    Condition.PACE_AND_CONTROL: QT_TRANSLATE_NOOP("reflection", "pace and control"),
}
PROMPTS = {
    Condition.COMMUNICATION: QT_TRANSLATE_NOOP(
        "reflection", "Things that mattered were said, in both directions, in good time."
    ),
    Condition.RELIABILITY: QT_TRANSLATE_NOOP(
        "reflection", "We both kept to the time and the arrangements we had made."
    ),
    Condition.CONSISTENCY: QT_TRANSLATE_NOOP(
        "reflection", "The session had the same care and focus as the ones before it."
    ),
    Condition.BOUNDARIES: QT_TRANSLATE_NOOP(
        "reflection", "What we agreed about contact and the frame of the work was kept."
    ),
    Condition.RESPECT: QT_TRANSLATE_NOOP(
        "reflection", "The client's agenda led, and the session began and ended on time."
    ),
    Condition.ACCEPTANCE: QT_TRANSLATE_NOOP(
        "reflection", "The client could be as they are without feeling judged."
    ),
    Condition.TRUST_AND_SAFETY: QT_TRANSLATE_NOOP(
        "reflection", "The client seemed safe enough to bring what was hard."
    ),
    Condition.PACE_AND_CONTROL: QT_TRANSLATE_NOOP(
        "reflection", "The client set what we worked on and how fast we went."
    ),
}
# What each rating means, shown beside the numbers.
RATING_WORDS = {
    1: QT_TRANSLATE_NOOP("reflection", "strained"),
    2: QT_TRANSLATE_NOOP("reflection", "uneasy"),
    3: QT_TRANSLATE_NOOP("reflection", "steady enough"),
    4: QT_TRANSLATE_NOOP("reflection", "good"),
    5: QT_TRANSLATE_NOOP("reflection", "strong"),
}


@dataclass(frozen=True)
class ConditionRating:
    condition: Condition
    rating: int
    word: str = ""


@dataclass(frozen=True)
class Reflection:
    """The practitioner's ratings for one session, in the order of :class:`Condition`."""

    client_id: int
    on: dt.date
    ratings: tuple[ConditionRating, ...]
    session_id: int | None = None
    id: int | None = None

    def rating(self, condition: Condition) -> ConditionRating | None:
        for rated in self.ratings:
            if rated.condition is condition:
                return rated
        return None

    @property
    def mean(self) -> Decimal:
        """The mean rating, to one decimal place (3.4)."""
        total = sum(r.rating for r in self.ratings)
        return (Decimal(total) / len(self.ratings)).quantize(Decimal("0.1"))

    @property
    def lowest(self) -> ConditionRating:
        """The lowest rated condition (the first in order when several share it)."""
        return min(self.ratings, key=lambda r: r.rating)


def check_rating(condition: Condition, rating: object, word: str = "") -> ConditionRating:
    """One condition's rating, checked: a whole number 1 to 5, a word of at most 40
    characters on one line."""
    label = condition.lower_label
    if isinstance(rating, str) and rating.strip().isdigit():
        rating = int(rating.strip())
    if isinstance(rating, bool) or not isinstance(rating, int):
        raise ValidationError(
            phrase(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Rate {label} with a whole number from {rating_min} to {rating_max}.",
                ),
                label=label,
                rating_min=RATING_MIN,
                rating_max=RATING_MAX,
            )
        )
    if not RATING_MIN <= rating <= RATING_MAX:
        raise ValidationError(
            phrase(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Rate {label} from {rating_min} to {rating_max}; {rating} is outside that.",
                ),
                label=label,
                rating_min=RATING_MIN,
                rating_max=RATING_MAX,
                rating=rating,
            )
        )
    if not isinstance(word, str):
        raise ValidationError(
            phrase(QT_TRANSLATE_NOOP("errors", "The word for {label} should be text."), label=label)
        )
    word = " ".join(word.split())
    if len(word) > MAX_WORD:
        raise ValidationError(
            phrase(
                QT_TRANSLATE_NOOP(
                    "errors", "The word for {label} can be at most {max_word} characters."
                ),
                label=label,
                max_word=MAX_WORD,
            )
        )
    return ConditionRating(condition, rating, word)


def make_reflection(
    client_id: int,
    on: dt.date,
    ratings: Mapping[Condition, object] | Iterable[tuple[Condition, object, str]],
    *,
    session_id: int | None = None,
    id: int | None = None,
) -> Reflection:
    """A checked reflection from ``{condition: rating}`` or ``(condition, rating, word)``
    triples; conditions left out (or rated None) are unrated."""
    triples = (
        [(c, r, "") for c, r in ratings.items()] if isinstance(ratings, Mapping) else list(ratings)
    )
    checked: dict[Condition, ConditionRating] = {}
    for named, rating, word in triples:
        try:
            condition = Condition(named)
        except ValueError:
            raise ValidationError(
                phrase(
                    QT_TRANSLATE_NOOP("errors", "There is no condition called {named}."),
                    named=named,
                )
            ) from None
        if condition in checked:
            raise ValidationError(
                phrase(
                    QT_TRANSLATE_NOOP("errors", "{label} is rated twice."), label=condition.label
                )
            )
        if rating is None or (isinstance(rating, str) and not rating.strip()):
            if word and word.strip():
                raise ValidationError(
                    phrase(
                        QT_TRANSLATE_NOOP("errors", "Give {label} a rating for its word."),
                        label=condition.lower_label,
                    )
                )
            continue
        checked[condition] = check_rating(condition, rating, word)
    if not checked:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "Rate at least one of the conditions, or skip the reflection."
            )
        )
    ordered = tuple(checked[c] for c in Condition if c in checked)
    return Reflection(client_id, on, ordered, session_id=session_id, id=id)
