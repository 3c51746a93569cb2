"""Helpers for tests across folders: file snapshots, hot vaults (committed changes still in
``vault.db-wal``, as a crash leaves them), WAL layout, and reading a copy of a vault raw.

(``tests/`` is on the path; ``tests/storage/vault_kit.py`` is importable only from there.)
"""

from __future__ import annotations

import datetime as dt
import hashlib
import shutil
import struct
import tempfile
from dataclasses import dataclass
from pathlib import Path

from testkit import PASSPHRASE

from counsel_desk.domain.clients import ClientDraft
from counsel_desk.services.workspace import unlock
from counsel_desk.storage import keyslots as ks
from counsel_desk.storage.db import DatabaseError, open_connection
from counsel_desk.storage.errors import CounselDeskError

PAGE = 4096
FRAME = 24 + PAGE
WAL_HEADER = 32
VAULT_FILES = ("vault.db", "vault.db-wal", "vault.db-shm", "keys.json", "keys.backup.json")


@dataclass(frozen=True)
class FileState:
    sha256: str
    mtime_ns: int
    size: int


def state(folder: Path) -> dict[str, FileState]:
    """Every file in ``folder``: a hash of its bytes, its modification time, its size."""
    out = {}
    for path in sorted(folder.iterdir()):
        st = path.stat()
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        out[path.name] = FileState(digest, st.st_mtime_ns, st.st_size)
    return out


def changes(folder: Path, before: dict[str, FileState]) -> list[str]:
    """What differs from ``before``: files added, removed, rewritten or touched."""
    after = state(folder)
    found = [f"{n} added" for n in sorted(set(after) - set(before))]
    found += [f"{n} removed" for n in sorted(set(before) - set(after))]
    for name in sorted(set(before) & set(after)):
        if after[name].sha256 != before[name].sha256:
            found.append(f"{name} rewritten")
        elif after[name].mtime_ns != before[name].mtime_ns:
            found.append(f"{name} touched")
    return found


def copy_vault(source: Path, target: Path) -> Path:
    """A byte-for-byte copy of a vault folder (times included)."""
    shutil.copytree(source, target, copy_function=shutil.copy2)
    return target


def make_hot(folder: Path, into: Path, count: int, prefix: str = "H") -> list[str]:
    """Add ``count`` clients to the vault in ``folder`` with checkpoints off, and copy the
    folder into ``into`` while it is open: the copy holds those commits only in its -wal
    (and the -shm index), as a crash leaves them. Returns the codes committed."""
    ws = unlock(folder, PASSPHRASE)
    try:
        conn = ws.vault.conn
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        conn.execute("PRAGMA wal_autocheckpoint = 0").fetchall()
        codes = [f"{prefix}-{i}" for i in range(count)]
        for code in codes:
            ws.clients.add(ClientDraft(code=code))
        into.mkdir(parents=True)
        for path in sorted(folder.iterdir()):
            shutil.copy2(path, into / path.name)
    finally:
        ws.close()
    return codes


def wal_frames(wal: bytes) -> list[tuple[int, int]]:
    """(page number, commit size) of each whole frame."""
    count = (len(wal) - WAL_HEADER) // FRAME
    return [struct.unpack_from(">II", wal, WAL_HEADER + i * FRAME) for i in range(count)]


def the_data_key(folder: Path, passphrase: str = PASSPHRASE) -> bytearray:
    for name in ("keys.json", "keys.backup.json"):
        try:
            header = ks.KeyHeader.from_bytes((folder / name).read_bytes())
        except (OSError, ks.HeaderInvalid):
            continue
        with ks.PassphraseOpener(passphrase) as opener:
            key = opener(header)
        if key is not None:
            return key
    raise AssertionError("no key file opens with the passphrase")


def codes_sqlite_sees(folder: Path, key: bytearray) -> set[str] | None:
    """The client codes SQLite reads from a private copy of ``folder`` (it replays the log
    as it would on opening), or None if the copy does not read at all."""
    with tempfile.TemporaryDirectory() as tmp:
        for name in ("vault.db", "vault.db-wal"):
            if (folder / name).exists():
                shutil.copyfile(folder / name, Path(tmp) / name)
        if not (Path(tmp) / "vault.db").exists():
            return None
        try:
            conn = open_connection(Path(tmp) / "vault.db", bytearray(key))
        except CounselDeskError:
            return None
        try:
            return {row[0] for row in conn.execute("SELECT code FROM clients")}
        except DatabaseError:
            return None
        finally:
            conn.close()


def copy_due_for_removal(folder: Path, name: str = "vault.pre-v3-20250101-093000-000000.db") -> str:
    """Make a closed vault look upgraded 30 days ago, checked and opened twice since, with
    its copy from before the upgrade beside it: the next successful open removes the copy.
    (The rule reads only the vault's record of the upgrade, never the copy itself.)"""
    (folder / name).write_bytes(b"an encrypted copy would be here")
    (folder / name).chmod(0o600)
    key = the_data_key(folder)
    conn = open_connection(folder / "vault.db", key)
    try:
        at = (dt.datetime.now(dt.UTC) - dt.timedelta(days=30)).strftime("%Y-%m-%dT%H:%M:%SZ")
        conn.executemany(
            "INSERT INTO vault_meta (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            [
                ("upgraded_at", at),
                ("upgraded_to", "3"),
                ("upgrade_checked", "ok"),
                ("opens_since_upgrade", "2"),
            ],
        )
    finally:
        conn.close()
    return name
