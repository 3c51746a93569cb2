"""The practitioner's app preferences. Never holds a client's name or any clinical content."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Jurisdiction(StrEnum):
    """Where the practitioner works, for the words the law there gives private notes: UK
    "process notes" (personal data a client may ask for), US "psychotherapy notes" (kept
    apart under HIPAA). ``OTHER``: neither law is assumed — the UK's plainer name, and a
    sentence that promises nothing about who may see them."""

    UK = "uk"
    US = "us"
    OTHER = "other"


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

    def validated(self) -> Preferences:
        """Clamped and strictly typed; a value of the wrong type raises ValueError."""
        for name in ("auto_lock_minutes", "hard_lock_after_minutes", "clipboard_clear_seconds"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int):
                raise ValueError(f"{name} must be a whole number")
        for name in ("show_names", "clipboard_hint_shown"):
            if not isinstance(getattr(self, name), bool):
                raise ValueError(f"{name} must be true or false")
        if not isinstance(self.vault_folder, str):
            raise ValueError("vault_folder must be text")
        return Preferences(
            auto_lock_minutes=max(0, min(self.auto_lock_minutes, 240)),
            show_names=self.show_names,
            hard_lock_after_minutes=max(0, min(self.hard_lock_after_minutes, 24 * 60)),
            jurisdiction=Jurisdiction(self.jurisdiction),
            vault_folder=self.vault_folder,
            clipboard_clear_seconds=max(0, min(self.clipboard_clear_seconds, CLIPBOARD_MAX_S)),
            clipboard_hint_shown=self.clipboard_hint_shown,
        )
