"""The practitioner's app preferences. Never holds a client's name or any clinical content."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Jurisdiction(StrEnum):
    UK = "uk"
    US = "us"


@dataclass(frozen=True)
class Preferences:
    auto_lock_minutes: int = 5  # 0 turns idle locking off
    show_names: bool = False  # clients are shown by code unless asked
    hard_lock_after_minutes: int = 0  # 0: never quit by itself after locking
    jurisdiction: Jurisdiction = Jurisdiction.UK
    vault_folder: str = ""  # empty: the per-user data folder

    def validated(self) -> Preferences:
        minutes = max(0, min(int(self.auto_lock_minutes), 240))
        hard = max(0, min(int(self.hard_lock_after_minutes), 24 * 60))
        return Preferences(
            auto_lock_minutes=minutes,
            show_names=bool(self.show_names),
            hard_lock_after_minutes=hard,
            jurisdiction=Jurisdiction(self.jurisdiction),
            vault_folder=str(self.vault_folder),
        )
