"""Filling placeholders: from the terms, the practice and the client; what cannot be filled
is reported and left as typed, never silently blank; a value is always literal text."""

from __future__ import annotations

from dataclasses import replace

from contractkit import CLIENT, PRACTICE, TERMS
from hypothesis import given
from hypothesis import strategies as st

from counsel_desk.domain.contract.parties import ClientFacts, PracticeDetails
from counsel_desk.domain.contract.placeholders import fill, placeholder_values, placeholders_in
from counsel_desk.domain.contract.terms import ContactPolicy, Frequency
from counsel_desk.domain.markup import note_blocks, parse_inline

VALUES = placeholder_values(TERMS, PRACTICE, CLIENT)


def test_terms_practice_and_client_fill_their_placeholders() -> None:
    filled = fill(
        "{client_name} ({client_code}) meets {practitioner_name} {frequency} for "
        "{session_length} at {fee}; cancel {client_notice} ahead ({practitioner_notice} "
        "from me). Records: {records_kept_years}. Replies within {reply_within}.",
        VALUES,
    )
    assert filled.complete
    assert filled.text == (
        "Alex Morgan (C-014) meets Sam Rivers once a week for 50 minutes at £60; cancel "
        "48 hours ahead (3 days from me). Records: seven years. Replies within two working "
        "days."
    )


def test_an_unknown_placeholder_is_reported_and_kept_as_typed() -> None:
    filled = fill("Pay {feee} by {how_to_pay}, {feee} again, {Fee}.", VALUES)
    assert filled.unknown == ("feee",)
    assert filled.text.startswith("Pay {feee} by by bank transfer")
    assert "{Fee}" in filled.text  # not a placeholder's shape at all: plain text
    assert not filled.complete


def test_a_placeholder_with_nothing_to_fill_it_is_reported_not_blank() -> None:
    values = placeholder_values(TERMS, PracticeDetails(practitioner_name="Sam"), CLIENT)
    filled = fill("I am {practitioner_name}, number {registration_number}.", values)
    assert filled.text == "I am Sam, number {registration_number}."
    assert filled.unfilled == ("registration_number",)
    assert filled.unknown == ()


def test_double_braces_are_braces() -> None:
    assert fill("{{fee}} is {fee}; {{ and }}", VALUES).text == "{fee} is £60; { and }"
    assert placeholders_in("{{fee}} {fee} {x} {fee}") == ("fee", "x")


def test_without_a_name_the_client_is_their_code() -> None:
    values = placeholder_values(TERMS, PRACTICE, ClientFacts("C-002"))
    assert fill("Between you, {client_name},", values).text == "Between you, C-002,"


def test_a_value_is_literal_text_on_one_line_never_markup() -> None:
    practice = replace(
        PRACTICE, practitioner_name="*Sam* __Rivers__ \\o/", practice_address="Flat 2\n1 Road"
    )
    values = placeholder_values(TERMS, practice, CLIENT)
    filled = fill("I am {practitioner_name}, at {practice_address}.", values)
    spans = parse_inline(filled.text)
    assert [s.text for s in spans] == ["I am *Sam* __Rivers__ \\o/, at Flat 2, 1 Road."]
    assert not any(s.emphasis or s.strong for s in spans)


def test_terms_change_the_words_they_fill() -> None:
    terms = replace(
        TERMS,
        frequency=Frequency.FORTNIGHTLY,
        short_notice_charge_percent=50,
        contact=ContactPolicy(arrangements_only=False, reply_within_days=1),
    )
    values = placeholder_values(terms, PRACTICE, CLIENT)
    assert values["frequency"] == "once a fortnight"
    assert values["short_notice_charge"] == "half the fee"
    assert values["reply_within"] == "one working day"
    assert "short message" in values["contact_purpose"]


_plain = st.text(alphabet=st.characters(blacklist_characters="{}", blacklist_categories=("Cs",)))


@given(_plain)
def test_text_without_braces_is_left_exactly_as_it_was(text: str) -> None:
    assert fill(text, VALUES) == type(fill("", VALUES))(text)


@given(st.lists(st.one_of(_plain, st.sampled_from(sorted(VALUES))), max_size=12))
def test_filling_changes_only_the_placeholders(parts: list[str]) -> None:
    text = "".join(f"{{{p}}}" if p in VALUES else p for p in parts)
    filled = fill(text, VALUES)
    assert filled.complete
    expected = "".join(fill(f"{{{p}}}", VALUES).text if p in VALUES else p for p in parts)
    assert filled.text == expected


def test_a_filled_clause_becomes_paragraphs_and_lists() -> None:
    text = "One {fee}.\n\n- first\n- second with {client_notice}\n"
    blocks = note_blocks(fill(text, VALUES).text)
    assert len(blocks) == 2
