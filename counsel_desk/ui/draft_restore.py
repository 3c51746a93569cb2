"""After a crash: text that was autosaved but never saved into its note goes back into the
note, and the practitioner is told which clients' notes to read through.

A draft is left as it is when its note changed after the text was typed (``stale``): the
editor shows it, marked "Draft, autosaved", when that note is next opened.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from counsel_desk.domain.errors import CounselDeskError

if TYPE_CHECKING:
    from counsel_desk.services.notes import NoteService

log = logging.getLogger(__name__)


def restore_drafts(notes: NoteService) -> str | None:
    """Put unsaved text back into its notes; the sentence that says so, or None if there was
    nothing to put back. Names clients by code only."""
    pending = notes.pending_drafts()
    if not pending:
        return None
    for draft in pending:
        if draft.stale:
            continue
        try:
            notes.restore_draft(draft.note_id)
        except CounselDeskError:
            log.info("draft for note %s could not be restored", draft.note_id)
    codes = ", ".join(sorted({d.client_code for d in pending}))
    count = len(pending)
    if count == 1:
        said = QCoreApplication.translate(
            "draft_restore",
            "Counsel Desk closed without saving last time. Unsaved text was restored in "
            "{count} note ({codes}); please read it through.",
        )
    else:
        said = QCoreApplication.translate(
            "draft_restore",
            "Counsel Desk closed without saving last time. Unsaved text was restored in "
            "{count} notes ({codes}); please read them through.",
        )
    return said.format(count=count, codes=codes)
