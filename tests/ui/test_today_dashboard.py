"""Today as a dashboard: each card counts what the services hold, "Waiting for you" counts
the work by kind and Enter takes the focus to it (Enter again opens it), "Now and next"
opens the session under way or the next one, two columns when wide and one when narrow,
Tab through the cards in reading order, and cards drawn in the palette's colours."""

from __future__ import annotations

import datetime as dt

import pytest
from a11y import unnamed_widgets
from guikit import focus, unlock_ui
from notekit import unlock_seeded
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from counsel_desk.domain.clients import ClientDraft
from counsel_desk.domain.sessions import SessionDraft
from counsel_desk.ui.cards import Card
from counsel_desk.ui.dialogs.attendance import AttendanceDialog
from counsel_desk.ui.models.rows import ID_ROLE


@pytest.fixture
def seeded(qtbot, make_controller, closed_vault):
    controller, main, seeded = unlock_seeded(qtbot, make_controller, closed_vault[0])
    focus(qtbot, main)
    return controller, main, seeded


@pytest.fixture
def demo(qtbot, make_controller, small_demo):
    controller = make_controller(small_demo)
    main = unlock_ui(qtbot, controller)
    focus(qtbot, main)
    return controller, main


def _glance(today) -> dict[str, int]:
    return {t.label: t.count for t in today.glance.tallies}


def _card_of(widget: QWidget) -> Card | None:
    while widget is not None and not isinstance(widget, Card):
        widget = widget.parentWidget()
    return widget


def _just_after(today, seeded_) -> None:
    """Today as it is five minutes after the seeded session ended: in the first hour after
    midnight that session (clamped to start at midnight) has not ended yet by the clock."""
    today.reload(now=seeded_["ended"].start + dt.timedelta(minutes=55))


def test_each_card_counts_what_the_services_hold(demo):
    controller, main = demo
    ws, today = controller.workspace, main.view("Today")
    overview = ws.today.overview()
    assert today.sessions_card.count() == len(overview.sessions_today)
    assert today.upcoming_card.count() == len(overview.upcoming)
    listed = [today.outstanding.item(r) for r in range(today.outstanding.count())]
    work_rows = [i for i in listed if i.data(ID_ROLE)]
    assert today.outstanding_card.count() == overview.outstanding_count == len(work_rows)
    risk, alliance = ws.risks.today(), ws.flags.today()
    contracts, reviews = ws.contracts.on_today(), ws.retention.due()
    expected = {
        "Notes to write": len(overview.without_note.items),
        "Drafts to finalise": len(overview.unfinished_notes.items),
        "Attendance to record": len(overview.attendance_unrecorded.items),
        "Clients to contact": len(risk.contact),
        "Risk reviews due": len(risk.due),
        "Backup due": 1 if ws.backups.reminder() else 0,
        "Contract reviews due": len(contracts.reviews),
        "Short-notice cancellations": len(contracts.short_notice),
        "Ruptures to repair": len(alliance.open_ruptures),
        "Possible ruptures to look at": len({f.flag.client_id for f in alliance.flags}),
        "Records due for review": len(reviews),
    }
    waiting = {kind: n for kind, n in expected.items() if n}
    assert _glance(today) == waiting
    assert len(waiting) >= 4, waiting  # the demo practice has work of several kinds
    assert list(_glance(today)) == [k for k in expected if k in waiting]  # in the cards' order
    assert today.glance_card.count() == sum(waiting.values())
    assert today.glance.count() == len(waiting)  # one line per kind waiting
    care = today.care_card.count() or 0
    assert care == len(risk.contact) + len(risk.due)
    contract_card = today.cards_of[id(today.contracts)][1]
    assert (contract_card.count() or 0) == len(contracts.reviews) + len(contracts.short_notice)
    assert today.glance_card.accessibleName() == f"Waiting for you: {sum(waiting.values())}"
    assert unnamed_widgets(today) == []


def test_enter_on_a_kind_goes_to_its_first_item_and_enter_there_opens_it(qtbot, seeded):
    _controller, main, seeded_ = seeded
    today = main.view("Today")
    _just_after(today, seeded_)
    assert _glance(today) == {"Notes to write": 2, "Attendance to record": 2, "Backup due": 1}
    glance = today.glance
    glance.setFocus()
    glance.setCurrentRow(1)  # Attendance to record
    qtbot.keyClick(glance, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is today.outstanding
    first = today.outstanding.currentItem()
    assert first.text() in today.outstanding.groups()["Attendance to record (2)"]
    qtbot.keyClick(today.outstanding, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: main.findChild(AttendanceDialog) is not None)
    main.findChild(AttendanceDialog).reject()

    glance.setFocus()
    glance.setCurrentRow(0)  # Notes to write
    qtbot.keyClick(glance, Qt.Key.Key_Return)
    item = today.outstanding.currentItem()
    assert item.text().startswith("C-004")  # the newest first
    assert item.text() == today.outstanding.groups()["Notes to write (2)"][0]
    qtbot.keyClick(today.outstanding, Qt.Key.Key_Return)
    assert main.showing() == "Notes"
    assert main.view("Notes").editor.note.session_id == seeded_["ended"].id

    main.go("Today")
    glance.setFocus()
    labels = [t.label for t in glance.tallies]
    glance.setCurrentRow(labels.index("Backup due"))  # the button that backs up
    qtbot.keyClick(glance, Qt.Key.Key_Return)
    backup = next(s for s in today.sections if hasattr(s, "button"))
    assert QApplication.focusWidget() is backup.button


def test_the_outstanding_card_groups_its_work_under_a_line_per_kind(seeded):
    _controller, main, seeded_ = seeded
    today = main.view("Today")
    _just_after(today, seeded_)
    texts = [today.outstanding.item(r).text() for r in range(today.outstanding.count())]
    assert texts[0] == "Notes to write (2)"
    assert texts[1].startswith("C-00")
    # each line says which session, once: the kind is the heading's, not repeated per line
    groups = today.outstanding.groups()
    assert set(groups) == {"Notes to write (2)", "Attendance to record (2)"}
    assert all(len(lines) == 2 for lines in groups.values())
    kind = ""
    for row in range(today.outstanding.count()):  # a screen reader hears the kind on each
        item = today.outstanding.item(row)
        if item.data(ID_ROLE) is None:
            kind = item.text().rsplit(" (", 1)[0]
            continue
        assert "—" not in item.text()
        assert "not recorded" not in item.text()
        assert item.data(Qt.ItemDataRole.AccessibleTextRole) == f"{kind}: {item.text()}"
    assert "Attendance to record (2)" in texts
    heading = today.outstanding.item(0)
    assert not heading.flags() & Qt.ItemFlag.ItemIsSelectable  # a heading opens nothing
    assert heading.data(ID_ROLE) is None


def test_now_and_next_opens_the_session_under_way_or_the_next_today(qtbot, seeded):
    controller, main, _seeded = seeded
    ws, today = controller.workspace, main.view("Today")
    day = dt.date.today() + dt.timedelta(days=400)  # a day of its own, far from now
    client = ws.clients.add(ClientDraft(code="C-040"))
    morning = ws.sessions.add(SessionDraft(client.id, dt.datetime.combine(day, dt.time(9))))
    ws.sessions.add(SessionDraft(client.id, dt.datetime.combine(day, dt.time(14))))
    today.reload(now=dt.datetime.combine(day, dt.time(9, 30)))
    assert today.just_ended.text() == "Under way: C-040 09:00"
    assert today.next_label.text() == "Next: C-040 14:00 (in 4 h 30)"
    assert today.write_button.isVisible()
    today.reload(now=dt.datetime.combine(day, dt.time(8, 45)))
    assert today.write_button.isHidden()
    assert today.next_label.text() == "Next: C-040 09:00 (in 15 min)"
    assert QApplication.focusWidget() is today.next_button  # one key opens it
    qtbot.keyClick(today.next_button, Qt.Key.Key_Return)
    assert main.showing() == "Notes"
    assert main.view("Notes").session_in_view() == morning.id
    main.go("Today")
    today.reload(now=dt.datetime.combine(day, dt.time(15)))
    assert today.next_label.text() == "Nothing more booked today."
    assert today.next_button.isHidden()


def _tab_through(qtbot, today) -> list[Card]:
    """Tab from "Now and next" until the focus leaves Today: each card met, in order."""
    first = next(  # Write note, or Open session, or what leads when neither is offered
        w
        for card in today.board.reading_order()
        if not card.isHidden()
        for w in card.findChildren(QWidget)
        if w.isVisible() and w.focusPolicy() & Qt.FocusPolicy.TabFocus
    )
    first.setFocus()
    order: list[Card] = []
    for _ in range(40):
        widget = QApplication.focusWidget()
        if not today.isAncestorOf(widget):
            break
        card = _card_of(widget)
        if card is not None and (not order or order[-1] is not card):
            order.append(card)
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    return order


def test_two_columns_when_wide_one_when_narrow_and_tab_follows_the_reading(qtbot, demo):
    _controller, main = demo
    today = main.view("Today")
    main.resize(1180, 780)
    qtbot.waitUntil(lambda: today.board.wide is True)
    qtbot.waitUntil(lambda: today.glance_card.x() > today.now_card.x())  # work beside the day
    assert today.glance_card.y() == today.now_card.y()
    order = _tab_through(qtbot, today)
    assert order == [c for c in today.board.reading_order() if c in order]
    assert order.index(today.upcoming_card) < order.index(today.glance_card)  # left, then right
    assert len(order) >= 6

    main.resize(main.minimumSizeHint().width(), 780)
    qtbot.waitUntil(lambda: today.board.wide is False)
    qtbot.waitUntil(lambda: today.glance_card.x() == today.now_card.x())
    shown = [c for c in today.board.cards() if not c.isHidden()]
    assert len({c.x() for c in shown}) == 1  # one column
    tops = [c.y() for c in shown]
    assert tops == sorted(tops)
    assert shown[:2] == [today.now_card, today.glance_card]  # the two that lead
    assert main.minimumSizeHint().width() < 780
    order = _tab_through(qtbot, today)
    assert order == [c for c in shown if c in order]  # top to bottom
    assert order[:2] == [today.now_card, today.glance_card]
    assert len(order) >= 6


def test_the_cards_keep_their_width_whatever_the_height_of_the_window(qtbot, demo):
    """The scroll bar stays: one coming and going at the height where the cards just fit
    narrowed and widened them until the stack ran out (a crash at 1180×780 over the demo)."""
    _controller, main = demo
    today = main.view("Today")
    widths = set()
    for height in range(560, 1100, 20):
        main.resize(1180, height)
        qtbot.wait(5)
        widths.add(today.scroll.widget().width())
    assert len(widths) == 1
    assert today.scroll.verticalScrollBar().isVisible()


def test_cards_take_their_colours_from_the_palette(qtbot, seeded):
    """A dark palette: the card is filled with its Base and its title drawn in its text
    colour, never a colour of its own that would vanish on a dark desktop."""
    _controller, main, _seeded = seeded
    card = main.view("Today").sessions_card
    dark = QPalette(card.palette())
    dark.setColor(QPalette.ColorRole.Base, QColor("#1f1f1f"))
    dark.setColor(QPalette.ColorRole.Window, QColor("#2b2b2b"))
    dark.setColor(QPalette.ColorRole.WindowText, QColor("#e6e6e6"))
    dark.setColor(QPalette.ColorRole.Mid, QColor("#4a4a4a"))
    card.setPalette(dark)
    image = card.grab().toImage()
    inside = image.pixelColor(image.width() - 8, image.height() - 6)
    assert inside.name() == "#1f1f1f"
    title = card.title.geometry()
    colours = {
        image.pixelColor(x, y).name()
        for x in range(title.left(), title.right())
        for y in range(title.top(), title.bottom())
    }
    assert any(QColor(c).lightness() > 160 for c in colours)  # light text on the dark card


def test_a_card_shows_and_hides_with_its_section_and_counts_its_work(qtbot, seeded):
    """Nothing to say about care: no Care card. A risk due for review: the card appears
    with its count, "Waiting for you" counts it, and Enter there opens the Risk tab."""
    from counsel_desk.domain.risk import RiskDraft, RiskLevel

    controller, main, seeded_ = seeded
    today = main.view("Today")
    assert today.care_card.isHidden()
    assert today.cards_of[id(today.contracts)][1].isHidden()
    day = dt.date.today()
    controller.workspace.risks.add(
        RiskDraft(seeded_["c5"].id, day, "a fall", RiskLevel.LOW, review_on=day)
    )
    today.reload()
    assert today.care_card.isVisible()
    assert today.care_card.count() == 1
    assert _glance(today)["Risk reviews due"] == 1
    glance = today.glance
    glance.setFocus()
    glance.setCurrentRow([t.label for t in glance.tallies].index("Risk reviews due"))
    qtbot.keyClick(glance, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is today.care.risk_list
    qtbot.keyClick(today.care.risk_list, Qt.Key.Key_Return)
    assert (main.showing(), main.current.id) == ("Risk", seeded_["c5"].id)
