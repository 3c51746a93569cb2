"""The Boundaries tab, as a person uses it: the boundaries agreed in the contract in force,
one of their own added; two boundary events logged (one with Ctrl+Shift+B from another
tab), found again by searching their words, changed, and a bad one refused with a
sentence while the dialog keeps what was typed."""

from __future__ import annotations

from contractkit_gui import click, days_ago, dialog_titled, open_seeded, open_tab
from lookkit import item_text_fits
from notekit import button_for, pick
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication

from counsel_desk.domain.contract.boundaries import BoundaryKind, Initiator
from counsel_desk.domain.contract.version import AgreedHow

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _agreed(ws, seeded) -> None:
    cid = seeded["c4"].id
    ws.contracts.start(cid, "individual")
    ws.contracts.agree(cid, 1, days_ago(70), AgreedHow.IN_SESSION)


def _rows(view) -> list[str]:
    model = view.model
    return [model.data(model.index(r, 4)) for r in range(model.rowCount())]


def test_two_events_are_logged_and_found_again(qtbot, make_controller, closed_vault, alert_log):
    controller, main, seeded = open_seeded(qtbot, make_controller, closed_vault[0], _agreed)
    ws = controller.workspace
    client = seeded["c4"]
    view = open_tab(main, client.id, "Boundaries")
    listed = [view.list.item(i).text() for i in range(view.list.count())]
    assert listed[0] == "Our sessions (the contract)"
    assert "Contact between sessions (the contract)" in listed
    view.list.setCurrentRow(listed.index("Contact between sessions (the contract)"))
    assert "sam@rivers-counselling.example" in view.wording.toPlainText()
    assert view.table.currentIndex() == 1  # nothing logged yet: the empty state
    assert view.table.empty_label.text() == "No boundary events logged for this client."

    # The first from the tab's own button
    click(qtbot, button_for(view, view.log_action))
    dialog = dialog_titled(qtbot, "Log a boundary event")
    dialog.day.setDate(QDate(days_ago(12).year, days_ago(12).month, days_ago(12).day))
    assert dialog.clause.currentText() == "Contact between sessions"  # the kind's clause
    qtbot.keyClicks(dialog.happened, "Four texts late on Sunday about her sister.")
    qtbot.keyClicks(dialog.what_done, "Replied once; we talked about it on Monday.")
    before = [s for s in seeded["sessions"] if s.start.date() <= days_ago(12)]
    assert dialog.session.currentData() == before[-1].id  # the session it came after
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)

    # The second with Ctrl+Shift+B from the Notes tab: a gift at the last session
    main.go("Notes")
    qtbot.keyClick(main, Qt.Key.Key_B, CTRL_SHIFT)
    dialog = dialog_titled(qtbot, "Log a boundary event")
    pick(qtbot, dialog.kind, BoundaryKind.GIFT.label)
    assert dialog.clause.currentText() == "Nothing in particular"
    click(qtbot, dialog.save_button)  # nothing typed yet: refused, kept open
    assert dialog.isVisible()
    assert dialog.error.text() == "Say what happened, in a line or two."
    qtbot.keyClicks(dialog.happened, "Brought a jar of honey from her bees.")
    assert dialog.error.text() == ""  # the sentence follows what is typed
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    events = ws.boundaries.events(client.id)
    assert [(e.kind, e.initiated_by) for e in events] == [
        (BoundaryKind.GIFT, Initiator.CLIENT),
        (BoundaryKind.CONTACT, Initiator.CLIENT),
    ]

    # Found again by their words
    main.go("Boundaries")
    assert _rows(view) == [
        "Brought a jar of honey from her bees.",
        "Four texts late on Sunday about her sister.",
    ]
    qtbot.keyClicks(view.search, "sunday")
    assert _rows(view) == ["Four texts late on Sunday about her sister."]
    view.search.clear()
    qtbot.keyClicks(view.search, "contact between sessions")  # its clause's title
    assert _rows(view) == ["Four texts late on Sunday about her sister."]
    view.search.clear()
    qtbot.keyClicks(view.search, "tickets")
    assert _rows(view) == []
    assert view.table.empty_label.text() == "No boundary event has all of “tickets”."
    view.search.clear()

    # Chosen, it is shown in full; changed with Enter
    view.table.select(events[1].id)
    assert view.details.text() == (
        "What happened: Four texts late on Sunday about her sister.\n"
        "What was done: Replied once; we talked about it on Monday."
    )
    qtbot.keyClick(view.table.view, Qt.Key.Key_Return)
    dialog = dialog_titled(qtbot, "Change boundary event")
    dialog.what_done.selectAll()
    qtbot.keyClicks(dialog.what_done, "Replied once, briefly.")
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert ws.boundaries.get(events[1].id).what_was_done == "Replied once, briefly."
    assert QApplication.activeModalWidget() is None


def test_a_boundary_of_ones_own_is_added_and_removed(qtbot, make_controller, closed_vault,
                                                      alert_log):  # fmt: skip
    controller, main, seeded = open_seeded(qtbot, make_controller, closed_vault[0])
    view = open_tab(main, seeded["c4"].id, "Boundaries")
    assert view.none_agreed.isVisible()  # no contract agreed yet
    click(qtbot, button_for(view, view.add_action))
    dialog = dialog_titled(qtbot, "Add a boundary")
    qtbot.keyClicks(dialog.title, "No hugs at endings")
    qtbot.keyClicks(dialog.text, "We agreed to a handshake.")
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: view.list.count() == 1)
    assert view.list.item(0).text() == "No hugs at endings (your own)"
    assert view.remove_action.isEnabled()
    click(qtbot, button_for(view, view.remove_action))
    assert alert_log.texts("confirm")[-1].startswith("Remove “No hugs at endings”?")
    assert view.list.count() == 0
    assert controller.workspace.boundaries.agreed(seeded["c4"].id) == ()


def test_ctrl_shift_b_with_no_client_open_says_where_to_begin(
    qtbot, make_controller, closed_vault, alert_log
) -> None:
    _controller, main, _seeded = open_seeded(qtbot, make_controller, closed_vault[0])
    main.go("Today")
    qtbot.keyClick(main, Qt.Key.Key_B, CTRL_SHIFT)
    assert alert_log.texts("info") == [
        "A boundary event belongs to a client. Open their page first (choose them in "
        "Clients, Ctrl+2, and press Enter), then press Ctrl+Shift+B again."
    ]


def test_a_long_boundary_wraps_in_the_list_at_1024_pixels(qtbot, make_controller, closed_vault):
    _controller, main, seeded = open_seeded(qtbot, make_controller, closed_vault[0], _agreed)
    main.resize(1024, 780)
    view = open_tab(main, seeded["c4"].id, "Boundaries")
    qtbot.waitUntil(lambda: view.list.count() > 0)
    qtbot.wait(20)
    texts = [view.list.item(i).text() for i in range(view.list.count())]
    longest = max(texts, key=view.list.fontMetrics().horizontalAdvance)
    assert view.list.fontMetrics().horizontalAdvance(longest) > view.list.viewport().width()
    assert not view.list.horizontalScrollBar().isVisible()
    for row in range(view.list.count()):
        assert item_text_fits(view.list, view.list.item(row)), view.list.item(row).text()
