"""The workspace use cases: create, unlock, recover, change keys, verify."""

from __future__ import annotations

from pathlib import Path

import pytest
from testkit import LIGHT_KDF, PASSPHRASE

from counsel_desk.domain.clients import ClientDraft
from counsel_desk.services.workspace import (
    VaultState,
    change_passphrase,
    create_vault,
    unlock,
    unlock_with_recovery,
    vault_state,
    verify,
)
from counsel_desk.storage.errors import VaultExists, WrongPassphrase, WrongRecoveryKey


def _ignore_key(_recovery_key: str) -> None:
    """Stands in for showing the new recovery key."""


NEW = "another sentence entirely 88"


def _events(ws) -> list[str]:
    return [e.kind for e in reversed(ws.audit.recent())]


def test_states(vault_dir: Path) -> None:
    assert vault_state(vault_dir) is VaultState.NONE
    ws, _ = create_vault(vault_dir, PASSPHRASE, kdf=LIGHT_KDF)
    assert ws.is_open
    assert ws.folder == vault_dir
    ws.close()
    assert not ws.is_open
    ws.close()  # closing twice is harmless
    assert vault_state(vault_dir) is VaultState.READY
    with pytest.raises(VaultExists):
        create_vault(vault_dir, PASSPHRASE, kdf=LIGHT_KDF)


def test_unlock_records_an_open_event(closed_vault: tuple[Path, str]) -> None:
    folder, _ = closed_vault
    ws = unlock(folder, PASSPHRASE)
    try:
        assert _events(ws) == ["vault_created", "locked", "unlocked"]
    finally:
        ws.close()


def test_unlock_with_recovery_sets_a_new_passphrase(closed_vault: tuple[Path, str]) -> None:
    folder, recovery = closed_vault
    ws = unlock_with_recovery(folder, recovery, NEW, kdf=LIGHT_KDF)
    try:
        ws.clients.add(ClientDraft(code="C-1"))
        assert _events(ws)[-2:] == ["passphrase_reset", "client_added"]
    finally:
        ws.close()
    with pytest.raises(WrongPassphrase):
        unlock(folder, PASSPHRASE)
    ws = unlock(folder, NEW)
    try:
        assert ws.clients.count() == 1
    finally:
        ws.close()


def test_unlock_with_a_wrong_recovery_key_sets_nothing(closed_vault: tuple[Path, str]) -> None:
    folder, recovery = closed_vault
    keys = (folder / "keys.json").read_bytes()
    with pytest.raises(WrongRecoveryKey):
        unlock_with_recovery(folder, recovery[::-1], NEW, kdf=LIGHT_KDF)
    assert (folder / "keys.json").read_bytes() == keys
    unlock(folder, PASSPHRASE).close()


def test_change_passphrase_while_open_and_closed(workspace) -> None:
    folder = workspace.folder
    workspace.change_passphrase(PASSPHRASE, NEW, kdf=LIGHT_KDF)
    assert _events(workspace)[-1] == "passphrase_changed"
    workspace.close()
    change_passphrase(folder, NEW, PASSPHRASE + "!", kdf=LIGHT_KDF)
    with pytest.raises(WrongPassphrase):
        unlock(folder, NEW)
    unlock(folder, PASSPHRASE + "!").close()


def test_rotate_then_verify(workspace) -> None:
    workspace.clients.add(ClientDraft(code="C-1"))
    recovery = workspace.rotate_data_key(PASSPHRASE, _ignore_key, kdf=LIGHT_KDF)
    assert workspace.clients.count() == 1
    folder = workspace.folder
    workspace.close()
    report = verify(folder, PASSPHRASE)
    assert report.ok, report.checks
    ws = unlock_with_recovery(folder, recovery, NEW, kdf=LIGHT_KDF)
    try:
        assert ws.clients.count() == 1
    finally:
        ws.close()
