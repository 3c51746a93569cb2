"""Tables sort inside the model: one key per row, order kept across reloads, selection kept."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPersistentModelIndex, Qt

from counsel_desk.domain.sessions import Modality, Session, SessionStatus
from counsel_desk.ui.models.rows import ID_ROLE
from counsel_desk.ui.models.sessions import SessionTableModel


def _session(n: int, day: int, minutes: int) -> Session:
    return Session(
        id=n,
        client_id=1,
        start=dt.datetime(2026, 3, day, 10, 0),
        planned_minutes=minutes,
        modality=Modality.ONLINE,
        status=SessionStatus.ATTENDED,
    )


def _ids(model: SessionTableModel) -> list[int]:
    return [model.data(model.index(r, 0), ID_ROLE) for r in range(model.rowCount())]


def test_sorting_orders_rows_and_survives_a_reload(qapp):
    model = SessionTableModel()
    rows = [_session(1, 5, 50), _session(2, 19, 30), _session(3, 12, 90)]
    model.set_rows(rows)
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert _ids(model) == [2, 3, 1]
    model.sort(1, Qt.SortOrder.AscendingOrder)  # by length, numerically
    assert _ids(model) == [2, 1, 3]
    model.set_rows(list(reversed(rows)))  # a reload keeps the chosen order
    assert _ids(model) == [2, 1, 3]


def test_a_held_index_follows_its_record_through_a_sort(qapp):
    model = SessionTableModel()
    model.set_rows([_session(1, 5, 50), _session(2, 19, 30), _session(3, 12, 90)])
    held = QPersistentModelIndex(model.index(0, 2))  # session 1
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert held.row() == 2
    assert held.column() == 2
    assert model.data(model.index(held.row(), 0), ID_ROLE) == 1
