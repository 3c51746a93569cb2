"""Building demo and scale vaults from the pure plans in :mod:`counsel_desk.domain.demo`."""

from __future__ import annotations

import contextlib
import shutil
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from counsel_desk.domain.demo import plan_practice
from counsel_desk.services.workspace import Workspace, create_vault
from counsel_desk.storage.bulk import BulkWriter
from counsel_desk.storage.keyslots import KdfParams

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
    """Fill an open, empty vault. Returns counts of what was written."""
    plan = plan_practice(spec.clients, spec.years, spec.seed)
    workspace.practice.save(plan.profile)
    total = len(plan.clients)
    counts = {"clients": 0, "sessions": 0}
    with BulkWriter(workspace.vault.conn) as writer:
        for done, client_plan in enumerate(plan.clients, start=1):
            client_id = writer.add_client(client_plan.draft)
            for session in client_plan.sessions:
                writer.add_session(client_id, session)
            counts["clients"] += 1
            counts["sessions"] += len(client_plan.sessions)
            if progress:
                progress(done, total)
    workspace.vault.audit("demo_data_generated", f"seed {spec.seed}")
    return counts


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
