"""The risk and safeguarding log: what was disclosed, the practitioner's judgement of the
level, what was done, who was told and when, and when it will be looked at again; each
review, and the closing outcome. Pure: no SQL, no Qt.

A risk entry is the practitioner's own record of a judgement, in their words: the level is
theirs, from a short fixed list, never a score. An entry stays open until it is closed with
a short outcome; an open entry whose review date has come is due.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from counsel_desk.domain.document import Block, BulletList, Heading, Paragraph, Span, plain
from counsel_desk.domain.errors import ValidationError
from counsel_desk.domain.i18n import QT_TRANSLATE_NOOP, Marked, Phrase, phrase

MAX_PHRASE = 200  # what was disclosed, who was told: a short phrase, not a note
MAX_OUTCOME = 500


class RiskLevel(StrEnum):
    """The practitioner's own judgement of the level of risk."""

    LOW = "low"
    MODERATE = "moderate"
    HIGH = "high"
    IMMEDIATE = "immediate"

    @property
    def label(self) -> Marked:
        return {
            "low": QT_TRANSLATE_NOOP("RiskLevel", "Low"),
            "moderate": QT_TRANSLATE_NOOP("RiskLevel", "Moderate"),
            "high": QT_TRANSLATE_NOOP("RiskLevel", "High"),
            "immediate": QT_TRANSLATE_NOOP("RiskLevel", "Immediate"),
        }[self.value]


class RiskAction(StrEnum):
    """What was done about a risk."""

    SAFETY_PLAN = "safety_plan"
    CRISIS_CONTACTS = "crisis_contacts"
    GP_WITH_CONSENT = "gp_with_consent"
    GP_WITHOUT_CONSENT = "gp_without_consent"
    SAFEGUARDING = "safeguarding_referral"
    EMERGENCY = "emergency_services"
    SUPERVISION = "supervision"

    @property
    def label(self) -> Marked:
        return {
            "safety_plan": QT_TRANSLATE_NOOP("RiskAction", "Safety plan agreed"),
            "crisis_contacts": QT_TRANSLATE_NOOP("RiskAction", "Crisis contacts given"),
            "gp_with_consent": QT_TRANSLATE_NOOP("RiskAction", "GP contacted, with consent"),
            "gp_without_consent": QT_TRANSLATE_NOOP("RiskAction", "GP contacted, without consent"),
            "safeguarding_referral": QT_TRANSLATE_NOOP("RiskAction", "Safeguarding referral made"),
            "emergency_services": QT_TRANSLATE_NOOP("RiskAction", "Emergency services called"),
            "supervision": QT_TRANSLATE_NOOP("RiskAction", "Discussed in supervision"),
        }[self.value]


@dataclass(frozen=True)
class RiskDraft:
    """What the practitioner enters to log a risk, or to change one still open."""

    client_id: int
    on: dt.date
    disclosed: str  # a short phrase: what was disclosed or seen
    level: RiskLevel
    actions: tuple[RiskAction, ...] = ()
    told: str = ""  # who was told (a GP, a safeguarding team, a supervisor)
    told_on: dt.date | None = None
    review_on: dt.date | None = None
    note_id: int | None = None  # the note it was logged from


@dataclass(frozen=True)
class RiskReview:
    id: int
    risk_id: int
    on: dt.date
    summary: str
    next_review: dt.date | None  # None: the review that closed the entry


@dataclass(frozen=True)
class Risk:
    id: int
    client_id: int
    client_code: str
    on: dt.date
    disclosed: str
    level: RiskLevel
    actions: tuple[RiskAction, ...] = ()
    told: str = ""
    told_on: dt.date | None = None
    review_on: dt.date | None = None
    note_id: int | None = None
    session_id: int | None = None  # the note's session, when logged from a note
    closed_on: dt.date | None = None
    outcome: str = ""
    reviews: tuple[RiskReview, ...] = field(default_factory=tuple)

    @property
    def is_open(self) -> bool:
        return self.closed_on is None

    def review_due(self, today: dt.date) -> bool:
        return self.is_open and self.review_on is not None and self.review_on <= today

    def reviewed_since(self, day: dt.date) -> bool:
        """A review (or the closing) dated on or after ``day``."""
        if self.closed_on is not None and self.closed_on >= day:
            return True
        return any(r.on >= day for r in self.reviews)

    @property
    def actions_text(self) -> str:
        """The actions in English (documents); the UI joins the labels it translates."""
        return "; ".join(a.label for a in self.actions) or NONE_RECORDED

    @property
    def told_text(self) -> str | Phrase:
        if not self.told:
            return QT_TRANSLATE_NOOP("risk", "Nobody recorded")
        if self.told_on is None:
            return self.told  # the practitioner's own words
        return phrase(
            QT_TRANSLATE_NOOP("risk", "{told}, on {day}"), told=self.told, day=_day(self.told_on)
        )

    @property
    def state(self) -> Marked | Phrase:
        """ "Open, review due 5 May 2025" or "Closed on 2 Jun 2025"."""
        if self.closed_on is not None:
            return phrase(QT_TRANSLATE_NOOP("risk", "Closed on {day}"), day=_day(self.closed_on))
        if self.review_on is None:
            return QT_TRANSLATE_NOOP("risk", "Open")
        return phrase(QT_TRANSLATE_NOOP("risk", "Open, review on {day}"), day=_day(self.review_on))


NONE_RECORDED = QT_TRANSLATE_NOOP("risk", "None recorded")  # no action recorded


def _day(day: dt.date | None) -> str:
    return f"{day.day} {day:%b %Y}" if day else ""


def _phrase(text: str, what: str, limit: int = MAX_PHRASE) -> str:
    text = " ".join(text.split())
    if len(text) > limit:
        raise ValidationError(
            phrase(
                QT_TRANSLATE_NOOP(
                    "errors", "{what} is at most {limit} characters: a short phrase."
                ),
                what=what,
                limit=limit,
            )
        )
    return text


def validate_risk(draft: RiskDraft, today: dt.date | None = None) -> RiskDraft:
    """The draft as it is kept, or one sentence for what cannot be saved."""
    today = today or dt.date.today()
    disclosed = _phrase(draft.disclosed, QT_TRANSLATE_NOOP("errors", "What was disclosed"))
    if not disclosed:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Say in a short phrase what was disclosed or seen.")
        )
    level = RiskLevel(draft.level)
    if draft.on > today:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "The risk's date is in the future."))
    actions = tuple(dict.fromkeys(RiskAction(a) for a in draft.actions))
    if RiskAction.GP_WITH_CONSENT in actions and RiskAction.GP_WITHOUT_CONSENT in actions:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "The GP was contacted either with consent or without it: choose one."
            )
        )
    told = _phrase(draft.told, QT_TRANSLATE_NOOP("errors", "Who was told"))
    if draft.told_on is not None and not told:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Say who was told, or clear the date they were told.")
        )
    if told and draft.told_on is None:
        raise ValidationError(
            phrase(QT_TRANSLATE_NOOP("errors", "Say when {told} was told."), told=told)
        )
    if draft.told_on is not None:
        if draft.told_on < draft.on:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "The date they were told is before the risk's date.")
            )
        if draft.told_on > today:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "The date they were told is in the future.")
            )
    if draft.review_on is None:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Choose a date to review this risk."))
    if draft.review_on < draft.on:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The review date is before the risk's date.")
        )
    return RiskDraft(
        client_id=draft.client_id,
        on=draft.on,
        disclosed=disclosed,
        level=level,
        actions=tuple(sorted(actions, key=list(RiskAction).index)),
        told=told,
        told_on=draft.told_on,
        review_on=draft.review_on,
        note_id=draft.note_id,
    )


def validate_review(
    risk: Risk,
    on: dt.date,
    summary: str,
    next_review: dt.date | None,
    *,
    closing: bool,
    today: dt.date | None = None,
) -> tuple[str, dt.date | None]:
    """A review (or the closing review) of an open entry: its summary and next date."""
    today = today or dt.date.today()
    if not risk.is_open:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "This risk is already closed."))
    if on < risk.on:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The review is dated before the risk itself.")
        )
    if on > today:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "The review's date is in the future."))
    summary = _phrase(
        summary,
        QT_TRANSLATE_NOOP("errors", "The outcome")
        if closing
        else QT_TRANSLATE_NOOP("errors", "The review"),
        MAX_OUTCOME,
    )
    if closing:
        if not summary:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Say briefly how things stand now, to close this risk.")
            )
        return summary, None
    if not summary:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Say briefly what the review found."))
    if next_review is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Choose the date of the next review, or close the risk.")
        )
    if next_review < on:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The next review is dated before this review.")
        )
    return summary, next_review


# --- what Today says ------------------------------------------------------------------------


@dataclass(frozen=True)
class MissedContact:
    """A session an at-risk client missed or cancelled at short notice: make contact."""

    risk_id: int
    client_id: int
    client_code: str
    session_id: int
    session_start: dt.datetime
    cancelled: bool  # False: missed (did not attend)

    @property
    def what(self) -> Marked:
        """What the client did, marked: the UI shows it through ``shown_text``."""
        if self.cancelled:
            return QT_TRANSLATE_NOOP("risk", "cancelled at short notice")
        return QT_TRANSLATE_NOOP("risk", "missed a session")


@dataclass(frozen=True)
class Absence:
    """A session a client did not come to: missed, or cancelled by them at short notice."""

    session_id: int
    client_id: int
    start: dt.datetime
    cancelled: bool


def _weight(risk: Risk) -> tuple[int, dt.date]:
    return list(RiskLevel).index(risk.level), risk.on


def missed_contacts(
    risks: Iterable[Risk], absences: Sequence[Absence], attended: dict[int, dt.datetime]
) -> list[MissedContact]:
    """For each client with an open risk, their latest absence since the risk was logged,
    unless they have come to a session since, or the risk was reviewed on or after it.

    ``attended`` holds each client's latest attended session start."""
    latest_risk: dict[int, Risk] = {}
    for risk in risks:
        if risk.is_open:
            kept = latest_risk.get(risk.client_id)
            if kept is None or _weight(risk) > _weight(kept):
                latest_risk[risk.client_id] = risk
    prompts = []
    for client_id, risk in latest_risk.items():
        mine = [a for a in absences if a.client_id == client_id and a.start.date() >= risk.on]
        if not mine:
            continue
        last = max(mine, key=lambda a: a.start)
        seen = attended.get(client_id)
        if seen is not None and seen > last.start:
            continue
        if any(r.reviewed_since(last.start.date()) for r in risks if r.client_id == client_id):
            continue
        prompts.append(
            MissedContact(
                risk.id, client_id, risk.client_code, last.session_id, last.start, last.cancelled
            )
        )
    return sorted(prompts, key=lambda p: p.session_start, reverse=True)


# --- the log as a document: an export, a subject access bundle, a supervision summary -------


def risk_log_blocks(risks: Sequence[Risk], *, anonymised: bool = False) -> list[Block]:
    """A client's risk log as document blocks, oldest first, for an export or a subject
    access bundle (in full) or a supervision summary (``anonymised``: the level, dates, what
    was done and how it stands, but never the free text someone typed, which can name
    people: what was disclosed, who was told, the reviews' and outcome's words)."""
    blocks: list[Block] = [Heading("Risk and safeguarding", 2)]
    if not risks:
        blocks.append(Paragraph(plain("No risk logged.")))
        return blocks
    if anonymised:
        blocks.append(
            Paragraph(
                (
                    Span(
                        "What was disclosed, who was told and the reviews' words are left out "
                        "here: they are free text and can name people.",
                        emphasis=True,
                    ),
                )
            )
        )
    for risk in sorted(risks, key=lambda r: (r.on, r.id)):
        blocks.append(Heading(f"{_day(risk.on)} — {risk.level.label}", 3))
        lines = []
        if not anonymised:
            lines.append(("What was disclosed", risk.disclosed))
        lines.append(("What was done", risk.actions_text))
        if not anonymised:
            lines.append(("Who was told", str(risk.told_text)))
        lines.append(("Where it stands", str(risk.state)))
        for review in risk.reviews:
            kind = "Closed" if review.next_review is None else "Reviewed"
            said = "" if anonymised else f": {review.summary}"
            lines.append((kind, f"{_day(review.on)}{said}"))
        blocks.append(
            BulletList(
                tuple((Span(f"{label}: ", strong=True), Span(text)) for label, text in lines)
            )
        )
    return blocks
