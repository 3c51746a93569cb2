"""Ruptures in the working relationship, logged against a session, and their repair.

The domain checks both (``domain/ruptures.py``): a repair can never be dated before its
rupture, and each is one sentence when refused, with nothing written."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from counsel_desk.domain.audit import AuditKind
from counsel_desk.domain.errors import ValidationError
from counsel_desk.domain.i18n import QT_TRANSLATE_NOOP
from counsel_desk.domain.ruptures import Rupture, RuptureKind, make_repair, make_rupture
from counsel_desk.storage.audit import AuditLog
from counsel_desk.storage.clients import ClientRepository
from counsel_desk.storage.ruptures import RuptureRepository
from counsel_desk.storage.sessions import SessionRepository
from counsel_desk.storage.vault import Vault


@dataclass(frozen=True)
class OpenRupture:
    """A rupture with no repair yet, as Today lists it (the client by code)."""

    rupture: Rupture
    client_code: str


class RuptureService:
    def __init__(self, vault: Vault) -> None:
        self._work = vault.work
        self._repo = RuptureRepository(vault.conn)
        self._sessions = SessionRepository(vault.conn)
        self._clients = ClientRepository(vault.conn)
        self._audit = AuditLog(vault.conn)

    def log(
        self,
        session_id: int,
        kind: RuptureKind | str,
        what_happened: str,
        *,
        repaired_how: str = "",
    ) -> Rupture:
        """A rupture in a session; with ``repaired_how``, mended in the same session."""
        session = self._sessions.get(session_id)
        rupture = make_rupture(
            session.client_id, session.start.date(), kind, what_happened, session_id=session_id
        )
        if rupture.on > dt.date.today():
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors", "A rupture is logged against a session that has taken place."
                )
            )
        if repaired_how.strip():
            rupture = make_repair(rupture, rupture.on, repaired_how, session_id=session_id)
        with self._work:
            rupture_id = self._repo.add(rupture)
            self._audit.record(AuditKind.RUPTURE_RECORDED, rupture=rupture_id, session=session_id)
            if rupture.repair is not None:
                self._audit.record(AuditKind.RUPTURE_REPAIRED, rupture=rupture_id)
        return self._repo.get(rupture_id)

    def repair(
        self, rupture_id: int, on: dt.date, how: str, *, session_id: int | None = None
    ) -> Rupture:
        """Record how and when a rupture was mended (a later repair replaces an earlier)."""
        if on > dt.date.today():
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "A repair cannot be dated in the future.")
            )
        with self._work:
            rupture = self._repo.get(rupture_id)
            if session_id is not None:
                session = self._sessions.get(session_id)
                if session.client_id != rupture.client_id:
                    raise ValidationError(
                        QT_TRANSLATE_NOOP("errors", "That session is another client's.")
                    )
            repaired = make_repair(rupture, on, how, session_id=session_id)
            assert repaired.repair is not None
            self._repo.set_repair(rupture_id, repaired.repair)
            self._audit.record(AuditKind.RUPTURE_REPAIRED, rupture=rupture_id)
        return self._repo.get(rupture_id)

    def get(self, rupture_id: int) -> Rupture:
        return self._repo.get(rupture_id)

    def for_client(self, client_id: int) -> list[Rupture]:
        return self._repo.for_client(client_id)

    def open_ruptures(self, limit: int = 50) -> list[OpenRupture]:
        """Every rupture still without a repair, oldest first, with its client's code."""
        found = self._repo.open_ones(limit)
        codes = self._clients.codes_by_id() if found else {}
        return [OpenRupture(r, codes.get(r.client_id, "?")) for r in found]
