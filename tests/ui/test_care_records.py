"""Issue 12's walk-through, as a new user would take it on the demo vault, driven by clicks
and keys: log a risk from a note with two actions and a review date, see it on Today, miss
the client's next session and see the prompt to make contact, close the risk; record a
two-week break and see no practitioner cancellations counted; end a client's work as
referred on; write the executor pack and read it (nothing clinical in it); move a
finalised note filed under the wrong client, then search the wrong client for its words."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from guikit import focus, unlock_ui
from notekit import button_for, pick
from PySide6.QtCore import QDate, QPoint, Qt
from renderkit import page_texts
from testkit import PASSPHRASE

from counsel_desk.domain.attendance import Attendance
from counsel_desk.domain.breaks import BreakDraft, BreakKind
from counsel_desk.domain.clients import ClientStatus, EndingKind
from counsel_desk.domain.notes import NoteKind, NoteStatus
from counsel_desk.domain.reliability import monthly_reliability, total
from counsel_desk.domain.risk import RiskAction, RiskLevel
from counsel_desk.domain.sessions import SessionDraft, SessionStatus
from counsel_desk.services.workspace import unlock
from counsel_desk.ui import executor_pack
from counsel_desk.ui.dialogs.attendance import AttendanceDialog
from counsel_desk.ui.dialogs.breaks import BreakDialog, BreaksDialog
from counsel_desk.ui.dialogs.client import EndClientDialog
from counsel_desk.ui.dialogs.move_note import MoveNoteDialog
from counsel_desk.ui.dialogs.risk import RiskDialog, RiskReviewDialog
from counsel_desk.ui.intents import OpenClient, OpenNote, RecordAttendance

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
DISCLOSED = "thoughts of not wanting to wake up"


def _opened(qtbot, main, kind: type):
    qtbot.waitUntil(lambda: main.findChild(kind) is not None and main.findChild(kind).isVisible())
    return main.findChild(kind)


def _tick(qtbot, box) -> None:
    """Click a check box on its box (a wide one takes clicks only on its box and words)."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def _date(edit, day: dt.date) -> None:
    edit.setDate(QDate(day.year, day.month, day.day))


@pytest.fixture
def demo(qtbot, make_controller, small_demo: Path):
    """The demo practice (a small one), unlocked through the unlock window."""
    controller = make_controller(small_demo)
    main = unlock_ui(qtbot, controller)
    focus(qtbot, main)
    return controller, main


def _current_with_final_note(ws):
    """A client in work today with a finalised session note."""
    for client in ws.clients.list([ClientStatus.ACTIVE]):
        finals = [
            n
            for n in ws.notes.for_client(client.id)
            if n.status is NoteStatus.FINAL and n.kind is NoteKind.SESSION
        ]
        if finals:
            return client, finals[0]
    raise AssertionError("the demo practice has no active client with a finalised note")


def test_log_a_risk_from_a_note_see_it_on_today_miss_a_session_and_close_it(qtbot, demo):
    controller, main = demo
    ws = controller.workspace
    client, note = _current_with_final_note(ws)
    main.follow(OpenNote(note.id))
    assert main.showing() == "Notes"
    qtbot.keyClick(main, Qt.Key.Key_D, CTRL | SHIFT)  # Log risk from this note
    dialog = _opened(qtbot, main, RiskDialog)
    assert main.showing() == "Risk"
    assert dialog.windowTitle() == f"Log risk — {client.code}"
    qtbot.keyClicks(dialog.disclosed, DISCLOSED)
    pick(qtbot, dialog.level, RiskLevel.HIGH.label)
    for action in (RiskAction.SAFETY_PLAN, RiskAction.CRISIS_CONTACTS):
        qtbot.mouseClick(dialog.actions[action], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    (risk,) = [r for r in ws.risks.for_client(client.id) if r.disclosed == DISCLOSED]
    assert (risk.note_id, risk.level, risk.disclosed) == (note.id, RiskLevel.HIGH, DISCLOSED)
    assert risk.actions == (RiskAction.SAFETY_PLAN, RiskAction.CRISIS_CONTACTS)
    assert risk.review_on is not None
    assert "open risk" in main.page.risk.text().lower()
    assert "high" in main.page.risk.text()

    qtbot.keyClick(main, Qt.Key.Key_1, CTRL)  # Today
    care = main.view("Today").care
    rows = [care.risk_list.item(i).text() for i in range(care.risk_list.count())]
    assert any(client.code in row and "(high)" in row for row in rows), rows
    assert all(DISCLOSED not in row for row in rows)

    # The client's next session: booked for an hour ago, and they did not come.
    start = dt.datetime.now().replace(second=0, microsecond=0) - dt.timedelta(hours=1)
    missed = ws.sessions.add(SessionDraft(client.id, start))
    main.follow(RecordAttendance(missed.id))
    attendance = _opened(qtbot, main, AttendanceDialog)
    pick(qtbot, attendance.status, SessionStatus.DID_NOT_ATTEND.label)
    qtbot.mouseClick(attendance.save_button, Qt.MouseButton.LeftButton)
    qtbot.keyClick(main, Qt.Key.Key_1, CTRL)
    first = care.risk_list.item(0)
    assert first.text().startswith(f"Make contact — {client.code} missed a session")

    # Enter on the prompt opens the client's Risk tab; close the risk there.
    care.risk_list.setCurrentItem(first)
    care.risk_list.setFocus()
    qtbot.keyClick(care.risk_list, Qt.Key.Key_Return)
    assert (main.showing(), main.current.id) == ("Risk", client.id)
    tab = main.view("Risk")
    qtbot.mouseClick(button_for(tab, tab.close_action), Qt.MouseButton.LeftButton)
    closing = _opened(qtbot, main, RiskReviewDialog)
    qtbot.keyClicks(closing.summary, "Phoned the same day; safety plan reviewed, risk eased.")
    qtbot.mouseClick(closing.save_button, Qt.MouseButton.LeftButton)
    assert not ws.risks.get(risk.id).is_open
    still_open = ws.risks.open_for_client(client.id)  # the demo's own, if any
    assert main.page.risk.isVisible() == bool(still_open)
    qtbot.keyClick(main, Qt.Key.Key_1, CTRL)
    rows = [care.risk_list.item(i).text() for i in range(care.risk_list.count())]
    assert not any(row.startswith(f"Make contact — {client.code}") for row in rows)
    assert len([row for row in rows if f"— {client.code} " in row]) == len(still_open)


def test_a_two_week_break_is_never_counted_as_my_cancellations(qtbot, demo):
    controller, main = demo
    ws = controller.workspace
    today = dt.date.today()
    first = today + dt.timedelta(days=1)
    last = first + dt.timedelta(days=13)
    booked = ws.breaks.overlapping(BreakDraft(first, last))
    assert booked, "the demo diary has sessions in the next two weeks"
    sessions_tab = main.view("Sessions")
    sessions_tab.breaks_action.trigger()
    listing = _opened(qtbot, main, BreaksDialog)
    qtbot.mouseClick(listing.add_button, Qt.MouseButton.LeftButton)
    dialog = _opened(qtbot, main, BreakDialog)
    _date(dialog.first, first)
    _date(dialog.last, last)
    pick(qtbot, dialog.kind, BreakKind.HOLIDAY.label)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    # never silently: the sessions are listed, and the choice is asked
    assert dialog.isVisible()
    assert "booked session" in dialog.error.text()
    assert dialog.choices.isVisible()
    assert not dialog.save_button.isEnabled()
    qtbot.mouseClick(dialog.cancel_sessions_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    (added,) = [b for b in ws.breaks.list() if b.first_day == first]
    assert listing.list.count() >= 1
    for overlap in booked:
        att = ws.attendance.get(overlap.session_id)
        assert (att.status, att.break_id) == (SessionStatus.CANCELLED_BY_PRACTITIONER, added.id)
    inputs = ws.alliance_inputs
    window = [r for r in inputs.session_records() if first <= r.start.date() <= last]
    figures = total(monthly_reliability(window, inputs.practice_breaks()))
    assert figures.practitioner_cancelled == 0
    assert figures.break_cancellations == len(booked)
    listing.reject()
    # the client's Sessions tab says each was for the break, never short notice of mine
    session = ws.sessions.get(booked[0].session_id)
    main.follow(OpenClient(session.client_id, "Sessions"))
    model = main.view("Sessions").model
    status = {model.record_at(r).id: model.data(model.index(r, 3)) for r in range(model.rowCount())}
    assert status[session.id] == "Cancelled by me · practice break"


def test_end_a_clients_work_as_referred_on(qtbot, demo):
    controller, main = demo
    ws = controller.workspace
    client = ws.clients.list([ClientStatus.ACTIVE])[0]
    qtbot.keyClick(main, Qt.Key.Key_2, CTRL)
    clients = main.view("Clients")
    clients.select(client.id)
    assert clients.end_action.text() == f"End work with {client.code}…"
    clients.end_action.trigger()
    dialog = _opened(qtbot, main, EndClientDialog)
    assert dialog.windowTitle() == f"End work with {client.code}"
    pick(qtbot, dialog.kind, EndingKind.REFERRED_ON.label)
    qtbot.keyClicks(dialog.signposting, "Community mental health team; Samaritans 116 123")
    assert dialog.booked.isVisible()  # the diary has their coming sessions: they will go
    assert "still booked after that day:" in dialog.booked.text()
    assert "will be taken out of the diary (any with a note stay)." in dialog.booked.text()
    qtbot.mouseClick(dialog.end_button, Qt.MouseButton.LeftButton)
    ended = ws.clients.get(client.id)
    assert (ended.status, ended.ending) == (ClientStatus.ENDED, EndingKind.REFERRED_ON)
    assert ended.signposting.startswith("Community mental health team")
    ahead = [s for s in ws.sessions.for_client(client.id) if s.start.date() > dt.date.today()]
    assert ahead == []
    main.follow(OpenClient(client.id))
    assert "(referred on)" in main.page.chip_texts()["status"]


def test_write_the_executor_pack_and_read_it(qtbot, demo, monkeypatch, tmp_path, alert_log):
    controller, main = demo
    ws = controller.workspace
    target = tmp_path / "pack.pdf"
    monkeypatch.setattr(executor_pack, "choose_pack_path", lambda _parent: target)
    qtbot.keyClick(main, Qt.Key.Key_2, CTRL)
    main.view("Clients").executor_action.trigger()
    assert alert_log.texts("confirm")[-1].startswith("The executor pack is not encrypted")
    assert target.exists()
    assert target.stat().st_mode & 0o777 == 0o600
    text = " ".join(page_texts(target.read_bytes()))
    current = [c for c in ws.clients.list() if c.status is not ClientStatus.ENDED]
    for client in current:
        assert client.code in text
        assert client.identity.full_name in text
    assert "For the clinical executor" in text
    # nothing clinical: no word of any note, no GP, no date of birth
    for client in ws.clients.list():
        for summary in ws.notes.for_client(client.id, limit=3):
            body = ws.notes.get(summary.id).body
            sentence = body.split("\n\n")[1][:60]
            assert sentence not in text
        if client.identity.gp.name:
            assert client.identity.gp.name not in text
        assert client.identity.date_of_birth is None or (
            f"{client.identity.date_of_birth:%Y-%m-%d}" not in text
        )
    assert ws.audit.recent(1)[0].kind == "executor_pack_written"
    assert alert_log.texts("info")[-1].startswith("Saved “pack.pdf”")


def test_move_a_note_filed_under_the_wrong_client(qtbot, demo):
    controller, main = demo
    ws = controller.workspace
    wrong, note = _current_with_final_note(ws)
    body = ws.notes.get(note.id).body
    words = " ".join(body.split("\n\n")[1].split()[:3]).strip(".,;")
    assert [h.note_id for h in ws.search.search(f'"{words}"', client_id=wrong.id)]
    right = next(c for c in ws.clients.list([ClientStatus.ACTIVE]) if c.id != wrong.id)
    main.follow(OpenNote(note.id))
    main.view("Notes").move_action.trigger()
    dialog = _opened(qtbot, main, MoveNoteDialog)
    pick(qtbot, dialog.client, right.code)
    assert dialog.chosen_session() is not None
    qtbot.keyClicks(dialog.reason, f"filed under {wrong.code} by mistake")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    moved = ws.notes.get(note.id)
    assert moved.client_id == right.id
    assert main.current.id == right.id  # the app follows the note to where it now is
    hits = ws.search.search(f'"{words}"', client_id=wrong.id)
    assert note.id not in [h.note_id for h in hits]
    assert note.id in [h.note_id for h in ws.search.search(f'"{words}"', client_id=right.id)]


def test_the_demo_vault_shows_its_banner_and_my_own_vault_does_not(
    qtbot, make_controller, vault_dir, closed_vault
):
    from counsel_desk.ui.window_frame import DEMO_BANNER

    controller = make_controller(closed_vault[0])
    main = unlock_ui(qtbot, controller)
    assert main.demo_banner is None
    controller.quit()
    demo_controller = make_controller(closed_vault[0], demo_passphrase=PASSPHRASE)
    demo_main = unlock_ui(qtbot, demo_controller)
    assert demo_main.demo_banner is not None
    assert demo_main.demo_banner.text() == DEMO_BANNER  # issue 16's words
    assert "invented" in DEMO_BANNER
    assert "deleted when you quit" in DEMO_BANNER
    assert demo_main.demo_banner.isVisible()
    demo_main.go("Search")
    assert demo_main.demo_banner.isVisible()  # persistent: every view keeps it


def test_today_says_nothing_of_risk_when_none_is_open(qtbot, make_controller, closed_vault):
    ws = unlock(closed_vault[0], PASSPHRASE)
    ws.close()
    controller = make_controller(closed_vault[0])
    main = unlock_ui(qtbot, controller)
    assert not main.view("Today").care.isVisible()
    client_ws = controller.workspace
    from counsel_desk.domain.clients import ClientDraft

    c = client_ws.clients.add(ClientDraft("C-001"))
    s = client_ws.sessions.add(SessionDraft(c.id, dt.datetime.now() - dt.timedelta(days=1)))
    client_ws.attendance.record(s.id, Attendance(SessionStatus.DID_NOT_ATTEND))
    main.view("Today").reload()
    assert not main.view("Today").care.isVisible()  # a missed session alone: no risk prompt


def test_the_client_form_says_what_is_wrong_and_saves_nothing(qtbot, workspace) -> None:
    from counsel_desk.domain.clients import ClientDraft, GpConsent
    from counsel_desk.ui.dialogs.client import ClientDialog

    client = workspace.clients.add(ClientDraft("C-001", start_date=dt.date.today()))
    dialog = ClientDialog(lambda d: workspace.clients.update(client.id, d), client)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: dialog.minor.isVisible() and dialog.minor.width() > 10)
    _tick(qtbot, dialog.minor)
    assert dialog.parental.isEnabled()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.error.text() == "Give the date of birth of a client under 18."
    dialog.dob.check.setChecked(True)
    _date(dialog.dob.edit, dt.date(dt.date.today().year - 30, 1, 15))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "not under 18" in dialog.error.text()
    _date(dialog.dob.edit, dt.date(1880, 1, 1))
    assert "over 120" in dialog.error.text()  # the sentence follows what is typed
    assert workspace.clients.get(client.id) == client  # nothing saved meanwhile
    _date(dialog.dob.edit, dt.date(dt.date.today().year - 15, 1, 15))
    qtbot.keyClicks(dialog.parental, "Sam Ash (mother)")
    dialog.tabs.setCurrentIndex(2)
    qtbot.waitUntil(lambda: dialog.may_text.isVisible() and dialog.may_text.width() > 10)
    _tick(qtbot, dialog.may_text)
    qtbot.keyClicks(dialog.gp_name, "Dr Lind")
    pick(qtbot, dialog.gp_consent, GpConsent.GIVEN.label)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    saved = workspace.clients.get(client.id).identity
    assert (saved.minor, saved.parental_responsibility) == (True, "Sam Ash (mother)")
    assert (saved.contact.text, saved.contact.voicemail) == (True, False)
    assert (saved.gp.name, saved.gp.consent) == ("Dr Lind", GpConsent.GIVEN)
