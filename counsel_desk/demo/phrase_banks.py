"""The demo's wording data: the phrase banks, names and wording rules in
``counsel_desk/resources/demo/*.toml``, read once (with :mod:`importlib.resources`) into
the typed, read-only shapes below (named tuples, tuples and mapping proxies).

Each file is checked against its shape as it is read: every key present, none unknown,
every list non-empty and of the right kind. A file that fails stops the generator with
:class:`PhraseBankError`, which names the file and the problem; nothing is generated or
written from a damaged bank.

The shapes are named tuples rather than dataclasses because they are built on every
``--demo`` start, and a named tuple class costs a third of a frozen dataclass to make.
"""

from __future__ import annotations

import functools
import re
import tomllib
import types
import typing
from collections.abc import Mapping
from importlib import resources
from importlib.resources.abc import Traversable

from counsel_desk.domain.contract.boundaries import BoundaryKind
from counsel_desk.domain.errors import CounselDeskError
from counsel_desk.domain.i18n import QT_TRANSLATE_NOOP

Texts = tuple[str, ...]


class PhraseBankError(CounselDeskError):
    """A data file in ``resources/demo`` that cannot be read or does not fit its shape."""

    default_message = QT_TRANSLATE_NOOP(
        "errors", "A phrase bank of the demo is damaged. Reinstall Counsel Desk to restore it."
    )


class ThemeBank(typing.NamedTuple):
    """One theme in ``themes.toml`` (what each list is for is described there)."""

    about: str
    situations: Texts
    people: Texts
    goals: Texts
    topics: Texts
    clauses: Texts
    moments: Texts
    readings: Texts
    titles: Texts


class Phrases(typing.NamedTuple):
    """``phrases.toml``: how a note frames what the client brought."""

    spoken_openers: Texts
    topic_openers: Texts
    manner_tails: Texts
    topic_tails: Texts
    generic_moments: Texts
    moods: Texts
    mood_when: Texts
    engagement: Texts
    interventions: Texts
    intervention_aims: Texts
    responses: Texts
    relationship_felt: Texts
    relationship_said: Texts
    assessments: Texts
    first_assessments: Texts
    risk_none: Texts
    risk_assessed: Texts
    plan_next: Texts
    plan_focus: Texts
    process_experience: Texts
    process_patterns: Texts
    process_wondering: Texts
    process_development: Texts
    first_titles: Texts
    ending_titles: Texts
    review_titles: Texts
    process_titles: Texts


class Seasonal(typing.NamedTuple):
    months: frozenset[int]
    text: str


class Occasions(typing.NamedTuple):
    """``occasions.toml``: first sessions, reviews, endings, lateness, seasons, rare words."""

    contract_openers: Texts
    contract_items: Texts
    contract_confidentiality: Texts
    contract_questions: Texts
    referrals: Texts
    first_brought: Texts
    first_also: Texts
    first_hopes: Texts
    first_history: Texts
    first_relationship: Texts
    first_risk: Texts
    first_plan: Texts
    review: Texts
    review_plan: Texts
    ending_open: Texts
    ending_changed: Texts
    ending_take: Texts
    ending_relationship: Texts
    ending_plan: Texts
    single_session: Texts
    late_reasons: Mapping[str, Texts]  # by modality
    late: Texts
    early: Texts
    medium: Mapping[str, Texts]  # by modality
    seasonal: tuple[Seasonal, ...]
    canal: Texts
    canal_process: Texts
    photograph: Texts
    photograph_process: Texts


class Names(typing.NamedTuple):
    """``names.toml``: given names by pronoun, surnames, streets and towns."""

    given: Mapping[str, Texts]
    surnames: Texts
    streets: Texts
    towns: Texts


class Pronouns(typing.NamedTuple):
    """The placeholders for one way of writing about a client ("she", "he" or "they")."""

    S: str  # She
    s: str  # she
    o: str  # her
    p: str  # her
    P: str  # Her
    r: str  # herself


class TheyVerbs(typing.NamedTuple):
    irregular: Mapping[str, str]  # "was" -> "were"
    regular: Texts  # these drop their -s


class LeaveOut(typing.NamedTuple):
    first_session: Texts  # regular expressions
    ending: Texts


class Wording(typing.NamedTuple):
    """``wording.toml``: pronouns, verbs after "they", phrases left out of some sessions."""

    pronouns: Mapping[str, Pronouns]
    they_verbs: TheyVerbs
    leave_out: LeaveOut


class BoundaryWords(typing.NamedTuple):
    """One kind of boundary event in ``boundaries.toml``: what happened, what was done."""

    happened: Texts
    done: Texts


class Boundaries(typing.NamedTuple):
    """``boundaries.toml``: the words of the demo's boundary events, by kind."""

    kinds: Mapping[str, BoundaryWords]


class Alliance(typing.NamedTuple):
    """``alliance.toml``: ruptures by kind, repairs, and one-word reflections."""

    withdrawal: Texts
    confrontation: Texts
    both: Texts
    repairs: Texts
    words_low: Texts
    words_high: Texts


class RiskWords(typing.NamedTuple):
    """A risk as a note says it, as the risk log names it, and its level."""

    raised: str
    phrase: str
    level: str  # a RiskLevel value


class AgreedWords(typing.NamedTuple):
    """What was agreed about a risk, and the risk log's action for it."""

    said: str
    action: str  # a RiskAction value
    gp: bool  # a GP appointment agreed: the next notes ask whether it happened


class Questions(typing.NamedTuple):
    """Supervision questions, by what the note holds."""

    general: Texts
    risk: Texts
    missed: Texts
    late: Texts
    first: Texts
    ending: Texts


class Care(typing.NamedTuple):
    """``care.toml``: risk and its follow-up, what a note says after an absence,
    fortnightly bookings, amendments and questions that fit their note, endings."""

    supervision: Texts
    follow_harm: Texts
    follow_gp: Texts
    follow_letter: Texts
    follow_eased: Texts
    review_summaries: Texts
    outcomes: Texts
    outcome_ended: Texts
    after_missed: Texts
    after_cancelled: Texts
    after_my_cancellation: Texts
    after_early: Texts
    plan_fortnight: Texts
    first_plan_fortnight: Texts
    amendments_quoted: Texts
    amendments_plan: Texts
    gp_practices: Texts
    questions: Questions
    signposting: Mapping[str, Texts]  # by EndingKind value
    risks: tuple[RiskWords, ...]
    agreed: tuple[AgreedWords, ...]


PRONOUN_KEYS = frozenset({"she", "he", "they"})
ENDING_KINDS = frozenset({"planned", "unplanned", "referred_on", "lost_contact"})
BOUNDARY_KINDS = frozenset(kind.value for kind in BoundaryKind)

# Each file, its shape, and the tables in it that must hold certain keys.
FILES: dict[str, tuple[object, dict[str, frozenset[str]]]] = {
    "themes.toml": (Mapping[str, ThemeBank], {}),
    "phrases.toml": (Phrases, {}),
    "occasions.toml": (Occasions, {"late_reasons": frozenset({"in_person"})}),
    "names.toml": (Names, {"given": PRONOUN_KEYS}),
    "wording.toml": (Wording, {"pronouns": PRONOUN_KEYS}),
    "boundaries.toml": (Boundaries, {"kinds": BOUNDARY_KINDS}),
    "alliance.toml": (Alliance, {}),
    "care.toml": (Care, {"signposting": ENDING_KINDS}),
}


def load(name: str, folder: Traversable | None = None) -> typing.Any:
    """The file ``name`` (in ``resources/demo``, or in ``folder``) read into its shape."""
    shape, keys = FILES[name]
    path = (folder or resources.files("counsel_desk").joinpath("resources", "demo")) / name
    try:
        table = tomllib.loads(path.read_bytes().decode("utf-8"))
        bank = _shaped(table, shape, "")
        for where, needed in keys.items():
            if missing := sorted(needed - set(getattr(bank, where))):
                raise _Mismatch(f"{where} has no {', '.join(missing)}")
        return bank
    except FileNotFoundError:
        problem = "the file is missing"
    except (OSError, UnicodeDecodeError) as exc:
        problem = f"the file cannot be read as text ({type(exc).__name__})"
    except tomllib.TOMLDecodeError as exc:  # "Unclosed array (at line 3, column 5)"
        problem = re.sub(r" \((at line \d+, column \d+)\)$", r" \1", str(exc))
    except _Mismatch as exc:
        problem = str(exc)
    raise PhraseBankError(
        f"The demo's phrase bank {path} is damaged ({problem[:1].lower()}{problem[1:]}), so no "
        "demo data was made. Reinstall Counsel Desk to restore it."
    )


class _Mismatch(Exception):
    """A value that does not fit its shape; the message says where and what was expected."""


def _shaped(value: object, shape: object, where: str) -> object:
    """``value`` as read from TOML, checked against ``shape`` and made read-only."""
    if shape == Texts:  # most of every file: checked here, without a call per sentence
        items = _expect(value, list, where, "a list")
        if not items:
            raise _Mismatch(f"{where} is an empty list")
        for n, item in enumerate(items, 1):
            if type(item) is not str:
                raise _Mismatch(f"{where}[{n}] should be text in quotes")
        return tuple(items)
    origin, args = typing.get_origin(shape), typing.get_args(shape)
    if isinstance(shape, type) and issubclass(shape, tuple):  # one of the shapes above
        table = _expect(value, dict, where, "a table")
        hints = _hints(shape)
        names = list(hints)
        for key in table:
            if key not in names:
                raise _Mismatch(f"{_at(where, key)} is not something the demo uses")
        for key in names:
            if key not in table:
                raise _Mismatch(f"{_at(where, key)} is missing")
        return shape(**{key: _shaped(table[key], hints[key], _at(where, key)) for key in names})
    if origin is Mapping:
        table = _expect(value, dict, where, "a table")
        if not table:
            raise _Mismatch(f"{where} is empty")
        shaped = {key: _shaped(item, args[1], _at(where, key)) for key, item in table.items()}
        return types.MappingProxyType(shaped)
    if origin in (tuple, frozenset):
        items = _expect(value, list, where, "a list")
        if not items:
            raise _Mismatch(f"{where} is an empty list")
        shaped = [_shaped(item, args[0], f"{where}[{n}]") for n, item in enumerate(items, 1)]
        return tuple(shaped) if origin is tuple else frozenset(shaped)
    if shape is str:
        return _expect(value, str, where, "text in quotes")
    if shape is bool:
        return _expect(value, bool, where, "true or false")
    if shape is int:
        if isinstance(value, bool):
            raise _Mismatch(f"{where} should be a whole number")
        return _expect(value, int, where, "a whole number")
    raise TypeError(f"no way to read {shape}")  # a shape above that this function misses


@functools.cache
def _hints(shape: type) -> dict[str, object]:
    """A shape's field types by name, in field order."""
    hints = typing.get_type_hints(shape)
    return {name: hints[name] for name in shape._fields}  # type: ignore[attr-defined]


def _expect(value: object, kind: type, where: str, said: str) -> typing.Any:
    if not isinstance(value, kind):
        raise _Mismatch(f"{where or 'the file'} should be {said}")
    return value


def _at(where: str, key: str) -> str:
    return f"{where}.{key}" if where else key


THEMES: Mapping[str, ThemeBank] = load("themes.toml")
PHRASES: Phrases = load("phrases.toml")
OCCASIONS: Occasions = load("occasions.toml")
NAMES: Names = load("names.toml")
WORDING: Wording = load("wording.toml")
BOUNDARIES: Boundaries = load("boundaries.toml")
ALLIANCE: Alliance = load("alliance.toml")
CARE: Care = load("care.toml")
