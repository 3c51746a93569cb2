"""One writer for key changes: ``passwd``, ``recover`` and rotation take the folder lock like
the app; ``verify`` takes it shared; key files are written through unique temporary names;
and an open workspace changes the passphrase on the header it holds."""

from __future__ import annotations

import io
import threading
from pathlib import Path

import pytest
from testkit import LIGHT_KDF, PASSPHRASE
from vaultkit import changes, state

from counsel_desk import cli
from counsel_desk.services.workspace import (
    change_passphrase,
    reset_passphrase,
    unlock,
    verify,
)
from counsel_desk.storage import keyslots as ks
from counsel_desk.storage.errors import EXIT_OTHER, VaultInUse, WrongPassphrase
from counsel_desk.storage.files import FolderLock, atomic_write, is_temp_name

NEW = "a passphrase for the second time 3"


def _ignore_key(_recovery_key: str) -> None:
    """Stands in for showing the new recovery key."""


def test_passwd_and_recover_are_refused_while_the_app_holds_the_vault(
    closed_vault: tuple[Path, str],
) -> None:
    folder, recovery = closed_vault
    app = unlock(folder, PASSPHRASE)
    try:
        keys = {n: (folder / n).read_bytes() for n in ("keys.json", "keys.backup.json")}
        with pytest.raises(VaultInUse):
            change_passphrase(folder, PASSPHRASE, NEW, kdf=LIGHT_KDF)
        with pytest.raises(VaultInUse):
            reset_passphrase(folder, recovery, NEW, kdf=LIGHT_KDF)
        with pytest.raises(VaultInUse):
            verify(folder, PASSPHRASE)  # it would copy files while they change
        assert {n: (folder / n).read_bytes() for n in keys} == keys
    finally:
        app.close()
    change_passphrase(folder, PASSPHRASE, NEW, kdf=LIGHT_KDF)


def test_cli_passwd_while_open_is_one_sentence_and_exit_1(
    closed_vault: tuple[Path, str], capsys: pytest.CaptureFixture[str]
) -> None:
    folder, _ = closed_vault
    app = unlock(folder, PASSPHRASE)
    try:
        code = cli.main(
            ["passwd", "--vault", str(folder), "--passphrase-stdin"],
            stdin=io.StringIO(f"{PASSPHRASE}\n{NEW}\n"),
        )
    finally:
        app.close()
    err = capsys.readouterr().err
    assert code == EXIT_OTHER
    assert err == f"counsel-desk: {VaultInUse().message}\n"


def test_verify_shares_the_lock_with_another_verify_but_not_with_a_writer(
    closed_vault: tuple[Path, str],
) -> None:
    folder, _ = closed_vault
    other_verify = FolderLock(folder / "vault.lock")
    other_verify.acquire(shared=True)
    try:
        before = state(folder)
        assert verify(folder, PASSPHRASE).ok
        assert changes(folder, before) == []
        with pytest.raises(VaultInUse):
            unlock(folder, PASSPHRASE)  # no writer starts while a check copies the files
    finally:
        other_verify.release()
    unlock(folder, PASSPHRASE).close()


def test_verify_never_creates_the_lock_file(closed_vault: tuple[Path, str]) -> None:
    folder, _ = closed_vault
    (folder / "vault.lock").unlink()
    before = state(folder)
    assert verify(folder, PASSPHRASE).ok
    assert changes(folder, before) == []


def test_key_files_are_written_through_unique_temporary_names(tmp_path: Path) -> None:
    target = tmp_path / "keys.json"
    stale = tmp_path / ".keys.json.tmp"  # the fixed name earlier versions used
    stale.write_bytes(b"another writer's half-written file")
    results: list[BaseException | None] = []

    def write(data: bytes) -> None:
        try:
            for _ in range(20):
                atomic_write(target, data)
            results.append(None)
        except BaseException as exc:  # noqa: BLE001 - reported below
            results.append(exc)

    writers = [threading.Thread(target=write, args=(bytes([n]) * 4000,)) for n in range(4)]
    for thread in writers:
        thread.start()
    for thread in writers:
        thread.join()
    assert results == [None] * 4
    assert target.read_bytes() in {bytes([n]) * 4000 for n in range(4)}  # one whole write
    assert stale.read_bytes() == b"another writer's half-written file"  # not ours to touch
    assert [p.name for p in tmp_path.iterdir() if is_temp_name(p.name)] == [stale.name]


def test_a_changed_passphrase_is_the_one_a_later_rotation_asks_for(workspace) -> None:
    workspace.change_passphrase(PASSPHRASE, NEW, kdf=LIGHT_KDF)
    with pytest.raises(WrongPassphrase):
        workspace.rotate_data_key(PASSPHRASE, _ignore_key, kdf=LIGHT_KDF)
    workspace.rotate_data_key(NEW, _ignore_key, kdf=LIGHT_KDF)
    with pytest.raises(WrongPassphrase):
        workspace.change_passphrase(PASSPHRASE, "and a third one for luck 9", kdf=LIGHT_KDF)
    folder = workspace.folder
    workspace.close()
    with pytest.raises(WrongPassphrase):
        unlock(folder, PASSPHRASE)  # the old one did not come back with the rotation
    ws = unlock(folder, NEW)
    try:
        assert ws.vault.header.counter == 3
    finally:
        ws.close()
    assert ks.KeyHeader.from_bytes((folder / "keys.json").read_bytes()).counter == 3
