"""Render Today as a dashboard and the client page's header, light and dark, over the demo
vault and over a new empty one, into docs/screenshots/ (run: python
tests/ui/make_today_screenshots.py [FOLDER]; with QT_SCALE_FACTOR=2 for a high-density
screen, the names get "-2x"; 1.5, "-1.5x").

Writes today-light.png, today-dark.png, today-narrow.png, today-welcome(-dark).png and
client-header-*.png (an open risk; a possible rupture and one not yet repaired, light and
dark; a contract review due; an enquiry with no contract).
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
from PySide6.QtCore import QRect  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from counsel_desk.domain.clients import ClientDraft, ClientStatus  # noqa: E402
from counsel_desk.storage.keyslots import KdfParams  # noqa: E402
from counsel_desk.ui.intents import OpenClient  # noqa: E402

OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parents[2] / "docs/screenshots"
FACTOR = os.environ.get("QT_SCALE_FACTOR", "") or "1"
SUFFIX = "" if FACTOR == "1" else f"-{FACTOR}x"  # "-2x", "-1.5x"


def shot(widget: QWidget, name: str, rect: QRect | None = None) -> None:
    for _ in range(8):
        QApplication.processEvents()
    path = OUT / name.replace(".png", f"{SUFFIX}.png")
    (widget.grab(rect) if rect is not None else widget.grab()).save(str(path))
    print("wrote", path)


def header_shot(window: QWidget, name: str) -> None:
    """The client page down to just under its tab bar: the header is what it is about."""
    for _ in range(8):
        QApplication.processEvents()
    page = window.page
    bar = page.tabs.tabBar()
    bottom = bar.mapTo(window, bar.rect().bottomLeft()).y() + 12
    top = page.mapTo(window, page.rect().topLeft()).y() - 12
    left = page.mapTo(window, page.rect().topLeft()).x() - 12
    shot(window, name, QRect(left, top, page.width() + 24, bottom - top))


def start(session: object) -> dt.datetime:
    return session.start  # type: ignore[attr-defined]


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
    shot(window, "today.png")  # the name the metainfo and the first screenshots use
    light_again = dark_look()
    shot(window, "today-dark.png")
    light_again()
    window.resize(700, 780)
    shot(window, "today-narrow.png")
    window.resize(1180, 780)
    risky = [r.client_id for r in ws.risks.today().open]
    reviews = [r.client_id for r in ws.contracts.on_today().reviews]
    if risky:
        window.follow(OpenClient(risky[0], "Sessions"))
        header_shot(window, "client-header-risk.png")
    # a fall in a score (a possible rupture), and a rupture logged not yet repaired
    active = [c for c in ws.clients.list() if c.status is ClientStatus.ACTIVE]
    client = max(active, key=lambda c: len(ws.measures.scores_for_client(c.id)))
    now = dt.datetime.now()
    held = sorted((s for s in ws.sessions.for_client(client.id) if s.start < now), key=start)
    ws.measures.record_score(held[-1].id, "srs", total="33.5")
    ws.ruptures.log(held[-2].id, "withdrawal", "Went quiet when the break came up.")
    window.follow(OpenClient(client.id, "Timeline"))
    window.page.refresh()
    header_shot(window, "client-header-flags.png")
    light_again = dark_look()
    window.set_show_names(True)
    header_shot(window, "client-header-dark.png")
    window.set_show_names(False)
    light_again()
    if reviews:
        window.follow(OpenClient(reviews[0], "Contract"))
        header_shot(window, "client-header-review-due.png")
    enquiry = ws.clients.add(
        ClientDraft(code=ws.clients.suggest_code(), status=ClientStatus.ENQUIRY)
    )
    window.view("Clients").reload()
    window.follow(OpenClient(enquiry.id, "Sessions"))
    header_shot(window, "client-header-no-contract.png")
    window.discard()
    ws.close()


def empty() -> None:
    from counsel_desk.services.workspace import create_vault
    from counsel_desk.ui.main_window import MainWindow

    ws, _key = create_vault(TMP / "empty", "a long enough passphrase", kdf=KdfParams(8192, 1, 1))
    window = MainWindow(ws, False)
    window.resize(1180, 700)
    window.show()
    shot(window, "today-welcome.png")
    light_again = dark_look()
    shot(window, "today-welcome-dark.png")
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
