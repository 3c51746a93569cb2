"""Qt for the command line: a ``QGuiApplication`` on the offscreen platform, with no windows.

``counsel-desk contract|timeline|summary -o FILE`` draws pages and pictures without a
display (over SSH, from a scheduled job, in CI). Call ``offscreen_application()`` once
before anything in ``render`` that paints.
"""

from __future__ import annotations

import sys

from PySide6.QtGui import QGuiApplication

from counsel_desk import APP_NAME

_app: QGuiApplication | None = None


def offscreen_application() -> QGuiApplication:
    """The running Qt application if there is one, else a new windowless one."""
    global _app
    existing = QGuiApplication.instance()
    if existing is not None:
        if not isinstance(existing, QGuiApplication):
            raise RuntimeError("A Qt core application is running; pages need QtGui.")
        return existing
    # "-platform offscreen" wins over QT_QPA_PLATFORM and needs no display or window system.
    _app = QGuiApplication([sys.argv[0] or APP_NAME, "-platform", "offscreen"])
    _app.setApplicationName(APP_NAME)
    return _app
