"""The import-linter contracts in pyproject.toml hold, and each one catches what it forbids.

The layering (``cli → ui → render → services → storage | demo → domain | hardening``), "only
through services", "no third-party package in the domain", "one database driver user", "no
Qt below render" and "no import cycles" are import-linter contracts. Each is proved by a
copy of the package with one forbidden import added, which ``lint-imports`` must refuse,
naming the contract. (What import-linter cannot see — imports by ``import_module``, an
external package's submodules, "the standard library only" — is tests/test_layering.py.)
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

import counsel_desk

PACKAGE = Path(counsel_desk.__file__).parent
PYPROJECT = PACKAGE.parent / "pyproject.toml"
CONTRACTS = {
    c["id"]: c["name"]
    for c in tomllib.loads(PYPROJECT.read_text("utf-8"))["tool"]["importlinter"]["contracts"]
}


def lint(root: Path, config: Path) -> subprocess.CompletedProcess[str]:
    """``lint-imports`` over the ``counsel_desk`` package found first under ``root``."""
    code = (
        "import sys; from importlinter.cli import lint_imports; "
        f"sys.exit(lint_imports(config_filename={str(config)!r}, no_cache=True))"
    )
    # A wide console, so that a contract's name is never wrapped across two lines.
    env = {**os.environ, "PYTHONPATH": str(root), "PYTHONDONTWRITEBYTECODE": "1", "COLUMNS": "1000"}
    return subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env=env,
        cwd=root,
        timeout=120,
        check=False,
    )


def broken(result: subprocess.CompletedProcess[str]) -> set[str]:
    """The ids of the contracts the run reports broken."""
    return {cid for cid, name in CONTRACTS.items() if f"{name} BROKEN" in result.stdout}


def test_the_package_keeps_every_contract() -> None:
    result = lint(PACKAGE.parent, PYPROJECT)
    assert result.returncode == 0, result.stdout + result.stderr
    for name in CONTRACTS.values():
        assert f"{name} KEPT" in result.stdout


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One copy of the package and its contracts, for the cases to copy again cheaply."""
    root = tmp_path_factory.mktemp("pristine")
    shutil.copytree(PACKAGE, root / "counsel_desk", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(PYPROJECT, root / "pyproject.toml")
    return root


# (module to change, the import added, the contract that must break)
CASES = [
    ("ui/controller.py", "from counsel_desk.storage.keyslots import KdfParams", "no-skipping"),
    ("ui/views/clients.py", "import counsel_desk.storage.db", "no-skipping"),
    ("cli.py", "from counsel_desk.storage.errors import VaultMissing", "no-skipping"),
    ("render/pdf.py", "from counsel_desk.storage import files", "no-skipping"),
    ("ui/app.py", "from counsel_desk.demo import practice", "no-skipping"),
    ("domain/rules.py", "import cryptography", "pure-domain"),
    ("domain/notes.py", "from PySide6.QtCore import QDate", "pure-domain"),
    ("demo/diary.py", "import platformdirs", "pure-domain"),
    ("domain/rules.py", "from counsel_desk.services import records", "layers"),
    ("storage/db.py", "from counsel_desk.services import workspace", "layers"),
    ("storage/vault.py", "from counsel_desk.demo import practice", "layers"),
    ("services/clients.py", "from counsel_desk.ui import alerts", "layers"),
    ("services/notes.py", "from counsel_desk.render import pdf", "layers"),
    ("render/html.py", "from counsel_desk.ui import alerts", "layers"),
    ("services/search.py", "import sqlcipher3", "one-driver"),
    ("storage/vault.py", "import sqlite3", "one-driver"),
    ("services/today.py", "from PySide6.QtCore import QDate", "no-qt-below-render"),
    ("storage/files.py", "import shiboken6", "no-qt-below-render"),
    ("storage/layout.py", "from counsel_desk.storage import vault", "no-cycles"),
    ("demo/plans.py", "from counsel_desk.demo.notes import plan_notes", "no-cycles"),
]


@pytest.mark.parametrize(
    ("module", "line", "contract"), CASES, ids=[f"{c[2]}:{c[0]}" for c in CASES]
)
def test_each_contract_refuses_a_forbidden_import(
    pristine: Path, tmp_path: Path, module: str, line: str, contract: str
) -> None:
    root = tmp_path / "copy"
    shutil.copytree(pristine, root)
    target = root / "counsel_desk" / module
    # Inside a function as well as at the top: import-linter reads both.
    target.write_text(
        target.read_text("utf-8") + f"\n\ndef _forbidden() -> None:\n    {line}\n", "utf-8"
    )
    result = lint(root, root / "pyproject.toml")
    assert result.returncode != 0, result.stdout
    assert contract in broken(result), result.stdout


def test_every_contract_has_a_case_that_breaks_it() -> None:
    assert {case[2] for case in CASES} == set(CONTRACTS)
