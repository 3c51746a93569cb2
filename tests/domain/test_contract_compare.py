"""Two versions compared clause by clause and term by term, down to the changed words."""

from __future__ import annotations

from dataclasses import replace

from contractkit import CLIENT, DEFAULTS, draft
from hypothesis import given
from hypothesis import strategies as st

from counsel_desk.domain.contract import version as v
from counsel_desk.domain.contract.compare import Change, Piece, compare, readable, word_diff
from counsel_desk.domain.contract.history import ContractHistory


def second_from(first):
    return (
        ContractHistory([first]).start(7, DEFAULTS) if first.agreement else replace(first, number=2)
    )


def test_the_same_version_twice_has_no_changes() -> None:
    first = draft()
    result = compare(first, replace(first, number=2), CLIENT)
    assert result.changed_terms == ()
    assert result.changed_clauses == ()
    assert all(row.change is Change.SAME for row in result.clauses)
    assert [row.key for row in result.clauses] == [c.key for c in first.clauses]


def test_a_longer_notice_period_shows_in_the_terms_and_in_the_clause_words() -> None:
    first = draft()
    second = v.set_terms(replace(first, number=2), replace(first.terms, client_notice_hours=72))
    result = compare(first, second, CLIENT)
    (term,) = result.changed_terms
    assert (term.label, term.before, term.after) == (
        "Client's notice to cancel",
        "48 hours",
        "3 days",
    )
    changed = {row.key: row for row in result.changed_clauses}
    assert set(changed) == {"cancellation", "breaks"}  # both quote {client_notice}
    row = changed["cancellation"]
    assert row.change is Change.REWORDED
    assert [p.text for p in row.before if p.changed] == ["48 hours"]
    assert [p.text for p in row.after if p.changed] == ["3 days"]


def test_switched_added_removed_and_retitled_clauses_are_each_named() -> None:
    first = v.edit_clause(draft(), "online", enabled=False)
    second = replace(first, number=2)
    second = v.edit_clause(second, "online", enabled=True)
    second = v.edit_clause(second, "social_media", enabled=False)
    second = v.remove_clause(second, "breaks")
    second = v.add_clause(second, "Parking", "Please use the side road.")
    second = v.edit_clause(second, "fees", title="Money")
    rows = {row.key: row for row in compare(first, second, CLIENT).changed_clauses}
    assert rows["online"].change is Change.SWITCHED_ON
    assert rows["online"].before == ()
    assert rows["social_media"].change is Change.SWITCHED_OFF
    assert rows["social_media"].after == ()
    assert rows["breaks"].change is Change.REMOVED
    assert rows["own-1"].change is Change.ADDED
    assert rows["own-1"].after == (Piece("Please use the side road.", True),)
    assert rows["fees"].change is Change.REWORDED
    assert rows["fees"].retitled_from == "Fees and paying"
    assert rows["fees"].title == "Money"
    keys = [row.key for row in compare(first, second, CLIENT).clauses]
    assert keys.index("breaks") == keys.index("online") + 1  # where it stood before


def test_clause_words_are_compared_as_the_client_reads_them() -> None:
    text = "**Bold** words and a list:\n\n- one\n- two"
    assert readable(text) == "Bold words and a list:\n\n• one\n• two"


words = st.lists(st.sampled_from(["the", "fee", "is", "£60", "notice", "48", "hours", "\n\n", " "]))


@given(words, words)
def test_a_word_diff_keeps_both_texts_whole(a: list[str], b: list[str]) -> None:
    before, after = " ".join(a), " ".join(b)
    left, right = word_diff(before, after)
    assert "".join(p.text for p in left) == before
    assert "".join(p.text for p in right) == after
    if before == after:
        assert not any(p.changed for p in left + right)
    for piece in left + right:
        assert piece.text  # no empty runs
        if piece.changed:
            assert piece.text.strip()  # a change a reader can see
