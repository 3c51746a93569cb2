"""Practice breaks (Sessions → Practice breaks…): the list, and adding one. A break over
booked sessions is never added silently: the dialog lists them and offers to move them to
the week after or cancel them (never counted as the practitioner's cancellations), or to
go back and change the dates."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate
from PySide6.QtWidgets import (
    QDateEdit,
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

from counsel_desk.domain.breaks import (
    MAX_LABEL,
    Break,
    BreakDraft,
    BreakKind,
    BreakOverlaps,
    OverlapChoice,
    validate_break,
)
from counsel_desk.domain.errors import CounselDeskError
from counsel_desk.ui import alerts, forms
from counsel_desk.ui import widgets as w
from counsel_desk.ui.dialogs.show import show
from counsel_desk.ui.formats import fmt_date
from counsel_desk.ui.i18n import error_text, shown_text
from counsel_desk.ui.models.rows import ID_ROLE

if TYPE_CHECKING:
    from counsel_desk.services.breaks import BreakAdded, BreakService

NONE_YET = QT_TRANSLATE_NOOP(
    "dialogs.breaks", "No practice breaks recorded. Add your holidays and closures here."
)
EXPLAINED = QT_TRANSLATE_NOOP(
    "dialogs.breaks",
    "Sessions cancelled for a break are never counted as your cancellations. Tell clients "
    "in good time, and note the day you told them.",
)


def _date(value: dt.date) -> QDateEdit:
    edit = QDateEdit(QDate(value.year, value.month, value.day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("d MMM yyyy")
    return edit


def break_line(item: Break) -> str:
    told = (
        QCoreApplication.translate("dialogs.breaks", ", clients told {told_on}").format(
            told_on=fmt_date(item.told_on)
        )
        if item.told_on
        else QCoreApplication.translate("dialogs.breaks", ", clients not yet told")
    )
    return QCoreApplication.translate(
        "dialogs.breaks", "{name}: {span} ({days} days{told})"
    ).format(name=shown_text(item.name), span=item.span, days=item.days, told=told)


class BreakDialog(QDialog):
    """A new break: its days, kind, name and when clients were told."""

    def __init__(self, breaks: BreakService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a practice break"))
        self._breaks = breaks
        self.saved: BreakAdded | None = None
        today = dt.date.today()
        self.first = _date(today + dt.timedelta(days=28))
        self.first.setAccessibleName(self.tr("First day"))
        self.last = _date(today + dt.timedelta(days=41))
        self.last.setAccessibleName(self.tr("Last day"))
        self.kind = forms.EnumCombo(BreakKind, BreakKind.HOLIDAY)
        self.kind.setAccessibleName(self.tr("Kind of break"))
        self.label = QLineEdit()
        self.label.setMaxLength(MAX_LABEL)
        self.label.setPlaceholderText(self.tr("Optional, such as “Summer”"))
        self.label.setAccessibleName(self.tr("Name"))
        self.told = forms.OptionalDate(self.tr("Clients told on"))
        self.told.set_date(today)
        self.error = w.ErrorLine()
        self.move_button = QPushButton(shown_text(OverlapChoice.MOVE.label))
        self.move_button.setToolTip(
            self.tr("To the same time in the first free week after the break")
        )
        self.cancel_sessions_button = QPushButton(shown_text(OverlapChoice.CANCEL.label))
        self.cancel_sessions_button.setToolTip(
            self.tr("Cancelled for the break: not counted as yours")
        )
        self.move_button.clicked.connect(lambda: self._save(OverlapChoice.MOVE))
        self.cancel_sessions_button.clicked.connect(lambda: self._save(OverlapChoice.CANCEL))
        choices = QHBoxLayout()
        choices.addWidget(self.move_button)
        choices.addWidget(self.cancel_sessions_button)
        choices.addStretch()
        self.choices = QWidget()
        self.choices.setLayout(choices)
        self.choices.hide()
        form = QFormLayout()
        form.addRow(self.tr("First day"), self.first)
        form.addRow(self.tr("Last day"), self.last)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Name"), self.label)
        self.told.add_to(form)
        self.save_button = forms.form_dialog(
            self, form, lambda: self._save(None),
            w.explanation(QCoreApplication.translate("dialogs.breaks", EXPLAINED)),
            self.error, self.choices, min_width=480,
        )  # fmt: skip
        for edit in (self.first, self.last):
            edit.dateChanged.connect(lambda _d: self._dates_changed())
        forms.recheck_when_edited(self, self.error, lambda: validate_break(self.draft()))

    def draft(self) -> BreakDraft:
        return BreakDraft(
            self.first.date().toPython(),
            self.last.date().toPython(),
            self.kind.value(),
            self.told.date(),
            self.label.text(),
        )

    def _dates_changed(self) -> None:
        """New dates may cover other sessions: the choice is asked again."""
        self.choices.hide()
        self.save_button.setEnabled(True)

    def _save(self, choice: OverlapChoice | None) -> None:
        try:
            self.saved = self._breaks.add(self.draft(), choice)
        except BreakOverlaps as exc:
            self.error.show_message(error_text(exc))
            self.choices.show()
            self.save_button.setEnabled(False)  # move, cancel, or change the dates
            self.move_button.setFocus()
            self.adjustSize()
            return
        except CounselDeskError as exc:
            self.error.show_message(error_text(exc))
            return
        self.accept()


class BreaksDialog(QDialog):
    """Every practice break, earliest first; add one, remove one."""

    def __init__(self, breaks: BreakService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Practice breaks"))
        self._breaks = breaks
        self.changed = False  # a break added or removed: the views show it
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Practice breaks"))
        self.empty = w.explanation(QCoreApplication.translate("dialogs.breaks", NONE_YET))
        self.add_button = QPushButton(self.tr("Add a break…"))
        self.add_button.setDefault(True)
        self.add_button.clicked.connect(self.add_break)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self.remove_break)
        self.list.currentRowChanged.connect(lambda _r: self._chosen_changed())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(w.MARGIN, w.MARGIN, w.MARGIN, w.MARGIN)
        layout.setSpacing(w.SPACING)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.resize(560, 360)
        self.reload()

    def reload(self, select_id: int | None = None) -> None:
        self.list.clear()
        for item in self._breaks.list():
            row = QListWidgetItem(break_line(item))
            row.setData(ID_ROLE, item.id)
            self.list.addItem(row)
            if item.id == select_id:
                self.list.setCurrentItem(row)
        empty = self.list.count() == 0
        self.list.setVisible(not empty)
        self.empty.setVisible(empty)
        self._chosen_changed()

    def _chosen_changed(self) -> None:
        self.remove_button.setEnabled(self.list.currentItem() is not None)

    def add_break(self) -> None:
        dialog = BreakDialog(self._breaks, self)

        def added() -> None:
            if dialog.saved is not None:
                self.changed = True
                self.reload(dialog.saved.added.id)
                if dialog.saved.moved or dialog.saved.cancelled:
                    alerts.info(self, shown_text(dialog.saved.summary))

        show(dialog, added)

    def remove_break(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        break_id = item.data(ID_ROLE)

        def remove() -> None:
            try:
                self._breaks.remove(break_id)
            except CounselDeskError as exc:
                alerts.error(self, error_text(exc))
                return
            self.changed = True
            self.reload()

        alerts.ask(
            self,
            self.tr(
                "Remove this break? Sessions already cancelled or moved for it stay as they are."
            ),
            self.tr("Remove"),
            self.tr("Keep"),
            remove,
        )
