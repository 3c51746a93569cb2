"""Help → Check the vault…: the checks of ``counsel-desk verify``, on a private copy.

The copy is made on the UI thread, the one that writes, so no autosave lands halfway
through it; the checks then run on a worker while the practitioner carries on. A report
that arrives after the vault was locked is about a vault no longer shown: it is dropped.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import shiboken6

from counsel_desk.domain.errors import EXIT_OK, CounselDeskError
from counsel_desk.ui import alerts, workers
from counsel_desk.ui.i18n import error_text, shown_text

if TYPE_CHECKING:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QWidget


def check_vault(
    parent: QWidget,
    action: QAction,
    snapshot: Callable[[], Any],
    check: Callable[[Any], Any],
    still_open: Callable[[], bool],
) -> None:
    """Copy (``snapshot``) now, ``check`` the copy on a worker, say what it found over
    ``parent``. ``action`` is greyed out meanwhile."""
    if not still_open() or workers.busy():
        return
    action.setEnabled(False)
    try:
        copy = snapshot()
    except CounselDeskError as exc:
        action.setEnabled(True)
        alerts.error(parent, error_text(exc))
        return

    def shown() -> bool:
        return still_open() and shiboken6.isValid(parent) and shiboken6.isValid(action)

    def checked(report: Any) -> None:
        if not shown():
            return  # locked meanwhile
        action.setEnabled(True)
        say = alerts.info if report.exit_code == EXIT_OK else alerts.error
        say(parent, shown_text(report.summary))

    def failed(exc: CounselDeskError) -> None:
        if shown():
            action.setEnabled(True)
            alerts.error(parent, error_text(exc))

    workers.run(lambda: check(copy), checked, failed)
