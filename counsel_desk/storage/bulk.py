"""Writing many records in one unit of work (demo and scale vaults, imports)."""

from __future__ import annotations

from types import TracebackType
from typing import Protocol

from counsel_desk.domain.clients import ClientDraft
from counsel_desk.domain.sessions import Modality, SessionStatus
from counsel_desk.storage.clients import ClientRepository
from counsel_desk.storage.notes import NoteRepository, NoteSeed
from counsel_desk.storage.repository import START_FORMAT, now_utc
from counsel_desk.storage.unit_of_work import UnitOfWork


class SessionLike(Protocol):
    @property
    def start(self): ...
    @property
    def planned_minutes(self) -> int: ...
    @property
    def modality(self) -> Modality: ...
    @property
    def status(self) -> SessionStatus: ...


class BulkWriter:
    """``with BulkWriter(work) as w: w.add_client(...)`` — all or nothing: the writes join
    ``work`` (a savepoint inside a use case already open, else its own transaction)."""

    def __init__(self, work: UnitOfWork) -> None:
        self.work = work
        self.conn = work.conn
        self.stamp = now_utc()

    def __enter__(self) -> BulkWriter:
        self.work.__enter__()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.work.__exit__(kind, exc, tb)

    def add_client(self, draft: ClientDraft) -> int:
        cur = self.conn.execute(
            "INSERT INTO clients (code, status, start_date, end_date, first_contact, created_at, "
            "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                draft.code,
                draft.status.value,
                draft.start_date.isoformat() if draft.start_date else None,
                draft.end_date.isoformat() if draft.end_date else None,
                draft.first_contact.isoformat() if draft.first_contact else None,
                self.stamp,
                self.stamp,
            ),
        )
        client_id = int(cur.lastrowid)
        ClientRepository(self.conn)._write_identity(client_id, draft.identity)
        return client_id

    def add_session(
        self, client_id: int, session: SessionLike, *, rescheduled_to: int | None = None
    ) -> int:
        """A session and, when the plan has them, its attendance figures; a rescheduled one
        links to the session it moved to (written first)."""
        extra = {
            name: getattr(session, name, None)
            for name in (
                "client_late_minutes",
                "practitioner_late_minutes",
                "ended_early_minutes",
                "ended_early_by",
                "notice_hours",
            )
        }
        if getattr(session, "attendance_recorded", False):
            extra["attendance_recorded_at"] = self.stamp
        extra["rescheduled_to_session_id"] = rescheduled_to
        extra = {k: v for k, v in extra.items() if v is not None}
        columns = "".join(f", {k}" for k in extra)
        marks = ", ?" * len(extra)
        cur = self.conn.execute(
            "INSERT INTO sessions (client_id, scheduled_start, planned_minutes, modality, status, "
            f"created_at, updated_at{columns}) VALUES (?, ?, ?, ?, ?, ?, ?{marks})",
            (
                client_id,
                session.start.strftime(START_FORMAT),
                session.planned_minutes,
                session.modality.value,
                session.status.value,
                self.stamp,
                self.stamp,
                *extra.values(),
            ),
        )
        return int(cur.lastrowid)

    def add_note(
        self,
        seed: NoteSeed,
        *,
        risk: bool = False,
        supervision_question: str = "",
        amendment: str = "",
    ) -> int:
        """A note with its flags and, for a finalised one, an amendment appended later."""
        note_id = NoteRepository(self.conn).insert_many([seed])[0]
        if risk or supervision_question:
            self.conn.execute(
                "UPDATE notes SET risk_flag = ?, supervision_flag = ?, supervision_question = ? "
                "WHERE id = ?",
                (int(risk), int(bool(supervision_question)), supervision_question, note_id),
            )
        if amendment:
            self.conn.execute(
                "INSERT INTO note_amendments (note_id, body, reason, at) VALUES (?, ?, ?, ?)",
                (note_id, amendment, "factual correction", self.stamp),
            )
        return note_id
