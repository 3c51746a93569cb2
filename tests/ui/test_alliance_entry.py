"""Entering the alliance by keyboard, as a practitioner would between sessions: an SRS total
(its number and Enter), a WAI-SR by items, the reflection offered after finalising a session
note, a rupture and its repair; bad values named in one sentence with nothing saved."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from alliancegui import dialog_of, open_alliance
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from counsel_desk.domain.reflection import Condition
from counsel_desk.ui.dialogs.reflection import ReflectionDialog
from counsel_desk.ui.dialogs.rupture import RepairDialog, RuptureDialog
from counsel_desk.ui.dialogs.score import ScoreDialog
from counsel_desk.ui.intents import OpenSession

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def opened(qtbot, make_controller, closed_vault):
    return open_alliance(qtbot, make_controller, closed_vault[0])


def _keys(qtbot, text: str) -> None:
    """Type as a person does: each key to wherever the keyboard is now."""
    for char in text:
        qtbot.keyClicks(QApplication.focusWidget(), char)


def _enter(qtbot) -> None:
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)


def test_an_srs_total_is_its_number_and_enter(qtbot, opened) -> None:
    controller, main, seeded = opened
    ws = controller.workspace
    ended = seeded["ended"]
    assert main.showing() == "Today"  # the session that just ended is the one in view
    qtbot.keyClick(main, Qt.Key.Key_R, CTRL_SHIFT)
    dialog = dialog_of(qtbot, ScoreDialog)
    assert dialog.session.id == ended.id
    assert dialog.current().id == "srs"  # the client's last measure
    assert QApplication.focusWidget() is dialog.total
    _keys(qtbot, "35.5")
    _enter(qtbot)  # six key presses from Today, Ctrl+Shift+R included
    qtbot.waitUntil(lambda: not dialog.isVisible())
    (kept,) = ws.measures.scores_for_session(ended.id)
    assert (kept.measure_id, kept.total, kept.items) == ("srs", Decimal("35.5"), None)
    assert kept.on == ended.start.date()


def test_a_bad_total_is_named_and_nothing_is_saved_until_it_is_right(qtbot, opened) -> None:
    controller, main, seeded = opened
    qtbot.keyClick(main, Qt.Key.Key_R, CTRL_SHIFT)
    dialog = dialog_of(qtbot, ScoreDialog)
    _keys(qtbot, "41")
    _enter(qtbot)
    assert dialog.isVisible()
    assert dialog.error.text() == "The SRS total is 41, outside its range of 0 to 40."
    assert controller.workspace.measures.scores_for_session(seeded["ended"].id) == []
    qtbot.keyClick(dialog.total, Qt.Key.Key_Backspace)
    assert dialog.error.text() == ""  # the sentence follows what is typed
    _enter(qtbot)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    (kept,) = controller.workspace.measures.scores_for_session(seeded["ended"].id)
    assert kept.total == 4


def test_a_wai_sr_by_items_moves_on_by_itself(qtbot, opened) -> None:
    controller, main, seeded = opened
    qtbot.keyClick(main, Qt.Key.Key_R, CTRL_SHIFT)
    dialog = dialog_of(qtbot, ScoreDialog)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_M, ALT)  # &Measure
    assert QApplication.focusWidget() is dialog.measure
    _keys(qtbot, "W")
    assert dialog.current().id == "wai_sr"
    assert dialog.by_items.isHidden()  # scored from its items only
    assert QApplication.focusWidget() is dialog.items[0]
    _keys(qtbot, "45345434")  # eight of twelve, each moving on by itself
    _enter(qtbot)
    assert dialog.error.text() == (
        "Items 9, 10, 11 and 12 of the WAI-SR are missing: it is scored from every item."
    )
    _keys(qtbot, "5443")
    _enter(qtbot)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    (kept,) = controller.workspace.measures.scores_for_session(seeded["ended"].id)
    assert kept.measure_id == "wai_sr"
    assert [int(v) for v in kept.items] == [4, 5, 3, 4, 5, 4, 3, 4, 5, 4, 4, 3]
    assert kept.total == 48


def test_the_reflection_is_offered_after_finalising_and_kept_from_eight_digits(
    qtbot, opened
) -> None:
    controller, main, seeded = opened
    ws = controller.workspace
    qtbot.keyClick(main.view("Today").write_button, Qt.Key.Key_Return)  # the note
    notes = main.view("Notes")
    qtbot.waitUntil(lambda: notes.editor.note is not None)
    qtbot.keyClicks(notes.editor.body, " Spoke about the new job.")
    qtbot.keyClick(notes.editor.body, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.mouseClick(notes.editor.confirm.yes, Qt.MouseButton.LeftButton)  # Finalise
    qtbot.waitUntil(
        lambda: any(
            isinstance(w, ReflectionDialog) and w.isVisible()
            for w in QApplication.topLevelWidgets()
        )
    )
    dialog = dialog_of(qtbot, ReflectionDialog)
    assert dialog.session.id == seeded["ended"].id
    assert QApplication.focusWidget() is dialog.ratings[Condition.COMMUNICATION]
    _keys(qtbot, "45344543")
    _enter(qtbot)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    kept = ws.reflections.for_session(seeded["ended"].id)
    assert [r.rating for r in kept.ratings] == [4, 5, 3, 4, 4, 5, 4, 3]


def test_the_offer_is_skipped_with_escape_and_not_made_twice(qtbot, opened) -> None:
    controller, main, seeded = opened
    ws = controller.workspace
    main.follow(OpenSession(seeded["ended"].id, write=True))
    notes = main.view("Notes")
    qtbot.keyClicks(notes.editor.body, " Words.")
    notes.editor.finalise()
    dialog = dialog_of(qtbot, ReflectionDialog)
    assert dialog.windowTitle() == "Reflect on this session"
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert ws.reflections.for_session(seeded["ended"].id) is None
    ws.reflections.record(seeded["ended"].id, {Condition.RESPECT: 4})
    notes.new_note()
    qtbot.keyClicks(notes.editor.body, "A second session note.")
    notes.editor.finalise()
    assert not [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, ReflectionDialog) and w.isVisible()
    ]


def test_eight_digits_typed_over_an_earlier_reflection_replace_it(qtbot, opened) -> None:
    """Each rating's field is selected as the cursor reaches it, so a digit replaces the
    earlier rating instead of joining it ("55")."""
    controller, main, seeded = opened
    ws = controller.workspace
    ws.reflections.record(seeded["ended"].id, dict.fromkeys(Condition, 5))
    qtbot.keyClick(main, Qt.Key.Key_T, CTRL_SHIFT)
    dialog = dialog_of(qtbot, ReflectionDialog)
    assert dialog.ratings[Condition.COMMUNICATION].text() == "5"
    _keys(qtbot, "45344543")
    _enter(qtbot)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    kept = ws.reflections.for_session(seeded["ended"].id)
    assert [r.rating for r in kept.ratings] == [4, 5, 3, 4, 4, 5, 4, 3]


def test_a_rating_outside_one_to_five_is_named(qtbot, opened) -> None:
    controller, main, seeded = opened
    qtbot.keyClick(main, Qt.Key.Key_T, CTRL_SHIFT)
    dialog = dialog_of(qtbot, ReflectionDialog)
    _keys(qtbot, "7")
    _enter(qtbot)
    assert dialog.error.text() == "Rate communication from 1 to 5; 7 is outside that."
    assert controller.workspace.reflections.for_session(seeded["ended"].id) is None
    dialog.reject()


def test_a_rupture_and_its_repair_never_before_it(qtbot, opened) -> None:
    controller, main, seeded = opened
    ws = controller.workspace
    qtbot.keyClick(main, Qt.Key.Key_U, CTRL_SHIFT)
    dialog = dialog_of(qtbot, RuptureDialog)
    assert QApplication.focusWidget() is dialog.what
    _keys(qtbot, "Went quiet when I mentioned the summer break.")
    _enter(qtbot)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    (rupture,) = ws.ruptures.for_client(seeded["client"].id)
    assert rupture.is_open
    assert rupture.session_id == seeded["ended"].id
    main.view("Timeline").repair(rupture.id)
    repair = dialog_of(qtbot, RepairDialog)
    repair.day.setDate(rupture.on - dt.timedelta(days=3))
    _keys(qtbot, "We talked about it openly.")
    _enter(qtbot)
    assert repair.error.text().startswith("A repair cannot come before its rupture")
    assert ws.ruptures.get(rupture.id).is_open
    repair.day.setDate(rupture.on)
    _enter(qtbot)
    qtbot.waitUntil(lambda: not repair.isVisible())
    assert ws.ruptures.get(rupture.id).repair.how == "We talked about it openly."
