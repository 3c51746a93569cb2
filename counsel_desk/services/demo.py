"""Building demo and scale vaults from the pure plans of :mod:`counsel_desk.demo`."""

from __future__ import annotations

import contextlib
import datetime as dt
import shutil
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from counsel_desk.demo.contracts import demo_defaults, plan_contract, realise_history
from counsel_desk.demo.notes import client_notes
from counsel_desk.demo.plans import PlannedNote
from counsel_desk.demo.practice import plan_practice
from counsel_desk.domain.audit import AuditKind
from counsel_desk.domain.contract.boundaries import BoundaryEvent
from counsel_desk.domain.notes import NoteKind, NoteStatus
from counsel_desk.services.contract_templates import builtin_contract_templates
from counsel_desk.services.workspace import Workspace, create_vault
from counsel_desk.storage.audit import AuditLog
from counsel_desk.storage.boundaries import BoundaryRepository
from counsel_desk.storage.bulk import BulkWriter
from counsel_desk.storage.contracts import ContractRepository
from counsel_desk.storage.db import Connection
from counsel_desk.storage.keyslots import KdfParams
from counsel_desk.storage.notes import NoteSeed
from counsel_desk.storage.unit_of_work import UnitOfWork

DEMO_PASSPHRASE = "demo vault only, never for real notes"

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class DemoSpec:
    clients: int = 10
    years: float = 1.0
    seed: int = 1


def populate(
    workspace: Workspace, spec: DemoSpec, progress: Progress | None = None
) -> dict[str, int]:
    """Fill an open, empty vault: the practice, the plan and the audit entry, in one unit of
    work (all of it, or nothing). Returns counts of what was written."""
    vault = workspace.vault
    with vault.work:
        workspace.practice.save(plan_practice(1, 1, spec.seed).profile)
        counts = write_plan(vault.conn, spec, progress, work=vault.work)
        AuditLog(vault.conn).record(
            AuditKind.DEMO_GENERATED, seed=spec.seed, clients=counts["clients"]
        )
    return counts


def write_plan(
    conn: Connection,
    spec: DemoSpec,
    progress: Progress | None = None,
    *,
    work: UnitOfWork | None = None,
) -> dict[str, int]:
    """Write the plan for ``spec`` on an open connection, in one unit of work (``work``,
    or one of its own).

    Used for vaults, and by the benchmarks for the same data in plain SQLite.
    """
    today = dt.date.today()
    plan = plan_practice(spec.clients, spec.years, spec.seed, today)
    defaults = demo_defaults(plan.profile)
    templates = {t.id: t for t in builtin_contract_templates().templates}
    counts = {"clients": 0, "sessions": 0, "notes": 0, "contract versions": 0}
    counts["boundary events"] = 0
    with BulkWriter(work or UnitOfWork(conn)) as writer:
        contracts, boundaries = ContractRepository(conn), BoundaryRepository(conn)
        for done, client in enumerate(plan.clients, start=1):
            client_id = writer.add_client(client.draft)
            written: dict[int, int] = {}  # id() of a planned session -> its row id
            starts: dict[dt.datetime, int] = {}
            for session, notes in client_notes(client, spec.seed, today):
                # a rescheduled session links to where it moved, which comes just before it
                moved_to = written[id(session.replacement)] if session.replacement else None
                session_id = writer.add_session(client_id, session, rescheduled_to=moved_to)
                written[id(session)] = session_id
                starts[session.start] = session_id
                for note in notes:
                    writer.add_note(
                        _seed(session_id, session.start, note),
                        risk=note.risk,
                        supervision_question=note.supervision_question,
                        amendment=note.amendment,
                    )
                counts["notes"] += len(notes)
            contract = plan_contract(client, spec.seed, today, defaults)
            for version in realise_history(contract, templates, client_id, defaults).versions:
                contracts.insert(version)
                counts["contract versions"] += 1
            for event in contract.boundary_events:
                boundaries.add(
                    BoundaryEvent(
                        client_id=client_id,
                        on=event.on,
                        kind=event.kind,
                        initiated_by=event.initiated_by,
                        what_happened=event.what_happened,
                        what_was_done=event.what_was_done,
                        clause_key=event.clause_key,
                        session_id=starts.get(event.session_start),  # type: ignore[arg-type]
                    )
                )
                counts["boundary events"] += 1
            counts["clients"] += 1
            counts["sessions"] += len(written)
            if progress:
                progress(done, len(plan.clients))
    return counts


def _seed(session_id: int, start: dt.datetime, note: PlannedNote) -> NoteSeed:
    """Written within the hour after the session; finalised that evening (never later than
    now, for sessions earlier today)."""
    now = dt.datetime.now(dt.UTC)

    def stamp(local: dt.datetime) -> str:
        return min(local.astimezone(dt.UTC), now).strftime("%Y-%m-%dT%H:%M:%SZ")

    written = stamp(start + dt.timedelta(minutes=60))
    return NoteSeed(
        session_id=session_id,
        kind=NoteKind(note.kind),
        title=note.title,
        body=note.body,
        status=NoteStatus.FINAL if note.final else NoteStatus.DRAFT,
        created_at=written,
        finalised_at=stamp(start + dt.timedelta(hours=5)) if note.final else None,
        tags=note.tags,
        template_id=note.template_id,
    )


def build_demo_vault(
    folder: Path,
    passphrase: str,
    spec: DemoSpec,
    *,
    progress: Progress | None = None,
    kdf: KdfParams | None = None,
) -> dict[str, int]:
    workspace, _recovery = create_vault(folder, passphrase, kdf=kdf)
    try:
        return populate(workspace, spec, progress)
    finally:
        workspace.close()


@contextlib.contextmanager
def temporary_demo_vault(spec: DemoSpec | None = None) -> Iterator[Path]:
    """A throwaway demo vault in a private temporary folder, removed afterwards."""
    parent = Path(tempfile.mkdtemp(prefix="counsel-desk-demo-"))
    try:
        folder = parent / "vault"
        build_demo_vault(folder, DEMO_PASSPHRASE, spec or DemoSpec())
        yield folder
    finally:
        shutil.rmtree(parent, ignore_errors=True)
