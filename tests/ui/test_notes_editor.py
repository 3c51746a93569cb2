"""The note editor: autosave, lock, crash recovery, finalise, amend, history, wording."""

from __future__ import annotations

import time
from dataclasses import replace

import pytest
from guikit import focus, screen_text, unlock_ui
from notekit import unlock_seeded
from PySide6.QtCore import Qt
from testkit import PASSPHRASE

from counsel_desk.domain.notes import process_note_explanation
from counsel_desk.domain.preferences import Jurisdiction
from counsel_desk.services.workspace import unlock
from counsel_desk.ui.dialogs.amend import AmendDialog
from counsel_desk.ui.dialogs.history import HistoryDialog

SENTENCE = "Quietly described the argument with Morwenna."


@pytest.fixture
def writing(qtbot, make_controller, closed_vault):
    """Unlocked, in the editor of the session that just ended."""
    controller, main, seeded = unlock_seeded(qtbot, make_controller, closed_vault[0])
    focus(qtbot, main)
    qtbot.mouseClick(main.view("Today").write_button, Qt.MouseButton.LeftButton)
    editor = main.view("Notes").editor
    assert editor.note is not None
    return controller, main, editor, seeded


def test_autosave_writes_a_draft_about_a_second_after_typing(qtbot, writing):
    controller, _main, editor, _seeded = writing
    notes = controller.workspace.notes
    qtbot.keyClicks(editor.body, SENTENCE)
    assert notes.get_draft(editor.note.id) is None  # not on every keystroke
    qtbot.waitUntil(lambda: notes.get_draft(editor.note.id) is not None, timeout=3000)
    assert SENTENCE in notes.get_draft(editor.note.id).body
    assert editor.status.text().startswith("Draft, autosaved at ")


def test_continuous_typing_is_saved_at_least_every_two_seconds(qtbot, writing):
    """Typing that never pauses for the 1 s quiet period is still saved: the 2 s maximum
    wait forces a save while the keys keep coming, and the vault holds the text so far."""
    controller, _main, editor, _seeded = writing
    notes, saver = controller.workspace.notes, editor.autosaver
    assert (saver.debounce.interval(), saver.max_wait.interval()) == (1000, 2000)
    forced: list[str] = []  # the text when the maximum wait ran out (after it saved)
    saver.max_wait.timeout.connect(lambda: forced.append(editor.body.toPlainText()))
    deadline = time.monotonic() + 10
    while not forced and time.monotonic() < deadline:
        qtbot.keyClicks(editor.body, "a")  # a key every 200 ms: never a 1 s pause
        qtbot.wait(200)
    assert forced, "no save while typing continuously"
    draft = notes.get_draft(editor.note.id)
    assert draft is not None
    assert draft.body == forced[0]
    assert "aaaa" in draft.body  # the keys typed before it, at least a few
    qtbot.keyClicks(editor.body, "b")  # typing goes on after the forced save
    assert editor.body.toPlainText() != draft.body


def test_ctrl_s_saves_the_note_itself(qtbot, writing):
    controller, _main, editor, _seeded = writing
    qtbot.keyClicks(editor.body, SENTENCE)
    qtbot.keyClick(editor.body, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    note = controller.workspace.notes.get(editor.note.id)
    assert SENTENCE in note.body
    assert controller.workspace.notes.get_draft(note.id) is None


def test_lock_saves_the_text_and_leaves_none_of_it_on_screen(qtbot, writing, closed_vault):
    controller, _main, editor, _seeded = writing
    note_id = editor.note.id
    qtbot.keyClicks(editor.body, SENTENCE)
    assert SENTENCE in screen_text()
    qtbot.keyClick(editor.body, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert controller.state == "locked"
    assert screen_text().count(SENTENCE) == 0
    ws = unlock(closed_vault[0], PASSPHRASE)
    try:
        assert SENTENCE in ws.notes.get(note_id).body
        assert ws.notes.pending_drafts() == []  # a clean lock leaves nothing to restore
    finally:
        ws.close()


def test_after_a_crash_unlock_restores_the_draft_and_says_so(
    qtbot, make_controller, closed_vault, alert_log
):
    folder = closed_vault[0]
    from notekit import seed

    ws = unlock(folder, PASSPHRASE)
    seeded = seed(ws)
    note = ws.notes.create(seeded["ended"].id, "builtin:free_text")
    ws.notes.autosave_draft(note.id, SENTENCE, len(SENTENCE))  # then the app "died"
    ws.close()

    controller = make_controller(folder)
    unlock_ui(qtbot, controller)
    (message,) = alert_log.texts("info")
    assert "restored in 1 note (C-004)" in message
    assert SENTENCE not in message
    assert controller.workspace.notes.get(note.id).body == SENTENCE
    assert controller.workspace.notes.pending_drafts() == []


def test_finalise_makes_the_note_read_only_then_amend_shows_both(qtbot, writing):
    controller, main, editor, _seeded = writing
    notes = controller.workspace.notes
    qtbot.keyClicks(editor.body, SENTENCE)
    qtbot.keyClick(editor.body, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert editor.confirm.isVisible()
    assert not notes.get(editor.note.id).is_final  # nothing happens without confirming
    qtbot.mouseClick(editor.confirm.yes, Qt.MouseButton.LeftButton)
    note = notes.get(editor.note.id)
    assert note.is_final
    assert not editor.body.isVisible()
    assert editor.body.toPlainText() == ""
    assert editor.record.isVisible()
    assert SENTENCE in editor.record.toPlainText()
    assert editor.status.text().startswith("Finalised ")
    assert editor.amend_button.isVisible()
    assert editor.delete_button.isHidden()

    qtbot.mouseClick(editor.amend_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: main.findChild(AmendDialog) is not None)
    dialog = main.findChild(AmendDialog)
    qtbot.keyClicks(dialog.text, "Her sister is older, not younger.")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.error.text() == "Say briefly why the note is being amended."
    qtbot.keyClicks(dialog.reason, "Corrected a detail")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    record = editor.record.toPlainText()
    assert SENTENCE in record
    assert "Her sister is older, not younger." in record
    assert "Amendment 1 — " in record
    assert record.index(SENTENCE) < record.index("Amendment 1")

    qtbot.mouseClick(editor.history_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: main.findChild(HistoryDialog) is not None)
    history = main.findChild(HistoryDialog).view.toPlainText()
    assert "Original (finalised) — " in history
    assert "Amendment 1 — " in history
    assert "Corrected a detail" in history


def test_a_draft_can_be_deleted_after_confirming(qtbot, writing):
    controller, _main, editor, _seeded = writing
    note_id = editor.note.id
    qtbot.mouseClick(editor.delete_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(editor.confirm.yes, Qt.MouseButton.LeftButton)
    assert controller.workspace.notes.for_session(_seeded["ended"].id) == []
    assert editor.note is None
    assert note_id not in [n.id for n in controller.workspace.notes.unfinished()]


def test_process_note_wording_follows_the_jurisdiction(qtbot, writing):
    controller, _main, editor, _seeded = writing
    fields = editor.fields
    fields.kind.setCurrentIndex(fields.kind.findData("process"))
    assert fields.kind.currentText() == "Process note"
    assert fields.explanation.text() == process_note_explanation(Jurisdiction.UK)
    assert "subject access request" in fields.explanation.text()
    assert fields.explanation.isVisible()
    assert editor.note.kind.value == "process"  # an untouched draft starts afresh as a process note

    controller.settings.apply(replace(controller.prefs, jurisdiction=Jurisdiction.US))
    assert fields.kind.currentText() == "Psychotherapy note"
    assert fields.explanation.text() == process_note_explanation(Jurisdiction.US)
    us = fields.explanation.text()
    assert "HIPAA covered entity and keep them apart" in us
    assert "164.524(a)(1)(i)" in us
    assert "state law may give clients more access" in us
    assert "Write as if the client may one day read this." in us


def test_finalising_warns_when_template_hints_are_still_in_the_note(qtbot, writing):
    _controller, _main, editor, _seeded = writing
    hints = editor.body.toPlainText().count("\n*")
    assert hints >= 2  # the person-centred template, its hints in italics
    qtbot.keyClicks(editor.body, SENTENCE)  # replaces the first hint, which typing starts on
    qtbot.keyClick(editor.body, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert editor.confirm.isVisible()
    assert f"{hints - 1} template hints (the lines in italics) are still in it" in (
        editor.confirm.label.text()
    )
    qtbot.mouseClick(editor.confirm.no, Qt.MouseButton.LeftButton)
    editor.body.selectAll()
    qtbot.keyClicks(editor.body, SENTENCE)
    qtbot.keyClick(editor.body, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert "template hint" not in editor.confirm.label.text()
