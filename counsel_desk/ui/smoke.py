"""Open the demo vault and quit: what ``counsel-desk --demo --exit-when-ready`` does, so a
build (the PyInstaller bundle above all) can be shown to start, unlock and paint its main
window without anyone at the keyboard.

It goes the way a practitioner would: Unlock on the unlock window, where the demo has filled
in its passphrase, then the main window's first paint. Each step prints its time on the
clock every process shares (``ready`` for the unlock window, ``opened`` for the main one).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer


class _OnFirstPaint(QObject):
    """Calls ``then(widget)`` once, when ``widget`` is first painted."""

    def __init__(self, then: Callable[[Any], None], parent: QObject) -> None:
        super().__init__(parent)
        self._then = then

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            self._then(watched)
        return False


def _say(what: str) -> float:
    at = time.monotonic()
    print(f"{what} {at:.6f}", flush=True)
    return at


def open_then_quit(
    controller: Any,
    first_window: Any,
    opened: Callable[[float], None],
    quit_app: Callable[[], None],
) -> None:
    """Unlock once ``first_window`` (the unlock window) is painted; when the main window is
    painted, hand its time to ``opened`` and quit."""

    def main_painted(_window: object) -> None:
        opened(_say("opened"))
        QTimer.singleShot(0, quit_app)

    def state(name: str) -> None:
        if name == "unlocked":
            controller.window.installEventFilter(_OnFirstPaint(main_painted, controller))

    def unlock_painted(window: Any) -> None:
        _say("ready")
        QTimer.singleShot(0, window.unlock_button.click)

    controller.state_changed.connect(state)
    first_window.installEventFilter(_OnFirstPaint(unlock_painted, controller))
