"""The backup file: the database as the backup API wrote it, a manifest with the key slots,
a footer at the end. A file cut short, another kind of file, a changed byte or a changed
manifest is refused with a sentence; none of them is read as a backup."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from testkit import PASSPHRASE

from counsel_desk.domain.clients import ClientDraft
from counsel_desk.services.workspace import Workspace
from counsel_desk.storage import backup_file as bf
from counsel_desk.storage import keyslots as ks
from counsel_desk.storage.backup_check import check_backup


@pytest.fixture
def backup(workspace: Workspace, tmp_path: Path) -> Path:
    workspace.clients.add(ClientDraft("C-001"))
    folder = tmp_path / "usb"
    folder.mkdir()
    with workspace.vault.backup_job() as job:
        return job.make(folder)


def _open(path: Path):
    with ks.PassphraseOpener(PASSPHRASE) as opener:
        return check_backup(path, open_slot=opener)


def test_the_layout(backup: Path, workspace: Workspace) -> None:
    data = backup.read_bytes()
    magic, version, db_bytes, manifest_bytes = bf._FOOTER.unpack(data[-bf.FOOTER_BYTES :])
    assert (magic, version) == (b"counsel-desk-backup\x00", 1)
    assert db_bytes + manifest_bytes + bf.FOOTER_BYTES == len(data)
    assert db_bytes % 4096 == 0
    assert not data.startswith(b"SQLite format 3")  # the database part is encrypted
    doc = json.loads(data[db_bytes : db_bytes + manifest_bytes])
    assert set(doc) == {
        "format",
        "version",
        "made_at",
        "vault_id",
        "schema_version",
        "app_version",
        "db_bytes",
        "db_sha256",
        "keys",
        "mac",
    }
    assert doc["keys"]["vault_id"] == doc["vault_id"] == workspace.vault.header.vault_id
    assert {s["id"] for s in doc["keys"]["slots"]} == {"passphrase", "recovery"}
    assert backup.stat().st_mode & 0o777 == 0o600
    assert backup.name.startswith("counsel-desk-backup-")
    assert backup.suffix == ".cdbackup"


def test_a_whole_backup_opens_with_the_passphrase_and_passes(backup: Path) -> None:
    report = _open(backup)
    assert report.ok, report.checks
    assert report.contents is not None
    assert report.contents.counts["clients"] == 1
    assert [c.name for c in report.checks] == [
        "backup file",
        "key slots",
        "database",
        "page authentication",
        "database integrity",
        "foreign keys",
    ]


@pytest.mark.parametrize("keep", [0, 39, 4096, -41, -1])
def test_a_file_cut_short_is_refused_before_any_secret(backup: Path, keep: int) -> None:
    data = backup.read_bytes()
    cut = backup.with_name("cut.cdbackup")
    cut.write_bytes(data[:keep])
    with pytest.raises(bf.BackupDamaged) as caught:
        bf.read_manifest(cut)
    assert "not a complete Counsel Desk backup" in caught.value.message or "damaged" in (
        caught.value.message
    )


def test_another_kind_of_file_is_refused(tmp_path: Path) -> None:
    other = tmp_path / "notes.pdf"
    other.write_bytes(b"%PDF-1.7 " + b"x" * 5000)
    with pytest.raises(bf.BackupDamaged, match="not a complete Counsel Desk backup"):
        bf.read_manifest(other)


def test_no_file_or_a_folder_is_not_there_not_damaged(tmp_path: Path) -> None:
    # a mistake in the path typed or chosen (exit 2), not a damaged backup (exit 4)
    with pytest.raises(bf.BackupNotThere, match="There is no backup file") as caught:
        bf.read_manifest(tmp_path / "missing.cdbackup")
    assert caught.value.exit_code == 2
    with pytest.raises(bf.BackupNotThere, match="is a folder, not a backup file") as caught:
        bf.read_manifest(tmp_path)
    assert caught.value.exit_code == 2


def _flip(path: Path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x40
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("where", ["first page", "middle", "last page"])
def test_a_changed_byte_in_the_database_is_refused(backup: Path, where: str) -> None:
    manifest = bf.read_manifest(backup)
    offset = {"first page": 100, "middle": manifest.db_bytes // 2, "last page": -1}[where]
    _flip(backup, offset if offset >= 0 else manifest.db_bytes - 10)
    with pytest.raises(bf.BackupDamaged, match="a byte was changed or lost"):
        _open(backup)


def test_a_changed_manifest_is_refused(backup: Path) -> None:
    data = backup.read_bytes()
    manifest = bf.read_manifest(backup)
    start = manifest.db_bytes
    text = data[start : len(data) - bf.FOOTER_BYTES]
    changed = text.replace(manifest.made_at.encode(), b"2001-01-01T00:00:00Z")
    assert changed != text
    assert len(changed) == len(text)
    backup.write_bytes(data[:start] + changed + data[len(data) - bf.FOOTER_BYTES :])
    with pytest.raises(bf.BackupDamaged, match="key slots or its record of itself were changed"):
        _open(backup)


def test_no_single_bit_flip_in_the_manifest_reads_as_it_was(backup: Path) -> None:
    """The MAC covers the fields as read; a flip that reads the same (a letter's case in
    the vault's id, a spare bit of base64) must still be refused, as the fuzz found."""
    data = backup.read_bytes()
    db_bytes, manifest_bytes = bf._FOOTER.unpack(data[-bf.FOOTER_BYTES :])[2:]
    raw = data[db_bytes : db_bytes + manifest_bytes]
    original = bf.Manifest.from_bytes(raw)
    for offset in range(len(raw)):
        for bit in range(8):
            changed = bytearray(raw)
            changed[offset] ^= 1 << bit
            try:
                read = bf.Manifest.from_bytes(bytes(changed))
            except (ValueError, KeyError, TypeError):
                continue
            assert read != original, (offset, bit)


def test_a_wrong_passphrase_is_a_sentence(backup: Path) -> None:
    with (
        ks.PassphraseOpener("not the passphrase at all") as opener,
        pytest.raises(bf.BackupWrongSecret),
    ):
        check_backup(backup, open_slot=opener)


def test_a_newer_format_says_so(backup: Path) -> None:
    data = bytearray(backup.read_bytes())
    data[-bf.FOOTER_BYTES + 23] = 9  # the format version's last byte
    backup.write_bytes(bytes(data))
    with pytest.raises(bf.BackupDamaged, match="written by a newer Counsel Desk"):
        bf.read_manifest(backup)


def test_checking_only_reads_the_file(backup: Path) -> None:
    before = (backup.read_bytes(), backup.stat().st_mtime_ns)
    assert _open(backup).ok
    assert (backup.read_bytes(), backup.stat().st_mtime_ns) == before
    assert sorted(p.name for p in backup.parent.iterdir()) == [backup.name]


def test_a_search_index_that_no_longer_matches_its_notes_is_refused(
    workspace: Workspace, tmp_path: Path
) -> None:
    """integrity_check (SQLite 3.44+) compares the search index with the notes: a backup
    of a vault whose index went wrong is not called sound."""
    from backupkit import plant_client

    plant_client(workspace, "C-002")
    conn = workspace.vault.conn
    with workspace.vault.work:
        conn.execute(
            "DELETE FROM notes_fts_docsize WHERE id = (SELECT min(id) FROM notes_fts_docsize)"
        )
    with workspace.vault.backup_job() as job:
        path = job.make(tmp_path)
    report = _open(path)
    assert not report.ok
    assert str(report.summary).startswith(
        f"The backup {path.name} is damaged (database integrity: "
    )
    assert "malformed inverted index for FTS5 table main.notes_fts" in str(report.summary)
