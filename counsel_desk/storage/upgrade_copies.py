"""The encrypted copies taken before each upgrade (``vault.pre-vN-<time>.db``): listed, kept
while they may still be needed, then removed, with the practitioner told once.

``vault.pre-vN-….db`` holds the vault as it was just before it was upgraded to schema N
(``migrate.pre_migration_copy``: ``VACUUM INTO``, the same data key, never plaintext). It is
removed when all of these hold (docs/ARCHITECTURE.md, "Copies taken before an upgrade"):

1. the vault is at version N or later, and its last upgrade passed the check made straight
   after it (page and b-tree integrity, foreign keys, the audit chain);
2. the vault has since been opened successfully at least ``KEEP_OPENS`` times;
3. at least ``KEEP_DAYS`` days have passed since that upgrade.

Until then the copy is the only thing that could still open the data as it was before the
upgrade, so it is kept however old it is. A file whose name does not fit is never touched.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from dataclasses import dataclass
from pathlib import Path

from counsel_desk.domain.audit import AuditKind
from counsel_desk.domain.i18n import QT_TRANSLATE_NOOP, Phrase, phrase
from counsel_desk.storage.audit import AuditLog, walk_chain
from counsel_desk.storage.db import Connection, DatabaseError
from counsel_desk.storage.errors import CounselDeskError
from counsel_desk.storage.files import fsync_dir
from counsel_desk.storage.layout import DB_NAME
from counsel_desk.storage.unit_of_work import UnitOfWork

log = logging.getLogger(__name__)

KEEP_OPENS = 3
KEEP_DAYS = 7

# vault_meta keys about the last upgrade
UPGRADED_AT = "upgraded_at"  # UTC, 'YYYY-MM-DDTHH:MM:SSZ'
UPGRADED_TO = "upgraded_to"  # the schema version it reached
UPGRADE_CHECKED = "upgrade_checked"  # 'ok', or what the check after it found
OPENS_SINCE = "opens_since_upgrade"

_NAME = re.compile(r"^" + re.escape(Path(DB_NAME).stem) + r"\.pre-v(\d+)-(\d{8}-\d{6}-\d{6})\.db$")
_UTC = "%Y-%m-%dT%H:%M:%SZ"

CHECK_FAILED = QT_TRANSLATE_NOOP(
    "storage.upgrade_copies",
    "The vault was upgraded, but the check made straight afterwards found a problem "
    "({problem}). The copy taken before the upgrade ({name}) is kept; choose Help → Check the "
    "vault… and keep both until the vault is sound.",
)


@dataclass(frozen=True)
class UpgradeCopy:
    """One ``vault.pre-vN-….db``: the vault as it was before its upgrade to ``version``."""

    path: Path
    version: int
    taken: dt.datetime  # local time, from the name
    size: int

    @property
    def holds_version(self) -> int:
        return self.version - 1


def list_copies(folder: Path) -> list[UpgradeCopy]:
    """Every copy taken before an upgrade in the vault folder, oldest first."""
    found = []
    for path in Path(folder).iterdir():
        match = _NAME.match(path.name)
        if not match:
            continue
        try:
            taken = dt.datetime.strptime(match.group(2), "%Y%m%d-%H%M%S-%f")
            size = path.stat().st_size
        except (ValueError, OSError):
            continue
        found.append(UpgradeCopy(path, int(match.group(1)), taken, size))
    return sorted(found, key=lambda c: (c.taken, c.version))


def check_upgraded(conn: Connection) -> str | None:
    """What is wrong with the vault just upgraded, or None: integrity, foreign keys and the
    audit chain, on the open connection (reads only)."""
    try:
        rows = conn.execute("PRAGMA integrity_check").fetchall()
        if rows != [("ok",)]:
            return "database integrity: " + "; ".join(str(r[0]) for r in rows[:3])
        if conn.execute("PRAGMA foreign_key_check").fetchall():
            return "foreign keys"
        chain = walk_chain(conn)
    except DatabaseError as exc:
        return str(exc)
    return None if chain.ok else f"audit trail: {chain.problem}"


def _meta(conn: Connection) -> dict[str, str]:
    rows = conn.execute(
        "SELECT key, value FROM vault_meta WHERE key IN (?, ?, ?, ?)",
        (UPGRADED_AT, UPGRADED_TO, UPGRADE_CHECKED, OPENS_SINCE),
    ).fetchall()
    return dict(rows)


def _set(conn: Connection, values: dict[str, str]) -> None:
    conn.executemany(
        "INSERT INTO vault_meta (key, value) VALUES (?, ?) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        list(values.items()),
    )


def record_upgrade(
    conn: Connection, work: UnitOfWork, from_version: int, to_version: int, problem: str | None
) -> None:
    """The upgrade, its check and its audit entry, in one unit of work; opens start again
    from nought."""
    with work:
        _set(
            conn,
            {
                UPGRADED_AT: dt.datetime.now(dt.UTC).strftime(_UTC),
                UPGRADED_TO: str(to_version),
                UPGRADE_CHECKED: "ok" if problem is None else problem[:500],
                OPENS_SINCE: "0",
            },
        )
        AuditLog(conn).record(
            AuditKind.VAULT_UPGRADED, from_version=from_version, to_version=to_version
        )


def after_upgrade(
    conn: Connection, work: UnitOfWork, folder: Path, from_version: int, to_version: int
) -> list[Phrase]:
    """Check the vault straight after upgrading it, and record the upgrade, the check and
    its audit entry together. Returns the sentence to say once if the check found a problem
    (every copy is then kept)."""
    problem = check_upgraded(conn)
    record_upgrade(conn, work, from_version, to_version, problem)
    if problem is None:
        return []
    log.warning("the check after upgrading to %d found: %s", to_version, problem)
    copies = list_copies(folder)
    name = copies[-1].path.name if copies else "none was found"
    return [phrase(CHECK_FAILED, problem=problem, name=name)]


def count_open(conn: Connection) -> None:
    """One more successful open since the last upgrade (inside the caller's unit of work)."""
    conn.execute(
        "UPDATE vault_meta SET value = CAST(value AS INTEGER) + 1 WHERE key = ?", (OPENS_SINCE,)
    )


def removable(
    copies: list[UpgradeCopy], meta: dict[str, str], version: int, now: dt.datetime
) -> list[UpgradeCopy]:
    """The copies the rule lets go (see the module's docstring)."""
    if meta.get(UPGRADE_CHECKED) != "ok":
        return []
    try:
        upgraded_at = dt.datetime.strptime(meta[UPGRADED_AT], _UTC).replace(tzinfo=dt.UTC)
        opens = int(meta[OPENS_SINCE])
        reached = int(meta[UPGRADED_TO])
    except (KeyError, ValueError):
        return []
    if opens < KEEP_OPENS or now - upgraded_at < dt.timedelta(days=KEEP_DAYS):
        return []
    return [c for c in copies if c.version <= min(reached, version)]


def settle(
    conn: Connection, work: UnitOfWork, folder: Path, version: int, now: dt.datetime | None = None
) -> list[Phrase]:
    """Remove the copies the rule lets go; returns the sentence to say once, if any.

    Each removal is recorded in the audit trail in the same unit of work: the file is
    removed inside it, so a copy that cannot be removed leaves no entry (and is tried again
    at the next open). Housekeeping only: nothing here stops the vault opening."""
    copies = list_copies(folder)
    if not copies:
        return []
    now = now or dt.datetime.now(dt.UTC)
    try:
        meta = _meta(conn)
    except DatabaseError as exc:
        log.info("copies taken before an upgrade were left as they are: %s", exc)
        return []
    gone = []
    for copy in removable(copies, meta, version, now):
        try:
            with work:
                AuditLog(conn).record(AuditKind.UPGRADE_COPY_REMOVED, version=copy.version)
                copy.path.unlink()
        except FileNotFoundError:
            continue
        except (OSError, CounselDeskError, DatabaseError) as exc:
            log.info("could not remove %s: %s", copy.path.name, exc)
            continue
        gone.append(copy)
    if not gone:
        return []
    fsync_dir(folder)
    opens = meta.get(OPENS_SINCE, "?")
    names = ", ".join(c.path.name for c in gone)
    if len(gone) == 1:
        said = QT_TRANSLATE_NOOP(
            "storage.upgrade_copies",
            "The copy of the vault taken before an upgrade ({names}) was removed: the upgraded "
            "vault was checked and has opened safely {opens} times over at least {days} days.",
        )
    else:
        said = QT_TRANSLATE_NOOP(
            "storage.upgrade_copies",
            "The {n} copies of the vault taken before upgrades ({names}) were removed: the "
            "upgraded vault was checked and has opened safely {opens} times over at least "
            "{days} days.",
        )
    return [phrase(said, n=len(gone), names=names, opens=opens, days=KEEP_DAYS)]
