"""Searches off the UI thread, newest first: one at a time on a thread of their own.

A new request makes every earlier one stale: one still waiting never runs, and the one
running is interrupted (``SearchService.interrupt`` stops its query on the search
connection at once). Whatever a stale request returns is dropped on arrival, so results
reach the view in the order the practitioner typed, never an older query's after a newer.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal

from counsel_desk.domain.errors import CounselDeskError
from counsel_desk.domain.search_query import SearchCancelled
from counsel_desk.ui.workers import UNEXPECTED

log = logging.getLogger(__name__)


class _Relay(QObject):
    """Lives on the UI thread; a report emitted on the search thread is queued across."""

    report = Signal(int, object)


_SKIPPED = object()


class _Job(QRunnable):
    """One request. Its worker keeps it until it has reported, and the pool never deletes
    it (``autoDelete`` off), as in ui/workers.py: its Python side outlives ``run``."""

    def __init__(self, owner: SearchWorker, ticket: int, fn: Callable[[], Any]) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.owner, self.ticket, self.fn = owner, ticket, fn

    def run(self) -> None:
        owner = self.owner
        with owner._lock:
            skipped = self.ticket != owner._latest  # a newer request came while it waited
            if not skipped:
                owner._running = self.ticket
        if skipped:
            self._report(_SKIPPED)
            return
        try:
            result: Any = self.fn()
        except CounselDeskError as exc:
            result = exc
        except Exception:  # shown as one sentence, logged in full
            log.exception("search failed")
            result = CounselDeskError(QCoreApplication.translate("workers", UNEXPECTED))
        finally:
            with owner._lock:
                owner._running = None
        self._report(result)

    def _report(self, result: Any) -> None:
        try:
            self.owner._relay.report.emit(self.ticket, result)
        except RuntimeError:  # the view went away without waiting for us: nothing to tell
            log.debug("search finished after its view was deleted")


class SearchWorker(QObject):
    """``submit(fn)`` runs ``fn`` on the search thread; ``delivered(result)`` brings back
    the newest request's result (a list, or the ``CounselDeskError`` it raised)."""

    delivered = Signal(object)

    def __init__(self, interrupt: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._interrupt = interrupt
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._lock = threading.Lock()
        self._latest = 0
        self._running: int | None = None
        self._pending = False
        self._jobs: dict[int, _Job] = {}  # submitted and not yet reported
        self._relay = _Relay(self)
        self._relay.report.connect(self._arrived)

    def submit(self, fn: Callable[[], Any]) -> int:
        """Run ``fn`` next, making every earlier request stale; returns its ticket."""
        ticket = self._make_stale()
        job = _Job(self, ticket, fn)
        self._jobs[ticket] = job
        self._pool.start(job)
        return ticket

    def cancel(self, wait_ms: int = 5000) -> bool:
        """Make every request stale and wait for the search thread to be idle (before the
        vault closes on lock). Whether it is."""
        self._make_stale()
        self._pending = False
        for job in list(self._jobs.values()):
            if self._pool.tryTake(job):  # never started: nothing will report for it
                del self._jobs[job.ticket]
        return self._pool.waitForDone(wait_ms)

    @property
    def busy(self) -> bool:
        """Whether the newest request has not reported back yet."""
        return self._pending

    def _make_stale(self) -> int:
        with self._lock:
            self._latest += 1
            self._pending = True
            if self._running is not None:
                # Under the lock, so it cannot hit the next search instead: that one only
                # starts once it has taken the lock to mark itself running.
                self._interrupt()
            return self._latest

    def _arrived(self, ticket: int, result: Any) -> None:
        self._jobs.pop(ticket, None)
        if ticket != self._latest or result is _SKIPPED:
            return  # an older query's: never shown
        self._pending = False
        if isinstance(result, SearchCancelled):
            return
        self.delivered.emit(result)
