"""The recovery key's printed form, and passphrase strength."""

from __future__ import annotations

import re
import string

import pytest
from hypothesis import given
from hypothesis import strategies as st

from counsel_desk.domain.secrets import (
    MIN_PASSPHRASE_CHARS,
    RecoveryKeyFormatError,
    check_new_passphrase,
    format_recovery_key,
    normalise_passphrase,
    parse_recovery_key,
    passphrase_strength,
)

GROUPS = re.compile(r"^[A-Z2-7]{4}(-[A-Z2-7]{4}){13}$")
BASE32 = string.ascii_uppercase + "234567"

keys = st.binary(min_size=32, max_size=32)


@given(keys)
def test_recovery_key_round_trips(key: bytes) -> None:
    text = format_recovery_key(key)
    assert GROUPS.match(text), text
    assert parse_recovery_key(text) == key


@given(keys, st.data())
def test_one_changed_character_is_a_typo(key: bytes, data: st.DataObject) -> None:
    text = format_recovery_key(key)
    positions = [i for i, ch in enumerate(text) if ch != "-"]
    pos = data.draw(st.sampled_from(positions))
    # 0, 1 and 8 are read as O, I and B, so they cannot be the "other" character.
    other = data.draw(st.sampled_from([c for c in BASE32 if c != text[pos]]))
    typo = text[:pos] + other + text[pos + 1 :]
    with pytest.raises(RecoveryKeyFormatError, match="typo"):
        parse_recovery_key(typo)


@given(keys)
def test_lower_case_and_spaces_are_accepted(key: bytes) -> None:
    text = format_recovery_key(key)
    relaxed = "  " + text.lower().replace("-", " ") + "\n"
    assert parse_recovery_key(relaxed) == key
    assert parse_recovery_key(text.replace("-", "")) == key


@given(keys)
def test_digits_confused_with_letters_are_mapped_back(key: bytes) -> None:
    text = format_recovery_key(key)
    confused = text.replace("O", "0").replace("I", "1").replace("B", "8")
    assert parse_recovery_key(confused) == key


def test_confusion_mapping_on_a_key_that_holds_those_letters() -> None:
    key = bytes(range(32))
    text = format_recovery_key(key)
    assert {"O", "I", "B"} & set(text), "pick a key whose text has at least one of O, I, B"
    confused = text.replace("O", "0").replace("I", "1").replace("B", "8")
    assert confused != text
    assert parse_recovery_key(confused) == key


@pytest.mark.parametrize(
    ("text", "sentence"),
    [
        ("", "has 56 letters and digits; this one has 0"),
        ("ABCD-EFGH", "this one has 8"),
        ("9" * 56, "cannot hold"),
    ],
)
def test_malformed_recovery_keys_are_refused_with_a_sentence(text: str, sentence: str) -> None:
    with pytest.raises(RecoveryKeyFormatError, match=re.escape(sentence)):
        parse_recovery_key(text)


def test_a_missing_group_is_refused() -> None:
    text = format_recovery_key(bytes(32))
    with pytest.raises(RecoveryKeyFormatError, match="this one has 52"):
        parse_recovery_key(text[5:])


def test_format_refuses_a_key_of_the_wrong_length() -> None:
    with pytest.raises(ValueError, match="32 bytes"):
        format_recovery_key(bytes(31))


@pytest.mark.parametrize(
    ("passphrase", "score"),
    [
        ("", 0),
        ("short", 0),
        ("a" * 9, 0),
        ("aaaaaaaaaaaa", 1),  # long enough, but one repeated letter
        ("autumn leaves fall softly 42", 4),
        ("Correct-Horse-Battery-Staple-2024!", 4),
    ],
)
def test_passphrase_strength(passphrase: str, score: int) -> None:
    got, hint = passphrase_strength(passphrase)
    assert got == score
    assert str(hint).endswith(".")


def test_strength_rises_with_length() -> None:
    scores = [passphrase_strength("river stone " * n)[0] for n in (1, 2, 3, 5)]
    assert scores == sorted(scores)
    assert scores[0] < scores[-1] == 4


def test_short_passphrases_are_refused_with_a_sentence() -> None:
    problem = check_new_passphrase("tiny")
    assert problem is not None
    assert str(MIN_PASSPHRASE_CHARS) in str(problem)
    assert check_new_passphrase("autumn leaves fall softly 42") is None


def test_passphrase_is_nfc_normalised() -> None:
    decomposed = "cafe\u0301 au lait ensemble"
    composed = "caf\u00e9 au lait ensemble"
    assert decomposed != composed
    assert normalise_passphrase(decomposed) == composed
    assert passphrase_strength(decomposed) == passphrase_strength(composed)
