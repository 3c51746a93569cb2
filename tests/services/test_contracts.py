"""Contracts through the services, as the contract tab and the command line use them: a draft
from a template with the practice's details and defaults, edited and kept, agreed (the
version before superseded, with ids-only audit entries), refused with a sentence for every
bad input, reviewed, compared, and made into the client's copy."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace

import pytest
from contractkit import PRACTICE, practice_profile

from counsel_desk.domain.clients import ClientDraft, ClientIdentity
from counsel_desk.domain.contract.checklist import ContractIncomplete, Problem
from counsel_desk.domain.contract.compare import Change
from counsel_desk.domain.contract.version import (
    AgreedHow,
    ContractReadOnly,
    ContractStatus,
    edit_clause,
    set_terms,
)
from counsel_desk.domain.document import ExportFormat
from counsel_desk.domain.errors import CounselDeskError, ValidationError
from counsel_desk.storage.contracts import ContractRepository

FIRST_CONTACT = dt.date(2025, 1, 2)
AGREED = dt.date(2025, 1, 9)
TODAY = dt.date(2025, 3, 14)


@pytest.fixture
def ws(workspace):
    workspace.practice.save(practice_profile())
    return workspace


@pytest.fixture
def client(ws):
    return ws.clients.add(
        ClientDraft(
            "C-014",
            start_date=dt.date(2025, 1, 9),
            first_contact=FIRST_CONTACT,
            identity=ClientIdentity(full_name="Alex Morgan"),
        )
    )


def _audit(ws) -> list[tuple[str, dict]]:
    rows = ws.vault.conn.execute("SELECT kind, detail FROM audit_log ORDER BY position")
    return [(kind, json.loads(detail)) for kind, detail in rows]


def _agreed_v1(ws, client):
    ws.contracts.start(client.id, "individual")
    return ws.contracts.agree(client.id, 1, AGREED, AgreedHow.SIGNED_PAPER, today=TODAY)


def test_a_draft_from_a_template_quotes_the_practice_and_starts_from_its_defaults(ws, client):
    draft = ws.contracts.start(client.id, "individual")
    assert (draft.number, draft.status, draft.template_id) == (
        1,
        ContractStatus.DRAFT,
        "individual",
    )
    assert draft.practice == PRACTICE
    assert draft.terms.fee_pence == 6000
    assert draft.terms.client_notice_hours == 48
    assert [c.key for c in draft.clauses][:3] == ["parties", "sessions", "fees"]
    assert ws.contracts.checklist(draft) == ()  # nothing left to fill in
    assert _audit(ws)[-1] == (
        "contract_drafted",
        {"client": client.id, "contract": draft.id, "number": 1, "template": "individual"},
    )


def test_a_draft_is_kept_as_edited_and_an_agreed_version_never_changes(ws, client):
    draft = ws.contracts.start(client.id, "individual")
    edited = edit_clause(draft, "missed", text="If you miss a session, I will write to you.")
    edited = set_terms(edited, replace(edited.terms, client_notice_hours=24))
    kept = ws.contracts.save_draft(edited)
    assert kept.clause("missed").text == "If you miss a session, I will write to you."
    assert kept.terms.client_notice_hours == 24
    agreed = ws.contracts.agree(client.id, 1, AGREED, AgreedHow.IN_SESSION, today=TODAY)
    changed = replace(agreed, status=ContractStatus.DRAFT, title="Something else")
    with pytest.raises(ContractReadOnly, match="cannot be changed"):  # the trigger refuses
        ws.contracts.save_draft(changed)
    with pytest.raises(ContractReadOnly, match="cannot be changed"):
        ws.contracts.save_draft(agreed)
    assert ws.contracts.version(client.id, 1) == agreed


def test_agreeing_the_next_version_supersedes_the_one_before_in_one_go(ws, client):
    first = _agreed_v1(ws, client)
    draft = ws.contracts.start(client.id)  # a copy of version 1 to change
    assert draft.number == 2
    ws.contracts.save_draft(set_terms(draft, replace(draft.terms, client_notice_hours=72)))
    later = dt.date(2025, 3, 3)
    second = ws.contracts.agree(client.id, 2, later, AgreedHow.BY_EMAIL, today=TODAY)
    history = ws.contracts.history(client.id)
    old = history.version(1)
    assert old.status is ContractStatus.SUPERSEDED
    assert old.superseded_on == later
    assert second.status is ContractStatus.AGREED
    assert history.in_force(later - dt.timedelta(days=1)).number == 1
    assert history.in_force(later).terms.client_notice_hours == 72
    assert _audit(ws)[-2:] == [
        (
            "contract_superseded",
            {"client": client.id, "contract": first.id, "number": 1, "superseded_by": second.id},
        ),
        (
            "contract_agreed",
            {"client": client.id, "contract": second.id, "number": 2, "how": "by_email"},
        ),
    ]


@pytest.mark.parametrize(
    ("on", "words"),
    [
        (dt.date(2024, 12, 31), r"before the client first got in touch \(2 January 2025\)"),
        (TODAY + dt.timedelta(days=1), "in the future"),
    ],
)
def test_an_agreement_on_an_impossible_day_is_refused(ws, client, on, words):
    ws.contracts.start(client.id, "individual")
    before = ws.contracts.history(client.id).versions
    with pytest.raises(ValidationError, match=words):
        ws.contracts.agree(client.id, 1, on, AgreedHow.IN_SESSION, today=TODAY)
    assert ws.contracts.history(client.id).versions == before


def test_a_version_agreed_twice_is_refused(ws, client):
    _agreed_v1(ws, client)
    with pytest.raises(ValidationError, match="already agreed on 9 January 2025"):
        ws.contracts.agree(client.id, 1, TODAY, AgreedHow.IN_SESSION, today=TODAY)


def test_an_essential_clause_switched_off_or_empty_stops_agreeing(ws, client):
    draft = ws.contracts.start(client.id, "individual")
    draft = ws.contracts.save_draft(edit_clause(draft, "confidentiality", enabled=False))
    draft = ws.contracts.save_draft(edit_clause(draft, "complaints", text="  "))
    problems = {(i.key, i.problem) for i in ws.contracts.checklist(draft)}
    assert problems == {
        ("confidentiality", Problem.SWITCHED_OFF),
        ("complaints", Problem.EMPTY),
    }
    with pytest.raises(ContractIncomplete, match=r"switched off \(and 1 more on the checklist\)"):
        ws.contracts.agree(client.id, 1, AGREED, AgreedHow.IN_SESSION, today=TODAY)
    assert ws.contracts.version(client.id, 1).is_draft


@pytest.mark.parametrize(
    ("hours", "words"),
    [(-1, "cannot be negative"), (24 * 367, "cannot be more than a year")],
)
def test_a_notice_period_out_of_bounds_is_a_sentence_and_nothing_is_kept(ws, client, hours, words):
    draft = ws.contracts.start(client.id, "individual")
    bad = replace(draft, terms=replace(draft.terms, client_notice_hours=hours))
    with pytest.raises(ValidationError, match=words):
        ws.contracts.save_draft(bad)
    assert ws.contracts.version(client.id, 1).terms.client_notice_hours == 48


def test_one_draft_at_a_time_and_a_draft_can_be_deleted(ws, client):
    ws.contracts.start(client.id, "individual")
    with pytest.raises(ValidationError, match="still a draft"):
        ws.contracts.start(client.id, "online")
    ws.contracts.delete_draft(client.id, 1)
    assert len(ws.contracts.history(client.id)) == 0
    _agreed_v1(ws, client)
    with pytest.raises(ContractReadOnly):
        ws.contracts.delete_draft(client.id, 1)


def test_the_review_date_of_the_version_in_force_and_reviews_due_on_today(ws, client):
    _agreed_v1(ws, client)
    reviewed = ws.contracts.set_review(client.id, 1, TODAY + dt.timedelta(days=3))
    assert reviewed.review_on == TODAY + dt.timedelta(days=3)
    due = ws.contracts.on_today(TODAY, now=dt.datetime.combine(TODAY, dt.time(9)))
    assert [(r.code, r.version.number) for r in due.reviews] == [("C-014", 1)]
    later = ws.contracts.on_today(TODAY - dt.timedelta(days=30))
    assert later.reviews == ()
    with pytest.raises(ValidationError, match="before the day the version was agreed"):
        ws.contracts.set_review(client.id, 1, AGREED - dt.timedelta(days=1))


def test_a_comparison_shows_the_longer_notice(ws, client):
    _agreed_v1(ws, client)
    draft = ws.contracts.start(client.id)
    ws.contracts.save_draft(set_terms(draft, replace(draft.terms, client_notice_hours=72)))
    comparison = ws.contracts.compare(client.id, 2, 1)
    assert (comparison.before.number, comparison.after.number) == (1, 2)
    assert [(t.label, t.before, t.after) for t in comparison.changed_terms] == [
        ("Client's notice to cancel", "48 hours", "3 days")
    ]
    changed = {row.key: row.change for row in comparison.changed_clauses}
    assert changed == {"cancellation": Change.REWORDED, "breaks": Change.REWORDED}
    with pytest.raises(ValidationError, match="two different versions"):
        ws.contracts.compare(client.id, 1, 1)


def test_the_clients_copy_names_them_only_when_asked_and_its_file_name_never(ws, client):
    _agreed_v1(ws, client)
    version, named = ws.contracts.document(client.id)
    assert version.number == 1
    assert "Alex Morgan (C-014)" in named.text()
    assert "Agreed on 9 January 2025" in named.text()
    _version, plain = ws.contracts.document(client.id, 1, named=False)
    assert "Alex Morgan" not in plain.text()
    assert "Confidential · C-014 · contract version 1" in plain.footer
    name = ws.contracts.suggested_file_name(client.id, 1)
    assert name == "C-014 contract version 1"
    assert ws.contracts.suggested_file_name(client.id, 2, 1) == (
        "C-014 contract versions 1 and 2 compared"
    )


def test_a_client_with_no_contract_has_no_copy(ws, client):
    with pytest.raises(CounselDeskError, match="no contract yet"):
        ws.contracts.document(client.id)
    assert ws.contracts.client_by_code("c-014").id == client.id
    with pytest.raises(CounselDeskError, match="no client with the code C-999"):
        ws.contracts.client_by_code("c-999")


def test_a_draft_can_quote_the_practice_profile_again(ws, client):
    draft = ws.contracts.start(client.id, "individual")
    ws.practice.save(replace(ws.practice.get(), contact_phone="07700 900999"))
    assert ws.contracts.version(client.id, 1).practice.contact_phone == PRACTICE.contact_phone
    refreshed = ws.contracts.refresh_practice(client.id, draft.number)
    assert refreshed.practice.contact_phone == "07700 900999"


def test_nothing_of_a_contract_reaches_the_audit_trail(ws, client):
    draft = ws.contracts.start(client.id, "individual")
    ws.contracts.save_draft(edit_clause(draft, "missed", text="Secret wording of my own."))
    ws.contracts.agree(client.id, 1, AGREED, AgreedHow.IN_SESSION, today=TODAY)
    version = ContractRepository(ws.vault.conn).history(client.id)[0]
    ws.contracts.record_saved(version, ExportFormat.PDF)
    ws.contracts.record_printed(version, comparison=True)
    trail = json.dumps(_audit(ws))
    for text in ("Secret", "Alex", "C-014", "Sam Rivers", "Guild"):
        assert text not in trail
    kinds = [kind for kind, _ in _audit(ws)]
    assert kinds[-2:] == ["contract_exported", "contract_printed"]
