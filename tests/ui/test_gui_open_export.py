"""The open export and import in the app, driven as a practitioner would: File → Export
everything… (the warning before the file dialog, progress, a note typed and autosaved
meanwhile, Stop leaving nothing, a full disk in one sentence); File → Import an export…
(the file checked first, a bad one named by its place, the folder and passphrase, the
recovery key, the new vault opened beside; Stop mid-way leaving no folder)."""

from __future__ import annotations

import errno
import json
import os
import shutil
import threading
import time
from pathlib import Path

import pytest
from guikit import flush_deletes, unlock_ui
from notekit import unlock_seeded
from PySide6.QtCore import QCoreApplication, QEvent, QPoint, Qt
from PySide6.QtWidgets import QApplication, QFileDialog
from testkit import LIGHT_KDF, PASSPHRASE, private_home

from counsel_desk.domain.clients import ClientDraft
from counsel_desk.services import open_export
from counsel_desk.services.demo import DemoSpec, populate
from counsel_desk.services.workspace import create_vault, unlock
from counsel_desk.ui import open_files
from counsel_desk.ui.dialogs.open_import import CHECK, FORM, KEY, ImportVaultDialog
from counsel_desk.ui.dialogs.open_progress import ExportProgressDialog

NEW_PASSPHRASE = "a new and careful passphrase 77"


def _file_action(main, start: str):
    (menu,) = [a.menu() for a in main.menuBar().actions() if a.text() == "&File"]
    (action,) = [a for a in menu.actions() if a.text().startswith(start)]
    return action


def _export_dialog() -> ExportProgressDialog | None:
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, ExportProgressDialog)]
    return found[-1] if found else None


def _import_dialog() -> ImportVaultDialog | None:
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, ImportVaultDialog)]
    return found[-1] if found else None


@pytest.fixture
def save_as(monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    """QFileDialog.getSaveFileName answers with ``out/export.json`` (recorded)."""
    out = tmp_path / "out"
    out.mkdir()
    asked: list[str] = []

    def get_save(parent, caption, start, filters, *_rest):
        asked.append(caption)
        return str(out / "export"), filters  # without .json: it is added

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(get_save))
    return out, asked


@pytest.fixture
def slow_clients(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each client takes 0.3 s to read and to write: time to type and to press Stop."""
    real_record, real_insert = open_export._record, open_export._insert

    def record(tables, part, row):
        if part is open_export.CLIENT:
            time.sleep(0.3)
        return real_record(tables, part, row)

    def insert(tables, part, row, parent):
        if part is open_export.CLIENT:
            time.sleep(0.3)
        return real_insert(tables, part, row, parent)

    monkeypatch.setattr(open_export, "_record", record)
    monkeypatch.setattr(open_export, "_insert", insert)


def _populated(folder: Path, clients: int = 6) -> None:
    ws = unlock(folder, PASSPHRASE)
    try:
        for n in range(clients):
            ws.clients.add(ClientDraft(code=f"X-{n:03d}"))
    finally:
        ws.close()


def test_export_warns_first_then_writes_with_progress(
    qtbot, make_controller, closed_vault, save_as, alert_log
):
    out, asked = save_as
    controller, main, _seeded = unlock_seeded(qtbot, make_controller, closed_vault[0])
    _file_action(main, "&Export everything").trigger()
    # the warning came before the file dialog, and says it is not encrypted
    assert "not encrypted" in alert_log.texts("confirm")[0]
    assert asked == ["Export everything to an open file"]
    dialog = _export_dialog()
    assert dialog is not None
    assert dialog.where.text() == f"Into {out / 'export.json'}"
    qtbot.waitUntil(lambda: dialog.finished_ok is not None, timeout=20_000)
    assert dialog.finished_ok, dialog.status
    assert "not encrypted" in dialog.status
    assert dialog.panel.bar.value() == dialog.panel.bar.maximum()
    data = json.loads((out / "export.json").read_text("utf-8"))
    assert [c["code"] for c in data["clients"]] == ["C-004", "C-005"]
    assert sorted(p.name for p in out.iterdir()) == ["export.json"]
    kinds = [e.kind.value for e in main.workspace.audit.recent(3)]
    assert "vault_exported" in kinds
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    del controller


def test_saying_no_to_the_warning_asks_nothing_more(
    qtbot, make_controller, closed_vault, save_as, alert_log
):
    out, asked = save_as
    alert_log.confirm_answer = False
    controller, main, _seeded = unlock_seeded(qtbot, make_controller, closed_vault[0])
    _file_action(main, "&Export everything").trigger()
    assert asked == []
    assert _export_dialog() is None
    assert list(out.iterdir()) == []
    del controller


def test_typing_goes_on_during_an_export_and_stop_leaves_nothing(
    qtbot, make_controller, closed_vault, save_as, slow_clients
):
    out, _asked = save_as
    _populated(closed_vault[0])
    controller, main, _seeded = unlock_seeded(qtbot, make_controller, closed_vault[0])
    today = main.view("Today")
    qtbot.mouseClick(today.write_button, Qt.MouseButton.LeftButton)
    editor = main.view("Notes").editor
    before = main.workspace.vault.conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    _file_action(main, "&Export everything").trigger()
    dialog = _export_dialog()
    qtbot.waitUntil(lambda: "clients written" in dialog.status, timeout=10_000)
    # the app stays usable: the note is typed and autosaved while the export reads
    qtbot.keyClicks(editor.body, "Typed during the export.")
    note_id, notes = editor.note.id, main.workspace.notes

    def autosaved() -> bool:
        draft = notes.get_draft(note_id)
        return draft is not None and "Typed during the export." in draft.body

    qtbot.waitUntil(autosaved, timeout=5_000)
    assert dialog.finished_ok is None  # still exporting
    done = dialog.panel.bar.value()
    assert 0 < done < dialog.panel.bar.maximum()
    qtbot.mouseClick(dialog.stop_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.finished_ok is not None, timeout=10_000)
    assert dialog.finished_ok is False
    assert dialog.status == "The export was stopped; no file was written."
    assert list(out.iterdir()) == []  # no file, no temp file
    after = main.workspace.vault.conn.execute(
        "SELECT count(*) FROM audit_log WHERE kind = 'vault_exported'"
    ).fetchone()[0]
    assert after == 0
    assert main.workspace.vault.conn.execute("SELECT count(*) FROM audit_log").fetchone()[0] >= (
        before
    )
    del controller


def test_a_full_disk_is_one_sentence_and_no_file(
    qtbot, make_controller, closed_vault, save_as, monkeypatch
):
    out, _asked = save_as
    controller, main, _seeded = unlock_seeded(qtbot, make_controller, closed_vault[0])
    real_write = os.write

    def write(fd: int, data) -> int:
        if len(data) > 10:  # the export's chunks; the vault's own writes are pages via SQLite
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_write(fd, data)

    monkeypatch.setattr(os, "write", write)
    _file_action(main, "&Export everything").trigger()
    dialog = _export_dialog()
    qtbot.waitUntil(lambda: dialog.finished_ok is not None, timeout=10_000)
    monkeypatch.setattr(os, "write", real_write)
    assert dialog.finished_ok is False
    assert "the disk is full" in dialog.status
    assert dialog.status.count(". ") <= 2
    assert "Traceback" not in dialog.status
    assert list(out.iterdir()) == []
    del controller


def test_a_read_only_folder_is_said_before_anything_starts(
    qtbot, make_controller, closed_vault, save_as, monkeypatch, alert_log
):
    out, _asked = save_as
    controller, main, _seeded = unlock_seeded(qtbot, make_controller, closed_vault[0])
    real_access = os.access
    monkeypatch.setattr(
        os, "access", lambda p, mode: False if Path(p) == out else real_access(p, mode)
    )
    _file_action(main, "&Export everything").trigger()
    assert _export_dialog() is None
    (sentence,) = alert_log.texts("error")
    assert "cannot be written to" in sentence
    assert list(out.iterdir()) == []
    del controller


def test_locking_stops_an_export(qtbot, make_controller, closed_vault, save_as, slow_clients):
    out, _asked = save_as
    _populated(closed_vault[0])
    controller, main, _seeded = unlock_seeded(qtbot, make_controller, closed_vault[0])
    _file_action(main, "&Export everything").trigger()
    dialog = _export_dialog()
    qtbot.waitUntil(lambda: "clients written" in dialog.status, timeout=10_000)
    controller.lock()
    assert controller.state == "locked"
    assert list(out.iterdir()) == []
    main = unlock_ui(qtbot, controller)
    assert (
        main.workspace.vault.conn.execute(
            "SELECT count(*) FROM audit_log WHERE kind = 'vault_exported'"
        ).fetchone()[0]
        == 0
    )


# --- import ------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def export_made(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An export of a small generated practice (4 clients), made once per module."""
    root = tmp_path_factory.mktemp("export")
    with private_home(root):
        ws, _key = create_vault(root / "source", PASSPHRASE, kdf=LIGHT_KDF)
        try:
            populate(ws, DemoSpec(clients=4, years=0.3, seed=9))
            return open_export.OpenExportService(ws.vault).export(root / "source.json")
        finally:
            ws.close()


@pytest.fixture
def export_file(export_made: Path, tmp_path: Path) -> Path:
    """Each test's own copy of that export."""
    return Path(shutil.copy2(export_made, tmp_path / "source.json"))


def _choose_file(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), ""))
    )


def _choose_folder(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    monkeypatch.setattr(
        QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: str(folder))
    )


def _fill_form(qtbot, dialog: ImportVaultDialog) -> None:
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.fields.first, NEW_PASSPHRASE)
    qtbot.keyClicks(dialog.fields.second, NEW_PASSPHRASE)


def test_import_checks_then_makes_a_vault_and_offers_to_open_it(
    qtbot, make_controller, closed_vault, export_file, tmp_path, monkeypatch
):
    controller, main, _seeded = unlock_seeded(qtbot, make_controller, closed_vault[0])
    place = tmp_path / "place"
    (place / "other").mkdir(parents=True)  # not empty: the vault goes in a folder inside
    _choose_file(monkeypatch, export_file)
    _choose_folder(monkeypatch, place)
    opened: list[Path] = []
    monkeypatch.setattr(open_files, "open_vault_window", lambda f: opened.append(f) or True)
    _file_action(main, "&Import an export").trigger()
    dialog = _import_dialog()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == FORM, timeout=10_000)
    assert "4 clients" in dialog.holds.text()
    _fill_form(qtbot, dialog)
    assert dialog.folder.text() == str(place / "Counsel Desk vault")
    qtbot.keyClick(dialog.folder, Qt.Key.Key_Return)  # Enter presses Import
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == KEY, timeout=20_000)
    key = dialog.result.recovery_key
    assert dialog.key_label.text().split()[0] == key.split("-")[0]
    assert not dialog.open_button.isEnabled()  # "I have stored it safely" first
    dialog.stored.setChecked(True)
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    new = place / "Counsel Desk vault"
    assert opened == [new]
    assert not dialog.isVisible()
    ws = unlock(new, NEW_PASSPHRASE)
    try:
        assert ws.vault.conn.execute("SELECT count(*) FROM clients").fetchone()[0] == 4
    finally:
        ws.close()
    # the vault that was open is as it was
    assert [c.code for c in main.workspace.clients.list()] == ["C-004", "C-005"]
    del controller


def test_a_lock_on_the_key_page_closes_it_and_names_the_folder_after_unlocking(
    qtbot, make_controller, closed_vault, export_file, tmp_path, monkeypatch, alert_log
):
    controller, main, _seeded = unlock_seeded(qtbot, make_controller, closed_vault[0])
    _choose_file(monkeypatch, export_file)
    _choose_folder(monkeypatch, tmp_path / "place")
    _file_action(main, "&Import an export").trigger()
    dialog = _import_dialog()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == FORM, timeout=10_000)
    _fill_form(qtbot, dialog)
    qtbot.keyClick(dialog.folder, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == KEY, timeout=20_000)
    group = dialog.result.recovery_key.split("-")[1]
    new = tmp_path / "place"  # did not exist: the vault is made there
    assert (new / "keys.json").exists()

    controller.lock()  # as the idle timer does, the key not yet confirmed stored

    flush_deletes()
    assert _import_dialog() is None
    assert alert_log.texts("info") == []  # nothing said on the lock screen
    unlock_ui(qtbot, controller)
    (said,) = alert_log.texts("info")
    assert str(new) in said
    assert "Make a new recovery key" in said
    assert group not in said
    controller.lock()
    unlock_ui(qtbot, controller)
    assert len(alert_log.texts("info")) == 1  # said once
    del controller


def test_a_key_confirmed_stored_leaves_nothing_to_say_after_a_lock(
    qtbot, make_controller, closed_vault, export_file, tmp_path, monkeypatch, alert_log
):
    controller, main, _seeded = unlock_seeded(qtbot, make_controller, closed_vault[0])
    _choose_file(monkeypatch, export_file)
    _choose_folder(monkeypatch, tmp_path / "place")
    _file_action(main, "&Import an export").trigger()
    dialog = _import_dialog()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == FORM, timeout=10_000)
    _fill_form(qtbot, dialog)
    qtbot.keyClick(dialog.folder, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == KEY, timeout=20_000)
    box = dialog.stored  # as wide as the window: its box and words are at the left
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    assert box.isChecked()

    controller.lock()
    unlock_ui(qtbot, controller)

    assert alert_log.texts("info") == []
    del controller


@pytest.mark.parametrize(
    ("cut", "named"),
    [
        (lambda text: text[: len(text) // 2], "cut short"),
        (lambda text: text.replace('"code":', '"kode":', 1), "clients[0]"),
    ],
)
def test_a_bad_file_is_named_by_its_place_and_nothing_is_made(
    qtbot, make_controller, closed_vault, export_file, tmp_path, monkeypatch, cut, named
):
    bad = tmp_path / "bad.json"
    bad.write_text(cut(export_file.read_text("utf-8")), "utf-8")
    controller, main, _seeded = unlock_seeded(qtbot, make_controller, closed_vault[0])
    _choose_file(monkeypatch, bad)
    before = sorted(p.name for p in tmp_path.iterdir())
    _file_action(main, "&Import an export").trigger()
    dialog = _import_dialog()
    qtbot.waitUntil(
        lambda: dialog.check_heading.text() == "This file cannot be imported", timeout=10_000
    )
    assert dialog.pages.currentIndex() == CHECK
    assert named in dialog.check_panel.status.text()
    assert dialog.cancel_button.text() == "Close"
    assert dialog.cancel_button.isDefault()
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert sorted(p.name for p in tmp_path.iterdir()) == before
    del controller


def test_stop_mid_import_leaves_no_folder(
    qtbot, make_controller, closed_vault, export_file, tmp_path, monkeypatch, slow_clients
):
    controller, main, _seeded = unlock_seeded(qtbot, make_controller, closed_vault[0])
    target = tmp_path / "new-vault"
    _choose_file(monkeypatch, export_file)
    _choose_folder(monkeypatch, target)  # does not exist yet: it will be the vault
    _file_action(main, "&Import an export").trigger()
    dialog = _import_dialog()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == FORM, timeout=10_000)
    _fill_form(qtbot, dialog)
    assert dialog.folder.text() == str(target)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "1 of 4 clients" in dialog.import_panel.status.text(), timeout=10_000)
    assert target.exists()  # being made
    qtbot.mouseClick(dialog.stop_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == FORM, timeout=10_000)
    assert dialog.error.text() == "The import was stopped; no vault was made."
    assert not target.exists()
    del controller


def test_a_folder_that_is_not_empty_is_refused_on_the_form(
    qtbot, make_controller, closed_vault, export_file, tmp_path, monkeypatch
):
    controller, main, _seeded = unlock_seeded(qtbot, make_controller, closed_vault[0])
    full = tmp_path / "full"
    full.mkdir()
    (full / "keep.txt").write_text("mine")
    _choose_file(monkeypatch, export_file)
    _file_action(main, "&Import an export").trigger()
    dialog = _import_dialog()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == FORM, timeout=10_000)
    qtbot.keyClicks(dialog.folder, str(full))
    qtbot.keyClicks(dialog.fields.first, NEW_PASSPHRASE)
    qtbot.keyClicks(dialog.fields.second, NEW_PASSPHRASE)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "not an empty folder" in dialog.error.text(), timeout=10_000)
    assert dialog.pages.currentIndex() == FORM
    assert sorted(p.name for p in full.iterdir()) == ["keep.txt"]
    del controller


def test_a_read_only_place_is_one_sentence_and_leaves_nothing(
    qtbot, make_controller, closed_vault, export_file, tmp_path, monkeypatch
):
    controller, main, _seeded = unlock_seeded(qtbot, make_controller, closed_vault[0])
    target = tmp_path / "ro" / "new-vault"
    real_mkdir = Path.mkdir

    def mkdir(self, *args, **kwargs):
        if self == target:
            raise OSError(errno.EROFS, "Read-only file system")
        return real_mkdir(self, *args, **kwargs)

    monkeypatch.setattr(Path, "mkdir", mkdir)
    _choose_file(monkeypatch, export_file)
    _choose_folder(monkeypatch, target)
    _file_action(main, "&Import an export").trigger()
    dialog = _import_dialog()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == FORM, timeout=10_000)
    _fill_form(qtbot, dialog)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.error.text() != "", timeout=10_000)
    assert dialog.pages.currentIndex() == FORM
    assert "read-only" in dialog.error.text()
    assert "Traceback" not in dialog.error.text()
    assert not (tmp_path / "ro").exists()
    del controller


@pytest.mark.parametrize("window_gone_first", [False, True])
def test_an_export_that_ends_as_the_vault_locks_leaves_no_file(
    qtbot, make_controller, closed_vault, save_as, monkeypatch, window_gone_first
):
    """The worker has written the temp file, and the vault locks before the UI thread
    hears of it: whichever comes first (the stop, or the window gone), no file is left."""
    out, _asked = save_as
    controller, main, _seeded = unlock_seeded(qtbot, make_controller, closed_vault[0])
    written = threading.Event()
    real_run = open_export.ExportRun.run

    def run(self, progress=None):
        real_run(self, progress)
        written.set()

    monkeypatch.setattr(open_export.ExportRun, "run", run)
    _file_action(main, "&Export everything").trigger()
    assert written.wait(10)
    assert [p.name for p in out.iterdir() if p.name.endswith(".tmp")]  # written, unnamed
    controller.lock()  # before the "done" queued from the worker is delivered
    if window_gone_first:  # the window and its jobs deleted before "done" arrives
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    qtbot.waitUntil(lambda: list(out.iterdir()) == [], timeout=5_000)
    flush_deletes()
    assert list(out.iterdir()) == []
