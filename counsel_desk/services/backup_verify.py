"""What the fresh process reports after a backup (``counsel-desk verify --backup FILE
--data-key-stdin --json``): the backup's checks, its counts and its digest. Kept apart from
``services/backups.py`` so that the fresh process loads only the storage it needs (it
starts in about half the time)."""

from __future__ import annotations

from pathlib import Path

from counsel_desk.storage.backup_check import check_backup


def check_with_key(path: Path, data_key: bytearray) -> dict[str, object]:
    report = check_backup(path, data_key=data_key)
    contents = report.contents
    return {
        "ok": report.ok,
        "summary": str(report.summary),
        "checks": [[c.name, c.ok, c.detail] for c in report.checks],
        "counts": contents.counts if contents else {},
        "digest": contents.digest if contents else "",
    }
