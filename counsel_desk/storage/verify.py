"""Whole-vault checks: key slots, page HMACs, SQLite integrity, foreign keys, schema version."""

from __future__ import annotations

from typing import TYPE_CHECKING

from counsel_desk.storage.db import DatabaseError, checkpoint
from counsel_desk.storage.migrate import current_version, latest_version

if TYPE_CHECKING:
    from counsel_desk.storage.vault import CheckResult, Vault


def run_checks(vault: Vault) -> list[CheckResult]:
    from counsel_desk.storage import vault as v

    results: list[CheckResult] = []
    primary = v._read_header(vault.folder / v.KEYS_NAME)
    backup = v._read_header(vault.folder / v.KEYS_BACKUP_NAME)
    slots_ok = primary is not None and backup is not None and primary == backup
    results.append(
        v.CheckResult(
            "key slots",
            slots_ok,
            "keys.json and keys.backup.json agree"
            if slots_ok
            else "keys.json and keys.backup.json are not both present and identical",
        )
    )

    def run(name: str, sql: str, good: object) -> None:
        try:
            rows = vault.conn.execute(sql).fetchall()
        except DatabaseError as exc:
            results.append(v.CheckResult(name, False, str(exc)))
            return
        ok = rows == good
        detail = "ok" if ok else "; ".join(" ".join(map(str, r)) for r in rows[:5])
        results.append(v.CheckResult(name, ok, detail))

    try:
        checkpoint(vault.conn)  # cipher_integrity_check reads the main file only
    except DatabaseError as exc:
        results.append(v.CheckResult("checkpoint", False, str(exc)))
    run("page authentication", "PRAGMA cipher_integrity_check", [])
    run("database integrity", "PRAGMA integrity_check", [("ok",)])
    run("foreign keys", "PRAGMA foreign_key_check", [])
    version, latest = current_version(vault.conn), latest_version()
    results.append(
        v.CheckResult("schema version", version == latest, f"version {version} of {latest}")
    )
    return results
