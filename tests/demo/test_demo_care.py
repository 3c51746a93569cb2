"""Demo notes that model safe practice (issue 12, item 7): a risk disclosed is logged, taken
to supervision and followed up in the next two or three notes; nobody both had and had not
had counselling before; the note after a missed, cancelled or shortened session says so;
fortnightly clients are seen in two weeks; amendments and supervision questions refer to
what their note says; the practice's breaks are in the diary with no session inside."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from counsel_desk.demo.note_writer import WEEKLY
from counsel_desk.demo.notes import client_notes
from counsel_desk.demo.phrase_banks import CARE
from counsel_desk.demo.plans import ClientPlan, PlannedNote, PlannedSession, PracticePlan
from counsel_desk.demo.practice import plan_practice
from counsel_desk.demo.risks import client_risks
from counsel_desk.demo.wording import PRONOUNS, agree
from counsel_desk.domain.breaks import validate_break
from counsel_desk.domain.clients import ClientStatus, EndingKind
from counsel_desk.domain.risk import RiskAction, RiskLevel
from counsel_desk.domain.sessions import SessionStatus

TODAY = dt.date(2025, 3, 14)
Pairs = list[tuple[PlannedSession, list[PlannedNote]]]


def _patterns(template: str) -> list[re.Pattern[str]]:
    """A phrase-bank sentence as the notes write it, for each pronoun and with "The client"
    as the subject (verbs agreeing after "they"); any other placeholder matches any words."""
    found = []
    for pronoun, words in PRONOUNS.items():
        for subject in (words["S"], "The client"):
            values = {**words, "S": subject}
            text = re.sub(r"\{(S|s|o|p|P|r)\}", lambda m, v=values: v[m[1]], template)
            if pronoun == "they":
                text = agree(text)
            parts = re.split(r"\{[a-z_A-Z]+\}", text)
            found.append(re.compile(".+?".join(re.escape(p) for p in parts), re.IGNORECASE))
    return found


def _any(templates, text: str) -> bool:
    return any(p.search(text) for t in templates for p in _patterns(t))


@pytest.fixture(scope="module")
def practice() -> tuple[PracticePlan, dict[str, Pairs]]:
    plan = plan_practice(120, 6, 13, TODAY)
    return plan, {c.draft.code: list(client_notes(c, 13, TODAY)) for c in plan.clients}


def _held(pairs: Pairs) -> list[tuple[PlannedSession, PlannedNote]]:
    return [(s, notes[0]) for s, notes in pairs if notes]


def test_a_risk_is_followed_up_in_the_next_two_or_three_notes(practice) -> None:
    _plan, by_client = practice
    raised_count = 0
    for pairs in by_client.values():
        held = _held(pairs)
        for i, (_session, note) in enumerate(held):
            if not note.risk_phrase:
                continue
            raised_count += 1
            assert note.risk
            assert _any(CARE.questions.risk, note.supervision_question), note
            assert _any(CARE.supervision, note.body)
            after = [n for _s, n in held[i + 1 : i + 4]]
            follows = [n.risk_follow for n in after if n.risk_follow and not n.risk_phrase]
            if len(after) >= 3 and not any(n.risk_phrase for n in after):
                assert follows[:2] == [1, 2], [n.risk_follow for n in after]
            if after and after[0].risk_follow == 1 and not after[0].risk_phrase:
                first = after[0]  # (a note that discloses a new risk says that instead)
                assert first.risk  # assessed again: the flag says so
                assert _any(CARE.follow_harm, first.body), first.body
                assert _any(CARE.follow_gp, first.body) == note.risk_gp
                assert _any(CARE.follow_letter, first.body) == note.risk_letter
    assert raised_count >= 10


def test_each_risk_disclosed_has_an_entry_the_app_would_accept(practice) -> None:
    plan, by_client = practice
    entries = 0
    for client in plan.clients:
        pairs = by_client[client.draft.code]
        for note, risk in client_risks(pairs, TODAY, client.draft.end_date):
            entries += 1
            assert risk.phrase == note.risk_phrase
            assert 0 < len(risk.phrase) <= 200
            RiskLevel(risk.level)
            assert {RiskAction(a) for a in risk.actions} >= {RiskAction.SUPERVISION}
            assert risk.review_on >= risk.on
            days = [on for on, _text, _next in risk.reviews]
            assert days == sorted(days)
            assert all(on >= risk.on for on in days)
            if risk.closed_on is not None:
                assert risk.outcome
                assert risk.reviews[-1] == (risk.closed_on, risk.outcome, None)
            if client.draft.status is ClientStatus.ENDED:
                assert risk.closed_on is not None  # nothing left open after the work ended
    assert entries >= 10


def test_no_client_both_had_and_had_not_had_counselling_before(practice) -> None:
    _plan, by_client = practice
    for pairs in by_client.values():
        held = _held(pairs)
        if held:
            first = held[0][1].body
            assert not ("counselling once before" in first and "not had counselling" in first)


AFTER = {
    "missed": re.compile(r"did not come|missed session|session \w+ missed"),
    "cancelled": re.compile(r"cancelled at short notice|had cancelled last time|cancelled session"),
    "cancelled_me": re.compile(r"I had cancelled|after I cancelled"),
    "early": re.compile(r"ended early|finished early"),
}
ANY_AFTER = re.compile("|".join(p.pattern for p in AFTER.values()))


def test_the_note_after_an_absence_or_a_short_session_says_so(practice) -> None:
    plan, by_client = practice
    seen = dict.fromkeys(AFTER, 0)
    for client in plan.clients:
        pending = ""
        notes = {id(s): n[0] for s, n in by_client[client.draft.code] if n}
        for session in client.all_sessions():
            if session.status is SessionStatus.ATTENDED:
                body = notes[id(session)].body
                first = notes[id(session)].tags and "first session" in notes[id(session)].tags
                if pending and not first:
                    assert AFTER[pending].search(body), (pending, body)
                    seen[pending] += 1
                elif not pending:
                    assert not ANY_AFTER.search(body), body
                pending = "early" if session.ended_early_minutes else ""
            elif session.status is SessionStatus.DID_NOT_ATTEND:
                pending = "missed"
            elif session.status is SessionStatus.CANCELLED_BY_CLIENT:
                pending = "cancelled"
            elif session.status is SessionStatus.CANCELLED_BY_PRACTITIONER:
                pending = "cancelled_me"
    assert all(seen.values()), seen


def test_fortnightly_clients_are_seen_in_two_weeks(practice) -> None:
    plan, by_client = practice
    fortnightly: list[ClientPlan] = [c for c in plan.clients if c.fortnightly and c.sessions]
    assert len(fortnightly) >= 5
    fortnight = 0
    for client in fortnightly:
        for _session, notes in by_client[client.draft.code]:
            for note in notes:
                assert not WEEKLY.search(note.body), note.body
                fortnight += bool(re.search(r"two weeks|fortnight", note.body))
    assert fortnight >= 20


def test_amendments_and_questions_refer_to_their_note(practice) -> None:
    _plan, by_client = practice
    amended = asked = 0
    for pairs in by_client.values():
        for _session, notes in pairs:
            for note in notes:
                if note.amendment:
                    amended += 1
                    quoted = re.search(r"“(.+?)…”", note.amendment)
                    if quoted:
                        assert quoted.group(1) in note.body, (note.amendment, note.body)
                    else:
                        old = re.search(r"not (\d+(?::\d+)?[ap]m)", note.amendment)
                        assert old, note.amendment
                        assert f"at {old.group(1)}" in note.body or (
                            f", {old.group(1)}" in note.body
                        )
                if note.supervision_question:
                    asked += 1
                    every = [q for pool in CARE.questions for q in pool]
                    assert _any(every, note.supervision_question), note.supervision_question
                    if "{topic}" in next(q for q in every if _any([q], note.supervision_question)):
                        assert note.tags  # the topic is one of the note's themes
    assert amended >= 20
    assert asked >= 50


def test_endings_prepared_for_end_with_an_ending_session(practice) -> None:
    plan, by_client = practice
    kinds = set()
    for client in plan.clients:
        if client.draft.status is not ClientStatus.ENDED:
            assert client.draft.ending is None
            continue
        kinds.add(client.draft.ending)
        held = _held(by_client[client.draft.code])
        if not held:
            continue
        last = held[-1][1]
        prepared = client.draft.ending in (EndingKind.PLANNED, EndingKind.REFERRED_ON)
        assert ("ending" in last.tags) == prepared
    assert {EndingKind.PLANNED, EndingKind.UNPLANNED, EndingKind.REFERRED_ON} <= kinds


def test_the_practice_breaks_are_in_the_diary_with_no_session_inside(practice) -> None:
    plan, _by_client = practice
    assert len(plan.breaks) >= 15  # three a year for six years
    assert any(b.first_day > TODAY for b in plan.breaks)  # written down months ahead
    for item in plan.breaks:
        assert validate_break(item) == item
        assert item.told_on is None or item.told_on < item.first_day
        assert item.told_on is not None or item.first_day > TODAY  # not yet told
    for client in plan.clients:
        for session in client.all_sessions():
            day = session.start.date()
            assert not any(b.first_day <= day <= b.last_day for b in plan.breaks), session
