"""The open export and import: the whole vault as a documented, versioned JSON file
(docs/export-format.schema.json), and that file made into a new vault.

The export streams a client at a time to a private temp file that takes its name only
once whole (and once its audit entry is recorded). The import checks the whole file first
(``open_check``), then writes it in the one transaction that makes the new vault: any
failure leaves no vault and no folder it made.

Both report how far they have come (a ``progress`` callback) and stop when a
``CancelToken`` is set, between records, leaving nothing behind. The export is an
``ExportRun`` on a read connection of its own, so the GUI writes it on a worker while the
app goes on writing, and records it and names the file back on the thread that writes.
"""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from counsel_desk.domain.audit import AuditKind
from counsel_desk.domain.errors import EXIT_OTHER, EXIT_USAGE, CounselDeskError
from counsel_desk.domain.i18n import QT_TRANSLATE_NOOP, Phrase, phrase
from counsel_desk.domain.measure_files import shipped_measures
from counsel_desk.services.open_check import ExportChecker
from counsel_desk.services.open_reader import ImportFileInvalid, open_file, read_fields
from counsel_desk.storage.audit import AuditLog
from counsel_desk.storage.db import Connection
from counsel_desk.storage.files import discard_temp, place_temp, stream_to_temp
from counsel_desk.storage.open_format import (
    CLIENT,
    FORMAT_NAME,
    FORMAT_VERSION,
    PARTS,
    OpenFormatTables,
    Part,
    open_schema_only,
)
from counsel_desk.storage.unit_of_work import ReadSnapshot
from counsel_desk.storage.vault import Vault

NOT_ENCRYPTED = (
    "The export is not encrypted: anyone who can open the file can read every client's "
    "records. Keep it somewhere only you can reach, and delete it when you no longer need it."
)

Progress = Callable[[int, int], None]
ImportProgress = Callable[[str, int, int], None]  # (stage, done, total)
CHECKING = "checking"  # the import reads the file through: bytes read of the file's size
WRITING = "writing"  # then writes it: clients written of the clients it holds


class CancelToken:
    """Set from any thread (a Cancel button, Ctrl+C's handler) to stop an export or an
    import; they look at it between records and stop leaving nothing behind."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()


class ExportFileProblem(CounselDeskError):
    exit_code = EXIT_OTHER


class ImportTargetProblem(CounselDeskError):
    exit_code = EXIT_USAGE


class ExportStopped(CounselDeskError):
    default_message = QT_TRANSLATE_NOOP("errors", "The export was stopped; no file was written.")


class ImportStopped(CounselDeskError):
    default_message = QT_TRANSLATE_NOOP("errors", "The import was stopped; no vault was made.")


def _dump(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _record(tables: OpenFormatTables, part: Part, row: dict[str, Any]) -> dict[str, Any]:
    for child in part.children:
        rows = (_record(tables, child, r) for r in tables.rows(child, row["id"]))
        row[child.key] = next(rows, None) if child.single else list(rows)
    return row


def records(tables: OpenFormatTables, part: Part) -> Iterator[dict[str, Any]]:
    """A top-level part's records, each with its children, as the file holds them."""
    for row in tables.rows(part):
        yield _record(tables, part, row)


def _chunks(
    tables: OpenFormatTables, progress: Progress | None, cancel: CancelToken | None
) -> Iterator[bytes]:
    """The export's bytes, a record at a time (a whole client per line); ``cancel`` is
    looked at before each record, and stops it with ``ExportStopped``."""
    total = tables.conn.execute("SELECT count(*) FROM clients").fetchone()[0]

    def values(part: Part) -> Any:
        if part.single:
            return next(tables.rows(part), None)
        return records(tables, part)

    return layout(values, progress, total, cancel)


class ExportRun:
    """One export, on a read connection of its own: ``run`` may go on a worker thread (it
    writes a private temp file beside the target from one moment of the vault, while the
    app goes on writing); ``finish``, back on the thread that writes, records the export in
    the audit trail and gives the file its name. ``cancel`` (any thread) stops ``run`` at
    the next record; ``discard`` drops a run that will not be finished. Nothing is left
    behind by a stop, a failure or a discard."""

    def __init__(self, vault: Vault, path: Path, token: CancelToken | None = None) -> None:
        self._vault = vault
        self.path = path
        self.token = token or CancelToken()
        self._conn: Connection | None = vault.read_connection()
        self._tmp: Path | None = None

    def cancel(self) -> None:
        self.token.cancel()

    @property
    def cancelled(self) -> bool:
        return self.token.cancelled

    def run(self, progress: Progress | None = None) -> None:
        conn = self._conn
        if conn is None:
            raise ExportStopped()
        try:
            with ReadSnapshot(conn):
                chunks = _chunks(OpenFormatTables(conn), progress, self.token)
                self._tmp = stream_to_temp(self.path, chunks)
        except OSError as exc:
            raise ExportFileProblem(disk_sentence(exc, self.path.parent)) from exc
        finally:
            self._close()

    def finish(self) -> Path:
        tmp, self._tmp = self._tmp, None
        if tmp is None or self.token.cancelled:
            if tmp is not None:
                discard_temp(tmp)
            raise ExportStopped()

        def record() -> None:
            with self._vault.work:
                AuditLog(self._vault.conn).record(
                    AuditKind.VAULT_EXPORTED, format="json", to="file"
                )

        try:
            place_temp(tmp, self.path, record)
        except OSError as exc:
            raise ExportFileProblem(disk_sentence(exc, self.path.parent)) from exc
        return self.path

    def discard(self) -> None:
        self.token.cancel()
        self._close()
        tmp, self._tmp = self._tmp, None
        if tmp is not None:
            discard_temp(tmp)

    def _close(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            conn.close()


class OpenExportService:
    def __init__(self, vault: Vault) -> None:
        self._vault = vault
        self._tables = OpenFormatTables(vault.conn)

    def records(self, part: Part) -> Iterator[dict[str, Any]]:
        """A top-level part's records, each with its children, as the file holds them."""
        return records(self._tables, part)

    def record(self, part: Part, row_id: int) -> dict[str, Any] | None:
        """One top-level record with its children, as the file holds it; None if absent."""
        row = self._tables.row(part, row_id)
        return None if row is None else _record(self._tables, part, row)

    def chunks(self, progress: Progress | None = None) -> Iterator[bytes]:
        """The export's bytes from the vault's own connection, a record at a time."""
        return _chunks(self._tables, progress, None)

    def prepare(self, path: Path, cancel: CancelToken | None = None) -> ExportRun:
        """An export to ``path`` (replacing a file of that name, once whole), checked for
        a folder it can be written to; call ``run`` on any thread, ``finish`` on this one."""
        path = Path(path).expanduser().absolute()
        folder = path.parent
        if not folder.is_dir():
            raise ExportFileProblem(
                phrase(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "The folder {folder} does not exist; choose another place. "
                        "Nothing was written.",
                    ),
                    folder=folder,
                )
            )
        if path.is_dir():
            raise ExportFileProblem(
                phrase(
                    QT_TRANSLATE_NOOP(
                        "errors", "{path} is a folder; give a file name. Nothing was written."
                    ),
                    path=path,
                )
            )
        if not os.access(folder, os.W_OK):
            raise ExportFileProblem(
                phrase(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "The folder {folder} cannot be written to (it is read-only "
                        "or not yours); choose another place. Nothing was written.",
                    ),
                    folder=folder,
                )
            )
        return ExportRun(self._vault, path, cancel)

    def export(
        self, path: Path, progress: Progress | None = None, cancel: CancelToken | None = None
    ) -> Path:
        """Write the export to ``path`` on this thread, whole or not at all, 0600; recorded
        in the audit trail (format and "file", never the path). ``cancel`` stops it with
        ``ExportStopped``, leaving no file (and a file of that name as it was)."""
        run = self.prepare(path, cancel)
        try:
            run.run(progress)
            return run.finish()
        finally:
            run.discard()


def layout(
    values: Callable[[Part], Any],
    progress: Progress | None = None,
    total: int = 0,
    cancel: CancelToken | None = None,
) -> Iterator[bytes]:
    """The bytes of a file in the export's format: ``values(part)`` gives each top-level
    part's object (a single part) or its records (an iterable), read as they are written.
    The full export and a subject access bundle's subset are both written by this;
    ``cancel`` is looked at before each record, and stops it with ``ExportStopped``."""
    yield f'{{"format":"{FORMAT_NAME}","format_version":{FORMAT_VERSION}'.encode()
    for part in PARTS:
        if cancel is not None and cancel.cancelled:
            raise ExportStopped()
        value = values(part)
        if part.single:
            yield f',\n"{part.key}":{_dump(value)}'.encode()
            continue
        yield f',\n"{part.key}":['.encode()
        for index, record in enumerate(value):
            if cancel is not None and cancel.cancelled:
                raise ExportStopped()
            sep = "\n" if index == 0 else ",\n"
            yield (sep + _dump(record)).encode()
            if part is CLIENT and progress is not None:
                progress(index + 1, total)
        yield b"]"
    yield b"}\n"


def disk_sentence(
    exc: OSError, folder: Path, what: str = QT_TRANSLATE_NOOP("errors", "The export")
) -> Phrase:
    """Why ``what`` could not be written to ``folder``, in one sentence (marked: ``what`` and
    the reason are translated with it, the system's own words are shown as they are)."""
    import errno

    if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        why: str = QT_TRANSLATE_NOOP("errors", "the disk is full")
    elif exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        why = QT_TRANSLATE_NOOP("errors", "the folder cannot be written to")
    else:
        why = exc.strerror or QT_TRANSLATE_NOOP("errors", "the disk refused it")
    return phrase(
        QT_TRANSLATE_NOOP(
            "errors",
            "{what} could not be written to {folder}: {why}. Nothing was left there; free "
            "some space or choose another place.",
        ),
        what=what,
        folder=folder,
        why=why,
    )


# --- import ---------------------------------------------------------------------------
@dataclass(frozen=True)
class ImportResult:
    recovery_key: str
    counts: dict[str, int]


def _walk(fp: BinaryIO, tables: OpenFormatTables) -> Iterator[tuple[Part, Any, ExportChecker]]:
    catalogue = {m.id: m for m in shipped_measures().measures}
    checker = ExportChecker(tables, catalogue.get)
    fields = read_fields(fp)
    checker.header(fields)
    for part, value in checker.sections(fields):
        yield part, value, checker


def _stop_if(cancel: CancelToken | None) -> None:
    if cancel is not None and cancel.cancelled:
        raise ImportStopped()


def check_import(
    path: Path, progress: ImportProgress | None = None, cancel: CancelToken | None = None
) -> dict[str, int]:
    """Read the whole file and check it; returns how many records of each table it holds.
    Raises ``ImportFileInvalid`` (a sentence naming the place) at the first problem.
    ``progress(CHECKING, bytes read, file size)`` as it goes; ``cancel`` stops it with
    ``ImportStopped``."""
    conn = open_schema_only()
    try:
        tables = OpenFormatTables(conn)
        counts: dict[str, int] = {}
        with open_file(Path(path)) as fp:
            size = os.fstat(fp.fileno()).st_size
            read = -1
            for part, value, checker in _walk(fp, tables):
                _stop_if(cancel)
                if not part.single:
                    for _ in value:
                        _stop_if(cancel)
                        if progress is not None and fp.tell() != read:
                            read = fp.tell()  # a chunk at a time: not a call per record
                            progress(CHECKING, read, size)
                counts = checker.counts
        if progress is not None:
            progress(CHECKING, size, size)
        return dict(counts)
    finally:
        conn.close()


def require_new_folder(folder: Path) -> None:
    folder = Path(folder)
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        raise ImportTargetProblem(
            phrase(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "{folder} is not an empty folder: an import makes a new "
                    "vault, so give a folder that does not exist yet or is empty.",
                ),
                folder=folder,
            )
        )


def import_vault(
    path: Path,
    folder: Path,
    passphrase: str | bytearray,
    *,
    kdf: Any = None,
    progress: ImportProgress | None = None,
    cancel: CancelToken | None = None,
) -> ImportResult:
    """Check ``path`` whole, then make a new vault in ``folder`` holding it, in one
    transaction. ``folder`` must not exist or be empty; on any failure it is left as it was.
    ``progress(stage, done, total)``: ``CHECKING`` in bytes of the file, then ``WRITING`` in
    clients; ``cancel`` stops it between records with ``ImportStopped``, leaving no vault."""
    path, folder = Path(path), Path(folder)
    require_new_folder(folder)
    counts = check_import(path, progress, cancel)
    total = counts.get("clients", 0)

    def fill(conn: Connection) -> None:
        tables = OpenFormatTables(conn)
        lifted = tables.begin_import()
        written = 0
        with open_file(path) as fp:
            for part, value, _checker in _walk(fp, tables):
                items: Iterable[Any] = [value] if part.single else value
                for row in items:
                    _stop_if(cancel)
                    if row is not None:
                        _insert(tables, part, row, None)
                    if part is CLIENT:
                        written += 1
                        if progress is not None:
                            progress(WRITING, written, total)
        _stop_if(cancel)  # the last moment before the vault is made
        tables.end_import(lifted)
        AuditLog(conn).record(AuditKind.DATA_IMPORTED, format="json")

    vault, recovery = Vault.create(folder, passphrase, kdf=kdf, fill=fill)
    vault.close()
    return ImportResult(recovery, counts)


def _insert(tables: OpenFormatTables, part: Part, row: dict[str, Any], parent: Any) -> None:
    tables.insert(part, row, parent)
    for child in part.children:
        value = row[child.key]
        for item in [value] if child.single else value:
            if item is not None:
                _insert(tables, child, item, row["id"])


__all__ = [
    "CHECKING",
    "NOT_ENCRYPTED",
    "WRITING",
    "CancelToken",
    "ExportFileProblem",
    "ExportRun",
    "ExportStopped",
    "ImportFileInvalid",
    "ImportResult",
    "ImportStopped",
    "ImportTargetProblem",
    "OpenExportService",
    "check_import",
    "import_vault",
]
