"""One client's notes, newest session first, a page at a time; never their text."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from counsel_desk.domain.notes import NoteSummary
from counsel_desk.domain.preferences import Jurisdiction
from counsel_desk.ui.formats import fmt_date
from counsel_desk.ui.i18n import shown_text
from counsel_desk.ui.models.rows import PagedListModel

# What a flag is called inside "flagged: …" (lower case, in a list).
RISK = QT_TRANSLATE_NOOP("models.notes", "risk")
SUPERVISION = QT_TRANSLATE_NOOP("models.notes", "supervision")


class NoteListModel(PagedListModel):
    """A client's notes, newest session first: date, kind, status, title. Never the text."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.jurisdiction = Jurisdiction.UK

    def display(self, record: NoteSummary) -> str:
        """Two lines that fit a narrow list: when, kind and status; then the title with
        anything that needs attention (amendments, flags) after it."""
        start = record.session_start
        first = [
            f"{fmt_date(start.date())} {start:%H:%M}",
            shown_text(record.kind.label(self.jurisdiction)),
        ]
        first.append(shown_text(record.save_state.label))
        second = [record.title] if record.title else []
        if record.amendment_count:
            second.append(
                QCoreApplication.translate("models.notes", "{n} amendment(s)").format(
                    n=record.amendment_count
                )
            )
        flags = [
            QCoreApplication.translate("models.notes", word)
            for word, on in ((RISK, record.risk_flag), (SUPERVISION, record.supervision_flag))
            if on
        ]
        if flags:
            second.append(
                QCoreApplication.translate("models.notes", "flagged: {flags}").format(
                    flags=", ".join(flags)
                )
            )
        return "\n".join(filter(None, (" · ".join(first), " · ".join(second))))
