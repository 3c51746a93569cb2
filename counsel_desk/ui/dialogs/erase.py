"""Erasing a client's records, or only their process notes: first what will go (counts by
kind), why it may go now (or that the client must have asked), which copies outside the
vault still hold it and how they go; the practitioner types the client's code to confirm.
Afterwards, what was erased, and the backups that still hold it, with the way to remove
them."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from counsel_desk.domain.erasure import Scope, copies_advice, rule_label
from counsel_desk.domain.errors import CounselDeskError
from counsel_desk.ui import widgets as w
from counsel_desk.ui.formats import long_date
from counsel_desk.ui.i18n import error_text, shown_text

if TYPE_CHECKING:
    from counsel_desk.domain.erasure import ErasureRecord
    from counsel_desk.services.erasure import ErasurePreview

Preview = Callable[[Scope], "ErasurePreview"]


def _day(value: object) -> str:
    return long_date(value)  # type: ignore[arg-type]


class EraseDialog(QDialog):
    """On Erase, calls ``erase(scope, at_request)``; its record is kept as ``record``."""

    def __init__(
        self,
        preview: Preview,
        erase: Callable[[Scope, bool], ErasureRecord],
        process_notes_only: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Erase records"))
        self._preview, self._erase = preview, erase
        self.record: ErasureRecord | None = None
        self.plan: ErasurePreview | None = None
        self.title = w.heading("", 1.15)
        self.all_records = QRadioButton(self.tr("All of the client's records"))
        self.process_only = QRadioButton(self.tr("Only their process notes"))
        group = QButtonGroup(self)
        group.addButton(self.all_records)
        group.addButton(self.process_only)
        (self.process_only if process_notes_only else self.all_records).setChecked(True)
        self.what = QListWidget()
        self.what.setAccessibleName(self.tr("What will be erased"))
        self.what.setMaximumHeight(170)
        self.why = w.explanation("")
        self.asked = QCheckBox(self.tr("The client asked for these records to be erased now"))
        self.copies = w.explanation("")
        self.confirm_label = w.explanation("")
        self.code = QLineEdit()
        self.code.setAccessibleName(self.tr("Type the client's code to confirm"))
        self.error = w.ErrorLine()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.erase_button = QPushButton(self.tr("Erase for good"))
        buttons.addButton(self.erase_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.erase_button.clicked.connect(self._go)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(w.MARGIN, w.MARGIN, w.MARGIN, w.MARGIN)
        layout.setSpacing(w.SPACING)
        for widget in (
            self.title,
            self.all_records,
            self.process_only,
            self.what,
            self.why,
            self.asked,
            self.copies,
            self.confirm_label,
            self.code,
            self.error,
        ):
            layout.addWidget(widget)
        layout.addWidget(buttons)
        self.erase_button.setDefault(True)  # once inside the dialog, or Qt picks Cancel
        self.setMinimumWidth(520)
        group.buttonToggled.connect(lambda _button, on: self._fill() if on else None)
        self.asked.toggled.connect(self._ready)
        self.code.textChanged.connect(self._ready)
        self._fill()

    def scope(self) -> Scope:
        return Scope.PROCESS_NOTES if self.process_only.isChecked() else Scope.CLIENT

    def _fill(self, *_args: object) -> None:
        try:
            plan = self._preview(self.scope())
        except CounselDeskError as exc:
            self.error.show_message(error_text(exc))
            self.erase_button.setEnabled(False)
            return
        self.plan = plan
        self.title.setText(
            self.tr("Erase {label} of {code}").format(
                label=shown_text(plan.scope.label), code=plan.code
            )
        )
        self.what.clear()
        lines = [shown_text(line) for line in plan.lines]
        self.what.addItems(lines or [self.tr("Nothing: there are no such records.")])
        if plan.due:
            if plan.scope is Scope.CLIENT and plan.retention.keep_until is not None:
                why = self.tr("the retention period ended. {summary}").format(
                    summary=shown_text(plan.retention.summary)
                )
            else:
                why = self.tr("{why}.").format(why=shown_text(rule_label(plan.rule)))
            self.why.setText(
                self.tr("They may go now: {why} Erasing cannot be undone.").format(why=why)
            )
        else:
            until = plan.retention.keep_until
            kept = (
                self.tr("kept until {until}").format(until=_day(until))
                if until
                else self.tr("kept while therapy continues")
            )
            self.why.setText(
                self.tr(
                    "These records are {kept} under your retention rules. Erase them "
                    "earlier only if the client asked you to. Erasing cannot be "
                    "undone."
                ).format(kept=kept)
            )
        self.asked.setVisible(not plan.due)
        advice = shown_text(plan.advice)
        self.copies.setText(advice)
        self.copies.setVisible(bool(advice))
        self.confirm_label.setText(
            self.tr("To confirm, type the client's code, {code}:").format(code=plan.code)
        )
        self._ready()

    def _ready(self, *_args: object) -> None:
        plan = self.plan
        ok = (
            plan is not None
            and bool(plan.counts)
            and self.code.text().strip().casefold() == plan.code.casefold()
            and (plan.due or self.asked.isChecked())
        )
        self.erase_button.setEnabled(ok)

    def _go(self) -> None:
        if not self.erase_button.isEnabled():
            return
        # A fraction of a second for years of notes (the rewrite comes after, with a note).
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.record = self._erase(self.scope(), self.asked.isChecked())
        except CounselDeskError as exc:
            self.error.show_message(error_text(exc))
            return
        finally:
            QApplication.restoreOverrideCursor()
        self.accept()


class ErasedDialog(QDialog):
    """What was erased, and the backups that still hold it. ``remove_requested`` asks to
    back up now and then remove them. While the erased words are being cleared from the
    disk (``clearing``, a few seconds on a large vault), it says so and cannot be closed:
    the rewrite uses the vault, so nothing else may meanwhile."""

    def __init__(self, record: ErasureRecord, keep: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Records erased"))
        self.record = record
        layout = QVBoxLayout(self)
        layout.setContentsMargins(w.MARGIN, w.MARGIN, w.MARGIN, w.MARGIN)
        layout.setSpacing(w.SPACING)
        layout.addWidget(w.heading(self.tr("{code}: erased").format(code=record.code), 1.15))
        layout.addWidget(w.explanation(shown_text(record.summary)))
        still = [c for c in record.still_there]
        self.copies = QListWidget()
        self.copies.setAccessibleName(self.tr("Copies that still hold these records"))
        self.copies.setWordWrap(True)
        for copy in still:
            item = QListWidgetItem(
                self.tr("{name} — in {folder}").format(name=copy.name, folder=copy.folder)
            )
            item.setToolTip(f"{copy.folder}/{copy.name}")
            self.copies.addItem(item)
        self.copies.setVisible(bool(still))
        self.copies.setMaximumHeight(120)
        layout.addWidget(self.copies)
        advice = shown_text(copies_advice(still, keep))
        layout.addWidget(w.explanation(advice or self.tr("No backup or other copy holds them.")))
        self.clearing_note = w.explanation("")
        self.clearing_note.setAccessibleName(self.tr("Clearing the erased words"))
        self.clearing_note.hide()
        layout.addWidget(self.clearing_note)
        self._clearing = False
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.remove_button = QPushButton(self.tr("Back up now, then remove older backups"))
        self.remove_button.setVisible(any(c.kind == "backup" for c in still))
        buttons.addButton(self.remove_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        layout.addWidget(buttons)
        self.close_button.setDefault(True)
        self.setMinimumWidth(520)

    def clearing(self) -> None:
        """The rewrite has begun: say so, and stay open until ``cleared``."""
        self._clearing = True
        self.clearing_note.setText(self.tr("Clearing the erased words from the disk…"))
        self.clearing_note.show()
        self.close_button.setEnabled(False)
        self.remove_button.setEnabled(False)

    def cleared(self, done: bool) -> None:
        """The rewrite has ended: done, or left for the next unlock (a full disk)."""
        self._clearing = False
        self.clearing_note.setText(
            self.tr("The erased words are cleared from the disk.")
            if done
            else self.tr(
                "The erased words could not be cleared from the disk just now; Counsel Desk "
                "will clear them when you next unlock the vault."
            )
        )
        self.close_button.setEnabled(True)
        self.remove_button.setEnabled(True)
        self.close_button.setFocus()

    def reject(self) -> None:
        if not self._clearing:  # Escape and the window's close button wait for the rewrite
            super().reject()
