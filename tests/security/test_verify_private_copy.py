"""The private copy verify checks: 0700 folder, 0600 files, only encrypted pages, in the
temporary folder, and gone afterwards (also when the check fails part-way)."""

from __future__ import annotations

import stat
import tempfile
from pathlib import Path

import pytest
from testkit import PASSPHRASE
from vaultkit import changes, make_hot, state

from counsel_desk.services.workspace import verify
from counsel_desk.storage import verify as verify_mod

SQLITE_MAGIC = b"SQLite format 3\x00"


@pytest.fixture
def temp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setattr(tempfile, "tempdir", None)
    return folder


def test_the_copy_is_private_encrypted_and_removed(
    closed_vault: tuple[Path, str], tmp_path: Path, temp: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder, _ = closed_vault
    hot = tmp_path / "hot"
    make_hot(folder, hot, 3)
    seen: list[tuple[Path, int, dict[str, int], bytes]] = []
    real_open = verify_mod.open_connection

    def looking(db: Path, key: bytearray, **kwargs: object):
        copy = db.parent
        modes = {p.name: stat.S_IMODE(p.stat().st_mode) for p in copy.iterdir()}
        seen.append((copy, stat.S_IMODE(copy.stat().st_mode), modes, db.read_bytes()[:16]))
        return real_open(db, key, **kwargs)

    monkeypatch.setattr(verify_mod, "open_connection", looking)
    before = state(hot)
    assert verify(hot, PASSPHRASE).ok
    ((copy, folder_mode, modes, head),) = seen
    assert copy.parent == temp
    assert folder_mode == 0o700
    assert modes == {"vault.db": 0o600, "vault.db-wal": 0o600}  # never -shm
    assert head != SQLITE_MAGIC
    assert list(temp.iterdir()) == []
    assert changes(hot, before) == []


def test_the_copy_is_removed_when_a_check_fails_part_way(
    closed_vault: tuple[Path, str], temp: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder, _ = closed_vault

    def broken(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("a bug half-way through the checks")

    monkeypatch.setattr(verify_mod, "_database_checks", broken)
    with pytest.raises(RuntimeError):
        verify(folder, PASSPHRASE)
    assert list(temp.iterdir()) == []
