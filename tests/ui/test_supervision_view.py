"""The Supervision view, as a person uses it: reached with Ctrl+8, a session logged with
two clients ticked by code (one found by typing part of its code), a bad one refused with a
sentence while the dialog keeps what was typed, one logged with Ctrl+Shift+J from another
view, changed with Enter, the hours by calendar and by registration year (set through its
dialog), and a session deleted."""

from __future__ import annotations

import datetime as dt

from contractkit_gui import TODAY, click, dialog_titled, open_seeded
from notekit import button_for
from PySide6.QtCore import QDate, Qt

from counsel_desk.domain.supervision import RegistrationYear, SupervisionFormat, SupervisionSession

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _tick(qtbot, dialog, code: str) -> None:
    """Type part of the code into the finder, then tick the one client left, with Space."""
    checklist = dialog.clients
    checklist.find.clear()
    qtbot.keyClicks(checklist.find, code[-3:])
    shown = [
        checklist.list.item(r)
        for r in range(checklist.list.count())
        if not checklist.list.item(r).isHidden()
    ]
    assert [i.text() for i in shown] == [code]
    checklist.list.setCurrentItem(shown[0])
    checklist.list.setFocus()
    qtbot.keyClick(checklist.list, Qt.Key.Key_Space)
    assert shown[0].checkState() == Qt.CheckState.Checked


def _set_date(dialog, day: dt.date) -> None:
    dialog.day.setDate(QDate(day.year, day.month, day.day))


def _hours(view) -> list[tuple[str, ...]]:
    table = view.hours
    return [
        tuple(table.item(r, c).text() for c in range(table.columnCount()))
        for r in range(table.rowCount())
    ]


def _rows(view) -> list[tuple[str, str, str]]:
    model = view.model
    return [
        tuple(model.data(model.index(r, c)) for c in (1, 2, 4)) for r in range(model.rowCount())
    ]


def test_a_supervision_log_kept_through_the_window(qtbot, make_controller, closed_vault, alert_log):
    controller, main, seeded = open_seeded(qtbot, make_controller, closed_vault[0])
    ws = controller.workspace
    qtbot.keyClick(main, Qt.Key.Key_V, CTRL_SHIFT)  # Supervision
    view = main.view("Supervision")
    assert view.isVisible()
    assert view.table.currentIndex() == 1  # the empty state, with its button
    assert view.table.empty_label.text().startswith("No supervision logged yet.")
    assert _hours(view) == []

    # The first from the view's own button: nothing typed yet is refused, kept open
    click(qtbot, button_for(view, view.log_action))
    dialog = dialog_titled(qtbot, "Log supervision")
    _set_date(dialog, TODAY - dt.timedelta(days=20))
    _tick(qtbot, dialog, "C-004")
    _tick(qtbot, dialog, "C-005")
    qtbot.keyClicks(dialog.notes, "Endings with C-004; whether to extend C-005.")
    click(qtbot, dialog.save_button)
    assert dialog.isVisible()
    assert dialog.error.text() == "Name the supervisor: a name or initials is enough."
    qtbot.keyClicks(dialog.supervisor.lineEdit(), "Dr Rowan")
    assert dialog.error.text() == ""  # an edit clears it; saving checks again
    dialog.minutes.setValue(90)
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    assert _rows(view) == [("Dr Rowan", "1 h 30 min", "C-004, C-005")]
    assert view.details.text() == (
        "Clients discussed: C-004, C-005\n"
        "Notes: Endings with C-004; whether to extend C-005.\n"
        "Actions: (none)"
    )

    # The second with Ctrl+Shift+J from Clients: the supervisor is offered, a group
    main.go("Clients")
    qtbot.keyClick(main, Qt.Key.Key_J, CTRL_SHIFT)
    dialog = dialog_titled(qtbot, "Log supervision")
    assert dialog.supervisor.currentText() == "Dr Rowan"
    dialog.format.set_value(SupervisionFormat.GROUP)
    _set_date(dialog, TODAY + dt.timedelta(days=1))
    click(qtbot, dialog.save_button)
    assert dialog.error.text().startswith("A supervision session is logged once it has happened")
    _set_date(dialog, TODAY)
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert [s.format for s in ws.supervision.sessions()] == [
        SupervisionFormat.GROUP,
        SupervisionFormat.INDIVIDUAL,
    ]

    # Back in the view: both listed, newest first; hours by calendar year
    main.go("Supervision")
    assert _rows(view) == [
        ("Dr Rowan", "1 h", ""),
        ("Dr Rowan", "1 h 30 min", "C-004, C-005"),
    ]
    first = TODAY - dt.timedelta(days=20)
    if first.year == TODAY.year:
        expected = [(str(TODAY.year), "2", "2 h 30 min", "1 h 30 min", "1 h")]
    else:  # early January: the first falls in last year
        expected = [
            (str(TODAY.year), "1", "1 h", "0 min", "1 h"),
            (str(first.year), "1", "1 h 30 min", "1 h 30 min", "0 min"),
        ]
    assert _hours(view) == expected

    # Changed with Enter on its row
    view.table.select(view.model.record_at(1).id)
    view.table.view.setFocus()
    qtbot.keyClick(view.table.view, Qt.Key.Key_Return)
    dialog = dialog_titled(qtbot, "Change supervision session")
    assert dialog.clients.chosen() == tuple(sorted((seeded["c4"].id, seeded["c5"].id)))
    qtbot.keyClicks(dialog.actions, "Read about planned endings.")
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert view.details.text().endswith("Actions: Read about planned endings.")

    # The registration year, through its dialog: the totals follow it
    click(qtbot, button_for(view, view.year_action))
    dialog = dialog_titled(qtbot, "Registration year")
    dialog.day.setValue(31)
    dialog.month.setCurrentIndex(3)  # April has no 31st
    click(qtbot, dialog.save_button)
    assert dialog.error.text() == "April has no day 31; choose another day."
    dialog.day.setValue(1)
    assert dialog.error.text() == ""
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert ws.supervision.registration_year() == RegistrationYear(4, 1)
    assert view.totals_by.currentText() == "By registration year (from 1 April)"
    expected = ws.supervision.hours().by_registration_year
    assert [row[0] for row in _hours(view)] == [t.period.label for t in expected]
    assert sum(int(row[1]) for row in _hours(view)) == 2

    # Deleted, after a question
    view.table.select(view.model.record_at(0).id)
    click(qtbot, button_for(view, view.delete_action))
    assert alert_log.texts("confirm") == [
        "Delete this supervision session? Its hours come off your totals."
    ]
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    assert [s.minutes for s in ws.supervision.sessions()] == [90]
    kinds = [e.kind.value for e in ws.audit.recent() if "supervision" in e.kind.value]
    assert kinds == [
        "supervision_deleted",
        "supervision_changed",
        "supervision_logged",
        "supervision_logged",
    ]


def test_the_view_shows_what_another_part_of_the_app_wrote(
    qtbot, make_controller, closed_vault, alert_log
):
    """Logged elsewhere (the services) while the view was away: shown when it comes back;
    the hours table explains a registration year left at 1 January."""

    def prepare(ws, seeded):
        ws.supervision.log(SupervisionSession(TODAY, "A. Moss", 60, client_ids=(seeded["c5"].id,)))

    controller, main, _seeded = open_seeded(qtbot, make_controller, closed_vault[0], prepare)
    main.go("Supervision")
    view = main.view("Supervision")
    assert _rows(view) == [("A. Moss", "1 h", "C-005")]
    view.totals_by.setCurrentIndex(1)
    assert view.year_note.isVisible()
    assert "set to begin on 1 January" in view.year_note.text()
    controller.workspace.supervision.log(SupervisionSession(TODAY, "A. Moss", 45))
    main.go("Clients")
    view.refresh()
    main.go("Supervision")
    assert len(_rows(view)) == 2
