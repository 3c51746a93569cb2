"""Idle locking: an application-wide event filter restarts one single-shot timer on input."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

_INPUT = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
    }
)


class IdleTimer(QObject):
    """Emits ``idle`` after ``interval_ms`` without keyboard, mouse or touch input.

    An interval of 0 turns it off. ``start``/``stop`` arm and disarm it (while unlocked).
    """

    idle = Signal()

    def __init__(self, interval_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.idle)
        self._interval = max(0, interval_ms)
        self._armed = False

    @staticmethod
    def minutes(minutes: int) -> int:
        return max(0, minutes) * 60_000

    @property
    def interval_ms(self) -> int:
        return self._interval

    @property
    def running(self) -> bool:
        return self._timer.isActive()

    def set_interval_ms(self, interval_ms: int) -> None:
        self._interval = max(0, interval_ms)
        if self._armed:
            self._restart()

    def start(self) -> None:
        if not self._armed:
            self._armed = True
            QApplication.instance().installEventFilter(self)
        self._restart()

    def stop(self) -> None:
        if self._armed:
            self._armed = False
            app = QApplication.instance()
            if app is not None:
                app.removeEventFilter(self)
        self._timer.stop()

    def _restart(self) -> None:
        if self._interval > 0:
            self._timer.start(self._interval)
        else:
            self._timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT and self._interval > 0:
            self._timer.start(self._interval)
        return False
