"""Taking a secret out of a line edit, leaving as little of it behind as Qt and Python allow.

``QLineEdit.text()`` hands over a new Python string; it is encoded into a bytearray (which
the worker zeroes when done), then wiped in place (``hardening.wipe_str``: this code alone
holds it). The field's own buffer is overwritten before it is emptied with ``setText("")``,
which, unlike ``clear()``, also drops the undo history that would otherwise keep the text.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit

from counsel_desk.hardening import utf8_bytearray, wipe_str


def take_secret(field: QLineEdit) -> bytearray:
    """The field's text as UTF-8 in a new bytearray; the field is left empty."""
    try:
        return copy_secret(field)
    finally:
        clear_secret(field)


def copy_secret(field: QLineEdit) -> bytearray:
    """The field's text as UTF-8 in a new bytearray; the field keeps it (to be cleared with
    ``clear_secret`` when its window closes)."""
    text = field.text()
    try:
        return utf8_bytearray(text)
    finally:
        wipe_str(text)
        del text


def secret_length(field: QLineEdit) -> int:
    """How many characters ``field`` holds, without another copy of them (``text()`` would
    make one); the cursor goes to the end."""
    field.end(False)
    return field.cursorPosition()


def clear_secret(field: QLineEdit) -> None:
    """Empty ``field`` and its undo history, overwriting its characters first."""
    length = secret_length(field)
    if length:
        field.selectAll()
        field.insert("\N{BULLET}" * length)  # replaces the characters where they are
    field.setText("")
