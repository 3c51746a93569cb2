"""The checklist: essential clauses missing, switched off or empty, each with why it matters
in one line; placeholders unknown or unfilled; advice that does not block."""

from __future__ import annotations

from dataclasses import replace

import pytest
from contractkit import CLIENT, draft

from counsel_desk.domain.contract import version as v
from counsel_desk.domain.contract.checklist import Problem, blocking, checklist
from counsel_desk.domain.contract.clauses import STANDARD, WHY_ESSENTIAL, essential_keys
from counsel_desk.domain.contract.parties import PracticeDetails


def test_a_complete_draft_has_nothing_on_its_checklist() -> None:
    assert checklist(draft(), CLIENT) == ()
    assert checklist(draft("online"), CLIENT) == ()


@pytest.mark.parametrize("key", essential_keys(remote=True))
def test_each_essential_clause_switched_off_emptied_or_removed_is_named_with_why(
    key: str,
) -> None:
    base = draft("online")
    for changed, problem in (
        (v.edit_clause(base, key, enabled=False), Problem.SWITCHED_OFF),
        (v.edit_clause(base, key, text=" \n\t"), Problem.EMPTY),
        (v.remove_clause(base, key), Problem.MISSING),
    ):
        (item,) = checklist(changed, CLIENT)
        assert (item.key, item.problem, item.blocking) == (key, problem, True)
        assert item.why == WHY_ESSENTIAL[key]
        assert item.title == STANDARD[key]
        assert str(item.sentence).startswith(f"“{STANDARD[key]}” is ")


def test_every_why_is_one_plain_line() -> None:
    for key, why in WHY_ESSENTIAL.items():
        assert why.endswith("."), key
        assert "\n" not in why, key
        assert len(why) <= 110, key
        assert why.count(". ") == 0, key


def test_online_working_is_essential_only_in_a_contract_for_it() -> None:
    in_person = draft()
    assert not in_person.clause("online").enabled  # type: ignore[union-attr]
    assert "online" not in essential_keys(remote=False)
    assert checklist(v.remove_clause(in_person, "online"), CLIENT) == ()
    moved_online = v.set_remote(in_person, True)
    (item,) = checklist(moved_online, CLIENT)
    assert (item.key, item.problem) == ("online", Problem.SWITCHED_OFF)


def test_clauses_that_are_not_essential_can_go() -> None:
    version = draft()
    for key in ("missed", "lateness", "social_media", "breaks", "reviews"):
        version = v.edit_clause(version, key, enabled=False)
    version = v.remove_clause(version, "breaks")
    assert checklist(version, CLIENT) == ()


def test_an_empty_clause_that_is_not_essential_is_advice_only() -> None:
    version = v.add_clause(draft(), "Parking")
    (item,) = checklist(version, CLIENT)
    assert item.problem is Problem.LEFT_OUT
    assert not item.blocking
    assert blocking((item,)) == ()
    assert "left out" in item.why


def test_placeholders_that_cannot_be_filled_block_and_say_what_they_need() -> None:
    version = v.set_practice(draft(), replace(PracticeDetails(), practitioner_name="Sam Rivers"))
    items = checklist(version, CLIENT)
    unfilled = {i.key: i.names for i in items if i.problem is Problem.UNFILLED_PLACEHOLDER}
    assert unfilled["parties"] == ("professional_body", "registration_number")
    assert unfilled["fees"] == ("how_to_pay",)
    assert "online" not in unfilled  # switched off: nothing to fill
    parties = next(i for i in items if i.key == "parties")
    assert parties.summary == (
        "“Who this agreement is between” has {professional_body}, {registration_number} "
        "with nothing to fill it yet"
    )
    assert "your registration or membership number" in str(parties.why)
    assert all(i.blocking for i in items)


def test_an_unknown_placeholder_blocks_until_it_is_put_right() -> None:
    version = v.edit_clause(draft(), "fees", text="Each session is {the_fee}.")
    (item,) = checklist(version, CLIENT)
    assert item.problem is Problem.UNKNOWN_PLACEHOLDER
    assert item.names == ("the_fee",)
    assert "Counsel Desk does not know" in str(item.summary)


def test_items_follow_the_clauses_with_missing_ones_last() -> None:
    version = v.remove_clause(draft(), "parties")
    version = v.edit_clause(version, "endings", enabled=False)
    version = v.edit_clause(version, "fees", text="")
    assert [i.key for i in checklist(version, CLIENT)] == ["fees", "endings", "parties"]
