"""Render the first run's practice set-up, Today's offer of it, the demo's banner and the
guide inside the app offscreen into docs/screenshots/, light and dark (run: python
tests/ui/make_setup_screenshots.py [OUT]).

A new vault (light KDF) for the set-up and Today; the demo vault (``counsel-desk --demo``'s)
for the banner and the help window.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_screenshots import OUT, TMP, dark_look, shot
from PySide6.QtWidgets import QApplication
from testkit import PASSPHRASE

from counsel_desk.domain.preferences import Jurisdiction, Preferences
from counsel_desk.storage.keyslots import KdfParams

KDF = KdfParams(8 * 1024, 1, 1)
LOOKS: tuple[tuple[str, Callable[[], Callable[[], None]]], ...] = (
    ("", lambda: lambda: None),
    ("-dark", dark_look),
)


def new_vault() -> None:
    from counsel_desk.services.workspace import create_vault
    from counsel_desk.ui.dialogs.practice_setup import PracticeSetupDialog

    ws, _key = create_vault(TMP / "new", PASSPHRASE, kdf=KDF)
    for suffix, look in LOOKS:
        light_again = look()
        dialog = PracticeSetupDialog(ws.practice, Preferences(), lambda: True)
        dialog.pages[0].name.setText("Dr Ann Example")
        dialog.pages[0].body.setText("BACP")
        dialog.show()
        shot(dialog, f"practice-setup{suffix}.png")
        dialog.next_button.click()
        dialog.pages[1].buttons[Jurisdiction.OTHER].setChecked(True)
        shot(dialog, f"practice-setup-where{suffix}.png")
        for _ in range(3):
            dialog.next_button.click()
        dialog.pages[-1].folder.setText("/media/ann/BACKUPS")
        dialog.pages[-1].folder.editingFinished.emit()
        shot(dialog, f"practice-setup-backups{suffix}.png")
        dialog.reject()  # today-welcome*.png (Today's offer): make_today_screenshots.py
        light_again()
    ws.close()


def demo() -> None:
    from counsel_desk.services.demo import DEMO_PASSPHRASE, DemoSpec, build_demo_vault
    from counsel_desk.services.workspace import unlock
    from counsel_desk.ui.main_window import MainWindow

    folder = TMP / "demo"
    build_demo_vault(folder, DEMO_PASSPHRASE, DemoSpec(), kdf=KDF)
    ws = unlock(folder, DEMO_PASSPHRASE)
    for suffix, look in LOOKS:
        light_again = look()
        window = MainWindow(ws, False, demo=True)
        window.resize(1100, 640)
        window.show()
        shot(window, f"demo-banner{suffix}.png")
        window.show_help("Today")
        window.help_window.resize(980, 700)
        window.show_help("Today")  # laid out again at its size, pictures fitted
        shot(window.help_window, f"help-guide{suffix}.png")
        window.show_help("Keyboard shortcuts")
        shot(window.help_window, f"help-shortcuts{suffix}.png")
        window.discard()
        light_again()
    ws.close()


if __name__ == "__main__":
    app = QApplication.instance() or QApplication([])
    OUT.mkdir(parents=True, exist_ok=True)
    new_vault()
    demo()
