"""Move a note filed under the wrong client to the right one: choose the client and the
session it belongs to, and say why. The note keeps its text and amendments; the audit
trail records the move, never the reason or the words."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QLineEdit, QWidget

from counsel_desk.domain.clients import Client
from counsel_desk.domain.notes import MAX_TITLE, Note, validate_move_reason
from counsel_desk.domain.sessions import Session
from counsel_desk.ui import forms
from counsel_desk.ui import widgets as w
from counsel_desk.ui.formats import fmt_datetime
from counsel_desk.ui.i18n import shown_text

EXPLAINED = QT_TRANSLATE_NOOP(
    "dialogs.move_note",
    "The note keeps its text, amendments and flags, and moves with any risk logged from it. "
    "Afterwards {code}'s record, searches and copies no longer hold it.",
)


class MoveNoteDialog(QDialog):
    def __init__(
        self,
        note: Note,
        where: str,
        from_code: str,
        clients: Sequence[Client],
        sessions_for: Callable[[int], list[Session]],
        move: Callable[[int, str], Note],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Move note to another client"))
        self._sessions_for, self._move = sessions_for, move
        self._near = where_start(note, sessions_for)
        self.saved: Note | None = None
        self._others = [c for c in clients if c.id != note.client_id]
        self.client = QComboBox()
        self.client.setAccessibleName(self.tr("Move to client"))
        self.client.addItems([c.code for c in self._others])
        self.session = QComboBox()
        self.session.setAccessibleName(self.tr("Under the session"))
        self._listed: list[Session] = []
        self.reason = QLineEdit()
        self.reason.setMaxLength(MAX_TITLE)
        self.reason.setPlaceholderText(
            self.tr("Such as: filed under {from_code} by mistake").format(from_code=from_code)
        )
        self.reason.setAccessibleName(self.tr("Why it is moving"))
        self.error = w.ErrorLine()
        form = QFormLayout()
        form.addRow(self.tr("Note"), w.plain_label(where))
        form.addRow(self.tr("Move to client"), self.client)
        form.addRow(self.tr("Under the session"), self.session)
        form.addRow(self.tr("Why"), self.reason)
        self.save_button = forms.form_dialog(
            self,
            form,
            self._submit,
            w.explanation(
                QCoreApplication.translate("dialogs.move_note", EXPLAINED).format(code=from_code)
            ),
            self.error,
            min_width=520,
        )
        self.save_button.setText(self.tr("Move note"))
        self.client.currentIndexChanged.connect(lambda _i: self._fill_sessions())
        self._fill_sessions()
        forms.recheck_when_edited(
            self, self.error, lambda: validate_move_reason(self.reason.text())
        )

    def _fill_sessions(self) -> None:
        self.session.clear()
        self._listed = []
        if not self._others:
            self.error.show_message(self.tr("There is no other client to move the note to."))
            self.save_button.setEnabled(False)
            return
        client = self._others[self.client.currentIndex()]
        self._listed = sorted(self._sessions_for(client.id), key=lambda s: s.start)
        for session in self._listed:
            self.session.addItem(
                f"{fmt_datetime(session.start)} · {shown_text(session.status.label)}"
            )
        if not self._listed:
            self.error.show_message(
                self.tr(
                    "{code} has no session to file the note under: book the session "
                    "it belongs to first."
                ).format(code=client.code)
            )
        else:
            self.error.clear()
            nearest = min(
                range(len(self._listed)),
                key=lambda i: abs(self._listed[i].start - self._near),
            )
            self.session.setCurrentIndex(nearest)
        self.save_button.setEnabled(bool(self._listed))

    def chosen_session(self) -> Session | None:
        index = self.session.currentIndex()
        return self._listed[index] if 0 <= index < len(self._listed) else None

    def _submit(self) -> None:
        session = self.chosen_session()
        if session is None:
            return
        forms.save_or_say(self, self.error, lambda: self._move(session.id, self.reason.text()))


def where_start(note: Note, sessions_for: Callable[[int], list[Session]]) -> dt.datetime:
    """The start of the session the note is filed under now."""
    for session in sessions_for(note.client_id):
        if session.id == note.session_id:
            return session.start
    return dt.datetime.now()
