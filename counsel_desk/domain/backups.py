"""Backups as the practitioner sees them: their names, which to keep, and when to remind.

A backup is one encrypted file (its format: ``storage/backup_file.py``), named with the
local date and time it was made, ``counsel-desk-backup-2025-03-04-183015.cdbackup``: never a
client's name or code. Keeping the last N removes only this vault's older backups, never
the newest verified one. Today reminds when the last verified backup is older than the
chosen interval, when there is none, or when the backup folder is missing.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from counsel_desk.domain.i18n import QT_TRANSLATE_NOOP, Marked, Phrase, phrase

PREFIX = "counsel-desk-backup-"
SUFFIX = ".cdbackup"
_NAME = re.compile(
    r"^" + re.escape(PREFIX) + r"(\d{4}-\d{2}-\d{2}-\d{6})(?:-(\d+))?" + re.escape(SUFFIX) + r"$"
)
_STAMP = "%Y-%m-%d-%H%M%S"
KEEP_DEFAULT = 10
REMIND_DEFAULT_DAYS = 7


def backup_file_name(made: dt.datetime, taken: Iterable[str] = ()) -> str:
    """The file name for a backup made at local time ``made``; ``-2``, ``-3`` … when a name
    in ``taken`` already has that second."""
    stem = f"{PREFIX}{made:{_STAMP}}"
    used = set(taken)
    name, n = f"{stem}{SUFFIX}", 1
    while name in used:
        n += 1
        name = f"{stem}-{n}{SUFFIX}"
    return name


def is_backup_name(name: str) -> bool:
    return _NAME.match(name) is not None


def made_from_name(name: str) -> dt.datetime | None:
    """The local time in a backup's name, or None for a name that is not a backup's."""
    match = _NAME.match(name)
    if match is None:
        return None
    try:
        return dt.datetime.strptime(match.group(1), _STAMP)
    except ValueError:
        return None


def name_order(name: str) -> tuple[str, int]:
    """Backups in the order they were made, from the name: its time, then its ``-N``."""
    match = _NAME.match(name)
    if match is None:
        return (name, 0)
    return (match.group(1), int(match.group(2) or 1))


@dataclass(frozen=True)
class BackupFile:
    """A backup file found in a folder, read from its trailer (no key needed)."""

    path: Path
    made_at: dt.datetime  # UTC, from the file's own record
    size: int
    vault_id: str

    @property
    def name(self) -> str:
        return self.path.name


def to_prune(found: Iterable[BackupFile], vault_id: str, keep: int) -> list[BackupFile]:
    """This vault's backups beyond the newest ``keep`` (at least one is always kept);
    another vault's files are never chosen."""
    ours = sorted(
        (b for b in found if b.vault_id == vault_id), key=lambda b: (b.made_at, name_order(b.name))
    )
    keep = max(1, keep)
    return ours[:-keep] if len(ours) > keep else []


@dataclass(frozen=True)
class BackupState:
    """What Today needs to know about backups."""

    folder: str  # the chosen backup folder; empty when none is chosen
    folder_exists: bool
    last_verified: dt.datetime | None  # UTC
    remind_days: int  # 0: never remind
    has_records: bool = True  # an empty vault is not nagged


def _ago(then: dt.datetime, now: dt.datetime) -> Marked | Phrase:
    days = (now - then).days
    if days <= 0:
        return QT_TRANSLATE_NOOP("backups", "today")
    if days == 1:
        return QT_TRANSLATE_NOOP("backups", "yesterday")
    return phrase(QT_TRANSLATE_NOOP("backups", "{n} days ago"), n=days)


def _day(when: dt.datetime) -> str:
    local = when.astimezone() if when.tzinfo else when
    return f"{local.day} {local:%B %Y}"


def reminder(state: BackupState, now: dt.datetime) -> Marked | Phrase | None:
    """The sentence Today shows, or None when backups are in order (``now`` in UTC)."""
    if state.remind_days <= 0 or not state.has_records:
        return None
    last = state.last_verified
    last_words: Marked | Phrase
    if last is not None:
        last_words = phrase(
            QT_TRANSLATE_NOOP("backups", "The last verified backup was made {ago} ({day})."),
            ago=_ago(last, now),
            day=_day(last),
        )
    else:
        last_words = QT_TRANSLATE_NOOP("backups", "There is no verified backup of this vault yet.")
    if state.folder and not state.folder_exists:
        return phrase(
            QT_TRANSLATE_NOOP(
                "backups",
                "Your backup folder ({folder}) is not there: if it is on a USB drive or "
                "another disk, connect it, then back up. {last}",
            ),
            folder=state.folder,
            last=last_words,
        )
    if last is None:
        if state.folder:
            return QT_TRANSLATE_NOOP(
                "backups",
                "There is no verified backup of this vault yet. If this computer were lost or "
                "broke, every record would go with it. Back up now.",
            )
        return QT_TRANSLATE_NOOP(
            "backups",
            "There is no verified backup of this vault yet. If this computer were lost or "
            "broke, every record would go with it. Choose a backup folder in Settings (a USB "
            "drive, say), then back up.",
        )
    if now - last >= dt.timedelta(days=state.remind_days):
        return phrase(
            QT_TRANSLATE_NOOP("backups", "{last} Back up now, to keep a recent copy safe."),
            last=last_words,
        )
    return None


def next_daily(last: dt.datetime | None, now: dt.datetime) -> bool:
    """Whether a daily automatic backup is due: none yet, or the last is a day old."""
    return last is None or now - last >= dt.timedelta(days=1)
