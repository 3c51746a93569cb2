"""Repositories: the SQL for each kind of record, returning domain objects."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from counsel_desk.domain.attendance import NOT_HELD, Attendance, EndedEarlyBy
from counsel_desk.domain.model import (
    AuditEvent,
    Client,
    ClientDraft,
    ClientIdentity,
    ClientStatus,
    Modality,
    PracticeProfile,
    Session,
    SessionDraft,
    SessionStatus,
)
from counsel_desk.storage.db import (
    Connection,
    DatabaseError,
    IntegrityError,
    transaction,
    translate,
)
from counsel_desk.storage.errors import Conflict, NotFound

START_FORMAT = "%Y-%m-%dT%H:%M"


def now_utc() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _date(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


class _Repository:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def _query(self, sql: str, params: Iterable[object] = ()) -> list[tuple]:
        try:
            return self.conn.execute(sql, tuple(params)).fetchall()
        except DatabaseError as exc:
            raise translate(exc) from exc


class PracticeRepository(_Repository):
    _COLUMNS = (
        "practitioner_name, professional_body, registration_number, "
        "default_session_minutes, default_fee_pence, currency"
    )

    def get(self) -> PracticeProfile:
        row = self._query(f"SELECT {self._COLUMNS} FROM practice_profile WHERE id = 1")[0]
        return PracticeProfile(*row)

    def save(self, profile: PracticeProfile) -> None:
        with transaction(self.conn):
            self.conn.execute(
                "UPDATE practice_profile SET practitioner_name = ?, professional_body = ?, "
                "registration_number = ?, default_session_minutes = ?, default_fee_pence = ?, "
                "currency = ? WHERE id = 1",
                (
                    profile.practitioner_name,
                    profile.professional_body,
                    profile.registration_number,
                    profile.default_session_minutes,
                    profile.default_fee_pence,
                    profile.currency,
                ),
            )


_IDENTITY_COLUMNS = (
    "full_name, preferred_name, date_of_birth, email, phone, address, emergency_contact"
)


class ClientRepository(_Repository):
    _SELECT = (
        "SELECT c.id, c.code, c.status, c.start_date, c.end_date, "
        "i.full_name, i.preferred_name, i.date_of_birth, i.email, i.phone, i.address, "
        "i.emergency_contact FROM clients c LEFT JOIN client_identity i ON i.client_id = c.id"
    )

    @staticmethod
    def _client(row: tuple) -> Client:
        identity = ClientIdentity(
            full_name=row[5] or "",
            preferred_name=row[6] or "",
            date_of_birth=_date(row[7]),
            email=row[8] or "",
            phone=row[9] or "",
            address=row[10] or "",
            emergency_contact=row[11] or "",
        )
        return Client(
            id=row[0],
            code=row[1],
            status=ClientStatus(row[2]),
            start_date=_date(row[3]),
            end_date=_date(row[4]),
            identity=identity,
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

    def add(self, draft: ClientDraft) -> int:
        stamp = now_utc()
        try:
            with transaction(self.conn):
                cur = self.conn.execute(
                    "INSERT INTO clients (code, status, start_date, end_date, created_at, "
                    "updated_at) VALUES (?, ?, ?, ?, ?, ?)",
                    (
                        draft.code,
                        draft.status.value,
                        _iso(draft.start_date),
                        _iso(draft.end_date),
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
        try:
            with transaction(self.conn):
                cur = self.conn.execute(
                    "UPDATE clients SET code = ?, status = ?, start_date = ?, end_date = ?, "
                    "updated_at = ? WHERE id = ?",
                    (
                        draft.code,
                        draft.status.value,
                        _iso(draft.start_date),
                        _iso(draft.end_date),
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
                _iso(identity.date_of_birth),
                identity.email,
                identity.phone,
                identity.address,
                identity.emergency_contact,
            ),
        )

    def count(self) -> int:
        return int(self._query("SELECT count(*) FROM clients")[0][0])


class SessionRepository(_Repository):
    _SELECT = (
        "SELECT id, client_id, scheduled_start, planned_minutes, modality, status FROM sessions"
    )

    @staticmethod
    def _session(row: tuple) -> Session:
        return Session(
            id=row[0],
            client_id=row[1],
            start=dt.datetime.fromisoformat(row[2]),
            planned_minutes=row[3],
            modality=Modality(row[4]),
            status=SessionStatus(row[5]),
        )

    def for_client(self, client_id: int) -> list[Session]:
        rows = self._query(
            f"{self._SELECT} WHERE client_id = ? ORDER BY scheduled_start DESC", (client_id,)
        )
        return [self._session(r) for r in rows]

    def between(self, start: dt.datetime, end: dt.datetime) -> list[Session]:
        rows = self._query(
            f"{self._SELECT} WHERE scheduled_start >= ? AND scheduled_start < ? "
            "ORDER BY scheduled_start",
            (start.strftime(START_FORMAT), end.strftime(START_FORMAT)),
        )
        return [self._session(r) for r in rows]

    def get(self, session_id: int) -> Session:
        rows = self._query(f"{self._SELECT} WHERE id = ?", (session_id,))
        if not rows:
            raise NotFound("That session no longer exists.")
        return self._session(rows[0])

    _INSERT = (
        "INSERT INTO sessions (client_id, scheduled_start, planned_minutes, modality, status, "
        "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"
    )

    def _insert(self, draft: SessionDraft, stamp: str) -> int:
        cur = self.conn.execute(
            self._INSERT,
            (
                draft.client_id,
                draft.start.strftime(START_FORMAT),
                draft.planned_minutes,
                draft.modality.value,
                draft.status.value,
                stamp,
                stamp,
            ),
        )
        return int(cur.lastrowid)

    def add(self, draft: SessionDraft) -> int:
        try:
            with transaction(self.conn):
                return self._insert(draft, now_utc())
        except IntegrityError as exc:
            raise NotFound("That client no longer exists.") from exc

    def add_series(self, drafts: Sequence[SessionDraft], audit_event: str) -> list[int]:
        """Add every session and the audit entry saying so in one transaction: all or none."""
        stamp = now_utc()
        try:
            with transaction(self.conn):
                ids = [self._insert(draft, stamp) for draft in drafts]
                AuditRepository.insert(
                    self.conn, audit_event, f"{len(ids)} sessions from session {ids[0]}"
                )
        except IntegrityError as exc:
            raise NotFound("That client no longer exists.") from exc
        return ids

    def update(self, session_id: int, draft: SessionDraft) -> None:
        with transaction(self.conn):
            cur = self.conn.execute(
                "UPDATE sessions SET scheduled_start = ?, planned_minutes = ?, modality = ?, "
                "status = ?, updated_at = ? WHERE id = ?",
                (
                    draft.start.strftime(START_FORMAT),
                    draft.planned_minutes,
                    draft.modality.value,
                    draft.status.value,
                    now_utc(),
                    session_id,
                ),
            )
            if cur.rowcount == 0:
                raise NotFound("That session no longer exists.")

    def set_status(self, session_id: int, status: SessionStatus) -> None:
        with transaction(self.conn):
            cur = self.conn.execute(
                "UPDATE sessions SET status = ?, updated_at = ? WHERE id = ?",
                (status.value, now_utc(), session_id),
            )
            if cur.rowcount == 0:
                raise NotFound("That session no longer exists.")

    def count(self) -> int:
        return int(self._query("SELECT count(*) FROM sessions")[0][0])


class AuditRepository(_Repository):
    def append(self, event: str, detail: str = "") -> None:
        with transaction(self.conn):
            self.insert(self.conn, event, detail)

    @staticmethod
    def insert(conn: Connection, event: str, detail: str = "") -> None:
        """Write an entry inside a transaction the caller holds (one commit with the change)."""
        conn.execute(
            "INSERT INTO audit_log (at, event, detail) VALUES (?, ?, ?)",
            (now_utc(), event, detail),
        )

    def recent(self, limit: int = 200) -> list[AuditEvent]:
        rows = self._query(
            "SELECT id, at, event, detail FROM audit_log ORDER BY id DESC LIMIT ?", (limit,)
        )
        return [
            AuditEvent(
                id=r[0],
                at=dt.datetime.fromisoformat(r[1]),
                event=r[2],
                detail=r[3],
            )
            for r in rows
        ]


class AttendanceRepository(_Repository):
    """What happened at a session (schema 0002 columns on ``sessions``)."""

    _COLUMNS = (
        "status, actual_start, actual_end, client_late_minutes, practitioner_late_minutes, "
        "ended_early_minutes, ended_early_by, notice_hours, rescheduled_to_session_id, "
        "attendance_recorded_at"
    )

    def get(self, session_id: int) -> Attendance:
        rows = self._query(f"SELECT {self._COLUMNS} FROM sessions WHERE id = ?", (session_id,))
        if not rows:
            raise NotFound("That session no longer exists.")
        r = rows[0]
        return Attendance(
            status=SessionStatus(r[0]),
            actual_start=dt.datetime.fromisoformat(r[1]) if r[1] else None,
            actual_end=dt.datetime.fromisoformat(r[2]) if r[2] else None,
            client_late_minutes=r[3] or 0,
            practitioner_late_minutes=r[4] or 0,
            ended_early_minutes=r[5] or 0,
            ended_early_by=EndedEarlyBy(r[6]) if r[6] else None,
            notice_hours=r[7],
            rescheduled_to_session_id=r[8],
            recorded_at=(dt.datetime.fromisoformat(r[9]) if r[9] else None),
        )

    def record(self, session_id: int, att: Attendance) -> None:
        held = att.status not in NOT_HELD
        stamp = now_utc()
        with transaction(self.conn):
            cur = self.conn.execute(
                "UPDATE sessions SET status = ?, actual_start = ?, actual_end = ?, "
                "client_late_minutes = ?, practitioner_late_minutes = ?, ended_early_minutes = ?, "
                "ended_early_by = ?, notice_hours = ?, rescheduled_to_session_id = ?, "
                "attendance_recorded_at = ?, updated_at = ? WHERE id = ?",
                (
                    att.status.value,
                    att.actual_start.strftime(START_FORMAT) if att.actual_start else None,
                    att.actual_end.strftime(START_FORMAT) if att.actual_end else None,
                    att.client_late_minutes if held else None,
                    att.practitioner_late_minutes if held else None,
                    att.ended_early_minutes if held else None,
                    att.ended_early_by.value if att.ended_early_by else None,
                    att.notice_hours,
                    att.rescheduled_to_session_id,
                    stamp,
                    stamp,
                    session_id,
                ),
            )
            if cur.rowcount == 0:
                raise NotFound("That session no longer exists.")

    def reschedule(
        self, session_id: int, new_start: dt.datetime, notice_hours: float | None
    ) -> int:
        """Add the new session (same client, length, modality) and link the old one to it."""
        stamp = now_utc()
        with transaction(self.conn):
            cur = self.conn.execute(
                "INSERT INTO sessions (client_id, scheduled_start, planned_minutes, modality, "
                "status, created_at, updated_at) SELECT client_id, ?, planned_minutes, modality, "
                "'scheduled', ?, ? FROM sessions WHERE id = ?",
                (new_start.strftime(START_FORMAT), stamp, stamp, session_id),
            )
            if cur.rowcount == 0:
                raise NotFound("That session no longer exists.")
            new_id = int(cur.lastrowid)
            self.conn.execute(
                "UPDATE sessions SET status = 'rescheduled', rescheduled_to_session_id = ?, "
                "notice_hours = ?, actual_start = NULL, actual_end = NULL, "
                "client_late_minutes = NULL, practitioner_late_minutes = NULL, "
                "ended_early_minutes = NULL, ended_early_by = NULL, attendance_recorded_at = ?, "
                "updated_at = ? WHERE id = ?",
                (new_id, notice_hours, stamp, stamp, session_id),
            )
        return new_id
