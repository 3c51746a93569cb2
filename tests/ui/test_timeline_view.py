"""The Timeline tab, Today's section and the Reliability view as a practitioner uses them:
every lane drawn, the table beside it saying the same, hover and click through to a
session, presets and zoom, a possible rupture flagged with its reason on the timeline, the
client page and Today, set aside with a reason; the picture saved; reliability by month."""

from __future__ import annotations

import datetime as dt

import pytest
from alliancegui import dialog_of, open_alliance
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip

from counsel_desk.domain.timeline import Preset
from counsel_desk.render.timeline_layout import MarkRef
from counsel_desk.ui import timeline_export
from counsel_desk.ui.dialogs.measures import MeasuresDialog, OwnMeasureDialog
from counsel_desk.ui.dialogs.rupture import RepairDialog
from counsel_desk.ui.dialogs.set_aside import SetAsideDialog
from counsel_desk.ui.intents import OpenClient
from counsel_desk.ui.views.today_alliance import TodayAlliance

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def opened(qtbot, make_controller, closed_vault):
    return open_alliance(qtbot, make_controller, closed_vault[0])


def _timeline(qtbot, main, seeded):
    main.follow(OpenClient(seeded["client"].id))
    qtbot.keyClick(main, Qt.Key.Key_8, CTRL)
    view = main.view("Timeline")
    assert main.showing() == "Timeline"
    view.picture.grab()  # painted, as the event loop would
    return view


def test_every_lane_is_drawn_and_the_table_says_the_same(qtbot, opened) -> None:
    _controller, main, seeded = opened
    view = _timeline(qtbot, main, seeded)
    drawn = view.picture.layout_drawn.drawn
    counts = {lane.key: len(lane.marks) for lane in view.timeline.lanes}
    assert drawn == counts
    assert drawn["measure:srs"] == 9
    assert drawn["attendance"] == 9  # the session today has no attendance recorded yet
    assert drawn["flags"] == 2  # past the cutoff, and a drop, last week
    assert view.model.rowCount() == sum(counts.values())
    lanes = {view.model.record_at(r).row.lane for r in range(view.model.rowCount())}
    assert {"SRS", "Attendance", "Possible ruptures"} <= lanes
    assert view.period_label.text().startswith("From ")


def test_hover_reads_a_mark_and_a_click_opens_its_session(qtbot, opened) -> None:
    _controller, main, seeded = opened
    view = _timeline(qtbot, main, seeded)
    layout = view.picture.layout_drawn
    last = layout.points["measure:srs"][-1]
    at = QPoint(round(last.x()), round(last.y()))
    tip = QHelpEvent(QEvent.Type.ToolTip, at, view.picture.mapToGlobal(at))
    QApplication.sendEvent(view.picture, tip)
    assert "SRS 33.8" in QToolTip.text()
    assert QToolTip.text().endswith("Click to open this session.")
    hit = layout.hit(QPointF(last))
    assert isinstance(hit.key, MarkRef)
    qtbot.mouseClick(view.picture, Qt.MouseButton.LeftButton, pos=at)
    assert main.showing() == "Notes"
    assert main.view("Notes").session.id == seeded["held"][-1].id
    main.step(-1)  # Back: the timeline as it was, the mark's row chosen
    assert main.showing() == "Timeline"
    assert view.current_row().what == "SRS 33.8"


def test_enter_on_a_row_opens_its_session(qtbot, opened) -> None:
    _controller, main, seeded = opened
    view = _timeline(qtbot, main, seeded)
    row = next(
        r for r in range(view.model.rowCount()) if view.model.record_at(r).row.lane == "Attendance"
    )
    view.table.selectRow(row)
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert main.showing() == "Notes"
    assert main.view("Notes").session.id == seeded["held"][0].id


def test_presets_and_zoom_by_keyboard(qtbot, opened) -> None:
    _controller, main, seeded = opened
    view = _timeline(qtbot, main, seeded)
    assert view.preset is Preset.TWELVE_MONTHS
    qtbot.mouseClick(view.preset_buttons[Preset.THREE_MONTHS], Qt.MouseButton.LeftButton)
    three = view.timeline.days
    assert 89 <= three <= 92
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Equal, CTRL)  # zoom in
    assert view.timeline.days == three // 2
    assert view.preset is None
    qtbot.keyClick(view.table, Qt.Key.Key_BracketLeft, CTRL)  # earlier
    assert view.timeline.end < dt.date.today()
    qtbot.keyClick(view.table, Qt.Key.Key_Minus, CTRL)  # zoom out
    assert view.timeline.days > three // 2
    qtbot.mouseClick(view.preset_buttons[Preset.ALL], Qt.MouseButton.LeftButton)
    assert view.timeline.start == seeded["held"][0].start.date()


def test_a_flag_is_on_the_page_today_and_set_aside_with_its_reason(
    qtbot, opened, monkeypatch
) -> None:
    controller, main, seeded = opened
    today = main.view("Today")
    (section,) = [s for s in today.sections if isinstance(s, TodayAlliance)]
    texts = [section.list.item(r).text() for r in range(section.list.count())]
    assert any(t.startswith("Possible rupture — C-007 (2 in the last four weeks") for t in texts)
    view = _timeline(qtbot, main, seeded)
    assert main.page.chip_texts()["possible"] == "2 possible ruptures to look at"
    flag_rows = [
        r
        for r in range(view.model.rowCount())
        if view.model.record_at(r).row.lane == "Possible ruptures"
    ]
    view.table.selectRow(flag_rows[0])
    assert view.set_aside_action.isEnabled()
    view.set_aside_action.trigger()
    dialog = dialog_of(qtbot, SetAsideDialog)
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
    assert dialog.error.text() == "Say briefly why you are setting this flag aside."
    qtbot.keyClicks(dialog.reason, "We talked about it; her father was ill.")
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    flags = controller.workspace.flags.for_client(seeded["client"].id)
    assert [f.dismissed for f in flags].count(True) == 1
    assert main.page.chip_texts()["possible"] == "1 possible rupture to look at"
    details = [str(view.model.record_at(r).row.detail) for r in range(view.model.rowCount())]
    assert any("Set aside on" in d and "her father was ill" in d for d in details)


def test_today_opens_the_timeline_and_records_a_repair(qtbot, opened) -> None:
    controller, main, seeded = opened
    ws = controller.workspace
    rupture = ws.ruptures.log(seeded["held"][-1].id, "confrontation", "Cross about the fee.")
    main.go("Today")
    (section,) = [s for s in main.view("Today").sections if isinstance(s, TodayAlliance)]
    assert section.list.item(0).text().startswith("Rupture not yet repaired — C-007")
    section.list.setCurrentRow(0)
    qtbot.keyClick(section.list, Qt.Key.Key_Return)
    dialog = dialog_of(qtbot, RepairDialog)
    qtbot.keyClicks(dialog.how, "Talked it through at the start.")
    qtbot.keyClick(dialog.how, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert not ws.ruptures.get(rupture.id).is_open
    assert not section.list.item(0).text().startswith("Rupture")  # Today read it again
    section.list.setCurrentRow(0)
    qtbot.keyClick(section.list, Qt.Key.Key_Return)  # a flag: the client's timeline
    assert main.showing() == "Timeline"
    assert main.page.title.text() == "C-007"


def test_the_picture_is_saved_where_asked_and_recorded(qtbot, opened, monkeypatch, tmp_path):
    controller, main, seeded = opened
    view = _timeline(qtbot, main, seeded)
    target = tmp_path / "timeline.pdf"
    asked = []

    def choose(parent, suggested):
        asked.append(suggested)
        return target

    monkeypatch.setattr(timeline_export, "choose_path", choose)
    view.save_action.trigger()
    assert asked[0].startswith("C-007 timeline ")
    assert target.read_bytes().startswith(b"%PDF")
    entry = controller.workspace.audit.recent(1)[0]
    assert (entry.kind.value, entry.detail["format"]) == ("timeline_exported", "pdf")


def test_reliability_month_by_month_for_the_practice_and_the_client(qtbot, opened) -> None:
    _controller, main, seeded = opened
    main.follow(OpenClient(seeded["client"].id))
    qtbot.keyClick(main, Qt.Key.Key_0, CTRL)
    view = main.view("Reliability")
    assert main.showing() == "Reliability"
    assert view.model.rowCount() >= 2
    assert view.yours.text().startswith("Your side: Of 9 sessions held, you never started late")
    assert [view.scope.itemText(i) for i in range(view.scope.count())] == [
        "The whole practice",
        "The open client, C-007",
    ]
    view.scope.setCurrentIndex(1)
    view.scope.activated.emit(1)
    assert view.report.client_id == seeded["client"].id
    assert view.theirs.text() == "The client's side: Attendance 100% (9 of 9)."


def test_an_own_measure_is_defined_in_the_app(qtbot, opened) -> None:
    controller, main, seeded = opened
    view = _timeline(qtbot, main, seeded)
    view.measures_action.trigger()
    measures = dialog_of(qtbot, MeasuresDialog)
    assert measures.list.count() == 6
    qtbot.mouseClick(measures.add_button, Qt.MouseButton.LeftButton)
    form = dialog_of(qtbot, OwnMeasureDialog)
    qtbot.keyClicks(form.name, "Session feel")
    qtbot.keyClicks(form.short_name, "Feel")
    form.item_min.setText("12")
    qtbot.keyClick(form.name, Qt.Key.Key_Return)
    assert form.error.text() == "The lowest item value (12) must be below the highest (10)."
    form.item_min.setText("1")
    qtbot.keyClick(form.name, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not form.isVisible())
    assert measures.list.count() == 7
    assert measures.list.currentItem().text() == "Feel (yours)"
    assert controller.workspace.measures.catalogue().get("own-1").name == "Session feel"
    measures.reject()
