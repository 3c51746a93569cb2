"""The visual pass (issue #16 item 4), held where a test can see it: sort arrows that point
the way the rows run, a chosen range button that shows in both looks, tables that fit the
window, enough of the timeline's table to read."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from lookkit import arrow_direction
from notekit import unlock_seeded
from PySide6.QtCore import QPoint, Qt

from counsel_desk.domain.preferences import Look
from counsel_desk.ui.appearance import appearance
from counsel_desk.ui.views.table import RecordTable, SortHeader


@pytest.fixture(params=[Look.LIGHT, Look.DARK], ids=["light", "dark"])
def look(request, qapp) -> Iterator[Look]:
    appearance().apply(request.param)
    yield request.param
    appearance().apply(Look.SYSTEM)


@pytest.fixture
def seeded(qtbot, make_controller, closed_vault):
    controller, main, seeded = unlock_seeded(qtbot, make_controller, closed_vault[0])
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
