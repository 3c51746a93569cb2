"""The visual pass (issue #16 item 4), held where a test can see it: sort arrows that point
the way the rows run, a chosen range button that shows in both looks, tables that fit the
window, enough of the timeline's table to read."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from alliancegui import open_alliance
from contractkit_gui import open_tab
from guikit import unlock_ui
from lookkit import arrow_direction, contrast, distance, fill_colour
from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, Qt
from PySide6.QtGui import QHelpEvent, QMouseEvent, QPalette
from PySide6.QtWidgets import QApplication, QToolTip
from testkit import LIGHT_KDF, PASSPHRASE

from counsel_desk.domain.preferences import Look
from counsel_desk.domain.timeline import Preset
from counsel_desk.render.timeline_layout import LEGEND_ROW
from counsel_desk.services.demo import DemoSpec, build_demo_vault
from counsel_desk.ui.appearance import appearance
from counsel_desk.ui.views import timeline
from counsel_desk.ui.views.table import RecordTable, SortHeader
from counsel_desk.ui.views.timeline import MIN_PICTURE_HEIGHT


@pytest.fixture(params=[Look.LIGHT, Look.DARK], ids=["light", "dark"])
def look(request, qapp) -> Iterator[Look]:
    appearance().apply(request.param)
    yield request.param
    appearance().apply(Look.SYSTEM)


@pytest.fixture
def seeded(qtbot, make_controller, closed_vault):
    controller, main, seeded = open_alliance(qtbot, make_controller, closed_vault[0])
    main.resize(1180, 780)
    return controller, main, seeded


def _click_section(qtbot, header, logical_index: int) -> None:
    x = header.sectionViewportPosition(logical_index) + header.sectionSize(logical_index) // 2
    qtbot.mouseClick(
        header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2)
    )


def test_the_sort_arrow_points_down_for_newest_first_and_up_for_oldest_first(seeded, qtbot, look):
    _controller, main, _seeded = seeded
    main.go("Reliability")
    table = main.view("Reliability").table
    qtbot.waitUntil(lambda: table.model.rowCount() > 1)
    header = table.view.horizontalHeader()
    months = [table.model.record_at(r).id for r in range(table.model.rowCount())]
    assert months == sorted(months, reverse=True)  # the newest month first
    assert arrow_direction(header, 0) == "down"
    _click_section(qtbot, header, 0)
    months = [table.model.record_at(r).id for r in range(table.model.rowCount())]
    assert months == sorted(months)
    assert arrow_direction(header, 0) == "up"


def test_every_sortable_table_draws_its_arrow_the_same_way(seeded):
    _controller, main, _seeded = seeded
    tables = main.findChildren(RecordTable)
    assert len(tables) >= 6  # clients, sessions, notes' list, boundaries, risks, reliability…
    for table in tables:
        assert isinstance(table.view.horizontalHeader(), SortHeader), table.view.accessibleName()


def test_the_chosen_range_shows_in_both_looks(seeded, qtbot, look, tmp_path):
    _controller, main, seeded_ = seeded
    view = open_tab(main, seeded_["client"].id, "Timeline")
    qtbot.waitUntil(lambda: view.body.isVisible())
    chosen = view.preset_buttons[Preset.TWELVE_MONTHS]
    others = [b for p, b in view.preset_buttons.items() if p is not Preset.TWELVE_MONTHS]
    assert chosen.isChecked()
    assert not any(b.isChecked() for b in others)
    face = fill_colour(chosen)
    # its words read on it as on a selected row (the palette's pair; Qt's own light one
    # is 3.7:1, the app's looks ≥ 4.5:1)
    text = chosen.palette().color(QPalette.ColorRole.HighlightedText)
    assert contrast(face, text) >= 3.0
    for other in others:  # Fusion's own checked face was 8 (dark) and 41 (light) apart
        assert distance(face, fill_colour(other)) >= 80, (look, other.text())
    qtbot.mouseClick(others[0], Qt.MouseButton.LeftButton)  # the choice moves, and shows
    assert distance(fill_colour(others[0]), fill_colour(chosen)) >= 80


@pytest.mark.parametrize("width", [1024, 1180])
def test_the_timelines_table_shows_six_rows_at_780_pixels_tall(demo, qtbot, width, monkeypatch):
    monkeypatch.setattr(timeline, "_SPLIT", {})  # the bar where the app first puts it
    main = demo
    main.resize(width, 500)  # the window grows to 780 after the view was laid out
    ws = main.workspace
    client = max(  # the fullest timeline: the most measures' lines
        ws.clients.list(),
        key=lambda c: len({s.measure_id for s in ws.timeline.inputs(c.id).scores}),
    )
    view = open_tab(main, client.id, "Timeline")
    qtbot.waitUntil(lambda: view.body.isVisible())
    main.resize(width, 780)
    qtbot.wait(20)  # laid out
    row = view.table.verticalHeader().defaultSectionSize()
    assert view.model.rowCount() >= 6
    assert view.table.viewport().height() >= 6 * row  # two rows showed before
    # and the picture whole above it: every lane and the legend under them
    view.picture.grab()
    drawn = view.picture.layout_drawn
    assert set(drawn.lanes) == {lane.key for lane in view.timeline.lanes}
    assert drawn.legend
    last = max(r.bottom() for r in drawn.lanes.values())
    assert last <= view.picture.height() - LEGEND_ROW
    # taller, the picture takes what the window gains; the table keeps its rows
    table_before = view.table.height()
    main.resize(width, 1000)
    qtbot.waitUntil(lambda: view.picture.height() > MIN_PICTURE_HEIGHT + 250)
    assert view.table.height() == table_before


@pytest.fixture(scope="module")
def demo_vault(tmp_path_factory) -> Path:
    """A demo vault built once for the module; each test opens a copy of its own."""
    folder = tmp_path_factory.mktemp("look-demo") / "vault"
    build_demo_vault(folder, PASSPHRASE, DemoSpec(clients=8, years=1, seed=5), kdf=LIGHT_KDF)
    return folder


@pytest.fixture
def demo(qtbot, make_controller, vault_dir, demo_vault):
    shutil.copytree(demo_vault, vault_dir)
    return unlock_ui(qtbot, make_controller(vault_dir))


@pytest.mark.parametrize("width", [1024, 1600])
def test_the_reliability_table_fits_the_window_with_every_cell_whole(demo, qtbot, width):
    main = demo
    main.resize(width, 780)
    main.go("Reliability")
    view = main.view("Reliability").table.view
    qtbot.waitUntil(lambda: view.model().rowCount() >= 12)
    qtbot.wait(20)
    header, cells = view.horizontalHeader(), view.fontMetrics()
    assert header.length() <= view.viewport().width()  # no scrolling sideways
    assert not view.horizontalScrollBar().isVisible()
    if width > 1024:  # wider, the columns share the room: the table spans the view
        assert header.length() == view.viewport().width()
    texts = [
        [str(view.model().index(r, c).data() or "") for r in range(view.model().rowCount())]
        for c in range(header.count())
    ]
    assert any("short notice" in t for column in texts for t in column)  # the widest cells
    for col in range(header.count()):
        room = header.sectionSize(col) - 8
        assert max(cells.horizontalAdvance(t) for t in texts[col]) <= room
        heading = view.model().headerData(col, Qt.Orientation.Horizontal)
        wrapped = header.fontMetrics().boundingRect(
            QRect(0, 0, room, 1000), Qt.TextFlag.TextWordWrap, heading
        )
        assert wrapped.width() <= room, heading
        assert wrapped.height() <= header.height() - 4, heading


def test_the_bar_under_the_timeline_stays_where_it_was_left_after_a_lock(
    seeded, qtbot, monkeypatch
):
    monkeypatch.setattr(timeline, "_SPLIT", {})  # kept while the app runs: not for other tests
    controller, main, seeded_ = seeded
    view = open_tab(main, seeded_["client"].id, "Timeline")
    qtbot.waitUntil(lambda: view.body.isVisible())
    qtbot.wait(20)
    handle = view.split.handle(1)
    qtbot.mousePress(handle, Qt.MouseButton.LeftButton, pos=handle.rect().center())
    drag = QMouseEvent(
        QEvent.Type.MouseMove,
        QPointF(handle.rect().center() + QPoint(0, -120)),
        QPointF(handle.mapToGlobal(handle.rect().center() + QPoint(0, -120))),
        Qt.MouseButton.NoButton,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(handle, drag)
    qtbot.mouseRelease(handle, Qt.MouseButton.LeftButton, pos=handle.rect().center())
    dragged = view.table.height()
    assert dragged > view.table_height() + 60  # the table has more room now
    controller.lock()
    main = unlock_ui(qtbot, controller)
    main.resize(1180, 780)
    view = open_tab(main, seeded_["client"].id, "Timeline")
    qtbot.waitUntil(lambda: view.body.isVisible())
    qtbot.wait(20)
    assert view.table.height() == dragged


def test_a_timeline_row_cut_short_shows_whole_on_hover(demo, qtbot):
    main = demo
    main.resize(1024, 780)
    ws = main.workspace
    client = max(ws.clients.list(), key=lambda c: len(ws.timeline.inputs(c.id).scores))
    view = open_tab(main, client.id, "Timeline")
    qtbot.waitUntil(lambda: view.body.isVisible())
    table, model = view.table, view.model
    more = model.columnCount() - 1
    cut = [
        model.index(r, more)
        for r in range(model.rowCount())
        if table.fontMetrics().horizontalAdvance(str(model.index(r, more).data() or ""))
        > table.visualRect(model.index(r, more)).width()
    ]
    assert cut  # "Session Rating Scale: 38.3 of 40 (fair …); within the cutoff of 36." at 1024
    table.scrollTo(cut[0])
    rect = table.visualRect(cut[0])
    event = QHelpEvent(
        QEvent.Type.ToolTip, rect.center(), table.viewport().mapToGlobal(rect.center())
    )
    QApplication.sendEvent(table.viewport(), event)
    assert QToolTip.isVisible()
    assert QToolTip.text() == cut[0].data()
