"""The shapes of what the demo generator plans: a practice, its clients and their sessions,
its breaks, each held session's notes (with what the note writer needs to know about the
session) and the risk entries logged from them. Plain frozen dataclasses; the storage
layer writes them as they are.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from counsel_desk.domain.breaks import BreakDraft
from counsel_desk.domain.clients import ClientDraft
from counsel_desk.domain.practice import PracticeProfile
from counsel_desk.domain.sessions import Modality, SessionStatus


@dataclass(frozen=True)
class PlannedSession:
    start: dt.datetime
    planned_minutes: int
    modality: Modality
    status: SessionStatus
    client_late_minutes: int | None = None
    practitioner_late_minutes: int | None = None
    ended_early_minutes: int | None = None
    ended_early_by: str | None = None
    notice_hours: float | None = None
    replacement: PlannedSession | None = None  # where a rescheduled session moved to

    @property
    def attendance_recorded(self) -> bool:
        return self.status is not SessionStatus.SCHEDULED


@dataclass(frozen=True)
class ClientPlan:
    draft: ClientDraft
    sessions: tuple[PlannedSession, ...] = field(default_factory=tuple)
    pronoun: str = "they"  # how the notes refer to the client: "she", "he" or "they"
    fortnightly: bool = False  # seen every other week

    def all_sessions(self) -> list[PlannedSession]:
        """Regular sessions and the one-off times rescheduled ones moved to, in date order."""
        moved = [s.replacement for s in self.sessions if s.replacement is not None]
        return sorted([*self.sessions, *moved], key=lambda s: s.start)


@dataclass(frozen=True)
class PracticePlan:
    profile: PracticeProfile
    clients: tuple[ClientPlan, ...]
    breaks: tuple[BreakDraft, ...] = ()  # the practice's closures, with when clients were told


@dataclass(frozen=True)
class SessionContext:
    """What the note writer knows about one held session."""

    start: dt.datetime  # local naive datetime of the session
    today: dt.date
    number: int  # 1 = the client's first attended session, 2 = the next attended, ...
    final: bool  # the last session of a client whose work has ended
    modality: str  # "in_person" | "online" | "phone"
    client_late_minutes: int | None = None
    ended_early_minutes: int | None = None
    fortnightly: bool = False
    previous: str = ""  # the last booked session since one was held: "missed", "cancelled",
    # "cancelled_me" (by the practitioner) or "early" (held, but ended early)
    risk_follow: int = 0  # 1, 2 or 3: the notes after a risk was disclosed follow it up
    follow_gp: bool = False  # a GP appointment was agreed then
    follow_letter: bool = False  # a letter to the GP was agreed then


@dataclass(frozen=True)
class PlannedNote:
    kind: str  # "session" or "process"
    template_id: str
    title: str
    body: str
    final: bool
    tags: tuple[str, ...]
    risk: bool = False
    supervision_question: str = ""
    amendment: str = ""  # appended after finalising; non-empty only when final
    risk_phrase: str = ""  # a risk disclosed in this note, as the risk log names it
    risk_level: str = ""
    risk_actions: tuple[str, ...] = ()  # RiskAction values
    risk_gp: bool = False  # a GP appointment agreed
    risk_letter: bool = False  # a letter to the GP agreed (with consent)
    risk_follow: int = 0  # 1-3: this note follows up the risk disclosed before it


@dataclass(frozen=True)
class PlannedRisk:
    """A risk entry logged from a note, its reviews at the next sessions, and its closing."""

    on: dt.date
    phrase: str
    level: str
    actions: tuple[str, ...]
    told: str
    told_on: dt.date | None
    review_on: dt.date
    reviews: tuple[tuple[dt.date, str, dt.date | None], ...] = ()  # on, summary, next
    closed_on: dt.date | None = None
    outcome: str = ""
