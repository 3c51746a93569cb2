"""Accessibility basics: every table and interactive widget of every view and dialog has a
name a screen reader can announce (its own, or a labelled buddy's)."""

from __future__ import annotations

import pytest
from a11y import unnamed_widgets
from dialogkit import DIALOGS, WINDOWS
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
)


def test_the_walker_finds_what_has_no_name_and_accepts_what_has(qtbot):
    dialog = QDialog()
    qtbot.addWidget(dialog)
    form = QFormLayout(dialog)
    named_by_row = QLineEdit()
    form.addRow("Reason", named_by_row)
    buddy = QLineEdit()
    label = QLabel("Code")
    label.setBuddy(buddy)
    form.addRow(label, buddy)
    own = QComboBox()
    own.setAccessibleName("Status")
    form.addRow(own)
    form.addRow(QPushButton("Save"))
    nameless_combo = QComboBox()
    nameless_combo.addItem("Weekly")  # Qt would announce the item; that is not a name
    form.addRow(nameless_combo)
    nameless_table = QTableView()
    form.addRow(nameless_table)
    nameless_edit = QLineEdit()
    nameless_edit.setPlaceholderText("e.g. C-014")
    form.addRow(nameless_edit)
    dialog.show()
    found = unnamed_widgets(dialog)
    assert len(found) == 3, found
    assert found[0].startswith("QComboBox in QDialog")
    assert found[1].startswith("QTableView in QDialog")
    assert found[2].startswith("QLineEdit placeholder 'e.g. C-014' in QDialog")


@pytest.mark.parametrize("name", [*DIALOGS, *WINDOWS])
def test_every_dialog_names_its_widgets(qtbot, workspace, name):
    built = {**DIALOGS, **WINDOWS}[name](workspace)
    qtbot.addWidget(built.widget)
    built.widget.show()
    qtbot.waitExposed(built.widget)
    assert unnamed_widgets(built.widget) == []


def test_every_view_names_its_widgets(qtbot, make_controller, closed_vault):
    from guikit import focus
    from notekit import unlock_seeded
    from PySide6.QtCore import Qt

    _controller, main, seeded = unlock_seeded(qtbot, make_controller, closed_vault[0])
    focus(qtbot, main)
    qtbot.mouseClick(main.view("Today").write_button, Qt.MouseButton.LeftButton)  # a note open
    main.view("Clients").select(seeded["c4"].id)
    main.view("Search").query.setText("session")
    main.view("Search").run()
    missing: dict[str, list[str]] = {}
    for name in main.registry.names():
        main.go(name)
        qtbot.waitUntil(main.view(name).isVisible)
        found = unnamed_widgets(main)
        if found:
            missing[name] = found
    assert missing == {}, "\n".join(f"{k}: {v}" for k, vs in missing.items() for v in vs)
