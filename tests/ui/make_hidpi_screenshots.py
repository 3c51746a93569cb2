"""Render the main views at a device pixel ratio, to look at them for blur and clipping
(issue #16 item 4: high DPI clean at 1×, 1.5× and 2×). Qt takes the scale from the
environment before it starts, so each ratio is a run of its own:

    QT_SCALE_FACTOR=1.5 QT_QPA_PLATFORM=offscreen python tests/ui/make_hidpi_screenshots.py [OUT]

writes OUT/hidpi-<ratio>-<view>[-dark].png (OUT: /tmp/counsel-desk-hidpi) from the demo
vault, light and dark. tests/ui/test_hidpi.py checks the ratio and the sharpness in a test.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtWidgets import QApplication

VIEWS = ("Today", "Clients", "Timeline", "Reliability", "Supervision", "Search")


def main(out: Path) -> None:
    from counsel_desk.domain.clients import ClientStatus
    from counsel_desk.domain.preferences import Look
    from counsel_desk.services.demo import DEMO_PASSPHRASE, DemoSpec, build_demo_vault
    from counsel_desk.services.workspace import unlock
    from counsel_desk.storage.keyslots import KdfParams
    from counsel_desk.ui.appearance import appearance
    from counsel_desk.ui.intents import OpenClient
    from counsel_desk.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    ratio = os.environ.get("QT_SCALE_FACTOR", "1")
    folder = Path(tempfile.mkdtemp(prefix="counsel-desk-hidpi-")) / "demo"
    build_demo_vault(folder, DEMO_PASSPHRASE, DemoSpec(), kdf=KdfParams(8 * 1024, 1, 1))
    ws = unlock(folder, DEMO_PASSPHRASE)
    out.mkdir(parents=True, exist_ok=True)
    client = next(c for c in ws.clients.list() if c.status is ClientStatus.ACTIVE)
    for look, suffix in ((Look.LIGHT, ""), (Look.DARK, "-dark")):
        appearance().apply(look)
        window = MainWindow(ws, False)
        window.resize(1100, 700)
        window.show()
        for view in VIEWS:
            if view == "Timeline":
                window.follow(OpenClient(client.id, "Timeline"))
            else:
                window.go(view)
            for _ in range(5):
                app.processEvents()
            shot = window.grab()
            name = out / f"hidpi-{ratio}-{view.lower()}{suffix}.png"
            shot.save(str(name))
            print("wrote", name, shot.devicePixelRatio())
        window.discard()
    ws.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/tmp/counsel-desk-hidpi"))
