"""Empty states (issue #16 item 4): where a view has nothing to show it says what to do,
with its icon, and a button that does it where there is one thing to do."""

from __future__ import annotations

import pytest
from guikit import focus, unlock_ui
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QImage, QKeySequence, QPalette
from testkit import PASSPHRASE

from counsel_desk.domain.clients import ClientDraft
from counsel_desk.services.workspace import unlock
from counsel_desk.ui.dialogs.client import ClientDialog
from counsel_desk.ui.empty_state import ICON_SIDE, EmptyState
from counsel_desk.ui.intents import OpenClient


@pytest.fixture
def main(qtbot, make_controller, closed_vault):
    window = unlock_ui(qtbot, make_controller(closed_vault[0]))
    focus(qtbot, window)
    return window


def drawn(state: EmptyState) -> QImage:
    return state.picture.pixmap().toImage()


def test_the_empty_state_has_its_icon_its_sentence_and_its_button(qtbot):
    done: list[bool] = []
    action = QAction("&Log supervision…")
    action.triggered.connect(lambda: done.append(True))
    state = EmptyState("dialog-messages", "Nothing yet.", action)
    qtbot.addWidget(state)
    state.show()
    qtbot.waitExposed(state)
    assert state.text() == "Nothing yet."
    assert state.button.text() == "Log supervision…"
    image = drawn(state)
    assert image.size() == QSize(ICON_SIDE, ICON_SIDE) * state.devicePixelRatioF()
    assert any(image.pixelColor(x, y).alpha() for x in range(image.width()) for y in range(8, 40))
    qtbot.mouseClick(state.button, Qt.MouseButton.LeftButton)
    assert done == [True]
    action.setEnabled(False)
    assert not state.button.isEnabled()  # follows its action
    plain = EmptyState("edit-find", "No button here.")
    qtbot.addWidget(plain)
    plain.show()
    assert not plain.button.isVisible()


def test_no_clients_says_how_to_add_one_and_its_button_does(qtbot, main):
    main.go("Clients")
    view = main.view("Clients")
    key = QKeySequence(QKeySequence.StandardKey.New).toString(
        QKeySequence.SequenceFormat.NativeText
    )
    assert view.table.currentWidget() is view.table.empty
    assert view.table.empty.text() == f"No clients yet. Add your first with Add client… ({key})."
    assert view.table.empty.icon_name == "system-users"
    qtbot.mouseClick(view.table.empty.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: main.findChild(ClientDialog) is not None)
    main.findChild(ClientDialog).reject()


def test_search_with_nothing_found_shows_what_to_try(qtbot, main):
    main.go("Search")
    view = main.view("Search")
    assert not view.nothing.isVisible()  # nothing asked yet: the sentence above says what to do
    qtbot.keyClicks(view.query, "zebra")
    qtbot.waitUntil(lambda: view.summary.text().startswith("No notes match"), timeout=10_000)
    assert view.nothing.isVisible()
    assert not view.results.isVisible()
    assert "“anx” finds “anxious”" in view.nothing.text()
    view.query.clear()
    view.run()
    assert not view.nothing.isVisible()
    assert view.results.isVisible()


def test_the_timeline_of_a_client_with_nothing_recorded_says_how_it_fills(
    qtbot, make_controller, closed_vault
):
    ws = unlock(closed_vault[0], PASSPHRASE)
    try:
        client = ws.clients.add(ClientDraft(code="C-042"))
    finally:
        ws.close()
    main = unlock_ui(qtbot, make_controller(closed_vault[0]))
    view = main.view("Timeline")
    main.follow(OpenClient(client.id, "Timeline"))
    assert main.showing() == "Timeline"
    assert view.empty.isVisible()
    assert not view.body.isVisible()
    assert view.empty.text().startswith("Nothing is recorded for this client yet.")
    assert "Enter score… (Ctrl+Shift+R)" in view.empty.text()
    assert view.empty.icon_name == "view-statistics"


@pytest.mark.parametrize(
    ("view_name", "icon"),
    [("Reliability", "view-statistics"), ("Supervision", "dialog-messages")],
)
def test_the_practice_views_empty_states_have_their_icons(main, view_name, icon):
    main.go(view_name)
    table = main.view(view_name).table
    assert table.currentWidget() is table.empty
    assert table.empty.icon_name == icon
    assert table.empty.text()


def test_the_empty_states_icon_follows_light_and_dark(qtbot):
    from counsel_desk.domain.preferences import Look
    from counsel_desk.ui.appearance import appearance, is_dark

    def lightness(state: EmptyState) -> float:
        image = drawn(state)
        inked = [
            image.pixelColor(x, y)
            for x in range(image.width())
            for y in range(image.height())
            if image.pixelColor(x, y).alpha() > 200
        ]
        return sum(c.lightnessF() for c in inked) / len(inked)

    state = EmptyState("system-users", "No clients yet.")
    qtbot.addWidget(state)
    state.show()
    qtbot.waitExposed(state)
    try:
        appearance().apply(Look.LIGHT)
        qtbot.waitUntil(lambda: not is_dark(state.palette()))
        light = lightness(state)
        appearance().apply(Look.DARK)
        qtbot.waitUntil(lambda: is_dark(state.palette()))
        # drawn again in the dark palette's quiet grey, which reads on its dark ground
        grey = state.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
        qtbot.waitUntil(lambda: abs(lightness(state) - grey.lightnessF()) < 0.02)
        assert abs(lightness(state) - light) > 0.05
    finally:
        appearance().apply(Look.SYSTEM)
