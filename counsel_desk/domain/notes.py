"""Session notes, their amendments and drafts, templates and search hits. Pure: no SQL, no Qt.

A note is a draft until it is finalised (signed); from then on its text never changes, and
later corrections are amendments appended with their time, the original kept beside them.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from enum import StrEnum

from counsel_desk.domain.errors import CounselDeskError, ValidationError
from counsel_desk.domain.i18n import QT_TRANSLATE_NOOP, Marked, Phrase, phrase
from counsel_desk.domain.preferences import Jurisdiction

MAX_TITLE = 200
MAX_BODY = 1_000_000
MAX_TAG = 40
MAX_TAGS = 20
MAX_QUESTION = 2_000

# Around each matched word in a search snippet; private-use characters never typed by hand.
MATCH_START = "\ue000"
MATCH_END = "\ue001"


class NoteFinalised(CounselDeskError):
    default_message = QT_TRANSLATE_NOOP(
        "errors", "This note is finalised, so it cannot be changed; add an amendment instead."
    )


class NoteNotFinal(CounselDeskError):
    default_message = QT_TRANSLATE_NOOP(
        "errors", "Only a finalised note can be amended; edit the draft instead."
    )


class UnsavedDraft(CounselDeskError):
    default_message = QT_TRANSLATE_NOOP(
        "errors", "This note has unsaved text; save it before finalising."
    )


class SearchQueryError(CounselDeskError):
    default_message = QT_TRANSLATE_NOOP(
        "errors", "That search could not be understood; try plain words."
    )


class NoteKind(StrEnum):
    SESSION = "session"  # the clinical record
    PROCESS = "process"  # the practitioner's own reflections

    def label(self, jurisdiction: Jurisdiction = Jurisdiction.UK) -> Marked:
        if self is NoteKind.SESSION:
            return QT_TRANSLATE_NOOP("NoteKind", "Session note")
        return process_note_label(jurisdiction)


class NoteStatus(StrEnum):
    DRAFT = "draft"
    FINAL = "final"

    @property
    def label(self) -> Marked:
        return {
            "draft": QT_TRANSLATE_NOOP("NoteStatus", "Draft"),
            "final": QT_TRANSLATE_NOOP("NoteStatus", "Finalised"),
        }[self.value]


class SaveState(StrEnum):
    """Where a note's text stands, in the words the editor, the note list and Today all use.

    ``AUTOSAVED``: a draft whose latest text is kept in its autosave row (safe in the vault,
    not yet written into the note, so not yet searchable). ``SAVED``: a draft whose text is
    the note's own. ``FINALISED``: signed; only amendments follow.
    """

    AUTOSAVED = "autosaved"
    SAVED = "saved"
    FINALISED = "finalised"

    @classmethod
    def of(cls, status: NoteStatus, has_draft: bool) -> SaveState:
        if status is NoteStatus.FINAL:
            return cls.FINALISED
        return cls.AUTOSAVED if has_draft else cls.SAVED

    @property
    def label(self) -> Marked:
        return {
            "autosaved": QT_TRANSLATE_NOOP("SaveState", "Draft, autosaved"),
            "saved": QT_TRANSLATE_NOOP("SaveState", "Draft, saved"),
            "finalised": QT_TRANSLATE_NOOP("SaveState", "Finalised"),
        }[self.value]


class NoteFlag(StrEnum):
    RISK = "risk"
    SUPERVISION = "supervision"

    @property
    def label(self) -> Marked:
        return {
            "risk": QT_TRANSLATE_NOOP("NoteFlag", "Risk"),
            "supervision": QT_TRANSLATE_NOOP("NoteFlag", "Bring to supervision"),
        }[self.value]


def process_note_label(jurisdiction: Jurisdiction) -> Marked:
    if jurisdiction is Jurisdiction.US:
        return QT_TRANSLATE_NOOP("NoteKind", "Psychotherapy note")
    return QT_TRANSLATE_NOOP("NoteKind", "Process note")


def process_note_explanation(jurisdiction: Jurisdiction) -> Marked:
    """The honest sentences shown beside a process note. Never promise UK clients won't see
    it; never promise US clients' access is barred where it is not."""
    if jurisdiction is Jurisdiction.US:
        return QT_TRANSLATE_NOOP(
            "notes",
            "Psychotherapy notes (45 CFR 164.501) apply only where you are a HIPAA covered "
            "entity and keep them apart from the rest of the record: then the client's right "
            "of access does not reach them (45 CFR 164.524(a)(1)(i)), though state law may "
            "give clients more access. Keep diagnosis, plan and progress summaries in session "
            "notes. Write as if the client may one day read this.",
        )
    if jurisdiction is Jurisdiction.OTHER:
        return QT_TRANSLATE_NOOP(
            "notes",
            "Process notes are your own reflections, but in many places they are still part "
            "of what you hold about the client, and the client may be able to ask to see "
            "them: check what the law where you practise says.",
        )
    return QT_TRANSLATE_NOOP(
        "notes",
        "Process notes are your own reflections, but they are still the client's personal "
        "data: they are included in a subject access request unless an exemption applies. "
        "The exemptions are narrow, so take advice before relying on one; courts and "
        "coroners can order notes to be produced. Write as if the client may one day read "
        "this.",
    )


@dataclass(frozen=True)
class Amendment:
    id: int
    note_id: int
    body: str
    reason: str
    at: dt.datetime  # UTC


@dataclass(frozen=True)
class Note:
    id: int
    session_id: int
    client_id: int
    kind: NoteKind
    title: str
    body: str
    status: NoteStatus
    revision: int
    created_at: dt.datetime  # UTC
    updated_at: dt.datetime  # UTC
    finalised_at: dt.datetime | None = None
    template_id: str | None = None
    risk_flag: bool = False
    supervision_flag: bool = False
    supervision_question: str = ""
    tags: tuple[str, ...] = ()
    amendments: tuple[Amendment, ...] = ()

    @property
    def is_final(self) -> bool:
        return self.status is NoteStatus.FINAL

    @property
    def details(self) -> NoteDetails:
        return NoteDetails(
            self.kind,
            self.template_id,
            self.tags,
            self.risk_flag,
            self.supervision_flag,
            self.supervision_question,
        )


@dataclass(frozen=True)
class NoteDetails:
    """Everything about a note the editor holds besides its title and text.

    On a draft all of it may change; on a finalised note only the tags, the flags and the
    supervision question (they index the record, they do not rewrite it).
    """

    kind: NoteKind = NoteKind.SESSION
    template_id: str | None = None
    tags: tuple[str, ...] = ()
    risk_flag: bool = False
    supervision_flag: bool = False
    supervision_question: str = ""

    def normalised(self) -> NoteDetails:
        """Tags and question as they are stored; ValidationError with a sentence if too long."""
        return replace(
            self,
            tags=normalise_tags(self.tags),
            supervision_question=validate_question(self.supervision_question),
        )


@dataclass(frozen=True)
class NoteSummary:
    """A row for lists: everything but the text."""

    id: int
    session_id: int
    client_id: int
    client_code: str
    session_start: dt.datetime  # local wall-clock
    kind: NoteKind
    title: str
    status: NoteStatus
    risk_flag: bool
    supervision_flag: bool
    tags: tuple[str, ...]
    amendment_count: int
    has_draft: bool
    updated_at: dt.datetime
    finalised_at: dt.datetime | None

    @property
    def save_state(self) -> SaveState:
        return SaveState.of(self.status, self.has_draft)


@dataclass(frozen=True)
class Draft:
    note_id: int
    title: str
    body: str
    cursor: int
    saved_at: dt.datetime  # UTC
    base_revision: int


@dataclass(frozen=True)
class PendingDraft:
    """Unsaved text found after a crash, offered back on unlock (no text, just where)."""

    note_id: int
    session_id: int
    client_code: str
    kind: NoteKind
    title: str
    saved_at: dt.datetime  # UTC
    stale: bool  # the note was saved again after this text was typed


@dataclass(frozen=True)
class HistoryEntry:
    at: dt.datetime  # UTC
    label: Marked | Phrase  # "Draft", "Original (finalised)", "Amendment 1", ...
    body: str
    reason: str = ""


@dataclass(frozen=True)
class Template:
    id: str  # "builtin:soap" or "custom:12"
    name: str
    kind: NoteKind
    description: str
    body: str
    built_in: bool


@dataclass(frozen=True)
class SearchHit:
    note_id: int
    session_id: int
    client_id: int
    client_code: str
    session_start: dt.datetime
    kind: NoteKind
    status: NoteStatus
    title: str
    snippet: str  # matches wrapped in MATCH_START … MATCH_END

    def segments(self) -> list[tuple[str, bool]]:
        """The snippet as (text, is_match) pieces, so a view can bold without parsing HTML."""
        return snippet_segments(self.snippet)


def snippet_segments(snippet: str) -> list[tuple[str, bool]]:
    parts: list[tuple[str, bool]] = []
    pattern = re.escape(MATCH_START) + "(.*?)" + re.escape(MATCH_END)
    pos = 0
    for match in re.finditer(pattern, snippet, flags=re.DOTALL):
        if match.start() > pos:
            parts.append((snippet[pos : match.start()], False))
        parts.append((match.group(1), True))
        pos = match.end()
    if pos < len(snippet):
        parts.append((snippet[pos:], False))
    return parts


def normalise_tags(tags: Iterable[str]) -> tuple[str, ...]:
    """Lower-case, single-spaced, without a leading '#', unique and sorted."""
    found: set[str] = set()
    for raw in tags:
        tag = " ".join(raw.replace("#", " ").split()).casefold()
        if not tag:
            continue
        if len(tag) > MAX_TAG:
            raise ValidationError(
                phrase(
                    QT_TRANSLATE_NOOP("errors", "A tag is at most {max_tag} characters."),
                    max_tag=MAX_TAG,
                )
            )
        found.add(tag)
    if len(found) > MAX_TAGS:
        raise ValidationError(
            phrase(
                QT_TRANSLATE_NOOP("errors", "A note can have at most {max_tags} tags."),
                max_tags=MAX_TAGS,
            )
        )
    return tuple(sorted(found))


def validate_text(title: str, body: str) -> tuple[str, str]:
    title = " ".join(title.split())
    if len(title) > MAX_TITLE:
        raise ValidationError(
            phrase(
                QT_TRANSLATE_NOOP("errors", "A title is at most {max_title} characters."),
                max_title=MAX_TITLE,
            )
        )
    if len(body) > MAX_BODY:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "This note is too long to save; split it into two notes.")
        )
    return title, body


def validate_amendment(text: str, reason: str) -> tuple[str, str]:
    text, reason = text.strip(), " ".join(reason.split())
    if not text:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "An amendment needs some text."))
    if not reason:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Say briefly why the note is being amended.")
        )
    if len(text) > MAX_BODY or len(reason) > MAX_TITLE:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "This amendment is too long to save."))
    return text, reason


def validate_move_reason(reason: str) -> str:
    """Why a note is being moved to another client: needed, and short."""
    reason = " ".join(reason.split())
    if not reason:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Say briefly why the note is being moved, such as “filed under the wrong client”.",
            )
        )
    if len(reason) > MAX_TITLE:
        raise ValidationError(
            phrase(
                QT_TRANSLATE_NOOP("errors", "The reason is at most {max_title} characters."),
                max_title=MAX_TITLE,
            )
        )
    return reason


def validate_question(question: str) -> str:
    question = question.strip()
    if len(question) > MAX_QUESTION:
        raise ValidationError(
            phrase(
                QT_TRANSLATE_NOOP(
                    "errors", "A supervision question is at most {max_question} characters."
                ),
                max_question=MAX_QUESTION,
            )
        )
    return question


def history(note: Note) -> list[HistoryEntry]:
    """The original text, then each amendment in the order it was made."""
    if not note.is_final:
        return [HistoryEntry(note.updated_at, NoteStatus.DRAFT.label, note.body)]
    assert note.finalised_at is not None
    original = QT_TRANSLATE_NOOP("notes", "Original (finalised)")
    entries = [HistoryEntry(note.finalised_at, original, note.body)]
    for number, amendment in enumerate(note.amendments, start=1):
        label = phrase(QT_TRANSLATE_NOOP("notes", "Amendment {number}"), number=number)
        entries.append(HistoryEntry(amendment.at, label, amendment.body, amendment.reason))
    return entries


# A template's hint is a paragraph in italics, e.g. ``*What the client brought today.*``
# (older templates used ``_…_``). Hints guide writing and are meant to be replaced.
HINT_LINE = re.compile(r"^([*_])[^*_\n].*\1[ \t]*$", re.MULTILINE)


def hint_lines(body: str) -> list[str]:
    """The template hints still in a note's text."""
    return [m.group(0).strip() for m in HINT_LINE.finditer(body)]
