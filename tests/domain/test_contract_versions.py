"""Versions: a draft changes freely; agreeing follows the rules (one sentence each); agreed
versions never change; the next version supersedes the one in force."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from contractkit import (
    CLIENT,
    DEFAULTS,
    FIRST_CONTACT,
    TERMS,
    TODAY,
    agreed_history,
    draft,
    template,
)

from counsel_desk.domain.contract import version as v
from counsel_desk.domain.contract.checklist import ContractIncomplete
from counsel_desk.domain.contract.history import ContractHistory
from counsel_desk.domain.contract.version import (
    AgreedHow,
    ContractReadOnly,
    ContractStatus,
    ContractVersion,
)
from counsel_desk.domain.errors import ValidationError

DAY = dt.date(2024, 1, 15)


def agree(history: ContractHistory, number: int, on: dt.date = DAY, **kw) -> ContractHistory:
    changed = history.agree(
        number, on, kw.get("how", AgreedHow.SIGNED_PAPER), client=CLIENT, today=TODAY
    )
    return history.with_changes(*changed)


def test_a_draft_copies_the_template_and_the_practice_defaults() -> None:
    version = draft()
    assert version.number == 1
    assert version.is_draft
    assert version.agreement is None
    assert version.title == "Counselling agreement"
    assert version.template_id == "individual"
    assert version.terms == TERMS
    assert version.practice == DEFAULTS.practice
    assert version.clauses == template().clauses  # its own copy of the wording
    assert version.standing == "Draft, not yet agreed"


def test_a_draft_is_edited_clause_by_clause() -> None:
    version = draft()
    version = v.edit_clause(version, "fees", text="Each session is {fee}.", title="  Money ")
    version = v.edit_clause(version, "social_media", enabled=False)
    version = v.add_clause(version, "Pets", "My dog stays downstairs.")
    version = v.add_clause(version, "Parking", "Use the side road.", after="sessions")
    fees = version.clause("fees")
    assert fees is not None
    assert fees.title == "Money"
    assert fees.text == "Each session is {fee}."
    assert not version.clause("social_media").enabled  # type: ignore[union-attr]
    keys = [c.key for c in version.clauses]
    assert keys[keys.index("sessions") + 1] == "own-2"
    assert keys[-2:] == ["own-1", "agreement"]  # added before the agreement itself
    version = v.move_clause(version, "own-1", 0)
    assert version.clauses[0].key == "own-1"
    version = v.remove_clause(version, "own-1")
    assert "own-1" not in [c.key for c in version.clauses]
    assert v.add_clause(version, "Again").clauses[-2].key == "own-3"  # never reused


@pytest.mark.parametrize(
    ("edit", "words"),
    [
        (lambda d: v.edit_clause(d, "fees", title="  "), "needs a title"),
        (lambda d: v.edit_clause(d, "fees", text="x" * 20_001), "too long"),
        (lambda d: v.edit_clause(d, "nothing", text="x"), "no longer in this version"),
        (lambda d: v.set_title(d, ""), "needs a title"),
        (lambda d: v.set_terms(d, replace(TERMS, client_notice_hours=-1)), "cannot be negative"),
    ],
)
def test_bad_edits_are_one_sentence(edit, words: str) -> None:
    with pytest.raises(ValidationError, match=words):
        edit(draft())


def test_agreeing_records_the_day_and_how_and_freezes_the_version() -> None:
    history = agree(ContractHistory([draft()]), 1, how=AgreedHow.BY_EMAIL)
    version = history.version(1)
    assert version.status is ContractStatus.AGREED
    assert version.agreement == v.Agreement(DAY, AgreedHow.BY_EMAIL)
    assert version.standing == "Agreed 15 January 2024 (agreed by email)"
    for change in (
        lambda x: v.edit_clause(x, "fees", text="Free."),
        lambda x: v.edit_clause(x, "confidentiality", enabled=False),
        lambda x: v.add_clause(x, "More"),
        lambda x: v.remove_clause(x, "fees"),
        lambda x: v.move_clause(x, "fees", 0),
        lambda x: v.set_terms(x, TERMS),
        lambda x: v.set_practice(x, DEFAULTS.practice),
        lambda x: v.set_title(x, "New"),
        lambda x: v.set_remote(x, True),
    ):
        with pytest.raises(ContractReadOnly, match="Version 1 has been agreed"):
            change(version)


def test_a_version_cannot_be_agreed_twice() -> None:
    history = agree(ContractHistory([draft()]), 1)
    with pytest.raises(ValidationError) as caught:
        history.agree(1, TODAY, AgreedHow.IN_SESSION, client=CLIENT, today=TODAY)
    assert caught.value.message == (
        "Version 1 was already agreed on 15 January 2024; to change it, make a new version."
    )


@pytest.mark.parametrize(
    ("on", "words"),
    [
        (TODAY + dt.timedelta(days=1), "is in the future"),
        (FIRST_CONTACT - dt.timedelta(days=1), "before the client first got in touch"),
    ],
)
def test_the_agreed_day_is_after_first_contact_and_not_in_the_future(
    on: dt.date, words: str
) -> None:
    history = ContractHistory([draft()])
    with pytest.raises(ValidationError, match=words):
        history.agree(1, on, AgreedHow.IN_SESSION, client=CLIENT, today=TODAY)
    # the edges themselves are fine
    for day in (FIRST_CONTACT, TODAY):
        history.agree(1, day, AgreedHow.IN_SESSION, client=CLIENT, today=TODAY)


def test_an_essential_clause_switched_off_blocks_agreeing_and_says_which() -> None:
    version = v.edit_clause(draft(), "confidentiality", enabled=False)
    with pytest.raises(ContractIncomplete) as caught:
        ContractHistory([version]).agree(1, DAY, AgreedHow.IN_SESSION, client=CLIENT, today=TODAY)
    assert caught.value.message == (
        "This version cannot be agreed yet: “Confidentiality and its limits” is switched off."
    )
    assert [item.key for item in caught.value.items] == ["confidentiality"]
    emptied = v.edit_clause(version, "fees", text="  \n")
    with pytest.raises(ContractIncomplete, match=r"“Fees and paying” is empty \(and 1 more"):
        ContractHistory([emptied]).agree(1, DAY, AgreedHow.IN_SESSION, client=CLIENT, today=TODAY)


def test_a_switched_off_clause_that_is_not_essential_does_not_block() -> None:
    version = v.edit_clause(draft(), "social_media", enabled=False)
    ContractHistory([version]).agree(1, DAY, AgreedHow.IN_SESSION, client=CLIENT, today=TODAY)


def test_the_next_version_supersedes_the_one_in_force_in_one_change() -> None:
    history = agree(ContractHistory([draft()]), 1)
    second = history.start(7, DEFAULTS)
    assert second.number == 2
    assert second.is_draft
    assert second.clauses == history.version(1).clauses
    second = v.set_terms(second, replace(second.terms, client_notice_hours=72))
    history = history.with_changes(second)
    later = dt.date(2024, 6, 3)
    changed = history.agree(2, later, AgreedHow.IN_SESSION, client=CLIENT, today=TODAY)
    assert [c.number for c in changed] == [2, 1]
    agreed, superseded = changed
    assert agreed.status is ContractStatus.AGREED
    assert agreed.terms.client_notice_hours == 72
    assert superseded.status is ContractStatus.SUPERSEDED
    assert superseded.superseded_on == later
    assert superseded.agreement == history.version(1).agreement  # its agreement stays
    assert str(superseded.standing).endswith("replaced by a later version on 3 June 2024")
    history = history.with_changes(*changed)
    assert history.in_force(later - dt.timedelta(days=1)).number == 1  # type: ignore[union-attr]
    assert history.in_force(later).number == 2  # type: ignore[union-attr]
    assert history.in_force(DAY - dt.timedelta(days=1)) is None


def test_one_draft_at_a_time_and_no_agreement_out_of_order() -> None:
    history = agree(ContractHistory([draft()]), 1, on=dt.date(2024, 6, 1))
    history = history.with_changes(history.start(7, DEFAULTS))
    with pytest.raises(ValidationError, match="Version 2 is still a draft"):
        history.start(7, DEFAULTS)
    with pytest.raises(ValidationError, match="cannot be agreed before that"):
        history.agree(2, dt.date(2024, 5, 31), AgreedHow.IN_SESSION, client=CLIENT, today=TODAY)
    same_day = history.agree(
        2, dt.date(2024, 6, 1), AgreedHow.IN_SESSION, client=CLIENT, today=TODAY
    )
    assert history.with_changes(*same_day).in_force(dt.date(2024, 6, 1)).number == 2  # type: ignore[union-attr]
    with pytest.raises(ValidationError, match="Choose a template"):
        ContractHistory([]).start(7, DEFAULTS)
    with pytest.raises(ValidationError, match="has no version 9"):
        history.version(9)


def test_an_older_draft_cannot_be_agreed_after_a_newer_version() -> None:
    old = draft()
    newer = replace(draft(), number=2)
    history = agree(ContractHistory([old, newer]), 2)
    with pytest.raises(ValidationError, match="older version 1 cannot be agreed after it"):
        history.agree(1, TODAY, AgreedHow.IN_SESSION, client=CLIENT, today=TODAY)


def test_a_history_holds_one_clients_numbered_versions() -> None:
    with pytest.raises(ValueError, match="share a number"):
        ContractHistory([draft(), draft()])
    with pytest.raises(ValueError, match="one client's"):
        ContractHistory([draft(client_id=1), replace(draft(client_id=2), number=2)])


def test_review_dates_and_review_due() -> None:
    history = agreed_history(DAY)
    current = history.version(1)
    with pytest.raises(ValidationError, match="before the day the version was agreed"):
        v.set_review_date(current, DAY - dt.timedelta(days=1))
    reviewed = v.set_review_date(current, dt.date(2024, 4, 15))  # a reminder may move
    history = history.with_changes(reviewed)
    assert history.review_due(dt.date(2024, 4, 14)) is None
    assert history.review_due(dt.date(2024, 4, 14), within_days=1) == reviewed
    assert v.review_due(reviewed, dt.date(2024, 4, 15))
    superseded = replace(reviewed, status=ContractStatus.SUPERSEDED)
    with pytest.raises(ContractReadOnly, match="replaced by a later one"):
        v.set_review_date(superseded, None)
    assert not v.review_due(superseded, dt.date(2025, 1, 1))
    late_review = v.set_review_date(draft(), DAY)
    with pytest.raises(ValidationError, match="review date is before"):
        ContractHistory([late_review]).agree(
            1, DAY + dt.timedelta(days=1), AgreedHow.IN_SESSION, client=CLIENT, today=TODAY
        )


def test_a_version_is_plain_data() -> None:
    version = draft()
    assert isinstance(version, ContractVersion)
    assert replace(version) == version
    assert hash(version.clauses)
