"""The accessibility walker: which interactive widgets would a screen reader announce
without a name? Reusable for every view and dialog, present and future.

A widget is interactive when it can take keyboard focus and is on screen. It is named when
it has an accessible name, is a button or check box with text of its own, is a tab bar (or
tab widget) whose every tab has text (each tab is announced by it), or is the buddy of a
label with text (``QFormLayout.addRow("Label", field)`` makes that link itself). Qt's own
fallback is not trusted here: a combo box without a name is announced by its current item,
which says what is chosen but not what is being chosen.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QTabBar,
    QTabWidget,
    QWidget,
)


def _inner_part(widget: QWidget) -> bool:
    """The line edit inside a spin box or combo box, a combo's popup, and the like: they are
    announced as part of the widget that owns them."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, (QAbstractSpinBox, QComboBox)):
            return True
        parent = parent.parentWidget()
    return False


def _named_tabs(widget: QWidget) -> bool:
    bar = widget.tabBar() if isinstance(widget, QTabWidget) else widget
    if not isinstance(bar, QTabBar) or bar.count() == 0:
        return False
    return all(bar.tabText(i).replace("&", "").strip() for i in range(bar.count()))


def _buddies(root: QWidget) -> set[int]:
    labels = [root] if isinstance(root, QLabel) else []
    labels += root.findChildren(QLabel)
    return {id(label.buddy()) for label in labels if label.buddy() is not None and label.text()}


def describe(widget: QWidget) -> str:
    hints = [type(widget).__name__]
    if widget.objectName():
        hints.append(f"#{widget.objectName()}")
    placeholder = getattr(widget, "placeholderText", None)
    if callable(placeholder) and placeholder():
        hints.append(f"placeholder {placeholder()!r}")
    path = []
    parent = widget.parentWidget()
    while parent is not None:
        path.append(type(parent).__name__)
        parent = parent.parentWidget()
    return f"{' '.join(hints)} in {' < '.join(path) or 'no parent'}"


def unnamed_widgets(root: QWidget) -> list[str]:
    """Describe each interactive widget under ``root`` (itself included) without a name."""
    buddies = _buddies(root)
    found: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or not widget.isVisible():
            continue
        if _inner_part(widget) or widget.accessibleName().strip():
            continue
        if isinstance(widget, QAbstractButton) and widget.text().replace("&", "").strip():
            continue
        if id(widget) in buddies or _named_tabs(widget):
            continue
        found.append(describe(widget))
    return found
