"""The vault's own list of the backups it made: where, when, whether verified, whether
removed since. Paths stay here, inside the encrypted vault; the audit trail says only that a
backup was made."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from counsel_desk.storage.repository import Repository, now_utc

UTC = "%Y-%m-%dT%H:%M:%SZ"


def parse_utc(text: str | None) -> dt.datetime | None:
    return dt.datetime.strptime(text, UTC).replace(tzinfo=dt.UTC) if text else None


@dataclass(frozen=True)
class BackupRecord:
    id: int
    made_at: dt.datetime  # UTC
    file_name: str
    folder: str
    size: int
    verified_at: dt.datetime | None
    removed_at: dt.datetime | None

    @property
    def path(self) -> Path:
        return Path(self.folder) / self.file_name


_SELECT = "SELECT id, made_at, file_name, folder, size, verified_at, removed_at FROM backups"


def _record(row: tuple) -> BackupRecord:
    return BackupRecord(
        id=row[0],
        made_at=parse_utc(row[1]),  # type: ignore[arg-type]
        file_name=row[2],
        folder=row[3],
        size=row[4],
        verified_at=parse_utc(row[5]),
        removed_at=parse_utc(row[6]),
    )


class BackupRepository(Repository):
    def add(self, made_at: str, path: Path, size: int, db_sha256: str, verified: bool) -> int:
        self._writing()
        cur = self.conn.execute(
            "INSERT INTO backups (made_at, file_name, folder, size, db_sha256, verified_at) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (
                made_at,
                path.name,
                str(path.parent),
                size,
                db_sha256,
                now_utc() if verified else None,
            ),
        )
        return int(cur.lastrowid)

    def all(self) -> list[BackupRecord]:
        return [_record(r) for r in self._query(f"{_SELECT} ORDER BY made_at, id")]

    def last_verified(self) -> BackupRecord | None:
        rows = self._query(
            f"{_SELECT} WHERE verified_at IS NOT NULL ORDER BY made_at DESC, id DESC LIMIT 1"
        )
        return _record(rows[0]) if rows else None

    def still_listed(self, before: str | None = None) -> list[BackupRecord]:
        """Backups not removed by Counsel Desk, made before ``before`` (UTC text) if given."""
        if before is None:
            rows = self._query(f"{_SELECT} WHERE removed_at IS NULL ORDER BY made_at")
        else:
            rows = self._query(
                f"{_SELECT} WHERE removed_at IS NULL AND made_at <= ? ORDER BY made_at",
                (before,),
            )
        return [_record(r) for r in rows]

    def mark_removed(self, paths: list[Path]) -> int:
        self._writing()
        stamp = now_utc()
        done = 0
        for path in paths:
            cur = self.conn.execute(
                "UPDATE backups SET removed_at = ? WHERE folder = ? AND file_name = ? "
                "AND removed_at IS NULL",
                (stamp, str(path.parent), path.name),
            )
            done += cur.rowcount
        return done
