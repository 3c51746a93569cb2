"""The shared small widgets: they behave as their Qt-namespace equivalents would, though the
unlock window builds them without that namespace (see ``widgets``' docstring)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QEnterEvent
from PySide6.QtWidgets import QApplication, QLabel

from counsel_desk.ui import widgets as w


def test_a_password_field_tells_input_methods_it_is_secret(qtbot):
    field = w.password_field("Passphrase")
    qtbot.addWidget(field)
    hints = field.inputMethodHints()
    for hint in (
        Qt.InputMethodHint.ImhHiddenText,
        Qt.InputMethodHint.ImhSensitiveData,
        Qt.InputMethodHint.ImhNoPredictiveText,
        Qt.InputMethodHint.ImhNoAutoUppercase,
    ):
        assert hints & hint, hint
    qtbot.keyClicks(field, "secret words")
    assert field.text() == "secret words"
    assert field.displayText() != "secret words"


def test_enum_properties_are_set_by_their_qt_names(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    w.set_qt_enum(label, "alignment", "AlignTop|AlignRight")
    assert label.alignment() == Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignRight
    w.set_qt_enum(label, "textInteractionFlags", "TextSelectableByMouse")
    assert label.textInteractionFlags() == Qt.TextInteractionFlag.TextSelectableByMouse


def test_an_unknown_enum_name_raises_instead_of_passing_silently(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    with pytest.raises(ValueError, match="textFormat"):
        w.set_qt_enum(label, "textFormat", "Plaintext")
    with pytest.raises(ValueError, match="noSuchProperty"):
        w.set_qt_enum(label, "noSuchProperty", "PlainText")


def test_plain_labels_show_markup_as_typed(qtbot):
    for label in (w.plain_label("<b>notes</b>"), w.explanation("<i>a & b</i>")):
        qtbot.addWidget(label)
        assert label.textFormat() == Qt.TextFormat.PlainText
    error = w.ErrorLine()
    qtbot.addWidget(error)
    error.show_message("Folder <b>x</b> is full.")
    assert error.label.textFormat() == Qt.TextFormat.PlainText
    assert error.text() == "Folder <b>x</b> is full."
    assert not error.icon.pixmap().isNull()


def test_a_link_button_shows_the_pointing_hand_once_hovered(qtbot):
    button = w.LinkButton("Forgot passphrase?")
    qtbot.addWidget(button)
    assert button.isFlat()
    assert button.cursor().shape() == Qt.CursorShape.ArrowCursor
    point = QPointF(2, 2)
    QApplication.sendEvent(button, QEnterEvent(point, point, button.mapToGlobal(point)))
    assert button.cursor().shape() == Qt.CursorShape.PointingHandCursor
    clicks = []
    button.clicked.connect(lambda: clicks.append(1))
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert clicks == [1]
