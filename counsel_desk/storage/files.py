"""Private folders and files, atomic writes (unique temp file, fsync, rename, fsync folder),
the folder lock, and operating-system errors turned into sentences."""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import signal
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path

from counsel_desk.domain.i18n import QT_TRANSLATE_NOOP, phrase
from counsel_desk.hardening import restrict_umask  # noqa: F401 (storage's callers)
from counsel_desk.storage.errors import (
    DiskError,
    DiskFull,
    NoPermission,
    ReadOnlyStorage,
    StorageFailure,
    VaultInUse,
)

DIR_MODE = 0o700
FILE_MODE = 0o600
TEMP_SUFFIX = ".tmp"


def ensure_private_dir(path: Path) -> None:
    path.mkdir(mode=DIR_MODE, parents=True, exist_ok=True)
    os.chmod(path, DIR_MODE)


def create_private_file(path: Path) -> None:
    """Create an empty 0600 file; fails if it exists (O_EXCL)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    os.close(fd)
    os.chmod(path, FILE_MODE)


def fsync_dir(path: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def translate_os_error(exc: OSError) -> StorageFailure:
    """The sentence for a failed read or write: a disk problem, never damage."""
    code = exc.errno
    if code in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return DiskFull()
    if code == errno.EROFS:
        return ReadOnlyStorage()
    if code in (errno.EACCES, errno.EPERM):
        return NoPermission()
    if code == errno.EIO:
        return DiskError()
    return StorageFailure(
        phrase(
            QT_TRANSLATE_NOOP(
                "errors",
                "The vault could not be written ({reason}). "
                "Your earlier data is untouched; check the disk and try again.",
            ),
            reason=exc.strerror or str(exc),
        )
    )


def atomic_write(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` so that either the old or the new file survives.

    The temporary file has a unique name (``O_EXCL``), so two writers never share one; it
    is removed on any way out but the rename, a Ctrl+C included.
    """
    tmp: Path | None = None
    try:
        with interrupts_held():
            fd, tmp = _unique_temp(path)
        try:
            view = memoryview(data)
            while view:
                written = os.write(fd, view)
                view = view[written:]
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, path)
        tmp = None
        fsync_dir(path.parent)
    except OSError as exc:
        raise translate_os_error(exc) from exc
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                tmp.unlink()


@contextlib.contextmanager
def interrupts_held() -> Iterator[None]:
    """Ctrl+C and SIGTERM held back while a temp file is made and its name kept: an
    interrupt raised between the file's creation and the name's assignment would leave a
    file nobody knows to remove. One that comes meanwhile is noted and acted on straight
    after, with the name known, by the handler that was there before. Python runs signal
    handlers on the main thread only, whichever thread the signal reached, so holding the
    handlers (not the thread's signal mask) holds them all; elsewhere, nothing to hold."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    came: list[int] = []
    held = (signal.SIGINT, signal.SIGTERM)
    previous = {s: signal.signal(s, lambda signum, _frame: came.append(signum)) for s in held}
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
        if came:
            handler = previous[came[0]]
            if callable(handler):
                handler(came[0], None)  # Ctrl+C's default raises KeyboardInterrupt here
            elif handler == signal.SIG_DFL:
                signal.raise_signal(came[0])


def _unique_temp(path: Path) -> tuple[int, Path]:
    """Open a new 0600 file beside ``path`` named ``.<name>.<random>.tmp`` (O_EXCL)."""
    for _ in range(100):
        tmp = path.with_name(f".{path.name}.{os.urandom(6).hex()}{TEMP_SUFFIX}")
        try:
            return os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE), tmp
        except FileExistsError:
            continue
    raise FileExistsError(errno.EEXIST, "no unique temporary name", str(path))


def is_temp_name(name: str) -> bool:
    """Whether ``name`` is one of ``atomic_write``'s temporary files."""
    return name.startswith(".") and name.endswith(TEMP_SUFFIX)


class FolderLock:
    """An advisory lock on ``vault.lock``: one writer (exclusive), or readers (shared).

    Writers (the app, ``passwd``, ``recover``, key rotation) take it exclusively; ``verify``
    takes it shared, opening the file read-only and never creating it, so that it writes
    nothing in the vault folder.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self.fd: int | None = None

    def acquire(self, *, shared: bool = False) -> None:
        try:
            if shared:
                self.fd = os.open(self.path, os.O_RDONLY)
            else:
                self.fd = os.open(self.path, os.O_RDWR | os.O_CREAT, FILE_MODE)
        except FileNotFoundError:
            if shared:  # no writer has ever opened this vault folder, so none holds it
                return
            raise
        except OSError as exc:
            raise translate_os_error(exc) from exc
        try:
            import fcntl
        except ImportError:  # Windows: sqlite's own locking still guards the database
            return
        try:
            fcntl.flock(self.fd, (fcntl.LOCK_SH if shared else fcntl.LOCK_EX) | fcntl.LOCK_NB)
        except OSError as exc:
            os.close(self.fd)
            self.fd = None
            raise VaultInUse() from exc

    def release(self) -> None:
        if self.fd is not None:
            os.close(self.fd)  # closing drops the flock
            self.fd = None


def atomic_stream(
    path: Path, chunks: Iterable[bytes], *, before_replace: Callable[[], None] | None = None
) -> None:
    """Write ``chunks`` to a private temp file beside ``path`` (0600), fsync, then rename it
    over ``path``: the file is whole or absent. ``before_replace`` runs once the bytes are
    on disk (an audit entry); if it raises, the file never takes its name. ``OSError`` is
    left to the caller, who names the file in its own sentence; the temp file is removed."""
    tmp = stream_to_temp(path, chunks)
    place_temp(tmp, path, before_replace)


def stream_to_temp(path: Path, chunks: Iterable[bytes]) -> Path:
    """The first half of ``atomic_stream``: ``chunks`` in a private temp file beside
    ``path``, synced; returns its name. On any error (a full disk, the caller's ``chunks``
    raising to stop) the temp file is removed and the error goes on."""
    tmp: Path | None = None
    try:
        with interrupts_held():
            fd, tmp = _unique_temp(path)
        try:
            for chunk in chunks:
                view = memoryview(chunk)
                while view:
                    view = view[os.write(fd, view) :]
            os.fsync(fd)
        finally:
            os.close(fd)
        done, tmp = tmp, None
        return done
    finally:
        if tmp is not None:
            discard_temp(tmp)


def place_temp(tmp: Path, path: Path, before_replace: Callable[[], None] | None = None) -> None:
    """The second half: ``before_replace`` (an audit entry), then the temp file renamed over
    ``path`` and the folder synced. If anything fails the temp file is removed."""
    try:
        if before_replace is not None:
            before_replace()
        os.replace(tmp, path)
    except BaseException:
        discard_temp(tmp)
        raise
    fsync_dir(path.parent)


def discard_temp(tmp: Path) -> None:
    """Remove a temp file left by ``stream_to_temp`` (gone already is fine)."""
    with contextlib.suppress(OSError):
        tmp.unlink()


def atomic_folder(
    target: Path,
    files: Mapping[str, Iterable[bytes]],
    *,
    before_replace: Callable[[], None] | None = None,
) -> None:
    """Make the folder ``target`` (0700) holding ``files`` (name → chunks, each 0600) whole
    or not at all: a private temp folder beside it is filled (each file by
    ``atomic_stream``), fsynced, then renamed to ``target``. ``before_replace`` runs just
    before the rename (an audit entry); if it or anything before raises, the temp folder is
    removed and ``target`` never appears. ``target`` must not exist (``FileExistsError``);
    other ``OSError``s are left to the caller, who names the folder in its own sentence."""
    if target.exists():
        raise FileExistsError(errno.EEXIST, "the folder exists", str(target))
    tmp: Path | None = None
    try:
        tmp = _unique_temp_folder(target)
        for name, chunks in files.items():
            atomic_stream(tmp / name, chunks)
        fsync_dir(tmp)
        if before_replace is not None:
            before_replace()
        os.rename(tmp, target)
        tmp = None
        fsync_dir(target.parent)
    finally:
        if tmp is not None:
            shutil.rmtree(tmp, ignore_errors=True)


def _unique_temp_folder(target: Path) -> Path:
    """A new 0700 folder beside ``target`` named ``.<name>.<random>.tmp``."""
    for _ in range(100):
        tmp = target.with_name(f".{target.name}.{os.urandom(6).hex()}{TEMP_SUFFIX}")
        try:
            tmp.mkdir(mode=DIR_MODE)
        except FileExistsError:
            continue
        os.chmod(tmp, DIR_MODE)
        return tmp
    raise FileExistsError(errno.EEXIST, "no unique temporary name", str(target))
