"""Enter never discards a form: in every dialog the primary action is the default button,
so Enter in a field saves (or says what is missing) instead of pressing Cancel."""

from __future__ import annotations

import pytest
from dialogkit import DIALOGS, WINDOWS, enter_target
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLineEdit, QPushButton, QWidget


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


def test_the_walkers_cover_every_dialog_the_app_has(qtbot, workspace):
    """A dialog added later (the client page's contract, say) must be added to dialogkit,
    or neither walker would see it."""
    import importlib
    import inspect
    import pkgutil

    import counsel_desk.ui.dialogs as package

    defined = set()
    for module in pkgutil.iter_modules(package.__path__):
        loaded = importlib.import_module(f"{package.__name__}.{module.name}")
        for _name, cls in inspect.getmembers(loaded, inspect.isclass):
            windowed = issubclass(cls, QDialog) or cls.__name__.endswith("Window")
            if cls.__module__ == loaded.__name__ and windowed and issubclass(cls, QWidget):
                defined.add(cls)
    built = set()
    for build in [*DIALOGS.values(), *WINDOWS.values()]:
        made = build(workspace)
        qtbot.addWidget(made.widget)
        built.add(type(made.widget))
    # a base shared by dialogs (WorkProgressDialog) is walked through each of them
    covered = {base for cls in built for base in cls.__mro__}
    assert {cls.__name__ for cls in defined - covered} == set()
