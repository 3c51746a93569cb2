"""One truth about saved state: the editor's footer, the note list and Today's Outstanding
use the same words — "Draft, autosaved", "Draft, saved", "Finalised".

The repro of issue 9: the footer said "Saved 16:04:53" while the list said "Draft (unsaved
text)" until Ctrl+S.
"""

from __future__ import annotations

import pytest
from guikit import focus
from notekit import unlock_seeded
from PySide6.QtCore import Qt

from counsel_desk.domain.notes import SaveState

SENTENCE = "Talked about the move and what she will miss."


@pytest.fixture
def writing(qtbot, make_controller, closed_vault):
    controller, main, seeded = unlock_seeded(qtbot, make_controller, closed_vault[0])
    focus(qtbot, main)
    qtbot.mouseClick(main.view("Today").write_button, Qt.MouseButton.LeftButton)
    return controller, main, main.view("Notes").editor, seeded


def listed(main, note_id: int) -> str:
    """The state words on the note's row in the note list (the end of its first line)."""
    model = main.view("Notes").model
    first_line = model.display(model.record_at(model.row_of(note_id))).splitlines()[0]
    return first_line.rsplit(" · ", 1)[1]


def outstanding(main) -> list[str]:
    today = main.view("Today")
    return [today.outstanding.item(i).text() for i in range(today.outstanding.count())]


def test_the_footer_and_the_list_say_the_same_from_first_keystroke_to_finalised(qtbot, writing):
    _controller, main, editor, _seeded = writing
    note_id = editor.note.id
    assert editor.status.text().startswith("Draft, saved at ")
    assert listed(main, note_id) == "Draft, saved"

    qtbot.keyClicks(editor.body, SENTENCE)
    qtbot.waitUntil(lambda: editor.save_state is SaveState.AUTOSAVED, timeout=3_000)
    assert editor.status.text().startswith("Draft, autosaved at ")
    assert listed(main, note_id) == "Draft, autosaved"  # the list follows without Ctrl+S

    qtbot.keyClick(editor.body, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert editor.status.text().startswith("Draft, saved at ")
    assert listed(main, note_id) == "Draft, saved"

    qtbot.keyClick(editor.body, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.mouseClick(editor.confirm.yes, Qt.MouseButton.LeftButton)
    assert editor.status.text().startswith("Finalised ")
    assert listed(main, note_id) == "Finalised"


def test_today_names_a_draft_by_the_same_words(qtbot, writing):
    controller, main, editor, seeded = writing
    notes = controller.workspace.notes
    other = notes.create(seeded["old"].id, "builtin:free_text")  # C-005's, left mid-typing
    notes.autosave_draft(other.id, "Half a sentence, then the app was gone")
    qtbot.keyClicks(editor.body, SENTENCE)
    qtbot.keyClick(editor.body, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)  # Today
    assert main.showing() == "Today"
    groups = main.view("Today").outstanding.groups()
    (rows,) = [lines for head, lines in groups.items() if head.startswith("Drafts to finalise")]
    c5 = [r for r in rows if r.startswith("C-005")]
    c4 = [r for r in rows if r.startswith("C-004")]
    assert [r.rsplit(" · ", 1)[1] for r in c5] == ["Draft, autosaved)"]
    assert [r.rsplit(" · ", 1)[1] for r in c4] == ["Draft, saved)"]  # saved on leaving it
    assert not [r for r in rows if "unsaved" in r]


def test_the_list_shows_the_title_being_typed_once_it_is_autosaved(qtbot, writing):
    _controller, main, editor, _seeded = writing
    model = main.view("Notes").model
    qtbot.keyClicks(editor.fields.title, "The move")
    qtbot.waitUntil(lambda: editor.save_state is SaveState.AUTOSAVED, timeout=3_000)
    row = model.display(model.record_at(model.row_of(editor.note.id))).splitlines()
    assert row[1] == "The move"
    qtbot.keyClicks(editor.fields.title, " north")  # a later autosave, same state
    qtbot.waitUntil(lambda: not editor.autosaver.pending, timeout=3_000)
    row = model.display(model.record_at(model.row_of(editor.note.id))).splitlines()
    assert row[1] == "The move north"
