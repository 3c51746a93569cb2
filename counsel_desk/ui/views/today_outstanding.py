"""Today's outstanding work on notes and attendance, in groups under a line naming each kind
with its count: notes to write (sessions ended with no note), drafts to finalise, attendance
to record. The lines under a heading say only which session, as the other cards do. Enter
on a line opens where the work is done. Codes (names only while shown), never note text;
the data is ``TodayService.overview``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QListWidget,
    QListWidgetItem,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from counsel_desk.domain.preferences import Jurisdiction
from counsel_desk.ui import style
from counsel_desk.ui.formats import session_time
from counsel_desk.ui.i18n import shown_text
from counsel_desk.ui.intents import OpenNote, OpenSession, RecordAttendance
from counsel_desk.ui.models.rows import ID_ROLE
from counsel_desk.ui.views.today_section import Tally

if TYPE_CHECKING:
    from counsel_desk.domain.attendance import DiaryEntry
    from counsel_desk.services.today import TodayOverview

SESSION, NOTE, NEW_NOTE = "session", "note", "note-new"
MOST_ROWS = 14  # as tall as this many lines; more scroll
ROW_PADDING = 3  # above and below each line: rows a finger's width apart, easier to aim at


def who(entry: DiaryEntry, names: dict[int, str]) -> str:
    """A session's client: the code, and the name beside it while names are shown."""
    name = names.get(entry.client_id)
    return f"{entry.client_code} ({name})" if name else entry.client_code


def _when(entry: DiaryEntry) -> str:
    return session_time(entry.start)


class _Padded(QStyledItemDelegate):
    """Each line with a little room above and below."""

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        return super().sizeHint(option, index) + QSize(0, 2 * ROW_PADDING)


class TodayOutstanding(QListWidget):
    intent = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Outstanding"))
        self.setItemDelegate(_Padded(self))  # not setSpacing: Qt then wraps, then elides
        self.setWordWrap(True)  # a long line wraps in a narrow card rather than scroll sideways
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.itemActivated.connect(self._activated)
        self.group_rows: dict[str, int] = {}  # the first row of each kind
        self._heading = ""  # the kind of the lines being added (said to a screen reader)

    def fill(self, overview: TodayOverview, names: dict[int, str], where: Jurisdiction) -> None:
        self.clear()
        self.group_rows = {}
        self._group(self.tr("Notes to write"), NEW_NOTE, len(overview.without_note.items))
        for entry in overview.without_note.items:
            text = self.tr("{who}, {when}").format(who=who(entry, names), when=_when(entry))
            self._add(text, NEW_NOTE, entry.session_id)
        self._group(self.tr("Drafts to finalise"), NOTE, len(overview.unfinished_notes.items))
        for summary in overview.unfinished_notes.items:
            start = summary.session_start
            text = self.tr("{code}, {when} ({kind} · {state})").format(
                code=summary.client_code,
                when=session_time(start),
                kind=shown_text(summary.kind.label(where)),
                state=shown_text(summary.save_state.label),
            )
            self._add(text, NOTE, summary.id)
        unrecorded = overview.attendance_unrecorded.items
        self._group(self.tr("Attendance to record"), SESSION, len(unrecorded))
        for entry in unrecorded:
            text = self.tr("{who}, {when}").format(who=who(entry, names), when=_when(entry))
            self._add(text, SESSION, entry.session_id)
        lists = (overview.without_note, overview.unfinished_notes, overview.attendance_unrecorded)
        if any(b.more for b in lists):
            self.addItem(self.tr("… and more: the oldest are not listed."))
        self._fit()

    def _fit(self) -> None:
        """As tall as its lines (each may wrap once or twice), up to ``MOST_ROWS`` rows."""
        if not self.count():
            return
        metrics = self.fontMetrics()
        width = max(120, self.viewport().width() - 12)
        height = 0
        for row in range(min(self.count(), MOST_ROWS)):
            lines = min(3, 1 + metrics.horizontalAdvance(self.item(row).text()) // width)
            height += lines * metrics.lineSpacing() + 2 * ROW_PADDING
        self.setFixedHeight(height + 2 * self.frameWidth() + 4)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def tallies(self, overview: TodayOverview) -> list[Tally]:
        rows = self.group_rows
        return [
            Tally(self.tr("Notes to write"), len(overview.without_note.items), self,
                  rows.get(NEW_NOTE, -1), overview.without_note.more),
            Tally(self.tr("Drafts to finalise"), len(overview.unfinished_notes.items), self,
                  rows.get(NOTE, -1), overview.unfinished_notes.more),
            Tally(self.tr("Attendance to record"), len(overview.attendance_unrecorded.items), self,
                  rows.get(SESSION, -1), overview.attendance_unrecorded.more),
        ]  # fmt: skip

    def groups(self) -> dict[str, list[str]]:
        """Each heading shown (with its count) and the lines under it."""
        out: dict[str, list[str]] = {}
        lines: list[str] = []
        for row in range(self.count()):
            item = self.item(row)
            if item.data(ID_ROLE):
                lines.append(item.text())
            elif item.font().bold():
                out[item.text()] = lines = []
        return out

    def _group(self, title: str, kind: str, count: int) -> None:
        if not count:
            return
        item = QListWidgetItem(self.tr("{kind} ({n})").format(kind=title, n=count))
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)  # a heading: not chosen, opens nothing
        item.setFont(style.scaled(self.font(), style.TYPE_SMALL, bold=True))
        self.addItem(item)
        self.group_rows[kind] = self.count()
        self._heading = title

    def _add(self, text: str, kind: str, record_id: int) -> None:
        item = QListWidgetItem(text)
        item.setData(ID_ROLE, (kind, record_id))
        item.setToolTip(text)
        # the line says only which session: its kind is the heading above it, said here too
        item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{self._heading}: {text}")
        self.addItem(item)

    def _activated(self, item: QListWidgetItem) -> None:
        data = item.data(ID_ROLE)
        if not data:
            return
        kind, record_id = data
        if kind == NEW_NOTE:
            self.intent.emit(OpenSession(record_id, write=True))
        elif kind == NOTE:
            self.intent.emit(OpenNote(record_id))
        else:
            self.intent.emit(RecordAttendance(record_id))
