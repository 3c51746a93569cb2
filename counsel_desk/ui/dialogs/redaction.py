"""A client's redaction list: their own names (always taken out, from their record) and the
people and places they mention, added here or from a summary's "check these"; a term added
by hand can be removed. Type a term and press Enter to add it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from counsel_desk.domain.errors import CounselDeskError
from counsel_desk.ui import widgets as w
from counsel_desk.ui.i18n import error_text

if TYPE_CHECKING:
    from counsel_desk.domain.clients import Client
    from counsel_desk.services.redaction import RedactionService

OWN = QT_TRANSLATE_NOOP("dialogs.redaction", "Their own names are always taken out: ")


class RedactionListDialog(QDialog):
    def __init__(
        self,
        redaction: RedactionService,
        clients: Sequence[Client],
        chosen: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Redaction lists"))
        self._redaction = redaction
        self.changed = False
        self.client = QComboBox()
        self.client.setAccessibleName(self.tr("Client"))
        for client in sorted(clients, key=lambda c: c.code):
            self.client.addItem(client.code, client.id)
        if chosen is not None:
            self.client.setCurrentIndex(max(0, self.client.findData(chosen)))
        self.client.currentIndexChanged.connect(lambda _i: self.reload())
        self.own = w.explanation("")
        self.own.setAccessibleName(self.tr("The client's own names"))
        self.terms = QListWidget()
        self.terms.setAccessibleName(self.tr("Names and places added"))
        self.terms.currentRowChanged.connect(lambda _r: self._enable())
        self.term = QLineEdit()
        self.term.setAccessibleName(self.tr("Name or place to add"))
        self.term.setPlaceholderText(self.tr("A person or place they mention"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self.remove)
        self.error = w.ErrorLine()
        form = QFormLayout()
        form.addRow(self.tr("Client"), self.client)
        form.addRow(self.tr("Add"), self.term)
        row = QHBoxLayout()
        row.addWidget(self.terms, 1)
        row.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignTop)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.add_button = buttons.addButton(
            self.tr("Add to list"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.add_button.clicked.connect(self.add)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(w.MARGIN, w.MARGIN, w.MARGIN, w.MARGIN)
        layout.setSpacing(w.SPACING)
        layout.addWidget(
            w.explanation(
                self.tr(
                    "Names on a client's list are taken out of anything prepared for supervision, "
                    "whole words in any case, with or without accents."
                )
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.own)
        layout.addLayout(row, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)
        self.add_button.setDefault(True)  # once in the dialog, so Enter in a field adds
        self.reload()

    def client_id(self) -> int | None:
        return self.client.currentData()

    def reload(self) -> None:
        client_id = self.client_id()
        self.terms.clear()
        self.error.clear()
        if client_id is None:
            self.own.setText(self.tr("No clients yet."))
            self._enable()
            return
        try:
            listed = self._redaction.for_client(client_id)
        except CounselDeskError as exc:
            self.error.show_message(error_text(exc))
            return
        self.own.setText(
            QCoreApplication.translate("dialogs.redaction", OWN)
            + (", ".join(listed.own) or self.tr("none recorded"))
            + "."
        )
        for term_id, term in listed.added:
            item = QListWidgetItem(term)
            item.setData(Qt.ItemDataRole.UserRole, term_id)
            self.terms.addItem(item)
        self._enable()

    def _enable(self) -> None:
        self.remove_button.setEnabled(self.terms.currentItem() is not None)
        self.add_button.setEnabled(self.client_id() is not None)

    def add(self) -> None:
        client_id = self.client_id()
        if client_id is None:
            return
        try:
            self._redaction.add(client_id, self.term.text())
        except CounselDeskError as exc:
            self.error.show_message(error_text(exc))
            return
        self.term.clear()
        self.changed = True
        self.reload()

    def remove(self) -> None:
        item = self.terms.currentItem()
        client_id = self.client_id()
        if item is None or client_id is None:
            return
        try:
            self._redaction.remove(client_id, int(item.data(Qt.ItemDataRole.UserRole)))
        except CounselDeskError as exc:
            self.error.show_message(error_text(exc))
            return
        self.changed = True
        self.reload()
