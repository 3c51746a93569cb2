"""Amend a finalised note: the new text and why. The original stays as it was."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QVBoxLayout,
    QWidget,
)

from counsel_desk.domain.notes import validate_amendment
from counsel_desk.ui import forms
from counsel_desk.ui import widgets as w
from counsel_desk.ui.clipboard import SensitiveLineEdit, SensitivePlainTextEdit


class AmendDialog(QDialog):
    def __init__(self, amend: Callable[[str, str], object], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Amend note"))
        self._amend = amend
        self.text = SensitivePlainTextEdit()
        self.text.setAccessibleName(self.tr("Amendment"))
        self.text.setPlaceholderText(self.tr("What to add or correct (Markdown)"))
        self.reason = SensitiveLineEdit()
        self.reason.setAccessibleName(self.tr("Reason"))
        self.reason.setPlaceholderText(self.tr("e.g. Corrected the date the client mentioned"))
        self.error = w.ErrorLine()
        form = QFormLayout()
        form.addRow(self.tr("Amendment"), self.text)
        form.addRow(self.tr("Reason"), self.reason)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.addButton(
            self.tr("Add amendment"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self._submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(w.MARGIN, w.MARGIN, w.MARGIN, w.MARGIN)
        layout.addWidget(
            w.explanation(
                self.tr(
                    "The finalised note is kept exactly as it was; this amendment is shown beneath "
                    "it with today's date and time."
                )
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(520, 360)
        forms.recheck_when_edited(
            self,
            self.error,
            lambda: validate_amendment(self.text.toPlainText(), self.reason.text()),
        )

    def _submit(self) -> None:
        forms.save_or_say(
            self, self.error, lambda: self._amend(self.text.toPlainText(), self.reason.text())
        )

    def done(self, result: int) -> None:
        self.text.clear()
        self.text.document().clearUndoRedoStacks()
        super().done(result)
