"""One writer at a time; verify; flipped bytes are named as damage, never read as garbage."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from testkit import PASSPHRASE
from vault_kit import PAGE, assert_unchanged, flip_byte, snapshot
from vaultkit import copy_vault

from counsel_desk.domain.audit import AuditKind
from counsel_desk.services.demo import DemoSpec, populate
from counsel_desk.services.workspace import Workspace, verify
from counsel_desk.storage.audit import AuditLog
from counsel_desk.storage.errors import EXIT_DAMAGED, VaultDamaged, VaultExists, VaultInUse
from counsel_desk.storage.vault import Vault

CHECKS = [
    "key files",
    "write-ahead log",
    "database",
    "page authentication",
    "database integrity",
    "foreign keys",
    "schema version",
    "audit trail",
]


@pytest.fixture(scope="module")
def filled_made(
    tmp_path_factory: pytest.TempPathFactory, closed_vault_made: tuple[Path, str]
) -> Path:
    """A closed vault holding demo clients and sessions, filled once per module."""
    folder = copy_vault(closed_vault_made[0], tmp_path_factory.mktemp("filled") / "vault")
    vault = Vault.open(folder, PASSPHRASE)
    try:
        populate(Workspace(vault), DemoSpec(clients=10, years=1.0, seed=5))
    finally:
        vault.close()
    return folder


@pytest.fixture
def filled_vault(filled_made: Path, closed_vault: tuple[Path, str]) -> Path:
    """Each test's own copy of it, in the closed vault's folder."""
    folder, _ = closed_vault
    shutil.rmtree(folder)
    return copy_vault(filled_made, folder)


def test_a_second_open_is_refused_while_the_first_is_open(closed_vault: tuple[Path, str]) -> None:
    folder, recovery = closed_vault
    first = Vault.open(folder, PASSPHRASE)
    try:
        with pytest.raises(VaultInUse, match="already open"):
            Vault.open(folder, PASSPHRASE)
        with pytest.raises(VaultInUse):
            Vault.open_with_recovery(folder, recovery)
        with pytest.raises(VaultInUse):
            verify(folder, PASSPHRASE)
        with pytest.raises(VaultExists):
            Vault.create(folder, PASSPHRASE)
        with first.work:
            AuditLog(first.conn).record(AuditKind.VAULT_CHECKED, result="sound")
    finally:
        first.close()
    Vault.open(folder, PASSPHRASE).close()  # the lock went with the first


def test_verify_on_a_clean_vault(filled_vault: Path) -> None:
    before = snapshot(filled_vault)
    report = verify(filled_vault, PASSPHRASE)
    assert [c.name for c in report.checks] == CHECKS
    assert report.ok, report.checks
    assert_unchanged(filled_vault, before)


def _page_count(folder: Path) -> int:
    size = (folder / "vault.db").stat().st_size
    assert size % PAGE == 0
    return size // PAGE


@pytest.mark.parametrize("where", ["middle", "last"])
def test_a_flipped_byte_in_a_later_page_is_named_by_verify(filled_vault: Path, where: str) -> None:
    count = _page_count(filled_vault)
    assert count >= 12
    page = count // 2 if where == "middle" else count  # 1-based
    assert page >= 3
    flip_byte(filled_vault / "vault.db", (page - 1) * PAGE + 1000)
    before = snapshot(filled_vault)
    report = verify(filled_vault, PASSPHRASE)
    assert not report.ok
    failed = {c.name: c for c in report.checks if not c.ok}
    assert "page authentication" in failed
    assert f"page {page}" in failed["page authentication"].detail
    assert "key slots" not in failed
    assert_unchanged(filled_vault, before)


def test_a_flipped_byte_in_page_one_is_damage_on_open(filled_vault: Path) -> None:
    flip_byte(filled_vault / "vault.db", 200)
    before = snapshot(filled_vault)
    with pytest.raises(VaultDamaged) as info:
        Vault.open(filled_vault, PASSPHRASE)
    assert info.value.exit_code == EXIT_DAMAGED
    report = verify(filled_vault, PASSPHRASE)
    assert report.exit_code == EXIT_DAMAGED
    assert [c.name for c in report.failed()] == ["database"]
    assert "first page is damaged" in report.failed()[0].detail
    assert str(report.summary).startswith("The vault is damaged (database: vault.db does not open")
    assert_unchanged(filled_vault, before)


def test_a_flipped_salt_byte_is_damage_on_open(filled_vault: Path) -> None:
    flip_byte(filled_vault / "vault.db", 3)
    before = snapshot(filled_vault)
    with pytest.raises(VaultDamaged):
        Vault.open(filled_vault, PASSPHRASE)
    assert_unchanged(filled_vault, before)


def test_a_truncated_database_is_damage(filled_vault: Path) -> None:
    path = filled_vault / "vault.db"
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    before = snapshot(filled_vault)
    report = verify(filled_vault, PASSPHRASE)
    assert report.exit_code == EXIT_DAMAGED
    assert [c.name for c in report.failed()] == ["database"]
    assert "Nothing was changed" in str(report.summary)
    with pytest.raises(VaultDamaged):
        Vault.open(filled_vault, PASSPHRASE)
    assert_unchanged(filled_vault, before)
