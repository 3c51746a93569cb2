"""The subject access bundle (UK GDPR Art. 15, the right of access): everything the vault
holds about one client, as a readable PDF and as the open export's JSON holding only them,
written together into a new private folder, whole or not at all, and recorded in the audit
trail (the client's id and "file"; never the folder).

What belongs to the client is read through the open export's registry
(``storage/open_format.py``), so a table added to the export reaches the bundle too: their
record with everything under it (identity, redaction list, sessions with their notes,
amendments, drafts and moves, contracts and clauses, boundaries and events, risks and
reviews, scores, reflections, ruptures, flags set aside, retention holds); the practice
breaks that fell in their time with the practice or moved one of their sessions; the
supervision sessions that discussed them (the other clients discussed left out); the
practitioner's own measures their scores use; and the audit entries that name one of their
records. The practice profile and the retention policy come too: who holds the records and
how long they are kept are part of what a client is entitled to know.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from counsel_desk.domain.audit import AuditKind
from counsel_desk.domain.clients import Client
from counsel_desk.domain.document import Document
from counsel_desk.domain.errors import EXIT_OTHER, CounselDeskError, ValidationError
from counsel_desk.domain.i18n import QT_TRANSLATE_NOOP, phrase
from counsel_desk.services.contracts import ContractService
from counsel_desk.services.open_export import OpenExportService, disk_sentence, layout
from counsel_desk.services.subject_access_document import bundle_document
from counsel_desk.storage.audit import AuditLog
from counsel_desk.storage.clients import ClientRepository
from counsel_desk.storage.files import atomic_folder
from counsel_desk.storage.open_format import CLIENT, PARTS, Part
from counsel_desk.storage.vault import Vault

NOT_ENCRYPTED = (
    "The bundle is not encrypted: anyone who can open its folder can read everything you "
    "hold about this client. Read it through before you send it, keep it somewhere only you "
    "can reach, and delete it once it has been given."
)

# Which record an audit detail's key names, by the table its id belongs to.
_DETAIL_TABLES: dict[str, str] = {
    "client": "clients",
    "from_client": "clients",
    "session": "sessions",
    "first_session": "sessions",
    "to_session": "sessions",
    "from_session": "sessions",
    "note": "notes",
    "amendment": "note_amendments",
    "contract": "contract_versions",
    "superseded_by": "contract_versions",
    "boundary": "client_boundaries",
    "event": "boundary_events",
    "risk": "risk_entries",
    "score": "scores",
    "reflection": "reflections",
    "rupture": "ruptures",
    "term": "redaction_terms",
    "supervision": "supervision_sessions",
}


class BundleProblem(CounselDeskError):
    """The bundle could not be written where asked (exit 1); nothing was left there."""

    exit_code = EXIT_OTHER


class BundleStopped(CounselDeskError):
    """Stopped before the folder took its name: nothing was left there."""

    exit_code = EXIT_OTHER
    default_message = QT_TRANSLATE_NOOP(
        "errors", "The subject access bundle was stopped; nothing was written."
    )


@dataclass(frozen=True)
class Bundle:
    """One client's bundle, ready to write: ``values`` are the subset's top-level parts."""

    client_id: int
    code: str
    made: dt.datetime
    values: dict[str, Any]
    document: Document

    @property
    def file_stem(self) -> str:
        """``subject-access-<code>``, the code in letters, digits, ``-`` and ``_`` only."""
        safe = re.sub(r"[^A-Za-z0-9_-]+", "-", self.code).strip("-") or "client"
        return f"subject-access-{safe}"

    @property
    def folder_name(self) -> str:
        return f"{self.file_stem}-{self.made.date().isoformat()}"

    def json_chunks(self) -> Iterator[bytes]:
        return layout(lambda part: self.values[part.key])


def _ids(part: Part, record: dict[str, Any], into: dict[str, set[Any]]) -> None:
    """Every id under ``record``, by table."""
    if "id" in record and not part.single:
        into.setdefault(part.table, set()).add(record["id"])
    for child in part.children:
        value = record.get(child.key)
        for item in [value] if child.single else value or []:
            if item is not None:
                _ids(child, item, into)


def _about(detail: dict[str, Any], ids: dict[str, set[Any]]) -> bool:
    return any(
        key in _DETAIL_TABLES and value in ids.get(_DETAIL_TABLES[key], ())
        for key, value in detail.items()
    )


class SubjectAccessService:
    def __init__(self, vault: Vault, contracts: ContractService | None = None) -> None:
        self._vault = vault
        self._contracts = contracts
        self._work = vault.work
        self._clients = ClientRepository(vault.conn)
        self._open = OpenExportService(vault)
        self._audit = AuditLog(vault.conn)

    @property
    def is_open(self) -> bool:
        """Whether the vault is still unlocked (a window's work may outlive a lock)."""
        return self._vault.is_open

    def client_by_code(self, code: str) -> Client:
        client = self._clients.by_code(code)
        if client is None:
            raise ValidationError(
                phrase(
                    QT_TRANSLATE_NOOP("errors", "There is no client with the code {code}."),
                    code=code.strip(),
                )
            )
        return client

    # --- gathering ------------------------------------------------------------------------
    def bundle(self, client_id: int, now: dt.datetime | None = None) -> Bundle:
        """Everything held about the client, as the subset and as its document."""
        made = now or dt.datetime.now()
        client = self._clients.get(client_id)  # an unknown id: the repository's sentence
        record = self._open.record(CLIENT, client_id)
        if record is None:  # removed between the two reads
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "That client is no longer in the vault.")
            )
        ids: dict[str, set[Any]] = {}
        _ids(CLIENT, record, ids)
        values: dict[str, Any] = {}
        for part in PARTS:
            if part.single:
                values[part.key] = next(self._open.records(part), None)
            elif part is CLIENT:
                values[part.key] = [record]
            else:
                values[part.key] = list(self._select(part, record, ids))
        copies = {}
        if self._contracts is not None:
            for version in record["contract_versions"]:
                number = version["number"]
                try:
                    copies[number] = self._contracts.document(
                        client_id, number, named=True, printed_at=made
                    )[1]
                except CounselDeskError:  # a copy cannot be made: its clauses as stored
                    continue
        document = bundle_document(values, client, made, copies)
        return Bundle(client_id, client.code, made, values, document)

    def _select(
        self, part: Part, record: dict[str, Any], ids: dict[str, set[Any]]
    ) -> Iterator[dict[str, Any]]:
        client_id = record["id"]
        if part.key == "measures":
            used = {score["measure_id"] for score in record["scores"]}
            yield from (m for m in self._open.records(part) if m["id"] in used)
        elif part.key == "practice_breaks":
            moved = {s["break_id"] for s in record["sessions"] if s["break_id"] is not None}
            first = record["start_date"] or record["created_at"][:10]
            last = record["end_date"] or "9999-12-31"
            for row in self._open.records(part):
                if row["id"] in moved or (row["first_day"] <= last and row["last_day"] >= first):
                    yield row
        elif part.key == "supervision_sessions":
            for row in self._open.records(part):
                mine = [c for c in row["clients"] if c["client_id"] == client_id]
                if mine:
                    ids.setdefault("supervision_sessions", set()).add(row["id"])
                    yield {**row, "clients": mine}  # the others discussed are left out
        elif part.key == "audit":
            for row in self._open.records(part):
                if _about(_detail(row["detail"]), ids):
                    yield row
        # note_templates: the practitioner's own, about no one

    # --- writing --------------------------------------------------------------------------
    def write(
        self,
        bundle: Bundle,
        directory: Path,
        pdf: bytes,
        cancelled: Callable[[], bool] | None = None,
    ) -> Path:
        """Write the bundle's PDF and JSON into a new folder under ``directory`` (0700, the
        files 0600), whole or not at all; its audit entry is recorded just before the folder
        takes its name. Returns the folder. ``cancelled`` is asked before each file and each
        piece of one, and last before the audit entry: once it answers yes, the half-made
        folder is removed and ``BundleStopped`` raised (nothing written, nothing recorded)."""
        directory = check_folder(directory)
        target = _free_name(directory / bundle.folder_name)

        def go_on() -> None:
            if cancelled is not None and cancelled():
                raise BundleStopped()

        def checked(chunks: Iterable[bytes]) -> Iterator[bytes]:
            go_on()  # before the file is begun
            for chunk in chunks:
                go_on()
                yield chunk

        go_on()
        files = {
            f"{bundle.file_stem}.pdf": checked((pdf,)),
            f"{bundle.file_stem}.json": checked(bundle.json_chunks()),
        }

        def record() -> None:
            go_on()
            with self._work:
                self._audit.record(
                    AuditKind.SUBJECT_ACCESS_WRITTEN, client=bundle.client_id, to="file"
                )

        try:
            atomic_folder(target, files, before_replace=record)
        except OSError as exc:
            raise BundleProblem(
                disk_sentence(
                    exc, directory, QT_TRANSLATE_NOOP("errors", "The subject access bundle")
                )
            ) from exc
        return target


def check_folder(directory: Path) -> Path:
    """``directory`` as an absolute path, if a bundle can be written there; else the
    sentence saying why (nothing is written)."""
    directory = Path(directory).expanduser().absolute()
    if directory.exists() and not directory.is_dir():
        raise BundleProblem(
            phrase(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "{directory} is a file, not a folder; choose the folder to "
                    "make the bundle in. Nothing was written.",
                ),
                directory=directory,
            )
        )
    if not directory.is_dir():
        raise BundleProblem(
            phrase(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The folder {directory} does not exist; choose another "
                    "place. Nothing was written.",
                ),
                directory=directory,
            )
        )
    if not os.access(directory, os.W_OK | os.X_OK):
        raise BundleProblem(
            phrase(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The folder {directory} cannot be written to (it is "
                    "read-only or not yours); choose another place. Nothing was "
                    "written.",
                ),
                directory=directory,
            )
        )
    return directory


def _detail(text: str) -> dict[str, Any]:
    import json

    value = json.loads(text)
    return value if isinstance(value, dict) else {}


def _free_name(target: Path) -> Path:
    """``target``, or ``target-2``, ``-3`` … if a bundle was made there today already."""
    candidate, n = target, 1
    while candidate.exists():
        n += 1
        candidate = target.with_name(f"{target.name}-{n}")
    return candidate
