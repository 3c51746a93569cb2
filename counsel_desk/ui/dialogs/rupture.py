"""Logging a rupture in a session (withdrawal, confrontation or both, and what happened in a
sentence), perhaps mended in the same session; and recording the repair of one logged
earlier. The domain's sentences explain what cannot be kept; nothing is written half."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QCheckBox, QDateEdit, QDialog, QFormLayout, QLineEdit, QWidget

from counsel_desk.domain.ruptures import RuptureKind
from counsel_desk.ui import forms
from counsel_desk.ui import widgets as w
from counsel_desk.ui.formats import fmt_datetime, long_date
from counsel_desk.ui.i18n import shown_text

if TYPE_CHECKING:
    from counsel_desk.domain.ruptures import Rupture
    from counsel_desk.domain.sessions import Session

WHAT_HINT = QT_TRANSLATE_NOOP("dialogs.rupture", "e.g. went quiet after I mentioned the break")
HOW_HINT = QT_TRANSLATE_NOOP(
    "dialogs.rupture", "e.g. we talked openly about what had happened between us"
)


def _short_line(hint: str, name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setPlaceholderText(hint)
    edit.setAccessibleName(name)
    edit.setMaxLength(600)  # the domain's limit is 500: past it, its sentence says so
    return edit


class RuptureDialog(QDialog):
    """Log a rupture in ``session``; ``save(kind, what_happened, repaired_how)``."""

    def __init__(
        self,
        save: Callable[[RuptureKind, str, str], Rupture],
        session: Session,
        client_code: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Log a rupture"))
        self._save_to = save
        self.saved: Rupture | None = None
        self.kind = forms.EnumCombo(RuptureKind)
        self.kind.setAccessibleName(self.tr("Kind of rupture"))
        self.what = _short_line(
            QCoreApplication.translate("dialogs.rupture", WHAT_HINT), self.tr("What happened")
        )
        self.mended = QCheckBox(self.tr("Mended in the same session"))
        self.how = _short_line(
            QCoreApplication.translate("dialogs.rupture", HOW_HINT), self.tr("How it was mended")
        )
        self.error = w.ErrorLine()
        when = fmt_datetime(session.start)
        self.form = QFormLayout()
        self.form.addRow(self.tr("Session"), w.plain_label(f"{client_code} · {when}"))
        self.form.addRow(self.tr("&Kind"), self.kind)
        self.form.addRow(self.tr("&What happened"), self.what)
        self.form.addRow("", self.mended)
        self.form.addRow(self.tr("&How it was mended"), self.how)
        about = w.explanation(
            self.tr(
                "A withdrawal moves away (silence, going along, changing the subject); a "
                "confrontation moves against (complaint, criticism). Keep it to a line: the "
                "session note has room for the rest."
            )
        )
        self.save_button = forms.form_dialog(self, self.form, self._submit, about, self.error)
        self.mended.toggled.connect(self._mended_changed)
        self._mended_changed(False)
        forms.recheck_when_edited(self, self.error)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.what.setFocus()

    def _mended_changed(self, on: bool) -> None:
        self.form.setRowVisible(self.how, on)
        self.adjustSize()

    def _submit(self) -> None:
        how = self.how.text() if self.mended.isChecked() else ""
        if self.mended.isChecked() and not how.strip():
            self.error.show_message(self.tr("Say briefly how it was mended, or untick the box."))
            self.how.setFocus()
            return
        forms.save_or_say(
            self, self.error, lambda: self._save_to(self.kind.value(), self.what.text(), how)
        )


class RepairDialog(QDialog):
    """Record how and when ``rupture`` was mended; ``save(on, how, session_id)``. The session
    is the client's session on the day chosen, if there is one."""

    def __init__(
        self,
        save: Callable[[dt.date, str, int | None], Rupture],
        rupture: Rupture,
        client_code: str,
        sessions: Sequence[Session] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Record a repair"))
        self._save_to = save
        self.rupture = rupture
        self.saved: Rupture | None = None
        self._sessions = {s.start.date(): s.id for s in sessions}
        later = sorted(d for d in self._sessions if d > rupture.on and d <= dt.date.today())
        start = later[0] if later else min(dt.date.today(), max(rupture.on, dt.date.today()))
        self.day = QDateEdit(QDate(start))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("d MMM yyyy")
        self.day.setAccessibleName(self.tr("Repaired on"))
        self.how = _short_line(
            QCoreApplication.translate("dialogs.rupture", HOW_HINT), self.tr("How it was mended")
        )
        self.error = w.ErrorLine()
        form = QFormLayout()
        form.addRow(self.tr("Client"), w.plain_label(client_code))
        rupture_text = w.explanation(
            self.tr("{label} on {on}: {what_happened}").format(
                label=shown_text(rupture.kind.label),
                on=long_date(rupture.on),
                what_happened=rupture.what_happened,
            )
        )
        form.addRow(self.tr("Rupture"), rupture_text)
        form.addRow(self.tr("Repaired &on"), self.day)
        form.addRow(self.tr("&How"), self.how)
        self.save_button = forms.form_dialog(self, form, self._submit, self.error)
        forms.recheck_when_edited(self, self.error)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.how.setFocus()

    def repaired_on(self) -> dt.date:
        return self.day.date().toPython()

    def _submit(self) -> None:
        day = self.repaired_on()
        forms.save_or_say(
            self,
            self.error,
            lambda: self._save_to(day, self.how.text(), self._sessions.get(day)),
        )
