"""Turning result rows into domain dataclasses, for the notes and search repositories."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable, Sequence
from dataclasses import fields
from typing import Any, TypeVar

from counsel_desk.domain.notes import NoteKind, NoteStatus
from counsel_desk.domain.sessions import Modality, SessionStatus

T = TypeVar("T")


def parse_time(text: str | None) -> dt.datetime | None:
    """UTC bookkeeping times end in Z; session times are local wall-clock, kept naive."""
    return dt.datetime.fromisoformat(text) if text else None  # "…Z" parses as UTC


_CONVERT: dict[str, Callable[[Any], Any]] = {
    "bool": bool,
    "dt.datetime": parse_time,
    "dt.datetime | None": parse_time,
    "tuple[str, ...]": lambda text: tuple(text.split("\n")) if text else (),
    "NoteKind": NoteKind,
    "NoteStatus": NoteStatus,
    "Modality": Modality,
    "SessionStatus": SessionStatus,
}


def build_row(cls: type[T], row: Sequence[Any]) -> T:
    """A domain dataclass from a row whose columns follow the dataclass's fields in order."""
    return cls(*(convert(v) for convert, v in zip(_converters(cls), row, strict=False)))


@functools.cache
def _converters(cls: type) -> tuple[Callable[[Any], Any], ...]:
    return tuple(_CONVERT.get(str(f.type), _unchanged) for f in fields(cls))


def _unchanged(value: Any) -> Any:
    return value
