"""The navigation objects on their own: the history of places, the registry's rules, the
current client, and the narrow services a view's factory is given."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from counsel_desk.ui.intents import AddClient, OpenNote
from counsel_desk.ui.navigation import (
    HOST_CLIENT,
    CurrentClient,
    History,
    Registry,
    ViewSpec,
    Visit,
)
from counsel_desk.ui.views.registry import VIEWS, provide

UI = Path(__file__).parents[2] / "counsel_desk" / "ui"


def _spec(name: str, keys: tuple[str, ...], handles: tuple[type, ...] = ()) -> ViewSpec:
    return ViewSpec(name, keys, lambda _s: None, needs=(), handles=handles)


def test_back_and_forward_walk_the_places_visited():
    history = History()
    for visit in (Visit("Today"), Visit("Clients"), Visit("Sessions", 4), Visit("Notes", 4)):
        history.arrive(visit)
    assert not history.can_go(1)
    assert history.go(-1) == Visit("Sessions", 4)
    assert history.go(-1) == Visit("Clients")
    assert history.go(1) == Visit("Sessions", 4)
    assert history.go(1) == Visit("Notes", 4)
    assert history.go(1) is None  # the end: nothing changes
    assert history.current == Visit("Notes", 4)


def test_going_somewhere_new_after_going_back_drops_what_lay_ahead():
    history = History()
    for visit in (Visit("Today"), Visit("Clients"), Visit("Search")):
        history.arrive(visit)
    history.go(-1)
    history.go(-1)
    history.arrive(Visit("Notes", 2))
    assert [v.view for v in history.visits] == ["Today", "Notes"]
    assert not history.can_go(1)


def test_the_same_place_twice_is_one_visit_and_another_client_is_another():
    history = History()
    history.arrive(Visit("Sessions", 1))
    history.arrive(Visit("Sessions", 1))
    assert len(history.visits) == 1
    history.arrive(Visit("Sessions", 2))
    assert len(history.visits) == 2


def test_what_a_view_said_as_it_was_left_is_kept_with_its_visit():
    history = History()
    history.arrive(Visit("Notes", 1))
    history.remember(("session 3", "note 9"))
    history.arrive(Visit("Today"))
    assert history.go(-1) == Visit("Notes", 1, ("session 3", "note 9"))


def test_history_keeps_only_the_newest_places():
    history = History(limit=5)
    for n in range(12):
        history.arrive(Visit("Sessions", n))
    assert [v.client_id for v in history.visits] == [7, 8, 9, 10, 11]
    assert history.current == Visit("Sessions", 11)


def test_the_registry_refuses_two_views_with_one_name_key_or_intent():
    with pytest.raises(ValueError, match="name"):
        Registry([_spec("Today", ("Ctrl+1",)), _spec("Today", ("Ctrl+2",))])
    with pytest.raises(ValueError, match="key"):
        Registry([_spec("Today", ("Ctrl+1",)), _spec("Clients", ("Ctrl+1",))])
    with pytest.raises(ValueError, match="intent"):
        Registry([_spec("A", ("Ctrl+1",), (AddClient,)), _spec("B", ("Ctrl+2",), (AddClient,))])


def test_the_registry_finds_who_follows_an_intent():
    registry = Registry(VIEWS)
    assert registry.handler(OpenNote(3)).name == "Notes"
    assert registry.handler(AddClient()).name == "Clients"
    assert registry.handler(object()) is None
    assert registry.on_client_page("Notes")
    assert not registry.on_client_page("Search")


def test_the_apps_views_use_ctrl_and_a_digit_each_and_the_page_has_only_real_tabs():
    digits = [spec.keys[0] for spec in VIEWS[:10]]
    assert digits == [f"Ctrl+{n % 10}" for n in range(1, 11)]  # Ctrl+1 … Ctrl+9, Ctrl+0
    on_page = [spec.name for spec in VIEWS if spec.host == HOST_CLIENT]
    assert on_page == ["Sessions", "Notes", "Contract", "Boundaries", "Timeline", "Risk"]


def test_the_current_client_says_only_what_changed(qapp):
    current = CurrentClient()
    heard: list[int] = []
    current.changed.connect(heard.append)
    current.set(4)
    current.set(4)
    current.set(None)  # "none" is never announced: the page keeps its client
    current.set(7)
    assert heard == [4, 7]
    assert current.id == 7
    current.forget()
    assert current.id is None
    assert heard == [4, 7]


def test_a_view_is_given_only_the_services_it_names(workspace, qapp):
    needs = provide(workspace, CurrentClient(), ("clients", "current_client", "vault_open"))
    assert needs.clients is workspace.clients
    assert needs.vault_open() is True
    with pytest.raises(AttributeError, match="'notes' is not among this view's needs"):
        _ = needs.notes


@pytest.mark.parametrize("name", ["vault", "folder", "is_open", "close", "no_such_thing"])
def test_nothing_but_a_service_can_be_asked_for(workspace, qapp, name):
    with pytest.raises(ValueError, match="is not a service"):
        provide(workspace, CurrentClient(), (name,))


def test_every_registered_view_is_built_from_its_needs_alone(workspace, qtbot):
    """The factories touch nothing they did not name (a miss raises AttributeError)."""
    current = CurrentClient()
    for spec in VIEWS:
        view = spec.factory(provide(workspace, current, spec.needs))
        qtbot.addWidget(view)


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text("utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return found


def test_no_view_knows_the_whole_workspace():
    """Only the registry, which picks each view's services out of it, names it."""
    views = [p for p in sorted((UI / "views").glob("*.py")) if p.name != "registry.py"]
    assert len(views) > 5
    offenders = [p.name for p in views if "counsel_desk.services.workspace" in _imports(p)]
    assert offenders == []


def test_the_main_window_knows_the_views_only_through_the_registry():
    imported = _imports(UI / "main_window.py")
    views = {m for m in imported if m.startswith("counsel_desk.ui.views.")}
    assert views == {
        "counsel_desk.ui.views.registry",  # what to build
        "counsel_desk.ui.views.client_page",  # where the client tabs go
        "counsel_desk.ui.views.base",  # what it may ask of any view
    }
