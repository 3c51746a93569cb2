"""Preferences: saved privately, loaded back, and defaults when the file is damaged."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from counsel_desk.domain.preferences import Look
from counsel_desk.services import preferences
from counsel_desk.services.preferences import Jurisdiction, Preferences
from counsel_desk.storage.settings import default_vault_dir, preferences_path


def test_defaults_without_a_file() -> None:
    assert not preferences_path().exists()
    assert preferences.load() == Preferences()


def test_the_file_lives_in_the_isolated_config_folder() -> None:
    assert str(preferences_path()).startswith(os.environ["XDG_CONFIG_HOME"])
    assert str(default_vault_dir()).startswith(os.environ["XDG_DATA_HOME"])


def test_round_trip(tmp_path: Path) -> None:
    prefs = Preferences(
        auto_lock_minutes=12,
        show_names=True,
        hard_lock_after_minutes=90,
        jurisdiction=Jurisdiction.US,
        vault_folder=str(tmp_path / "elsewhere"),
        backup_folder=str(tmp_path / "usb"),
        backup_on_quit=True,
        backup_daily=True,
        backup_keep=4,
        backup_remind_days=3,
        clipboard_clear_seconds=45,
        clipboard_hint_shown=True,
        look=Look.DARK,
    )
    preferences.save(prefs)
    assert preferences.load() == prefs
    path = preferences_path()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert set(json.loads(path.read_text("utf-8"))) == {
        "auto_lock_minutes",
        "show_names",
        "hard_lock_after_minutes",
        "jurisdiction",
        "vault_folder",
        "backup_folder",
        "backup_on_quit",
        "backup_daily",
        "backup_keep",
        "backup_remind_days",
        "clipboard_clear_seconds",
        "clipboard_hint_shown",
        "look",
    }
    assert preferences.resolve_vault_dir() == tmp_path / "elsewhere"
    assert preferences.resolve_vault_dir(tmp_path / "explicit") == tmp_path / "explicit"


def test_out_of_range_values_are_clamped_on_save() -> None:
    preferences.save(
        Preferences(
            auto_lock_minutes=10_000, hard_lock_after_minutes=-5, clipboard_clear_seconds=9_999
        )
    )
    loaded = preferences.load()
    assert loaded.auto_lock_minutes == 240
    assert loaded.hard_lock_after_minutes == 0
    assert loaded.clipboard_clear_seconds == 600


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"{not json",
        b"\xff\xfe\x00garbage",
        b"[1, 2, 3]",
        b'{"jurisdiction": "atlantis"}',
        b'{"auto_lock_minutes": "soon"}',
        b'{"clipboard_clear_seconds": true}',
        b'{"clipboard_hint_shown": "yes"}',
    ],
    ids=[
        "empty",
        "broken",
        "binary",
        "list",
        "bad-enum",
        "bad-number",
        "bool-seconds",
        "text-flag",
    ],
)
def test_a_damaged_file_falls_back_to_defaults(content: bytes) -> None:
    path = preferences_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)
    assert preferences.load() == Preferences()
    assert preferences.resolve_vault_dir() == default_vault_dir()
    preferences.save(Preferences(auto_lock_minutes=3))  # and a later save repairs it
    assert preferences.load().auto_lock_minutes == 3


def test_unknown_keys_are_ignored() -> None:
    path = preferences_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"auto_lock_minutes": 7, "recent_clients": ["X"]}), "utf-8")
    assert preferences.load() == Preferences(auto_lock_minutes=7)
