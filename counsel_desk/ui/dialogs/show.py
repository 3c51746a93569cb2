"""Showing a dialog without blocking: window-modal through ``open()``, deleted when it
closes, and a callback when it was accepted. Nothing waits in a nested event loop, so a
lock can close any dialog like any other window."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog


def show(dialog: QDialog, accepted: Callable[[], None] | None = None) -> QDialog:
    def finished(result: int) -> None:
        if result and accepted is not None:
            accepted()
        dialog.deleteLater()

    dialog.finished.connect(finished)
    dialog.open()
    return dialog
