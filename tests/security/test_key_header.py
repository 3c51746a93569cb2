"""The key header (format 2): every field is authenticated, the counter is kept in the
database too, version 1 vaults open and are upgraded, and the two copies heal each other.
Refusals change nothing; repairs are said once."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from testkit import LIGHT_KDF, PASSPHRASE
from vaultkit import changes, state

from counsel_desk.services.workspace import (
    change_passphrase,
    unlock,
    unlock_with_recovery,
    verify,
)
from counsel_desk.storage import keyheader as kh
from counsel_desk.storage.errors import (
    EXIT_DAMAGED,
    EXIT_WRONG_SECRET,
    KeyFilesDisagree,
    VaultDamaged,
    WrongPassphrase,
    WrongRecoveryKey,
)
from counsel_desk.storage.keyfiles import EarlierPassphrase
from counsel_desk.storage.vault import OLDER_KEY_FILES, Vault
from counsel_desk.storage.verify import SOUND

FIXTURE = Path(__file__).parent.parent / "fixtures" / "vault-v1"
NEW = "the second passphrase of this vault 8"


def _edit(path: Path, edit) -> None:
    doc = json.loads(path.read_text("utf-8"))
    edit(doc)
    path.write_text(json.dumps(doc, indent=2, sort_keys=True) + "\n", "utf-8")


def _header(path: Path) -> kh.KeyHeader:
    return kh.KeyHeader.from_bytes(path.read_bytes())


def _db_counter(folder: Path, passphrase: str = PASSPHRASE) -> int:
    vault = Vault.open(folder, passphrase)
    try:
        row = vault.conn.execute("SELECT value FROM vault_meta WHERE key = 'key_counter'")
        return int(row.fetchone()[0])
    finally:
        vault.close()


# --- the MAC ------------------------------------------------------------------------------
def test_a_new_vault_writes_format_2_with_a_mac(closed_vault: tuple[Path, str]) -> None:
    folder, _ = closed_vault
    doc = json.loads((folder / "keys.json").read_text("utf-8"))
    assert doc["version"] == 2
    assert len(kh.unb64(doc["mac"])) == 32
    assert _header(folder / "keys.json") == _header(folder / "keys.backup.json")


@pytest.mark.parametrize(
    ("field", "value"),
    [("counter", 7), ("created", "2001-01-01T00:00:00+00:00"), ("version", 1)],
)
def test_a_changed_field_in_one_copy_is_caught_and_healed(
    closed_vault: tuple[Path, str], field: str, value: object
) -> None:
    folder, _ = closed_vault
    good = (folder / "keys.backup.json").read_bytes()
    _edit(folder / "keys.json", lambda d: d.update({field: value}))
    before = state(folder)
    report = verify(folder, PASSPHRASE)
    assert report.exit_code == EXIT_DAMAGED
    (failed,) = report.failed()
    assert failed.name == "key files"
    assert failed.detail.startswith("keys.json ")
    assert changes(folder, before) == []  # verify only says so
    ws = unlock(folder, PASSPHRASE)
    try:
        (notice,) = ws.take_notices()
        assert str(notice).startswith("The key file keys.json ")
        assert str(notice).endswith("so it was written again from keys.backup.json.")
        assert ws.take_notices() == []  # said once
    finally:
        ws.close()
    assert (folder / "keys.json").read_bytes() == good
    assert verify(folder, PASSPHRASE).summary == SOUND


def test_a_raised_counter_in_both_copies_is_damage_not_a_wrong_passphrase(
    closed_vault: tuple[Path, str],
) -> None:
    folder, recovery = closed_vault
    for name in ("keys.json", "keys.backup.json"):
        _edit(folder / name, lambda d: d.update(counter=d["counter"] + 5))
    before = state(folder)
    for attempt in (lambda: unlock(folder, PASSPHRASE), lambda: verify(folder, PASSPHRASE)):
        with pytest.raises(VaultDamaged, match="was changed afterwards") as info:
            attempt()
        assert info.value.exit_code == EXIT_DAMAGED
    with pytest.raises(VaultDamaged):
        Vault.open_with_recovery(folder, recovery)
    assert changes(folder, before) == []


def test_a_slot_moved_in_from_another_header_breaks_the_mac(
    closed_vault: tuple[Path, str],
) -> None:
    """Changing the passphrase keeps the recovery slot; swapping in an older passphrase slot
    (its tag still holds: same vault, same key) must not pass for the current header."""
    folder, _ = closed_vault
    old = json.loads((folder / "keys.json").read_text("utf-8"))
    change_passphrase(folder, PASSPHRASE, NEW, kdf=LIGHT_KDF)

    def old_passphrase_slot(doc: dict) -> None:
        doc["slots"] = [s for s in doc["slots"] if s["type"] != "passphrase"] + [
            s for s in old["slots"] if s["type"] == "passphrase"
        ]

    for name in ("keys.json", "keys.backup.json"):
        _edit(folder / name, old_passphrase_slot)
    before = state(folder)
    with pytest.raises(VaultDamaged, match="was changed afterwards"):
        unlock(folder, PASSPHRASE)
    assert changes(folder, before) == []


# --- the counter in the database ----------------------------------------------------------
def test_the_counter_is_kept_in_the_database_too(closed_vault: tuple[Path, str]) -> None:
    folder, _ = closed_vault
    assert _db_counter(folder) == _header(folder / "keys.json").counter == 1
    change_passphrase(folder, PASSPHRASE, NEW, kdf=LIGHT_KDF)
    assert _db_counter(folder, NEW) == _header(folder / "keys.json").counter == 2


def test_an_out_of_date_copy_does_not_bring_an_earlier_passphrase_back(
    closed_vault: tuple[Path, str],
) -> None:
    folder, _ = closed_vault
    old_backup = (folder / "keys.backup.json").read_bytes()
    change_passphrase(folder, PASSPHRASE, NEW, kdf=LIGHT_KDF)
    (folder / "keys.backup.json").write_bytes(old_backup)  # as a cut-short change leaves it
    before = state(folder)
    with pytest.raises(EarlierPassphrase) as info:
        unlock(folder, PASSPHRASE)
    assert info.value.exit_code == EXIT_WRONG_SECRET
    assert "earlier passphrase" in info.value.message
    assert changes(folder, before) == []
    ws = unlock(folder, NEW)
    try:
        assert ws.take_notices() == [
            "The key file keys.backup.json was out of date (a passphrase change had been cut "
            "short), so it was written again from keys.json."
        ]
    finally:
        ws.close()
    with pytest.raises(WrongPassphrase):
        unlock(folder, PASSPHRASE)


def test_key_files_older_than_the_database_are_said_so(
    closed_vault: tuple[Path, str], tmp_path: Path
) -> None:
    """Both copies restored from an earlier copy of the folder: the vault still opens with
    their (earlier) passphrase, since refusing would lock the practitioner out for nothing
    (whoever holds those files and that passphrase can read the database anyway), but it
    says so once and brings them up to date."""
    folder, _ = closed_vault
    saved = tmp_path / "earlier"
    saved.mkdir()
    for name in ("keys.json", "keys.backup.json"):
        shutil.copy2(folder / name, saved / name)
    change_passphrase(folder, PASSPHRASE, NEW, kdf=LIGHT_KDF)
    for name in ("keys.json", "keys.backup.json"):
        shutil.copy2(saved / name, folder / name)
    report = verify(folder, PASSPHRASE)
    assert report.exit_code == EXIT_DAMAGED
    assert "older than vault.db" in report.failed()[0].detail
    with pytest.raises(WrongPassphrase):
        unlock(folder, NEW)
    ws = unlock(folder, PASSPHRASE)
    try:
        assert ws.take_notices() == [OLDER_KEY_FILES]
    finally:
        ws.close()
    assert _header(folder / "keys.json").counter == 2
    assert verify(folder, PASSPHRASE).summary == SOUND


# --- when nothing opens -------------------------------------------------------------------
def test_wrong_passphrase_with_copies_that_disagree_says_so(
    closed_vault: tuple[Path, str],
) -> None:
    folder, recovery = closed_vault
    (folder / "keys.json").write_bytes(b'{"format": "counsel-desk-keys", "vers')
    before = state(folder)
    with pytest.raises(KeyFilesDisagree) as info:
        unlock(folder, "not the passphrase at all")
    assert info.value.exit_code == EXIT_WRONG_SECRET
    assert "do not match, so one of them may be damaged" in info.value.message
    other = recovery.replace(recovery[:4], "AAAA" if recovery[:4] != "AAAA" else "BBBB")
    with pytest.raises(WrongRecoveryKey):
        unlock_with_recovery(folder, other, NEW, kdf=LIGHT_KDF)
    assert changes(folder, before) == []


def test_wrong_passphrase_with_copies_that_agree_is_just_wrong(
    closed_vault: tuple[Path, str],
) -> None:
    folder, _ = closed_vault
    with pytest.raises(WrongPassphrase) as info:
        unlock(folder, "not the passphrase at all")
    assert type(info.value) is WrongPassphrase


# --- upgrading version 1 ------------------------------------------------------------------
@pytest.fixture
def v1_vault(tmp_path: Path) -> tuple[Path, str]:
    folder = tmp_path / "v1"
    shutil.copytree(FIXTURE, folder)
    recovery = (folder / "recovery-key.txt").read_text().strip()
    (folder / "recovery-key.txt").unlink()
    (folder / "README.md").unlink()
    return folder, recovery


def test_a_version_1_vault_opens_and_is_upgraded(v1_vault: tuple[Path, str]) -> None:
    folder, recovery = v1_vault
    assert _header(folder / "keys.json").version == 1
    report = verify(folder, PASSPHRASE)
    assert report.summary == SOUND
    assert "format 1" in report.checks[0].detail
    ws = unlock(folder, PASSPHRASE)
    try:
        assert ws.take_notices() == []  # an upgrade is nothing to worry anyone about
        (client,) = ws.clients.list()
        assert client.code == "C-001"
        (summary,) = ws.notes.for_client(client.id)
        note = ws.notes.get(summary.id)
        assert note.body == "A first session, written by format version 1."
    finally:
        ws.close()
    for name in ("keys.json", "keys.backup.json"):
        doc = json.loads((folder / name).read_text("utf-8"))
        assert doc["version"] == 2
        assert "mac" in doc
    assert _db_counter(folder) == 1
    assert verify(folder, PASSPHRASE).summary == SOUND
    unlock_with_recovery(folder, recovery, NEW, kdf=LIGHT_KDF).close()  # the old slot still
    unlock(folder, NEW).close()


def test_a_version_1_vault_opens_with_its_recovery_key(v1_vault: tuple[Path, str]) -> None:
    folder, recovery = v1_vault
    ws = unlock_with_recovery(folder, recovery, NEW, kdf=LIGHT_KDF)
    ws.close()
    assert _header(folder / "keys.json").version == 2
    assert _header(folder / "keys.json").counter == 2
    with pytest.raises(WrongPassphrase):
        unlock(folder, PASSPHRASE)
    unlock(folder, NEW).close()


def test_a_format_1_copy_after_the_upgrade_is_healed_and_named(
    v1_vault: tuple[Path, str],
) -> None:
    folder, _ = v1_vault
    v1_copy = (folder / "keys.json").read_bytes()
    unlock(folder, PASSPHRASE).close()
    (folder / "keys.json").write_bytes(v1_copy)
    assert not verify(folder, PASSPHRASE).ok
    ws = unlock(folder, PASSPHRASE)
    try:
        (notice,) = ws.take_notices()
        assert "keys.json had lost its check code" in str(notice)
    finally:
        ws.close()
    assert _header(folder / "keys.json").version == 2


def test_base64_is_read_only_in_the_one_spelling_it_is_written_in() -> None:
    """A flip in the unused low bits of a field's last character decodes to the same bytes;
    it is damage all the same (seen in the backup fuzz: a flipped manifest called sound)."""
    import base64

    data = bytes(range(32))
    text = base64.b64encode(data).decode("ascii")  # 32 bytes: one '=' and 2 spare bits
    assert kh.unb64(text, 32) == data
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    last = text[-2]
    for spare in (1, 2, 3):
        changed = alphabet[alphabet.index(last) ^ spare]
        twin = text[:-2] + changed + "="
        assert base64.b64decode(twin) == data  # what lenient decoding would accept
        with pytest.raises(kh.HeaderInvalid):
            kh.unb64(twin, 32)


def test_no_single_bit_flip_in_a_key_file_reads_as_it_was(closed_vault: tuple[Path, str]) -> None:
    """A letter's case flipped in the vault's id read the same id: damage, refused."""
    raw = (closed_vault[0] / "keys.json").read_bytes()
    original = kh.KeyHeader.from_bytes(raw)
    for offset in range(len(raw)):
        for bit in range(8):
            changed = bytearray(raw)
            changed[offset] ^= 1 << bit
            try:
                read = kh.KeyHeader.from_bytes(bytes(changed))
            except (ValueError, KeyError, TypeError):
                continue
            assert read != original, (offset, bit)
