"""Writing notes: drafts, autosave, finalise, amend, and the details beside the text.

Each use case is one unit of work with its audit entry (ids and kinds only, never note
text). Lists return summaries without the text; the text is loaded one note at a time with
``get``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from counsel_desk.domain.audit import AuditKind
from counsel_desk.domain.errors import ValidationError
from counsel_desk.domain.i18n import QT_TRANSLATE_NOOP
from counsel_desk.domain.notes import (
    Draft,
    HistoryEntry,
    Note,
    NoteDetails,
    NoteFinalised,
    NoteKind,
    NoteStatus,
    NoteSummary,
    PendingDraft,
    UnsavedDraft,
    history,
    validate_amendment,
    validate_move_reason,
    validate_text,
)
from counsel_desk.services.templates import TemplateService
from counsel_desk.storage.audit import AuditLog
from counsel_desk.storage.drafts import DraftRepository
from counsel_desk.storage.errors import NotFound
from counsel_desk.storage.notes import NoteRepository
from counsel_desk.storage.risks import RiskRepository
from counsel_desk.storage.sessions import SessionRepository
from counsel_desk.storage.vault import Vault


class NoteService:
    def __init__(self, vault: Vault, templates: TemplateService | None = None) -> None:
        self._work = vault.work
        self._repo = NoteRepository(vault.conn)
        self._drafts = DraftRepository(vault.conn)
        self._sessions = SessionRepository(vault.conn)
        self._risks = RiskRepository(vault.conn)
        self._audit = AuditLog(vault.conn)
        self._templates = templates or TemplateService(vault)

    # --- reading -----------------------------------------------------------------------
    def get(self, note_id: int) -> Note:
        return self._repo.get(note_id)

    def summary(self, note_id: int) -> NoteSummary:
        """One note's row for the lists (no text)."""
        rows = self._repo.summaries(note_id=note_id, limit=1)
        if not rows:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "That note no longer exists."))
        return rows[0]

    def for_session(self, session_id: int) -> list[NoteSummary]:
        return self._repo.summaries(session_id=session_id)

    def for_client(self, client_id: int, *, limit: int = 500, offset: int = 0) -> list[NoteSummary]:
        """Newest session first; page with ``limit``/``offset`` for lazy lists."""
        return self._repo.summaries(client_id=client_id, limit=limit, offset=offset)

    def unfinished(self, limit: int = 50) -> list[NoteSummary]:
        """Notes not yet finalised, oldest change first."""
        return self._repo.summaries(status=NoteStatus.DRAFT, limit=limit)

    def count(self, client_id: int | None = None) -> int:
        return self._repo.count(client_id)

    def history(self, note_id: int) -> list[HistoryEntry]:
        """The original text and every amendment after it, oldest first."""
        return history(self._repo.get(note_id))

    def tags(self) -> list[tuple[str, int]]:
        """Every tag in use and how many notes carry it."""
        return self._repo.all_tags()

    # --- writing a draft ---------------------------------------------------------------
    def create(
        self,
        session_id: int,
        template_id: str | None = None,
        *,
        kind: NoteKind | None = None,
        title: str = "",
    ) -> Note:
        """A new draft note for a session, its text started from a template if one is given."""
        template = self._templates.get(template_id) if template_id else None
        kind = kind or (template.kind if template else NoteKind.SESSION)
        title, body = validate_text(title, template.body if template else "")
        with self._work:
            self._sessions.get(session_id)  # NotFound with a sentence if it vanished
            note_id = self._repo.create(session_id, kind, title, body, template_id)
        return self._repo.get(note_id)

    def save(self, note_id: int, body: str, title: str | None = None) -> Note:
        """Save a draft's text (and drop its autosaved copy). A finalised note refuses."""
        with self._work:
            current = self._repo.get(note_id)
            if current.is_final:
                raise NoteFinalised()
            title, body = validate_text(current.title if title is None else title, body)
            self._repo.save(note_id, title, body)
        return self._repo.get(note_id)

    def autosave_draft(
        self,
        note_id: int,
        body: str,
        cursor: int = 0,
        *,
        title: str | None = None,
        base_revision: int | None = None,
    ) -> None:
        """Keep the editor's unsaved text: one INSERT OR REPLACE in one BEGIN IMMEDIATE,
        called about once a second."""
        with self._work:
            kept = self._drafts.put(note_id, title, body, max(0, cursor), base_revision)
        if kept:
            return
        if self._repo.status(note_id) is NoteStatus.FINAL:  # NotFound if it vanished
            raise NoteFinalised()

    def get_draft(self, note_id: int) -> Draft | None:
        return self._drafts.get(note_id)

    def pending_drafts(self) -> list[PendingDraft]:
        """Autosaved text that differs from its note's saved text: offer it back on unlock."""
        return self._drafts.pending()

    def restore_draft(self, note_id: int) -> Note:
        """Save a pending draft's text into its note."""
        draft = self._drafts.get(note_id)
        if draft is None:
            return self._repo.get(note_id)
        return self.save(note_id, draft.body, draft.title)

    def discard_draft(self, note_id: int) -> None:
        with self._work:
            self._drafts.discard(note_id)

    def delete(self, note_id: int) -> None:
        """Delete a draft note. Finalised notes are kept: amend them instead."""
        with self._work:
            if self._repo.status(note_id) is NoteStatus.FINAL:
                raise NoteFinalised(
                    QT_TRANSLATE_NOOP(
                        "errors", "A finalised note cannot be deleted; add an amendment instead."
                    )
                )
            self._repo.delete(note_id)
            self._audit.record(AuditKind.NOTE_DELETED, note=note_id)

    # --- finalising and amending -------------------------------------------------------
    def finalise(self, note_id: int, body: str | None = None, title: str | None = None) -> Note:
        """Lock a note with the time; with ``body`` given, save it first. The text, the
        lock and the audit entry are one unit of work: a refusal leaves the note as it was."""
        with self._work:
            if body is not None:
                self.save(note_id, body, title)
            note = self._repo.get(note_id)
            if note.is_final:
                raise NoteFinalised(QT_TRANSLATE_NOOP("errors", "This note is already finalised."))
            draft = self._drafts.get(note_id)
            if draft is not None and (draft.body, draft.title) != (note.body, note.title):
                raise UnsavedDraft()
            if not note.body.strip():
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "errors", "An empty note cannot be finalised; write something first."
                    )
                )
            self._repo.finalise(note_id)
            self._audit.record(AuditKind.NOTE_FINALISED, note=note_id)
        return self._repo.get(note_id)

    def amend(self, note_id: int, text: str, reason: str) -> Note:
        """Append a dated amendment to a finalised note; the original stays as it was."""
        text, reason = validate_amendment(text, reason)
        with self._work:
            amendment_id = self._repo.amend(note_id, text, reason)
            self._audit.record(AuditKind.NOTE_AMENDED, note=note_id, amendment=amendment_id)
        return self._repo.get(note_id)

    # --- filed in error ------------------------------------------------------------------
    def move(self, note_id: int, to_session_id: int, reason: str) -> Note:
        """Move a note filed under the wrong client to the right client's session, with the
        reason. The note keeps its text, amendments and search entry; the wrong client's
        record, searches and copies no longer hold it, and risk entries logged from it go
        with it. The audit trail says which note moved from where to where, never why."""
        reason = validate_move_reason(reason)
        with self._work:
            note = self._repo.get(note_id)
            target = self._sessions.get(to_session_id)
            if target.client_id == note.client_id:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "The note is already filed under this client; choose a session of the "
                        "client it belongs to.",
                    )
                )
            from_session, from_client, to_client = self._repo.move(note_id, target.id, reason)
            self._risks.move_with_note(note_id, to_client)
            self._audit.record(
                AuditKind.NOTE_MOVED,
                note=note_id,
                from_session=from_session,
                from_client=from_client,
                to_session=target.id,
                client=to_client,
            )
        return self._repo.get(note_id)

    # --- details: kind, template, flags, question, tags ---------------------------------
    def set_details(self, note_id: int, details: NoteDetails) -> Note:
        """Store what the editor holds besides the text, writing only what changed.

        Flags, tags and the question may change on a finalised note (they index it, they do
        not rewrite it), and such a change is audited; its kind and template may not.
        """
        details = details.normalised()
        with self._work:
            note = self._repo.get(note_id)
            before = note.details
            if details == before:
                return note
            of_record = (details.kind, details.template_id) != (before.kind, before.template_id)
            if of_record and note.is_final:
                raise NoteFinalised()
            if of_record and details.template_id is not None:
                self._templates.get(details.template_id)  # a sentence if it is not available
            self._repo.set_details(note_id, details, of_record=of_record)
            if note.is_final:
                flags = (before.risk_flag, before.supervision_flag, before.supervision_question)
                now = (details.risk_flag, details.supervision_flag, details.supervision_question)
                if flags != now:
                    self._audit.record(AuditKind.NOTE_FLAGS_CHANGED, note=note.id)
                if before.tags != details.tags:
                    self._audit.record(AuditKind.NOTE_TAGS_CHANGED, note=note.id)
        return self._repo.get(note_id)

    def set_flags(
        self,
        note_id: int,
        *,
        risk: bool | None = None,
        supervision: bool | None = None,
        question: str | None = None,
    ) -> Note:
        details = self._repo.get(note_id).details
        return self.set_details(
            note_id,
            replace(
                details,
                risk_flag=details.risk_flag if risk is None else bool(risk),
                supervision_flag=(
                    details.supervision_flag if supervision is None else bool(supervision)
                ),
                supervision_question=(
                    details.supervision_question if question is None else question
                ),
            ),
        )

    def set_tags(self, note_id: int, tags: Iterable[str]) -> Note:
        details = self._repo.get(note_id).details
        return self.set_details(note_id, replace(details, tags=tuple(tags)))
