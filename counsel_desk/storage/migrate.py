"""Numbered SQL migrations, recorded in ``PRAGMA user_version``.

Each ``schema/NNNN_name.sql`` runs in one transaction with its version bump, so a failure
leaves the database at the version before. Before migrating an existing vault, an encrypted
copy is taken with ``VACUUM INTO`` (same key, never a plaintext copy). A vault newer than
this app is refused untouched.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from counsel_desk.storage.db import Connection, DatabaseError, translate
from counsel_desk.storage.errors import CounselDeskError, StorageFailure, VaultNewer

log = logging.getLogger(__name__)

_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    sql: str


def available() -> list[Migration]:
    found = []
    for entry in resources.files("counsel_desk.storage").joinpath("schema").iterdir():
        match = _NAME.match(entry.name)
        if match:
            found.append(Migration(int(match.group(1)), entry.name, entry.read_text("utf-8")))
    found.sort(key=lambda m: m.version)
    for expected, migration in enumerate(found, start=1):
        if migration.version != expected:
            raise RuntimeError(f"migration {migration.name} is out of sequence")
    return found


def latest_version() -> int:
    return len(available())


def current_version(conn: Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def check_not_newer(conn: Connection) -> int:
    version = current_version(conn)
    if version > latest_version():
        raise VaultNewer()
    return version


def pre_migration_copy(conn: Connection, db_path: Path, from_version: int) -> Path:
    """An encrypted copy (same key) of the vault before it is migrated."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = db_path.with_name(f"{db_path.stem}.pre-v{from_version + 1}-{stamp}.db")
    conn.execute("VACUUM INTO ?", (str(target),))
    target.chmod(0o600)
    return target


def migrate(conn: Connection, db_path: Path | None = None, target: int | None = None) -> list[int]:
    """Apply pending migrations up to ``target`` (default: latest). Returns versions applied."""
    migrations = available()
    target = len(migrations) if target is None else target
    version = check_not_newer(conn)
    pending = [m for m in migrations if version < m.version <= target]
    if not pending:
        return []
    if version > 0 and db_path is not None:
        copy = pre_migration_copy(conn, db_path, version)
        log.info("copied the vault to %s before migrating from version %d", copy.name, version)
    applied = []
    for migration in pending:
        bump = f"PRAGMA user_version = {migration.version};"
        script = f"BEGIN IMMEDIATE;\n{migration.sql}\n{bump}\nCOMMIT;"
        try:
            conn.executescript(script)
        except DatabaseError as exc:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            error = translate(exc)
            if not isinstance(error, CounselDeskError):
                log.error("migration %s failed: %s", migration.name, exc)
                error = StorageFailure(
                    f"The vault could not be upgraded to version {migration.version}; it was "
                    "left as it was. Please report this."
                )
            raise error from exc
        applied.append(migration.version)
    return applied
