"""The Qt binding itself: faults in it that would take the app down."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class Emitter(QObject):
    happened = Signal(int)


def test_emitting_a_signal_keeps_pythons_true_alive(qapp):
    """PySide6 6.12.0 dropped a reference to ``True`` on every ``emit()``; on Python 3.11,
    where ``True`` is not immortal, the app aborted after a few hundred signals (pyproject
    caps the version for this)."""
    emitter = Emitter()
    seen: list[int] = []
    emitter.happened.connect(seen.append)
    before = sys.getrefcount(True)
    for n in range(200):
        emitter.happened.emit(n)
    assert len(seen) == 200
    assert sys.getrefcount(True) >= before
