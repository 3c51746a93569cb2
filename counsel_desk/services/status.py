"""Whether a vault exists, cheaply: imports no cryptography and no database driver, so the
first window can appear before those load."""

from __future__ import annotations

from pathlib import Path

from counsel_desk.domain.i18n import QT_TRANSLATE_NOOP, phrase
from counsel_desk.storage.errors import VaultMissing
from counsel_desk.storage.layout import VaultState, vault_state

__all__ = ["VaultState", "require_vault", "vault_state"]


def require_vault(folder: Path) -> Path:
    """``folder``, or a one-sentence refusal when there is no vault in it at all."""
    if vault_state(folder) is VaultState.NONE:
        raise VaultMissing(
            phrase(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "There is no vault in {folder}. Create one with `counsel-desk init`.",
                ),
                folder=folder,
            )
        )
    return folder
