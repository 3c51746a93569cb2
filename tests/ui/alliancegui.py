"""A vault for the alliance GUI tests: C-007 seen weekly for nine weeks up to last week (all
attended, SRS at each, the last a drop under the cutoff), and a session that has just ended
today; unlocked through the GUI."""

from __future__ import annotations

import datetime as dt
from typing import Any

from guikit import PASSPHRASE, focus, unlock_ui
from notekit import just_ended_start

from counsel_desk.domain.attendance import Attendance
from counsel_desk.domain.clients import ClientDraft
from counsel_desk.domain.sessions import SessionDraft, SessionStatus

TOTALS = ["38.6", "39", "38.8", "39.2", "38.7", "39", "38.9", "39.1", "33.8"]


def seed(ws: Any) -> dict[str, Any]:
    client = ws.clients.add(ClientDraft(code="C-007"))
    today = just_ended_start()
    held = []
    for week in range(9, 0, -1):
        start = (today - dt.timedelta(weeks=week)).replace(hour=10, minute=0)
        session = ws.sessions.add(SessionDraft(client.id, start))
        ws.attendance.record(session.id, Attendance(SessionStatus.ATTENDED))
        held.append(session)
    for session, total in zip(held, TOTALS, strict=True):
        ws.measures.record_score(session.id, "srs", total=total)
    ended = ws.sessions.add(SessionDraft(client.id, today))
    return {"client": client, "held": held, "ended": ended}


def open_alliance(qtbot: Any, make_controller: Any, folder: Any) -> tuple[Any, Any, dict]:
    from counsel_desk.services.workspace import unlock

    ws = unlock(folder, PASSPHRASE)
    try:
        seeded = seed(ws)
    finally:
        ws.close()
    controller = make_controller(folder)
    main = unlock_ui(qtbot, controller)
    focus(qtbot, main)
    return controller, main, seeded


def dialog_of(qtbot: Any, kind: type) -> Any:
    """The one open dialog of ``kind`` (dialogs open without blocking), active as a desktop
    makes a new window-modal dialog (the offscreen platform needs asking)."""
    from PySide6.QtWidgets import QApplication

    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
    assert len(found) == 1, found
    focus(qtbot, found[0])
    return found[0]
