"""Slow work (Argon2id key derivation, ~0.6 s) off the UI thread.

``run(fn, on_done, on_failed)`` calls ``fn()`` on the global thread pool and delivers its
result, or the exception it raised, back on the UI thread. Only a ``CounselDeskError``
carries a sentence meant for the practitioner; anything else is logged and replaced by a
generic one, so no traceback ever reaches the screen.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QObject,
    QRunnable,
    QThreadPool,
    Signal,
)

from counsel_desk.domain.errors import CounselDeskError

log = logging.getLogger(__name__)

UNEXPECTED = QT_TRANSLATE_NOOP(
    "workers", "Something unexpected went wrong; nothing was changed. Please try again."
)

_pending: set[_Task] = set()


class _Relay(QObject):
    """Lives on the UI thread; its signals are queued across from the worker."""

    done = Signal(object)
    failed = Signal(object)


class _Task(QRunnable):
    def __init__(self, fn: Callable[[], Any]) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.fn = fn
        self.relay = _Relay()

    def run(self) -> None:
        try:
            result = self.fn()
        except CounselDeskError as exc:
            self.relay.failed.emit(exc)
        except Exception:  # shown as one sentence, logged in full
            log.exception("background task failed")
            self.relay.failed.emit(
                CounselDeskError(QCoreApplication.translate("workers", UNEXPECTED))
            )
        else:
            self.relay.done.emit(result)


def run(
    fn: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_failed: Callable[[CounselDeskError], None],
) -> None:
    task = _Task(fn)
    _pending.add(task)

    def finish(callback: Callable[[Any], None], value: Any) -> None:
        _pending.discard(task)
        callback(value)

    task.relay.done.connect(lambda value: finish(on_done, value))
    task.relay.failed.connect(lambda exc: finish(on_failed, exc))
    QThreadPool.globalInstance().start(task)


def busy() -> bool:
    """Whether a task has not yet reported back."""
    return bool(_pending)


def wait(timeout_ms: int = 10_000) -> bool:
    """Block until every running task has finished (their reports are still queued)."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)
