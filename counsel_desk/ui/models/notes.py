"""One client's notes, newest session first, a page at a time; never their text."""

from __future__ import annotations

from typing import Any

from counsel_desk.domain.notes import NoteSummary
from counsel_desk.domain.preferences import Jurisdiction
from counsel_desk.ui.formats import fmt_date
from counsel_desk.ui.i18n import shown_text
from counsel_desk.ui.models.rows import PagedListModel


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
            second.append(f"{record.amendment_count} amendment(s)")
        flags = [
            f
            for f, on in (("risk", record.risk_flag), ("supervision", record.supervision_flag))
            if on
        ]
        if flags:
            second.append("flagged: " + ", ".join(flags))
        return "\n".join(filter(None, (" · ".join(first), " · ".join(second))))
