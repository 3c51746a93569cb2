"""An inline question under the editor: non-blocking, so a lock never waits on it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget


class ConfirmBar(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.yes = QPushButton()
        self.no = QPushButton("Cancel")
        self.yes.clicked.connect(self._accept)
        self.no.clicked.connect(self.dismiss)
        row = QHBoxLayout(self)
        row.addWidget(self.label, 1)
        row.addWidget(self.yes)
        row.addWidget(self.no)
        self._action: Callable[[], None] | None = None
        self.hide()

    def ask(self, text: str, yes: str, action: Callable[[], None]) -> None:
        self.label.setText(text)
        self.yes.setText(yes)
        self._action = action
        self.show()
        self.no.setFocus()

    def dismiss(self) -> None:
        self._action = None
        self.hide()

    def _accept(self) -> None:
        action, self._action = self._action, None
        self.hide()
        if action is not None:
            action()
