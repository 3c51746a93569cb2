"""The one place that shows message boxes. Tests replace these functions with plain ones.

``error``, ``info`` and ``ask`` never block: they open a window-modal box and return, so no
nested event loop can keep a window with client data alive past a lock. ``confirm`` blocks
and is only used where no client data is on screen.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from counsel_desk import APP_NAME

log = logging.getLogger(__name__)


def _box(parent: QWidget | None, icon: QMessageBox.Icon, text: str) -> QMessageBox:
    box = QMessageBox(icon, APP_NAME, text, QMessageBox.StandardButton.Ok, parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setTextFormat(Qt.TextFormat.PlainText)
    return box


def error(parent: QWidget | None, text: str) -> None:
    log.info("error shown: %s", text)
    _box(parent, QMessageBox.Icon.Warning, text).open()


def info(parent: QWidget | None, text: str) -> None:
    _box(parent, QMessageBox.Icon.Information, text).open()


def ask(
    parent: QWidget | None,
    text: str,
    yes: str,
    no: str,
    on_yes: Callable[[], None],
    on_no: Callable[[], None] | None = None,
) -> None:
    """A question that does not block: ``on_yes`` runs if ``yes`` is chosen, ``on_no`` (if
    any) otherwise. The safe answer, ``no``, is the default button."""
    box = QMessageBox(
        QMessageBox.Icon.Question, APP_NAME, text, QMessageBox.StandardButton.NoButton, parent
    )
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setTextFormat(Qt.TextFormat.PlainText)
    yes_button = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(box.addButton(no, QMessageBox.ButtonRole.RejectRole))

    def answered(_result: int) -> None:
        if box.clickedButton() is yes_button:
            on_yes()
        elif on_no is not None:
            on_no()

    box.finished.connect(answered)
    box.open()


def confirm(parent: QWidget | None, text: str, yes: str, no: str | None = None) -> bool:
    if no is None:
        no = QCoreApplication.translate("alerts", "Cancel")
    box = QMessageBox(
        QMessageBox.Icon.Question, APP_NAME, text, QMessageBox.StandardButton.NoButton, parent
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    yes_button = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(box.addButton(no, QMessageBox.ButtonRole.RejectRole))
    box.exec()
    return box.clickedButton() is yes_button
