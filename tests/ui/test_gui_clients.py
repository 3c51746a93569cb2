"""The clients view: add through the dialog, names hidden until asked, filter, edit, end."""

from __future__ import annotations

import datetime as dt

import pytest
from guikit import focus, screen_text, unlock_ui, window_titles
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip

from counsel_desk.domain.clients import Client, ClientDraft, ClientIdentity, ClientStatus
from counsel_desk.domain.rules import BAD_CODE, CODE_MAX_LENGTH
from counsel_desk.ui.dialogs.client import ClientDialog, EndClientDialog
from counsel_desk.ui.intents import OpenClient
from counsel_desk.ui.models.clients import ClientTableModel, client_matches

NAME = "Zelda Quince"


@pytest.fixture
def main(qtbot, make_controller, closed_vault):
    controller = make_controller(closed_vault[0])
    window = unlock_ui(qtbot, controller)
    window.controller = controller
    window.go("Clients")  # Today opens first
    return window


def open_dialog(qtbot, main, kind: type):
    qtbot.waitUntil(lambda: main.findChild(kind) is not None and main.findChild(kind).isVisible())
    return main.findChild(kind)


def add_client_via_dialog(qtbot, main, name: str = NAME) -> None:
    focus(qtbot, main)
    qtbot.keyClick(main, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = open_dialog(qtbot, main, ClientDialog)
    assert dialog.code.text() == "C-001"  # suggested
    qtbot.keyClicks(dialog.full_name, name)
    qtbot.keyClicks(dialog.email, "zq@example.org")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()


def test_empty_state_invites_the_first_client(main):
    view = main.view("Clients")
    assert view.table.currentIndex() == 1
    assert view.table.empty_label.text().startswith("No clients yet")
    assert view.table.empty_button.text() == "Add client…"


def test_added_client_is_listed_by_code_and_named_only_on_request(qtbot, main):
    add_client_via_dialog(qtbot, main)
    view = main.view("Clients")
    assert view.model.rowCount() == 1
    assert view.model.columns() == ("Code", "Status", "Started")
    assert "C-001" in screen_text()
    assert NAME not in screen_text()
    assert all(NAME not in t and "C-001" not in t for t in window_titles())

    qtbot.mouseClick(view.names_box, Qt.MouseButton.LeftButton)
    assert view.model.columns() == ClientTableModel.columns(view.model)
    assert ClientTableModel.NAME in view.model.columns()
    assert NAME in screen_text()
    assert all(NAME not in t for t in window_titles())
    qtbot.mouseClick(view.names_box, Qt.MouseButton.LeftButton)
    assert NAME not in screen_text()


def test_validation_errors_stay_in_the_dialog(qtbot, main):
    main.view("Clients").add_action.trigger()
    dialog = open_dialog(qtbot, main, ClientDialog)
    dialog.code.clear()
    qtbot.keyClicks(dialog.code, "not a code")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.error.text() == BAD_CODE
    assert main.controller.workspace.clients.count() == 0


def test_a_refusal_goes_once_the_field_is_fixed_and_follows_what_is_typed(qtbot, main):
    main.view("Clients").add_action.trigger()
    dialog = open_dialog(qtbot, main, ClientDialog)
    dialog.code.clear()
    qtbot.keyClicks(dialog.code, "C14")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.error.text() == BAD_CODE
    qtbot.keyClicks(dialog.full_name, "Ada")  # another field: the code is still wrong
    assert dialog.error.text() == BAD_CODE
    dialog.code.setCursorPosition(1)
    qtbot.keyClick(dialog.code, Qt.Key.Key_Minus)  # C-14: fixed
    assert dialog.error.text() == ""
    assert not dialog.error.isVisibleTo(dialog)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert [c.code for c in main.controller.workspace.clients.list()] == ["C-14"]


def test_a_code_too_long_is_kept_whole_and_refused_naming_the_limit(qtbot, main):
    """Issue #9: the field cut a code at 16 characters without a word."""
    main.view("Clients").add_action.trigger()
    dialog = open_dialog(qtbot, main, ClientDialog)
    dialog.code.clear()
    long_code = "C-0142-Jones-Smith"
    qtbot.keyClicks(dialog.code, long_code)
    assert dialog.code.text() == long_code  # never silently cut
    qtbot.keyClick(dialog.code, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.error.text() == (
        f"A client code can be at most {CODE_MAX_LENGTH} characters long, such as C-014; "
        f"this one has {len(long_code)}."
    )
    assert main.controller.workspace.clients.count() == 0


def test_edit_then_end_a_client_and_filter_by_status(qtbot, main):
    add_client_via_dialog(qtbot, main)
    view = main.view("Clients")
    view.select(view.model.record_at(0).id)
    qtbot.keyClick(view.table.view, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    dialog = open_dialog(qtbot, main, ClientDialog)
    assert dialog.windowTitle() == "Edit client"
    assert dialog.full_name.text() == NAME
    qtbot.keyClicks(dialog.preferred_name, "Zed")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    client = main.controller.workspace.clients.list()[0]
    assert client.identity.preferred_name == "Zed"
    assert client.identity.email == "zq@example.org"

    assert view.current_id() == client.id
    view.end_action.trigger()
    ending = open_dialog(qtbot, main, EndClientDialog)
    qtbot.mouseClick(ending.end_button, Qt.MouseButton.LeftButton)
    ended = main.controller.workspace.clients.get(client.id)
    assert ended.status is ClientStatus.ENDED
    assert ended.end_date == dt.date.today()
    assert view.model.rowCount() == 0  # "Current (hide ended)" is the default filter
    assert view.table.empty_label.text() == "No clients match this filter."

    view.filter.setCurrentIndex(view.filter.findText("All clients"))
    assert view.model.rowCount() == 1
    view.filter.setCurrentIndex(view.filter.findText("Ended"))
    assert view.model.rowCount() == 1
    view.filter.setCurrentIndex(view.filter.findText("Active"))
    assert view.model.rowCount() == 0


def test_show_names_follows_the_preference(qtbot, make_controller, closed_vault):
    from counsel_desk.services import preferences

    preferences.save(preferences.Preferences(show_names=True))
    controller = make_controller(closed_vault[0])
    main = unlock_ui(qtbot, controller)
    controller.workspace.clients.add(
        ClientDraft(code="C-007", identity=ClientIdentity(full_name=NAME))
    )
    main.view("Clients").reload()
    assert main.view("Clients").names_box.isChecked()
    assert NAME in screen_text()
    assert QApplication.activeModalWidget() is None


def test_a_long_name_never_pushes_the_columns_off_screen(qtbot, main):
    """Issue #9: the name column grew to the whole name and pushed the rest out of sight."""
    long_name = " ".join(["Margaret Anne Elisabeth Fotheringham-Worthington-Smythe"] * 3)
    ws = main.controller.workspace
    ws.clients.add(ClientDraft(code="C-001", identity=ClientIdentity(full_name=long_name)))
    ws.clients.add(ClientDraft(code="C-002", identity=ClientIdentity(full_name="Bo Li")))
    view = main.view("Clients")
    view.reload()
    qtbot.mouseClick(view.names_box, Qt.MouseButton.LeftButton)
    table = view.table.view
    header = table.horizontalHeader()
    qtbot.waitUntil(lambda: table.viewport().width() > 300)
    last = view.model.columnCount() - 1
    assert header.sectionViewportPosition(last) + 40 < table.viewport().width()
    assert table.horizontalScrollBar().maximum() == 0
    name_col = view.model.columns().index(ClientTableModel.NAME)
    name_rect = table.visualRect(view.model.index(view.model.row_of(1), name_col))
    assert name_rect.width() < table.fontMetrics().horizontalAdvance(long_name)  # elided

    def hover(rect):
        pos = rect.center()
        event = QHelpEvent(QEvent.Type.ToolTip, pos, table.viewport().mapToGlobal(pos))
        QApplication.sendEvent(table.viewport(), event)

    hover(name_rect)  # cut short: the whole name as a tooltip
    assert QToolTip.isVisible()
    assert QToolTip.text() == long_name
    hover(table.visualRect(view.model.index(0, 0)))  # a code fits: no tooltip
    qtbot.waitUntil(lambda: not QToolTip.isVisible())
    hover(name_rect)
    assert QToolTip.isVisible()
    qtbot.mouseClick(view.names_box, Qt.MouseButton.LeftButton)  # names hidden: tip goes
    qtbot.waitUntil(lambda: not QToolTip.isVisible())
    qtbot.mouseClick(view.names_box, Qt.MouseButton.LeftButton)  # names shown again

    width = main.width()
    main.follow(OpenClient(1))  # the page's heading names the client: it wraps, never widens
    title = main.page.title
    assert long_name in title.text()
    assert title.width() <= main.page.width()
    assert main.width() == width
    assert main.minimumSizeHint().width() < 780
    assert main.view("Sessions").add_action.isEnabled()


def test_find_a_client_by_code_and_by_name_only_while_names_are_shown(qtbot, main):
    ws = main.controller.workspace
    ws.clients.add(ClientDraft(code="C-001", identity=ClientIdentity(full_name=NAME)))
    ws.clients.add(ClientDraft(code="C-002", identity=ClientIdentity(full_name="Zoë Adair")))
    ws.clients.add(ClientDraft(code="C-013", identity=ClientIdentity(full_name="Ben Ode")))
    view = main.view("Clients")
    view.reload()
    find = view.find
    assert find.placeholderText() == "Find by code"

    qtbot.keyClicks(find, "zelda")  # names hidden: codes only
    assert view.model.rowCount() == 0
    assert view.table.currentIndex() == 1
    assert "Names are hidden, so only codes are searched" in view.table.empty_label.text()
    find.clear()
    qtbot.keyClicks(find, "13")
    assert [view.model.record_at(r).code for r in range(view.model.rowCount())] == ["C-013"]
    qtbot.keyClick(find, Qt.Key.Key_Return)  # Enter chooses the first match
    assert view.current_id() == ws.clients.list()[2].id
    assert view.table.view.hasFocus()

    qtbot.mouseClick(view.names_box, Qt.MouseButton.LeftButton)  # names shown
    assert find.placeholderText() == "Find by code or name"
    find.clear()
    qtbot.keyClicks(find, "zoe ADA")  # any case, accents aside, every word
    assert [view.model.record_at(r).code for r in range(view.model.rowCount())] == ["C-002"]
    find.clear()
    qtbot.keyClicks(find, "quince")
    assert [view.model.record_at(r).code for r in range(view.model.rowCount())] == ["C-001"]

    qtbot.mouseClick(view.names_box, Qt.MouseButton.LeftButton)  # hidden again
    assert view.model.rowCount() == 0  # the name no longer matches
    assert NAME not in screen_text()
    find.clear()
    assert view.model.rowCount() == 3

    qtbot.keyClicks(find, "Quince")
    main.controller.lock()  # what was typed to find a client goes with the lock
    assert "Quince" not in screen_text()


@pytest.mark.parametrize(
    ("query", "with_names", "matches"),
    [
        ("c-001", False, True),
        ("001", False, True),
        ("", False, True),
        ("hill", False, False),
        ("hill", True, True),
        ("MAGGIE", True, True),  # the preferred name
        ("zoë", True, False),
        ("margaret c-001", True, True),
        ("margaret c-002", True, False),
    ],
)
def test_client_matches(query, with_names, matches):
    client = Client(
        id=1,
        code="C-001",
        status=ClientStatus.ACTIVE,
        start_date=None,
        end_date=None,
        identity=ClientIdentity(full_name="Margaret Hill", preferred_name="Maggie"),
    )
    assert client_matches(client, query, with_names) is matches


def test_reliability_offers_the_whole_practice_only_from_one_clients_figures(qtbot, main):
    main.go("Reliability")
    view = main.view("Reliability")
    assert view.table.currentIndex() == 1  # no sessions: the empty state
    assert view.scope.currentData() is None  # already the whole practice
    assert view.table.empty_button.isHidden()
    main.go("Clients")
    add_client_via_dialog(qtbot, main)
    main.follow(OpenClient(1))
    main.go("Reliability")
    view.scope.setCurrentIndex(view.scope.findData(1))
    view.reload()
    assert not view.table.empty_button.isHidden()
    qtbot.mouseClick(view.table.empty_button, Qt.MouseButton.LeftButton)
    assert view.scope.currentData() is None
    assert view.table.empty_button.isHidden()
