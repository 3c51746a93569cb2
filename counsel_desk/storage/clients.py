"""Clients and their identity (kept in a table of its own, apart from the code)."""

from __future__ import annotations

from collections.abc import Iterable

from counsel_desk.domain.clients import Client, ClientDraft, ClientIdentity, ClientStatus
from counsel_desk.storage.db import IntegrityError
from counsel_desk.storage.errors import Conflict, NotFound
from counsel_desk.storage.repository import Repository, iso_date, now_utc, parse_date

_IDENTITY_COLUMNS = (
    "full_name, preferred_name, date_of_birth, email, phone, address, emergency_contact"
)


class ClientRepository(Repository):
    _SELECT = (
        "SELECT c.id, c.code, c.status, c.start_date, c.end_date, "
        "i.full_name, i.preferred_name, i.date_of_birth, i.email, i.phone, i.address, "
        "i.emergency_contact, c.first_contact "
        "FROM clients c LEFT JOIN client_identity i ON i.client_id = c.id"
    )

    @staticmethod
    def _client(row: tuple) -> Client:
        identity = ClientIdentity(
            full_name=row[5] or "",
            preferred_name=row[6] or "",
            date_of_birth=parse_date(row[7]),
            email=row[8] or "",
            phone=row[9] or "",
            address=row[10] or "",
            emergency_contact=row[11] or "",
        )
        return Client(
            id=row[0],
            code=row[1],
            status=ClientStatus(row[2]),
            start_date=parse_date(row[3]),
            end_date=parse_date(row[4]),
            identity=identity,
            first_contact=parse_date(row[12]),
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
            raise NotFound("That client no longer exists.")
        return self._client(rows[0])

    def codes(self) -> list[str]:
        return [r[0] for r in self._query("SELECT code FROM clients")]

    def by_code(self, code: str) -> Client | None:
        """The client with ``code`` (any case), or None."""
        rows = self._query(f"{self._SELECT} WHERE c.code = ?", (code.strip(),))
        return self._client(rows[0]) if rows else None

    def add(self, draft: ClientDraft) -> int:
        stamp = now_utc()
        self._writing()
        try:
            cur = self.conn.execute(
                "INSERT INTO clients (code, status, start_date, end_date, first_contact, "
                "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    draft.code,
                    draft.status.value,
                    iso_date(draft.start_date),
                    iso_date(draft.end_date),
                    iso_date(draft.first_contact),
                    stamp,
                    stamp,
                ),
            )
            client_id = int(cur.lastrowid)
            self._write_identity(client_id, draft.identity)
        except IntegrityError as exc:
            raise Conflict(f"Another client already has the code {draft.code}.") from exc
        return client_id

    def update(self, client_id: int, draft: ClientDraft) -> None:
        self._writing()
        try:
            cur = self.conn.execute(
                "UPDATE clients SET code = ?, status = ?, start_date = ?, end_date = ?, "
                "first_contact = ?, updated_at = ? WHERE id = ?",
                (
                    draft.code,
                    draft.status.value,
                    iso_date(draft.start_date),
                    iso_date(draft.end_date),
                    iso_date(draft.first_contact),
                    now_utc(),
                    client_id,
                ),
            )
            if cur.rowcount == 0:
                raise NotFound("That client no longer exists.")
            self._write_identity(client_id, draft.identity)
        except IntegrityError as exc:
            raise Conflict(f"Another client already has the code {draft.code}.") from exc

    def _write_identity(self, client_id: int, identity: ClientIdentity) -> None:
        self.conn.execute(
            f"INSERT OR REPLACE INTO client_identity (client_id, {_IDENTITY_COLUMNS}) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                client_id,
                identity.full_name,
                identity.preferred_name,
                iso_date(identity.date_of_birth),
                identity.email,
                identity.phone,
                identity.address,
                identity.emergency_contact,
            ),
        )

    def count(self) -> int:
        return int(self._query("SELECT count(*) FROM clients")[0][0])
