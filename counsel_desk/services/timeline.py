"""A client's alliance timeline: every record it draws, read once (``inputs``), and the
lanes for a period (``timeline``), the same structure the picture and the table beside it
are made from. Saving the picture as a file is recorded in the audit trail (the client's
id and the format; never the path)."""

from __future__ import annotations

import datetime as dt

from counsel_desk.domain.audit import AuditKind
from counsel_desk.domain.errors import ValidationError
from counsel_desk.domain.i18n import QT_TRANSLATE_NOOP, phrase
from counsel_desk.domain.timeline import PictureFormat, Preset, Timeline, preset_range
from counsel_desk.domain.timeline_build import TimelineInputs, build_timeline
from counsel_desk.services.alliance_inputs import AllianceInputs
from counsel_desk.services.flags import FlagService
from counsel_desk.services.measures import MeasureService
from counsel_desk.storage.audit import AuditLog
from counsel_desk.storage.clients import ClientRepository
from counsel_desk.storage.reflections import ReflectionRepository
from counsel_desk.storage.ruptures import RuptureRepository
from counsel_desk.storage.scores import ScoreRepository
from counsel_desk.storage.vault import Vault

DEFAULT_PRESET = Preset.TWELVE_MONTHS


class TimelineService:
    def __init__(
        self,
        vault: Vault,
        measures: MeasureService,
        inputs: AllianceInputs,
        flags: FlagService,
    ) -> None:
        self._work = vault.work
        self._measures = measures
        self._inputs = inputs
        self._flags = flags
        self._scores = ScoreRepository(vault.conn)
        self._reflections = ReflectionRepository(vault.conn)
        self._ruptures = RuptureRepository(vault.conn)
        self._clients = ClientRepository(vault.conn)
        self._audit = AuditLog(vault.conn)

    def inputs(self, client_id: int) -> TimelineInputs:
        """Everything one client's timeline draws, read from the vault and the providers."""
        sessions = self._inputs.session_records(client_id)
        scores = self._scores.for_client(client_id)
        ruptures = self._ruptures.for_client(client_id)
        return TimelineInputs(
            measures=self._measures.catalogue().by_id(),
            sessions=sessions,
            scores=scores,
            reflections=self._reflections.for_client(client_id),
            ruptures=ruptures,
            flags=self._flags.for_client(client_id, sessions, scores, ruptures),
            boundary_events=self._inputs.boundary_events(client_id),
            risk_entries=self._inputs.risk_entries(client_id),
            contract_events=self._inputs.contract_events(client_id),
            practice_breaks=self._inputs.practice_breaks(),
        )

    def timeline(
        self,
        client_id: int,
        *,
        preset: Preset | None = None,
        start: dt.date | None = None,
        end: dt.date | None = None,
        today: dt.date | None = None,
    ) -> Timeline:
        """The lanes for a preset (12 months by default) or for ``start`` to ``end`` (either
        left out: the preset's)."""
        return timeline_for(
            self.inputs(client_id), preset=preset, start=start, end=end, today=today
        )

    def client_id_for(self, code: str) -> int:
        found = self._clients.id_for_code(code.strip())
        if found is None:
            raise ValidationError(
                phrase(
                    QT_TRANSLATE_NOOP("errors", "There is no client with the code {code}."),
                    code=code.strip()[:20],
                )
            )
        return found

    def client_code(self, client_id: int) -> str:
        return self._clients.get(client_id).code

    def record_exported(self, client_id: int, fmt: PictureFormat) -> None:
        """Audit: this client's timeline left the vault as a file in this format (the path
        is not kept: a folder or file name can name a client)."""
        with self._work:
            self._audit.record(
                AuditKind.TIMELINE_EXPORTED, client=client_id, format=fmt.value, to="file"
            )


def timeline_for(
    inputs: TimelineInputs,
    *,
    preset: Preset | None = None,
    start: dt.date | None = None,
    end: dt.date | None = None,
    today: dt.date | None = None,
) -> Timeline:
    """The lanes of ``inputs`` for a preset or a period; one sentence if the period is
    back to front. With only ``end``, the preset's length up to it; with only ``start``,
    from it to the preset's end."""
    preset = preset or DEFAULT_PRESET
    span = inputs.span()
    if end is not None and start is None:
        start = preset_range(preset, end, None)[0]
        if preset is Preset.ALL and span is not None:
            start = min(span[0], end)
    first, last = preset_range(preset, today or dt.date.today(), span)
    start, end = start or first, end or max(last, start or first)
    if start > end:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "The period starts after it ends: the first date must come first."
            )
        )
    return build_timeline(inputs, start, end)
