"""Anonymisation: a client's redaction list taken out of text as whole words in any case,
with or without accents and with possessives; dates as the week of the work; and the
"check these" words. Examples first, then hypothesis properties."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from counsel_desk.domain.anonymise import (
    MARKER,
    Redactor,
    RelativeWeeks,
    check_term,
    fold,
    merge_terms,
    names_to_check,
    own_names,
)
from counsel_desk.domain.errors import ValidationError

M = MARKER


def redact(text: str, *terms: str, weeks: RelativeWeeks | None = None) -> str:
    return Redactor(terms, weeks).redact(text).text


# --- examples -------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "terms", "expected"),
    [
        ("Zoë came.", ("Zoë",), f"{M} came."),
        ("ZOE came; zoe left.", ("Zoë",), f"{M} came; {M} left."),  # case, accents off
        ("Zoë came.", ("Zoe",), f"{M} came."),  # accents on in the text only
        ("Zoe\u0308 came.", ("Zoë",), f"{M} came."),  # decomposed: the accent goes too
        ("Zoë's mum; Zoë’s dad.", ("Zoë",), f"{M}'s mum; {M}’s dad."),  # possessives
        ("James' car", ("James",), f"{M}' car"),
        ("Ann planned the annual Anne event.", ("Ann",), f"{M} planned the annual Anne event."),
        ("Mary Ellen and Mary", ("Mary", "Mary Ellen"), f"{M} and {M}"),  # longest first
        ("lives in Hebden\nBridge now", ("Hebden Bridge",), f"lives in {M} now"),
        ("Mary-Jane and Mary Jane", ("Mary Jane",), f"{M} and {M}"),
        ("Søren, Soren and SOREN", ("Søren",), f"{M}, {M} and {M}"),
        ("Łukasz and Lukasz", ("Łukasz",), f"{M} and {M}"),
        ("Strauß or Strauss", ("Strauss",), f"{M} or {M}"),
        ("O’Neill and O'Neill", ("O'Neill",), f"{M} and {M}"),
        ("(Priya) [Priya] “Priya”", ("Priya",), f"({M}) [{M}] “{M}”"),
        ("Nothing here.", (), "Nothing here."),
    ],
)
def test_redaction_examples(text: str, terms: tuple[str, ...], expected: str) -> None:
    assert redact(text, *terms) == expected


def test_spans_point_at_each_marker_and_count() -> None:
    done = Redactor(["Priya", "Leeds"]).redact("Priya moved to Leeds; priya's sister stayed.")
    assert done.count == 3
    assert all(done.text[a:b] == M for a, b in done.spans)


def test_own_names_and_merging() -> None:
    names = own_names("Zoë Mary-Ellen Hart", "Zo")
    assert set(names) == {"Zoë Mary-Ellen Hart", "Zo", "Zoë", "Mary-Ellen", "Mary", "Ellen", "Hart"}
    assert own_names("", "") == ()
    merged = merge_terms(["zoe", "Zoë", " Hebden   Bridge "], ["ZOE", "Al"])
    assert merged == ("Hebden Bridge", "zoe", "Al")  # once each, longest first


@pytest.mark.parametrize(
    ("term", "words"),
    [("   ", "Type the name"), ("12 34", "at least one letter"), ("x" * 81, "at most 80")],
)
def test_a_term_that_cannot_go_on_a_list(term: str, words: str) -> None:
    with pytest.raises(ValidationError, match=words):
        check_term(term)
    assert check_term("  Hebden \n Bridge ") == "Hebden Bridge"


# --- dates ----------------------------------------------------------------------------------
FIRST = dt.date(2025, 1, 6)  # a Monday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On 2025-03-12 she", "On week 10 she"),
        ("On 12/03/2025 she", "On week 10 she"),  # day first, as in the UK
        ("On 12.03.25 she", "On week 10 she"),
        ("On 12 March 2025 she", "On week 10 she"),
        ("On 12th of March, 2025 she", "On week 10 she"),
        ("On March 12th 2025 she", "On week 10 she"),
        ("On 6 Jan 2025.", "On week 1."),
        ("On 12 March she", f"On {M} she"),  # no year: no week can be worked out
        ("born 3/7/1988, she", f"born {M}, she"),  # before the work began
        ("On 31/02/2025 and 12/40/2025", "On 31/02/2025 and 12/40/2025"),  # not dates
        ("room 12 and 2025 numbers", "room 12 and 2025 numbers"),
    ],
)
def test_dates_become_the_week_of_the_work(text: str, expected: str) -> None:
    assert redact(text, weeks=RelativeWeeks(FIRST)) == expected


def test_without_weeks_every_date_is_the_marker() -> None:
    assert redact("On 12 March 2025 and 1/2/2024.") == f"On {M} and {M}."


@given(st.dates(dt.date(2000, 1, 1), dt.date(2040, 1, 1)), st.integers(0, 3000))
def test_weeks_count_from_one_and_turn_every_seventh_day(first: dt.date, days: int) -> None:
    weeks = RelativeWeeks(first)
    day = first + dt.timedelta(days=days)
    assert weeks.week(day) == days // 7 + 1
    assert weeks.label(day) == f"week {days // 7 + 1}"
    assert weeks.week(first - dt.timedelta(days=1)) is None


@given(st.dates(dt.date(2000, 1, 3), dt.date(2090, 12, 31)))
def test_every_way_of_writing_a_date_names_the_same_week(day: dt.date) -> None:
    weeks = RelativeWeeks(dt.date(2000, 1, 3))
    month = day.strftime("%B")
    written = (
        day.isoformat(),
        f"{day.day}/{day.month}/{day.year}",
        f"{day.day:02d}.{day.month:02d}.{day.year}",
        f"{day.day} {month} {day.year}",
        f"{month} {day.day}, {day.year}",
    )
    for text in written:
        assert redact(f"seen on {text}.", weeks=weeks) == f"seen on {weeks.label(day)}."


# --- check these ----------------------------------------------------------------------------
def test_capitalised_words_inside_sentences_are_offered() -> None:
    text = (
        "Priya came. She talked about Tom's new job in Leeds and her Mum. On Tuesday she "
        "said I was kind; Leeds again, and Dr. Okafor.\n- Sam phoned\n\n“Rachel said no.”"
    )
    assert names_to_check(text) == ("Tom", "Leeds", "Okafor")
    assert names_to_check(text, known=["Leeds", "Tom Reid"]) == ("Okafor",)
    assert names_to_check("") == ()
    assert names_to_check(f"{M} and {M}'s Bristol flat") == ("Bristol",)


def test_the_first_word_of_a_line_a_heading_or_an_item_is_not_offered() -> None:
    text = "## What Mattered\nSam rang.\n1. Priya\n2) Jo\n* Kim\n> Lee said"
    assert names_to_check(text) == ("Mattered",)


# --- properties -----------------------------------------------------------------------------
NAME_LETTERS = "qxzjkvw"  # a name from letters no word in the text around it is made of
AROUND = st.lists(st.sampled_from(["the", "sad", "hope", "dog", "Tuesday", "2025", "C-004"]))
SEPARATORS = st.sampled_from([" ", "\n", ", ", " (", "; ", " “", "\t", " — "])
ACCENTS = ("\u0301", "\u0308", "\u0300", "\u0302", "")


@st.composite
def variants(draw) -> tuple[str, str]:
    """A name and a way it might be written: any case, accents added, NFC or not."""
    name = draw(st.text(NAME_LETTERS, min_size=2, max_size=8))
    written = ""
    for letter in name:
        letter = letter.upper() if draw(st.booleans()) else letter
        written += letter + draw(st.sampled_from(ACCENTS))
    if draw(st.booleans()):
        written = unicodedata.normalize("NFC", written)
    return name, written


@given(variants(), AROUND, AROUND, SEPARATORS, SEPARATORS, st.sampled_from(["", "'s", "’s", "'"]))
def test_a_name_written_any_way_goes_and_nothing_else_changes(
    name_and_written, before, after, sep1, sep2, possessive
) -> None:
    name, written = name_and_written
    head, tail = " ".join(before), " ".join(after)
    text = f"{head}{sep1}{written}{possessive}{sep2}{tail}"
    done = Redactor([name]).redact(text)
    assert done.text == f"{head}{sep1}{M}{possessive}{sep2}{tail}"
    assert done.count == 1


@given(st.text(max_size=200), st.lists(st.text(min_size=1, max_size=12), max_size=4))
def test_no_listed_term_survives_as_a_whole_word(text: str, terms: list[str]) -> None:
    terms = [t for t in terms if any(ch.isalpha() for ch in t)]
    done = Redactor(terms).redact(text)
    folded = fold(done.text)
    for term in merge_terms(terms):
        words = [re.escape(w) for w in re.split(r"[\s\-‐‑‒–]+", fold(term)) if w]
        assume(words)
        pattern = r"(?<!\w)" + r"[\s\-‐‑‒–]+".join(words) + r"(?!\w)"
        assert re.search(pattern, folded) is None, (term, done.text)
    assert all(done.text[a:b] == M for a, b in done.spans)


@given(st.text(max_size=200), st.lists(st.text(NAME_LETTERS, min_size=1, max_size=6), max_size=3))
def test_redacting_twice_changes_nothing_more(text: str, terms: list[str]) -> None:
    redactor = Redactor(terms)
    once = redactor.redact(text).text
    assert redactor.redact(once).text == once


@given(st.text(max_size=300))
def test_check_these_offers_only_capitalised_words_of_the_text(text: str) -> None:
    offered = names_to_check(text)
    assert len({fold(w) for w in offered}) == len(offered)
    for word in offered:
        assert word[0].isupper()
        assert word in text
    assert names_to_check(text, known=offered) == ()
