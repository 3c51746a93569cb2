"""Writing a document's file so that it is whole or absent: a private temp file in the same
folder, fsync, rename over the name, fsync the folder. The file is 0600: it is a copy of
private words outside the vault, readable by its owner only.

Pure Python (no Qt): the command line and the GUI write every format through ``write_atomic``.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from counsel_desk.render.errors import (
    ExportDiskFull,
    ExportError,
    ExportFolderMissing,
    ExportNotAllowed,
)

FILE_MODE = 0o600


def write_atomic(
    path: Path, data: bytes, *, before_replace: Callable[[], None] | None = None
) -> Path:
    """Write ``data`` to ``path`` (replacing a file of that name) or leave nothing at all.

    ``before_replace`` runs once the bytes are safely on disk, just before the file takes
    its name: if it raises (say the audit entry could not be recorded), the file never
    appears and the error goes on to the caller.
    """
    path = Path(path).expanduser().absolute()
    folder = path.parent
    if not folder.is_dir():
        raise ExportFolderMissing()
    if path.is_dir():
        raise ExportError("That name belongs to a folder; choose a file name instead.")
    tmp: Path | None = None
    try:
        fd, name = tempfile.mkstemp(prefix=f".{path.name[:40]}.", suffix=".part", dir=folder)
        tmp = Path(name)
        try:
            os.fchmod(fd, FILE_MODE)
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view) :]
            os.fsync(fd)
        finally:
            os.close(fd)
        if before_replace is not None:
            before_replace()
        os.replace(tmp, path)
        tmp = None
        _fsync_dir(folder)
    except OSError as exc:
        raise translate(exc) from exc
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                tmp.unlink()
    return path


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def translate(exc: OSError) -> ExportError:
    """An operating-system error as the sentence a practitioner can act on."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return ExportDiskFull()
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return ExportNotAllowed()
    if exc.errno in (errno.ENOENT, errno.ENOTDIR):
        return ExportFolderMissing()
    if exc.errno == errno.ENAMETOOLONG:
        return ExportError("That file name is too long; choose a shorter one.")
    if exc.errno == errno.EFBIG:
        return ExportError(
            "The file is larger than this disk or folder allows, so it was not saved."
        )
    reason = exc.strerror or str(exc)
    return ExportError(
        f"The file could not be saved ({reason}). Nothing was left half-written; "
        "try another folder."
    )
