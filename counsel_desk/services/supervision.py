"""The supervision log: logging, changing and deleting supervision sessions (each one unit of
work with its audit entry, ids only), and the hours by calendar year and by registration
year."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from counsel_desk.domain.audit import AuditKind
from counsel_desk.domain.errors import ValidationError
from counsel_desk.domain.i18n import QT_TRANSLATE_NOOP
from counsel_desk.domain.supervision import (
    CALENDAR_YEAR,
    HoursTotal,
    RegistrationYear,
    SupervisionSession,
    totals,
    validate_supervision,
)
from counsel_desk.storage.audit import AuditLog
from counsel_desk.storage.clients import ClientRepository
from counsel_desk.storage.errors import NotFound
from counsel_desk.storage.supervision import SupervisionRepository
from counsel_desk.storage.vault import Vault


@dataclass(frozen=True)
class SupervisionHours:
    """The log's hours: by calendar year and by registration year, newest first."""

    registration_year: RegistrationYear
    by_year: list[HoursTotal]
    by_registration_year: list[HoursTotal]


class SupervisionService:
    def __init__(self, vault: Vault) -> None:
        self._work = vault.work
        self._repo = SupervisionRepository(vault.conn)
        self._clients = ClientRepository(vault.conn)
        self._audit = AuditLog(vault.conn)

    # --- reading ---------------------------------------------------------------------------
    def sessions(self) -> list[SupervisionSession]:
        """Every session logged, newest first."""
        return self._repo.all()

    def between(self, first: dt.date, last: dt.date) -> list[SupervisionSession]:
        return self._repo.between(first, last)

    def get(self, supervision_id: int) -> SupervisionSession:
        return self._repo.get(supervision_id)

    def supervisors(self) -> list[str]:
        """Supervisors named before, the most recent first (the dialog offers them)."""
        return self._repo.supervisors()

    def hours(self) -> SupervisionHours:
        logged = self._repo.all()
        year = self._repo.registration_year()
        return SupervisionHours(year, totals(logged, CALENDAR_YEAR), totals(logged, year))

    def registration_year(self) -> RegistrationYear:
        return self._repo.registration_year()

    # --- writing ---------------------------------------------------------------------------
    def _checked(self, session: SupervisionSession, today: dt.date | None) -> SupervisionSession:
        session = validate_supervision(session, today=today or dt.date.today())
        for client_id in session.client_ids:
            try:
                self._clients.get(client_id)
            except NotFound:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("errors", "One of the clients chosen no longer exists.")
                ) from None
        return session

    def log(
        self, session: SupervisionSession, *, today: dt.date | None = None
    ) -> SupervisionSession:
        with self._work:
            session = self._checked(session, today)
            supervision_id = self._repo.add(session)
            self._audit.record(
                AuditKind.SUPERVISION_LOGGED,
                supervision=supervision_id,
                clients=len(session.client_ids),
            )
        return self._repo.get(supervision_id)

    def update(
        self, session: SupervisionSession, *, today: dt.date | None = None
    ) -> SupervisionSession:
        if session.id is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "That supervision session has not been logged yet.")
            )
        with self._work:
            self._repo.get(session.id)
            session = self._checked(session, today)
            self._repo.update(session)
            self._audit.record(
                AuditKind.SUPERVISION_CHANGED,
                supervision=session.id,  # type: ignore[arg-type]
                clients=len(session.client_ids),
            )
        return self._repo.get(session.id)  # type: ignore[arg-type]

    def delete(self, supervision_id: int) -> None:
        with self._work:
            self._repo.delete(supervision_id)
            self._audit.record(AuditKind.SUPERVISION_DELETED, supervision=supervision_id)

    def set_registration_year(self, year: RegistrationYear) -> None:
        """The day each registration year begins (``RegistrationYear`` checks the day)."""
        with self._work:
            if year == self._repo.registration_year():
                return
            self._repo.set_registration_year(year)
            self._audit.record(AuditKind.REGISTRATION_YEAR_SET)
