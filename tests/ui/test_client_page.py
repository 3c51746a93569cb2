"""The client page: it opens, with its header and tabs, from every place a client can be
opened (Clients, Today, Search, a session); its header names the client by code (and by
name only while names are shown); a tab is added by registering a view, nothing else; and
it passes the accessibility and Enter walkers in every state."""

from __future__ import annotations

import datetime as dt

import pytest
from a11y import unnamed_widgets
from dialogkit import enter_target
from guikit import focus, unlock_ui
from notekit import unlock_seeded
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QVBoxLayout

from counsel_desk.domain.clients import ClientDraft, ClientIdentity
from counsel_desk.ui.formats import fmt_datetime
from counsel_desk.ui.intents import OpenClient
from counsel_desk.ui.main_window import MainWindow
from counsel_desk.ui.navigation import HOST_CLIENT, ViewSpec
from counsel_desk.ui.views.base import View
from counsel_desk.ui.views.client_page import NO_CLIENT, NOTHING_BOOKED
from counsel_desk.ui.views.registry import VIEWS

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def opened(qtbot, make_controller, closed_vault):
    controller, main, seeded = unlock_seeded(qtbot, make_controller, closed_vault[0])
    focus(qtbot, main)
    return controller, main, seeded


def _on_page(main, tab: str, code: str) -> None:
    assert main.showing() == tab
    assert main.page.isVisible()
    assert main.page.tab() == tab
    assert main.page.tabs.isVisible()
    assert main.page.title.text() == code
    assert main.sidebar.currentItem().text() == code


def test_from_clients_enter_opens_the_page_with_status_and_next_session(qtbot, opened):
    _controller, main, seeded = opened
    qtbot.keyClick(main, Qt.Key.Key_2, CTRL)
    clients = main.view("Clients")
    clients.select(seeded["c4"].id)
    qtbot.keyClick(clients.table.view, Qt.Key.Key_Return)
    _on_page(main, "Sessions", "C-004")
    later = seeded["later"].start
    chips = main.page.chip_texts()
    assert (chips["status"], chips["next"]) == ("Active", f"Next session {fmt_datetime(later)}")
    assert main.view("Sessions").model.rowCount() == 2


def test_from_today_the_note_opens_on_its_clients_page(qtbot, opened):
    _controller, main, seeded = opened
    qtbot.keyClick(main.view("Today").write_button, Qt.Key.Key_Return)
    _on_page(main, "Notes", "C-004")
    assert main.view("Notes").editor.note.session_id == seeded["ended"].id
    qtbot.keyClick(main, Qt.Key.Key_1, CTRL)
    today = main.view("Today").today_table
    today.setFocus()
    today.setCurrentIndex(today.model().index(0, 0))
    qtbot.keyClick(today, Qt.Key.Key_Return)  # a session of today's list
    _on_page(main, "Notes", "C-004")


def test_from_search_a_note_opens_on_its_clients_page(qtbot, opened):
    controller, main, seeded = opened
    notes = controller.workspace.notes
    note = notes.create(seeded["old"].id, "builtin:free_text")
    notes.save(note.id, "We spoke about the allotment.")
    main.follow(OpenClient(seeded["c4"].id))  # another client's page was open
    qtbot.keyClick(main, Qt.Key.Key_F, CTRL)
    search = main.view("Search")
    qtbot.keyClicks(search.query, "allotment")
    qtbot.keyClick(search.query, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is search.results)
    qtbot.keyClick(search.results, Qt.Key.Key_Return)
    _on_page(main, "Notes", "C-005")
    assert main.view("Notes").editor.note.id == note.id
    assert main.view("Clients").current_id() == seeded["c5"].id  # Clients agrees


def test_from_a_session_enter_opens_its_notes_on_the_same_page(qtbot, opened):
    _controller, main, seeded = opened
    main.follow(OpenClient(seeded["c4"].id))
    sessions = main.view("Sessions")
    sessions.table.select(seeded["later"].id)
    qtbot.keyClick(sessions.table.view, Qt.Key.Key_Return)
    _on_page(main, "Notes", "C-004")
    assert main.view("Notes").session.id == seeded["later"].id


def test_clicking_a_tab_moves_between_tabs_and_is_a_place_visited(qtbot, opened):
    _controller, main, seeded = opened
    main.follow(OpenClient(seeded["c5"].id))
    bar = main.page.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(1).center())
    _on_page(main, "Notes", "C-005")
    assert main.history.current.view == "Notes"
    main.step(-1)
    _on_page(main, "Sessions", "C-005")


def test_with_no_client_open_the_page_says_where_to_choose_one(qtbot, opened):
    _controller, main, _seeded = opened
    qtbot.keyClick(main, Qt.Key.Key_3, CTRL)
    assert main.showing() == "Sessions"
    assert main.page.empty.isVisible()
    assert main.page.empty.text() == NO_CLIENT
    assert not main.page.tabs.isVisible()
    assert main.sidebar.currentItem().text() == "Client"
    assert unnamed_widgets(main) == []


def test_names_show_in_the_header_only_while_names_are_shown(qtbot, make_controller, closed_vault):
    controller = make_controller(closed_vault[0])
    main = unlock_ui(qtbot, controller)
    ws = controller.workspace
    client = ws.clients.add(
        ClientDraft(
            code="C-021",
            start_date=dt.date(2025, 1, 14),
            identity=ClientIdentity(full_name="Ada Ash", preferred_name="Addie"),
        )
    )
    main.view("Clients").reload()
    main.follow(OpenClient(client.id))
    assert main.page.title.text() == "C-021"
    chips = main.page.chip_texts()
    assert (chips["status"], chips["next"]) == ("Active since 14 Jan 2025", NOTHING_BOOKED)
    main.set_show_names(True)
    assert main.page.title.text() == "C-021 — Ada Ash (Addie)"
    assert main.sidebar.currentItem().text() == "C-021"  # never a name in the sidebar
    main.set_show_names(False)
    assert "Ada" not in main.page.title.text()
    ws.clients.end(client.id, dt.date(2025, 6, 30))
    main.view("Clients").refresh()
    main.page.refresh()
    assert main.page.chip_texts()["status"].startswith("Ended on 30 Jun 2025")


class LettersTab(View):
    """What a later issue's tab looks like to the page: a view and its registration."""

    def __init__(self, sessions, current) -> None:
        super().__init__()
        self.label = QLabel()
        QVBoxLayout(self).addWidget(self.label)
        self._sessions = sessions
        current.changed.connect(
            lambda cid: self.label.setText(f"{len(sessions.for_client(cid))} sessions")
        )


def test_a_tab_is_added_by_registering_a_view(qtbot, opened):
    _controller, main, seeded = opened
    registered = [spec.name for spec in VIEWS if spec.host == HOST_CLIENT]
    assert main.page.tab_names() == registered  # no empty placeholder tabs
    assert registered == ["Sessions", "Notes", "Contract", "Boundaries", "Timeline", "Risk"]
    extra = ViewSpec(
        "Letters",
        ("Ctrl+Shift+Y",),  # Ctrl+0 to Ctrl+9 are all taken
        lambda s: LettersTab(s.sessions, s.current_client),
        needs=("sessions", "current_client"),
        host=HOST_CLIENT,
    )
    window = MainWindow(main.workspace, False, views=(*VIEWS, extra))
    qtbot.addWidget(window)
    window.show()
    focus(qtbot, window)
    assert window.page.tab_names() == [*registered, "Letters"]
    window.follow(OpenClient(seeded["c4"].id))
    qtbot.keyClick(window, Qt.Key.Key_Y, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert window.showing() == "Letters"
    assert window.page.tab() == "Letters"
    assert window.view("Letters").label.text() == "2 sessions"
    (view_menu,) = [a.menu() for a in window.menuBar().actions() if a.text() == "&View"]
    assert "Ctrl+Shift+Y" in [a.shortcut().toString() for a in view_menu.actions()]
    assert "Letters (Ctrl+Shift+Y)" in window.sidebar.currentItem().toolTip()
    window.step(-1)
    assert window.showing() == "Sessions"
    window.discard()


def test_every_tab_and_state_of_the_page_names_its_widgets(qtbot, opened):
    _controller, main, seeded = opened
    qtbot.mouseClick(main.view("Today").write_button, Qt.MouseButton.LeftButton)  # a note
    for tab in main.page.tab_names():
        main.go(tab)
        assert main.page.tabs.isVisible()
        assert unnamed_widgets(main) == [], tab
    main.follow(OpenClient(seeded["c5"].id, "Notes"))  # a client with no note open
    assert unnamed_widgets(main) == []


def test_the_dialogs_the_page_opens_press_their_primary_button_on_enter(qtbot, opened):
    """The Enter walker on the page: each dialog its actions open names its widgets, has
    its primary button as the default, and Enter in its first field presses that button,
    never Cancel."""
    from counsel_desk.ui.dialogs.attendance import AttendanceDialog
    from counsel_desk.ui.dialogs.session import SessionDialog

    _controller, main, seeded = opened
    main.follow(OpenClient(seeded["c4"].id))
    sessions = main.view("Sessions")
    sessions.table.select(seeded["later"].id)
    shift = CTRL | Qt.KeyboardModifier.ShiftModifier
    for keys, kind in (
        (Qt.Key.Key_N, SessionDialog),  # add a session
        (Qt.Key.Key_E, SessionDialog),  # edit the selected one
        (Qt.Key.Key_A, AttendanceDialog),  # its attendance
    ):
        focus(qtbot, main)
        qtbot.keyClick(sessions.table.view, keys, shift)
        qtbot.waitUntil(lambda kind=kind: main.findChild(kind) is not None)
        dialog = main.findChild(kind)
        qtbot.waitExposed(dialog)
        assert unnamed_widgets(dialog) == []
        defaults = [b for b in dialog.findChildren(QPushButton) if b.isDefault() and b.isVisible()]
        assert defaults == [dialog.save_button], kind.__name__
        pressed: list[bool] = []
        dialog.save_button.clicked.connect(lambda _c=False, p=pressed: p.append(True))
        field = enter_target(dialog)
        field.setFocus()
        qtbot.keyClick(field, Qt.Key.Key_Return)
        assert pressed == [True], kind.__name__
        qtbot.waitUntil(lambda kind=kind: main.findChild(kind) is None)  # saved and closed


def test_a_client_the_filter_hides_is_selected_in_clients_when_it_is_next_shown(qtbot, opened):
    """Opening an ended client elsewhere leaves nothing selected in Clients (so Edit cannot
    act on another client), and Clients shows them, filter widened, when next shown."""
    import datetime as dt

    controller, main, seeded = opened
    clients = main.view("Clients")
    clients.select(seeded["c4"].id)
    controller.workspace.clients.end(seeded["c5"].id, dt.date.today())
    clients.reload()  # C-005 is ended: the default filter hides them
    assert clients.model.row_of(seeded["c5"].id) == -1
    main.follow(OpenClient(seeded["c5"].id))
    assert main.page.title.text() == "C-005"
    assert clients.current_id() is None
    assert not clients.edit_action.isEnabled()
    qtbot.keyClick(main, Qt.Key.Key_2, CTRL)
    assert clients.current_id() == seeded["c5"].id
    assert clients.filter.currentText() == "All clients"
    assert clients.edit_action.isEnabled()
    assert main.page.title.text() == "C-005"
