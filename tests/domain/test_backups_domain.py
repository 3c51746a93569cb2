"""Backups as the practitioner sees them: dated names with no client in them, keeping the
newest N of this vault's, and the reminder Today shows."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from counsel_desk.domain.backups import (
    BackupFile,
    BackupState,
    backup_file_name,
    is_backup_name,
    made_from_name,
    next_daily,
    reminder,
    to_prune,
)

NOW = dt.datetime(2025, 3, 20, 12, 0, tzinfo=dt.UTC)


def test_a_name_is_the_date_and_time_and_never_clashes() -> None:
    made = dt.datetime(2025, 3, 4, 18, 30, 15)
    name = backup_file_name(made)
    assert name == "counsel-desk-backup-2025-03-04-183015.cdbackup"
    assert backup_file_name(made, [name]) == "counsel-desk-backup-2025-03-04-183015-2.cdbackup"
    assert is_backup_name(name)
    assert is_backup_name(backup_file_name(made, [name]))
    assert made_from_name(name) == made
    for other in ("vault.db", "counsel-desk-backup-2025-13-04-183015.cdbackup", "x.cdbackup"):
        assert made_from_name(other) is None


def _file(n: int, vault: str = "A") -> BackupFile:
    made = NOW - dt.timedelta(days=n)
    return BackupFile(Path(f"/b/{vault}{n}.cdbackup"), made, 100, vault)


def test_keeping_the_newest_n_of_this_vault_only() -> None:
    found = [_file(n) for n in range(6)] + [_file(n, "B") for n in range(9)]
    pruned = to_prune(found, "A", keep=3)
    assert sorted(b.name for b in pruned) == ["A3.cdbackup", "A4.cdbackup", "A5.cdbackup"]
    assert to_prune(found, "A", keep=10) == []
    assert len(to_prune(found, "A", keep=0)) == 5  # the newest is always kept
    assert to_prune(found, "C", keep=1) == []


def _state(**changes: object) -> BackupState:
    base: dict[str, object] = {
        "folder": "/media/usb",
        "folder_exists": True,
        "last_verified": NOW - dt.timedelta(days=2),
        "remind_days": 7,
    }
    base.update(changes)
    return BackupState(**base)  # type: ignore[arg-type]


def test_no_reminder_while_backups_are_recent() -> None:
    assert reminder(_state(), NOW) is None
    assert reminder(_state(remind_days=0, last_verified=None), NOW) is None
    assert reminder(_state(has_records=False, last_verified=None), NOW) is None


def test_a_reminder_when_the_last_backup_is_old() -> None:
    text = reminder(_state(last_verified=NOW - dt.timedelta(days=9)), NOW)
    assert text == (
        "The last verified backup was made 9 days ago (11 March 2025). Back up now, to keep "
        "a recent copy safe."
    )


def test_a_reminder_when_there_is_none_or_no_folder() -> None:
    text = reminder(_state(last_verified=None), NOW)
    assert text is not None
    assert text.startswith("There is no verified backup of this vault yet.")
    assert text.endswith("Back up now.")
    none = reminder(_state(folder="", folder_exists=False, last_verified=None), NOW)
    assert none is not None
    assert "Choose a backup folder in Settings" in none


def test_a_reminder_when_the_folder_is_missing() -> None:
    text = str(reminder(_state(folder_exists=False), NOW))
    assert text is not None
    assert text.startswith("Your backup folder (/media/usb) is not there: if it is on a USB")
    assert "made 2 days ago" in text


def test_a_daily_backup_is_due_after_a_day() -> None:
    assert next_daily(None, NOW)
    assert not next_daily(NOW - dt.timedelta(hours=23), NOW)
    assert next_daily(NOW - dt.timedelta(hours=24), NOW)


def test_two_backups_of_one_second_go_in_the_order_they_were_made() -> None:
    made = NOW
    first = BackupFile(Path("/b/counsel-desk-backup-2025-03-20-120000.cdbackup"), made, 1, "A")
    second = BackupFile(Path("/b/counsel-desk-backup-2025-03-20-120000-2.cdbackup"), made, 1, "A")
    third = BackupFile(Path("/b/counsel-desk-backup-2025-03-20-120000-10.cdbackup"), made, 1, "A")
    assert to_prune([third, second, first], "A", keep=2) == [first]
    assert to_prune([third, second, first], "A", keep=1) == [first, second]
