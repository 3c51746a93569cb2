"""The Contract tab's editor: typing in a clause goes into that clause (never the next one
chosen), is kept and previewed; an agreed version cannot be typed into; a clause of one's
own is added, moved and removed; a draft is deleted after a question; printing goes to a
file printer with the one warning; the review date reaches Today; the shipped wording
shows unwrapped and reads the same; Settings → Practice changes the defaults, and refuses
a notice period over a year with the domain's sentence."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from contractkit_gui import choose_clause, click, days_ago, dialog_titled, open_seeded, open_tab
from lookkit import item_text_fits
from notekit import button_for
from PySide6.QtCore import QDate, Qt
from PySide6.QtPrintSupport import QPrinter
from renderkit import page_texts

from counsel_desk.domain.contract.version import AgreedHow
from counsel_desk.domain.markup import note_blocks
from counsel_desk.services.contract_templates import builtin_contract_templates
from counsel_desk.ui import note_export
from counsel_desk.ui.contract.editor import NEW_CLAUSE, soft_wrapped

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _draft(ws, seeded) -> None:
    ws.contracts.start(seeded["c4"].id, "individual")


def _agreed(ws, seeded) -> None:
    _draft(ws, seeded)
    ws.contracts.agree(seeded["c4"].id, 1, days_ago(70), AgreedHow.IN_SESSION)


@pytest.fixture
def drafting(qtbot, make_controller, closed_vault):
    controller, main, seeded = open_seeded(qtbot, make_controller, closed_vault[0], _draft)
    return controller, open_tab(main, seeded["c4"].id, "Contract"), seeded


def test_typing_goes_into_the_clause_typed_in_and_is_kept(qtbot, drafting) -> None:
    controller, view, seeded = drafting
    choose_clause(qtbot, view, "missed")
    view.editor.text.selectAll()
    qtbot.keyClicks(view.editor.text, "If you miss a session, I will write to you.")
    choose_clause(qtbot, view, "lateness")  # at once, before the pause: the regression
    assert view.editor.text.toPlainText().startswith("If you arrive late")
    qtbot.waitUntil(lambda: "I will write to you" in view.preview.toPlainText())
    view.store()
    stored = controller.workspace.contracts.version(seeded["c4"].id, 1)
    assert stored.clause("missed").text == "If you miss a session, I will write to you."
    assert stored.clause("lateness").text.startswith("If you arrive late")
    assert stored.clause("lateness").title == "Arriving late"


def test_a_long_clause_title_wraps_in_the_list_rather_than_being_cut(qtbot, drafting) -> None:
    _controller, view, _seeded = drafting
    long_title = "If I die or become unable to work for a long while, who will tell you and how"
    choose_clause(qtbot, view, "breaks")
    view.editor.title.selectAll()
    qtbot.keyClicks(view.editor.title, long_title)
    items = view.editor.items
    qtbot.waitUntil(lambda: items.currentItem().text() == long_title)
    view.window().resize(1024, 700)
    qtbot.wait(50)
    assert items.fontMetrics().horizontalAdvance(long_title) > items.viewport().width()
    item = items.currentItem()
    assert items.visualItemRect(item).height() >= 2 * items.fontMetrics().lineSpacing()
    for row in range(items.count()):  # every title whole, the essential ones in bold too
        assert item_text_fits(items, items.item(row)), items.item(row).text()


def test_leaving_the_tab_keeps_what_was_typed(qtbot, drafting) -> None:
    controller, view, seeded = drafting
    choose_clause(qtbot, view, "breaks")
    view.editor.title.selectAll()
    qtbot.keyClicks(view.editor.title, "Holidays")
    view.window().go("Sessions")  # before the pause ends
    stored = controller.workspace.contracts.version(seeded["c4"].id, 1)
    assert stored.clause("breaks").title == "Holidays"


def test_an_empty_title_is_a_sentence_and_nothing_changes(qtbot, drafting) -> None:
    controller, view, seeded = drafting
    choose_clause(qtbot, view, "breaks")
    view.editor.title.selectAll()
    qtbot.keyClick(view.editor.title, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: view.editor.error.text() == "Every clause needs a title.")
    view.store()
    stored = controller.workspace.contracts.version(seeded["c4"].id, 1)
    assert stored.clause("breaks").title == "Breaks and holidays"


def test_a_clause_of_ones_own_is_added_moved_and_removed(qtbot, drafting) -> None:
    controller, view, seeded = drafting
    choose_clause(qtbot, view, "fees")
    click(qtbot, view.editor.add_button)
    assert view.editor.current_key() == "own-1"
    assert view.editor.title.hasFocus()
    assert view.editor.title.selectedText() == NEW_CLAUSE
    qtbot.keyClicks(view.editor.title, "Parking")
    qtbot.keyClicks(view.editor.text, "There is a free car park behind the building.")
    click(qtbot, view.editor.up_button)
    view.store()
    keys = [c.key for c in controller.workspace.contracts.version(seeded["c4"].id, 1).clauses]
    assert keys[keys.index("own-1") + 1] == "fees"  # added after Fees, then moved above it
    qtbot.waitUntil(lambda: "There is a free car park" in view.preview.toPlainText())
    click(qtbot, view.editor.remove_button)
    view.store()
    keys = [c.key for c in controller.workspace.contracts.version(seeded["c4"].id, 1).clauses]
    assert "own-1" not in keys


def test_a_draft_is_deleted_only_after_a_question(qtbot, drafting, alert_log) -> None:
    controller, view, seeded = drafting
    alert_log.confirm_answer = False
    view.delete_action.trigger()
    assert len(controller.workspace.contracts.history(seeded["c4"].id)) == 1
    alert_log.confirm_answer = True
    view.delete_action.trigger()
    assert alert_log.texts("confirm")[-1].startswith("Delete the draft of version 1?")
    assert len(controller.workspace.contracts.history(seeded["c4"].id)) == 0
    assert view.create_button.isVisible()


def test_an_agreed_version_cannot_be_typed_into(qtbot, make_controller, closed_vault) -> None:
    controller, main, seeded = open_seeded(qtbot, make_controller, closed_vault[0], _agreed)
    view = open_tab(main, seeded["c4"].id, "Contract")
    item = choose_clause(qtbot, view, "missed")
    before = view.editor.text.toPlainText()
    qtbot.keyClicks(view.editor.text, "More words")
    qtbot.keyClick(view.editor.items, Qt.Key.Key_Space)
    assert view.editor.text.toPlainText() == before
    assert item.checkState() == Qt.CheckState.Checked
    assert view.editor.locked.isVisible()
    assert not view.editor.add_button.isVisible()
    view.store()
    history = controller.workspace.contracts.history(seeded["c4"].id)
    assert history.version(1).clause("missed").enabled


def test_printing_to_a_file_printer_warns_once_and_records_it(
    qtbot, make_controller, closed_vault, alert_log, monkeypatch, tmp_path: Path
) -> None:
    controller, main, seeded = open_seeded(qtbot, make_controller, closed_vault[0], _agreed)
    view = open_tab(main, seeded["c4"].id, "Contract")
    target = tmp_path / "printed.pdf"

    def printer(_parent, title):
        assert title == "Print contract"
        made = QPrinter(QPrinter.PrinterMode.HighResolution)
        made.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        made.setOutputFileName(str(target))
        return made

    monkeypatch.setattr(note_export, "choose_printer", printer)
    qtbot.keyClick(view.editor.items, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    warnings = [t for t in alert_log.texts("confirm") if "will not be encrypted" in t]
    assert len(warnings) == 1
    assert "This copy of the contract will not be encrypted" in warnings[0]
    assert "Agreed on" in " ".join(page_texts(target.read_bytes()))
    entry = controller.workspace.audit.recent(1)[0]
    assert (entry.kind, entry.detail["to"], entry.detail["document"]) == (
        "contract_exported",
        "file",
        "contract",
    )


def test_a_review_date_reaches_today(qtbot, make_controller, closed_vault) -> None:
    _controller, main, seeded = open_seeded(qtbot, make_controller, closed_vault[0], _agreed)
    view = open_tab(main, seeded["c4"].id, "Contract")
    click(qtbot, button_for(view, view.review_action))
    dialog = dialog_titled(qtbot, "Review date of version 1")
    soon = dt.date.today() + dt.timedelta(days=2)
    dialog.review.set_date(soon)
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: "review planned" in view.standing.text())
    main.go("Today")
    section = main.view("Today").contracts
    lines = [section.items.item(i).text() for i in range(section.items.count())]
    assert lines == [f"Contract review due — C-004, version 1, planned for {soon.day} "
                     f"{soon:%B %Y}"]  # fmt: skip
    section.items.setCurrentRow(0)
    qtbot.keyClick(section.items, Qt.Key.Key_Return)
    assert main.showing() == "Contract"


def test_the_shipped_wording_shows_unwrapped_and_reads_the_same() -> None:
    for template in builtin_contract_templates().templates:
        for clause in template.clauses:
            shown = soft_wrapped(clause.text)
            assert note_blocks(shown, base_level=3) == note_blocks(clause.text, base_level=3)
            paragraphs = [p.strip() for p in shown.split("\n\n") if p.strip()]
            for paragraph in paragraphs:  # a paragraph is one line; a list, one per item
                lines = paragraph.split("\n")
                assert len(lines) == 1 or all(line.lstrip().startswith("- ") for line in lines)


def test_settings_practice_changes_the_defaults_and_refuses_a_year(
    qtbot, make_controller, closed_vault
) -> None:
    from counsel_desk.ui.dialogs.settings import SettingsDialog

    controller, main, seeded = open_seeded(qtbot, make_controller, closed_vault[0])
    qtbot.keyClick(main, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: main.findChild(SettingsDialog) is not None)
    dialog = main.findChild(SettingsDialog)
    dialog.tabs.setCurrentIndex(1)
    page = dialog.practice_page
    notice = page.terms.client_notice
    notice.selectAll()
    qtbot.keyClicks(notice, "9000")
    click(qtbot, dialog.save_button)
    assert dialog.isVisible()
    assert page.error.text() == "The client's notice period cannot be more than a year."
    assert controller.workspace.practice.get().client_notice_hours == 48
    notice.selectAll()
    qtbot.keyClicks(notice, "24")
    page.fields["contact_phone"].selectAll()
    qtbot.keyClicks(page.fields["contact_phone"], "07700 900999")
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    profile = controller.workspace.practice.get()
    assert (profile.client_notice_hours, profile.contact_phone) == (24, "07700 900999")
    view = open_tab(main, seeded["c4"].id, "Contract")
    assert "24 hours' notice from the client" in view.empty_text.text()


def test_an_agreement_before_the_first_contact_is_a_sentence(qtbot, drafting) -> None:
    controller, view, seeded = drafting
    click(qtbot, button_for(view, view.agree_action))
    dialog = dialog_titled(qtbot, "Agree version 1")
    too_early = days_ago(91)
    dialog.day.setDate(QDate(too_early.year, too_early.month, too_early.day))
    click(qtbot, dialog.save_button)
    assert dialog.isVisible()
    assert dialog.error.text().startswith(
        "The day it was agreed is before the client first got in touch ("
    )
    dialog.reject()
    assert controller.workspace.contracts.version(seeded["c4"].id, 1).is_draft


def test_a_new_clients_first_contact_follows_an_earlier_start(qtbot, workspace) -> None:
    from counsel_desk.ui.dialogs.client import ClientDialog

    dialog = ClientDialog(workspace.clients.add, suggested_code="C-010")
    qtbot.addWidget(dialog)
    assert dialog.first_contact.date() == dt.date.today()
    earlier = dt.date.today() - dt.timedelta(days=30)
    dialog.start.edit.setDate(QDate(earlier.year, earlier.month, earlier.day))
    assert dialog.first_contact.date() == earlier  # nobody begins before getting in touch
    click(qtbot, dialog.save_button)
    assert workspace.clients.list()[0].first_contact == earlier


def test_what_is_typed_survives_another_tab_changing_records(qtbot, drafting) -> None:
    """A boundary event logged (Ctrl+Shift+B) while a clause is being typed: the tab reads
    its records again, and keeps what was typed first."""
    controller, view, seeded = drafting
    choose_clause(qtbot, view, "breaks")
    view.editor.text.selectAll()
    qtbot.keyClicks(view.editor.text, "I take four weeks off a year.")
    view.window().view("Boundaries").changed.emit()  # as after an event is logged
    stored = controller.workspace.contracts.version(seeded["c4"].id, 1)
    assert stored.clause("breaks").text == "I take four weeks off a year."
    assert view.editor.text.toPlainText() == "I take four weeks off a year."


def test_saving_into_a_folder_that_does_not_exist_is_a_sentence(
    qtbot, make_controller, closed_vault, alert_log, monkeypatch, tmp_path: Path
) -> None:
    controller, main, seeded = open_seeded(qtbot, make_controller, closed_vault[0], _agreed)
    view = open_tab(main, seeded["c4"].id, "Contract")
    missing = tmp_path / "gone" / "copy.pdf"
    monkeypatch.setattr(note_export, "choose_save_path", lambda _p, _s, _t: missing)
    before = controller.workspace.audit.count()
    qtbot.keyClick(view.editor.items, Qt.Key.Key_S, CTRL_SHIFT)
    assert alert_log.texts("error") == [
        "That folder does not exist. Choose a folder that does; nothing was saved."
    ]
    assert not missing.parent.exists()
    assert controller.workspace.audit.count() == before  # nothing left, nothing recorded


def test_settings_practice_warns_when_contracts_would_promise_other_than_retention(
    qtbot, make_controller, closed_vault
) -> None:
    """A contract tells the client how long records are kept; the retention periods decide
    when the app asks for them to be reviewed. The page says so when the two differ, as the
    years are typed, and says nothing once they agree."""
    from counsel_desk.domain.retention import RetentionPolicy
    from counsel_desk.ui.dialogs.settings import SettingsDialog

    controller, main, _seeded = open_seeded(qtbot, make_controller, closed_vault[0])
    controller.workspace.retention.set_policy(RetentionPolicy(adult_years=6))
    qtbot.keyClick(main, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: main.findChild(SettingsDialog) is not None)
    dialog = main.findChild(SettingsDialog)
    dialog.tabs.setCurrentIndex(1)
    page = dialog.practice_page
    assert page.records.value() == 7
    assert page.records_differ.isVisible()
    assert page.records_differ.text().startswith(
        "New contracts will tell clients their records are kept 7 years after the last "
        "session, but your retention periods keep an adult's record 6 years"
    )
    page.records.setFocus()
    qtbot.keyClick(page.records, Qt.Key.Key_Down)  # 7 → 6
    assert page.records.value() == 6
    assert not page.records_differ.isVisible()
    assert page.records_differ.text() == ""
