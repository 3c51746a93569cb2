"""Helpers for the notes GUI tests: a vault with a client whose session has just ended."""

from __future__ import annotations

import datetime as dt
from typing import Any

from guikit import unlock_ui

from counsel_desk.domain.clients import ClientDraft
from counsel_desk.domain.sessions import SessionDraft


def just_ended_start(now: dt.datetime | None = None) -> dt.datetime:
    """A start time today such that a 50-minute session has (nearly always) just ended."""
    now = (now or dt.datetime.now()).replace(second=0, microsecond=0)
    midnight = dt.datetime.combine(now.date(), dt.time())
    return max(midnight, now - dt.timedelta(minutes=55))


def seed(ws: Any) -> dict[str, Any]:
    """C-004 with a session that just ended and one tomorrow; C-005 with an old session."""
    c4 = ws.clients.add(ClientDraft(code="C-004"))
    c5 = ws.clients.add(ClientDraft(code="C-005"))
    start = just_ended_start()
    ended = ws.sessions.add(SessionDraft(client_id=c4.id, start=start, planned_minutes=50))
    later = ws.sessions.add(
        SessionDraft(client_id=c4.id, start=start + dt.timedelta(days=1), planned_minutes=50)
    )
    old = ws.sessions.add(
        SessionDraft(client_id=c5.id, start=start - dt.timedelta(days=7), planned_minutes=50)
    )
    return {"c4": c4, "c5": c5, "ended": ended, "later": later, "old": old}


def unlock_seeded(qtbot: Any, make_controller: Any, folder: Any) -> tuple[Any, Any, dict]:
    """Seed the closed vault through the services, then unlock it through the GUI."""
    from guikit import PASSPHRASE

    from counsel_desk.services.workspace import unlock

    ws = unlock(folder, PASSPHRASE)
    try:
        seeded = seed(ws)
    finally:
        ws.close()
    controller = make_controller(folder)
    window = unlock_ui(qtbot, controller)
    return controller, window, seeded


def button_for(widget: Any, action: Any) -> Any:
    """The tool button in ``widget`` that shows ``action`` (what a mouse would click)."""
    from PySide6.QtWidgets import QToolButton

    (button,) = [b for b in widget.findChildren(QToolButton) if b.defaultAction() is action]
    return button


def pick(qtbot: Any, combo: Any, text: str) -> None:
    """Choose ``text`` in a combo box with the mouse: open its list, click the row."""
    from PySide6.QtCore import Qt

    index = combo.findText(text)
    assert index >= 0, f"{text!r} is not offered"
    combo.showPopup()
    view = combo.view()
    qtbot.waitUntil(view.isVisible)
    rect = view.visualRect(view.model().index(index, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: not view.isVisible())
