"""Storage's own sentences (docs/ARCHITECTURE.md, "Translations"): an error raised with
values is a phrase, and a damaged key file's fault is marked down to the key header's own
words, so that the unlock window and Help → Check the vault show it translated whole, while
the command line and the log keep the English word for word."""

from __future__ import annotations

import pytest
from testkit import PASSPHRASE

from counsel_desk.domain.i18n import QT_TRANSLATE_NOOP, phrase
from counsel_desk.storage import backup_file as bf
from counsel_desk.storage import keyfiles
from counsel_desk.storage.errors import NotFound
from counsel_desk.storage.keyheader import KeyHeader
from counsel_desk.storage.vault import Vault
from counsel_desk.storage.verify import KEY_FILES, _key_file_check, verify_folder
from counsel_desk.ui.i18n import error_text, shown_text


def test_a_storage_error_with_values_is_its_english_and_shown_translated(tmp_path, pseudo_on):
    missing = tmp_path / "gone.cdbackup"
    with pytest.raises(bf.BackupNotThere) as caught:
        bf.read_manifest(missing)
    assert caught.value.message == f"There is no backup file at {missing}."
    assert error_text(caught.value) == f"⟦There is no backup file at {missing}.⟧"
    folder = tmp_path / "a folder"
    folder.mkdir()
    with pytest.raises(bf.BackupNotThere) as caught:
        bf.read_manifest(folder)
    assert error_text(caught.value) == f"⟦{folder} is a folder, not a backup file.⟧"


def test_a_fixed_storage_sentence_is_marked(pseudo_on):
    error = NotFound(QT_TRANSLATE_NOOP("errors", "That session no longer exists."))
    assert error.message == "That session no longer exists."
    assert error_text(error) == "⟦That session no longer exists.⟧"


def test_a_damaged_key_file_is_said_translated_on_unlock(closed_vault, pseudo_on):
    folder, _ = closed_vault
    (folder / "keys.backup.json").write_bytes(b"\x00not a key file")
    problem = keyfiles.read_key_file(folder, "keys.backup.json").problem
    assert problem == "damaged (not JSON)"
    assert shown_text(problem) == "⟦damaged (⟦not JSON⟧)⟧"
    vault = Vault.open(folder, PASSPHRASE)
    try:
        (notice,) = vault.notices
    finally:
        vault.close()
    assert notice == (
        "The key file keys.backup.json was damaged (not JSON), so it was written again from "
        "keys.json."
    )
    assert shown_text(notice) == (
        "⟦The key file keys.backup.json ⟦was ⟦damaged (⟦not JSON⟧)⟧⟧, so it was written again "
        "from keys.json.⟧"
    )


def test_a_damaged_key_file_is_said_translated_by_the_vault_check(closed_vault, pseudo_on):
    folder, _ = closed_vault
    (folder / "keys.backup.json").write_bytes(b"\x00not a key file")
    report = verify_folder(folder, PASSPHRASE)
    (check,) = report.failed(KEY_FILES)
    assert check.detail == "keys.backup.json is damaged (not JSON)"  # the CLI's line
    assert str(report.summary).startswith(
        "The vault itself is sound, but keys.backup.json is damaged (not JSON). Nothing was"
    )
    assert shown_text(report.summary).startswith(
        "⟦The vault itself is sound, but ⟦keys.backup.json is ⟦damaged (⟦not JSON⟧)⟧⟧. "
    )


def test_every_fault_of_the_key_files_is_named_translated(pseudo_on):
    files = [
        keyfiles.KeyFile("keys.json", None, keyfiles.MISSING),
        keyfiles.KeyFile("keys.backup.json", None, phrase(keyfiles.DAMAGED, detail="x")),
    ]
    check = _key_file_check(files, KeyHeader.new(), bytearray(32), None)
    assert check.detail == "keys.json is missing; keys.backup.json is damaged (x)"
    assert str(check.said) == check.detail
    assert shown_text(check.said) == (
        "⟦⟦keys.json is ⟦missing⟧⟧; ⟦keys.backup.json is ⟦damaged (x)⟧⟧⟧"
    )
