"""Render the contract and boundaries screens offscreen into docs/screenshots/ (run: python
tests/ui/make_contract_screenshots.py [OUT]).

Over the demo vault (``counsel-desk --demo``'s, light KDF): the Contract tab of a client with
two agreed versions (light and dark), a draft with a clause switched off and the checklist
complaining, the comparison of the two versions, the Boundaries tab, the attendance window
saying "short notice", Today's contracts section, and Settings → Practice.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_screenshots import OUT, TMP, dark_look, shot
from PySide6.QtWidgets import QApplication

from counsel_desk.domain.contract.version import edit_clause
from counsel_desk.storage.keyslots import KdfParams
from counsel_desk.ui.intents import OpenClient


def main() -> None:
    from counsel_desk.services.demo import DEMO_PASSPHRASE, DemoSpec, build_demo_vault
    from counsel_desk.services.workspace import unlock
    from counsel_desk.ui.main_window import MainWindow

    _app = QApplication.instance() or QApplication([])  # held: it lives as long as main()
    OUT.mkdir(parents=True, exist_ok=True)
    folder = TMP / "demo-contracts"
    build_demo_vault(folder, DEMO_PASSPHRASE, DemoSpec(40, 3, 5), kdf=KdfParams(8 * 1024, 1, 1))
    ws = unlock(folder, DEMO_PASSPHRASE)
    two = next(
        c
        for c in ws.clients.list()
        if len([v for v in ws.contracts.history(c.id).versions if v.agreement]) >= 2
        and ws.contracts.history(c.id).draft is None
        and c.status.value == "active"
    )
    window = MainWindow(ws, False)
    window.resize(1180, 780)
    window.show()
    window.follow(OpenClient(two.id, "Contract"))
    view = window.view("Contract")
    view.editor.show_key("cancellation")
    shot(window, "contract-tab.png")
    light_again = dark_look()
    shot(window, "contract-tab-dark.png")
    light_again()

    view.compare()
    dialog = next(
        w for w in QApplication.topLevelWidgets() if w.windowTitle() == "Compare versions"
    )
    dialog.resize(1000, 700)
    shot(dialog, "contract-compare.png")
    dialog.reject()

    draft_client = next(
        c for c in ws.clients.list() if ws.contracts.history(c.id).draft is not None
    )
    history = ws.contracts.history(draft_client.id)
    ws.contracts.save_draft(edit_clause(history.draft, "confidentiality", enabled=False))
    window.follow(OpenClient(draft_client.id, "Contract"))
    window.view("Contract").editor.show_key("confidentiality")
    shot(window, "contract-draft-checklist.png")

    busy = max(ws.clients.list(), key=lambda c: len(ws.boundaries.events(c.id)))
    window.follow(OpenClient(busy.id, "Boundaries"))
    shot(window, "boundaries.png")
    light_again = dark_look()
    shot(window, "boundaries-dark.png")
    light_again()

    short = next(
        (c.id, sid)
        for c in ws.clients.list()
        for sid, verdict in ws.notice.for_client(c.id).items()
        if verdict.short and verdict.version_number
    )
    window.follow(OpenClient(short[0], "Sessions"))
    window.view("Sessions").table.select(short[1])
    shot(window, "sessions-short-notice.png")
    from counsel_desk.ui.dialogs.attendance import AttendanceDialog

    code = ws.clients.get(short[0]).code
    attendance = AttendanceDialog(ws.attendance, ws.sessions.get(short[1]), code, window)
    attendance.show()
    shot(attendance, "attendance-short-notice.png")
    attendance.reject()

    window.go("Today")
    today = window.view("Today")
    today.reload(dt.datetime.now())
    if today.contracts is not None and today.contracts.isVisible():
        shot(today.cards_of[id(today.contracts)][1], "today-contracts.png")  # its card

    from counsel_desk.domain.preferences import Preferences
    from counsel_desk.ui.dialogs.settings import SettingsDialog

    settings = SettingsDialog(Preferences(), lambda o, n: None, window, practice=ws.practice)
    settings.show_practice()
    settings.show()
    shot(settings, "settings-practice.png")
    settings.reject()
    window.discard()
    ws.close()


if __name__ == "__main__":
    main()
