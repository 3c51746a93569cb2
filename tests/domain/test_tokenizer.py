"""The Python tokenizer reads text exactly as the search index's FTS5 unicode61 tokenizer
does: the same separators, the same folding, checked against the engine itself."""

from __future__ import annotations

import random
import re

import pytest
from fts_kit import all_code_points, classify, fts_tokens
from hypothesis import given
from hypothesis import strategies as st

from counsel_desk.domain.tokenizer import fold, tokens, word_pattern, words

# Characters a note is likely to hold, and some it is not: accents on their own, ligatures,
# an emoji the engine's Unicode 6.1 tables do not know, private-use marks, NUL.
NOTE_ALPHABET = st.sampled_from(
    [
        *"aAbzZéÉèçÇñÑöÖøßſĳİıΣσςЖж日本 \t\n\r'’‘\"“”-–—_*#>`~.,;:!?()[]{}/\\|+=&%$@",
        *["\u0301", "\u0308", "\u00ad", "\u200b", "\u200d", "\ufb01", "\U0001f642"],
        *["\U0001f300", "\ue000", "\x00", "\x7f", "½", "²", "٣"],
    ]
)
NOTE_TEXT = st.one_of(st.text(NOTE_ALPHABET, max_size=60), st.text(max_size=30))


def _check(code_points: list[int]) -> list[str]:
    """Every code point whose separator/fold rule differs between Python and FTS5."""
    found = classify(sorted(set(code_points)))
    wrong = []
    for cp, folded in found.items():
        ours = words(f"q{chr(cp)}q")
        expected = [f"q{folded}q"] if folded is not None else ["q", "q"]
        if ours != expected:
            wrong.append(f"U+{cp:04X}: ours {ours}, FTS5 {expected}")
    return wrong


def test_every_character_up_to_u_ffff_reads_as_in_fts5() -> None:
    bmp = [cp for cp in all_code_points() if cp <= 0xFFFF]
    assert _check(bmp) == []


def test_a_sample_of_characters_above_u_ffff_reads_as_in_fts5() -> None:
    rng = random.Random(61)
    astral = [cp for cp in all_code_points() if cp > 0xFFFF]
    sample = rng.sample(astral, 4000) + list(range(0x1F300, 0x1F700))  # emoji, old and new
    assert _check(sample) == []


@pytest.mark.slow
def test_every_character_reads_as_in_fts5() -> None:
    assert _check([cp for cp in all_code_points() if cp > 0xFFFF]) == []


@given(NOTE_TEXT)
def test_words_of_any_text_are_the_words_fts5_indexes(text: str) -> None:
    assert words(text) == fts_tokens(text)


@given(NOTE_TEXT)
def test_tokens_point_at_their_words(text: str) -> None:
    for token in tokens(text):
        assert fold(text[token.start : token.end]) == token.word
        assert token.word


@given(NOTE_TEXT, st.sampled_from(["a", "ca", "cafe", "e", "ss", "ß", "don", "t", "\U0001f642"]))
def test_a_word_pattern_finds_exactly_the_words_that_fold_to_it(text: str, word: str) -> None:
    for prefix in (False, True):
        expected = [
            t.start for t in tokens(text) if (t.word.startswith(word) if prefix else t.word == word)
        ]
        assert [m.start() for m in re.finditer(word_pattern(word, prefix=prefix), text)] == (
            expected
        )


def test_known_cases() -> None:
    assert words("Naïve CAFÉ") == ["naive", "cafe"]
    assert words("don't self-harm not_a_word") == ["don", "t", "self", "harm", "not", "a", "word"]
    assert words("e\u0301 \u0301 Straße ﬁne") == ["e", "straße", "ﬁne"]  # no full case folding
    assert words("🙂 🌀") == ["🙂"]  # an emoji after Unicode 6.1 is a letter to FTS5
