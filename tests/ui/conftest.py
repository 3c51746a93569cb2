"""GUI test fixtures: alerts recorded instead of shown, and a controller factory."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from guikit import flush_deletes
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication
from testkit import LIGHT_KDF, PASSPHRASE, private_home

from counsel_desk.ui import alerts, workers
from counsel_desk.ui.controller import AppController

# Before pytest-qt's session-wide QApplication exists: the GUI tests never need a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


class AlertLog:
    def __init__(self) -> None:
        self.shown: list[tuple[str, str]] = []
        self.confirm_answer = True

    def texts(self, kind: str | None = None) -> list[str]:
        return [text for k, text in self.shown if kind is None or k == kind]


@pytest.fixture(autouse=True)
def alert_log(monkeypatch: pytest.MonkeyPatch) -> AlertLog:
    """No real message box in tests: each alert is recorded (plain functions, never Mock)."""
    log = AlertLog()

    def error(_parent: object, text: str) -> None:
        log.shown.append(("error", text))

    def info(_parent: object, text: str) -> None:
        log.shown.append(("info", text))

    def confirm(_parent: object, text: str, yes: str, no: str = "Cancel") -> bool:
        log.shown.append(("confirm", text))
        return log.confirm_answer

    def ask(_parent: object, text: str, yes: str, no: str, on_yes, on_no=None) -> None:
        log.shown.append(("confirm", text))
        if log.confirm_answer:
            on_yes()
        elif on_no is not None:
            on_no()

    monkeypatch.setattr(alerts, "ask", ask)
    monkeypatch.setattr(alerts, "error", error)
    monkeypatch.setattr(alerts, "info", info)
    monkeypatch.setattr(alerts, "confirm", confirm)
    return log


@pytest.fixture(autouse=True)
def _no_sentence_kept_across_tests() -> Iterator[None]:
    """What a lock left to say after the next unlock belongs to one test's controller."""
    from counsel_desk.ui import after_unlock

    after_unlock.take()
    yield
    after_unlock.take()


@pytest.fixture(scope="session")
def small_demo_made(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The small demo practice (8 clients, a year), closed: built once per run."""
    from counsel_desk.services.demo import DemoSpec, build_demo_vault

    root = tmp_path_factory.mktemp("small-demo")
    with private_home(root):
        spec = DemoSpec(clients=8, years=1, seed=5)
        build_demo_vault(root / "vault", PASSPHRASE, spec, kdf=LIGHT_KDF)
    return root / "vault"


@pytest.fixture
def small_demo(vault_dir: Path, small_demo_made: Path) -> Path:
    """Each test's own byte-for-byte copy of the small demo practice, in ``vault_dir``."""
    shutil.copytree(small_demo_made, vault_dir, copy_function=shutil.copy2)
    return vault_dir


@pytest.fixture
def make_controller(qapp: QApplication) -> Iterator[Callable[..., AppController]]:
    """Controllers over a folder, with the light KDF and idle locking off unless asked."""
    made: list[AppController] = []

    def make(folder: Path, **kwargs: Any) -> AppController:
        kwargs.setdefault("kdf", LIGHT_KDF)
        kwargs.setdefault("idle_ms", 0)
        controller = AppController(folder, **kwargs)
        made.append(controller)
        controller.start()
        return controller

    yield make
    workers.wait()
    QCoreApplication.processEvents()
    for controller in made:
        controller.shutdown()
    flush_deletes()


# --- a pseudo translation, for the tests of what is translated ------------------------------
class PseudoTranslator(QTranslator):
    """Translates every text to ⟦text⟧, or to what ``table`` says: a text shown as written
    is one the app did not ask to translate."""

    def __init__(self, table: dict[str, str] | None = None) -> None:
        super().__init__()
        self.table = table or {}

    def translate(self, context, source, disambiguation=None, n=-1):
        return self.table.get(source, f"⟦{source}⟧")

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def pseudo(qapp: QApplication) -> Iterator[Callable[..., None]]:
    """Installs a pseudo translation when called (``pseudo()``, or ``pseudo(table)``),
    removed after the test."""
    installed: list[QTranslator] = []

    def install(table: dict[str, str] | None = None) -> None:
        translator = PseudoTranslator(table)
        QCoreApplication.installTranslator(translator)
        installed.append(translator)

    yield install
    for translator in installed:
        QCoreApplication.removeTranslator(translator)


@pytest.fixture
def pseudo_on(pseudo: Callable[..., None]) -> None:
    """A pseudo translation installed for the whole test."""
    pseudo()
