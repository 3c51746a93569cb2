"""T27 on opening: a vault whose log (vault.db-wal) would lose saved changes is never
opened, so SQLite never replays it into the database; an intact log, or one whose last
change was cut short by a crash, opens as SQLite would."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from testkit import PASSPHRASE
from vaultkit import (
    FRAME,
    WAL_HEADER,
    changes,
    codes_sqlite_sees,
    make_hot,
    state,
    the_data_key,
    wal_frames,
)

from counsel_desk import cli
from counsel_desk.services.workspace import change_passphrase, unlock
from counsel_desk.storage.errors import EXIT_DAMAGED, WalDamaged


@pytest.fixture
def hot(closed_vault: tuple[Path, str], tmp_path: Path) -> tuple[Path, list[str]]:
    folder, _ = closed_vault
    codes = make_hot(folder, tmp_path / "hot", 5)
    return tmp_path / "hot", codes


def _flip(path: Path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x21
    path.write_bytes(bytes(data))


def test_an_intact_hot_log_opens_with_every_saved_change(hot: tuple[Path, list[str]]) -> None:
    folder, codes = hot
    ws = unlock(folder, PASSPHRASE)
    try:
        assert set(codes) <= {c.code for c in ws.clients.list()}
    finally:
        ws.close()


@pytest.mark.parametrize("where", ["header", "first frame", "middle frame"])
def test_a_damaged_log_is_refused_and_left_as_it_is(
    hot: tuple[Path, list[str]], where: str
) -> None:
    folder, _codes = hot
    log = folder / "vault.db-wal"
    frames = len(wal_frames(log.read_bytes()))
    offset = {
        "header": 13,
        "first frame": WAL_HEADER + 3000,
        "middle frame": WAL_HEADER + (frames // 2) * FRAME + 100,
    }[where]
    _flip(log, offset)
    before = state(folder)
    with pytest.raises(WalDamaged) as info:
        unlock(folder, PASSPHRASE)
    assert info.value.exit_code == EXIT_DAMAGED
    assert "copy the whole vault folder somewhere safe first" in info.value.message
    assert "restore your latest backup into a new folder" in info.value.message
    assert changes(folder, before) == []  # no checkpoint, no -shm rebuilt, nothing


def test_passwd_refuses_a_damaged_log_too(hot: tuple[Path, list[str]]) -> None:
    folder, _ = hot
    _flip(folder / "vault.db-wal", WAL_HEADER + FRAME + 50)
    before = state(folder)
    with pytest.raises(WalDamaged):
        change_passphrase(folder, PASSPHRASE, "a different passphrase 31")
    assert changes(folder, before) == []


def test_the_cli_says_one_sentence_and_exits_4(
    hot: tuple[Path, list[str]], capsys: pytest.CaptureFixture[str]
) -> None:
    folder, _ = hot
    _flip(folder / "vault.db-wal", WAL_HEADER + 200)
    before = state(folder)
    code = cli.main(
        ["passwd", "--vault", str(folder), "--passphrase-stdin"],
        stdin=io.StringIO(f"{PASSPHRASE}\nanother long passphrase 4\n"),
    )
    err = capsys.readouterr().err
    assert code == EXIT_DAMAGED
    assert err.count("\n") == 1
    assert err.startswith("counsel-desk: The vault's journal of recent changes")
    assert changes(folder, before) == []


def test_a_last_change_cut_short_without_its_index_opens_as_sqlite_would(
    hot: tuple[Path, list[str]],
) -> None:
    """What a crash mid-commit leaves (without -shm, there is no telling it from damage to
    the last frame): the earlier saved changes are all there; only the last one is gone."""
    folder, codes = hot
    (folder / "vault.db-shm").unlink()
    log = folder / "vault.db-wal"
    frames = wal_frames(log.read_bytes())
    last_start = WAL_HEADER + (len(frames) - 1) * FRAME
    with log.open("r+b") as fh:
        fh.truncate(last_start + 1000)
    sqlite_sees = codes_sqlite_sees(folder, the_data_key(folder))
    ws = unlock(folder, PASSPHRASE)
    try:
        seen = {c.code for c in ws.clients.list()}
    finally:
        ws.close()
    assert set(codes[:-1]) <= seen
    assert seen == sqlite_sees


def test_a_deleted_log_with_its_index_left_is_refused(hot: tuple[Path, list[str]]) -> None:
    folder, _ = hot
    (folder / "vault.db-wal").unlink()
    before = state(folder)
    with pytest.raises(WalDamaged):
        unlock(folder, PASSPHRASE)
    assert changes(folder, before) == []
