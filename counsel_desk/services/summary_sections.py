"""The sections of a supervision summary, one provider each, in the order they are printed.

A provider turns one client's records for the period into document blocks, or nothing, in
which case its section is left out (a section appears when its data exists). Everything a
practitioner typed goes through ``ClientContext.text``, which takes the client's
redaction list out and keeps the words to check; every date through ``ClientContext.day``.

Adding a section is writing one provider and adding it to ``SECTIONS``. The working
relationship carries the timeline picture of the period (``_picture``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

from counsel_desk.domain.anonymise import MARKER, Redactor, RelativeWeeks, names_to_check
from counsel_desk.domain.contract.history import ContractHistory
from counsel_desk.domain.document import (
    Block,
    BulletList,
    Inline,
    Paragraph,
    Picture,
    Span,
    Table,
)
from counsel_desk.domain.measures import number_text
from counsel_desk.domain.sessions import Session, SessionStatus
from counsel_desk.domain.timeline import DOCUMENT_PICTURE, for_document
from counsel_desk.domain.timeline_build import TimelineInputs, build_timeline

if TYPE_CHECKING:
    from counsel_desk.domain.clients import Client
    from counsel_desk.domain.contract.boundaries import BoundaryEvent
    from counsel_desk.domain.contract.notice import NoticeVerdict
    from counsel_desk.domain.risk import Risk
    from counsel_desk.storage.summary import FlaggedNote


@dataclass
class ClientContext:
    """One client's part of a summary: the period, their records in it, and the means to
    write about them without their identity."""

    client: Client
    first: dt.date
    last: dt.date
    sessions: Sequence[Session]  # in the period, oldest first
    redactor: Redactor
    weeks: RelativeWeeks | None  # None: dates as written
    to_check: dict[str, str] = field(default_factory=dict)  # folded -> as seen
    load: Callable[[str], object] = lambda _name: None  # lazily read sources, by name

    def holds(self, day: dt.date) -> bool:
        """``day`` is in the period."""
        return self.first <= day <= self.last

    def day(self, day: dt.date) -> str:
        if self.weeks is not None:
            return self.weeks.label(day)
        return f"{day.day} {day:%b %Y}"

    def text(self, words: str) -> Inline:
        """``words`` with the redaction list taken out, the markers in bold; the capitalised
        words left that look like names are kept to offer ("check these")."""
        done = self.redactor.redact(words)
        for word in names_to_check(done.text, self.redactor.terms):
            self.to_check.setdefault(word.casefold(), word)
        spans: list[Span] = []
        at = 0
        for start, end in done.spans:
            if start > at:
                spans.append(Span(done.text[at:start]))
            spans.append(Span(done.text[start:end], strong=done.text[start:end] == MARKER))
            at = end
        if at < len(done.text):
            spans.append(Span(done.text[at:]))
        return tuple(spans)


class SectionProvider(Protocol):
    title: str

    def blocks(self, ctx: ClientContext) -> tuple[Block, ...]: ...


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


class Attendance:
    title = "Attendance"

    def blocks(self, ctx: ClientContext) -> tuple[Block, ...]:
        held = [s for s in ctx.sessions if s.status is not SessionStatus.RESCHEDULED]
        if not held:
            return ()
        by = {status: [s for s in held if s.status is status] for status in SessionStatus}
        cancelled = (
            by[SessionStatus.CANCELLED_BY_CLIENT] + by[SessionStatus.CANCELLED_BY_PRACTITIONER]
        )
        verdicts: dict[int, NoticeVerdict] = ctx.load("notice") if cancelled else {}  # type: ignore[assignment]
        rows = []
        for status, label in (
            (SessionStatus.ATTENDED, "Attended"),
            (SessionStatus.CANCELLED_BY_CLIENT, "Cancelled by the client"),
            (SessionStatus.CANCELLED_BY_PRACTITIONER, "Cancelled by me"),
            (SessionStatus.DID_NOT_ATTEND, "Missed (did not attend)"),
            (SessionStatus.SCHEDULED, "Booked, not yet recorded"),
        ):
            found = by[status]
            if not found and status is not SessionStatus.ATTENDED:
                continue
            short = sum(1 for s in found if (v := verdicts.get(s.id)) is not None and v.short)
            rows.append((label, str(len(found)), str(short) if short else ""))
        return (Table(("Sessions", "How many", "At short notice"), tuple(rows)),)


class Contract:
    title = "Contract"

    def blocks(self, ctx: ClientContext) -> tuple[Block, ...]:
        history: ContractHistory = ctx.load("contracts")  # type: ignore[assignment]
        if not history.versions:
            return ()
        current = history.in_force(ctx.last)
        items: list[Inline] = []
        if current is None:
            items.append((Span("No version agreed by the end of the period."),))
        else:
            agreed = current.agreement.on if current.agreement else None
            line = f"Version {current.number} in force"
            if agreed is not None:
                line += f", agreed {ctx.day(agreed)}"
            items.append((Span(line + "."),))
            if current.review_on is not None:
                due = "Review due" if current.review_on >= ctx.last else "Review was due"
                items.append((Span(f"{due} {ctx.day(current.review_on)}."),))
            else:
                items.append((Span("No review date set."),))
        if history.draft is not None:
            items.append((Span(f"Version {history.draft.number} is a draft, not yet agreed."),))
        return (BulletList(tuple(items)),)


class Boundaries:
    title = "Boundary events"

    def blocks(self, ctx: ClientContext) -> tuple[Block, ...]:
        events: list[BoundaryEvent] = ctx.load("boundaries")  # type: ignore[assignment]
        found = sorted((e for e in events if ctx.first <= e.on <= ctx.last), key=lambda e: e.on)
        items = []
        for event in found:
            spans: list[Span] = [
                Span(f"{ctx.day(event.on)} · {event.kind.label}", strong=True),
                Span(f" ({_BEGAN[event.initiated_by.value]}). "),
            ]
            spans += ctx.text(event.what_happened)
            if event.what_was_done.strip():
                spans.append(Span(" What was done: ", emphasis=True))
                spans += ctx.text(event.what_was_done)
            items.append(tuple(spans))
        return (BulletList(tuple(items)),) if items else ()


_BEGAN = {
    "client": "the client began it",
    "practitioner": "I began it",
    "someone_else": "someone else began it",
    "nobody": "by chance",
}


class FlaggedNotes:
    title = "Notes flagged for supervision"

    def blocks(self, ctx: ClientContext) -> tuple[Block, ...]:
        notes: list[FlaggedNote] = ctx.load("flagged")  # type: ignore[assignment]
        out: list[Block] = []
        for note in notes:
            spans: list[Span] = [Span(ctx.day(note.session_start.date()), strong=True)]
            if note.title.strip():
                spans.append(Span(" · "))
                spans += ctx.text(note.title)
            out.append(Paragraph(tuple(spans)))
            question = note.question.strip()
            out.append(
                Paragraph((Span("Question: ", emphasis=True), *ctx.text(question)))
                if question
                else Paragraph((Span("(No question written.)", emphasis=True),))
            )
        return tuple(out)


class RiskLog:
    """Risks open at some time in the period: the level, what was done (from the fixed
    list) and how it stands, with every date through ``ctx.day``. Never what was disclosed,
    who was told or a review's words: free text that can name people, and a summary only
    needs the shape of the work."""

    title = "Risk and safeguarding"

    def blocks(self, ctx: ClientContext) -> tuple[Block, ...]:
        risks: list[Risk] = ctx.load("risks")  # type: ignore[assignment]
        found = sorted(
            (
                r
                for r in risks
                if r.on <= ctx.last and (r.closed_on is None or r.closed_on >= ctx.first)
            ),
            key=lambda r: (r.on, r.id),
        )
        items: list[Inline] = []
        for risk in found:
            if risk.closed_on is not None:
                stands = f"closed {ctx.day(risk.closed_on)}"
            elif risk.review_on is not None:
                stands = f"open, review {ctx.day(risk.review_on)}"
            else:
                stands = "open"
            reviews = [r for r in risk.reviews if r.next_review is not None]
            seen = f"; reviewed {_count(len(reviews), 'time', 'times')}" if reviews else ""
            items.append(
                (
                    Span(f"{ctx.day(risk.on)} · {risk.level.label}", strong=True),
                    Span(f". What was done: {risk.actions_text}. Now {stands}{seen}."),
                )
            )
        return (BulletList(tuple(items)),) if items else ()


class Alliance:
    """The working relationship in the period: each measure's scores in order (with its
    cutoff, where it has one), the possible-rupture flags and the ruptures with their
    repairs, every date through ``ctx.day``. Never a rupture's or repair's words, a flag's
    reason as written (it carries dates) or a reflection: free text that can name people."""

    title = "The working relationship"

    def blocks(self, ctx: ClientContext) -> tuple[Block, ...]:
        inputs: TimelineInputs | None = ctx.load("alliance")  # type: ignore[assignment]
        if inputs is None:
            return ()
        items: list[Inline] = []
        by_measure: dict[str, list] = {}
        for score in sorted(inputs.scores, key=lambda s: (s.on, s.id or 0)):
            if ctx.holds(score.on):
                by_measure.setdefault(score.measure_id, []).append(score)
        for measure_id, scores in by_measure.items():
            measure = inputs.measures.get(measure_id)
            name = measure.short_name if measure else measure_id
            totals = " · ".join(f"{number_text(s.total)} ({ctx.day(s.on)})" for s in scores)
            line = f"{name}: {totals}"
            if measure is not None and measure.cutoff is not None:
                line += f"; its cutoff is {number_text(measure.cutoff)}"
            items.append((Span(line + "."),))
        for flag in sorted(inputs.flags, key=lambda f: f.on):
            if ctx.holds(flag.on):
                aside = " (set aside)" if flag.dismissal is not None else ""
                items.append(
                    (
                        Span(f"{ctx.day(flag.on)} · Possible rupture", strong=True),
                        Span(f": {flag.kind.label.lower()}{aside}."),
                    )
                )
        for rupture in sorted(inputs.ruptures, key=lambda r: r.on):
            repaired = rupture.repair.on if rupture.repair is not None else None
            if rupture.on > ctx.last or (repaired is not None and repaired < ctx.first):
                continue
            how = f"repaired {ctx.day(repaired)}" if repaired else "not yet repaired"
            items.append(
                (
                    Span(f"{ctx.day(rupture.on)} · Rupture", strong=True),
                    Span(f": {rupture.kind.label.lower()}, {how}."),
                )
            )
        picture = _picture(inputs, ctx)
        return (*picture, BulletList(tuple(items))) if items else picture


def _picture(inputs: TimelineInputs, ctx: ClientContext) -> tuple[Block, ...]:
    """The timeline of the period, drawn by the same painter as the client's Timeline tab,
    when there are scores or marks in it beyond attendance: no words typed about the client,
    and its axis in weeks of the work when the summary gives dates that way."""
    drawn = for_document(
        build_timeline(inputs, ctx.first, ctx.last),
        ctx.weeks.first if ctx.weeks is not None else None,
    )
    if drawn is None:
        return ()
    return (
        Picture(
            DOCUMENT_PICTURE,
            drawn.description,
            drawn,
            width_mm=PICTURE_WIDTH_MM,
            height_mm=drawn.height_mm,
        ),
    )


PICTURE_WIDTH_MM = 160.0


SECTIONS: tuple[SectionProvider, ...] = (
    Attendance(),
    Contract(),
    Alliance(),
    RiskLog(),
    Boundaries(),
    FlaggedNotes(),
)
