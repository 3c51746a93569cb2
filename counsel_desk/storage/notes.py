"""Notes: writing, finalising, amending, tagging and listing them.

List queries never select a note's text: a vault can hold 30,000 notes. The full-text index
is kept in step by triggers (schema 0002), so every write here updates search in the same
transaction.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import TypeVar

from counsel_desk.domain.i18n import QT_TRANSLATE_NOOP
from counsel_desk.domain.notes import (
    Amendment,
    Note,
    NoteDetails,
    NoteFinalised,
    NoteKind,
    NoteNotFinal,
    NoteStatus,
    NoteSummary,
)
from counsel_desk.storage.db import IntegrityError
from counsel_desk.storage.errors import NotFound
from counsel_desk.storage.repository import Repository, now_utc
from counsel_desk.storage.rows import build_row

GONE = QT_TRANSLATE_NOOP("errors", "That note no longer exists.")
T = TypeVar("T")


@dataclass(frozen=True)
class NoteSeed:
    """A note to write in bulk (demo and scale vaults, imports); times are UTC text."""

    session_id: int
    kind: NoteKind
    title: str
    body: str
    status: NoteStatus = NoteStatus.DRAFT
    created_at: str | None = None
    finalised_at: str | None = None
    tags: tuple[str, ...] = ()
    template_id: str | None = None


# A draft's title is the one last typed (autosaved), as the editor shows it.
_SUMMARY = (
    "SELECT n.id, n.session_id, n.client_id, c.code, s.scheduled_start, n.kind, "
    "coalesce((SELECT d.title FROM drafts d WHERE d.note_id = n.id), n.title), "
    "n.status, n.risk_flag, n.supervision_flag, n.tags, "
    "(SELECT count(*) FROM note_amendments a WHERE a.note_id = n.id), "
    "EXISTS (SELECT 1 FROM drafts d WHERE d.note_id = n.id), n.updated_at, n.finalised_at "
    "FROM notes n JOIN sessions s ON s.id = n.session_id JOIN clients c ON c.id = n.client_id"
)


class NoteRepository(Repository):
    def create(
        self, session_id: int, kind: NoteKind, title: str, body: str, template_id: str | None
    ) -> int:
        self._writing()
        return self._insert(NoteSeed(session_id, kind, title, body, template_id=template_id))

    def insert_many(self, seeds: Iterable[NoteSeed]) -> list[int]:
        """Write many notes inside the caller's open transaction (e.g. ``BulkWriter``)."""
        return [self._insert(seed) for seed in seeds]

    def _insert(self, seed: NoteSeed) -> int:
        stamp = seed.created_at or now_utc()
        tags = sorted(set(seed.tags))
        cur = self.conn.execute(
            "INSERT INTO notes (session_id, client_id, kind, template_id, title, status, "
            "created_at, updated_at, finalised_at, tags, body) SELECT id, client_id, ?, ?, ?, ?, "
            "?, ?, ?, ?, ? FROM sessions WHERE id = ?",
            (
                seed.kind.value,
                seed.template_id,
                seed.title,
                seed.status.value,
                stamp,
                seed.finalised_at or stamp,
                seed.finalised_at,
                "\n".join(tags),
                seed.body,
                seed.session_id,
            ),
        )
        if cur.rowcount == 0:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "That session no longer exists."))
        note_id = int(cur.lastrowid)
        self.conn.executemany(
            "INSERT INTO note_tags (note_id, tag) VALUES (?, ?)", [(note_id, t) for t in tags]
        )
        return note_id

    def get(self, note_id: int) -> Note:
        rows = self._query(
            "SELECT id, session_id, client_id, kind, title, body, status, revision, created_at, "
            "updated_at, finalised_at, template_id, risk_flag, supervision_flag, "
            "supervision_question, tags FROM notes WHERE id = ?",
            (note_id,),
        )
        if not rows:
            raise NotFound(GONE)
        amendments = self._query(
            "SELECT id, note_id, body, reason, at FROM note_amendments WHERE note_id = ? "
            "ORDER BY id",
            (note_id,),
        )
        return replace(
            build_row(Note, rows[0]), amendments=tuple(build_row(Amendment, a) for a in amendments)
        )

    def status(self, note_id: int) -> NoteStatus:
        rows = self._query("SELECT status FROM notes WHERE id = ?", (note_id,))
        if not rows:
            raise NotFound(GONE)
        return NoteStatus(rows[0][0])

    def summaries(
        self,
        *,
        note_id: int | None = None,
        session_id: int | None = None,
        client_id: int | None = None,
        status: NoteStatus | None = None,
        limit: int = 500,
        offset: int = 0,
    ) -> list[NoteSummary]:
        where, params = ["1"], []
        for column, value in (
            ("n.id", note_id),
            ("n.session_id", session_id),
            ("n.client_id", client_id),
            ("n.status", status.value if status else None),
        ):
            if value is not None:
                where.append(f"{column} = ?")
                params.append(value)
        order = "n.updated_at" if status is NoteStatus.DRAFT else "s.scheduled_start DESC, n.id"
        rows = self._query(
            f"{_SUMMARY} WHERE {' AND '.join(where)} ORDER BY {order} LIMIT ? OFFSET ?",
            [*params, limit, offset],
        )
        return [build_row(NoteSummary, r) for r in rows]

    def risk_sessions(self, client_id: int) -> list[tuple[int, str]]:
        """The sessions (id, start text) with a note flagged for risk, in time order (the
        notes index on risk flags; no note text is read)."""
        return self._query(
            "SELECT DISTINCT s.id, s.scheduled_start FROM notes n JOIN sessions s "
            "ON s.id = n.session_id WHERE n.client_id = ? AND n.risk_flag = 1 "
            "ORDER BY s.scheduled_start",
            (client_id,),
        )

    def count(self, client_id: int | None = None) -> int:
        if client_id is None:
            return int(self._query("SELECT count(*) FROM notes")[0][0])
        return int(
            self._query("SELECT count(*) FROM notes WHERE client_id = ?", (client_id,))[0][0]
        )

    def _change(self, sql: str, params: Sequence[object]) -> None:
        """One UPDATE or DELETE of a draft note; a finalised note raises NoteFinalised."""
        self._writing()
        try:
            cur = self.conn.execute(sql, params)
            if cur.rowcount == 0:
                self.status(params[-1])  # NotFound if it vanished
                raise NoteFinalised()
            self.conn.execute("DELETE FROM drafts WHERE note_id = ?", (params[-1],))
        except IntegrityError as exc:  # the schema's own lock on finalised notes
            raise NoteFinalised() from exc

    def save(self, note_id: int, title: str, body: str) -> None:
        self._change(
            "UPDATE notes SET title = ?, body = ?, revision = revision + 1, updated_at = ? "
            "WHERE status = 'draft' AND id = ?",
            (title, body, now_utc(), note_id),
        )

    def finalise(self, note_id: int) -> None:
        stamp = now_utc()
        self._change(
            "UPDATE notes SET status = 'final', finalised_at = ?, updated_at = ? "
            "WHERE status = 'draft' AND id = ?",
            (stamp, stamp, note_id),
        )

    def delete(self, note_id: int) -> None:
        self._change("DELETE FROM notes WHERE status = 'draft' AND id = ?", (note_id,))

    def amend(self, note_id: int, body: str, reason: str) -> int:
        self._writing()
        cur = self.conn.execute(
            "INSERT INTO note_amendments (note_id, body, reason, at) SELECT id, ?, ?, ? "
            "FROM notes WHERE id = ? AND status = 'final'",
            (body, reason, now_utc(), note_id),
        )
        if cur.rowcount == 0:
            self.status(note_id)
            raise NoteNotFinal()
        return int(cur.lastrowid)

    def set_details(self, note_id: int, details: NoteDetails, *, of_record: bool) -> None:
        """Write a note's flags, question and tags, and with ``of_record`` its kind and
        template too (a draft's only: the schema locks them once finalised), inside the
        caller's unit of work. ``details`` is already normalised."""
        self._writing()
        if of_record:
            kind, template = details.kind.value, details.template_id
            self.conn.execute(
                "UPDATE notes SET kind = ?, template_id = ? WHERE id = ? "
                "AND status = 'draft' AND (kind IS NOT ? OR template_id IS NOT ?)",
                (kind, template, note_id, kind, template),
            )
        cur = self.conn.execute(
            "UPDATE notes SET risk_flag = ?, supervision_flag = ?, supervision_question = ? "
            "WHERE id = ?",
            (
                int(details.risk_flag),
                int(details.supervision_flag),
                details.supervision_question,
                note_id,
            ),
        )
        if cur.rowcount == 0:
            raise NotFound(GONE)
        self._write_tags(note_id, details.tags)

    def set_tags(self, note_id: int, tags: Sequence[str]) -> None:
        self._writing()
        self._write_tags(note_id, tags)

    def _write_tags(self, note_id: int, tags: Sequence[str]) -> None:
        """Replace a note's tags: the mirror first, so search is rewritten once."""
        tags = sorted(set(tags))
        joined = "\n".join(tags)
        cur = self.conn.execute(
            "UPDATE notes SET tags = ? WHERE id = ? AND tags IS NOT ?", (joined, note_id, joined)
        )
        if cur.rowcount == 0:
            self.status(note_id)  # NotFound if it vanished; else the tags were already so
            return
        marks = ",".join("?" * len(tags))
        self.conn.execute(
            f"DELETE FROM note_tags WHERE note_id = ? AND tag NOT IN ({marks})",
            (note_id, *tags),
        )
        self.conn.executemany(
            "INSERT OR IGNORE INTO note_tags (note_id, tag) VALUES (?, ?)",
            [(note_id, t) for t in tags],
        )

    def move(self, note_id: int, to_session_id: int, reason: str) -> tuple[int, int, int]:
        """File a note under another session (and that session's client), with the reason
        kept beside it: the move first, which the schema's lock on finalised notes asks
        for. Returns (from session, from client, to client)."""
        self._writing()
        found = self._query("SELECT session_id, client_id FROM notes WHERE id = ?", (note_id,))
        if not found:
            raise NotFound(GONE)
        from_session, from_client = found[0]
        target = self._query("SELECT client_id FROM sessions WHERE id = ?", (to_session_id,))
        if not target:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "That session no longer exists."))
        to_client = target[0][0]
        self.conn.execute(
            "INSERT INTO note_moves (note_id, from_session_id, from_client_id, to_session_id, "
            "to_client_id, reason, at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (note_id, from_session, from_client, to_session_id, to_client, reason, now_utc()),
        )
        self.conn.execute(
            "UPDATE notes SET session_id = ?, client_id = ? WHERE id = ?",
            (to_session_id, to_client, note_id),
        )
        return from_session, from_client, to_client

    def moves(self, note_id: int) -> list[tuple[int, int, int, int, str, str]]:
        """(from session, from client, to session, to client, reason, UTC time), oldest first."""
        return [
            tuple(r)
            for r in self._query(
                "SELECT from_session_id, from_client_id, to_session_id, to_client_id, reason, "
                "at FROM note_moves WHERE note_id = ? ORDER BY id",
                (note_id,),
            )
        ]

    def all_tags(self) -> list[tuple[str, int]]:
        return [
            tuple(r)
            for r in self._query("SELECT tag, count(*) FROM note_tags GROUP BY tag ORDER BY tag")
        ]
