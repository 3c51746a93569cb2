"""The contract tab's dialogs: a new version (from a template, or a copy of the last one to
change), agreeing a draft (on a date, and how), and the review date. Each saves through the
callable it is given; a refusal is the service's sentence and the dialog stays open."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from counsel_desk.domain.contract.checklist import ChecklistItem
from counsel_desk.domain.contract.template import ContractTemplate
from counsel_desk.domain.contract.version import AgreedHow, ContractVersion, format_date
from counsel_desk.ui import forms
from counsel_desk.ui import widgets as w
from counsel_desk.ui.i18n import shown_text


def _buttons(dialog: QDialog, primary: str, submit: Callable[[], None]) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    dialog.save_button = buttons.addButton(primary, QDialogButtonBox.ButtonRole.AcceptRole)  # type: ignore[attr-defined]
    buttons.accepted.connect(submit)
    buttons.rejected.connect(dialog.reject)
    return buttons


def _column(dialog: QDialog, *parts: object) -> None:
    layout = QVBoxLayout(dialog)
    layout.setContentsMargins(w.MARGIN, w.MARGIN, w.MARGIN, w.MARGIN)
    layout.setSpacing(w.SPACING)
    for part in parts:
        if isinstance(part, QWidget):
            layout.addWidget(part)
        else:
            layout.addLayout(part)  # type: ignore[arg-type]


def _date_edit(value: dt.date) -> QDateEdit:
    edit = QDateEdit(QDate(value.year, value.month, value.day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("d MMM yyyy")
    return edit


class NewVersionDialog(QDialog):
    """Start the next version: from a template, or as a copy of ``latest`` to change."""

    def __init__(
        self,
        start: Callable[[str | None], ContractVersion],
        templates: Sequence[ContractTemplate],
        latest: ContractVersion | None,
        code: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New contract version") if latest else self.tr("New contract"))
        self._start = start
        self.saved: ContractVersion | None = None
        self._can_copy = latest is not None
        self.templates = list(templates)
        self.from_template = QRadioButton(self.tr("From a template"))
        self.copy = QRadioButton(
            self.tr("A copy of version {number}, to change").format(number=latest.number)
            if latest
            else self.tr("A copy")
        )
        self.copy.setVisible(latest is not None)
        self.template = QComboBox()
        self.template.setAccessibleName(self.tr("Template"))
        for template in self.templates:
            self.template.addItem(template.name, template.id)
        self.about = w.explanation("")
        self.template.currentIndexChanged.connect(self._describe)
        self.from_template.toggled.connect(self.template.setEnabled)
        (self.copy if latest else self.from_template).setChecked(True)
        self.template.setEnabled(latest is None)
        self.error = w.ErrorLine()
        form = QFormLayout()
        form.addRow(self.copy)
        form.addRow(self.from_template)
        form.addRow(self.tr("Template"), self.template)
        form.addRow(self.about)
        intro = (
            self.tr(
                "The next version of {code}'s contract starts as a draft. Nothing "
                "changes for the client until it is agreed."
            ).format(code=code)
            if latest
            else self.tr(
                "{code}'s first contract starts as a draft, with your practice's "
                "details and default terms filled in. Change anything before it "
                "is agreed."
            ).format(code=code)
        )
        buttons = _buttons(self, self.tr("Make draft"), self._submit)
        _column(self, w.explanation(intro), form, self.error, buttons)
        self.setMinimumWidth(480)
        self._describe()

    def _describe(self) -> None:
        index = self.template.currentIndex()
        self.about.setText(
            self.templates[index].description if 0 <= index < len(self.templates) else ""
        )

    def choice(self) -> str | None:
        """The template's id, or None for a copy of the latest version."""
        if self._can_copy and self.copy.isChecked():
            return None
        return self.template.currentData()

    def _submit(self) -> None:
        forms.save_or_say(self, self.error, lambda: self._start(self.choice()))


class AgreeDialog(QDialog):
    """Agree a draft: the day, and how (signed on paper, in a session, by email)."""

    def __init__(
        self,
        agree: Callable[[dt.date, AgreedHow], ContractVersion],
        version: ContractVersion,
        blocking: Sequence[ChecklistItem],
        replaces: ContractVersion | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Agree version {number}").format(number=version.number))
        self._agree = agree
        self.saved: ContractVersion | None = None
        self.day = _date_edit(dt.date.today())
        self.day.setAccessibleName(self.tr("Agreed on"))
        self.how = forms.EnumCombo(AgreedHow, AgreedHow.IN_SESSION)
        self.how.setAccessibleName(self.tr("How it was agreed"))
        self.error = w.ErrorLine()
        form = QFormLayout()
        form.addRow(self.tr("Agreed on"), self.day)
        form.addRow(self.tr("How"), self.how)
        said = [
            self.tr(
                "Once agreed, version {number} cannot be changed; a later change is a new version."
            ).format(number=version.number)
        ]
        if replaces is not None:
            said.append(
                self.tr(
                    "It replaces version {number} (agreed {agreed_on}) from the day it is agreed."
                ).format(number=replaces.number, agreed_on=format_date(replaces.agreed_on))  # type: ignore[arg-type]
            )
        notes = [w.explanation(" ".join(said))]
        if blocking:
            listed = "\n".join(f"• {shown_text(item.summary)}" for item in blocking)
            notes.append(
                w.explanation(self.tr("The checklist still has:\n{listed}").format(listed=listed))
            )
        buttons = _buttons(self, self.tr("Agree"), self._submit)
        _column(self, *notes, form, self.error, buttons)
        self.setMinimumWidth(460)
        forms.recheck_when_edited(self, self.error)

    def _submit(self) -> None:
        forms.save_or_say(
            self,
            self.error,
            lambda: self._agree(self.day.date().toPython(), self.how.value()),
        )


class ReviewDialog(QDialog):
    """When to review the version in force (or a draft) together: a reminder on Today."""

    def __init__(
        self,
        set_review: Callable[[dt.date | None], ContractVersion],
        version: ContractVersion,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            self.tr("Review date of version {number}").format(number=version.number)
        )
        self._set = set_review
        self.saved: ContractVersion | None = None
        self.review = forms.OptionalDate(self.tr("Review on"))
        self.review.set_date(version.review_on or dt.date.today() + dt.timedelta(weeks=6))
        if version.review_on is None:
            self.review.check.setChecked(True)
        self.error = w.ErrorLine()
        form = QFormLayout()
        self.review.add_to(form)
        buttons = _buttons(self, self.tr("Save"), self._submit)
        note = w.explanation(
            self.tr(
                "A review is a reminder, not part of the agreement: it shows on Today in the week "
                "it falls due. Clear the box for no review."
            )
        )
        _column(self, note, form, self.error, buttons)
        self.setMinimumWidth(420)

    def _submit(self) -> None:
        forms.save_or_say(self, self.error, lambda: self._set(self.review.date()))
