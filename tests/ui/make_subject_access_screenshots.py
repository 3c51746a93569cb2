"""Render the subject access bundle's screens into docs/screenshots/ (run: python
tests/ui/make_subject_access_screenshots.py): the Records menu with the action, the warning,
the busy window, the PDF's cover page (pdftoppm), and the menu and warning in the dark look.

A throw-away demo vault in a temporary folder; the folder dialog and the message boxes are
replaced by functions that show and photograph the real box, as the tests replace them.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/, for testkit
sys.path.insert(0, str(Path(__file__).resolve().parent))  # make_screenshots' dark look
TMP = Path(tempfile.mkdtemp(prefix="counsel-desk-sar-shots-"))
for var in ("HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME"):
    os.environ[var] = str(TMP / var.lower())

from make_screenshots import dark_look  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QPainter  # noqa: E402
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget  # noqa: E402
from testkit import LIGHT_KDF, PASSPHRASE  # noqa: E402

from counsel_desk.services.demo import DemoSpec, build_demo_vault  # noqa: E402
from counsel_desk.ui import alerts, subject_access, workers  # noqa: E402
from counsel_desk.ui.controller import AppController  # noqa: E402
from counsel_desk.ui.intents import OpenClient  # noqa: E402

OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parents[2] / "docs/screenshots"


def settle(app: QApplication, rounds: int = 10) -> None:
    for _ in range(rounds):
        app.processEvents()
        time.sleep(0.01)


def menu_shot(app: QApplication, main: QWidget, name: str) -> None:
    """The main window with the Records menu open on the action (the popup painted in)."""
    bar = main.menuBar()
    (records,) = [a for a in bar.actions() if a.text() == "&Records"]
    menu = records.menu()
    menu.popup(bar.mapToGlobal(bar.actionGeometry(records).bottomLeft()))
    (action,) = [a for a in menu.actions() if a.text() == "&Subject access bundle…"]
    menu.setActiveAction(action)
    settle(app)
    image = main.grab().toImage()
    painter = QPainter(image)
    painter.drawImage(main.mapFromGlobal(menu.pos()), menu.grab().toImage())
    painter.end()
    image.save(str(OUT / name))
    menu.hide()
    print("wrote", OUT / name)


def warning_shot(app: QApplication, main: QWidget, text: str, yes: str, name: str) -> None:
    box = QMessageBox(
        QMessageBox.Icon.Question, "Counsel Desk", text, QMessageBox.StandardButton.NoButton, main
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(box.addButton("Cancel", QMessageBox.ButtonRole.RejectRole))
    box.show()
    settle(app)
    box.grab().save(str(OUT / name))
    box.deleteLater()
    print("wrote", OUT / name)


def main() -> None:
    app = QApplication.instance() or QApplication([])
    app.setQuitOnLastWindowClosed(False)
    OUT.mkdir(parents=True, exist_ok=True)
    build_demo_vault(TMP / "vault", PASSPHRASE, DemoSpec(clients=6, years=1, seed=5), kdf=LIGHT_KDF)
    ctl = AppController(TMP / "vault", idle_ms=0)
    window = ctl.start()
    window.passphrase.setText(PASSPHRASE)
    window.passphrase.returnPressed.emit()
    end = time.monotonic() + 30
    while ctl.state != "unlocked" and time.monotonic() < end:
        settle(app, 1)
    main = ctl.window
    main.resize(1100, 700)
    main.show()
    main.follow(OpenClient(ctl.workspace.clients.list()[0].id))
    settle(app)
    menu_shot(app, main, "subject-access-menu.png")

    out = TMP / "out"
    out.mkdir()
    warned: list[tuple[str, str]] = []

    def confirm(_parent: object, text: str, yes: str, no: str = "Cancel") -> bool:
        warned.append((text, yes))
        warning_shot(app, main, text, yes, "subject-access-warning.png")
        return True

    shown: list[QWidget] = []

    def progress(parent: QWidget, folder: Path):
        dialog = real_progress(parent, folder)
        settle(app)
        dialog.grab().save(str(OUT / "subject-access-busy.png"))
        print("wrote", OUT / "subject-access-busy.png")
        shown.append(dialog)
        return dialog

    real_progress = subject_access.progress_dialog
    alerts.confirm = confirm
    alerts.info = lambda _parent, text: print(text)
    subject_access.choose_bundle_folder = lambda _parent: out
    subject_access.progress_dialog = progress
    main.keeping.subject_access.action.trigger()
    workers.wait(120_000)
    settle(app, 50)
    shown[0].grab().save(str(OUT / "subject-access-done.png"))
    print("wrote", OUT / "subject-access-done.png")
    pdf = next(next(out.iterdir()).glob("*.pdf"))
    subprocess.run(
        ["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", str(pdf), str(TMP / "cover")],
        check=True,
    )
    shutil.copy(next(TMP.glob("cover*.png")), OUT / "subject-access-pdf.png")
    print("wrote", OUT / "subject-access-pdf.png")

    light_again = dark_look()
    settle(app)
    menu_shot(app, main, "subject-access-menu-dark.png")
    warning_shot(app, main, *warned[0], "subject-access-warning-dark.png")
    light_again()
    ctl.shutdown()
    shutil.rmtree(TMP, ignore_errors=True)


if __name__ == "__main__":
    main()
