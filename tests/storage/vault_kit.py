"""Helpers for the storage tests: file snapshots, byte flips, and the data key of a vault."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from testkit import PASSPHRASE

from counsel_desk.storage import keyslots as ks

# The same values as tests/conftest.py (whose module cannot be imported by name here).
PAGE = 4096
SQLITE_MAGIC = b"SQLite format 3\x00"


@dataclass(frozen=True)
class FileState:
    data: bytes
    mtime_ns: int
    mode: int


def snapshot(folder: Path) -> dict[str, FileState]:
    """Every file in ``folder``: bytes, modification time and mode."""
    out = {}
    for path in sorted(folder.iterdir()):
        st = path.stat()
        out[path.name] = FileState(path.read_bytes(), st.st_mtime_ns, st.st_mode)
    return out


def assert_unchanged(folder: Path, before: dict[str, FileState]) -> None:
    after = snapshot(folder)
    assert sorted(after) == sorted(before), "files were added or removed"
    for name, state in before.items():
        assert after[name].data == state.data, f"{name} changed"
        assert after[name].mtime_ns == state.mtime_ns, f"{name} was touched"


def flip_byte(path: Path, offset: int) -> None:
    with path.open("r+b") as fh:
        fh.seek(offset)
        byte = fh.read(1)
        fh.seek(offset)
        fh.write(bytes([byte[0] ^ 0x5A]))
        fh.flush()
        os.fsync(fh.fileno())


def data_key(folder: Path, passphrase: str = PASSPHRASE, name: str = "keys.json") -> bytearray:
    header = ks.KeyHeader.from_bytes((folder / name).read_bytes())
    slot = header.slot(ks.PASSPHRASE_SLOT)
    kek = ks.derive_passphrase_kek(passphrase, slot.salt(), slot.kdf_params())
    key = ks.unwrap(header, slot, kek)
    assert key is not None
    return key


def pages(path: Path) -> list[bytes]:
    data = path.read_bytes()
    assert len(data) % PAGE == 0
    return [data[i : i + PAGE] for i in range(0, len(data), PAGE)]
