"""A long job on a worker: its reports and its end on the UI thread; a failure one
sentence; Cancel asks the work to stop; and a job whose owner has gone when it ends (its
window deleted on a lock) hands its result to ``abandon`` to tidy up, never to a slot of a
deleted object."""

from __future__ import annotations

import threading

import shiboken6
from PySide6.QtCore import QObject

from counsel_desk.domain.errors import CounselDeskError
from counsel_desk.ui import open_runner
from counsel_desk.ui.open_runner import ProgressJob


def test_progress_then_done_on_the_ui_thread(qtbot) -> None:
    owner = QObject()
    job = ProgressJob(lambda report: (report(1, 2), report(2, 2), "made")[-1], lambda: None, owner)
    seen: list[object] = []
    job.progress.connect(seen.append)
    with qtbot.waitSignal(job.done, timeout=5_000) as done:
        job.start()
    assert done.args == ["made"]
    assert seen == [(1, 2), (2, 2)]
    assert not job.running
    assert not open_runner.busy()


def test_a_failure_is_one_sentence(qtbot) -> None:
    def work(_report):
        raise ValueError("a bug")

    owner = QObject()
    job = ProgressJob(work, lambda: None, owner)
    with qtbot.waitSignal(job.failed, timeout=5_000) as failed:
        job.start()
    (exc,) = failed.args
    assert isinstance(exc, CounselDeskError)
    assert exc.message.startswith("It stopped unexpectedly; nothing was left half-written.")


def test_cancel_running_asks_each_job_to_stop(qtbot) -> None:
    asked = threading.Event()

    def work(_report):
        assert asked.wait(5)
        return "stopped"

    owner = QObject()
    job = ProgressJob(work, asked.set, owner)
    with qtbot.waitSignal(job.done, timeout=5_000):
        job.start()
        assert open_runner.busy()
        open_runner.cancel_running()


def test_a_job_whose_owner_went_is_abandoned_not_delivered(qtbot) -> None:
    owner = QObject()
    release = threading.Event()
    abandoned: list[object] = []

    def work(_report):
        assert release.wait(5)
        return "a temp file"

    job = ProgressJob(work, lambda: None, owner, abandon=abandoned.append)
    delivered: list[object] = []
    job.done.connect(delivered.append)
    job.start()
    owner.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(job))
    release.set()
    qtbot.waitUntil(lambda: abandoned == ["a temp file"], timeout=5_000)
    assert delivered == []
    assert not open_runner.busy()
