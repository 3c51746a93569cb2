"""Numbered migrations, recorded in ``PRAGMA user_version``.

A migration is ``schema/NNNN_name.sql``, a Python step (``migration_steps.PYTHON_STEPS``),
or both: the SQL, then the step, then the version bump run in one transaction, so a
failure leaves the database at the version before. Before migrating an existing vault, an
encrypted copy is taken with ``VACUUM INTO`` (same key, never a plaintext copy; see
``upgrade_copies.py`` for how long it is kept). A vault newer than this app is refused
untouched.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from counsel_desk.domain.i18n import QT_TRANSLATE_NOOP, phrase
from counsel_desk.storage.db import Connection, DatabaseError, translate
from counsel_desk.storage.errors import CounselDeskError, StorageFailure, VaultNewer
from counsel_desk.storage.migration_steps import PYTHON_STEPS, Step

log = logging.getLogger(__name__)

_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    sql: str = ""
    step: Step | None = None


def available() -> list[Migration]:
    by_version: dict[int, Migration] = {}
    for entry in resources.files("counsel_desk.storage").joinpath("schema").iterdir():
        match = _NAME.match(entry.name)
        if match:
            version = int(match.group(1))
            by_version[version] = Migration(version, entry.name, entry.read_text("utf-8"))
    for version, step in PYTHON_STEPS.items():
        sql = by_version.get(version)
        name = sql.name if sql else f"{version:04d}_{step.__name__}"
        by_version[version] = Migration(version, name, sql.sql if sql else "", step)
    found = sorted(by_version.values(), key=lambda m: m.version)
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
    try:
        conn.execute("VACUUM INTO ?", (str(target),))
        target.chmod(0o600)
    except (DatabaseError, OSError) as exc:
        with contextlib.suppress(OSError):
            target.unlink()
        error = translate(exc)
        if error is exc:
            error = StorageFailure(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The copy of the vault taken before upgrading it could not be written; the "
                    "vault was left as it was. Check the disk and try again.",
                )
            )
        raise error from exc
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
        try:
            apply(conn, migration)
        except CounselDeskError:
            raise
        except Exception as exc:  # a failed step is reported in a sentence, never a traceback
            error = translate(exc) if isinstance(exc, DatabaseError) else exc
            if not isinstance(error, CounselDeskError):
                log.error("migration %s failed: %r", migration.name, exc)
                error = StorageFailure(
                    phrase(
                        QT_TRANSLATE_NOOP(
                            "errors",
                            "The vault could not be upgraded to version {version}; it was "
                            "left as it was. Please report this.",
                        ),
                        version=migration.version,
                    )
                )
            raise error from exc
        applied.append(migration.version)
    return applied


def apply(conn: Connection, migration: Migration) -> None:
    """The SQL, the Python step and the version bump in one transaction, or none of them.

    The SQL runs with ``executescript`` (the driver commits any open transaction before a
    script), so the script itself begins the transaction and leaves it open for the step.
    """
    try:
        conn.executescript(f"BEGIN IMMEDIATE;\n{migration.sql}")
        if migration.step is not None:
            migration.step(conn)
        conn.execute(f"PRAGMA user_version = {migration.version}")
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
