"""The audit trail in the vault: chained entries, append-only triggers, and ``verify`` naming
the first entry changed, removed or moved (made possible here by dropping the triggers on
the vault the way someone with the key could)."""

from __future__ import annotations

from pathlib import Path

import pytest
from testkit import PASSPHRASE
from vault_kit import assert_unchanged, data_key, snapshot

from counsel_desk.domain.audit import GENESIS, AuditKind, entry_hash
from counsel_desk.domain.errors import EXIT_DAMAGED
from counsel_desk.services.workspace import unlock, verify
from counsel_desk.storage.audit import AuditLog, read_head, walk_chain
from counsel_desk.storage.db import IntegrityError, open_connection
from counsel_desk.storage.unit_of_work import OutsideUnitOfWork, UnitOfWork
from counsel_desk.storage.verify import AUDIT


def _rows(conn) -> list[tuple]:
    return conn.execute(
        "SELECT position, at, kind, detail, prev_hash, hash FROM audit_log ORDER BY position"
    ).fetchall()


def test_each_entry_carries_the_hash_of_the_one_before(workspace) -> None:
    for n in range(3):
        workspace.audit.record_check(sound=n != 1)
    rows = _rows(workspace.vault.conn)
    assert [r[0] for r in rows] == list(range(1, len(rows) + 1))
    prev = GENESIS
    for position, at, kind, detail, prev_hash, digest in rows:
        assert prev_hash == prev
        assert digest == entry_hash(position, at, kind, detail, prev_hash)
        prev = digest
    assert read_head(workspace.vault.conn) == (rows[-1][0], rows[-1][5])
    assert [e.detail for e in workspace.audit.recent(3)] == [
        {"result": "sound"},
        {"result": "damaged"},
        {"result": "sound"},
    ]
    assert workspace.audit.check().ok


def test_an_entry_is_written_only_inside_a_unit_of_work(workspace) -> None:
    with pytest.raises(OutsideUnitOfWork):
        AuditLog(workspace.vault.conn).record(AuditKind.VAULT_CHECKED, result="sound")


@pytest.mark.parametrize(
    "sql",
    [
        "UPDATE audit_log SET detail = '{}' WHERE position = 1",
        "UPDATE audit_log SET position = 99 WHERE position = 1",
        "DELETE FROM audit_log WHERE position = 1",
        "DELETE FROM audit_log",
        "INSERT INTO audit_log (position, at, kind, detail, prev_hash, hash) "
        "VALUES (50, 'x', 'locked', '{}', 'x', 'x')",
    ],
)
def test_the_trail_is_append_only(workspace, sql: str) -> None:
    conn = workspace.vault.conn
    before = _rows(conn)
    with pytest.raises(IntegrityError, match=r"append-only|next in line"), UnitOfWork(conn):
        conn.execute(sql)
    assert _rows(conn) == before


# --- verify finds tampering -----------------------------------------------------------------
@pytest.fixture
def busy_vault(closed_vault: tuple[Path, str]) -> Path:
    """A closed vault with a few dozen entries."""
    folder, _ = closed_vault
    ws = unlock(folder, PASSPHRASE)
    try:
        for n in range(30):
            ws.audit.record_check(sound=n % 3 != 0)
    finally:
        ws.close()
    return folder


def _tamper(folder: Path, *statements: str) -> None:
    """What someone holding the data key could do to the file: drop the triggers, edit."""
    conn = open_connection(folder / "vault.db", data_key(folder))
    try:
        conn.execute("DROP TRIGGER audit_log_no_update")
        conn.execute("DROP TRIGGER audit_log_no_delete")
        conn.execute("DROP TRIGGER audit_log_next_in_line")
        for sql in statements:
            conn.execute(sql)
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()


def _audit_finding(folder: Path) -> str:
    before = snapshot(folder)
    report = verify(folder, PASSPHRASE)
    assert_unchanged(folder, before)
    assert not report.ok
    assert report.exit_code == EXIT_DAMAGED
    (failed,) = report.failed()
    assert failed.name == AUDIT
    assert str(report.summary).startswith("The vault's records are sound, but its audit trail was")
    assert failed.detail in str(report.summary)
    return failed.detail


def test_verify_walks_a_sound_chain(busy_vault: Path) -> None:
    report = verify(busy_vault, PASSPHRASE)
    assert report.ok, report.checks
    (audit,) = [c for c in report.checks if c.name == AUDIT]
    assert audit.detail.endswith("entries, each following from the last")


def test_an_edited_entry_is_named(busy_vault: Path) -> None:
    _tamper(busy_vault, "UPDATE audit_log SET kind = 'unlocked' WHERE position = 12")
    assert _audit_finding(busy_vault) == "audit entry 12 was changed after it was written"


def test_an_edited_entry_with_its_hash_recomputed_is_named_by_the_next(busy_vault: Path) -> None:
    key = data_key(busy_vault)
    conn = open_connection(busy_vault / "vault.db", key)
    try:
        position, at, kind, _detail, prev, _digest = conn.execute(
            "SELECT position, at, kind, detail, prev_hash, hash FROM audit_log WHERE position = 12"
        ).fetchone()
    finally:
        conn.close()
    forged = entry_hash(position, at, kind, "{}", prev)
    _tamper(
        busy_vault, f"UPDATE audit_log SET detail = '{{}}', hash = '{forged}' WHERE position = 12"
    )
    assert _audit_finding(busy_vault) == (
        "audit entry 13 does not follow from the one before: it was changed or removed"
    )


def test_a_deleted_entry_is_named(busy_vault: Path) -> None:
    _tamper(busy_vault, "DELETE FROM audit_log WHERE position = 7")
    assert _audit_finding(busy_vault) == (
        "audit entry 8 does not follow from the one before: it was changed or removed"
    )


def test_a_reordered_entry_is_named(busy_vault: Path) -> None:
    _tamper(
        busy_vault,
        "UPDATE audit_log SET position = 999999 WHERE position = 5",
        "UPDATE audit_log SET position = 5 WHERE position = 6",
        "UPDATE audit_log SET position = 6 WHERE position = 999999",
    )
    assert _audit_finding(busy_vault) == (
        "audit entry 5 does not follow from the one before: it was changed or removed"
    )


def test_entries_cut_from_the_end_are_found(busy_vault: Path) -> None:
    key = data_key(busy_vault)
    conn = open_connection(busy_vault / "vault.db", key)
    try:
        last = conn.execute("SELECT max(position) FROM audit_log").fetchone()[0]
    finally:
        conn.close()
    _tamper(busy_vault, f"DELETE FROM audit_log WHERE position > {last - 3}")
    assert _audit_finding(busy_vault) == (
        f"the audit trail ends at entry {last - 3}, but {last} were written: "
        "the last 3 were removed"
    )


def test_the_open_vault_walks_the_same_chain(busy_vault: Path) -> None:
    _tamper(busy_vault, "DELETE FROM audit_log WHERE position = 7")
    ws = unlock(busy_vault, PASSPHRASE)  # the app still opens: the records are sound
    try:
        check = ws.audit.check()
        assert check.position == 8
        assert walk_chain(ws.vault.conn) == check
    finally:
        ws.close()
