"""Helpers for the GUI tests: the shared test constants, driving the unlock window, and a
scan of everything on screen."""

from __future__ import annotations

import contextlib
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QComboBox, QWidget
from testkit import PASSPHRASE

from counsel_desk.ui.controller import AppController


def flush_deletes() -> None:
    """Run pending deleteLater()s, as the event loop would."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()


def unlock_ui(qtbot: Any, controller: AppController, passphrase: str = PASSPHRASE) -> Any:
    """Type the passphrase into the unlock window, press Enter, wait for the main window."""
    window = controller.window
    window.passphrase.clear()
    qtbot.keyClicks(window.passphrase, passphrase)
    qtbot.keyClick(window.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: controller.state == "unlocked", timeout=10_000)
    return controller.window


def focus(qtbot: Any, window: QWidget) -> None:
    """Make ``window`` the active window, so its keyboard shortcuts apply."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def screen_text() -> str:
    """Everything any live widget shows or holds: texts, titles, tips, combo items, models.

    Pending deleteLater()s run first, as the event loop would run them straight away.
    """
    flush_deletes()
    parts: list[str] = []
    for widget in QApplication.allWidgets():
        if not shiboken6.isValid(widget):
            continue
        parts += [widget.windowTitle(), widget.toolTip(), widget.accessibleName()]
        for attr in ("text", "placeholderText", "toPlainText", "currentText"):
            getter = getattr(widget, attr, None)
            if callable(getter):
                with contextlib.suppress(TypeError):
                    parts.append(str(getter()))
        if isinstance(widget, QComboBox):
            parts += [widget.itemText(i) for i in range(widget.count())]
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            root = QModelIndex()
            try:
                columns = model.columnCount(root)
            except TypeError:  # list models hide columnCount: they have one
                columns = 1
            for row in range(model.rowCount(root)):
                for col in range(columns):
                    parts.append(str(model.data(model.index(row, col))))
    return "\n".join(parts)


def window_titles() -> list[str]:
    return [w.windowTitle() for w in QApplication.topLevelWidgets() if shiboken6.isValid(w)]


def click_row(
    qtbot: Any,
    view: QAbstractItemView,
    row: int,
    modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
) -> None:
    """Click a row as a person would: on the viewport, inside the row's first cell."""
    index = view.model().index(row, 0)
    view.scrollTo(index)
    rect = view.visualRect(index)
    assert rect.isValid(), f"row {row} is not on screen"
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())
