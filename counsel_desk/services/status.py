"""Whether a vault exists, cheaply: imports no cryptography and no database driver, so the
first window can appear before those load."""

from __future__ import annotations

from counsel_desk.storage.layout import VaultState, vault_state

__all__ = ["VaultState", "vault_state"]
