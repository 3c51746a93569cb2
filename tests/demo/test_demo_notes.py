"""The fictional demo notes: shaped like their templates, varied, plausible, and keeping the
benchmark's search words as common or rare as the benchmarks expect."""

from __future__ import annotations

import datetime as dt
import random
import re
from collections import Counter
from pathlib import Path

import pytest

import counsel_desk
from counsel_desk.demo.notes import plan_notes
from counsel_desk.demo.phrase_banks import OCCASIONS, PHRASES, THEMES
from counsel_desk.demo.plans import PlannedNote, SessionContext
from counsel_desk.demo.stories import ClientStory, client_story

TODAY = dt.date(2025, 3, 14)
TEMPLATES = Path(counsel_desk.__file__).parent / "resources" / "templates"
SESSION_TEMPLATE_IDS = {
    "builtin:person_centred",
    "builtin:dap",
    "builtin:birp",
    "builtin:soap",
}
MARK_TAGS = {"first session", "ending", "review"}

Row = tuple[ClientStory, SessionContext, PlannedNote]


def headings(markdown: str) -> list[str]:
    return [line[3:].strip() for line in markdown.splitlines() if line.startswith("## ")]


def template_headings() -> dict[str, list[str]]:
    found = {f"builtin:{p.stem}": headings(p.read_text("utf-8")) for p in TEMPLATES.glob("*.md")}
    assert SESSION_TEMPLATE_IDS | {"builtin:process_reflection"} <= set(found)
    return found


def prose(body: str) -> str:
    return "\n".join(line for line in body.splitlines() if not line.startswith("## "))


def sentences(body: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+|\n+", prose(body)) if s.strip()]


def words(body: str) -> int:
    return len(re.findall(r"[A-Za-z0-9']+", prose(body)))


def text_of(note: PlannedNote) -> str:
    """Everything search sees of a note: title, body and tags."""
    return "\n".join([note.title, note.body, *note.tags])


def generate(seed: int, clients: int) -> list[Row]:
    """Notes for ``clients`` clients with a spread of lengths of work, media, lateness, and
    some still in work today (so their latest notes are recent)."""
    plan = random.Random(f"plan-{seed}")
    rows: list[Row] = []
    for c in range(clients):
        rng = random.Random(f"{seed}-{c}")
        story = client_story(rng)
        count = plan.choice((1, 2, 4, 6, 8, 12, 20, 30, 45, 70))
        ongoing = plan.random() < 0.3
        last = TODAY - dt.timedelta(
            days=plan.randrange(10) if ongoing else plan.randrange(15, 3600)
        )
        modality = plan.choice(("in_person", "in_person", "online", "phone"))
        hour = plan.randrange(9, 19)
        for number in range(1, count + 1):
            day = last - dt.timedelta(weeks=count - number)
            ctx = SessionContext(
                start=dt.datetime.combine(day, dt.time(hour)),
                today=TODAY,
                number=number,
                final=number == count and not ongoing,
                modality=modality,
                client_late_minutes=plan.choice((3, 5, 10, 15, 20))
                if plan.random() < 0.1
                else None,
                ended_early_minutes=plan.choice((5, 10, 15)) if plan.random() < 0.05 else None,
            )
            rows += [(story, ctx, note) for note in plan_notes(rng, story, ctx)]
    return rows


@pytest.fixture(scope="module")
def rows() -> list[Row]:
    return generate(seed=11, clients=400)


@pytest.fixture(scope="module")
def session_rows(rows: list[Row]) -> list[Row]:
    return [row for row in rows if row[2].kind == "session"]


@pytest.fixture(scope="module")
def searched(rows: list[Row]) -> list[str]:
    """What search sees of each note, lower-cased."""
    return [text_of(note).lower() for _, _, note in rows]


def rate(texts: list[str], pattern: str) -> float:
    """The share of ``texts`` matching ``pattern`` (lower case)."""
    found = re.compile(pattern)
    return sum(bool(found.search(text)) for text in texts) / len(texts)


def test_sample_is_large_enough(rows: list[Row], session_rows: list[Row]) -> None:
    assert len(session_rows) > 6000
    assert len(rows) - len(session_rows) > 1500  # process notes


def test_headings_follow_the_templates_exactly(rows: list[Row]) -> None:
    expected = template_headings()
    for story, _, note in rows:
        if note.kind == "session":
            assert note.template_id == story.template_id
            assert note.template_id in SESSION_TEMPLATE_IDS
        else:
            assert note.kind == "process"
            assert note.template_id == "builtin:process_reflection"
        assert headings(note.body) == expected[note.template_id]


def test_markdown_layout(rows: list[Row]) -> None:
    for _, _, note in rows[:3000]:
        body = note.body
        assert body.startswith("## ")
        assert body == body.strip()
        blocks = body.split("\n\n")
        assert all(block.strip() and block == block.strip() for block in blocks)
        for i, block in enumerate(blocks):
            if block.startswith("## "):
                assert "\n" not in block  # a heading stands alone, a blank line after it
                assert not blocks[i + 1].startswith("## ")  # and no section is empty
        assert not re.search(r"^[*_].*[*_]$", body, re.MULTILINE)  # no template hints


def test_client_story() -> None:
    for seed in range(300):
        story = client_story(random.Random(seed))
        assert 2 <= len(story.themes) <= 3
        assert len(set(story.themes)) == len(story.themes)
        assert set(story.themes) <= set(THEMES)
        assert story.template_id in SESSION_TEMPLATE_IDS
        assert story.pronoun in {"she", "he", "they"}
        assert len(story.situations) == len(story.threads) == len(story.themes)
        for text in (story.person, story.goal, *story.situations, *story.threads):
            assert text
            assert not re.search(r"[{}]", text)
    stories = [client_story(random.Random(seed)) for seed in range(300)]
    assert {s.template_id for s in stories} == SESSION_TEMPLATE_IDS
    assert len({s.themes for s in stories}) > 150


def test_a_story_told_its_pronoun_keeps_to_it() -> None:
    ctx = SessionContext(dt.datetime(2024, 5, 2, 10), TODAY, 3, False, "in_person")
    for pronoun, own, other in (("he", " his ", " her "), ("she", " her ", " his ")):
        seen_own = False
        for seed in range(40):
            story = client_story(random.Random(seed), pronoun)
            assert story.pronoun == pronoun
            notes = plan_notes(random.Random(seed), story, ctx)
            text = " ".join([story.person, *story.situations] + [n.body for n in notes])
            text = f" {text} ".replace("\n", " ")
            assert other not in text, (pronoun, seed)
            seen_own = seen_own or own in text
        assert seen_own, pronoun


def test_a_bare_story_still_works() -> None:
    story = ClientStory(themes=("grief", "work"), template_id="builtin:soap")
    ctx = SessionContext(dt.datetime(2024, 5, 2, 10), TODAY, 3, False, "in_person")
    for seed in range(50):
        for note in plan_notes(random.Random(seed), story, ctx):
            assert not re.search(r"[{}]", note.body)


def test_same_seed_same_notes_different_seed_different() -> None:
    assert generate(seed=3, clients=30) == generate(seed=3, clients=30)
    a = [note for _, _, note in generate(seed=3, clients=30)]
    b = [note for _, _, note in generate(seed=4, clients=30)]
    assert a != b
    story = client_story(random.Random(1))
    ctx = SessionContext(dt.datetime(2024, 5, 2, 10), TODAY, 7, False, "online")
    assert plan_notes(random.Random(5), story, ctx) == plan_notes(random.Random(5), story, ctx)
    assert plan_notes(random.Random(5), story, ctx) != plan_notes(random.Random(6), story, ctx)


def test_no_sentence_twice_in_a_note(rows: list[Row]) -> None:
    for _, _, note in rows:
        found = sentences(note.body)
        assert len(found) == len(set(found)), note.body


def test_notes_do_not_read_as_copies(rows: list[Row], session_rows: list[Row]) -> None:
    bodies = [note.body for _, _, note in session_rows]
    assert len(set(bodies)) >= 0.999 * len(bodies)
    sample = [note for _, _, note in rows[:4000]]
    all_sentences = [s for note in sample for s in sentences(note.body)]
    assert len(set(all_sentences)) > 8000
    assert len(set(all_sentences)) / len(all_sentences) > 0.15
    # No sentence dominates: even the commonest is in a small share of notes.
    commonest = Counter(s for note in sample for s in set(sentences(note.body))).most_common(1)
    assert commonest[0][1] < 0.1 * len(sample)


def test_phrase_bank_is_broad() -> None:
    assert len(THEMES) >= 12
    for bank in THEMES.values():
        assert min(len(bank.topics), len(bank.clauses)) >= 8
        assert min(len(bank.moments), len(bank.readings), len(bank.situations)) >= 4
        assert len(bank.titles) >= 3


def test_word_counts(rows: list[Row]) -> None:
    sessions = [words(note.body) for _, _, note in rows if note.kind == "session"]
    processes = [words(note.body) for _, _, note in rows if note.kind == "process"]
    assert sum(120 <= n <= 320 for n in sessions) >= 0.85 * len(sessions)
    assert 50 <= min(sessions) <= max(sessions) <= 450
    assert sum(n < 120 for n in sessions) > 0  # some are brief
    assert sum(60 <= n <= 180 for n in processes) >= 0.9 * len(processes)
    assert 40 <= min(processes) <= max(processes) <= 220


def test_first_sessions_endings_and_reviews(session_rows: list[Row]) -> None:
    first = [note for _, ctx, note in session_rows if ctx.number == 1]
    endings = [note for _, ctx, note in session_rows if ctx.final]
    reviews = [note for _, _, note in session_rows if "review" in note.tags]
    assert min(len(first), len(endings), len(reviews)) > 100
    for note in first:
        assert "confidentiality" in note.body.lower()
        assert "first session" in note.tags
        assert not re.search(
            r"last (week|session|time)|than usual|earlier sessions|than at the start", note.body
        )
    for note in endings:
        assert "ending" in note.body.lower()
        assert "ending" in note.tags
        assert not re.search(r"next (week|session)|same time (next|on)", note.body)
    for note in reviews:
        assert "review" in note.body.lower()
    middle = [note for _, ctx, note in session_rows if ctx.number > 1 and not ctx.final]
    assert not any("confidentiality and its limits" in note.body for note in middle)


def test_first_session_says_what_brought_them(session_rows: list[Row]) -> None:
    for story, ctx, note in session_rows:
        if ctx.number == 1:
            assert story.situations[0] in note.body
            assert story.goal in note.body


def test_the_story_carries_across_sessions(session_rows: list[Row]) -> None:
    by_client: dict[ClientStory, list[PlannedNote]] = {}
    for story, _, note in session_rows:
        by_client.setdefault(story, []).append(note)
    long = {story: notes for story, notes in by_client.items() if len(notes) >= 30}
    assert len(long) > 20
    for story, notes in long.items():
        text = "\n".join(note.body + note.title for note in notes)
        assert any(situation in text for situation in story.situations)
        assert any(thread in text for thread in story.threads)
        used = {tag for note in notes for tag in note.tags} - MARK_TAGS
        assert used <= set(story.themes)


MEDIUM = re.compile(
    r"We met online|Online today|meeting online|connection dropped|The video froze|"
    r"By phone today|We spoke by phone|Phone session|on the phone without being seen|joined from"
)
LATE = re.compile(r"\d+ minutes late|late because|We lost \d+ minutes")


def test_lateness_ending_early_and_the_medium(session_rows: list[Row]) -> None:
    late = [(ctx, note) for _, ctx, note in session_rows if ctx.client_late_minutes]
    said = [(ctx, note) for ctx, note in late if LATE.search(note.body)]
    assert 0.5 * len(late) <= len(said) < len(late)
    for ctx, note in said:
        assert f"{ctx.client_late_minutes} minutes" in note.body
    on_time = [note for _, ctx, note in session_rows if not ctx.client_late_minutes]
    assert not any(LATE.search(note.body) for note in on_time)
    early = [(ctx, note) for _, ctx, note in session_rows if ctx.ended_early_minutes]
    said = [note for ctx, note in early if f"{ctx.ended_early_minutes} minutes" in note.body]
    assert 0.5 * len(early) <= len(said) < len(early)
    for _, ctx, note in session_rows:
        if ctx.modality == "in_person":
            assert not MEDIUM.search(note.body), note.body
    for modality in ("online", "phone"):
        notes = [note for _, ctx, note in session_rows if ctx.modality == modality]
        assert 0.05 < sum(bool(MEDIUM.search(n.body)) for n in notes) / len(notes) < 0.5


SEASONS = {
    "christmas": {12, 1},
    "easter": {3, 4},
    "summer": {6, 7, 8},
    "winter": {11, 12, 1, 2},
    "autumn": {9, 10, 11},
    "spring": {3, 4, 5},
    "new year": {1},
    "september": {9},
    "clocks going back": {10, 11},
    "dark mornings": {1, 2},
    "lighter evenings": {3, 4, 5},
}


def test_seasonal_phrases_fit_the_month() -> None:
    story_rng = random.Random(2)
    seen: Counter[str] = Counter()
    for month in range(1, 13):
        for i in range(500):
            rng = random.Random(f"{month}-{i}")
            story = client_story(story_rng)
            start = dt.datetime(2020 + i % 4, month, 1 + i % 28, 10)
            ctx = SessionContext(start, TODAY, 2 + i % 30, False, "in_person")
            for note in plan_notes(rng, story, ctx):
                text = text_of(note).lower()
                for word, months in SEASONS.items():
                    if word in text:
                        seen[word] += 1
                        assert month in months, (word, start, note.body)
                if "christmas" in text and month == 1:
                    assert start.day <= 14, note.body
    assert min(seen["christmas"], seen["summer"], seen["easter"], seen["september"]) > 5


def test_season_and_rare_words_only_in_their_own_phrases() -> None:
    own = {
        "seasonal": set(SEASONS),
        "canal": {"canal"},
        "canal_process": {"canal"},
        "photograph": {"photograph"},
        "photograph_process": {"photograph"},
    }
    watched = set(SEASONS) | {"canal", "photograph"}

    def strings(value: object) -> list[str]:
        if isinstance(value, str):
            return [value]
        if isinstance(value, dict):
            return [s for v in value.values() for s in strings(v)]
        if isinstance(value, (tuple, list, frozenset, set)):
            return [s for v in value for s in strings(v)]
        return []

    banks = {
        **{f"themes.{key}": theme for key, theme in THEMES.items()},
        **PHRASES._asdict(),
        **OCCASIONS._asdict(),
    }
    assert {"themes.grief", "seasonal", "canal", "moods"} <= set(banks)
    assert any("Christmas" in text for text in strings(banks["seasonal"]))
    for name, value in banks.items():
        for text in strings(value):
            for word in watched - own.get(name, set()):
                assert word not in text.lower(), (name, text)


def test_search_words_keep_their_rarity(searched: list[str]) -> None:
    assert len(searched) > 8000
    assert rate(searched, r"\bwork\b") > 0.25
    assert 0.005 <= rate(searched, r"\bcanal\b") <= 0.02
    assert 0.002 <= rate(searched, r"\bphotograph\b") <= 0.01
    # Search matches words as prefixes, so no longer words may slip in either.
    assert rate(searched, r"\bcanal\w*") == rate(searched, r"\bcanal\b")
    assert rate(searched, r"\bphotograph\w*") == rate(searched, r"\bphotograph\b")


def test_risk_and_supervision_rates(session_rows: list[Row], rows: list[Row]) -> None:
    notes = [note for _, _, note in session_rows]
    risky = [note for note in notes if note.risk]
    assert 0.01 <= len(risky) / len(notes) <= 0.04
    agreed = re.compile(r"safety plan|Samaritans|\bGP\b|crisis")
    raised = re.compile(
        r"better off without|not wanting to wake|self-harmed|hopeless|ending (his|her|their) "
        r"life|not to be here"
    )
    for note in risky:
        assert agreed.search(note.body), note.body
        assert raised.search(note.body), note.body
    for note in notes:
        if not note.risk:
            assert not raised.search(note.body), note.body
            assert not re.search(r"safety plan|Samaritans|crisis", note.body), note.body
    asked = [note.supervision_question for note in notes if note.supervision_question]
    assert 0.035 <= len(asked) / len(notes) <= 0.09
    assert len(set(asked)) >= 15
    assert all(q.endswith("?") for q in asked)
    assert not any(
        note.risk or note.supervision_question for _, _, note in rows if note.kind == "process"
    )


def test_safety_is_recorded_where_the_template_asks(session_rows: list[Row]) -> None:
    for _, _, note in session_rows:
        if note.template_id == "builtin:person_centred":
            safety = note.body.split("## Safety\n\n")[1].split("\n\n## ")[0]
            assert re.search(r"risk|safe|harm|crisis|GP|Samaritans", safety, re.IGNORECASE), (
                note.body
            )


def test_drafts_are_recent_and_amendments_final(session_rows: list[Row], rows: list[Row]) -> None:
    recent = [note for _, ctx, note in rows if (TODAY - ctx.start.date()).days <= 14]
    assert len(recent) > 200
    assert 0.4 <= sum(not note.final for note in recent) / len(recent) <= 0.8
    for _, ctx, note in rows:
        if not note.final:
            assert (TODAY - ctx.start.date()).days <= 14
        if note.amendment:
            assert note.final
            assert note.kind == "session"
    final = [note for _, _, note in session_rows if note.final]
    amended = [note.amendment for note in final if note.amendment]
    assert 0.02 <= len(amended) / len(final) <= 0.07
    assert len(set(amended)) >= 10
    assert all(re.match(r"(Correction|Clarification|Added)", text) for text in amended)


def test_tags_are_the_clients_themes(rows: list[Row]) -> None:
    for story, _, note in rows:
        themes = set(note.tags) - MARK_TAGS
        assert themes <= set(story.themes)
        if note.kind == "session":
            assert themes
        assert len(note.tags) == len(set(note.tags))


def test_titles(session_rows: list[Row], rows: list[Row]) -> None:
    titles = Counter(note.title for _, _, note in rows)
    assert all(title and len(title) <= 80 for title in titles)
    assert len(titles) > 500
    for _, ctx, note in session_rows:
        if ctx.number == 1 and not ctx.final:
            assert "first" in note.title.lower() or "initial" in note.title.lower()
        elif ctx.final and ctx.number > 1:
            assert re.search(r"ending|final|last", note.title, re.IGNORECASE)
        elif re.match(r"Session \d+", note.title):
            assert note.title.startswith(f"Session {ctx.number}")


def test_no_placeholders_or_slips(rows: list[Row]) -> None:
    for _, _, note in rows:
        for text in (note.title, note.body, note.amendment, note.supervision_question):
            assert not re.search(r"[{}]|  | [.,]|\.\.|,\.|;\.", text), text
        for sentence in sentences(note.body):
            assert sentence[0].isupper() or sentence[0].isdigit(), sentence
            assert sentence[-1] in ".?!", sentence


THEY_SLIP = re.compile(r"\bthey (was|is|has|does|(?!always\b)[a-z]+[^s\W]s)\b", re.IGNORECASE)
SINGULAR_SLIP = re.compile(r"\b(she|he|the client) (were|are|have|do)\b", re.IGNORECASE)


def test_verbs_agree_with_the_pronoun(rows: list[Row]) -> None:
    assert sum(story.pronoun == "they" for story, _, _ in rows) > 300
    for _, _, note in rows:
        for text in (note.title, note.body, note.amendment):
            assert not THEY_SLIP.search(text), text
            assert not SINGULAR_SLIP.search(text), text
    rng = random.Random(9)
    for _ in range(400):  # "they" in every kind of session, however the story began
        story = client_story(rng)
        story = ClientStory(
            themes=story.themes,
            template_id=story.template_id,
            pronoun="they",
            person="their sister",
        )
        number = rng.randrange(1, 20)
        start = dt.datetime(2023, 1 + number % 12, 1, 10)
        ctx = SessionContext(start, TODAY, number, rng.random() < 0.2, "online", 5, 10)
        for note in plan_notes(rng, story, ctx):
            assert not THEY_SLIP.search(note.body), note.body


def test_the_client_is_written_about_in_varied_ways(rows: list[Row]) -> None:
    bodies = " ".join(note.body for _, _, note in rows)
    for start in ("She ", "He ", "They ", "The client "):
        assert bodies.count(start) > 300
