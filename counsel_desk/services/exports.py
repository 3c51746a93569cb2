"""What leaves the vault: a note as a document to print or save, and the audit entry that
says it left (what, when, where — never the words).

The document names the client by code only, never by name. It is plain data
(``domain.document``); ``render`` writes it as PDF, HTML or Markdown or prints it.
"""

from __future__ import annotations

import datetime as dt
import re

from counsel_desk.domain.audit import AuditKind
from counsel_desk.domain.document import (
    Block,
    Document,
    ExportFormat,
    Heading,
    Paragraph,
    Rule,
    Span,
)
from counsel_desk.domain.markup import note_blocks
from counsel_desk.domain.notes import Note, NoteFlag
from counsel_desk.domain.preferences import Jurisdiction
from counsel_desk.domain.sessions import Session
from counsel_desk.storage.audit import AuditLog
from counsel_desk.storage.clients import ClientRepository
from counsel_desk.storage.notes import NoteRepository
from counsel_desk.storage.sessions import SessionRepository
from counsel_desk.storage.vault import Vault

_UNSAFE_IN_NAME = re.compile(r"[^A-Za-z0-9 ._-]+")


def when(at: dt.datetime) -> str:
    """A time as the practitioner reads it (UTC times shown on their own clock)."""
    local = at.astimezone().replace(tzinfo=None) if at.tzinfo else at
    return f"{local:%a} {local.day} {local:%b %Y}, {local:%H:%M}"


def note_document(
    note: Note,
    session: Session,
    client_code: str,
    *,
    printed_at: dt.datetime,
    jurisdiction: Jurisdiction = Jurisdiction.UK,
) -> Document:
    """A note as it reads on paper: the record's facts, the text, then every amendment."""
    kind = note.kind.label(jurisdiction)
    end = session.end
    facts: list[tuple[str, str]] = [
        ("Client", client_code),
        (
            "Session",
            f"{when(session.start)}–{end:%H:%M} · {session.modality.label} · "
            f"{session.status.label}",
        ),
    ]
    if note.title:
        facts.append(("Title", note.title))
    if note.is_final and note.finalised_at is not None:
        facts.append(("Status", f"Finalised {when(note.finalised_at)}"))
    else:
        facts.append(("Status", f"Draft, not finalised (last saved {when(note.updated_at)})"))
    if note.amendments:
        count = len(note.amendments)
        facts.append(("Amendments", f"{count} (below the original text)"))
    flags = []
    if note.risk_flag:
        flags.append(NoteFlag.RISK.label)
    if note.supervision_flag:
        flags.append(NoteFlag.SUPERVISION.label)
    if flags:
        facts.append(("Flags", "; ".join(flags)))
    if note.supervision_question:
        facts.append(("Question for supervision", note.supervision_question))
    if note.tags:
        facts.append(("Tags", ", ".join(note.tags)))

    blocks: list[Block] = list(note_blocks(note.body, base_level=2))
    if not blocks:
        blocks.append(Paragraph((Span("(This note has no text.)", emphasis=True),)))
    if note.amendments:
        blocks += [Rule(), Heading("Amendments", 2)]
        for number, amendment in enumerate(note.amendments, start=1):
            blocks.append(Heading(f"Amendment {number} — {when(amendment.at)}", 3))
            blocks.append(Paragraph((Span("Reason: ", strong=True), Span(amendment.reason))))
            blocks += note_blocks(amendment.body, base_level=4)
    return Document(
        title=f"{kind} — {client_code}",
        metadata=tuple(facts),
        blocks=tuple(blocks),
        footer=f"Confidential · {client_code} · {kind} · printed {when(printed_at)}",
    )


def suggested_file_name(
    note: Note,
    session: Session,
    client_code: str,
    jurisdiction: Jurisdiction = Jurisdiction.UK,
) -> str:
    """A file name with the code, the date and the kind of note: never a name or a title."""
    stem = f"{client_code} {session.start:%Y-%m-%d} {note.kind.label(jurisdiction).lower()}"
    return _UNSAFE_IN_NAME.sub("-", stem).strip(" .-") or "note"


class ExportService:
    """Documents of notes, and the audit entries for printing and saving them."""

    def __init__(self, vault: Vault) -> None:
        self._work = vault.work
        self._audit = AuditLog(vault.conn)
        self._notes = NoteRepository(vault.conn)
        self._sessions = SessionRepository(vault.conn)
        self._clients = ClientRepository(vault.conn)

    def _parts(self, note_id: int) -> tuple[Note, Session, str]:
        note = self._notes.get(note_id)
        session = self._sessions.get(note.session_id)
        return note, session, self._clients.get(note.client_id).code

    def note_document(
        self,
        note_id: int,
        *,
        printed_at: dt.datetime | None = None,
        jurisdiction: Jurisdiction = Jurisdiction.UK,
    ) -> Document:
        note, session, code = self._parts(note_id)
        printed_at = printed_at or dt.datetime.now()
        return note_document(note, session, code, printed_at=printed_at, jurisdiction=jurisdiction)

    def suggested_file_name(
        self, note_id: int, jurisdiction: Jurisdiction = Jurisdiction.UK
    ) -> str:
        return suggested_file_name(*self._parts(note_id), jurisdiction)

    def record_saved(self, note_id: int, fmt: ExportFormat, where: str) -> None:
        """Audit: this note left the vault as a file, in this format. ``where`` (the path)
        is not kept: a folder or a file name can name a client, and the audit trail keeps
        ids and codes only."""
        with self._work:
            self._audit.record(AuditKind.NOTE_EXPORTED, note=note_id, format=fmt.value, to="file")

    def record_printed(self, note_id: int, printer: str) -> None:
        """Audit: this note was sent to a printer. The printer's name is not kept (it is
        text someone chose)."""
        with self._work:
            self._audit.record(AuditKind.NOTE_PRINTED, note=note_id, to="printer")
