"""Where the practitioner is: the views registered with the main window (``ViewSpec``), the
client whose page is open (``CurrentClient``), and the places visited, for Back and
Forward (``History``). Ids only, never text; nothing here builds a widget.

A view is registered once, in ``ui/views/registry.py``: its name (the menu's and the help
page's), its keys (Ctrl+1…9), a factory given only the services it names in ``needs``,
the intents it handles, and where it lives: the main window (``HOST_WINDOW``) or a tab of
the client page (``HOST_CLIENT``). Adding a view or a tab is adding one ``ViewSpec``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from PySide6.QtCore import QObject, Signal

HOST_WINDOW = "window"
HOST_CLIENT = "client"
HISTORY_LIMIT = 50


@dataclass(frozen=True)
class ViewSpec:
    """One view, as the main window knows it."""

    name: str
    keys: tuple[str, ...]  # the first is the one menus show; Ctrl+1…9
    factory: Callable[[Any], Any]  # given a namespace holding ``needs`` only
    needs: tuple[str, ...]
    host: str = HOST_WINDOW
    handles: tuple[type, ...] = ()  # the intents this view follows


class Registry:
    """The views in the order their keys and menus list them."""

    def __init__(self, specs: Sequence[ViewSpec]) -> None:
        names = [spec.name for spec in specs]
        if len(set(names)) != len(names):
            raise ValueError(f"two views share a name: {names}")
        keys = [key for spec in specs for key in spec.keys]
        if len(set(keys)) != len(keys):
            raise ValueError(f"two views share a key: {keys}")
        handled = [kind for spec in specs for kind in spec.handles]
        if len(set(handled)) != len(handled):
            raise ValueError("two views handle the same intent")
        self.specs = tuple(specs)

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter(self.specs)

    def names(self) -> list[str]:
        return [spec.name for spec in self.specs]

    def spec(self, name: str) -> ViewSpec:
        return next(spec for spec in self.specs if spec.name == name)

    def on_client_page(self, name: str) -> bool:
        return self.spec(name).host == HOST_CLIENT

    def handler(self, intent: object) -> ViewSpec | None:
        """The view that follows ``intent``, if one is registered for its kind."""
        return next((s for s in self.specs if isinstance(intent, s.handles)), None)


class CurrentClient(QObject):
    """The client whose page is open. Clients follows it with its selection, the client
    page and its tabs show it; choosing a client in Clients, or opening one of their
    sessions or notes anywhere, sets it."""

    changed = Signal(int)  # the client id; never emitted for "none"

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._id: int | None = None

    @property
    def id(self) -> int | None:
        return self._id

    def set(self, client_id: int | None) -> None:
        if client_id is None or client_id == self._id:
            return
        self._id = client_id
        self.changed.emit(client_id)

    def forget(self) -> None:
        """On lock, or when the client is gone: no client open (no signal)."""
        self._id = None


@dataclass(frozen=True)
class Visit:
    """A place visited: a view, the client for a view on the client page, and what the
    view said of itself when it was left (``View.place``: ids and positions only)."""

    view: str
    client_id: int | None = None
    where: Any = None

    def same_place(self, other: Visit) -> bool:
        return (self.view, self.client_id) == (other.view, other.client_id)


@dataclass
class History:
    """Back and Forward through the places visited, as a browser does: arriving somewhere
    new drops what lay ahead; arriving where one already is changes nothing."""

    visits: list[Visit] = field(default_factory=list)
    at: int = -1
    limit: int = HISTORY_LIMIT

    @property
    def current(self) -> Visit | None:
        return self.visits[self.at] if self.visits else None

    def arrive(self, visit: Visit) -> None:
        current = self.current
        if current is not None and current.same_place(visit):
            return
        del self.visits[self.at + 1 :]
        self.visits.append(visit)
        if len(self.visits) > self.limit:
            del self.visits[: len(self.visits) - self.limit]
        self.at = len(self.visits) - 1

    def remember(self, where: Any) -> None:
        """What the view in front says of itself as it is left, kept with its visit."""
        if self.visits:
            self.visits[self.at] = replace(self.visits[self.at], where=where)

    def can_go(self, step: int) -> bool:
        return 0 <= self.at + step < len(self.visits)

    def go(self, step: int) -> Visit | None:
        """One step back (-1) or forward (+1): the visit there, or None at either end."""
        if not self.can_go(step):
            return None
        self.at += step
        return self.visits[self.at]
