"""Issue #13's "Done means", as a new user would do it on the demo vault, with keys and
clicks: open a client's Timeline (Ctrl+8), enter an SRS total and a WAI-SR by its items, a
reflection, a rupture and its repair, log a boundary event (issue #11's window); see every
lane with its marks and the table saying the same; hover a mark and click through to its
session; see a possible rupture with its reason after the drop; open Reliability (Ctrl+0);
save the picture."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from alliancegui import dialog_of
from contractkit_gui import click, dialog_titled
from guikit import PASSPHRASE, focus, unlock_ui
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip

from counsel_desk.domain.clients import ClientStatus
from counsel_desk.domain.contract.boundaries import BoundaryKind
from counsel_desk.services.demo import DemoSpec, populate
from counsel_desk.services.workspace import unlock
from counsel_desk.ui import timeline_export
from counsel_desk.ui.dialogs.reflection import ReflectionDialog
from counsel_desk.ui.dialogs.rupture import RepairDialog, RuptureDialog
from counsel_desk.ui.dialogs.score import ScoreDialog
from counsel_desk.ui.intents import OpenClient

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier
LANES = (
    "measure:srs",
    "measure:wai_sr",
    "reflection",
    "attendance",
    "ruptures",
    "boundaries",
    "risk",
    "contract",
    "flags",
)


def _keys(qtbot, text: str) -> None:
    for char in text:
        qtbot.keyClicks(QApplication.focusWidget(), char)


def _enter(qtbot) -> None:
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)


def _choose_measure(qtbot, dialog: ScoreDialog, first_letter: str, measure_id: str) -> None:
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_M, ALT)  # &Measure
    _keys(qtbot, first_letter)
    assert dialog.current().id == measure_id


def test_the_alliance_walked_through_on_the_demo_vault(
    qtbot, make_controller, closed_vault, monkeypatch, tmp_path: Path
) -> None:
    folder = closed_vault[0]
    ws = unlock(folder, PASSPHRASE)
    try:
        populate(ws, DemoSpec())
        # an active client whose timeline already has a risk entry (a note flagged for it)
        (client,) = [
            c
            for c in ws.clients.list()
            if c.status is ClientStatus.ACTIVE and ws.alliance_inputs.risk_entries(c.id)
        ][:1]
    finally:
        ws.close()
    controller = make_controller(folder)
    main = unlock_ui(qtbot, controller)
    focus(qtbot, main)
    ws = controller.workspace

    main.follow(OpenClient(client.id))
    qtbot.keyClick(main, Qt.Key.Key_8, CTRL)  # Ctrl+8: the Timeline tab
    assert main.showing() == "Timeline"
    view = main.view("Timeline")
    session_id = view.session_in_view()  # the client's latest session held
    assert session_id is not None
    session = ws.sessions.get(session_id)
    assert not [f for f in ws.flags.for_client(client.id) if not f.dismissed]

    # An SRS total: its number and Enter, well under the cutoff of 36
    focus(qtbot, main)  # back in the main window, as after a dialog closes
    qtbot.keyClick(main, Qt.Key.Key_R, CTRL_SHIFT)
    dialog = dialog_of(qtbot, ScoreDialog)
    assert dialog.session.id == session_id
    if dialog.current().id != "srs":
        _choose_measure(qtbot, dialog, "S", "srs")  # the cursor moves on to the total
    assert QApplication.focusWidget() is dialog.total
    _keys(qtbot, "24")
    _enter(qtbot)
    qtbot.waitUntil(lambda: not dialog.isVisible())

    # A WAI-SR by its twelve items, each digit moving on by itself
    focus(qtbot, main)  # back in the main window, as after a dialog closes
    qtbot.keyClick(main, Qt.Key.Key_R, CTRL_SHIFT)
    dialog = dialog_of(qtbot, ScoreDialog)
    _choose_measure(qtbot, dialog, "W", "wai_sr")
    _keys(qtbot, "453454345443")
    _enter(qtbot)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    kept = {s.measure_id: s for s in ws.measures.scores_for_session(session_id)}
    assert kept["srs"].total == 24
    assert kept["wai_sr"].total == 48

    # A reflection: eight digits and Enter
    focus(qtbot, main)
    qtbot.keyClick(main, Qt.Key.Key_T, CTRL_SHIFT)
    reflection = dialog_of(qtbot, ReflectionDialog)
    _keys(qtbot, "45344543")
    _enter(qtbot)
    assert reflection.error.text() == "", reflection.error.text()
    qtbot.waitUntil(lambda: not reflection.isVisible())
    assert [r.rating for r in ws.reflections.for_session(session_id).ratings] == [
        4,
        5,
        3,
        4,
        4,
        5,
        4,
        3,
    ]

    # A rupture, then its repair from the table's row
    focus(qtbot, main)
    qtbot.keyClick(main, Qt.Key.Key_U, CTRL_SHIFT)
    rupture_dialog = dialog_of(qtbot, RuptureDialog)
    _keys(qtbot, "Went quiet when I mentioned the summer break.")
    _enter(qtbot)
    qtbot.waitUntil(lambda: not rupture_dialog.isVisible())
    (rupture,) = [r for r in ws.ruptures.for_client(client.id) if r.session_id == session_id]
    rows = [view.model.record_at(r).row for r in range(view.model.rowCount())]
    at = next(n for n, row in enumerate(rows) if row.lane == "Ruptures and repairs")
    view.table.selectRow(at)
    assert view.repair_action.isEnabled()
    view.repair_action.trigger()
    repair = dialog_of(qtbot, RepairDialog)
    _keys(qtbot, "We talked about the quiet together.")
    _enter(qtbot)
    qtbot.waitUntil(lambda: not repair.isVisible())
    assert ws.ruptures.get(rupture.id).repair is not None

    # A boundary event, logged with issue #11's window, reaches the timeline's lane
    focus(qtbot, main)
    qtbot.keyClick(main, Qt.Key.Key_B, CTRL_SHIFT)
    boundary = dialog_titled(qtbot, "Log a boundary event")
    qtbot.keyClicks(boundary.happened, "Sentinel Quokka: three texts late at night.")
    click(qtbot, boundary.save_button)
    qtbot.waitUntil(lambda: not boundary.isVisible())
    assert [e.kind for e in ws.boundaries.events(client.id)] == [BoundaryKind.CONTACT]

    # Every lane drawn with its marks; the table beside it says the same
    main.go("Timeline")
    view.refresh()
    view.picture.grab()
    drawn = view.picture.layout_drawn.drawn
    assert {lane: drawn.get(lane, 0) > 0 for lane in LANES} == dict.fromkeys(LANES, True)
    assert drawn == {lane.key: len(lane.marks) for lane in view.timeline.lanes}
    assert view.model.rowCount() == sum(drawn.values())
    details = " ".join(
        str(view.model.record_at(r).row.detail) for r in range(view.model.rowCount())
    )
    assert "Quokka" not in details  # the boundary lane says its kind, not its words

    # A possible rupture after the drop, with its reason, on the page and on Today
    flags = [f for f in ws.flags.for_client(client.id) if not f.dismissed]
    assert flags
    assert any("under its cutoff of 36" in str(f.reason) for f in flags)
    assert main.page.chip_texts()["possible"].endswith("to look at")
    flag_rows = [view.model.record_at(r).row for r in range(view.model.rowCount())]
    assert any(r.lane == "Possible ruptures" and "cutoff" in str(r.detail) for r in flag_rows)

    # Hover the new SRS mark, then click through to its session
    main.go("Timeline")
    view.picture.grab()
    layout = view.picture.layout_drawn
    point = layout.points["measure:srs"][-1]
    at_point = QPoint(round(point.x()), round(point.y()))
    tip = QHelpEvent(QEvent.Type.ToolTip, at_point, view.picture.mapToGlobal(at_point))
    QApplication.sendEvent(view.picture, tip)
    assert "SRS 24" in QToolTip.text()
    qtbot.mouseClick(view.picture, Qt.MouseButton.LeftButton, pos=at_point)
    assert main.showing() == "Notes"
    assert main.view("Notes").session.id == session_id
    main.step(-1)  # Back to the timeline

    # Reliability, month by month, on Ctrl+0
    focus(qtbot, main)
    qtbot.keyClick(main, Qt.Key.Key_0, CTRL)
    assert main.showing() == "Reliability"
    reliability = main.view("Reliability")
    assert reliability.model.rowCount() >= 12
    assert reliability.yours.text().startswith("Your side: Of ")

    # The picture saved as a PNG, recorded in the audit trail
    main.follow(OpenClient(client.id, "Timeline"))
    target = tmp_path / "timeline.png"
    monkeypatch.setattr(timeline_export, "choose_path", lambda parent, suggested: target)
    view.save_action.trigger()
    assert target.read_bytes().startswith(b"\x89PNG")
    assert b"Quokka" not in target.read_bytes()
    entry = ws.audit.recent(1)[0]
    assert (entry.kind.value, entry.detail["format"]) == ("timeline_exported", "png")
    assert session.start.date() <= dt.date.today()
