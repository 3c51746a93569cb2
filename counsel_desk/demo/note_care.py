"""What the demo notes say about care, mixed into ``NoteWriter``: a risk disclosed (and
the risk log's entry made from the same choices), its follow-up in the next notes, the
note after a missed, cancelled or shortened session, and supervision questions and
amendments that refer to what their note says. Pure and deterministic for the writer's
random stream.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING, Any

from counsel_desk.demo.phrase_banks import CARE, PHRASES, AgreedWords, RiskWords

if TYPE_CHECKING:
    from counsel_desk.demo.plans import SessionContext

# What a fortnightly client's notes never say: they are not seen every week.
WEEKLY = re.compile(r"\b(next|last) week\b|\bweekly\b|\bin a week\b")
# A sentence reporting what the client said: what an amendment may clarify.
REPORTED = re.compile(r"\b(talked|spoke|mentioned|described|said)\b")
AFTER = {
    "missed": CARE.after_missed,
    "cancelled": CARE.after_cancelled,
    "cancelled_me": CARE.after_my_cancellation,
    "early": CARE.after_early,
}


def clock(when: dt.datetime) -> str:
    """10am, 2:30pm."""
    minutes = f":{when:%M}" if when.minute else ""
    return f"{(when.hour - 1) % 12 + 1}{minutes}{'am' if when.hour < 12 else 'pm'}"


class CareWriting:
    """Uses the writer's random stream, story and session; see ``NoteWriter``."""

    ctx: SessionContext
    rng: Any
    rand: Any
    used: set[str]
    first: bool
    main: str
    topic: str
    avoid: re.Pattern[str] | None
    weekly_ok: bool
    risk_words: RiskWords | None
    agreed: list[AgreedWords]
    lead: set[str]
    one: Any
    pick: Any
    render: Any
    ending: bool

    def risk_block(self) -> tuple[str, str, list[str]]:
        """What was raised, how it was explored, and what was agreed (and that it goes to
        supervision); the risk log's entry is made from the same choices."""
        fitting = [w for w in CARE.risks if not (self.avoid and self.avoid.search(w.raised))]
        if not self.weekly_ok:
            fitting = [w for w in fitting if not WEEKLY.search(w.raised)]
        self.risk_words = words = self.one(fitting or CARE.risks)
        self.agreed = self.rng.sample(CARE.agreed, k=self.rng.randint(1, 2))
        agreed = [self.render(a.said) for a in self.agreed]
        self.used.update(agreed)
        agreed.append(self.pick(CARE.supervision))
        raised = self.render(words.raised)
        self.used.add(raised)
        return raised, self.pick(PHRASES.risk_assessed), agreed

    def follow_up(self) -> list[str]:
        """In the two or three notes after a risk was disclosed: further harm? the GP seen?
        the letter sent? then how it has eased. Empty for any other note."""
        n = self.ctx.risk_follow
        if not n:
            return []
        out = []
        if n == 1:
            out.append(self.pick(CARE.follow_harm))
            if self.ctx.follow_gp:
                out.append(self.pick(CARE.follow_gp))
            if self.ctx.follow_letter:
                out.append(self.pick(CARE.follow_letter))
        else:  # a different sentence in each later note: they are a week or two apart
            eased = CARE.follow_eased
            out.append(self.render(eased[(n + self.ctx.number) % len(eased)]))
        return out

    def after(self) -> list[str]:
        """The note after a missed, cancelled or shortened session says so first."""
        pool = AFTER.get(self.ctx.previous)
        return [self.pick(pool)] if pool and not self.first else []

    def question(self, risk: bool) -> str:
        """A supervision question that fits what the note holds."""
        questions = CARE.questions
        if risk:
            pool = questions.risk
        elif self.ctx.previous in ("missed", "cancelled") and self.rand() < 0.5:
            pool = questions.missed
        elif self.ctx.client_late_minutes and self.rand() < 0.5:
            pool = questions.late
        elif self.first:
            pool = questions.first
        elif self.ending:
            pool = questions.ending
        else:
            pool = questions.general
        return self.render(self.one(pool), self.main)

    def amendment(self, body: str) -> str:
        """A correction or clarification of something the note says: the time it gives for
        the next session, or something the client said in its first part ("" if neither)."""
        when = self.ctx.start
        time = clock(when)
        if f"at {time}" in body or f", {time}" in body:
            later = clock(when + dt.timedelta(hours=1 if when.hour < 18 else -1))
            template = self.one(CARE.amendments_plan)
            return self.render(template, day=when.strftime("%A"), time=time, other_time=later)
        brought = body.split("\n\n## ")[0]
        said = [
            s
            for s in re.split(r"(?<=[.!?])\s+|\n+", brought)
            if REPORTED.search(s) and len(s.split()) > 6 and s not in self.lead
        ]
        if not said:
            return ""
        quoted = " ".join(self.one(said).split()[:5]).rstrip(",;:")
        return self.render(self.one(CARE.amendments_quoted), quoted=quoted)
