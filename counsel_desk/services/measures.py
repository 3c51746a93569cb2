"""Measures and scores: the shipped measures and the practitioner's own, and a score entered
for a session as its items or its total, checked before anything is written.

A score is scored by the domain first (``domain/scoring.py``): a bad value is refused with a
sentence naming it, and nothing is written. A shipped measure file that fails to load is
named in one sentence (``Measures.problems``) and the others still work; scores on it are
kept and shown again once it loads.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from importlib.resources.abc import Traversable
from typing import Any

from counsel_desk.domain.audit import AuditKind
from counsel_desk.domain.errors import ValidationError
from counsel_desk.domain.i18n import QT_TRANSLATE_NOOP
from counsel_desk.domain.measure_files import MeasureCatalogue, load_measures, shipped_measures
from counsel_desk.domain.measure_mapping import measure_from_mapping, measure_to_mapping
from counsel_desk.domain.measures import MeasureDefinition, Respondent
from counsel_desk.domain.own_measures import next_own_id, own_measure
from counsel_desk.domain.scoring import ScoreRecord, score
from counsel_desk.storage.audit import AuditLog
from counsel_desk.storage.measures import MeasureRepository
from counsel_desk.storage.scores import ScoreRepository
from counsel_desk.storage.sessions import SessionRepository
from counsel_desk.storage.vault import Vault

DEFAULT_MEASURE = "srs"


@dataclass(frozen=True)
class Measures:
    """Every measure offered, shipped first, and a sentence for each that failed to load."""

    measures: tuple[MeasureDefinition, ...]
    problems: tuple[str, ...] = ()

    def get(self, measure_id: str) -> MeasureDefinition | None:
        for measure in self.measures:
            if measure.id == measure_id:
                return measure
        return None

    def by_id(self) -> dict[str, MeasureDefinition]:
        return {m.id: m for m in self.measures}

    def __iter__(self) -> Iterator[MeasureDefinition]:
        return iter(self.measures)

    def __len__(self) -> int:
        return len(self.measures)


class MeasureService:
    def __init__(self, vault: Vault, shipped_folder: Traversable | None = None) -> None:
        self._work = vault.work
        self._repo = MeasureRepository(vault.conn)
        self._scores = ScoreRepository(vault.conn)
        self._sessions = SessionRepository(vault.conn)
        self._audit = AuditLog(vault.conn)
        self._folder = shipped_folder
        self._cached: Measures | None = None

    # --- the measures ------------------------------------------------------------------
    def _shipped(self) -> MeasureCatalogue:
        return shipped_measures() if self._folder is None else load_measures(self._folder)

    def catalogue(self) -> Measures:
        """The shipped measures that loaded, then the practitioner's own (read once, and
        again after one is added)."""
        if self._cached is None:
            shipped = self._shipped()
            own, problems = [], list(shipped.problems)
            for measure_id, table in self._repo.own():
                try:
                    own.append(measure_from_mapping(table))
                except ValidationError as exc:  # written by a newer app, say
                    problems.append(f"Your measure {measure_id} could not be read: {exc.message}")
            self._cached = Measures((*shipped.measures, *own), tuple(problems))
        return self._cached

    def measure(self, measure_id: str) -> MeasureDefinition:
        found = self.catalogue().get(measure_id)
        if found is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "That measure is not available: its definition did not load, so it cannot "
                    "be scored.",
                )
            )
        return found

    def define(self, fields: Mapping[str, Any]) -> MeasureDefinition:
        """Add the practitioner's own measure from the form's fields; one sentence if any
        of them cannot be used, and nothing is written."""
        taken = self.catalogue().measures
        with self._work:
            measure_id = next_own_id(self._repo.ids())
            definition = own_measure(measure_id, fields, taken)
            self._repo.add(measure_id, measure_to_mapping(definition))
            self._audit.record(AuditKind.MEASURE_ADDED, measure=measure_id)
        self._cached = None
        return definition

    def default_for(self, client_id: int) -> MeasureDefinition | None:
        """The measure a new score starts on: the client's last one, else the SRS, else the
        first offered."""
        offered = self.catalogue()
        for measure_id in (self._scores.latest_measure(client_id), DEFAULT_MEASURE):
            if measure_id and (found := offered.get(measure_id)) is not None:
                return found
        return offered.measures[0] if offered.measures else None

    # --- scores ------------------------------------------------------------------------
    def record_score(
        self,
        session_id: int,
        measure_id: str,
        *,
        items: Sequence[object | None] | None = None,
        total: object | None = None,
        completed_by: Respondent | None = None,
        on: dt.date | None = None,
    ) -> ScoreRecord:
        """A score for a session, as its items or its total (or both, which must agree);
        ``on`` is the day it was completed (the session's day unless given)."""
        measure = self.measure(measure_id)
        checked = score(measure, items=items, total=total)
        session = self._sessions.get(session_id)
        day = on or session.start.date()
        if day > dt.date.today():
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "A score cannot be dated in the future.")
            )
        record = ScoreRecord.from_score(
            checked,
            client_id=session.client_id,
            on=day,
            completed_by=Respondent(completed_by or measure.completed_by),
            session_id=session_id,
        )
        with self._work:
            score_id = self._scores.add(record)
            self._audit.record(
                AuditKind.SCORE_RECORDED, score=score_id, session=session_id, measure=measure.id
            )
        return self._scores.get(score_id)

    def delete_score(self, score_id: int) -> None:
        """A score entered by mistake, removed (the audit trail keeps that it was)."""
        with self._work:
            record = self._scores.get(score_id)
            self._scores.delete(score_id)
            self._audit.record(AuditKind.SCORE_DELETED, score=score_id, client=record.client_id)

    def scores_for_client(self, client_id: int) -> list[ScoreRecord]:
        return self._scores.for_client(client_id)

    def scores_for_session(self, session_id: int) -> list[ScoreRecord]:
        return self._scores.for_session(session_id)

    def score(self, score_id: int) -> ScoreRecord:
        return self._scores.get(score_id)
