"""The views of the main window, registered once each: name, keys, the narrow services the
factory is given, the intents the view follows, and where it lives (the window, or a tab
of the client page). The main window builds what is listed here, in this order; adding a
view or a client tab (the contract, the timeline, the measures) is adding one ``ViewSpec``.

A factory receives a namespace that holds only the names in its ``needs``: a service of
the open vault (``clients``, ``sessions``, ``notes``…), ``current_client`` (the client
whose page is open) or ``vault_open`` (whether the vault is still open). Asking it for
anything else fails at once, so a view cannot quietly come to depend on the whole
``Workspace``.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from counsel_desk.ui.intents import (
    AddClient,
    BookSession,
    OpenNote,
    OpenSession,
    RecordAttendance,
)
from counsel_desk.ui.navigation import HOST_CLIENT, HOST_WINDOW, CurrentClient, ViewSpec
from counsel_desk.ui.views.boundaries import BoundariesView
from counsel_desk.ui.views.clients import ClientsView
from counsel_desk.ui.views.contract import ContractView
from counsel_desk.ui.views.notes import NotesView
from counsel_desk.ui.views.search import SearchView
from counsel_desk.ui.views.sessions import SessionsView
from counsel_desk.ui.views.today import TodayView

if TYPE_CHECKING:
    from counsel_desk.services.workspace import Workspace


class Needs:
    """The services one view asked for, and nothing else."""

    def __init__(self, provided: dict[str, Any]) -> None:
        self._provided = provided

    def __getattr__(self, name: str) -> Any:
        provided = self.__dict__.get("_provided", {})
        if name not in provided:
            raise AttributeError(
                f"{name!r} is not among this view's needs ({', '.join(sorted(provided))}): "
                "add it to its ViewSpec"
            )
        return provided[name]


def provide(workspace: Workspace, current: CurrentClient, needs: Iterable[str]) -> Needs:
    """The namespace a view's factory is given: ``needs`` only, from ``workspace``."""
    provided: dict[str, Any] = {}
    for name in needs:
        if name == "current_client":
            provided[name] = current
        elif name == "vault_open":
            provided[name] = lambda: workspace.is_open
        else:
            service = getattr(workspace, name, None)
            if not type(service).__module__.startswith("counsel_desk.services."):
                raise ValueError(f"{name!r} is not a service of an open vault")
            provided[name] = service
    return Needs(provided)


def _today(s: Any) -> TodayView:
    return TodayView(s.today, s.clients, contracts=s.contracts, practice=s.practice)


def _clients(s: Any) -> ClientsView:
    return ClientsView(s.clients, s.current_client)


def _sessions(s: Any) -> SessionsView:
    return SessionsView(s.sessions, s.clients, s.practice, s.current_client, notice=s.notice)


def _notes(s: Any) -> NotesView:
    return NotesView(
        s.notes,
        s.templates,
        s.sessions,
        s.clients,
        s.attendance,
        s.exports,
        s.vault_open,
        s.current_client,
    )


def _search(s: Any) -> SearchView:
    return SearchView(s.search, s.clients, s.notes)


def _contract(s: Any) -> ContractView:
    return ContractView(s.contracts, s.clients, s.current_client, s.vault_open)


def _boundaries(s: Any) -> BoundariesView:
    return BoundariesView(s.boundaries, s.sessions, s.clients, s.current_client)


VIEWS: tuple[ViewSpec, ...] = (
    ViewSpec(
        "Today",
        ("Ctrl+1", "Ctrl+T"),
        _today,
        needs=("today", "clients", "contracts", "practice"),
    ),
    ViewSpec(
        "Clients",
        ("Ctrl+2",),
        _clients,
        needs=("clients", "current_client"),
        handles=(AddClient,),
    ),
    ViewSpec(
        "Sessions",
        ("Ctrl+3",),
        _sessions,
        needs=("sessions", "clients", "practice", "current_client", "notice"),
        host=HOST_CLIENT,
        handles=(BookSession,),
    ),
    ViewSpec(
        "Notes",
        ("Ctrl+4",),
        _notes,
        needs=(
            "notes",
            "templates",
            "sessions",
            "clients",
            "attendance",
            "exports",
            "vault_open",
            "current_client",
        ),
        host=HOST_CLIENT,
        handles=(OpenSession, OpenNote, RecordAttendance),
    ),
    ViewSpec("Search", ("Ctrl+5",), _search, needs=("search", "clients", "notes")),
    ViewSpec(
        "Contract",
        ("Ctrl+6",),
        _contract,
        needs=("contracts", "clients", "current_client", "vault_open"),
        host=HOST_CLIENT,
    ),
    ViewSpec(
        "Boundaries",
        ("Ctrl+7",),
        _boundaries,
        needs=("boundaries", "sessions", "clients", "current_client"),
        host=HOST_CLIENT,
    ),
)
__all__ = ["HOST_CLIENT", "HOST_WINDOW", "VIEWS", "Needs", "provide"]
