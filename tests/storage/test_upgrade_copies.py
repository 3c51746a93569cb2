"""Copies taken before an upgrade: listed, kept until the upgraded vault has been checked and
opened safely three times over seven days, then removed with one sentence and an audit
entry; kept for good while the check after the upgrade found a problem."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from schema_kit import build_at_version
from testkit import PASSPHRASE
from vault_kit import data_key

from counsel_desk.storage import upgrade_copies as uc
from counsel_desk.storage.audit import AuditLog
from counsel_desk.storage.db import open_connection
from counsel_desk.storage.migrate import latest_version
from counsel_desk.storage.vault import Vault

NOW = dt.datetime(2026, 3, 1, 12, tzinfo=dt.UTC)


@pytest.fixture
def upgraded(vault_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A vault built at the schema before the latest and opened once by this app: upgraded,
    with its copy."""
    build_at_version(vault_dir, latest_version() - 1, monkeypatch)
    vault = Vault.open(vault_dir, PASSPHRASE)
    assert vault.notices == []
    vault.close()
    return vault_dir


def _meta(folder: Path) -> dict[str, str]:
    conn = open_connection(folder / "vault.db", data_key(folder), read_only=True)
    try:
        return dict(conn.execute("SELECT key, value FROM vault_meta").fetchall())
    finally:
        conn.close()


def _set_upgraded_at(folder: Path, when: dt.datetime) -> None:
    conn = open_connection(folder / "vault.db", data_key(folder))
    try:
        conn.execute(
            "UPDATE vault_meta SET value = ? WHERE key = ?",
            (when.strftime("%Y-%m-%dT%H:%M:%SZ"), uc.UPGRADED_AT),
        )
    finally:
        conn.close()


def _open(folder: Path) -> tuple[list[str], list]:
    """Open and close once; what was said, and the newest audit entries."""
    vault = Vault.open(folder, PASSPHRASE)
    try:
        return vault.notices, AuditLog(vault.conn).recent(5)
    finally:
        vault.close()


def test_copies_are_listed_and_other_files_left_alone(upgraded: Path) -> None:
    (upgraded / "vault.pre-v3-not-a-time.db").write_bytes(b"x")
    (upgraded / "notes.pre-v3-20260101-101010-000001.db").write_bytes(b"x")
    (copy,) = uc.list_copies(upgraded)
    assert copy.version == latest_version()
    assert copy.holds_version == latest_version() - 1
    assert copy.path.name.startswith(f"vault.pre-v{copy.version}-")
    assert abs(copy.taken - dt.datetime.now()) < dt.timedelta(minutes=5)
    assert copy.size == copy.path.stat().st_size > 0
    vault = Vault.open(upgraded, PASSPHRASE)
    try:
        assert vault.list_upgrade_copies() == [copy]
    finally:
        vault.close()


def test_the_upgrade_is_checked_and_recorded(upgraded: Path) -> None:
    meta = _meta(upgraded)
    assert meta[uc.UPGRADED_TO] == str(latest_version())
    assert meta[uc.UPGRADE_CHECKED] == "ok"
    assert meta[uc.OPENS_SINCE] == "0"
    vault = Vault.open(upgraded, PASSPHRASE)
    try:
        entries = AuditLog(vault.conn).recent(50)
        (entry,) = [e for e in entries if e.kind == "vault_upgraded"]
        new = latest_version()
        assert entry.detail == {"from_version": new - 1, "to_version": new}
    finally:
        vault.close()
    assert _meta(upgraded)[uc.OPENS_SINCE] == "1"


def test_a_copy_is_kept_for_seven_days_however_often_the_vault_opens(upgraded: Path) -> None:
    _set_upgraded_at(upgraded, dt.datetime.now(dt.UTC) - dt.timedelta(days=6, hours=23))
    for _ in range(5):
        notices, _entries = _open(upgraded)
        assert notices == []
    assert len(uc.list_copies(upgraded)) == 1


def test_a_copy_is_kept_until_the_third_open_however_old(upgraded: Path) -> None:
    _set_upgraded_at(upgraded, dt.datetime.now(dt.UTC) - dt.timedelta(days=400))
    for _ in range(uc.KEEP_OPENS - 1):
        assert _open(upgraded)[0] == []
        assert len(uc.list_copies(upgraded)) == 1
    notices, entries = _open(upgraded)
    (copy_name,) = [p.name for p in upgraded.glob("vault.pre-v*.db")] or ["gone"]
    assert copy_name == "gone"
    assert len(notices) == 1
    assert str(notices[0]).startswith(
        f"The copy of the vault taken before an upgrade (vault.pre-v{latest_version()}-"
    )
    assert str(notices[0]).endswith(
        "was removed: the upgraded vault was checked and has opened safely 3 times over at "
        "least 7 days."
    )
    removed = [e for e in entries if e.kind == "upgrade_copy_removed"]
    assert [e.detail for e in removed] == [{"version": latest_version()}]
    assert _open(upgraded)[0] == []  # said once


def test_a_copy_that_cannot_be_removed_stays_unrecorded_and_is_tried_again(
    upgraded: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _set_upgraded_at(upgraded, dt.datetime.now(dt.UTC) - dt.timedelta(days=30))
    for _ in range(uc.KEEP_OPENS - 1):
        _open(upgraded)
    real_unlink = Path.unlink

    def refuse(self: Path, missing_ok: bool = False) -> None:
        if ".pre-v" in self.name:
            raise PermissionError(13, "Permission denied", str(self))
        real_unlink(self, missing_ok)

    with monkeypatch.context() as m:
        m.setattr(Path, "unlink", refuse)
        notices, entries = _open(upgraded)
    assert notices == []
    assert len(uc.list_copies(upgraded)) == 1
    assert not [e for e in entries if e.kind == "upgrade_copy_removed"]
    notices, entries = _open(upgraded)
    assert len(notices) == 1
    assert uc.list_copies(upgraded) == []


def test_a_failed_check_after_the_upgrade_keeps_the_copy_and_says_so(
    vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    build_at_version(vault_dir, latest_version() - 1, monkeypatch)
    monkeypatch.setattr(uc, "check_upgraded", lambda conn: "database integrity: row 7 missing")
    vault = Vault.open(vault_dir, PASSPHRASE)
    try:
        (notice,) = vault.notices
    finally:
        vault.close()
    (copy,) = uc.list_copies(vault_dir)
    assert str(notice).startswith(
        "The vault was upgraded, but the check made straight afterwards found a problem "
        "(database integrity: row 7 missing). The copy taken before the upgrade "
        f"({copy.path.name}) is kept"
    )
    _set_upgraded_at(vault_dir, dt.datetime.now(dt.UTC) - dt.timedelta(days=400))
    for _ in range(uc.KEEP_OPENS + 2):
        assert _open(vault_dir)[0] == []
    assert uc.list_copies(vault_dir) == [copy]


def test_the_check_after_an_upgrade_is_a_real_check(workspace) -> None:
    conn = workspace.vault.conn
    assert uc.check_upgraded(conn) is None
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute(
        "INSERT INTO sessions (client_id, scheduled_start, planned_minutes, modality, "
        "status, created_at, updated_at) VALUES (999, 'x', 50, 'phone', 'scheduled', "
        "'x', 'x')"
    )
    assert uc.check_upgraded(conn) == "foreign keys"


@pytest.mark.parametrize(
    ("meta", "removed"),
    [
        ({}, []),  # never upgraded by an app that records it
        ({"checked": "ok", "opens": "3", "days": 7}, [2, 3]),
        ({"checked": "ok", "opens": "2", "days": 70}, []),
        ({"checked": "ok", "opens": "30", "days": 6}, []),
        ({"checked": "integrity: bad", "opens": "30", "days": 70}, []),
        ({"checked": "ok", "opens": "3", "days": 7, "reached": 2}, [2]),  # a later copy waits
        ({"checked": "ok", "opens": "three", "days": 7}, []),
    ],
)
def test_the_rule(meta: dict, removed: list[int], tmp_path: Path) -> None:
    copies = [
        uc.UpgradeCopy(tmp_path / f"vault.pre-v{v}-20250101-000000-000000.db", v, NOW, 1)
        for v in (2, 3)
    ]
    stored = {}
    if meta:
        stored = {
            uc.UPGRADE_CHECKED: meta["checked"],
            uc.OPENS_SINCE: meta["opens"],
            uc.UPGRADED_TO: str(meta.get("reached", 3)),
            uc.UPGRADED_AT: (NOW - dt.timedelta(days=meta["days"])).strftime("%Y-%m-%dT%H:%M:%SZ"),
        }
    assert [c.version for c in uc.removable(copies, stored, 3, NOW)] == removed
