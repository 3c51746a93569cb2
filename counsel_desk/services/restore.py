"""Restoring a backup into a new folder, and restore drills, with the passphrase or the
recovery key that was valid when the backup was made. Neither needs an open vault; a drill
of the open vault's backup is recorded in its audit trail by ``BackupService.record_drill``.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from counsel_desk.domain.errors import CounselDeskError
from counsel_desk.domain.i18n import QT_TRANSLATE_NOOP, Phrase, phrase
from counsel_desk.domain.secrets import RecoveryKeyFormatError, parse_recovery_key
from counsel_desk.services.workspace import Workspace, unlock
from counsel_desk.storage import backup_file as bf
from counsel_desk.storage import keyslots as ks
from counsel_desk.storage.backup_check import BackupReport, SlotOpener
from counsel_desk.storage.errors import WrongRecoveryKey
from counsel_desk.storage.restore import Restored, RestoreRefused, drill, restore_backup
from counsel_desk.storage.vault import Vault

__all__ = [
    "DrillResult",
    "OtherVault",
    "RestoreRefused",
    "Restored",
    "backup_manifest",
    "looks_like_recovery_key",
    "open_with_secret",
    "record_drill_in",
    "restore",
    "run_drill",
]

_RECOVERY_SHAPE = re.compile(r"^[A-Za-z0-9]{4}([- ]?[A-Za-z0-9]{4}){13}$")


def looks_like_recovery_key(secret: str) -> bool:
    """A recovery key is 14 groups of four letters and digits; a passphrase (almost) never."""
    return _RECOVERY_SHAPE.match(secret.strip()) is not None


@contextlib.contextmanager
def _opener(secret: str | bytearray) -> Iterator[SlotOpener]:
    """A slot opener for ``secret``: the recovery slot for a recovery key, else the
    passphrase slot."""
    if isinstance(secret, str) and looks_like_recovery_key(secret):
        try:
            recovery = parse_recovery_key(secret)
        except RecoveryKeyFormatError as exc:
            raise WrongRecoveryKey(exc.args[0]) from exc
        yield ks.recovery_opener(recovery)
        return
    with ks.PassphraseOpener(secret) as opener:
        yield opener


def backup_manifest(path: Path) -> bf.Manifest:
    """What a backup file says of itself (no secret needed): when, which vault, its size."""
    return bf.read_manifest(Path(path))


def restore(path: Path, folder: Path, secret: str | bytearray) -> Restored:
    """A new vault in ``folder`` (new or empty) from the backup at ``path``."""
    with _opener(secret) as opener:
        return restore_backup(Path(path), Path(folder), opener)


DRILL_PASSED = QT_TRANSLATE_NOOP(
    "services.restore",
    "The drill passed: the backup {name} opens with that secret, every check passed, and it "
    "holds {clients} clients, {sessions} sessions and {notes} notes. The copy restored for "
    "the drill was thrown away.",
)


@dataclass(frozen=True)
class DrillResult:
    report: BackupReport
    manifest: bf.Manifest

    @property
    def ok(self) -> bool:
        return self.report.ok

    @property
    def counts(self) -> dict[str, int]:
        return self.report.contents.counts if self.report.contents else {}

    @property
    def summary(self) -> str | Phrase:
        if not self.ok:
            return self.report.summary
        c = self.counts
        return phrase(
            DRILL_PASSED,
            name=self.report.name,
            clients=f"{c.get('clients', 0):,}",
            sessions=f"{c.get('sessions', 0):,}",
            notes=f"{c.get('notes', 0):,}",
        )


def run_drill(path: Path, secret: str | bytearray) -> DrillResult:
    """Restore into a private temporary folder, check, count, throw away."""
    with _opener(secret) as opener:
        report = drill(Path(path), opener)
    return DrillResult(report, report.manifest)


def open_with_secret(folder: Path, secret: str) -> Workspace:
    """The vault in ``folder``, opened with its passphrase or its recovery key."""
    if looks_like_recovery_key(secret):
        return Workspace(Vault.open_with_recovery(Path(folder), secret))
    return unlock(Path(folder), secret)


def record_drill_in(folder: Path, secret: str, result: DrillResult) -> None:
    """Record a drill in the audit trail of the vault in ``folder`` (the vault the backup is
    of). Raises a sentence if the secret does not open it, or it is another vault's."""
    workspace = open_with_secret(folder, secret)
    try:
        if workspace.vault.header.vault_id != result.manifest.vault_id:
            raise OtherVault()
        workspace.backups.record_drill(result.ok)
    finally:
        workspace.close()


class OtherVault(CounselDeskError):
    default_message = QT_TRANSLATE_NOOP(
        "errors",
        "That backup is of another vault than the one in this folder, so the drill was not "
        "recorded in this vault's audit trail.",
    )
