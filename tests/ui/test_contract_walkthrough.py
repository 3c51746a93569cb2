"""Issue #11's "Done means", as a new user would do it, with clicks and keys: make a contract
for a client from the default template, switch off an essential clause and see the
checklist complain (and agreeing refused), agree it, make a second version with a longer
notice period, compare the two, save the agreed one as a PDF and read it, then see a
cancellation become "short notice" under the new terms — in the attendance window, the
session list and Today."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from contractkit_gui import (
    choose_clause,
    click,
    days_ago,
    dialog_titled,
    open_seeded,
    open_tab,
)
from notekit import button_for
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QLabel
from renderkit import page_texts

from counsel_desk.domain.contract.version import ContractStatus
from counsel_desk.domain.sessions import SessionStatus
from counsel_desk.ui import note_export
from counsel_desk.ui.intents import RecordAttendance

CTRL = Qt.KeyboardModifier.ControlModifier


def _set_date(edit, day: dt.date) -> None:
    edit.setDate(QDate(day.year, day.month, day.day))


def _agree(qtbot, view, on: dt.date, how: str = "Agreed in a session"):
    click(qtbot, button_for(view, view.agree_action))
    dialog = dialog_titled(qtbot, f"Agree version {view.version.number}")
    _set_date(dialog.day, on)
    dialog.how.setCurrentIndex(dialog.how.findText(how))
    return dialog


def test_a_contract_made_switched_off_refused_agreed_revised_compared_and_saved(
    qtbot, make_controller, closed_vault, alert_log, monkeypatch, tmp_path: Path
) -> None:
    controller, main, seeded = open_seeded(qtbot, make_controller, closed_vault[0])
    ws = controller.workspace
    client = seeded["c4"]
    open_tab(main, client.id, "Sessions")
    qtbot.keyClick(main, Qt.Key.Key_6, CTRL)  # Ctrl+6: the Contract tab
    assert main.showing() == "Contract"
    view = main.view("Contract")
    assert view.empty_text.text().startswith("C-004 has no contract yet. Until one is agreed, ")
    assert "judged by your practice defaults: 48 hours' notice" in view.empty_text.text()

    # From the default template
    click(qtbot, view.create_button)
    dialog = dialog_titled(qtbot, "New contract")
    assert dialog.template.currentText() == "Counselling agreement"  # the default
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: view.version is not None)
    assert view.version.number == 1
    assert view.version.is_draft
    assert view.checklist.item(0).text() == "Nothing stands in the way of agreeing this version."
    assert "Robin Ames" not in view.preview.toPlainText()  # names are hidden in the app
    assert "This agreement is between you, C-004, and me, Sam Rivers" in (
        view.preview.toPlainText()
    )

    # Switch off an essential clause: the checklist says why it matters
    item = choose_clause(qtbot, view, "confidentiality")
    qtbot.keyClick(view.editor.items, Qt.Key.Key_Space)
    assert item.checkState() == Qt.CheckState.Unchecked
    qtbot.waitUntil(lambda: view.checklist.item(0).text().startswith("Needed"))  # live
    assert view.checklist.item(0).text() == (
        "Needed: “Confidentiality and its limits” is switched off. Before they tell you "
        "anything, the client needs to know what stays private and the few times it cannot."
    )
    assert "Confidentiality and its limits" not in view.preview.toPlainText()
    dialog = _agree(qtbot, view, days_ago(70))
    said = [label.text() for label in dialog.findChildren(QLabel)]
    assert "The checklist still has:\n• “Confidentiality and its limits” is switched off" in said
    click(qtbot, dialog.save_button)
    assert dialog.isVisible()  # refused, with the domain's sentence
    assert dialog.error.text() == (
        "This version cannot be agreed yet: “Confidentiality and its limits” is switched off."
    )
    dialog.reject()
    assert ws.contracts.version(client.id, 1).is_draft

    # Switch it on again, and agree: signed on paper seventy days ago
    choose_clause(qtbot, view, "confidentiality")
    qtbot.keyClick(view.editor.items, Qt.Key.Key_Space)
    dialog = _agree(qtbot, view, days_ago(70), "Signed on paper")
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: not view.version.is_draft)
    assert view.versions.currentText() == "Version 1 · In force"
    assert view.standing.text().startswith("Agreed ")
    assert "(signed on paper); in force" in view.standing.text()
    assert view.editor.text.isReadOnly()  # an agreed version is read-only
    assert not view.agree_action.isEnabled()
    assert not view.checklist_box.isVisible()

    # A second version with a longer notice period
    click(qtbot, button_for(view, view.new_action))
    dialog = dialog_titled(qtbot, "New contract version")
    assert dialog.copy.isChecked()
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: view.version is not None and view.version.number == 2)
    choose_clause(qtbot, view, "\x00terms")
    notice = view.editor.terms.client_notice
    notice.selectAll()
    qtbot.keyClicks(notice, "72")
    qtbot.keyClick(notice, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: "at least 3 days" in view.preview.toPlainText(), timeout=3000)
    view.store()  # leaving the tab keeps it; here, at once
    assert ws.contracts.version(client.id, 2).terms.client_notice_hours == 72
    dialog = _agree(qtbot, view, days_ago(20))
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: not view.version.is_draft)
    history = ws.contracts.history(client.id)
    assert history.version(1).status is ContractStatus.SUPERSEDED
    assert history.version(1).superseded_on == days_ago(20)

    # Compare the two, side by side
    click(qtbot, button_for(view, view.compare_action))
    compare = dialog_titled(qtbot, "Compare versions")
    page = compare.page.toPlainText()
    assert "Client's notice to cancel\n48 hours\n3 days" in page
    assert "Cancelling a session — reworded" in page
    assert "let me know at least 48 hours" in page
    assert "let me know at least 3 days" in page
    compare.reject()

    # Save the agreed one as a PDF, after the one warning, and read it
    target = tmp_path / "C-004 contract.pdf"
    asked = {}

    def choose(_parent, suggested, title):
        asked["suggested"], asked["title"] = suggested, title
        return target

    monkeypatch.setattr(note_export, "choose_save_path", choose)
    click(qtbot, button_for(view, view.save_copy_action))
    assert asked == {
        "suggested": "C-004 contract version 2",
        "title": "Save a copy of the contract",
    }
    warnings = [t for t in alert_log.texts("confirm") if "will not be encrypted" in t]
    assert len(warnings) == 1
    text = " ".join(page_texts(target.read_bytes()))
    assert "Robin Ames (C-004)" in text  # the client's copy names them
    assert f"Agreed on {days_ago(20).day} " in text
    assert "Notice you give to cancel 3 days" in text
    latest = ws.audit.recent(1)[0]
    assert (latest.kind, latest.detail["format"], latest.detail["number"]) == (
        "contract_exported",
        "pdf",
        2,
    )


@pytest.fixture
def under_two_versions(qtbot, make_controller, closed_vault):
    """C-004 with version 1 (48 hours) agreed 70 days ago and version 2 (72 hours) 20 days
    ago; the session ten days ago is still to be recorded."""
    from dataclasses import replace

    from counsel_desk.domain.contract.version import AgreedHow, set_terms

    def prepare(ws, seeded):
        cid = seeded["c4"].id
        ws.contracts.start(cid, "individual")
        ws.contracts.agree(cid, 1, days_ago(70), AgreedHow.IN_SESSION)
        draft = ws.contracts.start(cid)
        ws.contracts.save_draft(set_terms(draft, replace(draft.terms, client_notice_hours=72)))
        ws.contracts.agree(cid, 2, days_ago(20), AgreedHow.IN_SESSION)

    return open_seeded(qtbot, make_controller, closed_vault[0], prepare)


def test_a_cancellation_becomes_short_notice_under_the_new_terms(qtbot, under_two_versions):
    controller, main, seeded = under_two_versions
    ws = controller.workspace
    client = seeded["c4"]
    recent = next(s for s in seeded["sessions"] if s.start.date() == days_ago(10))
    earlier = next(s for s in seeded["sessions"] if s.start.date() == days_ago(24))
    sessions = open_tab(main, client.id, "Sessions")

    def cancel(session, hours: str) -> str:
        main.follow(RecordAttendance(session.id))
        dialog = dialog_titled(qtbot, "Attendance")
        dialog.status.setCurrentIndex(dialog.status.findText("Cancelled by client"))
        dialog.notice.selectAll()
        qtbot.keyClicks(dialog.notice, hours)
        said = dialog.verdict.text()
        click(qtbot, dialog.save_button)
        qtbot.waitUntil(lambda: not dialog.isVisible())
        return said

    # 60 hours: enough under version 1 (48), short under version 2 (72)
    assert cancel(earlier, "60") == (
        "Enough notice: 60 hours given, where contract version 1 asks the client for 48 hours."
    )
    assert cancel(recent, "60") == (
        "Short notice: 60 hours given, where contract version 2 asks the client for 3 days."
    )
    sessions.reload()
    status = {
        sessions.model.record_at(r).id: sessions.model.data(sessions.model.index(r, 3))
        for r in range(sessions.model.rowCount())
    }
    assert status[recent.id] == "Cancelled by client · short notice"
    assert status[earlier.id] == "Cancelled by client"
    assert ws.attendance.get(recent.id).status is SessionStatus.CANCELLED_BY_CLIENT

    # Today lists it, and Enter on the line opens its attendance
    main.go("Today")
    section = main.view("Today").contracts
    assert section.isVisible()
    lines = [section.items.item(i).text() for i in range(section.items.count())]
    assert any(
        line.startswith("Short notice — C-004: cancelled ") and "asks the client for 3 days" in line
        for line in lines
    )


def test_a_client_with_no_agreed_contract_is_judged_by_the_defaults_and_says_so(
    qtbot, make_controller, closed_vault
) -> None:
    controller, main, seeded = open_seeded(qtbot, make_controller, closed_vault[0])
    session = seeded["sessions"][-3]
    open_tab(main, seeded["c4"].id, "Sessions")
    main.follow(RecordAttendance(session.id))
    dialog = dialog_titled(qtbot, "Attendance")
    dialog.status.setCurrentIndex(dialog.status.findText("Cancelled by me"))
    dialog.notice.selectAll()
    qtbot.keyClicks(dialog.notice, "72")
    assert dialog.verdict.text() == (
        "Enough notice: 72 hours given, where your practice defaults ask you for 48 hours "
        "(no contract had been agreed by then)."
    )
    dialog.reject()
    contract = open_tab(main, seeded["c4"].id, "Contract")
    assert "your practice defaults" in contract.empty_text.text()
    assert controller.workspace.notice.for_client(seeded["c4"].id) == {}
