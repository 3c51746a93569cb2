"""Writing one session's demo notes, section by section, in the client's usual template:
what the client brought, what mattered, the relationship, risk and the plan, or the
practitioner's process reflection. Sentences come from the phrase banks (opener + content +
detail) and none is used twice in a note. Pure and deterministic for a random stream.

The notes model safe practice: a risk disclosed is logged and taken to supervision, and
followed up in the next notes (``SessionContext.risk_follow``); a missed, cancelled or
shortened session is mentioned in the next note; a fortnightly client is seen "in two
weeks"; an amendment or a supervision question refers to what its note says.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence

from counsel_desk.demo.note_care import WEEKLY, CareWriting, clock
from counsel_desk.demo.phrase_banks import CARE, OCCASIONS, PHRASES, THEMES, AgreedWords, RiskWords
from counsel_desk.demo.plans import PlannedNote, SessionContext
from counsel_desk.demo.stories import ClientStory
from counsel_desk.demo.templates import PROCESS_HEADINGS, PROCESS_TEMPLATE, SESSION_TEMPLATES
from counsel_desk.demo.wording import FUTURE, HISTORY, PRONOUNS, agree, fill, without

PROCESS_RATE = 0.3
RISK_RATE = 0.025
SUPERVISION_RATE = 0.055
RISK_SUPERVISION_RATE = 1.0  # a risk disclosed is always taken to supervision
RECENT_DAYS = 14  # sessions this recent are often still drafts
DRAFT_RATE = 0.6
AMENDMENT_RATE = 0.04
REVIEW_EVERY = 6
CANAL_RATE = 0.011
PHOTOGRAPH_RATE = 0.005
SEASONAL_RATE = 0.1
CLIENT_SUBJECT_RATE = 0.2  # "The client ..." rather than "She ..."
MEDIUM_WORDS = {"in_person": "in person", "online": "online", "phone": "by phone"}


_LATE_NO_REASON = tuple(t for t in OCCASIONS.late if "{reason}" not in t)


def _order(sentence: str) -> int:
    """Sentences that say "early on" come first, and "later" last."""
    if sentence.startswith("Early on") or " opened with " in sentence or " began by " in sentence:
        return 0
    return 2 if sentence.startswith("Later") else 1


def _minutes(n: int) -> str:
    return "a minute" if n == 1 else f"{n} minutes"


class NoteWriter(CareWriting):
    """Writes the notes for one session; no sentence is used twice in a note."""

    def __init__(self, rng: random.Random, story: ClientStory, ctx: SessionContext) -> None:
        self.rng, self.story, self.ctx = rng, story, ctx
        self.rand = rng.random
        self.first = ctx.number == 1
        k = 1 if len(story.themes) == 1 or self.rand() < 0.4 else 2
        self.touched = tuple(rng.sample(story.themes, k=k))
        if self.first:  # what brought them, which their hope for the work is about
            self.touched = (story.themes[0], *(t for t in self.touched if t != story.themes[0]))
        self.main = self.touched[0]
        self.topic = self._topic(self.main)
        self.they = story.pronoun == "they"
        self.subject = PRONOUNS[story.pronoun]["S"]
        self.values: dict[str, dict[str, str]] = {}  # by theme
        self.formal = False  # the last subject was "The client"
        self.ending = ctx.final
        self.review = not (self.first or self.ending) and ctx.number % REVIEW_EVERY == 0
        self.avoid = HISTORY if self.first else FUTURE if self.ending else None
        self.weekly_ok = not ctx.fortnightly
        self.risk_words: RiskWords | None = None  # a risk disclosed in this note
        self.agreed: list[AgreedWords] = []
        self.lead: set[str] = set()  # the sentences the note opens with
        self.used: set[str] = set()  # sentences in this note
        self.parts: set[str] = set()  # openers, tails and the like in this note

    # --- sentences ---

    def _topic(self, theme: str) -> str:
        if self.rand() < 0.6:
            return self.story.thread(theme)
        return fill(self.one(THEMES[theme].titles), self.story.pronoun)

    def render(self, template: str, theme: str | None = None, **extra: str) -> str:
        """``template`` with this client's words; "" for an empty template."""
        if not template:
            return ""
        theme = theme or self.main
        values = self.values.get(theme) or self._values(theme)
        if "{S}" in template:  # "The client" now and then, never twice running
            formal = not self.formal and self.rand() < CLIENT_SUBJECT_RATE
            values["S"], self.formal = ("The client" if formal else self.subject), formal
        text = template.format_map({**values, **extra} if extra else values)
        if self.they:
            text = agree(text)
        return text[0].upper() + text[1:]

    def _values(self, theme: str) -> dict[str, str]:
        story = self.story
        values = self.values[theme] = {
            **PRONOUNS[story.pronoun],
            "person": story.person,
            "goal": story.goal,
            "sit": story.situation(theme),
            "topic": self.topic if theme == self.main else story.thread(theme),
            "about": THEMES[theme].about,
        }
        return values

    def one(self, pool: Sequence[str]) -> str:
        return pool[int(self.rand() * len(pool))]  # rng.choice, but quicker

    def choose(self, pool: Sequence[str]) -> str:
        """A part of a sentence from ``pool``, fitting this session, preferably not yet used."""
        if self.avoid:
            pool = without(pool, self.avoid)
        if not self.weekly_ok:
            pool = without(pool, WEEKLY)
        parts, rand, size = self.parts, self.rand, len(pool)
        for _ in range(3):
            part = pool[int(rand() * size)]
            if part not in parts:
                break
        if part:
            parts.add(part)
        return part

    def pick(self, pool: Sequence[str], theme: str | None = None, **extra: str) -> str:
        """A sentence from ``pool`` not yet used in this note ("" if none is left)."""
        if self.avoid:
            pool = without(pool, self.avoid)
        if not self.weekly_ok:
            pool = without(pool, WEEKLY)
        used, rand, size = self.used, self.rand, len(pool)
        for _ in range(6):
            template = pool[int(rand() * size)]
            if template in used:
                continue
            text = self.render(template, theme, **extra)
            if text not in used:
                used.update((template, text))
                return text
        return ""

    def compose(self, make: Callable[[], str], theme: str | None = None, **extra: str) -> str:
        """A sentence from the template ``make()`` returns, trying again if this note already
        has that template or sentence ("" if it keeps failing)."""
        for _ in range(6):
            template = make()
            if template in self.used:
                continue
            text = self.render(template, theme, **extra)
            if text not in self.used:
                self.used.update((template, text))
                return text
        return ""

    def theme_sentence(self, theme: str) -> str:
        bank = THEMES[theme]

        def make() -> str:
            if self.rand() < 0.45:
                return self.choose(bank.clauses)
            topic, tail = self.choose(bank.topics), ""
            if self.rand() < 0.4:
                opener = self.choose(PHRASES.spoken_openers)
                if self.rand() < 0.3:
                    tail = self.choose(PHRASES.manner_tails)
            else:
                opener = self.choose(PHRASES.topic_openers)
            if not tail and " and " not in topic:
                tail = self.choose(PHRASES.topic_tails)
            return f"{opener} {topic}{tail}."

        return self.compose(make, theme)

    def theme_sentences(self, n: int) -> list[str]:
        themes = [self.touched[i % len(self.touched)] for i in range(n)]
        return sorted((self.theme_sentence(theme) for theme in themes), key=_order)

    def moment(self) -> str:
        theme = self.one(self.touched)
        if self.rand() < 0.25:
            return self.pick(PHRASES.generic_moments, theme)
        return self.pick(THEMES[theme].moments, theme)

    def presentation(self, brief: bool = False) -> list[str]:
        """How the client seemed: mood, and (unless brief) engagement."""
        mood = self.compose(
            lambda: f"{{S}} was {self.choose(PHRASES.moods)} {self.choose(PHRASES.mood_when)}."
        )
        return [mood] if brief else [mood, self.pick(PHRASES.engagement)]

    def intervention(self) -> str:
        return self.compose(
            lambda: f"{self.choose(PHRASES.interventions)}{self.choose(PHRASES.intervention_aims)}."
        )

    def relationship(self) -> list[str]:
        return [self.pick(PHRASES.relationship_felt), self.pick(PHRASES.relationship_said)]

    def reading(self) -> str:
        theme = self.one(self.touched)
        return self.pick(THEMES[theme].readings, theme)

    def assessment(self) -> str:
        return self.pick(PHRASES.first_assessments if self.first else PHRASES.assessments)

    def plan(self) -> list[str]:
        when = {
            "day": self.ctx.start.strftime("%A"),
            "time": clock(self.ctx.start),
            "medium": MEDIUM_WORDS.get(self.ctx.modality, "in person"),
        }
        booked = CARE.plan_fortnight if self.ctx.fortnightly else PHRASES.plan_next
        return [self.pick(booked, **when), self.pick(PHRASES.plan_focus)]

    def context(self) -> list[str]:
        """Lateness and the medium, at the start of the note."""
        ctx, out = self.ctx, []
        late = ctx.client_late_minutes
        if late and self.rand() < 0.75:
            reasons = OCCASIONS.late_reasons.get(ctx.modality, OCCASIONS.late_reasons["in_person"])
            reason = self.render(self.one(reasons)).lower() if self.rand() < 0.9 else ""
            templates = OCCASIONS.late if reason else _LATE_NO_REASON
            out.append(
                self.pick(
                    templates, late=_minutes(late), left=str(max(50 - late, 10)), reason=reason
                )
            )
        if ctx.modality in OCCASIONS.medium and self.rand() < 0.25:
            out.append(self.pick(OCCASIONS.medium[ctx.modality]))
        return out

    def early(self) -> list[str]:
        if self.ctx.ended_early_minutes and self.rand() < 0.75:
            return [self.pick(OCCASIONS.early, early=_minutes(self.ctx.ended_early_minutes))]
        return []

    def extras(self) -> list[str]:
        """Now and then a seasonal remark, or the benchmark's rare words."""
        out = []
        if self.rand() < SEASONAL_RATE:
            month, day = self.ctx.start.month, self.ctx.start.day
            fitting = [
                season.text
                for season in OCCASIONS.seasonal
                if month in season.months
                and not ("Christmas" in season.text and month == 1 and day > 14)
            ]
            if fitting:
                out.append(self.pick(fitting))
        if self.rand() < CANAL_RATE:
            out.append(self.pick(OCCASIONS.canal))
        if self.rand() < PHOTOGRAPH_RATE:
            out.append(self.pick(OCCASIONS.photograph))
        return out

    def first_session(self) -> list[str]:
        rng = self.rng
        items = rng.sample(OCCASIONS.contract_items, k=rng.randint(2, 4))
        items.insert(rng.randrange(len(items) + 1), self.one(OCCASIONS.contract_confidentiality))
        contract = (
            f"{self.one(OCCASIONS.contract_openers)} {'; '.join(items[:-1])}; and {items[-1]}."
        )
        referral = self.pick(OCCASIONS.referrals)
        out = [self.render(contract), self.pick(OCCASIONS.contract_questions), referral]
        out.append(self.pick(OCCASIONS.first_brought))
        out += [self.pick(OCCASIONS.first_also, theme) for theme in self.touched[1:]]
        out.append(self.pick(OCCASIONS.first_hopes))
        if self.rand() < 0.5:
            history = OCCASIONS.first_history
            if "counselling once before" in referral:  # never "has not had counselling" too
                history = tuple(h for h in history if "not had counselling" not in h)
            out.append(self.pick(history))
        if self.ending:
            out.append(self.pick(OCCASIONS.single_session))
        return out

    def opening(self) -> list[str]:
        """What the first section of the note starts with, beyond the themes."""
        if self.first:
            return self.first_session()
        if self.ending:
            return [self.pick(OCCASIONS.ending_open), self.pick(OCCASIONS.ending_changed)]
        if self.review:
            return [self.pick(OCCASIONS.review)]
        return []

    def no_risk(self) -> str:
        return self.pick(OCCASIONS.first_risk if self.first else PHRASES.risk_none)

    def closing(self) -> list[str]:
        """The plan for next time (or the ending)."""
        if self.first and not self.ending:
            booked = CARE.first_plan_fortnight if self.ctx.fortnightly else OCCASIONS.first_plan
            return [self.pick(booked)]
        if self.ending:
            return [self.pick(OCCASIONS.ending_take), self.pick(OCCASIONS.ending_plan)]
        if self.review:
            return [self.pick(OCCASIONS.review_plan), self.pick(PHRASES.plan_focus)]
        return self.plan()

    # --- notes ---

    def session_note(self) -> PlannedNote:
        story = self.story
        risk = self.rand() < RISK_RATE
        size = self.rng.choices((1, 2, 3), (12, 78, 10))[0]  # brief, ordinary, full
        body = _markdown(self.sections(risk, size))
        final = self.is_final()
        question_rate = RISK_SUPERVISION_RATE if risk else SUPERVISION_RATE
        question = self.question(risk) if self.rand() < question_rate else ""
        amendment = ""
        if final and self.rand() < AMENDMENT_RATE:
            amendment = self.amendment(body)
        marks = (
            (self.first, "first session"),
            (self.ending, "ending"),
            (self.review, "review"),
        )
        words = self.risk_words
        return PlannedNote(
            kind="session",
            template_id=story.template_id,
            title=self.session_title(risk),
            body=body,
            final=final,
            tags=self.touched + tuple(tag for on, tag in marks if on),
            risk=risk or bool(self.ctx.risk_follow),  # raised, or assessed again
            supervision_question=question,
            amendment=amendment,
            risk_phrase=words.phrase if words else "",
            risk_level=words.level if words else "",
            risk_actions=tuple(dict.fromkeys([*(a.action for a in self.agreed), "supervision"]))
            if words
            else (),
            risk_gp=any(a.gp for a in self.agreed),
            risk_letter=any(a.action == "gp_with_consent" for a in self.agreed),
            risk_follow=self.ctx.risk_follow,
        )

    def sections(self, risk: bool, size: int) -> list[tuple[str, list[str]]]:
        """The session note's sections, in the order of the client's template."""
        n_themes = (2, 4, 8)[size - 1] + self.rng.randint(0, 1)
        if self.first or self.ending:
            n_themes = max(1, n_themes - 3)
        opening = self.opening()
        lead = self.after() + opening[:1] + self.context() + opening[1:]
        self.lead = set(lead)  # what an amendment never quotes: the themes are what it may
        themes = self.theme_sentences(n_themes) + self.extras()
        told = lead + themes  # what the client brought
        raised, assessed, agreed = self.risk_block() if risk else ("", "", [])
        brief = size == 1
        template_id = self.story.template_id
        if template_id == "builtin:person_centred":
            matter = [self.moment()]
            if not brief or self.rand() < 0.5:
                matter.append(self.moment())
            if self.first:
                relationship = [self.pick(OCCASIONS.first_relationship)]
            elif self.ending:
                matter.insert(0, self.pick(OCCASIONS.ending_take))
                relationship = [self.pick(OCCASIONS.ending_relationship)]
            else:
                relationship = self.relationship()
            safety = [raised, assessed, *agreed] if risk else self.follow_up() or [self.no_risk()]
            closing = [self.pick(OCCASIONS.ending_plan)] if self.ending else self.closing()
            bodies = [told + self.early(), matter, relationship, safety, closing]
        elif template_id == "builtin:dap":
            data = [*lead, *self.presentation(brief), *themes, raised, self.intervention()]
            if not brief and self.rand() < 0.5:
                data.append(self.pick(PHRASES.responses))
            assessment = [self.reading()]
            if not brief or self.rand() < 0.5:
                assessment.append(self.assessment())
            assessment += [assessed] if risk else self.follow_up() or [self.no_risk()]
            bodies = [data + self.early(), assessment, self.closing() + agreed]
        elif template_id == "builtin:birp":
            behaviour = lead + self.presentation(brief) + themes + [raised, *self.early()]
            intervention = [self.intervention()]
            if not brief:
                intervention.append(self.intervention())
            response = [self.pick(PHRASES.responses), self.moment()]
            plan = self.closing() + agreed
            if not risk and (self.ctx.risk_follow or self.rand() < 0.5):
                plan += self.follow_up() or [self.no_risk()]
            bodies = [behaviour, [*intervention, assessed], response, plan]
        else:  # SOAP
            objective = self.presentation()
            if not brief and self.rand() < 0.5:
                objective.append(self.pick(PHRASES.responses))
            assessment = [self.reading(), self.assessment()]
            assessment += [assessed] if risk else self.follow_up() or [self.no_risk()]
            bodies = [
                [*told, raised],
                objective + self.early(),
                assessment,
                self.closing() + agreed,
            ]
        return list(zip(SESSION_TEMPLATES[template_id], bodies, strict=True))

    def is_final(self) -> bool:
        recent = (self.ctx.today - self.ctx.start.date()).days <= RECENT_DAYS
        return not (recent and self.rand() < DRAFT_RATE)

    def session_title(self, risk: bool) -> str:
        n = self.ctx.number
        if self.first:
            return "Single session" if self.ending else self.one(PHRASES.first_titles)
        if self.ending:
            return self.one(PHRASES.ending_titles).format(n=n)
        if self.review:
            return self.one(PHRASES.review_titles).format(n=n)
        if risk and self.rand() < 0.3:
            return f"Session {n} — risk discussed"
        roll = self.rand()
        if roll < 0.65:
            return f"Session {n}"
        if roll < 0.9:
            return f"Session {n}: {self.topic}"
        return self.topic[0].upper() + self.topic[1:]

    def process_note(self) -> PlannedNote:
        experience = [self.pick(PHRASES.process_experience)]
        if self.rand() < 0.7:
            experience.append(self.pick(PHRASES.process_experience))
        if self.rand() < CANAL_RATE:
            experience.append(self.pick(OCCASIONS.canal_process))
        if self.rand() < PHOTOGRAPH_RATE:
            experience.append(self.pick(OCCASIONS.photograph_process))
        patterns = [self.pick(PHRASES.process_patterns)]
        if self.rand() < 0.6:
            patterns.append(self.pick(PHRASES.process_patterns))
        wondering = [self.pick(PHRASES.process_wondering)]
        if self.rand() < 0.4:
            wondering.append(self.pick(PHRASES.process_wondering))
        development = [self.pick(PHRASES.process_development)]
        if self.rand() < 0.3:
            development.append(self.pick(PHRASES.process_development))
        bodies = [experience, patterns, wondering, development]
        return PlannedNote(
            kind="process",
            template_id=PROCESS_TEMPLATE,
            title=self.one(PHRASES.process_titles).format(n=self.ctx.number),
            body=_markdown(list(zip(PROCESS_HEADINGS, bodies, strict=True))),
            final=self.is_final(),
            tags=self.touched if self.rand() < 0.5 else (),
        )


def _markdown(sections: list[tuple[str, list[str]]]) -> str:
    """``## Heading``, a blank line, the section's sentences as one or two paragraphs."""
    parts = []
    for heading, sentences in sections:
        text = [s for s in sentences if s]
        if len(text) > 5:
            half = len(text) // 2
            paragraphs = [" ".join(text[:half]), " ".join(text[half:])]
        else:
            paragraphs = [" ".join(text)]
        parts.append(f"## {heading}\n\n" + "\n\n".join(paragraphs))
    return "\n\n".join(parts)
