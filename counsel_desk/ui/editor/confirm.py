"""An inline question under the editor: non-blocking, so a lock never waits on it.

One or two answers and Cancel; Cancel has the focus, so Enter never changes a note.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

Action = Callable[[], None]


class ConfirmBar(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.yes = QPushButton()
        self.other = QPushButton()
        self.no = QPushButton(self.tr("Cancel"))
        self.yes.clicked.connect(lambda _c=False: self._answer(self._action))
        self.other.clicked.connect(lambda _c=False: self._answer(self._other_action))
        self.no.clicked.connect(lambda _c=False: self._answer(self._cancel_action))
        for button in (self.yes, self.other, self.no):
            button.setAutoDefault(True)  # Enter presses the focused answer, as in a dialog
        row = QHBoxLayout(self)
        row.addWidget(self.label, 1)
        row.addWidget(self.yes)
        row.addWidget(self.other)
        row.addWidget(self.no)
        self._action: Action | None = None
        self._other_action: Action | None = None
        self._cancel_action: Action | None = None
        self.hide()

    def ask(
        self,
        text: str,
        yes: str,
        action: Action,
        *,
        other: tuple[str, Action] | None = None,
        cancelled: Action | None = None,
    ) -> None:
        """Show ``text`` with a button for ``action`` (and for ``other``, if given) and
        Cancel, which calls ``cancelled``."""
        self.label.setText(text)
        self.yes.setText(yes)
        self._action = action
        self._other_action = other[1] if other else None
        self.other.setText(other[0] if other else "")
        self.other.setVisible(other is not None)
        self._cancel_action = cancelled
        self.show()
        self.no.setFocus()

    def dismiss(self) -> None:
        """Hide without answering (the note changed under it): nothing is called."""
        self._action = self._other_action = self._cancel_action = None
        self.hide()

    def _answer(self, action: Action | None) -> None:
        self.dismiss()
        if action is not None:
            action()
