"""Records → Erasure records…: every erasure, by code and counts (no content), the copies
that still held the data then and which are still there, and the way to remove them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from counsel_desk.ui import widgets as w
from counsel_desk.ui.i18n import shown_text

if TYPE_CHECKING:
    from counsel_desk.domain.erasure import Copy, ErasureRecord

NONE_YET = QT_TRANSLATE_NOOP("dialogs.erasures", "No records have been erased from this vault.")


class ErasureRecordsDialog(QDialog):
    """``remove_requested(erasure_id)``: back up now, then remove the backups made before
    that erasure."""

    remove_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Erasure records"))
        self.records: list[ErasureRecord] = []
        self.keep = 10
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Erasures"))
        self.list.setWordWrap(True)
        self.list.currentRowChanged.connect(self._chosen)
        self.empty = w.explanation(QCoreApplication.translate("dialogs.erasures", NONE_YET))
        self.detail = w.explanation("")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.remove_button = QPushButton(self.tr("Back up now, then remove older backups"))
        self.remove_button.clicked.connect(self._remove)
        buttons.addButton(self.remove_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(w.MARGIN, w.MARGIN, w.MARGIN, w.MARGIN)
        layout.setSpacing(w.SPACING)
        layout.addWidget(
            w.explanation(
                self.tr(
                    "What was erased, when and why, without any of its content; and the copies "
                    "outside the vault that held it at that moment."
                )
            )
        )
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.detail)
        layout.addWidget(buttons)
        self.close_button.setDefault(True)
        self.setMinimumSize(560, 380)

    def fill(self, records: list[ErasureRecord], keep: int) -> None:
        self.records, self.keep = records, keep
        self.list.clear()
        for record in records:
            self.list.addItem(QListWidgetItem(shown_text(record.summary)))
        self.empty.setVisible(not records)
        self.list.setVisible(bool(records))
        if records:
            self.list.setCurrentRow(0)
        else:
            self._chosen(-1)

    def _chosen(self, row: int) -> None:
        if not 0 <= row < len(self.records):
            self.detail.setText("")
            self.remove_button.setEnabled(False)
            return
        record = self.records[row]
        still = record.still_there
        if still:
            text = self.held_by(still)
        elif record.copies:
            text = self.tr("None of the copies that held these records is left.")
        else:
            text = self.tr("No backup or other copy held these records when they were erased.")
        self.detail.setText(text)
        self.remove_button.setEnabled(any(c.kind == "backup" for c in still))

    def held_by(self, still: tuple[Copy, ...]) -> str:
        """The copies still holding the erased records, each named once, and how they go."""
        backups = [c.name for c in still if c.kind == "backup"]
        upgrades = [c.name for c in still if c.kind != "backup"]
        parts = []
        if len(backups) == 1:
            parts.append(
                self.tr(
                    "Still held by a backup made before this erasure: {names}. It goes when "
                    "newer backups replace it (you keep the newest {keep}), or at once with "
                    "“Back up now, then remove older backups” below."
                ).format(names=backups[0], keep=self.keep)
            )
        elif backups:
            parts.append(
                self.tr(
                    "Still held by {n} backups made before this erasure: {names}. They go as "
                    "newer backups replace them (you keep the newest {keep}), or at once with "
                    "“Back up now, then remove older backups” below."
                ).format(n=len(backups), names="; ".join(backups), keep=self.keep)
            )
        if len(upgrades) == 1:
            parts.append(
                self.tr(
                    "Still held by the copy of the vault taken before an upgrade: {names}. "
                    "Counsel Desk removes it once the upgraded vault has proved sound (7 days "
                    "and 3 openings after the upgrade)."
                ).format(names=upgrades[0])
            )
        elif upgrades:
            parts.append(
                self.tr(
                    "Still held by {n} copies of the vault taken before an upgrade: {names}. "
                    "Counsel Desk removes them once the upgraded vault has proved sound (7 "
                    "days and 3 openings after the upgrade)."
                ).format(n=len(upgrades), names="; ".join(upgrades))
            )
        return " ".join(parts)

    def _remove(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.records):
            self.remove_button.setEnabled(False)
            self.remove_requested.emit(self.records[row].id)
