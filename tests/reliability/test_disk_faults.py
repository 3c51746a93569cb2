"""T28: a full, read-only, refused or failing disk is never called damage.

Each gets its own sentence and exit 1 on create, open, save and verify; nothing is left
half-written and earlier data is untouched. The faults are injected so that they work in CI
without root, and as root (where chmod stops nothing): SQLite's own page limit
(``max_page_count``) makes it raise SQLITE_FULL; ``PRAGMA query_only`` makes it raise
SQLITE_READONLY; the operating system's errors for the key files and the lock come from
wrapped ``os`` calls; and ``RLIMIT_FSIZE`` in a child process makes every write past the
limit fail for real (EFBIG, which SQLite reports as an I/O error), end to end.
"""

from __future__ import annotations

import errno
import io
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from testkit import LIGHT_KDF, PASSPHRASE
from vaultkit import changes, state

from counsel_desk import cli
from counsel_desk.domain.clients import ClientDraft, ClientIdentity
from counsel_desk.services.workspace import change_passphrase, unlock, verify
from counsel_desk.storage import db, files
from counsel_desk.storage import keyslots as ks
from counsel_desk.storage.errors import (
    EXIT_OTHER,
    DiskError,
    DiskFull,
    NoPermission,
    ReadOnlyStorage,
    StorageFailure,
)
from counsel_desk.storage.verify import SOUND

NEW = "a new and long passphrase 5"
NEVER = ("damaged", "restore", "backup")


@pytest.fixture(autouse=True)
def _light_calibration(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ks, "calibrate", lambda *_a, **_k: LIGHT_KDF)


def _cli(*args: str, stdin: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    capsys.readouterr()
    code = cli.main(list(args), stdin=io.StringIO(stdin))
    err = capsys.readouterr().err
    assert "Traceback" not in err
    return code, err


def _one_plain_sentence(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("counsel-desk: ")
    assert not any(word in lines[0].lower() for word in NEVER), lines[0]
    return lines[0]


def _database_full(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every connection opened from now on may not grow its database file by a page."""
    real = db.configure

    def capped(conn: db.Connection, *, read_only: bool = False) -> None:
        real(conn, read_only=read_only)
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        conn.execute(f"PRAGMA max_page_count = {max(pages, 1)}").fetchall()

    monkeypatch.setattr(db, "configure", capped)


def _failing_key_writes(monkeypatch: pytest.MonkeyPatch, code: int, which: str = "any") -> None:
    """Writes to atomic_write's temporary files fail with ``code`` (for ``which`` file)."""
    real_temp, real_write = files._unique_temp, os.write
    ours: set[int] = set()

    def temp(path: Path) -> tuple[int, Path]:
        fd, tmp = real_temp(path)
        if which in ("any", path.name):
            ours.add(fd)
        return fd, tmp

    def write(fd: int, data: bytes) -> int:
        if fd in ours:
            raise OSError(code, os.strerror(code))
        return real_write(fd, data)

    monkeypatch.setattr(files, "_unique_temp", temp)
    monkeypatch.setattr(os, "write", write)


ERRNOS = [
    (errno.ENOSPC, DiskFull),
    (errno.EROFS, ReadOnlyStorage),
    (errno.EACCES, NoPermission),
    (errno.EIO, DiskError),
]


# --- create -------------------------------------------------------------------------------
def test_init_on_a_full_disk_says_so_and_leaves_nothing(
    vault_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _database_full(monkeypatch)
    code, err = _cli(
        "init",
        "--vault",
        str(vault_dir),
        "--passphrase-stdin",
        stdin=PASSPHRASE + "\n",
        capsys=capsys,
    )
    assert code == EXIT_OTHER
    assert _one_plain_sentence(err) == f"counsel-desk: {DiskFull().message}"
    assert not vault_dir.exists()


@pytest.mark.parametrize(("code", "error"), ERRNOS)
def test_init_when_the_key_file_cannot_be_written(
    vault_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    code: int,
    error: type[StorageFailure],
) -> None:
    _failing_key_writes(monkeypatch, code)
    exit_code, err = _cli(
        "init",
        "--vault",
        str(vault_dir),
        "--passphrase-stdin",
        stdin=PASSPHRASE + "\n",
        capsys=capsys,
    )
    assert exit_code == EXIT_OTHER
    assert _one_plain_sentence(err) == f"counsel-desk: {error().message}"
    assert not vault_dir.exists()


# --- open ---------------------------------------------------------------------------------
@pytest.mark.parametrize(("code", "error"), ERRNOS[1:3])
def test_opening_where_the_lock_cannot_be_made(
    closed_vault: tuple[Path, str],
    monkeypatch: pytest.MonkeyPatch,
    code: int,
    error: type[StorageFailure],
) -> None:
    folder, _ = closed_vault
    (folder / "vault.lock").unlink()  # so that opening must create it
    before = state(folder)
    real_open = os.open

    def refusing(path: object, flags: int, *args: object) -> int:
        if Path(str(path)).name == "vault.lock" and flags & os.O_CREAT:
            raise OSError(code, os.strerror(code), str(path))
        return real_open(path, flags, *args)

    monkeypatch.setattr(os, "open", refusing)
    with pytest.raises(error):
        unlock(folder, PASSPHRASE)
    monkeypatch.undo()
    assert changes(folder, before) == []


@pytest.mark.parametrize(("code", "error"), ERRNOS)
def test_passwd_when_a_key_file_cannot_be_written(
    closed_vault: tuple[Path, str],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    code: int,
    error: type[StorageFailure],
) -> None:
    folder, _ = closed_vault
    keys = {n: (folder / n).read_bytes() for n in ("keys.json", "keys.backup.json")}
    _failing_key_writes(monkeypatch, code)
    exit_code, err = _cli(
        "passwd",
        "--vault",
        str(folder),
        "--passphrase-stdin",
        stdin=f"{PASSPHRASE}\n{NEW}\n",
        capsys=capsys,
    )
    assert exit_code == EXIT_OTHER
    assert _one_plain_sentence(err) == f"counsel-desk: {error().message}"
    monkeypatch.undo()
    assert {n: (folder / n).read_bytes() for n in keys} == keys  # the old passphrase stands
    assert not [p.name for p in folder.iterdir() if files.is_temp_name(p.name)]
    unlock(folder, PASSPHRASE).close()


def test_a_failure_between_the_two_key_files_keeps_one_good_copy(
    closed_vault: tuple[Path, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    folder, _ = closed_vault
    _failing_key_writes(monkeypatch, errno.ENOSPC, which="keys.backup.json")
    with pytest.raises(DiskFull):
        change_passphrase(folder, PASSPHRASE, NEW, kdf=LIGHT_KDF)
    monkeypatch.undo()
    ws = unlock(folder, NEW)  # keys.json already holds the new passphrase
    try:
        assert ws.take_notices() == [
            "The key file keys.backup.json was out of date (a passphrase change had been cut "
            "short), so it was written again from keys.json."
        ]
    finally:
        ws.close()
    assert (folder / "keys.json").read_bytes() == (folder / "keys.backup.json").read_bytes()
    assert verify(folder, NEW).summary == SOUND


# --- save ---------------------------------------------------------------------------------
def test_saving_on_a_full_disk_says_so_and_keeps_what_was_saved(workspace) -> None:
    conn = workspace.vault.conn
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages}").fetchall()
    saved: list[str] = []
    with pytest.raises(DiskFull) as info:
        _add_until_it_fails(workspace, "F", saved)
    assert info.value.exit_code == EXIT_OTHER
    assert saved  # some fitted in the pages there were
    assert [c.code for c in workspace.clients.list()] == saved  # the failed one left nothing
    conn.execute("PRAGMA max_page_count = 1073741823").fetchall()  # space freed
    workspace.clients.add(ClientDraft(code="F-9999"))
    folder = workspace.folder
    workspace.close()
    assert verify(folder, PASSPHRASE).summary == SOUND


def _add_until_it_fails(workspace, prefix: str, saved: list[str]) -> None:
    for n in range(2000):  # until the database must grow
        code = f"{prefix}-{n}"
        workspace.clients.add(ClientDraft(code=code, identity=ClientIdentity(address="x" * 500)))
        saved.append(code)


def test_saving_on_read_only_storage_says_so(workspace) -> None:
    workspace.clients.add(ClientDraft(code="R-1"))
    workspace.vault.conn.execute("PRAGMA query_only = 1").fetchall()
    with pytest.raises(ReadOnlyStorage):
        workspace.clients.add(ClientDraft(code="R-2"))
    workspace.vault.conn.execute("PRAGMA query_only = 0").fetchall()
    assert [c.code for c in workspace.clients.list()] == ["R-1"]


# --- verify -------------------------------------------------------------------------------
def test_verify_works_where_nothing_in_the_vault_folder_may_be_written(
    closed_vault: tuple[Path, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """As on read-only media: every write, creation or removal in the folder fails."""
    folder, _ = closed_vault
    before = state(folder)
    real_open, real_replace, real_unlink = os.open, os.replace, os.unlink
    writes = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_TRUNC | os.O_APPEND

    def inside(path: object) -> bool:
        return Path(str(path)).resolve().parent == folder.resolve()

    def ro_open(path: object, flags: int, *args: object) -> int:
        if inside(path) and flags & writes:
            raise OSError(errno.EROFS, "Read-only file system", str(path))
        return real_open(path, flags, *args)

    def ro(real):
        def call(path: object, *args: object, **kwargs: object) -> object:
            if inside(path):
                raise OSError(errno.EROFS, "Read-only file system", str(path))
            return real(path, *args, **kwargs)

        return call

    monkeypatch.setattr(os, "open", ro_open)
    monkeypatch.setattr(os, "replace", ro(real_replace))
    monkeypatch.setattr(os, "unlink", ro(real_unlink))
    report = verify(folder, PASSPHRASE)
    monkeypatch.undo()
    assert report.summary == SOUND
    assert changes(folder, before) == []


@pytest.mark.parametrize("fault", ["no room", "copy fails", "cannot make a folder"])
def test_verify_when_the_temporary_folder_fails(
    closed_vault: tuple[Path, str],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    fault: str,
) -> None:
    import shutil
    import tempfile

    folder, _ = closed_vault
    temp = tmp_path / "tmp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", None)
    before = state(folder)
    if fault == "no room":
        usage = shutil.disk_usage(temp)
        monkeypatch.setattr(shutil, "disk_usage", lambda _p: usage._replace(free=4096))
    elif fault == "copy fails":
        from counsel_desk.storage import verify as verify_mod

        real_copy = verify_mod._copy

        def copy_then_full(source: Path, target: Path) -> None:
            real_copy(source, target)
            raise OSError(errno.ENOSPC, "No space left on device")

        monkeypatch.setattr(verify_mod, "_copy", copy_then_full)
    else:
        monkeypatch.setattr(
            tempfile, "mkdtemp", lambda **_k: (_ for _ in ()).throw(PermissionError(13, "denied"))
        )
    code, err = _cli(
        "verify",
        "--vault",
        str(folder),
        "--passphrase-stdin",
        stdin=PASSPHRASE + "\n",
        capsys=capsys,
    )
    monkeypatch.undo()
    assert code == EXIT_OTHER
    sentence = _one_plain_sentence(err)
    assert str(temp) in sentence
    assert "TMPDIR" in sentence
    assert changes(folder, before) == []
    assert list(temp.iterdir()) == []  # the private copy went too


# --- end to end: a file size limit in a child process ---------------------------------------
CHILD = textwrap.dedent(
    """
    import resource, signal, sys
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails (EFBIG)
    limit = int(sys.argv[1])
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    from counsel_desk.cli import main
    sys.exit(main(sys.argv[2:]))
    """
)


def _limited(limit: int, *args: str, stdin: str, env: dict[str, str] | None = None):
    return subprocess.run(
        [sys.executable, "-c", CHILD, str(limit), *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        env=env or dict(os.environ),
        check=False,
    )


def test_init_past_a_file_size_limit_end_to_end(vault_dir: Path) -> None:
    done = _limited(
        64 * 1024, "init", "--vault", str(vault_dir), "--passphrase-stdin", stdin=PASSPHRASE + "\n"
    )
    assert done.returncode == EXIT_OTHER, done.stderr
    assert _one_plain_sentence(done.stderr)
    assert not vault_dir.exists()


def test_passwd_past_a_file_size_limit_end_to_end(closed_vault: tuple[Path, str]) -> None:
    folder, _ = closed_vault
    kept = {n: (folder / n).read_bytes() for n in ("vault.db", "keys.json", "keys.backup.json")}
    done = _limited(
        0, "passwd", "--vault", str(folder), "--passphrase-stdin", stdin=f"{PASSPHRASE}\n{NEW}\n"
    )
    assert done.returncode == EXIT_OTHER, done.stderr
    assert _one_plain_sentence(done.stderr)
    assert {n: (folder / n).read_bytes() for n in kept} == kept
    assert verify(folder, PASSPHRASE).summary == SOUND


def test_verify_past_a_file_size_limit_end_to_end(
    closed_vault: tuple[Path, str], tmp_path: Path
) -> None:
    folder, _ = closed_vault
    temp = tmp_path / "tmp"
    temp.mkdir()
    before = state(folder)
    done = _limited(
        8192,
        "verify",
        "--vault",
        str(folder),
        "--passphrase-stdin",
        stdin=PASSPHRASE + "\n",
        env={**os.environ, "TMPDIR": str(temp)},
    )
    assert done.returncode == EXIT_OTHER, done.stderr
    assert "not enough free space in the temporary folder" in _one_plain_sentence(done.stderr)
    assert changes(folder, before) == []
    assert list(temp.iterdir()) == []


def test_saving_past_a_file_size_limit_end_to_end(closed_vault: tuple[Path, str]) -> None:
    folder, _ = closed_vault
    ws = unlock(folder, PASSPHRASE)
    try:
        ws.clients.add(ClientDraft(code="E-9999"))
    finally:
        ws.close()
    script = textwrap.dedent(
        f"""
        import resource, signal, sys
        from counsel_desk.domain.clients import ClientDraft, ClientIdentity
        from counsel_desk.services.workspace import unlock
        from counsel_desk.storage.errors import CounselDeskError
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        ws = unlock({str(folder)!r}, {PASSPHRASE!r})
        limit = 40 * 1024  # the log may grow this far, then every write fails
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
        try:
            for n in range(500):
                ws.clients.add(ClientDraft(f"E-{{n}}", identity=ClientIdentity(address="y" * 900)))
        except CounselDeskError as exc:
            print(type(exc).__name__, exc.exit_code)
            print(exc.message)
        ws.close()
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    first, message = done.stdout.splitlines()[:2]
    assert first in ("DiskError 1", "DiskFull 1"), done.stdout
    assert not any(word in message.lower() for word in NEVER)
    ws = unlock(folder, PASSPHRASE)
    try:
        assert "E-9999" in {c.code for c in ws.clients.list()}
    finally:
        ws.close()
    assert verify(folder, PASSPHRASE).summary == SOUND
