"""Opening a vault: wrong secrets, tampered, garbled, missing and mispaired key files.

Every refusal leaves the folder byte-identical with unchanged times and no new files.
"""

from __future__ import annotations

import json
import os
import shutil
import uuid
from pathlib import Path

import pytest
from testkit import LIGHT_KDF, PASSPHRASE
from vault_kit import assert_unchanged, data_key, snapshot

from counsel_desk.domain.secrets import format_recovery_key
from counsel_desk.services.workspace import reset_passphrase
from counsel_desk.storage import keyslots as ks
from counsel_desk.storage.errors import (
    EXIT_DAMAGED,
    EXIT_WRONG_SECRET,
    VaultDamaged,
    VaultMissing,
    WrongPassphrase,
    WrongRecoveryKey,
)
from counsel_desk.storage.vault import Vault, VaultState, vault_state


def _opens(folder: Path, passphrase: str = PASSPHRASE) -> None:
    vault = Vault.open(folder, passphrase)
    try:
        row = vault.conn.execute("SELECT value FROM vault_meta WHERE key = 'vault_id'").fetchone()
        assert row[0] == vault.header.vault_id
    finally:
        vault.close()


def _edit_keys(path: Path, edit) -> None:
    doc = json.loads(path.read_text("utf-8"))
    edit(doc)
    path.write_text(json.dumps(doc, indent=2), "utf-8")


# --- wrong secrets -------------------------------------------------------------------------


@pytest.mark.parametrize("wrong", ["autumn leaves fall softly 43", "", PASSPHRASE.upper()])
def test_wrong_passphrase_touches_nothing(closed_vault: tuple[Path, str], wrong: str) -> None:
    folder, _ = closed_vault
    before = snapshot(folder)
    with pytest.raises(WrongPassphrase) as info:
        Vault.open(folder, wrong)
    assert info.value.exit_code == EXIT_WRONG_SECRET
    assert "Nothing was changed" in info.value.message
    assert_unchanged(folder, before)


def test_wrong_passphrase_three_times_then_right(closed_vault: tuple[Path, str]) -> None:
    folder, _ = closed_vault
    before = snapshot(folder)
    for attempt in range(3):
        with pytest.raises(WrongPassphrase):
            Vault.open(folder, f"not it {attempt} at all")
    assert_unchanged(folder, before)
    _opens(folder)


def test_wrong_but_well_formed_recovery_key(closed_vault: tuple[Path, str]) -> None:
    folder, recovery = closed_vault
    other = format_recovery_key(os.urandom(32))
    assert other != recovery
    before = snapshot(folder)
    with pytest.raises(WrongRecoveryKey) as info:
        Vault.open_with_recovery(folder, other)
    assert info.value.exit_code == EXIT_WRONG_SECRET
    assert info.value.message == WrongRecoveryKey.default_message
    with pytest.raises(WrongRecoveryKey):
        reset_passphrase(folder, other, "a brand new passphrase 7", kdf=LIGHT_KDF)
    assert_unchanged(folder, before)


def test_recovery_key_with_a_typo(closed_vault: tuple[Path, str]) -> None:
    folder, recovery = closed_vault
    swap = "A" if recovery[0] != "A" else "C"
    typo = swap + recovery[1:]
    before = snapshot(folder)
    with pytest.raises(WrongRecoveryKey, match="has a typo: check each group") as info:
        Vault.open_with_recovery(folder, typo)
    assert info.value.exit_code == EXIT_WRONG_SECRET
    assert_unchanged(folder, before)


def test_right_recovery_key_opens_in_any_spelling(closed_vault: tuple[Path, str]) -> None:
    folder, recovery = closed_vault
    vault = Vault.open_with_recovery(folder, recovery.lower().replace("-", " "))
    vault.close()


# --- tampered key headers --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("field", "value"),
    [("m_kib", 1024), ("t", 2), ("m_kib", LIGHT_KDF.m_kib * 2), ("p", 2)],
)
def test_tampered_kdf_in_both_copies_is_a_wrong_passphrase(
    closed_vault: tuple[Path, str], field: str, value: int
) -> None:
    folder, _ = closed_vault

    def downgrade(doc: dict) -> None:
        for slot in doc["slots"]:
            if slot["type"] == "passphrase":
                assert slot["kdf"][field] != value
                slot["kdf"][field] = value

    for name in ("keys.json", "keys.backup.json"):
        _edit_keys(folder / name, downgrade)
    before = snapshot(folder)
    with pytest.raises(WrongPassphrase):
        Vault.open(folder, PASSPHRASE)
    assert_unchanged(folder, before)


def test_tampered_keys_json_falls_back_to_the_backup_and_is_repaired(
    closed_vault: tuple[Path, str],
) -> None:
    folder, _ = closed_vault
    good = (folder / "keys.backup.json").read_bytes()
    assert (folder / "keys.json").read_bytes() == good

    def downgrade(doc: dict) -> None:
        for slot in doc["slots"]:
            if slot["type"] == "passphrase":
                slot["kdf"]["m_kib"] = 1024
                slot["kdf"]["t"] = 1

    _edit_keys(folder / "keys.json", downgrade)
    _opens(folder)
    # The weaker parameters were never accepted: keys.json now holds the backup's slots.
    assert (folder / "keys.json").read_bytes() == good
    header = ks.KeyHeader.from_bytes(good)
    assert header.slot("passphrase").kdf_params() == LIGHT_KDF


def test_tampered_vault_id_falls_back_to_the_backup(closed_vault: tuple[Path, str]) -> None:
    folder, _ = closed_vault
    good = (folder / "keys.backup.json").read_bytes()
    _edit_keys(folder / "keys.json", lambda d: d.update(vault_id=str(uuid.uuid4())))
    _opens(folder)
    assert (folder / "keys.json").read_bytes() == good


@pytest.mark.parametrize(
    "garble",
    [
        lambda b: b[: len(b) // 2],
        lambda b: b"",
        lambda b: b"\xff\xfe" + b[2:],
        lambda b: b.replace(b'"ct": "', b'"ct": "AAAA', 1),
        lambda b: b.replace(b"counsel-desk-keys", b"someone-elses", 1),
        lambda b: json.dumps({"format": "counsel-desk-keys", "version": 1}).encode(),
    ],
    ids=["truncated", "empty", "not-utf8", "bad-ct-length", "wrong-format", "no-slots"],
)
def test_garbled_keys_json_with_backup_opens_and_repairs(
    closed_vault: tuple[Path, str], garble
) -> None:
    folder, _ = closed_vault
    good = (folder / "keys.json").read_bytes()
    (folder / "keys.json").write_bytes(garble(good))
    _opens(folder)
    assert (folder / "keys.json").read_bytes() == good


def test_missing_keys_json_with_backup_opens_and_restores_it(
    closed_vault: tuple[Path, str],
) -> None:
    folder, _ = closed_vault
    good = (folder / "keys.json").read_bytes()
    (folder / "keys.json").unlink()
    _opens(folder)
    assert (folder / "keys.json").read_bytes() == good
    assert (folder / "keys.json").stat().st_mode & 0o777 == 0o600


def test_missing_backup_is_reported_by_verify_then_restored_by_opening(
    closed_vault: tuple[Path, str],
) -> None:
    from counsel_desk.services.workspace import verify

    folder, _ = closed_vault
    good = (folder / "keys.json").read_bytes()
    (folder / "keys.backup.json").unlink()
    before = snapshot(folder)
    report = verify(folder, PASSPHRASE)
    assert [(c.name, c.detail) for c in report.checks if not c.ok] == [
        ("key files", "keys.backup.json is missing")
    ]
    assert_unchanged(folder, before)  # verify says so, and writes nothing
    vault = Vault.open(folder, PASSPHRASE)
    try:
        assert vault.notices == [
            "The key file keys.backup.json was missing, so it was written again from keys.json."
        ]
    finally:
        vault.close()
    assert (folder / "keys.backup.json").read_bytes() == good
    assert verify(folder, PASSPHRASE).ok


@pytest.mark.parametrize("how", ["garbled", "missing"])
def test_both_key_files_unusable_is_damage(closed_vault: tuple[Path, str], how: str) -> None:
    folder, recovery = closed_vault
    for name in ("keys.json", "keys.backup.json"):
        if how == "missing":
            (folder / name).unlink()
        else:
            (folder / name).write_bytes(b'{"format": "counsel-desk-keys", "version": 1, "slo')
    assert vault_state(folder) is (VaultState.READY if how == "garbled" else VaultState.INCOMPLETE)
    before = snapshot(folder)
    for attempt in (
        lambda: Vault.open(folder, PASSPHRASE),
        lambda: Vault.open_with_recovery(folder, recovery),
    ):
        with pytest.raises(VaultDamaged, match="both missing or damaged") as info:
            attempt()
        assert info.value.exit_code == EXIT_DAMAGED
    assert_unchanged(folder, before)


def test_missing_database_with_keys_is_damage(closed_vault: tuple[Path, str]) -> None:
    folder, _ = closed_vault
    (folder / "vault.db").unlink()
    assert vault_state(folder) is VaultState.INCOMPLETE
    before = snapshot(folder)
    with pytest.raises(VaultDamaged, match=r"database \(vault.db\) is missing") as info:
        Vault.open(folder, PASSPHRASE)
    assert info.value.exit_code == EXIT_DAMAGED
    assert_unchanged(folder, before)
    assert not (folder / "vault.db").exists()


def test_empty_folder_is_missing_not_damaged(tmp_path: Path) -> None:
    folder = tmp_path / "nothing"
    folder.mkdir()
    with pytest.raises(VaultMissing, match="counsel-desk init"):
        Vault.open(folder, PASSPHRASE)
    assert list(folder.iterdir()) == []


def test_key_files_from_another_vault_are_mispaired(
    closed_vault: tuple[Path, str], tmp_path: Path
) -> None:
    from counsel_desk.services.workspace import create_vault

    folder, _ = closed_vault
    other_ws, _ = create_vault(tmp_path / "other", PASSPHRASE, kdf=LIGHT_KDF)
    other_ws.close()
    for name in ("keys.json", "keys.backup.json"):
        shutil.copyfile(tmp_path / "other" / name, folder / name)
    before = snapshot(folder)
    with pytest.raises(VaultDamaged) as info:
        Vault.open(folder, PASSPHRASE)
    assert info.value.exit_code == EXIT_DAMAGED
    assert_unchanged(folder, before)


def test_same_data_key_under_another_vault_id_is_mispaired(closed_vault: tuple[Path, str]) -> None:
    """The vault id inside the database must match the key header's."""
    from counsel_desk.storage.keyslots import passphrase_slot as _passphrase_slot
    from counsel_desk.storage.keyslots import recovery_slot as _recovery_slot

    folder, _ = closed_vault
    key = data_key(folder)
    header = ks.KeyHeader.new()  # a fresh vault id
    header = header.with_slot(_passphrase_slot(header, PASSPHRASE, key, LIGHT_KDF))
    header = header.with_slot(_recovery_slot(header, os.urandom(32), key)).sealed(key)
    for name in ("keys.json", "keys.backup.json"):
        (folder / name).write_bytes(header.to_bytes())
    before = snapshot(folder)
    with pytest.raises(VaultDamaged, match="belong to different vaults"):
        Vault.open(folder, PASSPHRASE)
    assert_unchanged(folder, before)


@pytest.mark.parametrize(
    ("field", "value"),
    [("m_kib", 2**31), ("m_kib", 2**22 + 1), ("t", 10**6), ("p", 2**20)],
)
def test_absurd_kdf_parameters_are_refused_quickly(
    closed_vault: tuple[Path, str], field: str, value: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A header asking for terabytes or a million passes must not hang or exhaust memory:
    it is refused before any key derivation runs with its parameters."""
    folder, _ = closed_vault
    good = (folder / "keys.backup.json").read_bytes()
    derived: list[ks.KdfParams] = []
    real_argon2id = ks._argon2id

    def recording(params: ks.KdfParams, salt: bytes):
        derived.append(params)
        return real_argon2id(params, salt)

    monkeypatch.setattr(ks, "_argon2id", recording)

    def inflate(doc: dict) -> None:
        for slot in doc["slots"]:
            if slot["type"] == "passphrase":
                slot["kdf"][field] = value

    _edit_keys(folder / "keys.json", inflate)
    _opens(folder)  # from the intact backup
    assert derived == [LIGHT_KDF]
    assert (folder / "keys.json").read_bytes() == good

    for name in ("keys.json", "keys.backup.json"):
        _edit_keys(folder / name, inflate)
    before = snapshot(folder)
    derived.clear()
    with pytest.raises(VaultDamaged):
        Vault.open(folder, PASSPHRASE)
    assert derived == []
    assert_unchanged(folder, before)


def test_slots_made_under_the_earlier_128_mib_ceiling_still_parse() -> None:
    header = ks.KeyHeader.new()
    key = bytearray(os.urandom(32))
    spec = ks.passphrase_kdf(ks.KdfParams(m_kib=128 * 1024, t=ks.MAX_PASSES, p=4))
    slot = ks.wrap(header, ks.PASSPHRASE_SLOT, ks.PASSPHRASE_SLOT, spec, bytearray(32), key)
    parsed = ks.KeyHeader.from_bytes(header.with_slot(slot).sealed(key).to_bytes())
    assert parsed.slot(ks.PASSPHRASE_SLOT).kdf_params() == ks.KdfParams(128 * 1024, 64, 4)
