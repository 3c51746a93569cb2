"""Erasing a client, or a client's process notes: what will go, the erasure itself
(``storage/erasure.py``), its record, and the copies outside the vault that still hold the
data (backups made before it, copies taken before an upgrade) and how they go."""

from __future__ import annotations

import datetime as dt
import json
import logging
from dataclasses import dataclass
from pathlib import Path

from counsel_desk.domain.erasure import (
    CLIENT_REQUEST,
    Copy,
    ErasureRecord,
    Scope,
    copies_advice,
    describe_counts,
)
from counsel_desk.domain.errors import CounselDeskError, ValidationError
from counsel_desk.domain.i18n import QT_TRANSLATE_NOOP, Phrase
from counsel_desk.domain.retention import Retention, RetentionRule
from counsel_desk.services import preferences
from counsel_desk.services.backups import BackupService, Pruned
from counsel_desk.services.retention import RetentionService
from counsel_desk.storage.backup import list_backups
from counsel_desk.storage.backups import UTC, BackupRepository, parse_utc
from counsel_desk.storage.clients import ClientRepository
from counsel_desk.storage.erasure import ErasureRepository, record_erasure
from counsel_desk.storage.vault import Vault

log = logging.getLogger(__name__)

NOT_DUE = (
    "{code}'s {what} are kept until {until} under the retention rule, so they are not due "
    "for erasure yet. To erase them earlier because the client asked, say that it is at "
    "their request. Nothing was erased."
)
IN_THERAPY = (
    "{code} has a session booked after today, so their {what} are not due for erasure. To "
    "erase them now because the client asked, say that it is at their request. Nothing was "
    "erased."
)
BACKUP_RUNNING = "A backup is being made. Erase once it has finished; nothing was erased."
NEED_NEW_BACKUP = (
    "Make a new backup first: removing every backup made before the erasure would leave no "
    "backup at all. Nothing was removed."
)


class ErasureRefused(ValidationError):
    pass


@dataclass(frozen=True)
class ErasurePreview:
    """What an erasure would remove, why it may, and what would still hold the data."""

    client_id: int
    code: str
    scope: Scope
    counts: dict[str, int]
    retention: Retention
    due: bool
    rule: str  # the rule it would be recorded under if done now
    copies: tuple[Copy, ...]
    keep: int  # how many backups the folder keeps

    @property
    def lines(self) -> list[Phrase]:
        return describe_counts(self.counts)

    @property
    def advice(self) -> str | Phrase:
        return copies_advice(self.copies, self.keep)


def _record(row: tuple) -> ErasureRecord:
    erasure_id, at, code, scope, rule, counts, copies, removed = row
    return ErasureRecord(
        id=erasure_id,
        at=parse_utc(at),  # type: ignore[arg-type]
        code=code,
        scope=Scope(scope),
        rule=rule,
        counts=json.loads(counts),
        copies=tuple(Copy.from_json(c) for c in json.loads(copies)),
        copies_removed_at=parse_utc(removed),
        still_there=tuple(
            Copy.from_json(c)
            for c in json.loads(copies)
            if (Path(c["folder"]) / c["name"]).exists()
        ),
    )


class ErasureService:
    def __init__(self, vault: Vault, backups: BackupService, retention: RetentionService) -> None:
        self._vault = vault
        self._work = vault.work
        self._repo = ErasureRepository(vault.conn)
        self._clients = ClientRepository(vault.conn)
        self._backup_list = BackupRepository(vault.conn)
        self._backups = backups
        self._retention = retention

    # --- before ------------------------------------------------------------------------
    def copies(self) -> list[Copy]:
        """Files outside the vault that hold its records now: this vault's backups (those it
        made and those in the backup folder) and the copies taken before upgrades."""
        found: dict[Path, Copy] = {}
        for record in self._backup_list.still_listed():
            if record.path.exists():
                made = record.made_at.strftime(UTC)
                found[record.path] = Copy("backup", record.file_name, record.folder, made)
        folder = preferences.load().backup_folder
        if folder:
            for backup in list_backups(Path(folder).expanduser()):
                if backup.vault_id == self._vault.header.vault_id and backup.path not in found:
                    made = backup.made_at.strftime(UTC)
                    found[backup.path] = Copy("backup", backup.name, str(backup.path.parent), made)
        for copy in self._vault.list_upgrade_copies():
            found[copy.path] = Copy(
                "upgrade_copy", copy.path.name, str(copy.path.parent), copy.taken.isoformat()
            )
        return sorted(found.values(), key=lambda c: (c.kind, c.made, c.name))

    def preview(self, client_id: int, scope: Scope, today: dt.date | None = None) -> ErasurePreview:
        today = today or dt.date.today()
        client = self._clients.get(client_id)
        kept = self._retention.for_client(client_id, today)
        if scope is Scope.CLIENT:
            due = kept.due(today)
            rule = kept.rule.value if due and kept.rule else CLIENT_REQUEST
        else:
            notes_due = kept.process_notes_due(today)
            due = kept.due(today) or notes_due
            if notes_due:
                rule = RetentionRule.PROCESS_NOTES.value
            else:
                rule = kept.rule.value if due and kept.rule else CLIENT_REQUEST
        return ErasurePreview(
            client_id=client_id,
            code=client.code,
            scope=scope,
            counts=self._repo.counts(client_id, scope.value),
            retention=kept,
            due=due,
            rule=rule,
            copies=tuple(self.copies()),
            keep=preferences.load().backup_keep,
        )

    # --- the erasure -------------------------------------------------------------------
    def require_allowed(self, plan: ErasurePreview, *, at_request: bool) -> None:
        """A sentence (and nothing erased) unless ``plan`` may go now: past its retention
        date, or at the client's request; never while a backup is being made."""
        if self._backups.busy:
            raise ErasureRefused(BACKUP_RUNNING)
        if not plan.due and not at_request:
            what = "records" if plan.scope is Scope.CLIENT else "process notes"
            until = plan.retention.keep_until
            if plan.scope is Scope.PROCESS_NOTES and plan.retention.process_notes_until:
                until = plan.retention.process_notes_until
            if until is None:
                raise ErasureRefused(IN_THERAPY.format(code=plan.code, what=what))
            when = f"{until.day} {until:%B %Y}"
            raise ErasureRefused(NOT_DUE.format(code=plan.code, what=what, until=when))

    def erase(
        self,
        client_id: int,
        scope: Scope = Scope.CLIENT,
        *,
        at_request: bool = False,
        today: dt.date | None = None,
        scrub: bool = True,
    ) -> ErasureRecord:
        """Erase now, or refuse with a sentence (nothing changed). Before the retention date
        only ``at_request`` (the client asked), recorded as such.

        The records are gone when the erasure's transaction commits (a fraction of a
        second for ten years of notes); their words then stay in the vault's pages until
        the rewrite (``finish_pending``: seconds on a large vault), which runs here unless
        ``scrub`` is False: the app then runs it straight after, on a worker, with a note
        on screen, and the next unlock finishes it if it was stopped."""
        if self._backups.busy:
            raise ErasureRefused(BACKUP_RUNNING)
        plan = self.preview(client_id, scope, today)
        if not plan.due and not at_request:
            what = "records" if plan.scope is Scope.CLIENT else "process notes"
            until = plan.retention.keep_until
            if plan.scope is Scope.PROCESS_NOTES and plan.retention.process_notes_until:
                until = plan.retention.process_notes_until
            if until is None:
                raise ErasureRefused(IN_THERAPY.format(code=plan.code, what=what))
            when = f"{until.day} {until:%B %Y}"
            raise ErasureRefused(NOT_DUE.format(code=plan.code, what=what, until=when))
        with self._work:
            erasure_id, _counts = self._repo.erase(
                client_id,
                plan.code,
                scope.value,
                plan.rule,
                [c.as_json() for c in plan.copies],
            )
            record_erasure(self._vault.conn, erasure_id, scope.value, plan.rule)
        if scrub:
            try:
                self._scrub()
            except CounselDeskError as exc:  # a full disk: the records are gone all the same
                log.warning(
                    "the rewrite after erasure %s waits for the next unlock: %s",
                    erasure_id,
                    exc.message,
                )
        found = self._repo.record(erasure_id)
        assert found is not None
        return _record(found)

    def _scrub(self) -> None:
        """Rewrite the database so no trace of the erased records stays in its pages, mark
        the erasures done, and empty the log. Stopped before the mark (a crash, a full
        disk), it is done again at the next unlock (``finish_pending``)."""
        self._repo.scrub()
        with self._work:
            self._repo.scrubbed()
        self._repo.checkpoint()

    def finish_pending(self) -> bool:
        """The rewrite an erasure has not had yet: straight after one made with ``scrub``
        False (on a worker: it uses the vault's connection, so nothing else may meanwhile),
        or at unlock after one that was interrupted. Whether there was one."""
        if not self._repo.scrub_pending():
            return False
        self._scrub()
        return True

    # --- after -------------------------------------------------------------------------
    def records(self) -> list[ErasureRecord]:
        return [_record(r) for r in self._repo.records()]

    def remove_copies(self, erasure_id: int) -> Pruned:
        """Remove the backups made before this erasure that still hold its data, once a
        verified backup newer than the erasure exists. Copies taken before an upgrade are
        left to their own rule."""
        row = self._repo.record(erasure_id)
        if row is None:
            raise CounselDeskError(
                QT_TRANSLATE_NOOP("errors", "That erasure record no longer exists.")
            )
        record = _record(row)
        last = self._backups.last_verified()
        listed = {(c.folder, c.name) for c in record.copies}
        if last is None or last.made_at < record.at or (last.folder, last.file_name) in listed:
            raise ErasureRefused(NEED_NEW_BACKUP)
        paths = [Path(c.folder) / c.name for c in record.still_there if c.kind == "backup"]
        pruned = self._backups.remove(paths, erasure=erasure_id)
        with self._work:
            self._repo.copies_removed(erasure_id)
        return pruned
