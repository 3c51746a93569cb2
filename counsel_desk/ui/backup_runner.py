"""A backup on a worker thread, reporting its progress and its end back on the UI thread.

The backup reads the vault through a connection of its own and checks its file in a fresh
process (``services/backups.py``), so the practitioner goes on writing meanwhile: autosave
keeps working. Only recording the backup (the vault's list, the audit trail, pruning) runs
on the UI thread, the one that writes, when the worker reports that it has finished.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QObject,
    QRunnable,
    QThreadPool,
    Signal,
)

from counsel_desk.domain.errors import CounselDeskError

if TYPE_CHECKING:
    from counsel_desk.services.backups import BackupRun

log = logging.getLogger(__name__)

UNEXPECTED = QT_TRANSLATE_NOOP(
    "backup_runner",
    "The backup stopped unexpectedly; nothing was left half-written. Please try again.",
)


class _Relay(QObject):
    progress = Signal(int, int)
    done = Signal(object)
    failed = Signal(object)


class _Task(QRunnable):
    def __init__(self, run: BackupRun, relay: _Relay) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self.run_ = run
        self.relay = relay

    def run(self) -> None:
        try:
            outcome = self.run_.run(lambda done, total: self.relay.progress.emit(done, total))
        except CounselDeskError as exc:
            self.relay.failed.emit(exc)
        except Exception:  # one sentence on screen, the detail in the log
            log.exception("the backup failed")
            self.relay.failed.emit(
                CounselDeskError(QCoreApplication.translate("backup_runner", UNEXPECTED))
            )
        else:
            self.relay.done.emit(outcome)


class BackupRunner(QObject):
    """Runs one ``BackupRun``; ``progress`` (pages copied, pages in all), then ``done``
    (the outcome) or ``failed`` (an error with its sentence), on the UI thread."""

    progress = Signal(int, int)
    done = Signal(object)
    failed = Signal(object)

    def __init__(self, run: BackupRun, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.run = run
        self._relay = _Relay()  # unparented: the task keeps it alive until it has reported
        self._relay.progress.connect(self.progress)
        self._relay.done.connect(self.done)
        self._relay.failed.connect(self.failed)

    def start(self) -> None:
        QThreadPool.globalInstance().start(_Task(self.run, self._relay))

    def cancel(self) -> None:
        self.run.cancel()
