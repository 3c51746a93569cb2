"""Logging a supervision session (or changing one), and the day the registration year
begins.

A session is a date, the supervisor (those named before are offered), its length, one to
one or in a group, the clients discussed (ticked by code, never by name), notes and actions.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from counsel_desk.domain.clients import Client, ClientStatus
from counsel_desk.domain.dates import MONTHS
from counsel_desk.domain.supervision import (
    MAX_MINUTES,
    MIN_MINUTES,
    RegistrationYear,
    SupervisionFormat,
    SupervisionSession,
)
from counsel_desk.ui import forms
from counsel_desk.ui import widgets as w

DEFAULT_MINUTES = 60


def _text(name: str, hint: str, lines: int) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setAccessibleName(name)
    edit.setPlaceholderText(hint)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + 14)
    return edit


def _buttons(dialog: QDialog, primary: str) -> tuple[QDialogButtonBox, QPushButton]:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    button = buttons.addButton(primary, QDialogButtonBox.ButtonRole.AcceptRole)
    buttons.accepted.connect(dialog._submit)  # type: ignore[attr-defined]
    buttons.rejected.connect(dialog.reject)
    return buttons, button


class ClientChecklist(QWidget):
    """The clients discussed: a code to tick per client, with a box that narrows the list."""

    def __init__(self, clients: Sequence[Client], chosen: Sequence[int] = ()) -> None:
        super().__init__()
        self.find = QLineEdit()
        self.find.setAccessibleName(self.tr("Find a client by code"))
        self.find.setPlaceholderText(self.tr("Find a code"))
        self.find.setClearButtonEnabled(True)
        self.find.textChanged.connect(self._narrow)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Clients discussed"))
        ticked = set(chosen)
        # Clients being seen first, then the rest, each by code; ones ticked stay listed.
        order = sorted(clients, key=lambda c: (c.status is ClientStatus.ENDED, c.code))
        for client in order:
            ended = self.tr(" (ended)") if client.status is ClientStatus.ENDED else ""
            item = QListWidgetItem(f"{client.code}{ended}")
            item.setData(Qt.ItemDataRole.UserRole, client.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            on = client.id in ticked
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        row = self.list.sizeHintForRow(0) if self.list.count() else self.fontMetrics().height()
        self.list.setFixedHeight(row * 7 + 2 * self.list.frameWidth())
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.find)
        column.addWidget(self.list)

    def _narrow(self, text: str) -> None:
        wanted = text.strip().casefold()
        for row in range(self.list.count()):
            item = self.list.item(row)
            item.setHidden(bool(wanted) and wanted not in item.text().casefold())

    def chosen(self) -> tuple[int, ...]:
        out = []
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(int(item.data(Qt.ItemDataRole.UserRole)))
        return tuple(out)

    def set_checked(self, client_id: int, on: bool = True) -> None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == client_id:
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)


class SupervisionDialog(QDialog):
    def __init__(
        self,
        save: Callable[[SupervisionSession], SupervisionSession],
        clients: Sequence[Client],
        supervisors: Sequence[str] = (),
        session: SupervisionSession | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            self.tr("Change supervision session") if session else self.tr("Log supervision")
        )
        self._save = save
        self._session = session
        self.saved: SupervisionSession | None = None
        on = session.on if session else dt.date.today()
        self.day = QDateEdit(QDate(on.year, on.month, on.day))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("d MMM yyyy")
        self.day.setAccessibleName(self.tr("Date"))
        self.supervisor = QComboBox()
        self.supervisor.setEditable(True)
        self.supervisor.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.supervisor.addItems(list(supervisors))
        self.supervisor.setAccessibleName(self.tr("Supervisor"))
        self.supervisor.lineEdit().setAccessibleName(self.tr("Supervisor"))
        self.supervisor.lineEdit().setPlaceholderText(self.tr("Their name or initials"))
        self.supervisor.setCurrentText(session.supervisor if session else (supervisors or [""])[0])
        self.minutes = QSpinBox()
        self.minutes.setRange(MIN_MINUTES, MAX_MINUTES)
        self.minutes.setSingleStep(15)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setValue(session.minutes if session else DEFAULT_MINUTES)
        self.minutes.setAccessibleName(self.tr("Length in minutes"))
        self.format = forms.EnumCombo(
            SupervisionFormat, session.format if session else SupervisionFormat.INDIVIDUAL
        )
        self.format.setAccessibleName(self.tr("One to one or group"))
        self.clients = ClientChecklist(clients, session.client_ids if session else ())
        self.notes = _text(
            self.tr("Notes"), self.tr("What you took, what you noticed, what was suggested"), 5
        )
        self.actions = _text(self.tr("Actions"), self.tr("What you will do before next time"), 3)
        if session is not None:
            self.notes.setPlainText(session.notes)
            self.actions.setPlainText(session.actions)
        self.error = w.ErrorLine()
        form = QFormLayout()
        form.addRow(self.tr("Date"), self.day)
        form.addRow(self.tr("Supervisor"), self.supervisor)
        length = QHBoxLayout()
        length.addWidget(self.minutes)
        length.addWidget(self.format)
        length.addStretch()
        form.addRow(self.tr("Length"), length)
        form.addRow(self.tr("Clients discussed"), self.clients)
        form.addRow(self.tr("Notes"), self.notes)
        form.addRow(self.tr("Actions"), self.actions)
        buttons, self.save_button = _buttons(
            self, self.tr("Save") if session else self.tr("Log session")
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(w.MARGIN, w.MARGIN, w.MARGIN, w.MARGIN)
        layout.setSpacing(w.SPACING)
        layout.addWidget(
            w.explanation(
                self.tr(
                    "A record of supervision for your registration: clients appear by their code "
                    "only. Keep the notes as you would in a supervision notebook."
                )
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)
        forms.recheck_when_edited(self, self.error)

    def supervision(self) -> SupervisionSession:
        """The session as filled in (checked by the service on saving)."""
        return SupervisionSession(
            on=self.day.date().toPython(),
            supervisor=self.supervisor.currentText(),
            minutes=self.minutes.value(),
            format=self.format.value(),
            client_ids=self.clients.chosen(),
            notes=self.notes.toPlainText(),
            actions=self.actions.toPlainText(),
            id=self._session.id if self._session else None,
        )

    def _submit(self) -> None:
        forms.save_or_say(self, self.error, lambda: self._save(self.supervision()))


class RegistrationYearDialog(QDialog):
    """The day each registration year begins (the day membership renews)."""

    def __init__(
        self,
        save: Callable[[RegistrationYear], object],
        current: RegistrationYear,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Registration year"))
        self._save = save
        self.saved: object | None = None
        self.day = QSpinBox()
        self.day.setRange(1, 31)
        self.day.setValue(current.day)
        self.day.setAccessibleName(self.tr("Day"))
        self.month = QComboBox()
        self.month.addItems(list(MONTHS))
        self.month.setCurrentIndex(current.month - 1)
        self.month.setAccessibleName(self.tr("Month"))
        self.error = w.ErrorLine()
        row = QHBoxLayout()
        row.addWidget(self.day)
        row.addWidget(self.month)
        row.addStretch()
        form = QFormLayout()
        form.addRow(self.tr("Begins on"), row)
        buttons, self.save_button = _buttons(self, self.tr("Save"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(w.MARGIN, w.MARGIN, w.MARGIN, w.MARGIN)
        layout.setSpacing(w.SPACING)
        layout.addWidget(
            w.explanation(
                self.tr(
                    "The day your registration or membership year begins each year. Supervision "
                    "hours are totalled for each such year as well as for each calendar year."
                )
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)
        forms.recheck_when_edited(self, self.error, self.year)

    def year(self) -> RegistrationYear:
        return RegistrationYear(self.month.currentIndex() + 1, self.day.value())

    def _submit(self) -> None:
        def save() -> object:
            year = self.year()
            self._save(year)
            return year

        forms.save_or_say(self, self.error, save)
