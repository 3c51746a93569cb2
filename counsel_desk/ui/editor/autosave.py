"""Autosave timing: about 1 s after the last keystroke, and at least every 2 s while typing.

``Autosaver`` knows nothing of notes: it calls ``save()`` when a save is due. ``flush()``
saves at once if anything is pending (focus-out, note switch, lock, quit).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

DEBOUNCE_MS = 1_000
MAX_WAIT_MS = 2_000


class Autosaver(QObject):
    def __init__(
        self,
        save: Callable[[], None],
        debounce_ms: int = DEBOUNCE_MS,
        max_wait_ms: int = MAX_WAIT_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._save = save
        self.pending = False
        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(debounce_ms)
        self.debounce.timeout.connect(self.flush)
        self.max_wait = QTimer(self)
        self.max_wait.setSingleShot(True)
        self.max_wait.setInterval(max_wait_ms)
        self.max_wait.timeout.connect(self.flush)

    def changed(self) -> None:
        """A keystroke: restart the quiet-period timer; start the max-wait one if idle."""
        self.pending = True
        self.debounce.start()
        if not self.max_wait.isActive():
            self.max_wait.start()

    def flush(self) -> None:
        self.debounce.stop()
        self.max_wait.stop()
        if self.pending:
            self.pending = False
            self._save()

    def cancel(self) -> None:
        self.debounce.stop()
        self.max_wait.stop()
        self.pending = False
