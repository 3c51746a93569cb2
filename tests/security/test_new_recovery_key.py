"""Making a new recovery key (``Workspace.rotate_data_key``, behind ``counsel-desk
new-recovery-key`` and File → Make a new recovery key…): no plaintext in the folder after
it, the key files private, and a failure before the swap leaving the old keys working."""

from __future__ import annotations

import errno
import stat
import uuid
from pathlib import Path

import pytest
from test_sentinel import search
from testkit import LIGHT_KDF, PASSPHRASE

from counsel_desk.domain.clients import ClientDraft, ClientIdentity
from counsel_desk.domain.errors import CounselDeskError
from counsel_desk.services.workspace import create_vault, unlock
from counsel_desk.storage import rotation
from counsel_desk.storage.errors import WrongRecoveryKey
from counsel_desk.storage.files import translate_os_error
from counsel_desk.storage.vault import Vault


def _vault_with(folder: Path, words: str) -> str:
    """A closed vault holding a client named with ``words``; its recovery key."""
    ws, recovery = create_vault(folder, PASSPHRASE, kdf=LIGHT_KDF)
    try:
        for n in range(40):  # enough pages that the copy is more than the first few
            ws.clients.add(
                ClientDraft(code=f"S-{n:03d}", identity=ClientIdentity(full_name=f"{words} {n}"))
            )
    finally:
        ws.close()
    return recovery


def _names(vault: Vault) -> list[str]:
    return [r[0] for r in vault.conn.execute("SELECT full_name FROM client_identity")]


def test_no_plaintext_in_the_folder_during_or_after_the_rotation(tmp_path: Path) -> None:
    token = f"ZQX-{uuid.uuid4().hex}"
    folder = tmp_path / "vault"
    _vault_with(folder, f"Rosalind {token} Achterberg")
    seen_mid_way: list[list[str]] = []

    def show(_key: str) -> None:  # the re-encrypted copy is on disk beside the old one now
        assert (folder / "vault.rotating.db").exists()
        seen_mid_way.append(search(token, [folder]))

    ws = unlock(folder, PASSPHRASE)
    try:
        ws.rotate_data_key(PASSPHRASE, show, kdf=LIGHT_KDF)
        assert search(token, [folder]) == []  # open, WAL and all
    finally:
        ws.close()

    assert seen_mid_way == [[]]
    assert search(token, [folder]) == []
    assert not [p.name for p in folder.iterdir() if "rotating" in p.name]
    ws = unlock(folder, PASSPHRASE)  # and the records are all there, readable
    try:
        assert len(_names(ws.vault)) == 40
    finally:
        ws.close()


def test_the_key_files_and_the_database_stay_private(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    _vault_with(folder, "Ida Pemberton")
    ws = unlock(folder, PASSPHRASE)
    try:
        ws.rotate_data_key(PASSPHRASE, lambda _k: None, kdf=LIGHT_KDF)
    finally:
        ws.close()
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    modes = {p.name: stat.S_IMODE(p.stat().st_mode) for p in folder.iterdir() if p.is_file()}
    assert {"keys.json", "keys.backup.json", "vault.db"} <= set(modes)
    assert {name: mode for name, mode in modes.items() if mode != 0o600} == {}


@pytest.mark.parametrize("where", ["copy", "header"])
def test_a_failure_before_the_swap_leaves_the_old_keys_working(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, where: str
) -> None:
    folder = tmp_path / "vault"
    old_recovery = _vault_with(folder, "Hester Quill")
    shown: list[str] = []

    def full_disk(*_args: object, **_kwargs: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    def header_not_written(*_args: object, **_kwargs: object) -> None:
        raise translate_os_error(OSError(errno.ENOSPC, "No space left on device"))  # as it does

    if where == "copy":  # the re-encrypted copy cannot be made
        monkeypatch.setattr(rotation, "create_private_file", full_disk)
    else:  # the copy is made and its key shown, but the new header cannot be written
        monkeypatch.setattr(rotation, "atomic_write", header_not_written)
    ws = unlock(folder, PASSPHRASE)
    try:
        with pytest.raises(CounselDeskError):
            ws.rotate_data_key(PASSPHRASE, shown.append, kdf=LIGHT_KDF)
        # the open vault goes on as before, on its old connection
        ws.clients.add(ClientDraft(code="S-999"))
        assert ws.clients.count() == 41
    finally:
        ws.close()
    monkeypatch.undo()

    assert len(shown) == (1 if where == "header" else 0)
    vault = Vault.open_with_recovery(folder, old_recovery)
    try:
        codes = [r[0] for r in vault.conn.execute("SELECT code FROM clients")]
    finally:
        vault.close()
    assert len(codes) == 41  # what was written after the failure is kept
    assert "S-999" in codes
    if shown:
        with pytest.raises(WrongRecoveryKey):
            Vault.open_with_recovery(folder, shown[0])
    unlock(folder, PASSPHRASE).close()
    assert not [p.name for p in folder.iterdir() if "rotating" in p.name]  # cleared on open
