"""Run by test_clipboard_x11.py under Xvfb (QT_QPA_PLATFORM=xcb): copies the way the app
does, reads the clipboard the way another program would (xclip), and prints what it found
as JSON. Not a test module itself: it needs a display of its own."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import time

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit

from counsel_desk.ui.clipboard import ClipboardGuard, SensitivePlainTextEdit

CLEAR_MS = 1500


def pump(seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QCoreApplication.processEvents()
        time.sleep(0.01)


def xclip(*args: str, text: str | None = None) -> str | None:
    """Another program at the clipboard. It runs on a thread while this one's event loop
    serves its requests (a blocking call would leave nobody to answer)."""
    box: dict[str, subprocess.CompletedProcess[str]] = {}

    def work() -> None:
        if text is not None:  # xclip -i stays behind to serve it: no pipes to wait for
            box["done"] = subprocess.run(
                ["xclip", *args], input=text, text=True, timeout=10, check=False,
                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            )  # fmt: skip
        else:
            box["done"] = subprocess.run(
                ["xclip", *args], capture_output=True, text=True, timeout=10, check=False
            )

    thread = threading.Thread(target=work)
    thread.start()
    while thread.is_alive():
        QCoreApplication.processEvents()
        time.sleep(0.005)
    done = box["done"]
    return done.stdout if done.returncode == 0 else None


def targets(selection: str) -> list[str]:
    return (xclip("-o", "-selection", selection, "-t", "TARGETS") or "").split()


def holds(guard: ClipboardGuard) -> dict[str, str]:
    return {mode.name: text for mode, text in guard.holds().items()}


def main() -> None:
    app = QApplication(sys.argv)
    guard = ClipboardGuard(interval_ms=CLEAR_MS)
    plain = QLineEdit("Ruth Ellison, 14 Mill Lane")  # a field that marks nothing itself
    note = SensitivePlainTextEdit()
    note.setPlainText("She spoke of the night the phone rang.")
    plain.show()
    note.show()
    pump(0.3)
    seen: dict[str, object] = {}

    plain.setFocus()
    QTest.keyClick(plain, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(plain, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    seen["plain targets"] = targets("clipboard")
    seen["plain text"] = xclip("-o", "-selection", "clipboard")
    pump(CLEAR_MS / 1000 + 0.7)
    seen["plain after the time"] = xclip("-o", "-selection", "clipboard")

    note.setFocus()
    QTest.keyClick(note, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(note, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    # Selecting on and on (each a new X11 selection) never keeps the copy longer.
    started = time.monotonic()
    while time.monotonic() - started < CLEAR_MS / 1000 + 0.7:
        QTest.keyClick(note, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)
        pump(0.1)
    seen["copy while selecting on"] = xclip("-o", "-selection", "clipboard")
    seen["selection while selecting on"] = xclip("-o", "-selection", "primary")
    QTest.keyClick(note, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(note, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    seen["note targets"] = targets("clipboard")
    seen["note selection targets"] = targets("primary")
    seen["held"] = holds(guard)
    xclip("-i", "-selection", "clipboard", text="their own words")
    pump(0.5)
    seen["held after theirs"] = holds(guard)
    guard.clear_ours()  # as locking does
    seen["theirs after clearing"] = xclip("-o", "-selection", "clipboard")
    seen["selection after clearing"] = xclip("-o", "-selection", "primary")
    print(json.dumps(seen))
    app.quit()


if __name__ == "__main__":
    main()
