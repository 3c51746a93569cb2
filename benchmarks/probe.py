"""One measured app session in a fresh process: unlock to first view, then everyday actions.

Run by benchmarks/run.py (``python benchmarks/probe.py VAULT PASSPHRASE``); prints JSON.
A fresh process per run, so unlock and first paint are measured cold, and peak memory
(``ru_maxrss``) is this session's own.
"""

from __future__ import annotations

import datetime as dt
import json
import resource
import sys
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QElapsedTimer, QEvent, QEventLoop, QObject, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from search_cases import CASES, time_cases  # benchmarks/, beside this script

if TYPE_CHECKING:  # imported inside the timed unlock, as the app loads them then
    from counsel_desk.ui.main_window import MainWindow

COMMON, RARE, RARER = "work", "canal", "photograph"


class _PaintSeen(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.painted = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.painted = True
        return False


def _paint(app: QApplication, widget: QWidget) -> None:
    """Run the event loop until the whole of ``widget`` has been painted once: pending layout
    first, then one paint, as the app's own event loop would. (``repaint()`` before the
    layout settles painted the changed part twice.)"""
    seen = _PaintSeen()
    widget.installEventFilter(seen)
    widget.update()  # all of it, not only what changed
    deadline = time.perf_counter() + 5
    while not seen.painted and time.perf_counter() < deadline:
        app.processEvents()
    widget.removeEventFilter(seen)
    app.processEvents()  # anything the paint itself asked for


def typing_stall(app: QApplication, ws: object, note_id: int) -> tuple[float, float]:
    """Type 120 characters at 20/s into the app's own note editor (autosave at 1 s / 2 s);
    the longest gap between ticks of a 1 ms timer, and the slowest autosave."""
    from counsel_desk.ui.editor.editor import NoteEditor

    saves: list[float] = []
    real_autosave = ws.notes.autosave_draft

    def timed_autosave(*args: object, **kwargs: object) -> object:
        started = time.perf_counter()
        try:
            return real_autosave(*args, **kwargs)
        finally:
            saves.append(time.perf_counter() - started)

    ws.notes.autosave_draft = timed_autosave
    editor = NoteEditor(ws.notes, ws.templates)
    editor.resize(900, 600)
    editor.show_note(ws.notes.get(note_id))
    editor.show()
    editor.body.setFocus()
    app.processEvents()
    clock = QElapsedTimer()
    clock.start()
    gaps: list[int] = []
    last = [clock.elapsed()]

    def beat() -> None:
        now = clock.elapsed()
        gaps.append(now - last[0])
        last[0] = now

    heartbeat = QTimer(interval=1)
    heartbeat.setTimerType(Qt.TimerType.PreciseTimer)
    heartbeat.timeout.connect(beat)
    heartbeat.start()
    text = ("The client spoke about the walk by the canal and what it meant to them. " * 2)[:120]
    # Type from a timer inside a real event loop: QTest.qWait sleeps in 10 ms slices, which
    # would show up as 10 ms "stalls" that are the measuring tool's, not the app's.
    loop = QEventLoop()
    typed = iter(text)

    def type_one() -> None:
        ch = next(typed, None)
        if ch is None:
            typist.stop()
            QTimer.singleShot(1200, loop.quit)  # let the last autosave fire
            return
        QTest.keyClicks(editor.body, ch)

    typist = QTimer(interval=50)
    typist.timeout.connect(type_one)
    typist.start()
    loop.exec()
    heartbeat.stop()
    editor.flush()
    editor.close()
    ws.notes.autosave_draft = real_autosave
    return (max(gaps) if gaps else 0.0), (max(saves) * 1000 if saves else 0.0)


def search_in_view(app: QApplication, window: MainWindow, word: str, runs: int) -> list[float]:
    """Milliseconds from asking the Search view (Enter) to its results painted: the search
    on its own thread, the report queued back, the list filled and painted."""
    view = window.view("Search")
    window.view("Search").find_action.trigger()
    _paint(app, window)
    times = []
    loop = QEventLoop()
    view.worker.delivered.connect(loop.quit)  # after the view's own slot has filled the list
    for _ in range(runs + 1):
        view.query.setText(word)
        started = time.perf_counter()
        view.run()
        # Wait in an event loop, not by spinning processEvents(): PySide6 6.11 on Python 3.11
        # drops a reference to None on every processEvents() call, and some thousands of them
        # end the process ("deallocating None").
        loop.exec()
        _paint(app, window)
        times.append((time.perf_counter() - started) * 1000)
    view.worker.delivered.disconnect(loop.quit)
    view.clear()
    return times[1:]


def search_stall(app: QApplication, window: MainWindow, text: str) -> tuple[float, float]:
    """The longest gap between ticks of a 1 ms timer on the UI thread while the Search view
    runs ``text`` five times on its search thread; and, for comparison, while the same
    search runs five times on the UI thread itself (as every search did before)."""
    view = window.view("Search")
    window.view("Search").find_action.trigger()
    _paint(app, window)
    clock = QElapsedTimer()
    gaps: list[int] = []
    last = [0]

    def beat() -> None:
        now = clock.elapsed()
        gaps.append(now - last[0])
        last[0] = now

    heartbeat = QTimer(interval=1)
    heartbeat.setTimerType(Qt.TimerType.PreciseTimer)
    heartbeat.timeout.connect(beat)
    loop = QEventLoop()
    view.worker.delivered.connect(loop.quit)
    search = window.workspace.search.search

    def longest_gap(step: object) -> float:
        gaps.clear()
        clock.start()
        last[0] = 0
        heartbeat.start()
        for _ in range(5):
            step()
            QTimer.singleShot(40, loop.quit)  # let the event loop paint what changed, as
            loop.exec()  # it would after any search: the list and the line above it
        heartbeat.stop()
        return float(max(gaps, default=0))

    def on_thread() -> None:
        view.query.setText(text)
        view.run()
        loop.exec()

    def on_ui_thread() -> None:  # as before: search and fill the list on this thread
        QTimer.singleShot(0, lambda: (view.model.reset(search(text, limit=50)), loop.quit()))
        loop.exec()

    off, on = longest_gap(on_thread), longest_gap(on_ui_thread)
    view.worker.delivered.disconnect(loop.quit)
    view.clear()
    return off, on


def main() -> None:
    vault, passphrase = sys.argv[1], sys.argv[2]
    app = QApplication(sys.argv[:1])
    out: dict[str, object] = {}
    # The app shows the unlock window before it loads the service layer (cryptography, the
    # database driver, notes) and the main window: their imports are part of unlocking.
    started = time.perf_counter()
    from counsel_desk.services.workspace import unlock
    from counsel_desk.ui.intents import OpenClient
    from counsel_desk.ui.main_window import MainWindow

    ws = unlock(vault, passphrase)
    window = MainWindow(ws, False)
    window.show()
    _paint(app, window)
    out["unlock_first_view_s"] = time.perf_counter() - started
    out["rss_after_unlock_mib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    clients = ws.clients.list()
    picks = clients[:: max(1, len(clients) // 15)][:15]
    times = []
    for client in picks:
        window.go("Today")  # each client is opened from elsewhere, as Enter in Clients does
        _paint(app, window)
        started = time.perf_counter()
        window.follow(OpenClient(client.id))  # the page: its header and the Sessions tab
        _paint(app, window)
        window.go("Notes")  # then the Notes tab: the client's note summaries, listed
        _paint(app, window)
        times.append(time.perf_counter() - started)
    out["open_client_ms"] = [t * 1000 for t in times]

    for label, word in (("common", COMMON), ("rare", RARE), ("rarer", RARER)):
        runs = []
        for _ in range(7):
            started = time.perf_counter()
            ws.search.search(word)
            runs.append((time.perf_counter() - started) * 1000)
        out[f"search_{label}_ms"] = runs

    for key, runs in time_cases(ws.search.search, 7).items():
        out[f"search_case_{key}_ms"] = runs
    out["search_view_ms"] = search_in_view(app, window, COMMON, 7)
    heaviest = next(text for key, _what, text, _f in CASES if key == "sixteen_common")
    out["search_stall_ms"], out["search_stall_ui_thread_ms"] = search_stall(app, window, heaviest)

    today = dt.date.today()
    runs = []
    for _ in range(7):
        started = time.perf_counter()
        ws.today.overview(today)
        runs.append((time.perf_counter() - started) * 1000)
    out["today_ms"] = runs
    runs = []  # Today's care section: open risks, reviews due, contact to make, breaks ahead
    for _ in range(7):
        started = time.perf_counter()
        ws.risks.today()
        ws.breaks.ahead(today)
        runs.append((time.perf_counter() - started) * 1000)
    out["today_care_ms"] = runs
    window.go("Today")
    _paint(app, window)
    runs = []
    for _ in range(7):
        started = time.perf_counter()
        window.view("Today").reload()
        _paint(app, window)
        runs.append((time.perf_counter() - started) * 1000)
    out["today_view_ms"] = runs

    # The demo is relative to today: a client who has only just got in touch (or is still
    # waiting for a place) has no sessions yet, so write into the last pick that has one.
    session = next(s for client in reversed(picks) for s in ws.sessions.for_client(client.id))
    note = ws.notes.create(session.id, template_id="builtin:free_text")
    body = "A draft of ordinary length. " * 40
    runs = []
    for i in range(30):
        started = time.perf_counter()
        ws.notes.autosave_draft(note.id, body + str(i), len(body))
        runs.append((time.perf_counter() - started) * 1000)
    out["save_note_ms"] = runs
    stall, slowest_save = typing_stall(app, ws, note.id)
    out["typing_stall_ms"] = stall
    out["typing_slowest_save_ms"] = slowest_save
    ws.notes.discard_draft(note.id)
    ws.notes.delete(note.id)
    window.discard()
    ws.close()
    out["peak_rss_mib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps(out))


if __name__ == "__main__":
    main()
