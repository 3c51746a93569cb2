"""The real message boxes (the other GUI tests record alerts instead of showing them)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from counsel_desk.ui.alerts import ask as real_ask  # taken before the fixture replaces it


def open_question(qtbot, parent: QWidget, answers: list[str]) -> QMessageBox:
    qtbot.addWidget(parent)
    parent.show()
    real_ask(
        parent,
        "Turn it off?",
        "Turn off",
        "Keep it on",
        on_yes=lambda: answers.append("yes"),
        on_no=lambda: answers.append("no"),
    )
    box = parent.findChild(QMessageBox)
    qtbot.waitExposed(box)
    return box


def test_ask_does_not_block_and_its_safe_answer_is_the_default(qtbot):
    answers: list[str] = []
    parent = QWidget()
    box = open_question(qtbot, parent, answers)  # returned at once: no answer waited for
    assert box.isVisible()
    assert box.text() == "Turn it off?"
    assert box.defaultButton().text() == "Keep it on"
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert answers == ["no"]


def test_ask_runs_the_yes_action_only_when_chosen(qtbot):
    answers: list[str] = []
    parent = QWidget()
    box = open_question(qtbot, parent, answers)
    (yes,) = [b for b in box.buttons() if b.text() == "Turn off"]
    qtbot.mouseClick(yes, Qt.MouseButton.LeftButton)
    assert answers == ["yes"]
