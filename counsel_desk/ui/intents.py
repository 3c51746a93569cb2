"""What a view asks for when the practitioner wants to go somewhere or start something
that another view does: a view emits one of these (``View.intent``) and never reaches into
another view or the main window. The main window routes each to the view registered to
handle it (``ViewSpec.handles`` in ``ui/views/registry.py``), brings that view to the front
and hands it over (``View.follow``). An intent that only opens a dialog
(``navigates = False``) is handed over where the view is, without bringing it forward.

Every intent carries ids only, never text.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from PySide6.QtCore import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Show:
    """Bring a registered view to the front, as its Ctrl+number would."""

    view: str


@dataclass(frozen=True)
class OpenClient:
    """A client's page, at one of its tabs."""

    client_id: int
    tab: str = "Sessions"


@dataclass(frozen=True)
class OpenSession:
    """A session in Notes; with ``write``, its session note (started if it has none)."""

    session_id: int
    write: bool = False


@dataclass(frozen=True)
class OpenNote:
    note_id: int


@dataclass(frozen=True)
class RecordAttendance:
    """The attendance dialog for a session: ``session_id``, else the session in view."""

    navigates: ClassVar[bool] = False
    session_id: int | None = None


@dataclass(frozen=True)
class EnterScore:
    """Enter a score on a measure for ``session_id``, else for the session in view."""

    navigates: ClassVar[bool] = False
    for_session: ClassVar[str] = QT_TRANSLATE_NOOP("intents", "A score is entered for a session")
    session_id: int | None = None


@dataclass(frozen=True)
class Reflect:
    """The practitioner's reflection on ``session_id`` (else the session in view);
    ``offered``: after finalising its note, and only if there is none yet."""

    navigates: ClassVar[bool] = False
    for_session: ClassVar[str] = QT_TRANSLATE_NOOP("intents", "A reflection is on a session")
    session_id: int | None = None
    offered: bool = False


@dataclass(frozen=True)
class LogRupture:
    """Log a rupture in ``session_id``, else in the session in view."""

    navigates: ClassVar[bool] = False
    for_session: ClassVar[str] = QT_TRANSLATE_NOOP(
        "intents", "A rupture is logged against a session"
    )
    session_id: int | None = None


@dataclass(frozen=True)
class RepairRupture:
    """Record the repair of a rupture."""

    navigates: ClassVar[bool] = False
    rupture_id: int


@dataclass(frozen=True)
class SetAsideFlag:
    """Set a possible-rupture flag aside, with a reason."""

    navigates: ClassVar[bool] = False
    client_id: int
    flag_key: str


@dataclass(frozen=True)
class NewNote:
    """A new note for the session in view (the view in front says which, if any)."""


@dataclass(frozen=True)
class AddClient:
    pass


@dataclass(frozen=True)
class BookSession:
    """Add a session: for ``client_id``, else the client open, else the first client."""

    client_id: int | None = None


@dataclass(frozen=True)
class ShowNames:
    """Show or hide client names everywhere (Clients → Show names)."""

    show: bool


@dataclass(frozen=True)
class LogRisk:
    """Log a risk: from a note (its client and day), else for the client whose page is open."""

    note_id: int | None = None


# --- keeping records (``ui/record_keeping.py``): dialogs over the view in front ------------
@dataclass(frozen=True)
class BackUpNow:
    """Back up now, with progress (Today's reminder, Records → Back up now…)."""

    navigates: ClassVar[bool] = False


@dataclass(frozen=True)
class KeepLonger:
    """Keep a client's records (or only their process notes) longer, with a reason."""

    navigates: ClassVar[bool] = False
    client_id: int
    process_notes_only: bool = False


@dataclass(frozen=True)
class EraseRecords:
    """Erase a client's records (or only their process notes), after showing what goes."""

    navigates: ClassVar[bool] = False
    client_id: int
    process_notes_only: bool = False


@dataclass(frozen=True)
class FinishSetup:
    """The practice set-up (Today offers it while the practice has no name)."""
