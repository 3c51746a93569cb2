"""Entering a score for a session: a measure, then its total or its items, who completed it
and when. Made for the keyboard: the dialog opens on the client's last measure with the
cursor in the total (or the first item), so an SRS total is its number and Enter. An item
that cannot take another character moves on to the next by itself.

Nothing is checked here that the domain does not check: a bad value is the domain's own
sentence, naming it, and nothing is written until every value is right."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QGridLayout,
    QLineEdit,
    QWidget,
)

from counsel_desk.domain.measures import Entry, MeasureDefinition, Respondent, number_text
from counsel_desk.domain.scoring import score, value_range
from counsel_desk.ui import forms
from counsel_desk.ui import widgets as w
from counsel_desk.ui.formats import fmt_datetime
from counsel_desk.ui.i18n import shown_text

if TYPE_CHECKING:
    from counsel_desk.domain.scoring import ScoreRecord
    from counsel_desk.domain.sessions import Session
    from counsel_desk.services.measures import MeasureService

COLUMNS = 6  # item fields per row


def about(measure: MeasureDefinition) -> str:
    """What the practitioner needs beside the form: the items' range, the total's, the cutoff."""
    parts = [
        (
            QCoreApplication.translate("dialogs.score", "{items} item, each {range}")
            if measure.items == 1
            else QCoreApplication.translate("dialogs.score", "{items} items, each {range}")
        ).format(items=measure.items, range=value_range(measure)),
        QCoreApplication.translate("dialogs.score", "total {total_min} to {total_max}").format(
            total_min=number_text(measure.total_min), total_max=number_text(measure.total_max)
        ),
    ]
    if measure.cutoff is not None:
        parts.append(
            QCoreApplication.translate(
                "dialogs.score", "{cutoff_words} is worth talking about"
            ).format(cutoff_words=shown_text(measure.cutoff_words()))
        )
    return "; ".join(parts) + "."


def complete(measure: MeasureDefinition, text: str) -> bool:
    """True when no further character could make ``text`` another valid item value (a
    single digit of a 1–5 item, "8.5" of an item read to 0.1): time to move on."""
    text = text.strip().replace(",", ".")
    if not text or not text.replace(".", "", 1).isdigit():
        return False
    value = float(text)
    if "." in text:
        return len(text.split(".")[1]) >= measure.decimals
    return measure.decimals == 0 and value * 10 > float(measure.item_max)


class ScoreDialog(QDialog):
    def __init__(
        self,
        measures: MeasureService,
        session: Session,
        client_code: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Enter a score"))
        self._service = measures
        self.session = session
        self.saved: ScoreRecord | None = None
        catalogue = measures.catalogue()
        self.measures = list(catalogue.measures)
        self.measure = QComboBox()
        self.measure.setAccessibleName(self.tr("Measure"))
        for m in self.measures:
            self.measure.addItem(f"{m.short_name} — {m.name}")
        self.about = w.explanation("")
        self.total = QLineEdit()
        self.total.setAccessibleName(self.tr("Total"))
        self.total.setPlaceholderText(self.tr("the total, e.g. 34.5"))
        self.by_items = QCheckBox(self.tr("Enter each item"))
        self.item_box = QWidget()
        self.item_grid = QGridLayout(self.item_box)
        self.item_grid.setContentsMargins(0, 0, 0, 0)
        self.items: list[QLineEdit] = []
        self.completed_by = forms.EnumCombo(Respondent)
        self.completed_by.setAccessibleName(self.tr("Completed by"))
        self.day = QDateEdit(QDate(session.start.date()))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("d MMM yyyy")
        self.day.setAccessibleName(self.tr("Completed on"))
        self.error = w.ErrorLine()
        self.problems = w.explanation(" ".join(catalogue.problems))
        self.problems.setVisible(bool(catalogue.problems))
        when = fmt_datetime(session.start)
        self.form = QFormLayout()
        self.form.addRow(self.tr("Session"), w.plain_label(f"{client_code} · {when}"))
        self.form.addRow(self.tr("&Measure"), self.measure)
        self.form.addRow("", self.about)
        self.form.addRow(self.tr("&Total"), self.total)
        self.form.addRow("", self.by_items)
        self.form.addRow(self.tr("&Items"), self.item_box)
        self.form.addRow(self.tr("Completed by"), self.completed_by)
        self.form.addRow(self.tr("Completed on"), self.day)
        self.save_button = forms.form_dialog(
            self, self.form, self._submit, self.problems, self.error, min_width=480
        )
        default = measures.default_for(session.client_id)
        self.measure.currentIndexChanged.connect(lambda _i: self._measure_changed())
        self.by_items.toggled.connect(lambda _on: self._entry_changed())
        if default is not None:
            self.measure.setCurrentIndex(self.measures.index(default))
        self._measure_changed()
        forms.recheck_when_edited(self, self.error, self.check)

    # --- the form follows the measure ---------------------------------------------------------
    def current(self) -> MeasureDefinition | None:
        index = self.measure.currentIndex()
        return self.measures[index] if 0 <= index < len(self.measures) else None

    def _measure_changed(self) -> None:
        measure = self.current()
        for field in self.items:
            self.item_grid.removeWidget(field)
            field.deleteLater()
        self.items = []
        if measure is None:
            self.save_button.setEnabled(False)
            return
        self.about.setText(about(measure))
        self.completed_by.set_value(measure.completed_by)
        for n in range(1, measure.items + 1):
            field = QLineEdit()
            field.setAccessibleName(self.tr("Item {n} of {items}").format(n=n, items=measure.items))
            field.setPlaceholderText(str(n))
            field.setMaximumWidth(64)
            field.textEdited.connect(lambda text, i=n - 1: self._item_typed(i, text))
            row, column = divmod(n - 1, COLUMNS)
            self.item_grid.addWidget(field, row, column)
            self.items.append(field)
        both = measure.entry is Entry.ITEMS_OR_TOTAL
        self.by_items.blockSignals(True)
        self.by_items.setChecked(not both)
        self.by_items.blockSignals(False)
        self.form.setRowVisible(self.by_items, both)
        self.error.clear()
        self._entry_changed()

    def _entry_changed(self) -> None:
        items = self.by_items.isChecked()
        self.form.setRowVisible(self.total, not items)
        self.form.setRowVisible(self.item_box, items)
        self.adjustSize()
        target = self.first_field()
        if target is not None:
            target.setFocus()

    def first_field(self) -> QLineEdit | None:
        """Where typing starts: the total, or the first item."""
        if self.by_items.isChecked():
            return self.items[0] if self.items else None
        return self.total

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        target = self.first_field()
        if target is not None:
            target.setFocus()

    def _item_typed(self, index: int, text: str) -> None:
        measure = self.current()
        if measure is not None and complete(measure, text) and index + 1 < len(self.items):
            self.items[index + 1].setFocus()
            self.items[index + 1].selectAll()

    # --- saving ------------------------------------------------------------------------------
    def entered(self) -> dict[str, object]:
        if self.by_items.isChecked():
            return {"items": [field.text() for field in self.items]}
        return {"total": self.total.text()}

    def completed_on(self) -> dt.date:
        return self.day.date().toPython()

    def check(self) -> None:
        """The domain's checks on what is typed (raises its sentence)."""
        measure = self.current()
        if measure is not None:
            score(measure, **self.entered())  # type: ignore[arg-type]

    def _submit(self) -> None:
        forms.save_or_say(self, self.error, self._save)

    def _save(self) -> ScoreRecord:
        measure = self.current()
        assert measure is not None
        return self._service.record_score(
            self.session.id,
            measure.id,
            completed_by=self.completed_by.value(),
            on=self.completed_on(),
            **self.entered(),  # type: ignore[arg-type]
        )
