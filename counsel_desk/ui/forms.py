"""Form building blocks: enum and date pickers, the new-passphrase pair with its strength
meter, and the Save/Cancel frame of a form dialog. Kept apart from ``widgets`` so the unlock
window, the first thing shown, loads none of them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QObject, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from counsel_desk.domain import secrets
from counsel_desk.domain.errors import CounselDeskError
from counsel_desk.ui.i18n import error_text, shown_text
from counsel_desk.ui.widgets import MARGIN, SPACING, ErrorLine, password_field

MISMATCH = QT_TRANSLATE_NOOP("forms", "The two passphrases differ; type the same passphrase twice.")


class EnumCombo(QComboBox):
    """A choice among an enum's members, shown by their ``label`` (translated).

    The members are kept here, not as item data: Qt would hand a ``StrEnum`` back as ``str``.
    """

    def __init__(self, members: Iterable[Any], current: Any = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.members = list(members)
        for member in self.members:
            self.addItem(shown_text(member.label))
        if current is not None:
            self.set_value(current)

    def value(self) -> Any:
        return self.members[self.currentIndex()]

    def set_value(self, member: Any) -> None:
        self.setCurrentIndex(self.members.index(member))


class NewPassphraseFields(QObject):
    """A new passphrase typed twice, with a live strength meter and hint: rows for a form."""

    changed = Signal()

    def __init__(self, first_label: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        first_label = first_label if first_label is not None else self.tr("Passphrase")
        self.label = first_label
        self.first = password_field(self.tr("A short sentence only you would think of"))
        self.first.setAccessibleName(first_label)
        self.second = password_field()
        self.second.setAccessibleName(self.tr("Type it again"))
        self.meter = QProgressBar()
        self.meter.setRange(0, 4)
        self.meter.setTextVisible(False)
        self.meter.setMaximumHeight(8)
        self.meter.setAccessibleName(self.tr("Passphrase strength"))
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.first.textChanged.connect(self._update)
        self.second.textChanged.connect(self._show_hint)  # back once an error line has gone
        self.second.textChanged.connect(self.changed)
        self.first.returnPressed.connect(self.second.setFocus)
        self._update("")

    def add_to(self, form: QFormLayout) -> None:
        form.addRow(self.label, self.first)
        form.addRow("", self.meter)
        form.addRow("", self.hint)
        form.addRow(self.tr("Type it again"), self.second)

    def _update(self, text: str) -> None:
        self.meter.setValue(secrets.passphrase_strength(text)[0])
        self._show_hint()
        self.changed.emit()

    def _show_hint(self) -> None:
        self.hint.setText(shown_text(secrets.passphrase_strength(self.first.text())[1]))

    def passphrase(self) -> str:
        return self.first.text()

    def accepted_or_explained(self, error: ErrorLine) -> bool:
        """True if the passphrase may be used; otherwise say why in ``error`` and refocus."""
        problem = self.problem()
        if problem:
            error.show_message(problem)
            if problem == self.hint.text():
                self.hint.clear()  # said once, by the error line; typing brings the hint back
            self.first.setFocus()
            return False
        return True

    def problem(self) -> str | None:
        """The sentence saying why this cannot be the new passphrase, or None."""
        weak = secrets.check_new_passphrase(self.first.text())
        if weak is not None:
            return shown_text(weak)
        if self.first.text() != self.second.text():
            return QCoreApplication.translate("forms", MISMATCH)
        return None

    def set_enabled(self, enabled: bool) -> None:
        self.first.setEnabled(enabled)
        self.second.setEnabled(enabled)

    def clear(self) -> None:
        self.first.clear()
        self.second.clear()


def form_dialog(
    dialog: QDialog,
    form: QFormLayout,
    on_save: Callable[[], None],
    *below: QWidget,
    min_width: int = 440,
    stretch: bool = False,
) -> QPushButton:
    """Lay out a form dialog: the form, ``below`` (explanations, the error line), Save and
    Cancel. Returns the Save button."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.accepted.connect(on_save)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.setContentsMargins(MARGIN, MARGIN, MARGIN, MARGIN)
    layout.setSpacing(SPACING)
    layout.addLayout(form)
    for widget in below:
        layout.addWidget(widget)
    if stretch:
        layout.addStretch()
    layout.addWidget(buttons)
    dialog.setMinimumWidth(min_width)
    return buttons.button(QDialogButtonBox.StandardButton.Save)


def save_or_say(dialog: QDialog, error: ErrorLine, save: Callable[[], object]) -> None:
    """Run a dialog's ``save``. On success keep what it returned as ``dialog.saved`` and
    close the dialog (in that order: a ``finished`` handler reads ``saved``); if the service
    refuses, show its sentence and keep the dialog open with everything typed."""
    try:
        saved = save()
    except CounselDeskError as exc:
        error.show_message(error_text(exc))
        return
    dialog.saved = saved  # type: ignore[attr-defined]
    dialog.accept()


def recheck_when_edited(
    dialog: QWidget, error: ErrorLine, check: Callable[[], object] | None = None
) -> None:
    """Once ``error`` shows a refusal, check again after every edit in ``dialog``, so the
    sentence follows what is typed and goes once the form is right. ``check`` is the domain's
    validation (it raises the sentence); without one, an edit clears the sentence, since only
    saving again can tell (a code already in use, say)."""

    def recheck(*_args: object) -> None:
        if not error.text():
            return
        try:
            if check is not None:
                check()
        except CounselDeskError as exc:
            error.show_message(error_text(exc))
        else:
            error.clear()

    for edit in dialog.findChildren(QLineEdit):
        edit.textChanged.connect(recheck)  # typing into a spin box too, but not its arrows:
    for kind in (QSpinBox, QDoubleSpinBox):
        for spin in dialog.findChildren(kind):
            spin.valueChanged.connect(recheck)
    for when in dialog.findChildren(QDateTimeEdit):  # and date edits
        when.dateTimeChanged.connect(recheck)
    for text in dialog.findChildren(QPlainTextEdit):
        text.textChanged.connect(recheck)
    for combo in dialog.findChildren(QComboBox):
        combo.currentIndexChanged.connect(recheck)
    for button in dialog.findChildren(QAbstractButton):
        if button.isCheckable():
            button.toggled.connect(recheck)


class OptionalDate:
    """A date that may be left unset: a check box (the form row's label) enables the field."""

    def __init__(self, label: str) -> None:
        self.check = QCheckBox(label)
        self.edit = QDateEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("d MMM yyyy")
        self.edit.setDate(QDate.currentDate())
        self.edit.setEnabled(False)
        self.edit.setAccessibleName(label)
        self.check.toggled.connect(self.edit.setEnabled)

    def add_to(self, form: QFormLayout) -> None:
        form.addRow(self.check, self.edit)

    def date(self) -> dt.date | None:
        return self.edit.date().toPython() if self.check.isChecked() else None

    def set_date(self, value: dt.date | None) -> None:
        self.check.setChecked(value is not None)
        if value is not None:
            self.edit.setDate(QDate(value.year, value.month, value.day))
