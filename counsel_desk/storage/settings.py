"""Where things live (platformdirs) and the preferences file (JSON, 0600, atomic).

The preferences file is outside the vault and unencrypted, so it holds no client data: only
the fields of :class:`Preferences`.
"""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, fields
from pathlib import Path

import platformdirs

from counsel_desk.domain.preferences import Preferences
from counsel_desk.storage.files import atomic_write, ensure_private_dir

log = logging.getLogger(__name__)

APP_DIR_NAME = "counsel-desk"


def data_dir() -> Path:
    return platformdirs.user_data_path(APP_DIR_NAME, appauthor=False, roaming=False)


def config_dir() -> Path:
    return platformdirs.user_config_path(APP_DIR_NAME, appauthor=False, roaming=False)


def default_vault_dir() -> Path:
    return data_dir() / "vault"


def preferences_path() -> Path:
    return config_dir() / "preferences.json"


def load_preferences() -> Preferences:
    path = preferences_path()
    try:
        doc = json.loads(path.read_text("utf-8"))
    except FileNotFoundError:
        return Preferences()
    except (OSError, ValueError) as exc:
        log.warning("preferences unreadable (%s); using defaults", exc)
        return Preferences()
    if not isinstance(doc, dict):
        log.warning("preferences file is not a JSON object; using defaults")
        return Preferences()
    known = {f.name for f in fields(Preferences)}
    try:
        return Preferences(**{k: v for k, v in doc.items() if k in known}).validated()
    except (TypeError, ValueError) as exc:
        log.warning("preferences invalid (%s); using defaults", exc)
        return Preferences()


def save_preferences(prefs: Preferences) -> None:
    ensure_private_dir(config_dir())
    doc = asdict(prefs.validated())
    atomic_write(preferences_path(), (json.dumps(doc, indent=2, sort_keys=True) + "\n").encode())
