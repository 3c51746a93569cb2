"""What the import-linter contracts cannot see, read straight from the source with ``ast``.

tests/test_import_contracts.py checks the layering itself (``cli → ui → render → services →
storage | demo → domain | hardening``, only through services, one database driver user, no
Qt below render, no cycles). This file adds the rules import-linter cannot express:

- the domain, the demo generator and ``hardening`` use the standard library only;
- nothing imports a network module (QtNetwork, QtWebEngine…, urllib, socket, ssl…);
- ``render`` uses QtCore, QtGui and QtPrintSupport only (never QtWidgets), and names a
  service's type only under ``if TYPE_CHECKING:``;
- nothing imports by name at run time (``importlib.import_module``, ``__import__``), so that
  every import is one the contracts can see.

Imports inside functions count. Each rule is proved by a copy of a module with the forbidden
import added.
"""

from __future__ import annotations

import ast
import sys
from collections.abc import Callable
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
RENDER_QT = ("PySide6.QtCore", "PySide6.QtGui", "PySide6.QtPrintSupport")
# The layers that may use the standard library only, and which of the package they may use.
STDLIB_ONLY = {
    "domain": ("counsel_desk.domain",),
    "demo": ("counsel_desk.demo", "counsel_desk.domain"),
    "hardening": (),
}


def layer(path: Path, root: Path = PACKAGE) -> str:
    parts = path.relative_to(root).parts
    return parts[0] if len(parts) > 1 else parts[0].removesuffix(".py")


def _tree(path: Path) -> ast.AST:
    return ast.parse(path.read_text("utf-8"), filename=str(path))


def imports_of(path: Path, root: Path = PACKAGE, *, typing_too: bool = True) -> set[str]:
    """Every module ``path`` imports, as absolute dotted names (``from X import y`` → X, X.y).

    ``root`` is the package ``path`` sits in (a copy, in the tests that break a rule);
    without ``typing_too``, imports under ``if TYPE_CHECKING:`` (type names only) are left out.
    """
    tree = _tree(path)
    # The package a relative import starts from (for __init__.py, the package itself).
    package = list(path.relative_to(root.parent).parts[:-1])
    typing_only = set() if typing_too else _typing_only_nodes(tree)
    found: set[str] = set()
    for node in ast.walk(tree):
        if id(node) in typing_only:
            continue
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
    return found


def _typing_only_nodes(tree: ast.AST) -> set[int]:
    """The nodes inside ``if TYPE_CHECKING:`` (or ``typing.TYPE_CHECKING``) blocks."""
    inside: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in (
            getattr(node.test, "id", None),
            getattr(node.test, "attr", None),
        ):
            for child in node.body:
                inside.update(id(n) for n in ast.walk(child))
    return inside


def _matches(name: str, prefixes: tuple[str, ...]) -> bool:
    """``name`` is one of ``prefixes`` or inside one (any QtWebEngine* module counts)."""
    for prefix in prefixes:
        if name == prefix or name.startswith(prefix + "."):
            return True
        if prefix.endswith("WebEngine") and name.startswith(prefix):
            return True
    return False


# --- the rules: each returns what breaks it, empty when kept --------------------------------
def beyond_the_standard_library(path: Path, root: Path = PACKAGE) -> list[str]:
    """For domain, demo and hardening: what is neither the standard library nor allowed."""
    allowed = STDLIB_ONLY.get(layer(path, root))
    if allowed is None:
        return []
    bad = []
    for name in imports_of(path, root):
        top = name.split(".")[0]
        if top == "counsel_desk":
            if name != "counsel_desk" and not _matches(name, allowed):
                bad.append(name)
        elif top not in sys.stdlib_module_names and top != "__future__":
            bad.append(name)
    return sorted(bad)


def network_modules(path: Path, root: Path = PACKAGE) -> list[str]:
    return sorted(n for n in imports_of(path, root) if _matches(n, NETWORK))


def render_beyond_its_means(path: Path, root: Path = PACKAGE) -> list[str]:
    """For render: Qt beyond QtCore, QtGui and QtPrintSupport; a service at run time."""
    if layer(path, root) != "render":
        return []
    bad = []
    for name in imports_of(path, root, typing_too=False):
        other_qt = name.startswith("PySide6.") and not _matches(name, RENDER_QT)
        if other_qt or _matches(name, ("counsel_desk.services",)):
            bad.append(name)
    return sorted(bad)


def dynamic_imports(path: Path, root: Path = PACKAGE) -> list[str]:
    """Calls of ``import_module`` or ``__import__``, whatever they are given."""
    found = []
    for node in ast.walk(_tree(path)):
        if isinstance(node, ast.Call):
            name = getattr(node.func, "attr", getattr(node.func, "id", ""))
            if name in ("import_module", "__import__"):
                found.append(f"{name} (line {node.lineno})")
    return found


RULES: list[Callable[[Path, Path], list[str]]] = [
    beyond_the_standard_library,
    network_modules,
    render_beyond_its_means,
    dynamic_imports,
]


def _ids(paths: list[Path]) -> list[str]:
    return [p.relative_to(PACKAGE).as_posix() for p in paths]


def test_the_parser_sees_every_kind_of_import() -> None:
    found = imports_of(PACKAGE / "storage" / "vault.py")
    assert "counsel_desk.storage.keyslots" in found
    assert "counsel_desk.domain.secrets" in found
    assert _matches("PySide6.QtWebEngineWidgets", NETWORK)
    assert _matches("urllib.request", NETWORK)
    assert not _matches("sqlite3", NETWORK)
    for name in ("domain", "demo", "hardening", "render"):
        assert any(layer(p) == name for p in MODULES), name


@pytest.mark.parametrize("path", MODULES, ids=_ids(MODULES))
def test_every_module_keeps_every_rule(path: Path) -> None:
    for rule in RULES:
        assert rule(path, PACKAGE) == [], rule.__name__


# --- each rule proved on a copy -------------------------------------------------------------
def _copy_with(tmp_path: Path, module: str, added: str) -> tuple[Path, Path]:
    """A copy of one module (where it sits in a copy of the package) with ``added`` at the
    end; the copy's root and the module."""
    root = tmp_path / "counsel_desk"
    target = root / module
    target.parent.mkdir(parents=True)
    target.write_text((PACKAGE / module).read_text("utf-8") + "\n" + added + "\n", "utf-8")
    return root, target


LATE = "def later():\n    {}"  # imports inside a function count as much as those at the top

STD, NET, RENDER, DYNAMIC = (
    beyond_the_standard_library,
    network_modules,
    render_beyond_its_means,
    dynamic_imports,
)
BROKEN = [
    ("domain/rules.py", "import platformdirs", STD),
    ("domain/notes.py", LATE.format("from counsel_desk.ui import alerts"), STD),
    ("domain/document.py", "from ..storage import db", STD),
    ("domain/secrets.py", "import numpy", STD),
    ("demo/diary.py", "from counsel_desk.storage.bulk import write_plan", STD),
    ("demo/practice.py", "import counsel_desk.services.demo", STD),
    ("hardening.py", "from counsel_desk.domain import errors", STD),
    ("ui/app.py", "from PySide6.QtNetwork import QTcpSocket", NET),
    ("services/search.py", LATE.format("import urllib.request"), NET),
    ("storage/db.py", "import socket", NET),
    ("render/pdf.py", "import PySide6.QtWebEngineCore", NET),
    ("render/pdf.py", "from PySide6.QtWidgets import QWidget", RENDER),
    ("render/html.py", "import PySide6.QtWidgets", RENDER),
    ("render/qdoc.py", "from counsel_desk.services.exports import ExportService", RENDER),
    ("render/files.py", LATE.format("from ..services import notes"), RENDER),
    (
        "ui/controller.py",
        LATE.format("importlib.import_module('counsel_desk.storage.db')"),
        DYNAMIC,
    ),
    ("domain/rules.py", "__import__('sqlite3')", DYNAMIC),
    ("services/notes.py", "from importlib import import_module\nimport_module(NAME)", DYNAMIC),
]


@pytest.mark.parametrize(
    ("module", "added", "rule"), BROKEN, ids=[f"{b[2].__name__}:{b[0]}" for b in BROKEN]
)
def test_each_rule_catches_a_forbidden_import_in_a_copy(
    tmp_path: Path, module: str, added: str, rule: Callable[[Path, Path], list[str]]
) -> None:
    assert rule(PACKAGE / module, PACKAGE) == []  # the module itself keeps the rule
    root, copy = _copy_with(tmp_path, module, added)
    assert rule(copy, root) != []


def test_every_rule_has_a_case_that_breaks_it() -> None:
    assert {b[2] for b in BROKEN} == set(RULES)


def test_render_may_name_a_services_type_for_type_checking_only(tmp_path: Path) -> None:
    added = (
        "from typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n"
        "    from counsel_desk.services.exports import ExportService"
    )
    root, copy = _copy_with(tmp_path, "render/pdf.py", added)
    assert render_beyond_its_means(copy, root) == []
    root, copy = _copy_with(
        tmp_path / "again", "render/pdf.py", added.replace("if TYPE_", "if not TYPE_")
    )
    assert render_beyond_its_means(copy, root) == [
        "counsel_desk.services.exports",
        "counsel_desk.services.exports.ExportService",
    ]
