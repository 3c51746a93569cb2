"""Backups, their check, the UI while a backup runs, and erasure, on the ten-year vault.

Run by benchmarks/run.py (``python benchmarks/backups.py VAULT PASSPHRASE RUNS``); prints
JSON on its last line. Its own process, offscreen.

- **plain copy** (the baseline): ``vault.db`` copied byte for byte into a new file beside
  the backup and synced (``fsync``), the least a backup could do; timed in turns with:
- **backup**: ``BackupJob.make`` — one read transaction, every page through SQLite's online
  backup API into a new file keyed like the vault, the manifest and footer appended, synced,
  renamed, the folder synced: the file is whole and durable at the end;
- **check**: the fresh process (``counsel-desk verify --backup``: start-up, the slots, the
  copy out, ``cipher_integrity_check``, ``integrity_check`` (the search index with it),
  foreign keys, counts and digest) while this process digests the vault's moment;
- **UI stall during a backup**: 120 keys at 20/s typed into the app's note editor
  (autosave on) while a backup and its check run on a worker, as Back up now does; the
  longest gap of a 1 ms timer on the UI thread, beside the same typing with no backup;
- **erase a client**: the client with the most notes, erased as the app erases: the
  records gone (``ErasureService.erase(..., scrub=False)``: counts, audit details, the
  cascading delete with secure delete, the search index's entries marked deleted, the
  check that nothing is left, the record, the commit), then, timed apart, the erased words
  cleared from the disk (``finish_pending``: the index merged, the whole database
  rewritten with ``VACUUM``, the log checkpointed), each run on a fresh copy of the vault.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QElapsedTimer, QEventLoop, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication


def _sync_copy(source: Path, target: Path) -> None:
    with open(source, "rb") as src, open(target, "wb") as dst:
        shutil.copyfileobj(src, dst, 1 << 20)
        dst.flush()
        os.fsync(dst.fileno())


def backup_and_copy(ws: object, out: Path, runs: int) -> dict[str, list[float]]:
    from counsel_desk.services.backups import BackupRun

    copies, backups, checks, totals = [], [], [], []
    source = ws.vault.folder / "vault.db"  # type: ignore[attr-defined]
    for i in range(runs + 1):  # the first pair warms the file cache
        started = time.perf_counter()
        _sync_copy(source, out / "plain-copy.db")
        copy_s = time.perf_counter() - started
        (out / "plain-copy.db").unlink()
        run = BackupRun(ws.vault.backup_job(), None, out / f"b{i}.cdbackup")  # type: ignore[attr-defined]
        started = time.perf_counter()
        path = run.job.make(None, output=run.output)
        made_s = time.perf_counter() - started
        manifest = run.job.manifest
        try:
            ours, theirs = run._check(path, manifest.db_bytes)
        finally:
            run.job.close()
        assert ours.matches(theirs), ours.differences(theirs)
        check_s = time.perf_counter() - started - made_s
        path.unlink()
        if i:
            copies.append(copy_s)
            backups.append(made_s)
            checks.append(check_s)
            totals.append(made_s + check_s)
    return {"plain_copy_s": copies, "backup_s": backups, "check_s": checks, "total_s": totals}


def _typing(app: QApplication, ws: object, note_id: int, during: object | None) -> float:
    """The longest UI-thread gap while typing 120 keys at 20/s, with ``during()`` started
    at the first key (a backup), waiting for it to end too."""
    from counsel_desk.ui.editor.editor import NoteEditor

    editor = NoteEditor(ws.notes, ws.templates)  # type: ignore[attr-defined]
    editor.resize(900, 600)
    editor.show_note(ws.notes.get(note_id))  # type: ignore[attr-defined]
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
    loop = QEventLoop()
    text = ("The client spoke about the walk by the canal and what it meant to them. " * 2)[:120]
    typed = iter(text)
    state = {"typing": True, "backing_up": during is not None}

    def maybe_quit() -> None:
        if not state["typing"] and not state["backing_up"]:
            QTimer.singleShot(200, loop.quit)

    def type_one() -> None:
        ch = next(typed, None)
        if ch is None:
            typist.stop()
            state["typing"] = False
            maybe_quit()
            return
        QTest.keyClicks(editor.body, ch)

    typist = QTimer(interval=50)
    typist.timeout.connect(type_one)
    if during is not None:

        def ended(*_args: object) -> None:
            state["backing_up"] = False
            maybe_quit()

        runner = during(ended)
        QTimer.singleShot(0, runner.start)
    heartbeat.start()
    typist.start()
    loop.exec()
    heartbeat.stop()
    editor.flush()
    editor.close()
    return float(max(gaps)) if gaps else 0.0


def ui_stall(app: QApplication, ws: object, out: Path, runs: int) -> dict[str, list[float]]:
    from counsel_desk.services.backups import BackupRun
    from counsel_desk.ui.backup_runner import BackupRunner

    client = max(ws.clients.list(), key=lambda c: ws.notes.count(c.id))  # type: ignore[attr-defined]
    session = ws.sessions.for_client(client.id)[0]  # type: ignore[attr-defined]
    note = ws.notes.create(session.id, template_id="builtin:free_text")  # type: ignore[attr-defined]
    with_backup, without = [], []
    try:
        for i in range(runs):

            def start(ended: object, i: int = i) -> BackupRunner:
                run = BackupRun(ws.vault.backup_job(), None, out / f"ui{i}.cdbackup")  # type: ignore[attr-defined]
                runner = BackupRunner(run)
                runner.done.connect(ended)
                runner.failed.connect(ended)
                return runner

            with_backup.append(_typing(app, ws, note.id, start))
            without.append(_typing(app, ws, note.id, None))
            (out / f"ui{i}.cdbackup").unlink(missing_ok=True)
    finally:
        ws.notes.discard_draft(note.id)  # type: ignore[attr-defined]
        ws.notes.delete(note.id)  # type: ignore[attr-defined]
    return {"ui_stall_backup_ms": with_backup, "ui_stall_typing_ms": without}


def erasure(vault: Path, passphrase: str, out: Path, runs: int) -> dict[str, object]:
    """The records gone (``erase(..., scrub=False)``, as the app erases), then the erased
    words cleared from the disk (``finish_pending``: the index merged, ``VACUUM``, the
    checkpoint; the app runs it on a worker with a note on screen), each run on a fresh
    copy of the vault."""
    from counsel_desk.services.workspace import unlock

    gone, rewrites, sizes = [], [], []
    for i in range(runs):
        copy = out / f"vault-copy-{i}"
        shutil.copytree(vault, copy)
        ws = unlock(copy, passphrase)
        try:
            client = max(ws.clients.list(), key=lambda c: ws.notes.count(c.id))
            sizes.append(
                {
                    "notes": ws.notes.count(client.id),
                    "sessions": len(ws.sessions.for_client(client.id)),
                }
            )
            started = time.perf_counter()
            ws.erasure.erase(client.id, at_request=True, scrub=False)
            gone.append(time.perf_counter() - started)
            started = time.perf_counter()
            assert ws.erasure.finish_pending()
            rewrites.append(time.perf_counter() - started)
        finally:
            ws.close()
            shutil.rmtree(copy)
    return {
        "erase_s": gone,
        "scrub_s": rewrites,
        "erase_total_s": [a + b for a, b in zip(gone, rewrites, strict=True)],
        "erased": sizes[0] if sizes else {},
    }


def main() -> None:
    vault, passphrase, runs = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
    app = QApplication(sys.argv[:1])
    from counsel_desk.services.workspace import unlock

    cache = vault.parent
    out = Path(tempfile.mkdtemp(prefix="backups-", dir=cache))
    result: dict[str, object] = {}
    try:
        ws = unlock(vault, passphrase)
        try:
            result["db_mb"] = (vault / "vault.db").stat().st_size / 1_000_000
            result.update(backup_and_copy(ws, out, runs))
            result.update(ui_stall(app, ws, out, max(2, runs // 2)))
        finally:
            ws.close()
        result.update(erasure(vault, passphrase, out, max(2, runs // 2)))
    finally:
        shutil.rmtree(out, ignore_errors=True)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
