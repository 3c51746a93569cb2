"""Keeping a client's records (or only their process notes) past their retention date:
until when, and why (a complaint, a court case, a safeguarding matter). The reason stays
with the client's records and goes with them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QDialog, QFormLayout, QLineEdit, QWidget

from counsel_desk.domain.retention import add_years
from counsel_desk.ui import forms
from counsel_desk.ui import widgets as w
from counsel_desk.ui.i18n import shown_text

if TYPE_CHECKING:
    from counsel_desk.domain.retention import Retention


class KeepLongerDialog(QDialog):
    def __init__(
        self,
        kept: Retention,
        save: Callable[[dt.date, str], object],
        process_notes_only: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        what = self.tr("process notes") if process_notes_only else self.tr("records")
        self.setWindowTitle(self.tr("Keep {what} longer").format(what=what))
        self._save = save
        self.until = QDateEdit()
        self.until.setCalendarPopup(True)
        self.until.setDisplayFormat("d MMM yyyy")
        self.until.setAccessibleName(self.tr("Keep until"))
        start = add_years(dt.date.today(), 1)
        self.until.setDate(QDate(start.year, start.month, start.day))
        self.reason = QLineEdit()
        self.reason.setAccessibleName(self.tr("Why"))
        self.reason.setPlaceholderText(self.tr("For example: a complaint is being heard"))
        self.error = w.ErrorLine()
        form = QFormLayout()
        form.addRow(self.tr("Keep until"), self.until)
        form.addRow(self.tr("Why"), self.reason)
        self.save_button = forms.form_dialog(
            self,
            form,
            self._go,
            w.explanation(
                self.tr("{code}: {summary}").format(
                    code=kept.code, summary=shown_text(kept.summary)
                )
            ),
            w.explanation(
                self.tr(
                    "The {what} stay until the date you choose, and the review comes "
                    "back then. The reason is kept with the client's records, and "
                    "goes when they go."
                ).format(what=what)
            ),
            self.error,
        )
        forms.recheck_when_edited(self, self.error)

    def _go(self) -> None:
        forms.save_or_say(
            self, self.error, lambda: self._save(self.until.date().toPython(), self.reason.text())
        )
