"""Preparing a supervision summary: choose a period and clients (those with a note flagged
for supervision or a boundary event in it are ticked for you), see exactly what will be
written (each name taken out shows as a bold [—]), add any word that still looks like a
name to that client's redaction list in one click, then save it as PDF, HTML or Markdown:
asked where, warned that the file is not encrypted, recorded in the audit trail."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from counsel_desk.domain.anonymise import MARKER
from counsel_desk.domain.document import ExportFormat
from counsel_desk.domain.errors import CounselDeskError
from counsel_desk.ui import alerts, note_export
from counsel_desk.ui import widgets as w
from counsel_desk.ui.contract.preview import ContractPreview
from counsel_desk.ui.dialogs.supervision import ClientChecklist
from counsel_desk.ui.i18n import error_text

if TYPE_CHECKING:
    from counsel_desk.domain.clients import Client
    from counsel_desk.services.redaction import RedactionService
    from counsel_desk.services.summary import Summary, SummaryRequest, SummaryService

NOT_ENCRYPTED = QT_TRANSLATE_NOOP(
    "dialogs.summary",
    "This supervision summary will not be encrypted: anyone who can open {where} can read "
    "it. Names on your clients' redaction lists are taken out; check it before you share it, "
    "and delete it when you no longer need it.",
)
REBUILD_MS = 250


class SummaryDialog(QDialog):
    def __init__(
        self,
        summaries: SummaryService,
        redaction: RedactionService,
        clients: list[Client],
        today: dt.date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Prepare a supervision summary"))
        self._summaries = summaries
        self._redaction = redaction
        self._codes = {c.id: c.code for c in clients}
        self._clients = list(clients)
        self.summary: Summary | None = None
        self.saved: Path | None = None
        today = today or dt.date.today()
        first = today - dt.timedelta(days=27)  # four weeks, today included
        self.first = self._date_edit(first, self.tr("From"))
        self.last = self._date_edit(today, self.tr("To"))
        self.clients = ClientChecklist(clients)
        self.suggest_button = QPushButton(self.tr("Tick the suggested clients"))
        self.suggest_button.clicked.connect(self.tick_suggested)
        self.lists_button = QPushButton(self.tr("Redaction lists…"))
        self.lists_button.clicked.connect(self.edit_lists)
        self.weeks = QCheckBox(
            self.tr("Show dates as weeks of the work (week 1 is the first session)")
        )
        self.weeks.setChecked(True)
        self.status = w.explanation("")
        self.status.setAccessibleName(self.tr("What was taken out"))
        self.checks = QWidget()
        self.checks.setAccessibleName(self.tr("Words to check"))
        self._checks_column = QVBoxLayout(self.checks)
        self._checks_column.setContentsMargins(0, 0, 0, 0)
        checks_area = QScrollArea()
        checks_area.setWidgetResizable(True)
        checks_area.setWidget(self.checks)
        checks_area.setAccessibleName(self.tr("Words to check"))
        self.preview = ContractPreview()
        self.preview.setAccessibleName(self.tr("Preview of the summary, as it will be written"))
        self.error = w.ErrorLine()

        form = QFormLayout()
        form.addRow(self.tr("From"), self.first)
        form.addRow(self.tr("To"), self.last)
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(form)
        column.addWidget(w.heading(self.tr("Clients"), 1.05))
        column.addWidget(self.clients)
        suggest_row = QHBoxLayout()
        suggest_row.addWidget(self.suggest_button)
        suggest_row.addWidget(self.lists_button)
        column.addLayout(suggest_row)
        column.addWidget(self.weeks)
        column.addWidget(w.heading(self.tr("Check these"), 1.05))
        column.addWidget(
            w.explanation(
                self.tr(
                    "Capitalised words that may be names. Add one to the client's list to take it "
                    "out."
                )
            )
        )
        column.addWidget(checks_area, 1)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(self.preview)
        split.setSizes([330, 620])
        split.setChildrenCollapsible(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save_button = buttons.addButton(
            self.tr("Save as…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(w.MARGIN, w.MARGIN, w.MARGIN, w.MARGIN)
        layout.setSpacing(w.SPACING)
        layout.addWidget(split, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(1000, 720)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REBUILD_MS)
        self._timer.timeout.connect(self.rebuild)
        for edit in (self.first, self.last):
            edit.dateChanged.connect(lambda _d: self._soon(suggest=True))
        self.clients.list.itemChanged.connect(lambda _i: self._soon())
        self.weeks.toggled.connect(lambda _on: self._soon())
        self.tick_suggested()
        self.rebuild()

    @staticmethod
    def _date_edit(day: dt.date, name: str) -> QDateEdit:
        edit = QDateEdit(QDate(day.year, day.month, day.day))
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("d MMM yyyy")
        edit.setAccessibleName(name)
        return edit

    # --- building ---------------------------------------------------------------------------
    def _soon(self, suggest: bool = False) -> None:
        if suggest:
            self.tick_suggested()
        self._timer.start()

    def request(self) -> SummaryRequest:
        from counsel_desk.services.summary import SummaryRequest

        return SummaryRequest(
            self.first.date().toPython(),
            self.last.date().toPython(),
            self.clients.chosen(),
            relative_dates=self.weeks.isChecked(),
        )

    def tick_suggested(self) -> None:
        """Tick the clients with something to discuss in the period (and only them)."""
        request = self.request()
        try:
            suggested = set(self._summaries.suggested(request.first, request.last))
        except CounselDeskError:
            return  # the period itself is wrong: rebuilding says so
        self.clients.list.blockSignals(True)
        for client_id in self._codes:
            self.clients.set_checked(client_id, client_id in suggested)
        self.clients.list.blockSignals(False)

    def rebuild(self) -> None:
        """Build the summary again and show exactly what would be written."""
        self._timer.stop()
        try:
            self.summary = self._summaries.build(self.request())
        except CounselDeskError as exc:
            self.summary = None
            self.error.show_message(error_text(exc))
            self.preview.clear_document()
            self.status.setText("")
            self._show_checks()
            return
        self.error.clear()
        self.preview.show_document(self.summary.document)
        taken = self.summary.redactions
        to_check = self.summary.words_to_check
        self.status.setText(
            (
                self.tr("{taken} name or date taken out, each shown as {marker}; ")
                if taken == 1
                else self.tr("{taken} names and dates taken out, each shown as {marker}; ")
            ).format(taken=taken, marker=MARKER)
            + (
                (
                    self.tr("{count} word to check.")
                    if to_check == 1
                    else self.tr("{count} words to check.")
                ).format(count=to_check)
                if to_check
                else self.tr("no words to check.")
            )
        )
        self._show_checks()

    def _show_checks(self) -> None:
        while self._checks_column.count():
            item = self._checks_column.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        words = self.summary.to_check if self.summary is not None else {}
        for client_id, found in words.items():
            for word in found:
                code = self._codes.get(client_id, "?")
                button = QPushButton(
                    self.tr("Add “{word}” to {code}'s list").format(word=word, code=code)
                )
                button.setAccessibleName(
                    self.tr("Add {word} to the redaction list of {code}").format(
                        word=word, code=code
                    )
                )
                button.clicked.connect(
                    lambda _c=False, cid=client_id, term=word: self.add_term(cid, term)
                )
                self._checks_column.addWidget(button)
        if not any(words.values()):
            self._checks_column.addWidget(w.explanation(self.tr("Nothing to check.")))
        self._checks_column.addStretch()

    def add_term(self, client_id: int, term: str) -> None:
        try:
            self._redaction.add(client_id, term)
        except CounselDeskError as exc:
            self.error.show_message(error_text(exc))
            return
        self.rebuild()

    def edit_lists(self) -> None:
        """The redaction lists, opened at the first client chosen; the preview follows."""
        from counsel_desk.ui.dialogs.redaction import RedactionListDialog

        chosen = self.clients.chosen()
        clients = [c for c in self._clients if c.id in self._codes]
        dialog = RedactionListDialog(self._redaction, clients, chosen[0] if chosen else None, self)
        dialog.finished.connect(lambda _r: self.rebuild() if dialog.changed else None)
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        dialog.open()
        self.lists_dialog = dialog

    def check_buttons(self) -> list[QPushButton]:
        return [
            self._checks_column.itemAt(i).widget()
            for i in range(self._checks_column.count())
            if isinstance(self._checks_column.itemAt(i).widget(), QPushButton)
        ]

    # --- saving -----------------------------------------------------------------------------
    def save(self) -> None:
        """Ask where, warn, write (whole or not at all), record; the dialog stays open."""
        from counsel_desk.render.export import save_document

        self.rebuild()
        if self.summary is None:
            return
        request = self.request()
        suggested = self._summaries.suggested_file_name(request)
        path = note_export.choose_save_path(
            self, suggested, self.tr("Save the supervision summary")
        )
        if path is None:
            return
        try:
            fmt = ExportFormat.from_path(path)
        except CounselDeskError as exc:
            alerts.error(self, error_text(exc))
            return
        warning = QCoreApplication.translate("dialogs.summary", NOT_ENCRYPTED).format(
            where=self.tr("the folder {parent}").format(parent=path.parent)
        )
        if not alerts.confirm(self, warning, self.tr("Save unencrypted copy")):
            return
        summaries = self._summaries
        try:
            self.saved = save_document(
                self.summary.document,
                path,
                fmt,
                record=lambda: summaries.record_saved(request, fmt),
            )
        except CounselDeskError as exc:
            alerts.error(self, error_text(exc))
            return
        alerts.info(
            self,
            self.tr("Saved “{name}” in {parent}.").format(
                name=self.saved.name, parent=self.saved.parent
            ),
        )
