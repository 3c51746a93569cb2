"""T5 (no network): no internet socket during a full workflow; QtNetwork is never imported."""

from __future__ import annotations

import datetime as dt
import json
import socket
import subprocess
import sys
from pathlib import Path

from testkit import LIGHT_KDF, PASSPHRASE

from counsel_desk.domain.clients import ClientDraft, ClientIdentity
from counsel_desk.domain.sessions import SessionDraft
from counsel_desk.services.demo import DemoSpec, populate
from counsel_desk.services.workspace import (
    change_passphrase,
    create_vault,
    unlock,
    unlock_with_recovery,
    verify,
)


def _ignore_key(_recovery_key: str) -> None:
    """Stands in for showing the new recovery key."""


INTERNET = {socket.AF_INET, socket.AF_INET6}

# Audit hooks cannot be removed: the hook records only while this list is not None.
_recorded: list[tuple[str, object]] | None = None
_installed = False


def _hook(event: str, args: tuple) -> None:
    if _recorded is None:
        return
    if event == "socket.__new__":
        family = args[1]
        if family in INTERNET or family == -1:  # -1: the default, AF_INET
            _recorded.append((event, family))
    elif event == "socket.connect":
        sock = args[0]
        if getattr(sock, "family", None) in INTERNET:
            _recorded.append((event, args[1]))
    elif event in ("socket.getaddrinfo", "socket.gethostbyname", "socket.sendto"):
        _recorded.append((event, args[0]))


def _start_recording() -> list[tuple[str, object]]:
    global _recorded, _installed
    if not _installed:
        sys.addaudithook(_hook)
        _installed = True
    _recorded = []
    return _recorded


def _stop_recording() -> None:
    global _recorded
    _recorded = None


def test_the_tripwire_catches_an_internet_socket() -> None:
    events = _start_recording()
    try:
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM):
            pass
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM):
            pass
    finally:
        _stop_recording()
    assert events == [("socket.__new__", socket.AF_INET)]


def test_full_workflow_opens_no_internet_socket(vault_dir: Path) -> None:
    events = _start_recording()
    try:
        ws, recovery = create_vault(vault_dir, PASSPHRASE, kdf=LIGHT_KDF)
        client = ws.clients.add(
            ClientDraft(code="X-001", identity=ClientIdentity(full_name="Ina Ivers"))
        )
        ws.sessions.add(SessionDraft(client_id=client.id, start=dt.datetime(2024, 5, 6, 9)))
        populate(ws, DemoSpec(clients=4, years=0.5, seed=9))
        ws.close()
        ws = unlock(vault_dir, PASSPHRASE)
        recovery = ws.rotate_data_key(PASSPHRASE, _ignore_key, kdf=LIGHT_KDF)
        assert ws.clients.count() == 5
        ws.close()
        assert verify(vault_dir, PASSPHRASE).ok
        change_passphrase(vault_dir, PASSPHRASE, "second sentence for now 5", kdf=LIGHT_KDF)
        ws = unlock_with_recovery(vault_dir, recovery, PASSPHRASE, kdf=LIGHT_KDF)
        ws.close()
    finally:
        _stop_recording()
    assert events == []


IMPORT_EVERYTHING = """
import importlib, json, pkgutil, sys
import counsel_desk
failed = {}
names = []
for info in pkgutil.walk_packages(counsel_desk.__path__, "counsel_desk."):
    names.append(info.name)
    try:
        importlib.import_module(info.name)
    except ImportError as exc:
        if info.name.startswith("counsel_desk.ui") and "PySide6" in str(exc):
            continue  # no Qt here: the ui cannot be checked, the rest still is
        failed[info.name] = repr(exc)
banned = sorted(
    m for m in sys.modules
    if m.startswith(("PySide6.QtNetwork", "PySide6.QtWebEngine", "PySide6.QtWebSockets"))
)
print(json.dumps({"names": names, "failed": failed, "banned": banned}))
"""


def test_importing_every_module_never_loads_qt_network() -> None:
    done = subprocess.run(
        [sys.executable, "-c", IMPORT_EVERYTHING],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["failed"] == {}
    assert "counsel_desk.storage.vault" in result["names"]
    assert "counsel_desk.cli" in result["names"]
    assert result["banned"] == []
