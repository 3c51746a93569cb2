"""The open export and import: the whole vault as a documented, versioned JSON file
(docs/export-format.schema.json), and that file made into a new vault.

The export streams a client at a time to a private temp file that takes its name only
once whole (and once its audit entry is recorded). The import checks the whole file first
(``open_check``), then writes it in the one transaction that makes the new vault: any
failure leaves no vault and no folder it made.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from counsel_desk.domain.audit import AuditKind
from counsel_desk.domain.errors import EXIT_OTHER, EXIT_USAGE, CounselDeskError
from counsel_desk.domain.measure_files import shipped_measures
from counsel_desk.services.open_check import ExportChecker
from counsel_desk.services.open_reader import ImportFileInvalid, open_file, read_fields
from counsel_desk.storage.audit import AuditLog
from counsel_desk.storage.db import Connection
from counsel_desk.storage.files import atomic_stream
from counsel_desk.storage.open_format import (
    CLIENT,
    FORMAT_NAME,
    FORMAT_VERSION,
    PARTS,
    OpenFormatTables,
    Part,
    open_schema_only,
)
from counsel_desk.storage.vault import Vault

NOT_ENCRYPTED = (
    "The export is not encrypted: anyone who can open the file can read every client's "
    "records. Keep it somewhere only you can reach, and delete it when you no longer need it."
)

Progress = Callable[[int, int], None]


class ExportFileProblem(CounselDeskError):
    exit_code = EXIT_OTHER


class ImportTargetProblem(CounselDeskError):
    exit_code = EXIT_USAGE


def _dump(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


class OpenExportService:
    def __init__(self, vault: Vault) -> None:
        self._vault = vault
        self._tables = OpenFormatTables(vault.conn)

    # --- reading ----------------------------------------------------------------------
    def _record(self, part: Part, row: dict[str, Any]) -> dict[str, Any]:
        for child in part.children:
            rows = (self._record(child, r) for r in self._tables.rows(child, row["id"]))
            row[child.key] = next(rows, None) if child.single else list(rows)
        return row

    def records(self, part: Part) -> Iterator[dict[str, Any]]:
        """A top-level part's records, each with its children, as the file holds them."""
        for row in self._tables.rows(part):
            yield self._record(part, row)

    def record(self, part: Part, row_id: int) -> dict[str, Any] | None:
        """One top-level record with its children, as the file holds it; None if absent."""
        row = self._tables.row(part, row_id)
        return None if row is None else self._record(part, row)

    def chunks(self, progress: Progress | None = None) -> Iterator[bytes]:
        """The export's bytes, a record at a time (a whole client per line)."""
        total = self._vault.conn.execute("SELECT count(*) FROM clients").fetchone()[0]

        def values(part: Part) -> Any:
            if part.single:
                return next(self._tables.rows(part), None)
            return self.records(part)

        return layout(values, progress, total)

    def export(self, path: Path, progress: Progress | None = None) -> Path:
        """Write the export to ``path`` (replacing a file of that name), whole or not at all,
        0600; recorded in the audit trail (format and "file", never the path)."""
        path = Path(path).expanduser().absolute()
        folder = path.parent
        if not folder.is_dir():
            raise ExportFileProblem(
                f"The folder {folder} does not exist; choose another place. Nothing was written."
            )
        if path.is_dir():
            raise ExportFileProblem(f"{path} is a folder; give a file name. Nothing was written.")
        if not os.access(folder, os.W_OK):
            raise ExportFileProblem(
                f"The folder {folder} cannot be written to (it is read-only or not yours); "
                "choose another place. Nothing was written."
            )

        def record() -> None:
            with self._vault.work:
                AuditLog(self._vault.conn).record(
                    AuditKind.VAULT_EXPORTED, format="json", to="file"
                )

        try:
            atomic_stream(path, self.chunks(progress), before_replace=record)
        except OSError as exc:
            raise ExportFileProblem(disk_sentence(exc, folder)) from exc
        return path


def layout(
    values: Callable[[Part], Any], progress: Progress | None = None, total: int = 0
) -> Iterator[bytes]:
    """The bytes of a file in the export's format: ``values(part)`` gives each top-level
    part's object (a single part) or its records (an iterable), read as they are written.
    The full export and a subject access bundle's subset are both written by this."""
    yield f'{{"format":"{FORMAT_NAME}","format_version":{FORMAT_VERSION}'.encode()
    for part in PARTS:
        value = values(part)
        if part.single:
            yield f',\n"{part.key}":{_dump(value)}'.encode()
            continue
        yield f',\n"{part.key}":['.encode()
        for index, record in enumerate(value):
            sep = "\n" if index == 0 else ",\n"
            yield (sep + _dump(record)).encode()
            if part is CLIENT and progress is not None:
                progress(index + 1, total)
        yield b"]"
    yield b"}\n"


def disk_sentence(exc: OSError, folder: Path, what: str = "The export") -> str:
    """Why ``what`` could not be written to ``folder``, in one sentence."""
    import errno

    if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        why = "the disk is full"
    elif exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        why = "the folder cannot be written to"
    else:
        why = exc.strerror or "the disk refused it"
    return (
        f"{what} could not be written to {folder}: {why}. Nothing was left there; free "
        "some space or choose another place."
    )


# --- import ---------------------------------------------------------------------------
@dataclass(frozen=True)
class ImportResult:
    recovery_key: str
    counts: dict[str, int]


def _walk(path: Path, tables: OpenFormatTables) -> Iterator[tuple[Part, Any, ExportChecker]]:
    catalogue = {m.id: m for m in shipped_measures().measures}
    checker = ExportChecker(tables, catalogue.get)
    with open_file(path) as fp:
        fields = read_fields(fp)
        checker.header(fields)
        for part, value in checker.sections(fields):
            yield part, value, checker


def check_import(path: Path) -> dict[str, int]:
    """Read the whole file and check it; returns how many records of each table it holds.
    Raises ``ImportFileInvalid`` (a sentence naming the place) at the first problem."""
    conn = open_schema_only()
    try:
        tables = OpenFormatTables(conn)
        counts: dict[str, int] = {}
        for part, value, checker in _walk(Path(path), tables):
            if not part.single:
                for _ in value:
                    pass
            counts = checker.counts
        return dict(counts)
    finally:
        conn.close()


def require_new_folder(folder: Path) -> None:
    folder = Path(folder)
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        raise ImportTargetProblem(
            f"{folder} is not an empty folder: an import makes a new vault, so give a folder "
            "that does not exist yet or is empty."
        )


def import_vault(
    path: Path, folder: Path, passphrase: str | bytearray, *, kdf: Any = None
) -> ImportResult:
    """Check ``path`` whole, then make a new vault in ``folder`` holding it, in one
    transaction. ``folder`` must not exist or be empty; on any failure it is left as it was."""
    path, folder = Path(path), Path(folder)
    require_new_folder(folder)
    counts = check_import(path)

    def fill(conn: Connection) -> None:
        tables = OpenFormatTables(conn)
        lifted = tables.begin_import()
        for part, value, _checker in _walk(path, tables):
            items: Iterable[Any] = [value] if part.single else value
            for row in items:
                if row is not None:
                    _insert(tables, part, row, None)
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
    "NOT_ENCRYPTED",
    "ExportFileProblem",
    "ImportFileInvalid",
    "ImportResult",
    "ImportTargetProblem",
    "OpenExportService",
    "check_import",
    "import_vault",
]
