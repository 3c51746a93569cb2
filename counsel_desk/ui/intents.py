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
class FinishSetup:
    """The practice set-up (Today offers it while the practice has no name)."""
