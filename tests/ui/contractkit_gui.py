"""Helpers for the contract and boundaries GUI tests: a vault with a practice profile and a
client whose first contact was three months ago, opened through the GUI; finding the
dialog a click opened; choosing a clause in the list with the mouse."""

from __future__ import annotations

import datetime as dt
from typing import Any

from contractkit import practice_profile
from guikit import PASSPHRASE, focus, unlock_ui
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from counsel_desk.domain.clients import ClientDraft, ClientIdentity
from counsel_desk.domain.sessions import SessionDraft
from counsel_desk.ui.intents import OpenClient

TODAY = dt.date.today()
FIRST_CONTACT = TODAY - dt.timedelta(days=90)


def days_ago(n: int) -> dt.date:
    return TODAY - dt.timedelta(days=n)


def seed(ws: Any) -> dict[str, Any]:
    """C-004 (Robin Ames): first contact 90 days ago, a session each week since 80 days ago
    and one next week. C-005: no contract."""
    ws.practice.save(practice_profile())
    c4 = ws.clients.add(
        ClientDraft(
            "C-004",
            start_date=days_ago(80),
            first_contact=FIRST_CONTACT,
            identity=ClientIdentity(full_name="Robin Ames"),
        )
    )
    c5 = ws.clients.add(ClientDraft("C-005", first_contact=days_ago(10)))
    sessions = [
        ws.sessions.add(
            SessionDraft(c4.id, dt.datetime.combine(days_ago(80 - 7 * week), dt.time(10)))
        )
        for week in range(13)
    ]
    return {"c4": c4, "c5": c5, "sessions": sessions}


def open_seeded(qtbot: Any, make_controller: Any, folder: Any, prepare=None) -> tuple:
    """Seed (and ``prepare``) the closed vault through the services, unlock through the GUI."""
    from counsel_desk.services.workspace import unlock

    ws = unlock(folder, PASSPHRASE)
    try:
        seeded = seed(ws)
        if prepare is not None:
            prepare(ws, seeded)
    finally:
        ws.close()
    controller = make_controller(folder)
    main = unlock_ui(qtbot, controller)
    focus(qtbot, main)
    return controller, main, seeded


def open_tab(main: Any, client_id: int, tab: str) -> Any:
    main.follow(OpenClient(client_id, tab))
    return main.view(tab)


def dialog_titled(qtbot: Any, title: str) -> QDialog:
    """The dialog with ``title`` a click has just opened (window-modal, not blocking)."""
    found: list[QDialog] = []

    def opened() -> bool:
        found[:] = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QDialog) and w.isVisible() and w.windowTitle() == title
        ]
        return bool(found)

    qtbot.waitUntil(opened)
    return found[0]


def click(qtbot: Any, button: Any) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def choose_clause(qtbot: Any, view: Any, key: str) -> Any:
    """Click the clause's row in the list, as a person would; the item."""
    items = view.editor.items
    for row in range(items.count()):
        item = items.item(row)
        if item.data(Qt.ItemDataRole.UserRole) == key:
            rect = items.visualItemRect(item)
            items.scrollToItem(item)
            rect = items.visualItemRect(item)
            qtbot.mouseClick(items.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
            assert view.editor.current_key() == key
            return item
    raise AssertionError(f"no clause {key}")
