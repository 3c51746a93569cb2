"""The first and only window when the vault cannot be used (missing pieces, damage)."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from counsel_desk import APP_NAME


class ProblemBox(QMessageBox):
    def __init__(self, message: str) -> None:
        super().__init__(QMessageBox.Icon.Critical, APP_NAME, message)
        self.setStandardButtons(QMessageBox.StandardButton.Close)

    def discard(self) -> None:
        self.close()
        self.deleteLater()
