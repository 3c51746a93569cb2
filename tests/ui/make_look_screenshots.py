"""Render the views of the look-and-feel pass (issue #16 item 4, part B) offscreen into
docs/screenshots/, light and dark through the app's own light/dark (``ui/appearance.py``):
the sidebar's icons, the empty states, Colours in Settings (run: python
tests/ui/make_look_screenshots.py [OUT]). Today is make_today_screenshots.py's, the client
page make_screenshots.py's, the supervision log make_supervision_screenshots.py's.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_screenshots import OUT, TMP, shot, wait_for
from PySide6.QtWidgets import QApplication

from counsel_desk.domain.preferences import Look, Preferences
from counsel_desk.storage.keyslots import KdfParams

KDF = KdfParams(8 * 1024, 1, 1)
LOOKS = ((Look.LIGHT, ""), (Look.DARK, "-dark"))


def demo() -> None:
    from counsel_desk.services.demo import DEMO_PASSPHRASE, DemoSpec, build_demo_vault
    from counsel_desk.services.workspace import unlock
    from counsel_desk.ui.appearance import appearance
    from counsel_desk.ui.main_window import MainWindow

    folder = TMP / "demo-look"
    build_demo_vault(folder, DEMO_PASSPHRASE, DemoSpec(), kdf=KDF)
    ws = unlock(folder, DEMO_PASSPHRASE)
    for look, suffix in LOOKS:
        appearance().apply(look)
        window = MainWindow(ws, False)
        window.resize(1180, 780)
        window.show()
        window.go("Clients")
        clients = window.view("Clients")
        clients.select(clients.model.record_at(0).id)
        shot(window, f"clients{suffix}.png")
        if not suffix:
            window.set_show_names(True)
            shot(window, "clients-names.png")
            window.set_show_names(False)
        search = window.view("Search")
        for words, name in (("sleep", "search"), ("zebra crossing", "search-nothing")):
            search.find_action.trigger()
            search.query.setText(words)
            search.run()
            wait_for(lambda view=search: not view.worker.busy)
            shot(window, f"{name}{suffix}.png")
        window.go("Reliability")
        shot(window, f"reliability{suffix}.png")
        window.discard()
    appearance().apply(Look.SYSTEM)
    ws.close()


def new_vault() -> None:
    """A new vault's empty Clients list, and Settings (as File → Settings… opens it) with
    Colours."""
    from counsel_desk.services.workspace import create_vault
    from counsel_desk.ui.appearance import appearance
    from counsel_desk.ui.dialogs.settings import SettingsDialog
    from counsel_desk.ui.main_window import MainWindow

    ws, _key = create_vault(TMP / "new-look", "a passphrase for the pictures 7", kdf=KDF)
    for look, suffix in LOOKS:
        appearance().apply(look)
        window = MainWindow(ws, False)
        window.resize(1100, 560)
        window.show()
        window.go("Clients")
        shot(window, f"clients-empty{suffix}.png")
        window.discard()
        settings = SettingsDialog(
            Preferences(look=look), lambda old, new: None, practice=ws.practice
        )
        settings.show()
        shot(settings, f"settings-dialog{suffix}.png")
        settings.reject()
    appearance().apply(Look.SYSTEM)
    ws.close()


if __name__ == "__main__":
    app = QApplication.instance() or QApplication([])
    OUT.mkdir(parents=True, exist_ok=True)
    demo()
    new_vault()
