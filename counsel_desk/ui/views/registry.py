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

from PySide6.QtCore import QT_TRANSLATE_NOOP

from counsel_desk.ui.intents import (
    AddClient,
    BookSession,
    EnterScore,
    LogRisk,
    LogRupture,
    OpenNote,
    OpenSession,
    RecordAttendance,
    Reflect,
    RepairRupture,
    SetAsideFlag,
)
from counsel_desk.ui.navigation import HOST_CLIENT, HOST_WINDOW, CurrentClient, ViewSpec
from counsel_desk.ui.views.boundaries import BoundariesView
from counsel_desk.ui.views.clients import ClientsView
from counsel_desk.ui.views.contract import ContractView
from counsel_desk.ui.views.notes import NotesView
from counsel_desk.ui.views.reliability import ReliabilityView
from counsel_desk.ui.views.risks import RiskView
from counsel_desk.ui.views.search import SearchView
from counsel_desk.ui.views.sessions import SessionsView
from counsel_desk.ui.views.supervision import SupervisionView
from counsel_desk.ui.views.timeline import TimelineView
from counsel_desk.ui.views.today import TodayView
from counsel_desk.ui.views.today_alliance import TodayAlliance
from counsel_desk.ui.views.today_backup import BackupReminder
from counsel_desk.ui.views.today_care import TodayCare
from counsel_desk.ui.views.today_retention import RetentionReview

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
    sections = (BackupReminder(s.backups), RetentionReview(s.retention))
    view = TodayView(
        s.today,
        s.clients,
        sections=sections,
        contracts=s.contracts,
        care=TodayCare(s.risks, s.breaks),
        practice=s.practice,
    )
    view.add_section(TodayAlliance(s.flags))
    return view


def _clients(s: Any) -> ClientsView:
    return ClientsView(s.clients, s.current_client, executor=s.executor)


def _sessions(s: Any) -> SessionsView:
    return SessionsView(
        s.sessions, s.clients, s.practice, s.current_client, notice=s.notice, breaks=s.breaks
    )


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


def _risk(s: Any) -> RiskView:
    return RiskView(s.risks, s.clients, s.current_client)


def _search(s: Any) -> SearchView:
    return SearchView(s.search, s.clients, s.notes)


def _contract(s: Any) -> ContractView:
    return ContractView(s.contracts, s.clients, s.current_client, s.vault_open)


def _boundaries(s: Any) -> BoundariesView:
    return BoundariesView(s.boundaries, s.sessions, s.clients, s.current_client)


def _timeline(s: Any) -> TimelineView:
    return TimelineView(
        s.timeline,
        s.measures,
        s.reflections,
        s.ruptures,
        s.flags,
        s.sessions,
        s.vault_open,
        s.current_client,
    )


def _reliability(s: Any) -> ReliabilityView:
    return ReliabilityView(s.reliability, s.clients, s.current_client)


def _supervision(s: Any) -> SupervisionView:
    return SupervisionView(s.supervision, s.clients, s.summary, s.redaction)


VIEWS: tuple[ViewSpec, ...] = (
    ViewSpec(
        QT_TRANSLATE_NOOP("Views", "Today"),
        ("Ctrl+1", "Ctrl+T"),
        _today,
        needs=(
            "today",
            "clients",
            "backups",
            "retention",
            "contracts",
            "risks",
            "breaks",
            "flags",
            "practice",
        ),
    ),
    ViewSpec(
        QT_TRANSLATE_NOOP("Views", "Clients"),
        ("Ctrl+2",),
        _clients,
        needs=("clients", "current_client", "executor"),
        handles=(AddClient,),
    ),
    ViewSpec(
        QT_TRANSLATE_NOOP("Views", "Sessions"),
        ("Ctrl+3",),
        _sessions,
        needs=("sessions", "clients", "practice", "current_client", "notice", "breaks"),
        host=HOST_CLIENT,
        handles=(BookSession,),
    ),
    ViewSpec(
        QT_TRANSLATE_NOOP("Views", "Notes"),
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
    ViewSpec(
        QT_TRANSLATE_NOOP("Views", "Search"),
        ("Ctrl+5",),
        _search,
        needs=("search", "clients", "notes"),
    ),
    ViewSpec(
        QT_TRANSLATE_NOOP("Views", "Contract"),
        ("Ctrl+6",),
        _contract,
        needs=("contracts", "clients", "current_client", "vault_open"),
        host=HOST_CLIENT,
    ),
    ViewSpec(
        QT_TRANSLATE_NOOP("Views", "Boundaries"),
        ("Ctrl+7",),
        _boundaries,
        needs=("boundaries", "sessions", "clients", "current_client"),
        host=HOST_CLIENT,
    ),
    ViewSpec(
        QT_TRANSLATE_NOOP("Views", "Timeline"),
        ("Ctrl+8",),
        _timeline,
        needs=(
            "timeline",
            "measures",
            "reflections",
            "ruptures",
            "flags",
            "sessions",
            "vault_open",
            "current_client",
        ),
        host=HOST_CLIENT,
        handles=(EnterScore, Reflect, LogRupture, RepairRupture, SetAsideFlag),
    ),
    ViewSpec(
        QT_TRANSLATE_NOOP("Views", "Risk"),
        ("Ctrl+9",),
        _risk,
        needs=("risks", "clients", "current_client"),
        host=HOST_CLIENT,
        handles=(LogRisk,),
    ),
    ViewSpec(
        QT_TRANSLATE_NOOP("Views", "Reliability"),
        ("Ctrl+0",),
        _reliability,
        needs=("reliability", "clients", "current_client"),
    ),
    ViewSpec(
        QT_TRANSLATE_NOOP("Views", "Supervision"),
        ("Ctrl+Shift+V",),
        _supervision,
        needs=("supervision", "clients", "summary", "redaction"),
    ),
)
__all__ = ["HOST_CLIENT", "HOST_WINDOW", "VIEWS", "Needs", "provide"]
