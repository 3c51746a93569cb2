"""Changing a note's template: honest (the template used is recorded) and undoable.

The repro of issue 9: switching template after writing appended the whole new skeleton,
Ctrl+Z could not undo it, and the note kept the old template's name (a SOAP note showed
"Person-centred" once finalised).
"""

from __future__ import annotations

import pytest
from guikit import focus
from notekit import pick, unlock_seeded
from PySide6.QtCore import Qt

from counsel_desk.services.templates import builtin_templates

WRITTEN = "She arrived early and sat by the window."
PERSON_CENTRED = "Person-centred session note"


def template(name: str):
    return next(t for t in builtin_templates() if t.name == name)


@pytest.fixture
def writing(qtbot, make_controller, closed_vault):
    controller, main, _seeded = unlock_seeded(qtbot, make_controller, closed_vault[0])
    focus(qtbot, main)
    qtbot.mouseClick(main.view("Today").write_button, Qt.MouseButton.LeftButton)
    editor = main.view("Notes").editor
    return controller.workspace.notes, editor


def undo(qtbot, editor) -> None:
    qtbot.keyClick(editor.body, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)


def test_an_untouched_note_takes_the_new_layout_without_asking(qtbot, writing):
    notes, editor = writing
    pick(qtbot, editor.fields.template, "SOAP")
    assert editor.confirm.isHidden()
    assert editor.body.toPlainText() == template("SOAP").body
    assert notes.get(editor.note.id).template_id == "builtin:soap"  # stored at once


def test_with_writing_in_it_the_practitioner_is_asked_and_cancel_changes_nothing(qtbot, writing):
    notes, editor = writing
    qtbot.keyClicks(editor.body, WRITTEN)
    before = editor.body.toPlainText()
    pick(qtbot, editor.fields.template, "SOAP")
    assert editor.confirm.isVisible()
    assert "Replace the text with the SOAP template" in editor.confirm.label.text()
    assert [editor.confirm.yes.text(), editor.confirm.other.text(), editor.confirm.no.text()] == [
        "Replace text",
        "Insert at cursor",
        "Cancel",
    ]
    assert editor.confirm.no.hasFocus()  # Enter cancels: nothing is lost by a stray key
    qtbot.keyClick(editor.confirm.no, Qt.Key.Key_Return)
    assert editor.confirm.isHidden()
    assert editor.body.toPlainText() == before
    assert editor.fields.template.currentText() == PERSON_CENTRED
    editor.commit()
    assert notes.get(editor.note.id).template_id == "builtin:person_centred"


def test_replace_is_one_undo_step_and_the_template_follows_the_text(qtbot, writing):
    notes, editor = writing
    qtbot.keyClicks(editor.body, WRITTEN)
    written = editor.body.toPlainText()
    pick(qtbot, editor.fields.template, "SOAP")
    qtbot.mouseClick(editor.confirm.yes, Qt.MouseButton.LeftButton)
    assert editor.body.toPlainText() == template("SOAP").body
    assert editor.fields.template.currentText() == "SOAP"
    assert notes.get(editor.note.id).template_id == "builtin:soap"

    undo(qtbot, editor)  # one step back: the writing, and the template it was written in
    assert editor.body.toPlainText() == written
    assert editor.fields.template.currentText() == PERSON_CENTRED
    editor.commit()
    assert notes.get(editor.note.id).template_id == "builtin:person_centred"
    assert notes.get(editor.note.id).body == written

    qtbot.keyClick(
        editor.body,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )  # redo
    assert editor.body.toPlainText() == template("SOAP").body
    assert editor.fields.template.currentText() == "SOAP"


def test_insert_puts_the_template_at_the_cursor_as_one_undo_step(qtbot, writing):
    notes, editor = writing
    editor.body.selectAll()
    qtbot.keyClicks(editor.body, WRITTEN)  # the whole note is this one line now
    pick(qtbot, editor.fields.template, "DAP")
    qtbot.mouseClick(editor.confirm.other, Qt.MouseButton.LeftButton)
    assert editor.body.toPlainText() == f"{WRITTEN}\n\n{template('DAP').body}"
    assert notes.get(editor.note.id).template_id == "builtin:dap"
    assert editor.body.textCursor().selectedText().startswith("*")  # the first hint, to type over
    undo(qtbot, editor)
    assert editor.body.toPlainText() == WRITTEN
    assert editor.fields.template.currentText() == PERSON_CENTRED


def test_a_note_finalised_after_a_change_of_template_names_the_template_it_used(qtbot, writing):
    notes, editor = writing
    qtbot.keyClicks(editor.body, WRITTEN)
    pick(qtbot, editor.fields.template, "SOAP")
    qtbot.mouseClick(editor.confirm.other, Qt.MouseButton.LeftButton)
    editor.body.selectAll()
    qtbot.keyClicks(editor.body, "S: low mood this week. O: tearful. A: grief. P: weekly.")
    qtbot.keyClick(editor.body, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.mouseClick(editor.confirm.yes, Qt.MouseButton.LeftButton)
    note = notes.get(editor.note.id)
    assert note.is_final
    assert note.template_id == "builtin:soap"
    assert editor.fields.template.currentText() == "SOAP"


def test_a_note_without_a_template_says_so_rather_than_showing_the_first(qtbot, writing):
    notes, editor = writing
    blank = notes.create(editor.note.session_id)  # no template, as imports and the CLI make
    editor.show_note(notes.get(blank.id))
    assert editor.fields.template.currentIndex() == -1
    assert editor.fields.template.placeholderText() == "No template"
    qtbot.keyClicks(editor.body, WRITTEN)
    editor.commit()
    assert notes.get(blank.id).template_id is None  # showing it recorded nothing
