"""Records → Subject access bundle… in the app: for the client whose page is open, the folder
asked for, the warning, the bundle written (a private folder holding the PDF and the JSON),
where it went said; cancelling writes nothing; a folder that cannot take it is a sentence."""

from __future__ import annotations

import datetime as dt
import json
import os
import stat
from pathlib import Path

import pytest
from guikit import flush_deletes, unlock_ui
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget
from testkit import PASSPHRASE

from counsel_desk.domain.clients import ClientDraft, ClientIdentity
from counsel_desk.domain.sessions import SessionDraft
from counsel_desk.services.workspace import unlock
from counsel_desk.ui import subject_access, workers
from counsel_desk.ui.dialogs.bundle_progress import BundleProgressDialog
from counsel_desk.ui.intents import OpenClient

CTRL = Qt.KeyboardModifier.ControlModifier


def _records_action(main, text: str):
    (menu,) = [a.menu() for a in main.menuBar().actions() if a.text() == "&Records"]
    (action,) = [a for a in menu.actions() if a.text() == text]
    return action


@pytest.fixture
def opened(qtbot, make_controller, closed_vault, alert_log):
    folder = closed_vault[0]
    ws = unlock(folder, PASSPHRASE)
    try:
        ids = {}
        for code, name in (("C-001", "Rowena Applethwaite"), ("C-002", "Zebedee Quillfeather")):
            client = ws.clients.add(
                ClientDraft(code, identity=ClientIdentity(full_name=name)),
                [SessionDraft(0, dt.datetime(2026, 3, 2, 10, 0))],
            )
            session = ws.sessions.for_client(client.id)[0]
            note = ws.notes.create(session.id, title=f"{code} first")
            ws.notes.finalise(note.id, f"Words only {code} said: sentinel-{code.lower()}.")
            ids[code] = client.id
    finally:
        ws.close()
    controller = make_controller(folder)
    main = unlock_ui(qtbot, controller)
    alert_log.shown.clear()
    return controller, main, ids


def test_the_bundle_for_the_open_client(qtbot, opened, alert_log, tmp_path, monkeypatch):
    controller, main, ids = opened
    out = tmp_path / "out"
    out.mkdir()
    asked = []
    monkeypatch.setattr(
        subject_access, "choose_bundle_folder", lambda parent: asked.append(parent) or out
    )
    shown = _watch_progress(monkeypatch)
    main.follow(OpenClient(ids["C-001"]))
    action = _records_action(main, "&Subject access bundle…")
    assert action.isEnabled()
    work = main.keeping.subject_access
    with qtbot.waitSignal(work.written, timeout=30_000) as done:
        action.trigger()
        # the pages are laid out on a worker: the window answers, the action waits
        assert asked == [main]
        assert alert_log.texts("confirm")[-1].startswith(
            "The subject access bundle is not encrypted"
        )
        (progress,) = shown
        assert progress.isVisible()
        assert progress.status == "Laying out the pages…"
        assert progress.stop_button.isVisible()
        assert not action.isEnabled()
    assert action.isEnabled()
    (folder,) = out.iterdir()
    assert done.args == [str(folder)]
    assert folder.name.startswith("subject-access-C-001-")
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert sorted(p.name for p in folder.iterdir()) == [
        "subject-access-C-001.json",
        "subject-access-C-001.pdf",
    ]
    raw = (folder / "subject-access-C-001.json").read_text(encoding="utf-8")
    assert "sentinel-c-001" in raw
    assert "sentinel-c-002" not in raw
    assert "Quillfeather" not in raw
    assert json.loads(raw)["clients"][0]["code"] == "C-001"
    # said in the progress window, as an export's end is
    assert progress.heading.text() == "Written"
    assert progress.status.startswith(f"Saved the subject access bundle in {folder}")
    assert not progress.stop_button.isVisible()
    assert [t for t in alert_log.texts("info") if "Saved" in t] == []
    assert controller.workspace.audit.recent(1)[0].kind == "subject_access_written"
    qtbot.mouseClick(progress.close_button, Qt.MouseButton.LeftButton)
    assert [d for d in main.findChildren(BundleProgressDialog) if d.isVisible()] == []


def _watch_progress(monkeypatch) -> list[BundleProgressDialog]:
    shown: list[BundleProgressDialog] = []
    real = subject_access.progress_dialog

    def watching(parent, folder):
        shown.append(real(parent, folder))
        return shown[-1]

    monkeypatch.setattr(subject_access, "progress_dialog", watching)
    return shown


def test_stop_while_the_pages_are_laid_out_writes_nothing(
    qtbot, opened, alert_log, tmp_path, monkeypatch
):
    controller, main, ids = opened
    main.follow(OpenClient(ids["C-001"]))
    out = tmp_path / "out"
    out.mkdir()
    monkeypatch.setattr(subject_access, "choose_bundle_folder", lambda parent: out)
    shown = _watch_progress(monkeypatch)
    action = _records_action(main, "&Subject access bundle…")
    work = main.keeping.subject_access
    with qtbot.waitSignal(work.ended, timeout=30_000):
        action.trigger()
        (progress,) = shown
        qtbot.mouseClick(progress.stop_button, Qt.MouseButton.LeftButton)  # at once
        assert progress.status == "Stopping…"
        assert not progress.stop_button.isEnabled()
    assert progress.heading.text() == "Not written"
    assert progress.status == "The subject access bundle was stopped; nothing was written."
    assert list(out.iterdir()) == []  # no folder, and no half-made hidden one
    assert "subject_access_written" not in [e.kind for e in controller.workspace.audit.recent(5)]
    assert action.isEnabled()
    assert alert_log.texts("error") == []


def test_closed_while_it_works_the_end_is_said_in_a_message(
    qtbot, opened, alert_log, tmp_path, monkeypatch
):
    _controller, main, ids = opened
    main.follow(OpenClient(ids["C-002"]))
    monkeypatch.setattr(subject_access, "choose_bundle_folder", lambda parent: tmp_path)
    shown = _watch_progress(monkeypatch)
    work = main.keeping.subject_access
    with qtbot.waitSignal(work.written, timeout=30_000) as done:
        _records_action(main, "&Subject access bundle…").trigger()
        qtbot.mouseClick(shown[0].close_button, Qt.MouseButton.LeftButton)  # the work goes on
    assert alert_log.texts("info")[-1].startswith(
        f"Saved the subject access bundle in {done.args[0]}"
    )


def test_cancelling_the_folder_or_the_warning_writes_nothing(
    qtbot, opened, alert_log, tmp_path, monkeypatch
):
    controller, main, ids = opened
    main.follow(OpenClient(ids["C-002"]))
    monkeypatch.setattr(subject_access, "choose_bundle_folder", lambda parent: None)
    _records_action(main, "&Subject access bundle…").trigger()
    assert alert_log.texts("confirm") == []
    monkeypatch.setattr(subject_access, "choose_bundle_folder", lambda parent: tmp_path)
    alert_log.confirm_answer = False
    _records_action(main, "&Subject access bundle…").trigger()
    assert len(alert_log.texts("confirm")) == 1
    assert not list(tmp_path.glob("subject-access-*"))
    assert controller.workspace.audit.recent(1)[0].kind != "subject_access_written"


def test_locked_while_the_pages_are_laid_out_writes_nothing(
    qtbot, opened, alert_log, tmp_path, monkeypatch
):
    controller, main, ids = opened
    main.follow(OpenClient(ids["C-001"]))
    monkeypatch.setattr(subject_access, "choose_bundle_folder", lambda parent: tmp_path)
    _records_action(main, "&Subject access bundle…").trigger()
    controller.lock()  # at once, before the worker reports back
    assert workers.wait(30_000)
    qtbot.wait(50)  # the worker's report is delivered, to a window that is gone
    assert not list(tmp_path.glob("subject-access-*"))
    assert [t for t in alert_log.texts("info") if "Saved" in t] == []
    ws = unlock(controller.vault_dir, PASSPHRASE)
    try:
        assert "subject_access_written" not in [e.kind for e in ws.audit.recent(20)]
    finally:
        ws.close()


def test_a_missing_folder_is_a_sentence(qtbot, opened, alert_log, tmp_path, monkeypatch):
    _controller, main, ids = opened
    main.follow(OpenClient(ids["C-001"]))
    monkeypatch.setattr(subject_access, "choose_bundle_folder", lambda parent: tmp_path / "gone")
    _records_action(main, "&Subject access bundle…").trigger()
    assert "does not exist" in alert_log.texts("error")[-1]
    assert not (tmp_path / "gone").exists()


def test_without_a_client_it_says_what_to_do(qtbot, opened, alert_log, monkeypatch):
    _controller, main, _ids = opened
    main.current.forget()  # as after a lock, or once the open client is erased
    monkeypatch.setattr(subject_access, "choose_bundle_folder", lambda parent: None)
    _records_action(main, "&Subject access bundle…").trigger()
    assert alert_log.texts("info")[-1].startswith("Open a client's page first")


def test_the_real_folder_dialog_chooses_a_folder_and_forgets_it(qtbot, qapp, tmp_path):
    parent = QWidget()
    qtbot.addWidget(parent)
    private = tmp_path / "Morwenna Trelawney"  # a folder named for a client
    private.mkdir()
    seen = {}

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QFileDialog)
        seen["native"] = dialog.testOption(QFileDialog.Option.DontUseNativeDialog)
        seen["mode"] = dialog.fileMode()
        dialog.setDirectory(str(private))
        dialog.selectFile(str(private))
        dialog.accept()

    QTimer.singleShot(0, answer)
    assert subject_access.choose_bundle_folder(parent) == private
    assert seen == {"native": True, "mode": QFileDialog.FileMode.Directory}
    flush_deletes()
    remembered = Path(os.environ["XDG_CONFIG_HOME"]) / "QtProject.conf"
    assert "Morwenna" not in (remembered.read_text() if remembered.exists() else "")
    QTimer.singleShot(0, lambda: QApplication.activeModalWidget().reject())
    assert subject_access.choose_bundle_folder(parent) is None
