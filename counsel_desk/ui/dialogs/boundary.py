"""Logging a boundary event (or changing one) and adding a boundary of your own.

An event is a date, a kind, who began it, what happened and what was done (a line or two
each), the clause or boundary it concerns, and optionally the session it happened at or
after. Choosing a kind chooses its usual clause, until you choose one yourself.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from counsel_desk.domain.contract.boundaries import (
    BoundaryEvent,
    BoundaryKind,
    Initiator,
    validate_own_boundary,
)
from counsel_desk.domain.sessions import Session, SessionStatus
from counsel_desk.ui import forms
from counsel_desk.ui import widgets as w
from counsel_desk.ui.formats import session_time
from counsel_desk.ui.i18n import shown_text

NO_CLAUSE = QT_TRANSLATE_NOOP("dialogs.boundary", "Nothing in particular")
NO_SESSION = QT_TRANSLATE_NOOP("dialogs.boundary", "No session")


def _short_text(name: str, hint: str) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setAccessibleName(name)
    edit.setPlaceholderText(hint)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 3 + 14)
    return edit


def _layout(dialog: QDialog, intro: str, form: QFormLayout, error: QWidget, primary: str):
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    button = buttons.addButton(primary, QDialogButtonBox.ButtonRole.AcceptRole)
    buttons.accepted.connect(dialog._submit)  # type: ignore[attr-defined]
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.setContentsMargins(w.MARGIN, w.MARGIN, w.MARGIN, w.MARGIN)
    layout.setSpacing(w.SPACING)
    layout.addWidget(w.explanation(intro))
    layout.addLayout(form)
    layout.addWidget(error)
    layout.addWidget(buttons)
    return button


class BoundaryEventDialog(QDialog):
    def __init__(
        self,
        save: Callable[[BoundaryEvent], BoundaryEvent],
        client_id: int,
        code: str,
        clauses: Sequence[tuple[str, str]],
        sessions: Sequence[Session],
        event: BoundaryEvent | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            self.tr("Change boundary event") if event else self.tr("Log a boundary event")
        )
        self._save = save
        self._client_id = client_id
        self._event = event
        self.saved: BoundaryEvent | None = None
        self._clause_chosen = event is not None
        today = dt.date.today()
        on = event.on if event else today
        self.day = QDateEdit(QDate(on.year, on.month, on.day))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("d MMM yyyy")
        self.day.setAccessibleName(self.tr("Date"))
        self.kind = forms.EnumCombo(BoundaryKind, event.kind if event else BoundaryKind.CONTACT)
        self.kind.setAccessibleName(self.tr("Kind"))
        self.who = forms.EnumCombo(Initiator, event.initiated_by if event else Initiator.CLIENT)
        self.who.setAccessibleName(self.tr("Who began it"))
        self.happened = _short_text(
            self.tr("What happened"), self.tr("A line or two, as you would tell a supervisor")
        )
        self.what_done = _short_text(
            self.tr("What was done"), self.tr("What you did, or agreed to do")
        )
        self.clause = QComboBox()
        self.clause.setAccessibleName(self.tr("Concerning"))
        self.clause.addItem(QCoreApplication.translate("dialogs.boundary", NO_CLAUSE), None)
        for key, title in clauses:
            self.clause.addItem(title, key)
        self.session = QComboBox()
        self.session.setAccessibleName(self.tr("Session"))
        self.session.addItem(QCoreApplication.translate("dialogs.boundary", NO_SESSION), None)
        held = [s for s in sessions if s.status is not SessionStatus.RESCHEDULED]
        self._starts = {s.id: s.start for s in held}
        for session in sorted(held, key=lambda s: s.start, reverse=True):
            status = shown_text(session.status.label)
            self.session.addItem(f"{session_time(session.start)} · {status}", session.id)
        if event is not None:
            self.happened.setPlainText(event.what_happened)
            self.what_done.setPlainText(event.what_was_done)
            self.clause.setCurrentIndex(max(0, self.clause.findData(event.clause_key)))
            self.session.setCurrentIndex(max(0, self.session.findData(event.session_id)))
        else:
            self._kind_changed()
            self._nearest_session()
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.clause.activated.connect(lambda _i: setattr(self, "_clause_chosen", True))
        self.day.dateChanged.connect(lambda _d: self._nearest_session())
        self.error = w.ErrorLine()
        form = QFormLayout()
        form.addRow(self.tr("Date"), self.day)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Who began it"), self.who)
        form.addRow(self.tr("What happened"), self.happened)
        form.addRow(self.tr("What was done"), self.what_done)
        form.addRow(self.tr("Concerning"), self.clause)
        form.addRow(self.tr("Session"), self.session)
        self.save_button = _layout(
            self,
            self.tr(
                "For {code}: what tested a boundary, kept as a record you can "
                "search and that the timeline shows. Keep it short and factual."
            ).format(code=code),
            form,
            self.error,
            self.tr("Save") if event else self.tr("Log event"),
        )
        self.setMinimumWidth(520)
        forms.recheck_when_edited(self, self.error)

    def _kind_changed(self) -> None:
        if self._clause_chosen:
            return
        usual = self.kind.value().clause
        found = self.clause.findData(usual) if usual else -1
        self.clause.setCurrentIndex(max(0, found))

    def _nearest_session(self) -> None:
        """The latest session on or before the event's date (an event comes at or after
        one), unless one was chosen."""
        if self._event is not None:
            return
        day = self.day.date().toPython()
        before = [
            (start, session_id) for session_id, start in self._starts.items() if start.date() <= day
        ]
        chosen = max(before)[1] if before else None
        self.session.setCurrentIndex(max(0, self.session.findData(chosen)))

    def boundary_event(self) -> BoundaryEvent:
        """The event as filled in (checked by the service on saving)."""
        return BoundaryEvent(
            client_id=self._client_id,
            on=self.day.date().toPython(),
            kind=self.kind.value(),
            initiated_by=self.who.value(),
            what_happened=self.happened.toPlainText(),
            what_was_done=self.what_done.toPlainText(),
            clause_key=self.clause.currentData(),
            session_id=self.session.currentData(),
            id=self._event.id if self._event else None,
        )

    def _submit(self) -> None:
        forms.save_or_say(self, self.error, lambda: self._save(self.boundary_event()))


class OwnBoundaryDialog(QDialog):
    """A boundary agreed with this client beyond the contract's clauses."""

    def __init__(
        self, save: Callable[[str, str], object], code: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a boundary"))
        self._save = save
        self.saved: object | None = None
        self.title = QLineEdit()
        self.title.setAccessibleName(self.tr("Boundary"))
        self.title.setPlaceholderText(self.tr("A short name, such as “No contact on social media”"))
        self.text = _short_text(
            self.tr("What you agreed"), self.tr("What you agreed, in a sentence or two")
        )
        self.text.setFixedHeight(self.text.fontMetrics().lineSpacing() * 5 + 14)
        self.error = w.ErrorLine()
        form = QFormLayout()
        form.addRow(self.tr("Boundary"), self.title)
        form.addRow(self.tr("What you agreed"), self.text)
        self.save_button = _layout(
            self,
            self.tr(
                "A boundary agreed with {code} beyond those the contract sets. It "
                "is listed with them, and boundary events can concern it."
            ).format(code=code),
            form,
            self.error,
            self.tr("Add boundary"),
        )
        self.setMinimumWidth(480)
        forms.recheck_when_edited(
            self,
            self.error,
            lambda: validate_own_boundary(self.title.text(), self.text.toPlainText()),
        )

    def _submit(self) -> None:
        forms.save_or_say(
            self, self.error, lambda: self._save(self.title.text(), self.text.toPlainText())
        )
