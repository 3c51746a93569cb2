"""Render Make a new recovery key… (its passphrase page and the new key after a real
rotation) offscreen into docs/screenshots/, light and dark (run: python
tests/ui/make_rekey_screenshots.py [OUT])."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_screenshots import OUT, TMP, dark_look, shot
from PySide6.QtWidgets import QApplication
from testkit import PASSPHRASE

from counsel_desk.storage.keyslots import KdfParams

KDF = KdfParams(8 * 1024, 1, 1)
LOOKS: tuple[tuple[str, Callable[[], Callable[[], None]]], ...] = (
    ("", lambda: lambda: None),
    ("-dark", dark_look),
)


def new_recovery_key() -> None:
    from counsel_desk.services.workspace import create_vault
    from counsel_desk.ui.dialogs.new_recovery_key import NewRecoveryKeyDialog

    ws, _key = create_vault(TMP / "rekey", PASSPHRASE, kdf=KDF)
    key = ws.rotate_data_key(PASSPHRASE, lambda _k: None, kdf=KDF)
    for suffix, look in LOOKS:
        light_again = look()
        dialog = NewRecoveryKeyDialog()
        dialog.show()
        shot(dialog, f"new-recovery-key{suffix}.png")
        dialog.show_key(key)
        shot(dialog, f"new-recovery-key-shown{suffix}.png")
        dialog.close_now()
        light_again()
    ws.close()


if __name__ == "__main__":
    app = QApplication.instance() or QApplication([])
    OUT.mkdir(parents=True, exist_ok=True)
    new_recovery_key()
