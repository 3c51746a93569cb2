"""Render Today as a dashboard and the client page's header, light and dark, over the demo
vault and over a new empty one, into docs/screenshots/ (run: python
tests/ui/make_look_screenshots.py [FOLDER]; with QT_SCALE_FACTOR=2 for a high-density
screen, the names get "-2x").

Writes today-light.png, today-dark.png, today-narrow.png, today-empty(-dark).png and
client-header-*.png (a client with a contract review due, an open risk and a possible
rupture; a client with no contract; the header in the dark).
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))  # tests/ui, for make_screenshots
TMP = Path(tempfile.mkdtemp(prefix="counsel-desk-look-"))
for var in ("HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME"):
    os.environ[var] = str(TMP / var.lower())

from make_screenshots import dark_look  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from counsel_desk.domain.clients import ClientStatus  # noqa: E402
from counsel_desk.storage.keyslots import KdfParams  # noqa: E402
from counsel_desk.ui.intents import OpenClient  # noqa: E402

OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parents[2] / "docs/screenshots"
SUFFIX = "-2x" if os.environ.get("QT_SCALE_FACTOR", "1") not in ("", "1") else ""


def shot(widget: QWidget, name: str) -> None:
    for _ in range(8):
        QApplication.processEvents()
    path = OUT / name.replace(".png", f"{SUFFIX}.png")
    widget.grab().save(str(path))
    print("wrote", path)


def header(window: QWidget) -> QWidget:
    """The client page down to its tab bar: the header is what the picture is about."""
    return window.page


def demo() -> None:
    from counsel_desk.services.demo import DEMO_PASSPHRASE, DemoSpec, build_demo_vault
    from counsel_desk.services.workspace import unlock
    from counsel_desk.ui.main_window import MainWindow

    folder = TMP / "demo"
    build_demo_vault(folder, DEMO_PASSPHRASE, DemoSpec(), kdf=KdfParams(8 * 1024, 1, 1))
    ws = unlock(folder, DEMO_PASSPHRASE)
    window = MainWindow(ws, False)
    window.resize(1180, 780)
    window.show()
    window.go("Today")
    shot(window, "today-light.png")
    light_again = dark_look()
    shot(window, "today-dark.png")
    light_again()
    window.resize(700, 780)
    shot(window, "today-narrow.png")
    window.resize(1180, 780)
    clients = [c for c in ws.clients.list() if c.status is ClientStatus.ACTIVE]
    flagged = {f.flag.client_id for f in ws.flags.today().flags}
    risky = {r.client_id for r in ws.risks.today().open}
    reviews = {r.client_id for r in ws.contracts.on_today().reviews}
    rich = sorted(
        clients, key=lambda c: -(2 * (c.id in flagged) + 2 * (c.id in risky) + (c.id in reviews))
    )
    window.follow(OpenClient(rich[0].id, "Sessions"))
    shot(window, "client-header-flags.png")
    light_again = dark_look()
    window.set_show_names(True)
    shot(window, "client-header-dark.png")
    window.set_show_names(False)
    light_again()
    due = next(iter(reviews), None)
    if due is not None:
        window.follow(OpenClient(due, "Contract"))
        shot(window, "client-header-review-due.png")
    plain = [c for c in ws.clients.list() if not ws.contracts.history(c.id).versions]
    if plain:
        window.follow(OpenClient(plain[0].id, "Sessions"))
        shot(window, "client-header-no-contract.png")
    window.discard()
    ws.close()


def empty() -> None:
    from counsel_desk.services.workspace import create_vault
    from counsel_desk.ui.main_window import MainWindow

    ws, _key = create_vault(TMP / "empty", "a long enough passphrase", kdf=KdfParams(8192, 1, 1))
    window = MainWindow(ws, False)
    window.resize(1180, 700)
    window.show()
    shot(window, "today-empty.png")
    light_again = dark_look()
    shot(window, "today-empty-dark.png")
    light_again()
    window.discard()
    ws.close()


if __name__ == "__main__":
    app = QApplication.instance() or QApplication([])
    app.setQuitOnLastWindowClosed(False)
    OUT.mkdir(parents=True, exist_ok=True)
    print("today is", dt.date.today())
    demo()
    empty()
