"""The clients table (by code; the name column only while names are shown), and finding a
client by code or by a name that is shown."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from counsel_desk.domain.clients import Client
from counsel_desk.ui.formats import client_name, fmt_date
from counsel_desk.ui.i18n import shown_text
from counsel_desk.ui.models.rows import RowsModel


def fold(text: str) -> str:
    """Text for matching, case and accents aside: "Zoë" and "zoe" fold alike."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def client_matches(client: Client, query: str, with_names: bool) -> bool:
    """Whether every word of ``query`` is in the client's code or, only while names are
    shown, in their name: hidden names are never searched."""
    haystack = fold(client.code)
    if with_names:
        haystack += " " + fold(client_name(client))
    return all(word in haystack for word in fold(query).split())


class ClientTableModel(RowsModel):
    """Clients by code; the name column exists only while names are shown."""

    CODE, NAME, STATUS, STARTED = (
        QT_TRANSLATE_NOOP("Columns", "Code"),
        QT_TRANSLATE_NOOP("Columns", "Name"),
        QT_TRANSLATE_NOOP("Columns", "Status"),
        QT_TRANSLATE_NOOP("Columns", "Started"),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._show_names = False

    @property
    def show_names(self) -> bool:
        return self._show_names

    def set_show_names(self, show: bool) -> None:
        if show != self._show_names:
            self.beginResetModel()
            self._show_names = show
            self.endResetModel()

    def columns(self) -> Sequence[str]:
        if self._show_names:
            return (self.CODE, self.NAME, self.STATUS, self.STARTED)
        return (self.CODE, self.STATUS, self.STARTED)

    def cell(self, record: Client, column: str, for_sorting: bool) -> Any:
        if column == self.CODE:
            return record.code
        if column == self.NAME:
            return client_name(record).casefold() if for_sorting else client_name(record)
        if column == self.STATUS:
            return shown_text(record.status.label)
        if for_sorting:
            return record.start_date.isoformat() if record.start_date else ""
        return fmt_date(record.start_date)
