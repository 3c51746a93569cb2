"""Dependencies point one way: ui → services → storage → domain; nothing touches the network.

Every module under counsel_desk is parsed with ``ast`` (imports inside functions count too).
"""

from __future__ import annotations

import ast
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
    for layer in ("domain", "storage", "services"):
        assert _in(layer), layer


@pytest.mark.parametrize("path", _in("domain"), ids=_ids(_in("domain")))
def test_domain_is_pure(path: Path) -> None:
    bad = sorted(
        n
        for n in imports_of(path)
        if _matches(
            n,
            (
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
        if _matches(n, ("counsel_desk.services", "counsel_desk.ui", "counsel_desk.cli", "PySide6"))
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
