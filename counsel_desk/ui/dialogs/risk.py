"""Log a risk (from a note or on its own) or change one still open, and review or close one.

The level is the practitioner's own judgement, from a short fixed list; what was done is
ticked from the actions; the domain's own sentences say what is missing as the form is
filled in."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QGridLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from counsel_desk.domain.risk import (
    MAX_OUTCOME,
    MAX_PHRASE,
    Risk,
    RiskAction,
    RiskDraft,
    RiskLevel,
    validate_review,
    validate_risk,
)
from counsel_desk.ui import forms
from counsel_desk.ui import widgets as w
from counsel_desk.ui.formats import fmt_date
from counsel_desk.ui.i18n import shown_text

LEVEL_NOTE = QT_TRANSLATE_NOOP(
    "dialogs.risk", "The level is your own judgement; the log keeps what you decided and why."
)


def _date(value: dt.date) -> QDateEdit:
    edit = QDateEdit(QDate(value.year, value.month, value.day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("d MMM yyyy")
    return edit


class RiskDialog(QDialog):
    """``save(draft)`` logs or changes the entry; a refusal is its sentence, and the dialog
    stays with everything typed."""

    def __init__(
        self,
        save: Callable[[RiskDraft], Risk],
        start: RiskDraft,
        client_code: str,
        *,
        changing: bool = False,
        from_note: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            self.tr("Change risk — {client_code}").format(client_code=client_code)
            if changing
            else self.tr("Log risk — {client_code}").format(client_code=client_code)
        )
        self._save = save
        self._start = start
        self.saved: Risk | None = None
        self.on = _date(start.on)
        self.on.setAccessibleName(self.tr("Date"))
        self.disclosed = QLineEdit(start.disclosed)
        self.disclosed.setMaxLength(MAX_PHRASE)
        self.disclosed.setPlaceholderText(
            self.tr("A short phrase, such as “thoughts of ending their life”")
        )
        self.disclosed.setAccessibleName(self.tr("What was disclosed"))
        self.level = forms.EnumCombo(RiskLevel, start.level)
        self.level.setAccessibleName(self.tr("Level (your judgement)"))
        self.actions: dict[RiskAction, QCheckBox] = {}
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        for n, action in enumerate(RiskAction):
            box = QCheckBox(shown_text(action.label))
            box.setChecked(action in start.actions)
            self.actions[action] = box
            grid.addWidget(box, n // 2, n % 2)
        actions = QWidget()
        actions.setLayout(grid)
        self.told = QLineEdit(start.told)
        self.told.setMaxLength(MAX_PHRASE)
        self.told.setPlaceholderText(
            self.tr("Who was told, if anyone: the GP, a safeguarding team…")
        )
        self.told.setAccessibleName(self.tr("Who was told"))
        self.told_on = forms.OptionalDate(self.tr("Told on"))
        self.told_on.set_date(start.told_on)
        self.review_on = _date(start.review_on or start.on + dt.timedelta(days=7))
        self.review_on.setAccessibleName(self.tr("Review on"))
        self.error = w.ErrorLine()
        form = QFormLayout()
        if from_note:
            form.addRow(self.tr("From"), w.plain_label(from_note))
        form.addRow(self.tr("Date"), self.on)
        form.addRow(self.tr("What was disclosed"), self.disclosed)
        form.addRow(self.tr("Level"), self.level)
        form.addRow(w.explanation(QCoreApplication.translate("dialogs.risk", LEVEL_NOTE)))
        form.addRow(self.tr("What was done"), actions)
        form.addRow(self.tr("Who was told"), self.told)
        self.told_on.add_to(form)
        form.addRow(self.tr("Review on"), self.review_on)
        self.save_button = forms.form_dialog(self, form, self._submit, self.error, min_width=660)
        forms.recheck_when_edited(self, self.error, lambda: validate_risk(self.draft()))

    def draft(self) -> RiskDraft:
        return RiskDraft(
            client_id=self._start.client_id,
            on=self.on.date().toPython(),
            disclosed=self.disclosed.text(),
            level=self.level.value(),
            actions=tuple(a for a, box in self.actions.items() if box.isChecked()),
            told=self.told.text(),
            told_on=self.told_on.date(),
            review_on=self.review_on.date().toPython(),
            note_id=self._start.note_id,
        )

    def _submit(self) -> None:
        forms.save_or_say(self, self.error, lambda: self._save(self.draft()))


class RiskReviewDialog(QDialog):
    """Review an open risk (what was found, and the next review date) or close it with a
    short outcome (``closing``)."""

    def __init__(
        self,
        risk: Risk,
        review: Callable[[dt.date, str, dt.date | None], Risk],
        *,
        closing: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        what = self.tr("Close risk") if closing else self.tr("Review risk")
        self.setWindowTitle(f"{what} — {risk.client_code}")
        self._risk, self._review, self.closing = risk, review, closing
        self.saved: Risk | None = None
        today = dt.date.today()
        self.on = _date(today)
        self.on.setAccessibleName(self.tr("Date"))
        self.summary = QPlainTextEdit()
        self.summary.setTabChangesFocus(True)
        self.summary.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.summary.setAccessibleName(
            self.tr("Outcome") if closing else self.tr("What the review found")
        )
        self.summary.setPlaceholderText(
            self.tr("How things stand now, in a few words")
            if closing
            else self.tr("What you found, briefly")
        )
        self.next_review = _date(today + dt.timedelta(days=14))
        self.next_review.setAccessibleName(self.tr("Next review"))
        self.error = w.ErrorLine()
        form = QFormLayout()
        form.addRow(
            self.tr("Risk"),
            w.explanation(
                self.tr("{label}, logged {day}: {disclosed}").format(
                    label=shown_text(risk.level.label),
                    day=fmt_date(risk.on),
                    disclosed=risk.disclosed,
                )
            ),
        )
        form.addRow(self.tr("Date"), self.on)
        form.addRow(
            self.tr("Outcome") if closing else self.tr("What the review found"), self.summary
        )
        if not closing:
            form.addRow(self.tr("Next review"), self.next_review)
        self.save_button = forms.form_dialog(self, form, self._submit, self.error, min_width=480)
        self.save_button.setText(self.tr("Close risk") if closing else self.tr("Save review"))
        forms.recheck_when_edited(self, self.error, self._check)

    def values(self) -> tuple[dt.date, str, dt.date | None]:
        nxt = None if self.closing else self.next_review.date().toPython()
        return self.on.date().toPython(), self.summary.toPlainText()[: MAX_OUTCOME * 2], nxt

    def _check(self) -> None:
        on, summary, nxt = self.values()
        validate_review(self._risk, on, summary, nxt, closing=self.closing)

    def _submit(self) -> None:
        forms.save_or_say(self, self.error, lambda: self._review(*self.values()))
