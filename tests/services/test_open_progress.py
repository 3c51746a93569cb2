"""The open export and import report how far they have come and stop when asked, between
clients or rows, leaving nothing behind: no file (a file of that name as it was), no vault
folder, no audit entry, nothing half-filled."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from testkit import LIGHT_KDF, PASSPHRASE

from counsel_desk.domain.audit import AuditKind
from counsel_desk.domain.clients import ClientDraft
from counsel_desk.services.demo import DemoSpec, populate
from counsel_desk.services.open_export import (
    CHECKING,
    WRITING,
    CancelToken,
    ExportStopped,
    ImportStopped,
    OpenExportService,
    check_import,
    import_vault,
)
from counsel_desk.services.workspace import Workspace, unlock

CLIENTS = 5


@pytest.fixture
def filled(workspace: Workspace) -> Workspace:
    populate(workspace, DemoSpec(clients=CLIENTS, years=0.5, seed=3))
    return workspace


def exports_recorded(ws: Workspace) -> int:
    return ws.vault.conn.execute(
        "SELECT count(*) FROM audit_log WHERE kind = ?", (AuditKind.VAULT_EXPORTED.value,)
    ).fetchone()[0]


@pytest.fixture
def export_file(filled: Workspace, tmp_path: Path) -> Path:
    path = tmp_path / "source.json"
    OpenExportService(filled.vault).export(path)
    return path


def test_export_reports_each_client(filled: Workspace, tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    OpenExportService(filled.vault).export(tmp_path / "x.json", lambda d, t: seen.append((d, t)))
    assert seen == [(n, CLIENTS) for n in range(1, CLIENTS + 1)]


@pytest.mark.parametrize("step", [1, 3, CLIENTS])
@pytest.mark.parametrize("existed", [False, True])
def test_a_cancelled_export_leaves_nothing(
    filled: Workspace, tmp_path: Path, step: int, existed: bool
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    target = out / "export.json"
    if existed:
        target.write_bytes(b"the earlier export")
    before = exports_recorded(filled)
    token = CancelToken()
    seen: list[int] = []

    def progress(done: int, _total: int) -> None:
        seen.append(done)
        if done == step:
            token.cancel()

    with pytest.raises(ExportStopped, match="no file was written"):
        OpenExportService(filled.vault).export(target, progress, token)
    assert seen == list(range(1, step + 1))  # stopped at the next record
    assert [p.name for p in out.iterdir()] == (["export.json"] if existed else [])
    if existed:
        assert target.read_bytes() == b"the earlier export"
    assert exports_recorded(filled) == before


def test_a_run_cancelled_before_it_is_finished_leaves_nothing(
    filled: Workspace, tmp_path: Path
) -> None:
    run = OpenExportService(filled.vault).prepare(tmp_path / "x.json")
    run.run()
    assert [p.name for p in tmp_path.iterdir() if p.name != "vault"] != []  # its temp file
    run.cancel()
    with pytest.raises(ExportStopped):
        run.finish()
    assert [p.name for p in tmp_path.iterdir() if p.name != "vault"] == []
    assert exports_recorded(filled) == 0


def test_a_discarded_run_leaves_nothing(filled: Workspace, tmp_path: Path) -> None:
    run = OpenExportService(filled.vault).prepare(tmp_path / "x.json")
    run.run()
    run.discard()
    assert [p.name for p in tmp_path.iterdir() if p.name != "vault"] == []


def test_the_app_writes_while_an_export_runs_on_a_worker(filled: Workspace, tmp_path: Path) -> None:
    """The export reads one moment of the vault on its own connection: the app's writes
    (autosave, a new client) go through meanwhile and are not in this export."""
    run = OpenExportService(filled.vault).prepare(tmp_path / "x.json")
    halfway, go_on = threading.Event(), threading.Event()
    failed: list[BaseException] = []

    def progress(done: int, _total: int) -> None:
        if done == 2:
            halfway.set()
            assert go_on.wait(10)

    def work() -> None:
        try:
            run.run(progress)
        except Exception as exc:  # noqa: BLE001 - reported below
            failed.append(exc)

    worker = threading.Thread(target=work)
    worker.start()
    assert halfway.wait(10)
    added = filled.clients.add(ClientDraft("LATE-1"))  # the app writes, not held up
    go_on.set()
    worker.join(10)
    assert not failed
    path = run.finish()
    text = path.read_text("utf-8")
    assert '"LATE-1"' not in text
    assert filled.clients.get(added.id).code == "LATE-1"
    assert exports_recorded(filled) == 1


def test_import_reports_checking_then_writing(export_file: Path, tmp_path: Path) -> None:
    seen: list[tuple[str, int, int]] = []
    import_vault(
        export_file,
        tmp_path / "new",
        PASSPHRASE,
        kdf=LIGHT_KDF,
        progress=lambda *a: seen.append(a),
    )
    size = export_file.stat().st_size
    checking = [s for s in seen if s[0] == CHECKING]
    writing = [s for s in seen if s[0] == WRITING]
    assert checking[-1] == (CHECKING, size, size)
    assert all(0 < d <= size and t == size for _s, d, t in checking)
    assert writing == [(WRITING, n, CLIENTS) for n in range(1, CLIENTS + 1)]
    assert seen.index(writing[0]) > seen.index(checking[-1])  # the whole file checked first


@pytest.mark.parametrize("step", [1, 3, CLIENTS])
@pytest.mark.parametrize("folder_existed", [False, True])
def test_a_cancelled_import_leaves_no_vault(
    export_file: Path, tmp_path: Path, step: int, folder_existed: bool
) -> None:
    target = tmp_path / "new"
    if folder_existed:
        target.mkdir()
    token = CancelToken()
    written: list[int] = []

    def progress(stage: str, done: int, _total: int) -> None:
        if stage == WRITING:
            written.append(done)
            if done == step:
                token.cancel()

    with pytest.raises(ImportStopped, match="no vault was made"):
        import_vault(
            export_file, target, PASSPHRASE, kdf=LIGHT_KDF, progress=progress, cancel=token
        )
    assert written == list(range(1, step + 1))
    if folder_existed:
        assert list(target.iterdir()) == []  # left as it was
    else:
        assert not target.exists()
    # and the same folder takes the import afterwards, whole
    import_vault(export_file, target, PASSPHRASE, kdf=LIGHT_KDF)
    ws = unlock(target, PASSPHRASE)
    try:
        assert ws.vault.conn.execute("SELECT count(*) FROM clients").fetchone()[0] == CLIENTS
    finally:
        ws.close()


def test_an_import_cancelled_while_checking_makes_nothing(
    export_file: Path, tmp_path: Path
) -> None:
    token = CancelToken()
    token.cancel()
    with pytest.raises(ImportStopped):
        check_import(export_file, cancel=token)
    with pytest.raises(ImportStopped):
        import_vault(export_file, tmp_path / "new", PASSPHRASE, kdf=LIGHT_KDF, cancel=token)
    assert not (tmp_path / "new").exists()
