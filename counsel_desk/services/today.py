"""Today: the home view after unlocking. Today's and the next days' sessions, and what is
outstanding: sessions without a note, notes not finalised, attendance not recorded, and
unsaved text left by a crash. Bounded, indexed queries; no note text.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TypeVar

from counsel_desk.domain.attendance import Bounded, DiaryEntry
from counsel_desk.domain.notes import NoteStatus, NoteSummary, PendingDraft
from counsel_desk.storage.clients import ClientRepository
from counsel_desk.storage.diary import DiaryRepository
from counsel_desk.storage.drafts import DraftRepository
from counsel_desk.storage.notes import NoteRepository
from counsel_desk.storage.sessions import SessionRepository
from counsel_desk.storage.vault import Vault

T = TypeVar("T")


@dataclass(frozen=True)
class TodayOverview:
    today: dt.date
    now: dt.datetime
    sessions_today: tuple[DiaryEntry, ...]
    upcoming: tuple[DiaryEntry, ...]  # the days after today, up to ``days_ahead``
    without_note: Bounded[DiaryEntry]  # ended sessions with no session note, newest first
    unfinished_notes: Bounded[NoteSummary]  # drafts, oldest change first
    attendance_unrecorded: Bounded[DiaryEntry]  # ended sessions still "scheduled"
    pending_drafts: tuple[PendingDraft, ...]  # unsaved text to offer back
    client_count: int = 0  # none yet: a new vault, so Today says where to begin
    session_count: int = 0

    @property
    def latest_session(self) -> DiaryEntry | None:
        """The session under way or most recently started today: where a new note goes."""
        started = [s for s in self.sessions_today if s.start <= self.now]
        return started[-1] if started else None

    @property
    def outstanding_count(self) -> int:
        return (
            len(self.without_note.items)
            + len(self.unfinished_notes.items)
            + len(self.attendance_unrecorded.items)
        )


def _bounded(items: list[T], limit: int) -> Bounded[T]:
    return Bounded(tuple(items[:limit]), len(items) > limit)


class TodayService:
    def __init__(self, vault: Vault) -> None:
        self._diary = DiaryRepository(vault.conn)
        self._notes = NoteRepository(vault.conn)
        self._drafts = DraftRepository(vault.conn)
        self._clients = ClientRepository(vault.conn)
        self._sessions = SessionRepository(vault.conn)

    def overview(
        self,
        today: dt.date | None = None,
        days_ahead: int = 3,
        *,
        now: dt.datetime | None = None,
        lookback_days: int = 90,
        limit: int = 50,
    ) -> TodayOverview:
        """Sessions are local wall-clock times; ``now`` defaults to the clock (naive, local)."""
        now = (now or dt.datetime.now()).replace(second=0, microsecond=0)
        today = today or now.date()
        midnight = dt.datetime.combine(today, dt.time())
        day_after = midnight + dt.timedelta(days=1)
        horizon = day_after + dt.timedelta(days=max(0, days_ahead))
        since = now - dt.timedelta(days=max(1, lookback_days))

        def ended(rows: list[DiaryEntry]) -> list[DiaryEntry]:
            return [r for r in rows if r.end <= now]

        # Fetched a few beyond the limit: sessions still under way are dropped here.
        missing = ended(self._diary.without_session_note(since, now, limit + 9))
        unrecorded = ended(self._diary.unrecorded(since, now, limit + 9))
        return TodayOverview(
            today=today,
            now=now,
            sessions_today=tuple(self._diary.between(midnight, day_after)),
            upcoming=tuple(self._diary.between(day_after, horizon)),
            without_note=_bounded(missing, limit),
            unfinished_notes=_bounded(
                self._notes.summaries(status=NoteStatus.DRAFT, limit=limit + 1), limit
            ),
            attendance_unrecorded=_bounded(unrecorded, limit),
            pending_drafts=tuple(self._drafts.pending()),
            client_count=self._clients.count(),
            session_count=self._sessions.count(),
        )
