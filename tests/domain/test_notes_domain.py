"""Pure rules for notes: tags, labels per jurisdiction, history order, snippet segments."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from counsel_desk.domain.errors import CounselDeskError, ValidationError
from counsel_desk.domain.notes import (
    MATCH_END,
    MATCH_START,
    MAX_TAGS,
    Amendment,
    Note,
    NoteKind,
    NoteStatus,
    NoteSummary,
    SearchQueryError,
    history,
    normalise_tags,
    process_note_explanation,
    process_note_label,
    snippet_segments,
    validate_amendment,
    validate_text,
)
from counsel_desk.domain.preferences import Jurisdiction

T0 = dt.datetime(2024, 5, 1, 9, 0, tzinfo=dt.UTC)


def _note(**changes: object) -> Note:
    note = Note(1, 2, 3, NoteKind.SESSION, "t", "original text", NoteStatus.DRAFT, 1, T0, T0)
    return dataclasses.replace(note, **changes)


def test_tags_are_normalised_unique_and_sorted() -> None:
    assert normalise_tags(["  Work  Stress ", "#grief", "GRIEF", "", "   "]) == (
        "grief",
        "work stress",
    )


def test_too_many_or_too_long_tags_are_refused_with_a_sentence() -> None:
    with pytest.raises(ValidationError, match="at most"):
        normalise_tags([f"t{i}" for i in range(MAX_TAGS + 1)])
    with pytest.raises(ValidationError, match="characters"):
        normalise_tags(["x" * 41])


@given(st.lists(st.text(max_size=12), max_size=8))
def test_normalising_tags_is_idempotent(raw: list[str]) -> None:
    once = normalise_tags(raw)
    assert normalise_tags(once) == once


def test_process_note_wording_is_honest_per_jurisdiction() -> None:
    uk = process_note_explanation(Jurisdiction.UK)
    us = process_note_explanation(Jurisdiction.US)
    assert "subject access request" in uk
    assert "personal data" in uk
    assert "HIPAA covered entity" in us
    assert "164.501" in us
    assert "164.524(a)(1)(i)" in us
    assert "state law may give clients more access" in us
    assert "exemptions are narrow" in uk
    assert "courts and coroners" in uk
    for text in (uk, us):
        assert text.endswith("Write as if the client may one day read this.")
    assert process_note_label(Jurisdiction.UK) == "Process note"
    assert NoteKind.PROCESS.label(Jurisdiction.US) == "Psychotherapy note"
    assert NoteKind.SESSION.label(Jurisdiction.US) == "Session note"


def test_elsewhere_names_no_law_and_promises_no_privacy() -> None:
    """Neither the UK's nor the US's law is assumed where one practises elsewhere: the
    plainer name, and a sentence that sends the practitioner to their own law."""
    other = process_note_explanation(Jurisdiction.OTHER)
    assert process_note_label(Jurisdiction.OTHER) == "Process note"
    for law in ("HIPAA", "164.501", "subject access request"):
        assert law not in other
    assert "may be able to ask to see them" in other
    assert "law where you practise" in other


def test_history_lists_the_original_then_amendments_in_order() -> None:
    amendments = tuple(
        Amendment(i, 1, f"addition {i}", "why", T0 + dt.timedelta(hours=i)) for i in (1, 2)
    )
    final = _note(status=NoteStatus.FINAL, finalised_at=T0, amendments=amendments)
    entries = history(final)
    assert [e.label for e in entries] == ["Original (finalised)", "Amendment 1", "Amendment 2"]
    assert entries[0].body == "original text"
    assert [e.at for e in entries] == sorted(e.at for e in entries)
    assert history(_note())[0].label == "Draft"


def test_snippet_segments_split_on_markers() -> None:
    text = f"before {MATCH_START}anxiety{MATCH_END} and {MATCH_START}sleep{MATCH_END}"
    assert snippet_segments(text) == [
        ("before ", False),
        ("anxiety", True),
        (" and ", False),
        ("sleep", True),
    ]
    assert snippet_segments("") == []


def test_amendments_need_text_and_a_reason() -> None:
    with pytest.raises(ValidationError, match="text"):
        validate_amendment("  ", "typo")
    with pytest.raises(ValidationError, match="why"):
        validate_amendment("added", " ")
    assert validate_amendment(" added \n", " a   typo ") == ("added", "a typo")


def test_titles_are_single_spaced_and_bounded() -> None:
    assert validate_text("  First   session ", "body") == ("First session", "body")
    with pytest.raises(ValidationError):
        validate_text("x" * 201, "")


def test_summaries_carry_no_text() -> None:
    names = {f.name for f in dataclasses.fields(NoteSummary)}
    assert "body" not in names
    assert "text" not in names


def test_search_errors_are_practitioner_errors() -> None:
    assert issubclass(SearchQueryError, CounselDeskError)
    assert SearchQueryError().message.endswith(".")
