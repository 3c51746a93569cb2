"""Clients and their identity (kept in a table of its own, apart from the code)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from counsel_desk.domain.clients import (
    Client,
    ClientDraft,
    ClientIdentity,
    ClientStatus,
    ContactPreferences,
    EndingKind,
    GpConsent,
    GpDetails,
)
from counsel_desk.domain.i18n import QT_TRANSLATE_NOOP, phrase
from counsel_desk.storage.db import IntegrityError
from counsel_desk.storage.errors import Conflict, NotFound
from counsel_desk.storage.repository import Repository, iso_date, now_utc, parse_date

_IDENTITY_COLUMNS = (
    "full_name, preferred_name, date_of_birth, email, phone, address, emergency_contact, "
    "gp_name, gp_practice, gp_phone, gp_consent, may_text, may_voicemail, may_email, minor, "
    "parental_responsibility"
)
_IDENTITY_MARKS = ", ".join("?" * (_IDENTITY_COLUMNS.count(",") + 1))


class ClientRepository(Repository):
    _SELECT = (
        "SELECT c.id, c.code, c.status, c.start_date, c.end_date, c.ending, c.signposting, "
        "c.first_contact, i.full_name, i.preferred_name, i.date_of_birth, i.email, i.phone, "
        "i.address, "
        "i.emergency_contact, i.gp_name, i.gp_practice, i.gp_phone, i.gp_consent, i.may_text, "
        "i.may_voicemail, i.may_email, i.minor, i.parental_responsibility "
        "FROM clients c LEFT JOIN client_identity i ON i.client_id = c.id"
    )

    @staticmethod
    def _client(row: tuple) -> Client:
        i = row[8:]
        identity = ClientIdentity(
            full_name=i[0] or "",
            preferred_name=i[1] or "",
            date_of_birth=parse_date(i[2]),
            email=i[3] or "",
            phone=i[4] or "",
            address=i[5] or "",
            emergency_contact=i[6] or "",
            gp=GpDetails(i[7] or "", i[8] or "", i[9] or "", GpConsent(i[10] or "not_asked")),
            contact=ContactPreferences(bool(i[11]), bool(i[12]), bool(i[13])),
            minor=bool(i[14]),
            parental_responsibility=i[15] or "",
        )
        return Client(
            id=row[0],
            code=row[1],
            status=ClientStatus(row[2]),
            start_date=parse_date(row[3]),
            end_date=parse_date(row[4]),
            identity=identity,
            ending=EndingKind(row[5]) if row[5] else None,
            signposting=row[6] or "",
            first_contact=parse_date(row[7]),
        )

    def list(self, statuses: Iterable[ClientStatus] | None = None) -> list[Client]:
        if statuses is None:
            rows = self._query(f"{self._SELECT} ORDER BY c.code")
        else:
            wanted = [s.value for s in statuses]
            marks = ",".join("?" * len(wanted))
            rows = self._query(
                f"{self._SELECT} WHERE c.status IN ({marks}) ORDER BY c.code", wanted
            )
        return [self._client(r) for r in rows]

    def get(self, client_id: int) -> Client:
        rows = self._query(f"{self._SELECT} WHERE c.id = ?", (client_id,))
        if not rows:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "That client no longer exists."))
        return self._client(rows[0])

    def codes(self) -> list[str]:
        return [r[0] for r in self._query("SELECT code FROM clients")]

    def codes_by_id(self) -> dict[int, str]:
        """Every client's code by id (no names)."""
        return dict(self._query("SELECT id, code FROM clients"))

    def id_for_code(self, code: str) -> int | None:
        rows = self._query("SELECT id FROM clients WHERE code = ? COLLATE NOCASE", (code,))
        return rows[0][0] if rows else None

    def by_code(self, code: str) -> Client | None:
        """The client with ``code`` (any case), or None."""
        rows = self._query(f"{self._SELECT} WHERE c.code = ?", (code.strip(),))
        return self._client(rows[0]) if rows else None

    def add(self, draft: ClientDraft) -> int:
        stamp = now_utc()
        self._writing()
        try:
            cur = self.conn.execute(
                "INSERT INTO clients (code, status, start_date, end_date, ending, signposting, "
                "first_contact, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    draft.code,
                    draft.status.value,
                    iso_date(draft.start_date),
                    iso_date(draft.end_date),
                    draft.ending.value if draft.ending else None,
                    draft.signposting,
                    iso_date(draft.first_contact),
                    stamp,
                    stamp,
                ),
            )
            client_id = int(cur.lastrowid)
            self._write_identity(client_id, draft.identity)
        except IntegrityError as exc:
            raise Conflict(
                phrase(
                    QT_TRANSLATE_NOOP("errors", "Another client already has the code {code}."),
                    code=draft.code,
                )
            ) from exc
        return client_id

    def update(self, client_id: int, draft: ClientDraft) -> None:
        self._writing()
        try:
            cur = self.conn.execute(
                "UPDATE clients SET code = ?, status = ?, start_date = ?, end_date = ?, "
                "ending = ?, signposting = ?, first_contact = ?, updated_at = ? WHERE id = ?",
                (
                    draft.code,
                    draft.status.value,
                    iso_date(draft.start_date),
                    iso_date(draft.end_date),
                    draft.ending.value if draft.ending else None,
                    draft.signposting,
                    iso_date(draft.first_contact),
                    now_utc(),
                    client_id,
                ),
            )
            if cur.rowcount == 0:
                raise NotFound(QT_TRANSLATE_NOOP("errors", "That client no longer exists."))
            self._write_identity(client_id, draft.identity)
        except IntegrityError as exc:
            raise Conflict(
                phrase(
                    QT_TRANSLATE_NOOP("errors", "Another client already has the code {code}."),
                    code=draft.code,
                )
            ) from exc

    def _write_identity(self, client_id: int, identity: ClientIdentity) -> None:
        self.conn.execute(
            f"INSERT OR REPLACE INTO client_identity (client_id, {_IDENTITY_COLUMNS}) "
            f"VALUES (?, {_IDENTITY_MARKS})",
            (
                client_id,
                identity.full_name,
                identity.preferred_name,
                iso_date(identity.date_of_birth),
                identity.email,
                identity.phone,
                identity.address,
                identity.emergency_contact,
                identity.gp.name,
                identity.gp.practice,
                identity.gp.phone,
                identity.gp.consent.value,
                int(identity.contact.text),
                int(identity.contact.voicemail),
                int(identity.contact.email),
                int(identity.minor),
                identity.parental_responsibility,
            ),
        )

    def first_session_day(self, client_id: int) -> dt.date | None:
        """The day of the client's earliest session, of any status."""
        rows = self._query(
            "SELECT min(scheduled_start) FROM sessions WHERE client_id = ?", (client_id,)
        )
        return dt.date.fromisoformat(rows[0][0][:10]) if rows and rows[0][0] else None

    def count(self) -> int:
        return int(self._query("SELECT count(*) FROM clients")[0][0])
