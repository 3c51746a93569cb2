"""The contract tables: an agreed version is locked like a finalised note (only its review
date may move, and it may be superseded once), a superseded one never changes, neither is
removed but with its client; one draft and one version in force per client; and a vault
from before the contracts migration upgrades with the practice's defaults in place."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest
from contractkit import DEFAULTS, template
from schema_kit import CONTRACTS, build_at_version
from testkit import PASSPHRASE

from counsel_desk.domain.clients import ClientDraft
from counsel_desk.domain.contract.version import (
    AgreedHow,
    Agreement,
    ContractStatus,
    draft_from_template,
)
from counsel_desk.storage.contracts import ContractRepository
from counsel_desk.storage.db import IntegrityError
from counsel_desk.storage.vault import Vault

LOCKED = "contract version is agreed"


@pytest.fixture
def stored(workspace):
    """A client with version 1 agreed and version 2 a draft; (workspace, v1 id, v2 id)."""
    client = workspace.clients.add(ClientDraft("C-001"))
    repo = ContractRepository(workspace.vault.conn)
    first = draft_from_template(template(), client.id, 1, DEFAULTS)
    agreed = replace(
        first,
        status=ContractStatus.AGREED,
        agreement=Agreement(dt.date(2025, 1, 6), AgreedHow.IN_SESSION),
        review_on=dt.date(2025, 3, 1),
    )
    with workspace.vault.work:
        one = repo.insert(agreed)
        two = repo.insert(replace(first, number=2))
    return workspace, one, two


def _sql(workspace, statement: str, *params: object) -> None:
    with workspace.vault.work:
        workspace.vault.conn.execute(statement, params)


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE contract_versions SET title = 'Changed' WHERE id = ?",
        "UPDATE contract_versions SET client_notice_hours = 1 WHERE id = ?",
        "UPDATE contract_versions SET agreed_on = '2025-01-07' WHERE id = ?",
        "UPDATE contract_versions SET status = 'draft', agreed_on = NULL, agreed_how = NULL "
        "WHERE id = ?",
        "UPDATE contract_versions SET practice = '{}' WHERE id = ?",
        "UPDATE contract_clauses SET text = 'Other words.' WHERE version_id = ?",
        "UPDATE contract_clauses SET enabled = 0 WHERE version_id = ?",
        "DELETE FROM contract_clauses WHERE version_id = ?",
        "INSERT INTO contract_clauses (version_id, position, key, title) "
        "VALUES (?, 99, 'own-1', 'Added later')",
        "DELETE FROM contract_versions WHERE id = ?",
    ],
)
def test_an_agreed_version_cannot_change(stored, statement: str) -> None:
    workspace, one, _two = stored
    before = ContractRepository(workspace.vault.conn).get(one)
    with pytest.raises(IntegrityError, match=LOCKED):
        _sql(workspace, statement, one)
    assert ContractRepository(workspace.vault.conn).get(one) == before


def test_only_its_review_date_moves_and_it_is_superseded_once(stored) -> None:
    workspace, one, _two = stored
    repo = ContractRepository(workspace.vault.conn)
    _sql(workspace, "UPDATE contract_versions SET review_on = '2025-04-01' WHERE id = ?", one)
    assert repo.get(one).review_on == dt.date(2025, 4, 1)
    _sql(
        workspace,
        "UPDATE contract_versions SET status = 'superseded', superseded_on = '2025-05-01' "
        "WHERE id = ?",
        one,
    )
    superseded = repo.get(one)
    assert superseded.status is ContractStatus.SUPERSEDED
    for statement in (
        "UPDATE contract_versions SET review_on = '2025-06-01' WHERE id = ?",
        "UPDATE contract_versions SET superseded_on = '2025-05-02' WHERE id = ?",
        "UPDATE contract_versions SET status = 'agreed', superseded_on = NULL WHERE id = ?",
    ):
        with pytest.raises(IntegrityError, match=LOCKED):
            _sql(workspace, statement, one)
    assert repo.get(one) == superseded


def test_a_draft_changes_freely_and_goes(stored) -> None:
    workspace, _one, two = stored
    repo = ContractRepository(workspace.vault.conn)
    _sql(workspace, "UPDATE contract_clauses SET text = 'Mine.' WHERE version_id = ?", two)
    assert {c.text for c in repo.get(two).clauses} == {"Mine."}
    with workspace.vault.work:
        repo.delete_draft(two)
    assert [v.number for v in repo.history(repo.get(stored[1]).client_id)] == [1]
    assert workspace.vault.conn.execute(
        "SELECT count(*) FROM contract_clauses WHERE version_id = ?", (two,)
    ).fetchone() == (0,)


def test_one_draft_and_one_version_in_force_per_client(stored) -> None:
    workspace, _one, two = stored
    with pytest.raises(IntegrityError, match="UNIQUE"):  # a second draft
        _sql(
            workspace,
            "INSERT INTO contract_versions (client_id, number, title, session_minutes, "
            "frequency, fee_pence, currency, client_notice_hours, practitioner_notice_hours, "
            "short_notice_charge_percent, late_wait_minutes, practitioner_lateness, "
            "contact_channels, contact_arrangements_only, reply_within_days, created_at, "
            "updated_at) SELECT client_id, 3, title, session_minutes, frequency, fee_pence, "
            "currency, client_notice_hours, practitioner_notice_hours, "
            "short_notice_charge_percent, late_wait_minutes, practitioner_lateness, "
            "contact_channels, contact_arrangements_only, reply_within_days, created_at, "
            "updated_at FROM contract_versions WHERE id = ?",
            two,
        )
    with pytest.raises(IntegrityError, match="UNIQUE"):  # two in force
        _sql(
            workspace,
            "UPDATE contract_versions SET status = 'agreed', agreed_on = '2025-02-01', "
            "agreed_how = 'by_email' WHERE id = ?",
            two,
        )


def test_a_version_goes_only_with_its_client(stored) -> None:
    workspace, one, _two = stored
    client_id = ContractRepository(workspace.vault.conn).get(one).client_id
    _sql(workspace, "DELETE FROM clients WHERE id = ?", client_id)
    conn = workspace.vault.conn
    assert conn.execute("SELECT count(*) FROM contract_versions").fetchone() == (0,)
    assert conn.execute("SELECT count(*) FROM contract_clauses").fetchone() == (0,)


def test_a_vault_from_before_contracts_upgrades_with_the_defaults(
    vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    build_at_version(vault_dir, CONTRACTS - 1, monkeypatch)
    vault = Vault.open(vault_dir, PASSPHRASE)
    try:
        conn = vault.conn
        row = conn.execute(
            "SELECT practitioner_name, client_notice_hours, practitioner_notice_hours, "
            "records_kept_years, contact_channels, reply_within_days FROM practice_profile"
        ).fetchone()
        assert row == ("Dr Old", 48, 48, 7, "email,text", 2)
        assert conn.execute("SELECT DISTINCT first_contact FROM clients").fetchall() == [(None,)]
        assert conn.execute("SELECT count(*) FROM contract_versions").fetchone() == (0,)
    finally:
        vault.close()
