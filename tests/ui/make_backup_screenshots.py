"""Render the backup, drill, retention and erasure screens offscreen into docs/screenshots/
(run: python tests/ui/make_backup_screenshots.py [OUT]).

Over the demo vault (light KDF) with one made-up former client whose last session was in
2016, so that Today has a review due: Today's backup reminder and "Due for review" (light
and dark), Settings with the backup rows, a backup under way and done, a restore drill's
report, the erase dialog and what it leaves behind, the erasure records, and the retention
periods.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_screenshots import OUT, TMP, dark_look, shot, wait_for
from PySide6.QtWidgets import QApplication, QDialog, QScrollArea

from counsel_desk.storage.keyslots import KdfParams


def _top(title: str) -> QDialog:
    found: list[QDialog] = []

    def look() -> bool:
        found[:] = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QDialog) and w.isVisible() and w.windowTitle() == title
        ]
        return bool(found)

    wait_for(look)
    return found[0]


def _former_client(ws: object) -> int:
    from counsel_desk.domain.clients import ClientDraft, ClientIdentity
    from counsel_desk.domain.sessions import SessionDraft

    client = ws.clients.add(  # type: ignore[attr-defined]
        ClientDraft("C-090", identity=ClientIdentity(full_name="Helen Marsh"))
    )
    start = dt.datetime(2015, 9, 7, 11)
    for week in range(24):
        session = ws.sessions.add(  # type: ignore[attr-defined]
            SessionDraft(client.id, start + dt.timedelta(weeks=week))
        )
        note = ws.notes.create(session.id)  # type: ignore[attr-defined]
        ws.notes.finalise(note.id, body=f"Week {week + 1}: talked about the move.")  # type: ignore[attr-defined]
    return client.id


def main() -> None:
    from counsel_desk.services import preferences
    from counsel_desk.services.demo import DEMO_PASSPHRASE, DemoSpec, build_demo_vault
    from counsel_desk.services.workspace import unlock
    from counsel_desk.ui.intents import OpenClient
    from counsel_desk.ui.main_window import MainWindow

    _app = QApplication.instance() or QApplication([])  # held: it lives as long as main()
    OUT.mkdir(parents=True, exist_ok=True)
    folder = TMP / "demo-backups"
    build_demo_vault(folder, DEMO_PASSPHRASE, DemoSpec(12, 2, 5), kdf=KdfParams(8 * 1024, 1, 1))
    usb = TMP / "USB drive" / "Counsel Desk backups"
    prefs = preferences.load()
    preferences.save(
        prefs.__class__(**{**prefs.__dict__, "backup_folder": str(usb), "backup_on_quit": True})
    )
    ws = unlock(folder, DEMO_PASSPHRASE)
    former = _former_client(ws)
    window = MainWindow(ws, False)
    window.resize(1180, 820)
    window.show()
    window.go("Today")
    today = window.view("Today")
    today.reload()
    shot(window, "today-backup-missing.png")  # the folder is not there: the drive is out

    from counsel_desk.domain.preferences import Preferences
    from counsel_desk.ui.dialogs.settings import SettingsDialog

    settings = SettingsDialog(
        Preferences(backup_folder=str(usb), backup_on_quit=True, backup_daily=True),
        lambda o, n: None,
        window,
        practice=ws.practice,
    )
    settings.show()
    shot(settings, "settings-backups.png")
    settings.reject()

    usb.mkdir(parents=True)
    window.keeping.back_up_action.trigger()
    progress = _top("Back up")
    shot(progress, "backup-progress.png")
    wait_for(lambda: not window.keeping.busy, timeout=60)
    shot(progress, "backup-done.png")
    progress.accept()

    window.keeping.drill_action.trigger()
    drill = _top("Restore drill")
    drill.secret.setText(DEMO_PASSPHRASE)
    drill.run_button.click()
    wait_for(lambda: drill.summary.isVisible(), timeout=60)
    drill.resize(640, drill.sizeHint().height())
    shot(drill, "restore-drill.png")
    drill.accept()

    window.go("Today")
    today.reload()
    scroll = today.findChild(QScrollArea)
    for _ in range(5):
        QApplication.processEvents()
    scroll.verticalScrollBar().setValue(scroll.verticalScrollBar().maximum())
    shot(window, "today-review.png")
    light_again = dark_look()
    shot(window, "today-review-dark.png")
    light_again()

    window.keeping.retention_action.trigger()
    retention = _top("Retention periods")
    shot(retention, "retention-periods.png")
    retention.reject()

    window.follow(OpenClient(former, "Sessions"))
    window.keeping.erase_action.trigger()
    erase = _top("Erase records")
    shot(erase, "erase-dialog.png")
    light_again = dark_look()
    shot(erase, "erase-dialog-dark.png")
    light_again()
    erase.code.setText("C-090")
    erase.erase_button.click()
    erased = _top("Records erased")
    shot(erased, "erase-clearing.png")  # the rewrite under way: the dialog says so
    wait_for(erased.close_button.isEnabled)
    shot(erased, "erase-done.png")
    erased.accept()

    window.keeping.erasures_action.trigger()
    records = _top("Erasure records")
    records.resize(760, 480)
    shot(records, "erasure-records.png")
    records.accept()
    window.discard()
    ws.close()


if __name__ == "__main__":
    main()
