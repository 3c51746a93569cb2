"""The Timeline tab of a client's page: the alliance over weeks and months in one picture
(drawn by ``render/timeline.py``, the same painter as the PNG and the PDF) with the same
marks as a table beside it, for screen readers and for reading. Range presets (3 months,
12 months, all), zoom, and earlier or later; hover a mark for what it is, click it (or press
Enter on its row) to open its session.

What is entered from here (scores, reflections, ruptures and repairs, flags set aside) is
in ``timeline_actions.py``."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from counsel_desk.domain.errors import CounselDeskError
from counsel_desk.domain.sessions import SessionStatus
from counsel_desk.domain.timeline import Mark, Preset, Row, Timeline, preset_range
from counsel_desk.domain.timeline_build import TimelineInputs, build_timeline
from counsel_desk.render.timeline import PICTURE
from counsel_desk.render.timeline_layout import MarkRef, TimelineFigure
from counsel_desk.ui import widgets as w
from counsel_desk.ui.choice_button import ChoiceButton
from counsel_desk.ui.empty_state import EmptyState
from counsel_desk.ui.formats import long_date
from counsel_desk.ui.i18n import error_text, shown_text
from counsel_desk.ui.intents import OpenSession
from counsel_desk.ui.models.timeline import TimelineTableModel
from counsel_desk.ui.picture_view import PictureView
from counsel_desk.ui.views.base import View
from counsel_desk.ui.views.table import ElidingTable, tool_button
from counsel_desk.ui.views.timeline_actions import TimelineActionsMixin

if TYPE_CHECKING:
    from collections.abc import Callable

    from counsel_desk.services.flags import FlagService
    from counsel_desk.services.measures import MeasureService
    from counsel_desk.services.reflections import ReflectionService
    from counsel_desk.services.ruptures import RuptureService
    from counsel_desk.services.sessions import SessionService
    from counsel_desk.services.timeline import TimelineService
    from counsel_desk.ui.navigation import CurrentClient

NO_CLIENT = QT_TRANSLATE_NOOP(
    "views.timeline", "No client open. Choose one in Clients (Ctrl+2) and press Enter."
)
MIN_DAYS = 14  # zoomed in as far as two weeks
MIN_PICTURE_HEIGHT = 250
ROWS_SHOWN = 6  # the table's rows in view at first (at 780 px tall, two were)
_SPLIT: dict[str, QByteArray] = {}  # where the handle was left, while the app runs


class _Split(QSplitter):
    """A splitter that says when it has been resized (and has shared out the new size)."""

    resized = Signal()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.resized.emit()


def shown_timeline(timeline: Timeline) -> Timeline:
    """The timeline with the words the picture paints (its lanes' titles and empty texts)
    in the practitioner's language; a mark's words are put into it only when the pointer
    rests on it (``mark_tooltip``). Files keep the English (render/ draws what it is given)."""
    lanes = tuple(
        replace(lane, title=shown_text(lane.title), empty_text=shown_text(lane.empty_text))
        for lane in timeline.lanes
    )
    return replace(timeline, lanes=lanes)


def figure_words(text: str) -> str:
    """The picture's own words (its legend, a zoomed scale), marked in ``render.timeline``,
    in the practitioner's language."""
    return QCoreApplication.translate("render.timeline", text)


def mark_tooltip(mark: Mark) -> str:
    """A mark's tooltip on screen, in the practitioner's language (the English one files
    carry is ``render.timeline_layout.tooltip``)."""
    label = shown_text(mark.label)
    if mark.until is not None and mark.until != mark.on:
        first = QCoreApplication.translate("views.timeline", "{start} to {end}: {label}").format(
            start=long_date(mark.on), end=long_date(mark.until), label=label
        )
    else:
        first = QCoreApplication.translate("views.timeline", "{day}: {label}").format(
            day=long_date(mark.on), label=label
        )
    lines = [first]
    if mark.detail:
        lines.append(shown_text(mark.detail))
    if mark.session_id is not None:
        lines.append(QCoreApplication.translate("views.timeline", "Click to open this session."))
    return "\n".join(lines)


class TimelineView(TimelineActionsMixin, View):
    def __init__(
        self,
        timeline: TimelineService,
        measures: MeasureService,
        reflections: ReflectionService,
        ruptures: RuptureService,
        flags: FlagService,
        sessions: SessionService,
        vault_open: Callable[[], bool],
        current: CurrentClient,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._timeline_service = timeline
        self._measures, self._reflections = measures, reflections
        self._ruptures, self._flags, self._sessions = ruptures, flags, sessions
        self._vault_open = vault_open
        self._current = current
        self.client_id: int | None = None
        self.inputs: TimelineInputs | None = None
        self.timeline: Timeline | None = None
        self.preset: Preset | None = Preset.TWELVE_MONTHS
        self.period: tuple[dt.date, dt.date] | None = None
        self._stale = True
        self.selected: tuple[str, int] | None = None
        # the timeline last painted, and its words translated (shown_timeline)
        self._shown: tuple[Timeline | None, Timeline | None] = (None, None)

        self.picture = PictureView()
        self.picture.setAccessibleName(
            self.tr("The alliance timeline (its marks are listed below)")
        )
        self.picture.setMinimumHeight(MIN_PICTURE_HEIGHT)
        self.picture.clicked.connect(self._mark_clicked)
        self.model = TimelineTableModel(self)
        self.table = ElidingTable()  # a cell cut short shows whole as its tooltip
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("The timeline as a table"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        # rows a little closer than the record tables': six of them and the whole picture
        # fit a window 780 px tall
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._row_chosen())
        self.table.activated.connect(lambda *_a: self._open_row())
        self.empty = EmptyState(
            "user-identity", QCoreApplication.translate("views.timeline", NO_CLIENT)
        )

        self.presets = QButtonGroup(self)
        self.preset_buttons: dict[Preset, ChoiceButton] = {}
        bar = QHBoxLayout()
        bar.setSpacing(w.SPACING // 2)
        for preset in Preset:
            button = ChoiceButton(shown_text(preset.label))
            button.setAccessibleName(
                self.tr("Show {lower}").format(lower=shown_text(preset.label).lower())
            )
            button.clicked.connect(lambda _c=False, p=preset: self.show_preset(p))
            self.presets.addButton(button)
            self.preset_buttons[preset] = button
            bar.addWidget(button)
        self.zoom_in_action = self._key_action(
            self.tr("Zoom in"), ("Ctrl++", "Ctrl+="), self.zoom_in
        )
        self.zoom_out_action = self._key_action(self.tr("Zoom out"), ("Ctrl+-",), self.zoom_out)
        self.earlier_action = self._key_action(
            self.tr("Earlier"), ("Ctrl+[",), lambda: self.move(-1)
        )
        self.later_action = self._key_action(self.tr("Later"), ("Ctrl+]",), lambda: self.move(1))
        for action in (
            self.zoom_in_action,
            self.zoom_out_action,
            self.earlier_action,
            self.later_action,
        ):
            bar.addWidget(tool_button(action))
        bar.addStretch()
        self.period_label = QLabel()
        self.period_label.setAccessibleName(self.tr("The period shown"))
        self._make_actions()
        actions = QHBoxLayout()
        actions.setSpacing(w.SPACING // 2)
        for action in (
            self.score_action,
            self.reflection_action,
            self.rupture_action,
            self.repair_action,
            self.set_aside_action,
        ):
            actions.addWidget(tool_button(action))
        for action, short in (
            (self.score_action, self.tr("Score…")),
            (self.rupture_action, self.tr("Rupture…")),
            (self.repair_action, self.tr("Repair…")),
        ):
            action.setIconText(short)  # the menu keeps the longer name
        actions.addWidget(tool_button(self.save_action))
        actions.addStretch()

        # the table below keeps room for ROWS_SHOWN rows; the picture takes the rest (and
        # what the window gains); the handle between them is remembered while the app runs
        self.split = split = _Split(Qt.Orientation.Vertical)
        split.addWidget(self.picture)
        split.addWidget(self.table)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 0)
        split.setChildrenCollapsible(False)
        split.splitterMoved.connect(lambda *_a: _SPLIT.update(state=split.saveState()))
        split.resized.connect(self._place_split)
        self._split_placed = False  # the handle put back where it was left
        self.body = QWidget()
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(w.SPACING // 2)
        body.addLayout(bar)
        body.addLayout(actions)
        body.addWidget(self.period_label)
        body.addWidget(split, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, w.SPACING, 0, 0)
        layout.addWidget(self.empty)
        layout.addWidget(self.body, 1)
        self.setFocusProxy(self.table)
        current.changed.connect(self.set_client)
        self._show_nothing()

    def _key_action(self, text: str, keys: tuple[str, ...], slot: Callable[[], None]) -> QAction:
        """An action whose keys work while the timeline has the keyboard (not in a note)."""
        action = QAction(text, self)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _c=False: slot())
        action.setToolTip(f"{text} ({QKeySequence(keys[0]).toString()})")
        self.addAction(action)
        return action

    # --- which client ----------------------------------------------------------------------
    def set_client(self, client_id: int) -> None:
        if client_id != self.client_id:
            self.client_id = client_id
            self.preset, self.period, self.selected = Preset.TWELVE_MONTHS, None, None
            self._stale = True
            if self.isVisible():
                self.reload()

    def table_height(self, rows: int = ROWS_SHOWN) -> int:
        """The table's height with ``rows`` rows in view under its header."""
        row = self.table.verticalHeader().defaultSectionSize()
        header = self.table.horizontalHeader().sizeHint().height()
        return header + rows * row + 2 * self.table.frameWidth()

    def _place_split(self) -> None:
        """The handle where it was left this session; until it is moved, with
        ``ROWS_SHOWN`` rows of the table in view and the rest for the picture."""
        state = _SPLIT.get("state")
        if state is not None:
            if not self._split_placed:
                self._split_placed = self.split.restoreState(state)
            return
        total = sum(self.split.sizes())
        if total <= 0:
            return
        table = min(self.table_height(), max(0, total - MIN_PICTURE_HEIGHT))
        self.split.setSizes([total - table, table])

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale and self.client_id is not None:
            self.reload()
        super().showEvent(event)

    def shown(self) -> None:
        if self._stale and self.client_id is not None:
            self.reload()

    def refresh(self) -> None:
        """Records changed elsewhere (a score, attendance): read them again when seen."""
        self._stale = True
        if self.isVisible() and self.client_id is not None:
            self.reload()

    def reload(self) -> None:
        """Read the client's records (once), then draw the period."""
        self._stale = False
        if self.client_id is None:
            self._show_nothing()
            return
        try:
            self.inputs = self._timeline_service.inputs(self.client_id)
        except CounselDeskError as exc:
            self.inputs = None
            self._show_nothing(error_text(exc))
            return
        if self.inputs.span() is None:
            self._show_nothing(
                self.tr(
                    "Nothing is recorded for this client yet. The timeline draws each "
                    "session held or cancelled, each score and each reflection as you record "
                    "them: attendance with Attendance… in Notes, scores with Enter score… "
                    "({key})."
                ).format(key=self._key_text(self.score_action)),
                icon="view-statistics",
            )
            return
        self.empty.hide()
        self.body.show()
        self._draw()

    def _show_nothing(self, text: str | None = None, icon: str = "user-identity") -> None:
        if text is None:
            text = QCoreApplication.translate("views.timeline", NO_CLIENT)
        self.inputs, self.timeline = None, None
        self._shown = (None, None)
        self.model.clear()
        self.picture.set_picture(None)
        self.empty.set_icon(icon)
        self.empty.setText(text)
        self.empty.show()
        self.body.hide()
        self._actions_follow()

    @staticmethod
    def _key_text(action: QAction) -> str:
        return action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)

    # --- the period --------------------------------------------------------------------------
    def _range(self) -> tuple[dt.date, dt.date]:
        assert self.inputs is not None
        if self.preset is not None or self.period is None:
            return preset_range(
                self.preset or Preset.TWELVE_MONTHS, dt.date.today(), self.inputs.span()
            )
        return self.period

    def show_preset(self, preset: Preset) -> None:
        self.preset, self.period, self.selected = preset, None, None
        self._draw()

    def _set_period(self, start: dt.date, end: dt.date) -> None:
        self.preset, self.period, self.selected = None, (start, end), None
        self._draw()

    def zoom_in(self) -> None:
        """Half the period, keeping its end (the most recent part stays in view)."""
        if self.inputs is None:
            return
        start, end = self._range()
        days = max(MIN_DAYS, ((end - start).days + 1) // 2)
        self._set_period(end - dt.timedelta(days=days - 1), end)

    def zoom_out(self) -> None:
        """Twice the period, back towards the first record, then on towards today."""
        if self.inputs is None:
            return
        start, end = self._range()
        wanted = dt.timedelta(days=2 * ((end - start).days + 1) - 1)
        first, last = self._first_day(), max(dt.date.today(), self._last_day())
        start = max(first, end - wanted)
        end = max(end, min(last, start + wanted))
        self._set_period(start, end)

    def move(self, step: int) -> None:
        """Half a period earlier (-1) or later (+1), within the client's records."""
        if self.inputs is None:
            return
        start, end = self._range()
        days = (end - start).days + 1
        shift = dt.timedelta(days=max(1, days // 2) * step)
        last = max(dt.date.today(), self._last_day())
        if step > 0 and end + shift > last:
            shift = last - end
        if step < 0 and start + shift < self._first_day():
            shift = self._first_day() - start
        self._set_period(start + shift, end + shift)

    def _first_day(self) -> dt.date:
        span = self.inputs.span() if self.inputs is not None else None
        return min(span[0], dt.date.today()) if span else dt.date.today()

    def _last_day(self) -> dt.date:
        span = self.inputs.span() if self.inputs is not None else None
        return span[1] if span else dt.date.today()

    def _draw(self) -> None:
        if self.inputs is None:
            return
        start, end = self._range()
        self.timeline = build_timeline(self.inputs, start, end)
        for preset, button in self.preset_buttons.items():
            button.setChecked(preset is self.preset)
        self.period_label.setText(
            self.tr("From {start} to {end}").format(start=long_date(start), end=long_date(end))
        )
        self.model.set_timeline_rows(self.timeline.rows())
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        for column in range(self.model.columnCount() - 1):
            header.resizeSection(column, min(header.sectionSize(column), 260))
        self._paint()
        self._actions_follow()

    def _paint(self) -> None:
        if self.timeline is not None:
            if self._shown[0] is not self.timeline:  # choosing a row repaints the same one
                self._shown = (self.timeline, shown_timeline(self.timeline))
            figure = TimelineFigure(
                self._shown[1], selected=self.selected, tooltip=mark_tooltip, words=figure_words
            )
            self.picture.set_picture(PICTURE, figure)

    # --- the table and the picture follow each other --------------------------------------
    def current_row(self) -> Row | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.record_at(rows[0].row()).row

    def _row_chosen(self) -> None:
        row = self.current_row()
        self.selected = (row.lane_key, row.index) if row is not None else None
        self._paint()
        self._actions_follow()

    def select_mark(self, lane_key: str, index: int) -> None:
        row = self.model.row_for_mark(lane_key, index)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def _mark_clicked(self, key: object) -> None:
        if not isinstance(key, MarkRef):
            return
        self.select_mark(key.lane, key.index)
        if key.session_id is not None:
            self.intent.emit(OpenSession(key.session_id))

    def _open_row(self) -> None:
        row = self.current_row()
        if row is not None and row.session_id is not None:
            self.intent.emit(OpenSession(row.session_id))

    def session_in_view(self) -> int | None:
        """The selected row's session, else the client's latest session held."""
        row = self.current_row()
        if row is not None and row.session_id is not None:
            return row.session_id
        if self.inputs is None:
            return None
        now = dt.datetime.now()
        held = [
            s for s in self.inputs.sessions if s.status is SessionStatus.ATTENDED and s.start <= now
        ]
        return max(held, key=lambda s: s.start).session_id if held else None

    # --- where it was ----------------------------------------------------------------------
    def place(self) -> tuple[Preset | None, tuple[dt.date, dt.date] | None, tuple | None]:
        """The period shown and the mark chosen (dates and places, never text)."""
        return self.preset, self.period, self.selected

    def return_to(self, place: object) -> None:
        if not (isinstance(place, tuple) and len(place) == 3):
            return
        self.preset, self.period, selected = place  # type: ignore[assignment]
        if self.inputs is not None:
            self._draw()
            if selected is not None:
                self.select_mark(*selected)

    def clear(self) -> None:
        self.client_id = None
        self.selected = None
        self._show_nothing()
        self._stale = True
