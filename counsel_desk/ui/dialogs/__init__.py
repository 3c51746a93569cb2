"""Dialogs and the vault's gate windows (create, unlock, recovery)."""
