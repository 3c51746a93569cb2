"""A long job with progress on a worker thread (the open export, checking and importing a
file), its reports and its end delivered back on the UI thread.

``ProgressJob(work, cancel)``: ``work(report)`` runs on the global thread pool and calls
``report(*values)`` as it goes; ``progress`` carries those values (a tuple) to the UI
thread, then ``done`` (the result) or ``failed`` (a ``CounselDeskError`` with its
sentence; anything else is logged and replaced by a plain one, never a traceback).
``cancel`` asks the work to stop (it looks between records and leaves nothing behind);
``abandon(result)`` runs instead of ``done``/``failed`` when the job's owner has gone by
the time the work ends (the window deleted on a lock), to tidy up what nobody will finish.
Every running job is known here, so locking can stop them all before the vault closes
(``cancel_running``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal

from counsel_desk.domain.errors import CounselDeskError

log = logging.getLogger(__name__)

_running: set[ProgressJob] = set()


class _Relay(QObject):
    progress = Signal(object)
    done = Signal(object)
    failed = Signal(object)


class _Task(QRunnable):
    def __init__(self, work: Callable[[Callable[..., None]], Any], relay: _Relay) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self.work = work
        self.relay = relay

    def run(self) -> None:
        try:
            result = self.work(lambda *values: self.relay.progress.emit(values))
        except CounselDeskError as exc:
            self.relay.failed.emit(exc)
        except Exception:  # one sentence on screen, the detail in the log
            log.exception("a background job failed")
            self.relay.failed.emit(
                CounselDeskError(
                    QCoreApplication.translate(
                        "ProgressJob",
                        "It stopped unexpectedly; nothing was left half-written. Please try again.",
                    )
                )
            )
        else:
            self.relay.done.emit(result)


class ProgressJob(QObject):
    progress = Signal(object)  # the values ``work`` reported, as a tuple
    done = Signal(object)
    failed = Signal(object)

    def __init__(
        self,
        work: Callable[[Callable[..., None]], Any],
        cancel: Callable[[], None],
        parent: QObject | None = None,
        *,
        abandon: Callable[[object], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self._work = work
        self._cancel = cancel
        self._abandon = abandon
        self._relay = _Relay()  # unparented: the task keeps it alive until it has reported
        self._relay.progress.connect(self.progress)
        self._relay.done.connect(self._finish_with(self.done))
        self._relay.failed.connect(self._finish_with(self.failed))
        self.running = False

    def _finish_with(self, signal: Any) -> Callable[[object], None]:
        abandon = self._abandon

        def finish(value: object) -> None:
            _running.discard(self)
            if shiboken6.isValid(self):
                self.running = False
                signal.emit(value)
            elif abandon is not None:  # its window went meanwhile (a lock): tidy up
                abandon(value)

        return finish

    def start(self) -> None:
        self.running = True
        _running.add(self)
        QThreadPool.globalInstance().start(_Task(self._work, self._relay))

    def cancel(self) -> None:
        if self.running:
            self._cancel()


def cancel_running() -> None:
    """Ask every job still running to stop (before the vault locks or the app quits)."""
    for job in list(_running):
        job.cancel()


def busy() -> bool:
    return bool(_running)
