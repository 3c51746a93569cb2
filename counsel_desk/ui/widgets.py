"""Small widgets shared by the windows and dialogs: an inline error line, a busy line, the
new-passphrase pair with its strength meter, an optional date, the form-dialog frame and
the controller-closed window."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QDate, QObject, Qt, Signal
from PySide6.QtGui import QCloseEvent, QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from counsel_desk.domain.secrets import check_new_passphrase, passphrase_strength

MARGIN = 24  # around a page or a gate window's form
SPACING = 12  # between rows and groups
FORM_WIDTH = 420  # gate forms read best at a comfortable measure

MISMATCH = "The two passphrases differ; type the same passphrase twice."


def heading(text: str, scale: float = 1.5) -> QLabel:
    label = QLabel(text)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    return label


def explanation(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class ErrorLine(QWidget):
    """A warning icon and one sentence; hidden while there is nothing to say."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        icon = QLabel()
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(size)
        )
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        layout.addWidget(icon)
        layout.addWidget(self.label, 1)
        self.hide()

    def show_message(self, text: str) -> None:
        self.label.setText(text)
        self.setVisible(bool(text))

    def clear(self) -> None:
        self.show_message("")

    def text(self) -> str:
        return "" if self.isHidden() else self.label.text()


class BusyLine(QWidget):
    """An indeterminate progress bar and a short sentence, shown while a worker runs."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        bar = QProgressBar()
        bar.setRange(0, 0)
        bar.setTextVisible(False)
        bar.setMaximumWidth(120)
        self.label = QLabel(text)
        layout.addWidget(bar)
        layout.addWidget(self.label, 1)
        self.hide()


class EnumCombo(QComboBox):
    """A choice among an enum's members, shown by their ``label``.

    The members are kept here, not as item data: Qt would hand a ``StrEnum`` back as ``str``.
    """

    def __init__(self, members: Iterable[Any], current: Any = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.members = list(members)
        for member in self.members:
            self.addItem(member.label)
        if current is not None:
            self.set_value(current)

    def value(self) -> Any:
        return self.members[self.currentIndex()]

    def set_value(self, member: Any) -> None:
        self.setCurrentIndex(self.members.index(member))


def password_field(placeholder: str = "") -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setPlaceholderText(placeholder)
    field.setInputMethodHints(
        Qt.InputMethodHint.ImhHiddenText
        | Qt.InputMethodHint.ImhSensitiveData
        | Qt.InputMethodHint.ImhNoPredictiveText
    )
    return field


class NewPassphraseFields(QObject):
    """A new passphrase typed twice, with a live strength meter and hint: rows for a form."""

    changed = Signal()

    def __init__(self, first_label: str = "Passphrase", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.label = first_label
        self.first = password_field("A short sentence only you would think of")
        self.first.setAccessibleName(first_label)
        self.second = password_field()
        self.second.setAccessibleName("Type it again")
        self.meter = QProgressBar()
        self.meter.setRange(0, 4)
        self.meter.setTextVisible(False)
        self.meter.setMaximumHeight(8)
        self.meter.setAccessibleName("Passphrase strength")
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.first.textChanged.connect(self._update)
        self.second.textChanged.connect(self.changed)
        self.first.returnPressed.connect(self.second.setFocus)
        self._update("")

    def add_to(self, form: QFormLayout) -> None:
        form.addRow(self.label, self.first)
        form.addRow("", self.meter)
        form.addRow("", self.hint)
        form.addRow("Type it again", self.second)

    def _update(self, text: str) -> None:
        score, hint = passphrase_strength(text)
        self.meter.setValue(score)
        self.hint.setText(hint)
        self.changed.emit()

    def passphrase(self) -> str:
        return self.first.text()

    def accepted_or_explained(self, error: ErrorLine) -> bool:
        """True if the passphrase may be used; otherwise say why in ``error`` and refocus."""
        problem = self.problem()
        if problem:
            error.show_message(problem)
            self.first.setFocus()
            return False
        return True

    def problem(self) -> str | None:
        """The sentence saying why this cannot be the new passphrase, or None."""
        weak = check_new_passphrase(self.first.text())
        if weak:
            return weak
        if self.first.text() != self.second.text():
            return MISMATCH
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


class Discardable:
    """A top-level window the controller closes for good with ``discard``; a close by the
    user only asks (``_close_asked``), so the controller decides what happens."""

    _discarding = False

    def _close_for_good(self) -> None:
        self._discarding = True
        self.close()  # type: ignore[attr-defined]
        self.deleteLater()  # type: ignore[attr-defined]

    def _close_asked(self) -> None:
        raise NotImplementedError

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._discarding:
            event.accept()
            return
        event.ignore()
        self._close_asked()


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
