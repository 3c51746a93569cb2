"""Sessions: booking one or a repeating series (leaving out times that clash), changing them;
each use case and its audit entry in one unit of work."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from counsel_desk.domain.audit import AuditKind
from counsel_desk.domain.errors import ValidationError
from counsel_desk.domain.i18n import Phrase
from counsel_desk.domain.rules import MAX_SESSION_MINUTES, validate_session
from counsel_desk.domain.series import (
    Repeat,
    Skipped,
    clashes,
    nothing_free,
    series_starts,
    series_summary,
)
from counsel_desk.domain.sessions import Session, SessionDraft, SessionStatus
from counsel_desk.storage.audit import AuditLog
from counsel_desk.storage.clients import ClientRepository
from counsel_desk.storage.sessions import SessionRepository
from counsel_desk.storage.vault import Vault


@dataclass(frozen=True)
class SeriesBooked:
    """A repeating booking: the sessions added, and the times left out because they clash."""

    sessions: list[Session]
    skipped: list[Skipped]

    @property
    def summary(self) -> Phrase:
        return series_summary(len(self.sessions), self.skipped)


class SessionService:
    def __init__(self, vault: Vault) -> None:
        self._work = vault.work
        self._repo = SessionRepository(vault.conn)
        self._clients = ClientRepository(vault.conn)
        self._audit = AuditLog(vault.conn)

    def for_client(self, client_id: int) -> list[Session]:
        return self._repo.for_client(client_id)

    def between(self, start: dt.datetime, end: dt.datetime) -> list[Session]:
        return self._repo.between(start, end)

    def get(self, session_id: int) -> Session:
        return self._repo.get(session_id)

    def count(self) -> int:
        return self._repo.count()

    def add(self, draft: SessionDraft) -> Session:
        draft = validate_session(draft)
        with self._work:
            self._clients.get(draft.client_id)  # NotFound with a sentence if it vanished
            session_id = self._repo.add(draft)
            self._audit.record(AuditKind.SESSION_ADDED, session=session_id, client=draft.client_id)
        return self._repo.get(session_id)

    def add_series(self, draft: SessionDraft, repeat: Repeat, weeks: int) -> SeriesBooked:
        """Book ``draft`` and its repeats for ``weeks`` weeks in one unit of work, leaving out
        each time that clashes with a session already booked (for any client). Refused, with
        the clashes listed, if no time is free."""
        draft = validate_session(draft)
        with self._work:  # the clashes are read under the write lock they are booked with
            self._clients.get(draft.client_id)  # NotFound with a sentence if it vanished
            starts = series_starts(draft.start, repeat, weeks)
            earliest = starts[0] - dt.timedelta(minutes=MAX_SESSION_MINUTES)
            latest = starts[-1] + dt.timedelta(minutes=draft.planned_minutes)
            taken = clashes(starts, draft.planned_minutes, self._repo.between(earliest, latest))
            codes = {s.client_id: self._clients.get(s.client_id).code for s in taken.values()}
            skipped = [
                Skipped(start, session.start, codes[session.client_id])
                for start, session in sorted(taken.items())
            ]
            free = [replace(draft, start=start) for start in starts if start not in taken]
            if not free:
                raise ValidationError(nothing_free(skipped))
            ids = self._repo.add_series(free)
            self._audit.record(
                AuditKind.SESSION_SERIES_ADDED,
                client=draft.client_id,
                sessions=len(ids),
                first_session=ids[0],
            )
        return SeriesBooked([self._repo.get(i) for i in ids], skipped)

    def update(self, session_id: int, draft: SessionDraft) -> Session:
        draft = validate_session(draft)
        with self._work:
            self._repo.update(session_id, draft)
            self._audit.record(AuditKind.SESSION_UPDATED, session=session_id)
        return self._repo.get(session_id)

    def set_status(self, session_id: int, status: SessionStatus) -> Session:
        with self._work:
            self._repo.set_status(session_id, status)
            self._audit.record(
                AuditKind.SESSION_STATUS_CHANGED, session=session_id, status=status.value
            )
        return self._repo.get(session_id)
