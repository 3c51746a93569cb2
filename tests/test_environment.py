"""The installed Qt bindings keep Python's own bookkeeping straight.

PySide6 6.12.0 on Python 3.11 returns ``None`` from every call that returns nothing without
adding the reference it hands back. ``None``'s count starts near 5,000, so a few thousand
such calls later (a long document is several thousand) the interpreter aborts with "Fatal
Python error: deallocating None" — mid-export, or as the app quits. pyproject.toml keeps
that version out; this test says so if a version with the same fault is ever installed.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, QRect
from PySide6.QtGui import QTextBlockFormat


def test_calls_that_return_nothing_leave_none_as_it_was() -> None:
    target, rect, fmt = QObject(), QRect(), QTextBlockFormat()
    before = sys.getrefcount(None)
    for n in range(200):
        target.setObjectName(f"probe {n}")
        rect.setWidth(n)
        fmt.setTopMargin(n)
    assert abs(sys.getrefcount(None) - before) < 50  # 600 calls; the fault loses all 600
