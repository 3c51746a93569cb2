"""The shipped measures: one TOML file per measure in ``counsel_desk/resources/measures``,
read from the package (a wheel or a checkout alike) into checked definitions.

This reads the package's own data files, never the vault or the user's files, so the demo
generator (which may use the domain only) can plan scores with the same definitions the
app scores with; the phrase banks of the demo are read the same way.

A file that cannot be read or breaks a rule does not stop the others: the catalogue keeps
the measures that loaded and one sentence per file that did not, naming it.
"""

from __future__ import annotations

import functools
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from importlib import resources
from importlib.resources.abc import Traversable

from counsel_desk.domain.errors import ValidationError
from counsel_desk.domain.i18n import QT_TRANSLATE_NOOP, Phrase, phrase
from counsel_desk.domain.measure_mapping import measure_from_mapping
from counsel_desk.domain.measures import MeasureDefinition

SUFFIX = ".toml"


@dataclass(frozen=True)
class MeasureCatalogue:
    """The measures that loaded, in the order shown, and a sentence for each that did not."""

    measures: tuple[MeasureDefinition, ...]
    problems: tuple[str, ...] = ()

    def get(self, measure_id: str) -> MeasureDefinition | None:
        for measure in self.measures:
            if measure.id == measure_id:
                return measure
        return None

    def __iter__(self) -> Iterator[MeasureDefinition]:
        return iter(self.measures)

    def __len__(self) -> int:
        return len(self.measures)


# The order a picker lists them in: alliance first; any other file follows by name.
ORDER = ("srs", "wai_sr", "ors", "core10", "phq9", "gad7")


def shipped_folder() -> Traversable:
    return resources.files("counsel_desk").joinpath("resources", "measures")


def _inside(sentence: str) -> str:
    """A sentence put inside another, in brackets: its first letter in lower case."""
    return sentence[:1].lower() + sentence[1:]


def read_measure_file(entry: Traversable) -> MeasureDefinition:
    """One file read and checked; :class:`ValidationError` names it and what is wrong."""
    try:
        table = tomllib.loads(entry.read_bytes().decode("utf-8"), parse_float=Decimal)
        measure = measure_from_mapping(table)
    except FileNotFoundError:
        problem: str | Phrase = QT_TRANSLATE_NOOP("errors", "the file is missing")
    except (OSError, UnicodeDecodeError) as exc:
        problem = phrase(
            QT_TRANSLATE_NOOP("errors", "the file cannot be read as text ({error})"),
            error=type(exc).__name__,
        )
    except tomllib.TOMLDecodeError as exc:
        problem = _inside(str(exc))
    except ValidationError as exc:
        problem = _inside(exc.message.rstrip("."))
    else:
        if measure.id != entry.name.removesuffix(SUFFIX):
            problem = phrase(
                QT_TRANSLATE_NOOP("errors", "its id {id} does not match the file's name"),
                id=measure.id,
            )
        else:
            return measure
    raise ValidationError(
        phrase(
            QT_TRANSLATE_NOOP(
                "errors",
                "The measure file {name} could not be used ({problem}), "
                "so that measure is not offered; reinstall Counsel Desk to restore "
                "it.",
            ),
            name=entry.name,
            problem=problem,
        )
    )


def load_measures(folder: Traversable | None = None) -> MeasureCatalogue:
    """Every ``*.toml`` in ``folder`` (the shipped folder by default) that loads, and a
    sentence for each one that does not."""
    folder = folder or shipped_folder()
    found: dict[str, MeasureDefinition] = {}
    problems = []
    try:
        entries = sorted(
            (e for e in folder.iterdir() if e.name.endswith(SUFFIX)), key=lambda e: e.name
        )
    except OSError:
        return MeasureCatalogue((), ("The folder of measures could not be read.",))
    for entry in entries:
        try:
            measure = read_measure_file(entry)
        except ValidationError as exc:
            problems.append(exc.message)
            continue
        found[measure.id] = measure
    rank = {measure_id: n for n, measure_id in enumerate(ORDER)}
    ordered = sorted(found.values(), key=lambda m: (rank.get(m.id, len(ORDER)), m.id))
    return MeasureCatalogue(tuple(ordered), tuple(problems))


@functools.cache
def shipped_measures() -> MeasureCatalogue:
    """The shipped measures, read once per process."""
    return load_measures()
