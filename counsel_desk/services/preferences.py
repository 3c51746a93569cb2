"""Preferences and the default vault location, for the UI and CLI."""

from __future__ import annotations

from pathlib import Path

from counsel_desk.domain.preferences import Jurisdiction, Preferences
from counsel_desk.storage.settings import default_vault_dir, load_preferences, save_preferences

__all__ = ["Jurisdiction", "Preferences", "load", "resolve_vault_dir", "save"]


def load() -> Preferences:
    return load_preferences()


def save(prefs: Preferences) -> None:
    save_preferences(prefs)


def resolve_vault_dir(explicit: str | Path | None = None) -> Path:
    """The vault folder: an explicit one, else the preference, else the per-user data folder."""
    if explicit:
        return Path(explicit).expanduser()
    configured = load().vault_folder
    return Path(configured).expanduser() if configured else default_vault_dir()
