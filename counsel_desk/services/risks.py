"""The risk and safeguarding log: logging a risk (from a note or on its own), changing it
while open, reviewing and closing it, each with its audit entry (ids and the level only);
and what Today shows: open risks, reviews due, and clients with an open risk who missed a
session or cancelled at short notice since, to make contact with."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from counsel_desk.domain.audit import AuditKind
from counsel_desk.domain.document import Block
from counsel_desk.domain.errors import ValidationError
from counsel_desk.domain.i18n import QT_TRANSLATE_NOOP
from counsel_desk.domain.risk import (
    Absence,
    MissedContact,
    Risk,
    RiskDraft,
    RiskLevel,
    missed_contacts,
    risk_log_blocks,
    validate_review,
    validate_risk,
)
from counsel_desk.domain.sessions import SessionStatus
from counsel_desk.services.notice import NoticeService
from counsel_desk.storage.attendance import AttendanceRepository
from counsel_desk.storage.audit import AuditLog
from counsel_desk.storage.clients import ClientRepository
from counsel_desk.storage.notes import NoteRepository
from counsel_desk.storage.risks import RiskRepository
from counsel_desk.storage.sessions import SessionRepository
from counsel_desk.storage.vault import Vault


@dataclass(frozen=True)
class RiskToday:
    """What Today says about risk: every open entry, those due a review, and the clients
    to make contact with."""

    today: dt.date
    open: tuple[Risk, ...]
    due: tuple[Risk, ...]
    contact: tuple[MissedContact, ...]


class RiskService:
    def __init__(self, vault: Vault, notice: NoticeService | None = None) -> None:
        self._work = vault.work
        self._repo = RiskRepository(vault.conn)
        self._clients = ClientRepository(vault.conn)
        self._notes = NoteRepository(vault.conn)
        self._sessions = SessionRepository(vault.conn)
        self._attendance = AttendanceRepository(vault.conn)
        self._audit = AuditLog(vault.conn)
        self._notice = notice or NoticeService(vault)

    # --- reading -----------------------------------------------------------------------
    def get(self, risk_id: int) -> Risk:
        return self._repo.get(risk_id)

    def for_client(self, client_id: int) -> list[Risk]:
        """Newest first, open and closed."""
        return self._repo.for_client(client_id)

    def for_note(self, note_id: int) -> list[Risk]:
        return self._repo.for_note(note_id)

    def log_blocks(
        self,
        client_id: int,
        *,
        anonymised: bool = False,
        start: dt.date | None = None,
        end: dt.date | None = None,
    ) -> list[Block]:
        """The client's log as document blocks: in full for an export or a subject access
        bundle, ``anonymised`` (no free text) for a supervision summary; with ``start`` and
        ``end``, only the risks open at some time in that period. What a summary's or a
        bundle's section provider calls."""
        risks = [
            r
            for r in self._repo.for_client(client_id)
            if (end is None or r.on <= end)
            and (start is None or r.closed_on is None or r.closed_on >= start)
        ]
        return risk_log_blocks(risks, anonymised=anonymised)

    def open_for_client(self, client_id: int) -> list[Risk]:
        return [r for r in self._repo.for_client(client_id) if r.is_open]

    def count(self) -> int:
        return self._repo.count()

    def draft_from_note(self, note_id: int) -> RiskDraft:
        """A new entry's starting point from a note: its client, its session's day."""
        note = self._notes.get(note_id)
        day = self._session_day(note.session_id)
        return RiskDraft(
            client_id=note.client_id,
            on=day,
            disclosed="",
            level=RiskLevel.MODERATE,
            review_on=day + dt.timedelta(days=7),
            note_id=note_id,
        )

    def _session_day(self, session_id: int) -> dt.date:
        return self._sessions.get(session_id).start.date()

    # --- writing -----------------------------------------------------------------------
    def add(self, draft: RiskDraft) -> Risk:
        """Log a risk; from a note, the note must be the same client's."""
        draft = validate_risk(draft)
        with self._work:
            self._clients.get(draft.client_id)  # a sentence if the client has gone
            if draft.note_id is not None:
                note = self._notes.get(draft.note_id)
                if note.client_id != draft.client_id:
                    raise ValidationError(
                        QT_TRANSLATE_NOOP("errors", "That note is filed under another client.")
                    )
            risk_id = self._repo.add(draft)
            self._audit.record(
                AuditKind.RISK_RECORDED,
                risk=risk_id,
                client=draft.client_id,
                level=draft.level.value,
                **({"note": draft.note_id} if draft.note_id is not None else {}),
            )
        return self._repo.get(risk_id)

    def update(self, risk_id: int, draft: RiskDraft) -> Risk:
        """Change an open entry (a closed one is kept as it was closed)."""
        draft = validate_risk(draft)
        with self._work:
            current = self._repo.get(risk_id)
            if not current.is_open:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("errors", "This risk is closed, so it is kept as it was.")
                )
            if current.reviews and draft.on > current.reviews[0].on:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("errors", "The risk's date is after its first review.")
                )
            self._repo.update(risk_id, draft)
            self._audit.record(
                AuditKind.RISK_CHANGED,
                risk=risk_id,
                client=current.client_id,
                level=draft.level.value,
            )
        return self._repo.get(risk_id)

    def review(self, risk_id: int, on: dt.date, summary: str, next_review: dt.date | None) -> Risk:
        """A review that keeps the entry open, with the date of the next one."""
        with self._work:
            risk = self._repo.get(risk_id)
            summary, next_review = validate_review(risk, on, summary, next_review, closing=False)
            self._repo.review(risk_id, on, summary, next_review)
            self._audit.record(AuditKind.RISK_REVIEWED, risk=risk_id, client=risk.client_id)
        return self._repo.get(risk_id)

    def close(self, risk_id: int, on: dt.date, outcome: str) -> Risk:
        """Close an entry with a short outcome."""
        with self._work:
            risk = self._repo.get(risk_id)
            outcome, _none = validate_review(risk, on, outcome, None, closing=True)
            self._repo.review(risk_id, on, outcome, None)
            self._audit.record(AuditKind.RISK_CLOSED, risk=risk_id, client=risk.client_id)
        return self._repo.get(risk_id)

    # --- Today -------------------------------------------------------------------------
    def today(self, now: dt.datetime | None = None) -> RiskToday:
        """Open entries (highest level first), those due a review, and the clients with an
        open risk who missed a session or cancelled at short notice since it was logged."""
        now = now or dt.datetime.now()
        today = now.date()
        open_risks = self._repo.open()
        order = sorted(open_risks, key=lambda r: (-_rank(r), r.review_on or dt.date.max))
        due = [r for r in order if r.review_due(today)]
        return RiskToday(
            today=today,
            open=tuple(order),
            due=tuple(sorted(due, key=lambda r: r.review_on or today)),
            contact=tuple(self._contacts(open_risks, now)),
        )

    def _contacts(self, open_risks: list[Risk], now: dt.datetime) -> list[MissedContact]:
        since: dict[int, dt.date] = {}
        for risk in open_risks:
            since[risk.client_id] = min(risk.on, since.get(risk.client_id, risk.on))
        absences: list[Absence] = []
        attended: dict[int, dt.datetime] = {}
        for client_id, day in since.items():
            start = dt.datetime.combine(day, dt.time())
            short = self._notice.short_sessions(client_id, start)
            for session_id, owner, when, _minutes, att in self._attendance.records(
                client_id, start
            ):
                if when > now:
                    break
                if att.status is SessionStatus.ATTENDED:
                    attended[owner] = when
                elif att.status is SessionStatus.DID_NOT_ATTEND:
                    absences.append(Absence(session_id, owner, when, cancelled=False))
                elif att.status is SessionStatus.CANCELLED_BY_CLIENT and session_id in short:
                    absences.append(Absence(session_id, owner, when, cancelled=True))
        return missed_contacts(open_risks, absences, attended)


def _rank(risk: Risk) -> int:
    return list(RiskLevel).index(risk.level)
