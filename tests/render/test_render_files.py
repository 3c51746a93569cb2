"""Writing a document's file: whole or not at all, private, and a sentence when it fails.

The failures are real where the machine allows it: an immutable folder for root (who may
write anywhere else) or a read-only one for anyone else, and a small full filesystem.
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
import renderkit
from renderkit import unwritable_folder

from counsel_desk.render import files
from counsel_desk.render.errors import (
    ExportDiskFull,
    ExportError,
    ExportFolderMissing,
    ExportNotAllowed,
)
from counsel_desk.render.files import write_atomic

OLD = b"the earlier export, which must survive"


def test_writes_the_bytes_privately_and_leaves_nothing_else(tmp_path: Path) -> None:
    path = write_atomic(tmp_path / "note.md", b"# A note\n")
    assert path.read_bytes() == b"# A note\n"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["note.md"]


def test_private_even_under_a_permissive_umask(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        path = write_atomic(tmp_path / "note.md", b"x")
    finally:
        os.umask(old)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_replaces_an_existing_file_whole(tmp_path: Path) -> None:
    target = tmp_path / "note.html"
    target.write_bytes(OLD)
    target.chmod(0o644)
    write_atomic(target, b"<p>new</p>")
    assert target.read_bytes() == b"<p>new</p>"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_a_missing_folder_is_a_sentence_and_nothing_is_made(tmp_path: Path) -> None:
    with pytest.raises(ExportFolderMissing) as caught:
        write_atomic(tmp_path / "gone" / "note.pdf", b"%PDF-")
    assert caught.value.message == (
        "That folder does not exist. Choose a folder that does; nothing was saved."
    )
    assert caught.value.exit_code == 2
    assert list(tmp_path.iterdir()) == []


def test_a_folder_name_is_not_a_file_name(tmp_path: Path) -> None:
    (tmp_path / "note.pdf").mkdir()
    with pytest.raises(ExportError, match="belongs to a folder"):
        write_atomic(tmp_path / "note.pdf", b"%PDF-")


def test_when_the_caller_refuses_at_the_last_moment_nothing_appears(tmp_path: Path) -> None:
    target = tmp_path / "note.pdf"
    target.write_bytes(OLD)
    seen: list[list[str]] = []

    def refuse() -> None:
        seen.append(sorted(p.name for p in tmp_path.iterdir()))
        raise RuntimeError("audit failed")

    with pytest.raises(RuntimeError, match="audit failed"):
        write_atomic(target, b"%PDF- new", before_replace=refuse)
    (names,) = seen
    assert len(names) == 2
    assert names[0].startswith(".note.pdf.")
    assert target.read_bytes() == OLD
    assert [p.name for p in tmp_path.iterdir()] == ["note.pdf"]


@pytest.fixture
def unwritable(tmp_path: Path) -> Iterator[Path]:
    """A folder no one may create files in: immutable for root, read-only otherwise."""
    folder = tmp_path / "locked"
    folder.mkdir()
    (folder / "note.pdf").write_bytes(OLD)
    with unwritable_folder(folder):
        yield folder


def test_a_folder_that_may_not_be_written_is_a_sentence(unwritable: Path) -> None:
    with pytest.raises(ExportNotAllowed) as caught:
        write_atomic(unwritable / "note.pdf", b"%PDF- new")
    assert "not allowed to write in that folder" in caught.value.message
    assert (unwritable / "note.pdf").read_bytes() == OLD
    assert [p.name for p in unwritable.iterdir()] == ["note.pdf"]


@pytest.fixture
def small_disk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A folder on a 64 KiB filesystem (a real tmpfs, for root); for anyone else the disk
    fills at 64 KiB by the operating system's own error, raised where the bytes go out."""
    folder = tmp_path / "small"
    folder.mkdir()
    with renderkit.small_disk(folder, monkeypatch, {"note.pdf": OLD}):
        yield folder


def test_a_full_disk_is_a_sentence_and_leaves_no_partial_file(small_disk: Path) -> None:
    with pytest.raises(ExportDiskFull) as caught:
        write_atomic(small_disk / "note.pdf", b"x" * 200_000)
    assert caught.value.message.startswith("The disk is full, so the file was not saved.")
    assert (small_disk / "note.pdf").read_bytes() == OLD
    assert [p.name for p in small_disk.iterdir()] == ["note.pdf"]


@pytest.mark.parametrize(
    ("code", "kind", "words"),
    [
        (errno.EROFS, ExportNotAllowed, "not allowed"),
        (errno.EDQUOT, ExportDiskFull, "disk is full"),
        (errno.ENAMETOOLONG, ExportError, "too long"),
        (errno.EIO, ExportError, "could not be saved (Input/output error)"),
    ],
)
def test_each_system_error_has_its_sentence(code: int, kind: type, words: str) -> None:
    error = files.translate(OSError(code, os.strerror(code)))
    assert type(error) is kind
    assert words in error.message
    assert error.message.endswith(".")
    assert "\n" not in error.message
