"""Creating a vault: everything or nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from testkit import LIGHT_KDF, PASSPHRASE

from counsel_desk.storage import keyfiles
from counsel_desk.storage import vault as vault_mod
from counsel_desk.storage.errors import DiskFull, VaultExists
from counsel_desk.storage.vault import Vault, VaultState, vault_state


def test_create_makes_exactly_the_vault_files(tmp_path: Path) -> None:
    folder = tmp_path / "deep" / "er" / "vault"
    vault, recovery = Vault.create(folder, PASSPHRASE, kdf=LIGHT_KDF)
    vault.close()
    assert sorted(p.name for p in folder.iterdir()) == [
        "keys.backup.json",
        "keys.json",
        "vault.db",
        "vault.lock",
    ]
    assert (folder / "keys.json").read_bytes() == (folder / "keys.backup.json").read_bytes()
    assert len(recovery.split("-")) == 14
    assert vault_state(folder) is VaultState.READY


def test_a_failed_header_write_leaves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = keyfiles.atomic_write

    def full_on_backup(path: Path, data: bytes) -> None:
        if path.name == "keys.backup.json":
            raise DiskFull()
        real(path, data)

    monkeypatch.setattr(keyfiles, "atomic_write", full_on_backup)
    folder = tmp_path / "new" / "vault"
    with pytest.raises(DiskFull):
        Vault.create(folder, PASSPHRASE, kdf=LIGHT_KDF)
    assert not (tmp_path / "new").exists()
    assert vault_state(folder) is VaultState.NONE


def test_a_failed_create_keeps_what_was_already_there(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "vault"
    folder.mkdir()
    (folder / "README.txt").write_text("mine")

    def no_space(*_args: object, **_kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(vault_mod, "migrate", no_space)
    with pytest.raises(OSError, match="No space"):
        Vault.create(folder, PASSPHRASE, kdf=LIGHT_KDF)
    assert [p.name for p in folder.iterdir()] == ["README.txt"]


def test_create_refuses_an_existing_or_incomplete_vault(closed_vault: tuple[Path, str]) -> None:
    folder, _ = closed_vault
    with pytest.raises(VaultExists):
        Vault.create(folder, PASSPHRASE, kdf=LIGHT_KDF)
    (folder / "keys.json").unlink()
    (folder / "keys.backup.json").unlink()
    assert vault_state(folder) is VaultState.INCOMPLETE
    with pytest.raises(VaultExists):  # never silently re-created over a database
        Vault.create(folder, PASSPHRASE, kdf=LIGHT_KDF)
    assert (folder / "vault.db").stat().st_size > 0
