"""Enter never discards a form: in every dialog the primary action is the default button,
so Enter in a field saves (or says what is missing) instead of pressing Cancel."""

from __future__ import annotations

import pytest
from dialogkit import DIALOGS, WINDOWS
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractSpinBox, QDialog, QLineEdit, QPushButton


def enter_target(dialog: QDialog):
    """The first field, in Tab order, that a person types into and then presses Enter in."""
    widget = dialog.nextInFocusChain()
    while widget is not dialog:
        inner = isinstance(widget, QLineEdit) and isinstance(widget.parent(), QAbstractSpinBox)
        typed = isinstance(widget, (QLineEdit, QAbstractSpinBox)) and not inner
        if typed and widget.isVisible() and widget.isEnabled():
            return widget
        widget = widget.nextInFocusChain()
    return None


@pytest.mark.parametrize("name", list(DIALOGS))
def test_the_primary_action_is_the_default_button(qtbot, workspace, name):
    built = DIALOGS[name](workspace)
    dialog = built.widget
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    defaults = [b for b in dialog.findChildren(QPushButton) if b.isDefault() and b.isVisible()]
    assert defaults == [built.primary], [b.text() for b in defaults]

    pressed: list[bool] = []
    rejected: list[bool] = []
    built.primary.clicked.connect(lambda: pressed.append(True))
    dialog.rejected.connect(lambda: rejected.append(True))
    field = enter_target(dialog)
    if field is None:  # nothing to type into (history): Enter on the dialog itself
        qtbot.keyClick(dialog, Qt.Key.Key_Return)
    else:
        field.setFocus()
        qtbot.keyClick(field, Qt.Key.Key_Return)
    assert pressed == [True]
    assert not rejected or built.primary.text() == "Close"


@pytest.mark.parametrize("name", list(WINDOWS))
def test_enter_in_a_gate_window_presses_its_primary_button(qtbot, name):
    built = WINDOWS[name](None)
    window = built.widget
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert built.primary.isDefault()
    emitted: list[object] = []
    signal = getattr(window, "unlock_requested", None) or window.create_requested
    signal.connect(emitted.append)
    fields = [f for f in window.findChildren(QLineEdit) if f.isVisible()]
    for field in fields:
        qtbot.keyClicks(field, "a long and careful passphrase 12")
    qtbot.keyClick(fields[-1], Qt.Key.Key_Return)
    # The unlock window hands the passphrase over as UTF-8 in a bytearray the worker zeroes
    # (ui/secret_text.py); the create window as text.
    typed = [e.decode() if isinstance(e, bytearray) else e for e in emitted]
    assert typed == ["a long and careful passphrase 12"]
