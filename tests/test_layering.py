"""Dependencies point one way: ui → services → storage → domain; nothing touches the network.
The demo generator (``demo``) sits beside services and imports only domain.

Every module under counsel_desk is parsed with ``ast`` (imports inside functions count too).
"""

from __future__ import annotations

import ast
import shutil
import sys
from pathlib import Path

import pytest

import counsel_desk

PACKAGE = Path(counsel_desk.__file__).parent
MODULES = sorted(PACKAGE.rglob("*.py"))

NETWORK = (
    "PySide6.QtNetwork",
    "PySide6.QtWebEngine",
    "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineWidgets",
    "PySide6.QtWebChannel",
    "PySide6.QtWebSockets",
    "urllib",
    "urllib3",
    "http",
    "socket",
    "socketserver",
    "requests",
    "httpx",
    "aiohttp",
    "ssl",
    "ftplib",
    "smtplib",
    "xmlrpc",
    "webbrowser",
)


def _layer(path: Path) -> str:
    parts = path.relative_to(PACKAGE).parts
    return parts[0] if len(parts) > 1 else parts[0].removesuffix(".py")


def imports_of(path: Path) -> set[str]:
    """Every module ``path`` imports, as absolute dotted names (``from X import y`` → X, X.y)."""
    tree = ast.parse(path.read_text("utf-8"), filename=str(path))
    # The package a relative import starts from (for __init__.py, the package itself).
    package = list(path.relative_to(PACKAGE.parent).parts[:-1])
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - (node.level - 1)]
                module = ".".join([*base, node.module] if node.module else base)
            else:
                module = node.module or ""
            found.add(module)
            found.update(f"{module}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Call) and _dynamic_import(node):
            found.add(node.args[0].value)
    return found


def _dynamic_import(call: ast.Call) -> bool:
    """``importlib.import_module("x")`` or ``__import__("x")`` with a literal name."""
    name = getattr(call.func, "attr", getattr(call.func, "id", ""))
    return (
        name in ("import_module", "__import__")
        and bool(call.args)
        and isinstance(call.args[0], ast.Constant)
        and isinstance(call.args[0].value, str)
    )


def _matches(name: str, prefixes: tuple[str, ...]) -> bool:
    """``name`` is one of ``prefixes`` or inside one (any QtWebEngine* module counts)."""
    for prefix in prefixes:
        if name == prefix or name.startswith(prefix + "."):
            return True
        if prefix.endswith("WebEngine") and name.startswith(prefix):
            return True
    return False


def _ids(paths: list[Path]) -> list[str]:
    return [p.relative_to(PACKAGE).as_posix() for p in paths]


def _in(layer: str) -> list[Path]:
    return [p for p in MODULES if _layer(p) == layer]


def test_the_parser_sees_every_kind_of_import() -> None:
    probe = PACKAGE / "storage" / "vault.py"
    found = imports_of(probe)
    assert "counsel_desk.storage.keyslots" in found
    assert "counsel_desk.storage.rotation" in found  # imported inside a method
    assert "counsel_desk.domain.secrets" in found
    assert _matches("PySide6.QtWebEngineWidgets", NETWORK)
    assert _matches("urllib.request", NETWORK)
    assert not _matches("sqlite3", NETWORK)


def test_every_layer_has_modules() -> None:
    for layer in ("domain", "demo", "storage", "services"):
        assert _in(layer), layer


@pytest.mark.parametrize("path", _in("domain"), ids=_ids(_in("domain")))
def test_domain_is_pure(path: Path) -> None:
    bad = sorted(
        n
        for n in imports_of(path)
        if _matches(
            n,
            (
                "counsel_desk.demo",
                "counsel_desk.storage",
                "counsel_desk.services",
                "counsel_desk.ui",
                "counsel_desk.cli",
                "PySide6",
                "sqlcipher3",
                "sqlite3",
            ),
        )
    )
    assert bad == []


@pytest.mark.parametrize("path", _in("storage"), ids=_ids(_in("storage")))
def test_storage_knows_nothing_of_services_or_qt(path: Path) -> None:
    bad = sorted(
        n
        for n in imports_of(path)
        if _matches(
            n,
            (
                "counsel_desk.demo",
                "counsel_desk.services",
                "counsel_desk.ui",
                "counsel_desk.cli",
                "PySide6",
            ),
        )
    )
    assert bad == []


@pytest.mark.parametrize("path", _in("services"), ids=_ids(_in("services")))
def test_services_use_no_widgets(path: Path) -> None:
    bad = sorted(
        n
        for n in imports_of(path)
        if _matches(
            n,
            (
                "counsel_desk.ui",
                "counsel_desk.cli",
                "PySide6.QtWidgets",
                "PySide6.QtGui",
                "sqlcipher3",
                "sqlite3",
            ),
        )
    )
    assert bad == []


@pytest.mark.parametrize("path", MODULES, ids=_ids(MODULES))
def test_nothing_reaches_the_network(path: Path) -> None:
    assert sorted(n for n in imports_of(path) if _matches(n, NETWORK)) == []


@pytest.mark.parametrize("path", MODULES, ids=_ids(MODULES))
def test_only_storage_imports_sqlcipher3(path: Path) -> None:
    uses = sorted(n for n in imports_of(path) if _matches(n, ("sqlcipher3", "sqlite3")))
    if _layer(path) != "storage":
        assert uses == []


# --- The demo generator: the domain and the standard library only, and no import cycles ---


def demo_import_problems(path: Path) -> list[str]:
    """What a demo module imports beyond the domain, the demo package and the standard library."""
    bad = []
    for name in imports_of(path):
        top = name.split(".")[0]
        if top == "counsel_desk":
            if name != "counsel_desk" and not _matches(
                name, ("counsel_desk.demo", "counsel_desk.domain")
            ):
                bad.append(name)
        elif top not in sys.stdlib_module_names:
            bad.append(name)
    return sorted(bad)


def import_cycle(folder: Path) -> list[str]:
    """One import cycle among the modules in ``folder`` (a package), as dotted names, or []."""
    names = {}
    for path in sorted(folder.rglob("*.py")):
        dotted = ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts)
        names[dotted.removesuffix(".__init__")] = path
    graph = {name: sorted(imports_of(path) & names.keys() - {name}) for name, path in names.items()}
    done: set[str] = set()

    def visit(name: str, trail: list[str]) -> list[str]:
        if name in trail:
            return [*trail[trail.index(name) :], name]
        if name in done:
            return []
        for target in graph[name]:
            if found := visit(target, [*trail, name]):
                return found
        done.add(name)
        return []

    for name in graph:
        if found := visit(name, []):
            return found
    return []


@pytest.mark.parametrize("path", _in("demo"), ids=_ids(_in("demo")))
def test_demo_imports_only_the_domain_and_the_standard_library(path: Path) -> None:
    assert demo_import_problems(path) == []


def test_the_demo_package_has_no_import_cycles() -> None:
    assert import_cycle(PACKAGE / "demo") == []


@pytest.fixture
def demo_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the demo package in a copy of the package's folder, which the checks read."""
    copy = tmp_path / "counsel_desk"
    shutil.copytree(PACKAGE / "demo", copy / "demo")
    monkeypatch.setattr(sys.modules[__name__], "PACKAGE", copy)
    return copy / "demo"


@pytest.mark.parametrize(
    "line",
    [
        "from counsel_desk.storage.bulk import BulkWriter",
        "import counsel_desk.services.demo",
        "from counsel_desk import ui",
        "from ..storage import db",
        "import sqlcipher3",
        "from PySide6.QtCore import QObject",
        "importlib.import_module('counsel_desk.cli')",
    ],
)
def test_the_demo_check_fails_on_a_forbidden_import(demo_copy: Path, line: str) -> None:
    module = demo_copy / "practice.py"
    assert demo_import_problems(module) == []
    module.write_text(module.read_text("utf-8") + f"\n\ndef later():\n    {line}\n", "utf-8")
    assert demo_import_problems(module) != []


def test_the_cycle_check_fails_on_a_cycle(demo_copy: Path) -> None:
    assert import_cycle(demo_copy) == []
    plans = demo_copy / "plans.py"
    plans.write_text(
        plans.read_text("utf-8") + "\nfrom counsel_desk.demo.notes import plan_notes\n", "utf-8"
    )
    cycle = import_cycle(demo_copy)
    assert cycle[0] == cycle[-1]
    assert {"counsel_desk.demo.plans", "counsel_desk.demo.notes"} <= set(cycle)
