"""The practitioner's app preferences. Never holds a client's name or any clinical content."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from counsel_desk.domain.backups import KEEP_DEFAULT, REMIND_DEFAULT_DAYS

MAX_KEEP = 1000
MAX_REMIND_DAYS = 365


class Jurisdiction(StrEnum):
    """Where the practitioner works, for the words the law there gives private notes: UK
    "process notes" (personal data a client may ask for), US "psychotherapy notes" (kept
    apart under HIPAA). ``OTHER``: neither law is assumed — the UK's plainer name, and a
    sentence that promises nothing about who may see them."""

    UK = "uk"
    US = "us"
    OTHER = "other"


class Look(StrEnum):
    """Light or dark: as the desktop's colour scheme says (and follows it as it changes),
    or always one of them."""

    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"


CLIPBOARD_MAX_S = 600


@dataclass(frozen=True)
class Preferences:
    auto_lock_minutes: int = 5  # 0 turns idle locking off
    show_names: bool = False  # clients are shown by code unless asked
    hard_lock_after_minutes: int = 0  # 0: never quit by itself after locking
    jurisdiction: Jurisdiction = Jurisdiction.UK
    vault_folder: str = ""  # empty: the per-user data folder
    clipboard_clear_seconds: int = 30  # copied text leaves the clipboard; 0: on lock or quit
    clipboard_hint_shown: bool = False  # the first copy explains the above, once
    # Backups (docs/USER_GUIDE.md, "Backups"): a folder path only, never a client's data.
    backup_folder: str = ""  # empty: none chosen yet
    backup_on_quit: bool = False
    backup_daily: bool = False
    backup_keep: int = KEEP_DEFAULT  # the newest N of this vault's backups in the folder
    backup_remind_days: int = REMIND_DEFAULT_DAYS  # 0: never remind
    look: Look = Look.SYSTEM

    def validated(self) -> Preferences:
        """Clamped and strictly typed; a value of the wrong type raises ValueError."""
        for name in (
            "auto_lock_minutes",
            "hard_lock_after_minutes",
            "clipboard_clear_seconds",
            "backup_keep",
            "backup_remind_days",
        ):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int):
                raise ValueError(f"{name} must be a whole number")
        for name in ("show_names", "clipboard_hint_shown", "backup_on_quit", "backup_daily"):
            if not isinstance(getattr(self, name), bool):
                raise ValueError(f"{name} must be true or false")
        for name in ("vault_folder", "backup_folder"):
            if not isinstance(getattr(self, name), str):
                raise ValueError(f"{name} must be text")
        return Preferences(
            auto_lock_minutes=max(0, min(self.auto_lock_minutes, 240)),
            show_names=self.show_names,
            hard_lock_after_minutes=max(0, min(self.hard_lock_after_minutes, 24 * 60)),
            jurisdiction=Jurisdiction(self.jurisdiction),
            vault_folder=self.vault_folder,
            clipboard_clear_seconds=max(0, min(self.clipboard_clear_seconds, CLIPBOARD_MAX_S)),
            clipboard_hint_shown=self.clipboard_hint_shown,
            backup_folder=self.backup_folder,
            backup_on_quit=self.backup_on_quit,
            backup_daily=self.backup_daily,
            backup_keep=max(1, min(self.backup_keep, MAX_KEEP)),
            backup_remind_days=max(0, min(self.backup_remind_days, MAX_REMIND_DAYS)),
            look=Look(self.look),
        )
