"""The measures offered for scores: the shipped ones (numbers only, with their licence notes)
and the practitioner's own, and the form to define one. A shipped file that failed to load
is named in a sentence; the rest still work."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from counsel_desk.domain.measures import (
    Direction,
    Entry,
    Kind,
    MeasureDefinition,
    Respondent,
    Rights,
    number_text,
)
from counsel_desk.ui import forms
from counsel_desk.ui import widgets as w
from counsel_desk.ui.dialogs.score import about
from counsel_desk.ui.dialogs.show import show
from counsel_desk.ui.i18n import shown_text

if TYPE_CHECKING:
    from counsel_desk.services.measures import MeasureService

ENTRY_WORDS = {
    Entry.ITEMS: QT_TRANSLATE_NOOP("dialogs.measures", "Every item"),
    Entry.ITEMS_OR_TOTAL: QT_TRANSLATE_NOOP("dialogs.measures", "Every item, or just the total"),
}


def describe(measure: MeasureDefinition) -> str:
    """A measure in a few plain lines (no item wording: there is none to show)."""
    lines = [
        f"{measure.name} ({measure.short_name})",
        QCoreApplication.translate("dialogs.measures", "{label}; completed by {value}.").format(
            label=shown_text(measure.kind.label),
            value=QCoreApplication.translate("dialogs.measures", "the client")
            if measure.completed_by is Respondent.CLIENT
            else QCoreApplication.translate("dialogs.measures", "you"),
        ),
        about(measure),
        shown_text(measure.direction.label) + ".",
    ]
    if measure.subscales:
        lines.append(
            QCoreApplication.translate("dialogs.measures", "Subscales: ")
            + "; ".join(
                QCoreApplication.translate("dialogs.measures", "{name} (items {join})").format(
                    name=s.name, join=", ".join(map(str, s.items))
                )
                for s in measure.subscales
            )
            + "."
        )
    if measure.notable_change is not None:
        lines.append(
            QCoreApplication.translate(
                "dialogs.measures", "A change of {notable_change} or more is notable."
            ).format(notable_change=number_text(measure.notable_change))
        )
    if measure.cutoff_note:
        lines.append(measure.cutoff_note)
    lines.append(measure.licence)
    return "\n".join(lines)


class MeasuresDialog(QDialog):
    def __init__(self, measures: MeasureService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Measures"))
        self._service = measures
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Measures"))
        self.details = QTextBrowser()
        self.details.setAccessibleName(self.tr("About this measure"))
        self.problems = w.explanation("")
        self.add_button = QPushButton(self.tr("Add your own measure…"))
        self.add_button.clicked.connect(self.add_own)
        self.add_button.setAutoDefault(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setDefault(True)
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addWidget(self.details, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(w.MARGIN, w.MARGIN, w.MARGIN, w.MARGIN)
        layout.setSpacing(w.SPACING)
        layout.addWidget(
            w.explanation(
                self.tr(
                    "Scores are entered as numbers from your own paper copy of each form: no "
                    "measure's wording is kept in Counsel Desk."
                )
            )
        )
        layout.addLayout(row, 1)
        layout.addWidget(self.problems)
        bottom = QHBoxLayout()
        bottom.addWidget(self.add_button)
        bottom.addStretch()
        bottom.addWidget(buttons)
        layout.addLayout(bottom)
        self.list.currentRowChanged.connect(self._show)
        self.resize(720, 440)
        self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.list.setFocus()

    def reload(self, select: str | None = None) -> None:
        catalogue = self._service.catalogue()
        self.measures = list(catalogue.measures)
        self.list.clear()
        for m in self.measures:
            own = self.tr(" (yours)") if m.rights is Rights.OWN else ""
            self.list.addItem(f"{m.short_name}{own}")
        self.problems.setText(" ".join(catalogue.problems))
        self.problems.setVisible(bool(catalogue.problems))
        ids = [m.id for m in self.measures]
        self.list.setCurrentRow(ids.index(select) if select in ids else 0)

    def _show(self, row: int) -> None:
        if 0 <= row < len(self.measures):
            self.details.setPlainText(describe(self.measures[row]))

    def add_own(self) -> None:
        dialog = OwnMeasureDialog(self._service.define, self)
        show(dialog, lambda: self.reload(dialog.saved.id if dialog.saved else None))


def _choice(options: dict[Any, str], name: str) -> QComboBox:
    combo = QComboBox()
    combo.setAccessibleName(name)
    for value, words in options.items():
        combo.addItem(words, value)
    return combo


class OwnMeasureDialog(QDialog):
    """The form for a measure of the practitioner's own; ``save(fields)`` keeps it."""

    def __init__(
        self,
        save: Callable[[dict[str, Any]], MeasureDefinition],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Your own measure"))
        self._save_to = save
        self.saved: MeasureDefinition | None = None
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Name"))
        self.short_name = QLineEdit()
        self.short_name.setAccessibleName(self.tr("Short name"))
        self.short_name.setPlaceholderText(
            self.tr("up to 12 characters, for lists and the timeline")
        )
        self.kind = _choice(
            {k.value: shown_text(k.label) for k in Kind}, self.tr("What it measures")
        )
        self.completed_by = _choice(
            {  # the codes are data (Respondent's values), never translated
                Respondent.CLIENT.value: self.tr("The client"),
                Respondent.PRACTITIONER.value: self.tr("Me"),
            },
            self.tr("Completed by"),
        )
        self.items = QSpinBox()
        self.items.setRange(0, 100)
        self.items.setValue(4)
        self.items.setAccessibleName(self.tr("Number of items"))
        self.item_min = QLineEdit("0")
        self.item_min.setAccessibleName(self.tr("Lowest item value"))
        self.item_max = QLineEdit("10")
        self.item_max.setAccessibleName(self.tr("Highest item value"))
        self.decimals = QSpinBox()
        self.decimals.setRange(0, 2)
        self.decimals.setAccessibleName(self.tr("Decimal places"))
        self.direction = _choice(
            {d.value: shown_text(d.label) for d in Direction}, self.tr("Which way is better")
        )
        self.entry = _choice(
            {
                e.value: QCoreApplication.translate("dialogs.measures", words)
                for e, words in ENTRY_WORDS.items()
            },
            self.tr("Entered as"),
        )
        self.entry.setCurrentIndex(1)
        self.cutoff = QLineEdit()
        self.cutoff.setAccessibleName(self.tr("Cutoff"))
        self.cutoff.setPlaceholderText(self.tr("optional: the total where concern starts"))
        self.notable = QLineEdit()
        self.notable.setAccessibleName(self.tr("Notable change"))
        self.notable.setPlaceholderText(self.tr("optional: a change in the total that counts"))
        self.error = w.ErrorLine()
        form = QFormLayout()
        for label, field in (
            (self.tr("&Name"), self.name),
            (self.tr("&Short name"), self.short_name),
            (self.tr("What it &measures"), self.kind),
            (self.tr("Completed &by"), self.completed_by),
            (self.tr("&Items"), self.items),
            (self.tr("&Lowest item value"), self.item_min),
            (self.tr("&Highest item value"), self.item_max),
            (self.tr("&Decimal places"), self.decimals),
            (self.tr("Which &way is better"), self.direction),
            (self.tr("&Entered as"), self.entry),
            (self.tr("&Cutoff"), self.cutoff),
            (self.tr("Notable &change"), self.notable),
        ):
            form.addRow(label, field)
        note = w.explanation(
            self.tr("Items are numbered, never worded: keep the wording on your own form.")
        )
        self.save_button = forms.form_dialog(self, form, self._submit, note, self.error)
        forms.recheck_when_edited(self, self.error)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.name.setFocus()

    def fields(self) -> dict[str, Any]:
        return {
            "name": self.name.text(),
            "short_name": self.short_name.text(),
            "kind": self.kind.currentData(),
            "completed_by": self.completed_by.currentData(),
            "items": self.items.value(),
            "item_min": self.item_min.text(),
            "item_max": self.item_max.text(),
            "decimals": self.decimals.value(),
            "direction": self.direction.currentData(),
            "entry": self.entry.currentData(),
            "cutoff": self.cutoff.text(),
            "notable_change": self.notable.text(),
        }

    def _submit(self) -> None:
        forms.save_or_say(self, self.error, lambda: self._save_to(self.fields()))
