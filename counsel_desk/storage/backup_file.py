"""One backup file: the vault's database and its key slots, and what proves the file whole.

The layout (docs/ARCHITECTURE.md, "The backup file")::

    [database]  the SQLCipher 4 database, ``db_bytes`` bytes, as SQLite's online backup
                API wrote it: every page encrypted under the vault's data key
    [manifest]  UTF-8 JSON (below)
    [footer]    40 bytes: b"counsel-desk-backup\\0" (20), the format version (4 bytes),
                ``db_bytes`` (8) and the manifest's length (8), big-endian

The manifest names the file's format, when the backup was made (UTC), the vault's id, its
schema version, the app's version, ``db_bytes`` and ``db_sha256`` (the SHA-256 of the
database bytes as written), and ``keys``: the vault's key header (``keys.json``) as it was,
so that the passphrase or recovery key valid at that moment opens the backup. ``mac`` is
HMAC-SHA256 over the canonical JSON of every other field, under a key derived from the data
key with HKDF-SHA256 (info ``counsel-desk backup manifest v1``): checked once a slot has
given the data key, it proves the manifest (and so ``db_sha256``) unchanged.

Nothing in the manifest is a client's: no counts, no names. The footer is at the end, so a
file cut short has none and is refused at once; a flipped byte anywhere in the database
fails ``db_sha256``.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import os
import struct
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives import hmac as crypto_hmac
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from counsel_desk.domain.errors import (
    EXIT_DAMAGED,
    EXIT_USAGE,
    EXIT_WRONG_SECRET,
    CounselDeskError,
)
from counsel_desk.domain.i18n import QT_TRANSLATE_NOOP, Phrase, phrase
from counsel_desk.storage import keyheader as kh
from counsel_desk.storage.files import FILE_MODE, fsync_dir, translate_os_error

MAGIC = b"counsel-desk-backup\x00"
FORMAT = "counsel-desk-backup"
VERSION = 1
_FOOTER = struct.Struct(">20sIQQ")
FOOTER_BYTES = _FOOTER.size  # 40
MAX_MANIFEST = 1 << 20
MAC_INFO = b"counsel-desk backup manifest v1"
CHUNK = 1 << 20


class BackupDamaged(CounselDeskError):
    """A file that is not a whole, unchanged Counsel Desk backup."""

    exit_code = EXIT_DAMAGED
    default_message = QT_TRANSLATE_NOOP(
        "errors",
        "That file is not a complete Counsel Desk backup: it may have been cut short or "
        "damaged when it was copied, or be another kind of file. Nothing was restored; try "
        "another backup.",
    )


class BackupNotThere(CounselDeskError):
    """No file at the path given, or a folder there: a mistake in what was typed or chosen,
    not damage (exit 2, as ``import`` does for a missing file)."""

    exit_code = EXIT_USAGE


class BackupWrongSecret(CounselDeskError):
    exit_code = EXIT_WRONG_SECRET
    default_message = QT_TRANSLATE_NOOP(
        "errors",
        "That does not open this backup. Use the passphrase that was current when the backup "
        "was made, or your recovery key. Nothing was changed.",
    )


# what is wrong with a backup, in "The backup {name} is damaged ({what})"
BYTES_CHANGED = QT_TRANSLATE_NOOP(
    "errors", "its database is not the one written: a byte was changed or lost"
)
SLOTS_CHANGED = QT_TRANSLATE_NOOP("errors", "its key slots or its record of itself were changed")


def damaged(name: str, what: str | Phrase) -> BackupDamaged:
    return BackupDamaged(
        phrase(
            QT_TRANSLATE_NOOP(
                "errors",
                "The backup {name} is damaged ({what}). Nothing was restored; use another backup, "
                "and keep this one as it is in case it is needed.",
            ),
            name=name,
            what=what,
        )
    )


@dataclass(frozen=True)
class Manifest:
    made_at: str  # UTC 'YYYY-MM-DDTHH:MM:SSZ'
    vault_id: str
    schema_version: int
    app_version: str
    db_bytes: int
    db_sha256: str
    keys: kh.KeyHeader
    mac: bytes | None = None

    def _fields(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "version": VERSION,
            "made_at": self.made_at,
            "vault_id": self.vault_id,
            "schema_version": self.schema_version,
            "app_version": self.app_version,
            "db_bytes": self.db_bytes,
            "db_sha256": self.db_sha256,
            "keys": json.loads(self.keys.to_bytes()),
        }

    def _mac(self, data_key: bytearray) -> bytes:
        mac_key = bytearray(32)
        try:
            HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=MAC_INFO).derive_into(
                data_key, mac_key
            )
            signer = crypto_hmac.HMAC(mac_key, hashes.SHA256())
        finally:
            for i in range(len(mac_key)):
                mac_key[i] = 0
        text = json.dumps(self._fields(), sort_keys=True, separators=(",", ":"), ensure_ascii=True)
        signer.update(text.encode("ascii"))
        return signer.finalize()

    def sealed(self, data_key: bytearray) -> Manifest:
        return replace(self, mac=self._mac(data_key))

    def authentic(self, data_key: bytearray) -> bool:
        return self.mac is not None and hmac.compare_digest(self.mac, self._mac(data_key))

    def to_bytes(self) -> bytes:
        if self.mac is None:
            raise ValueError("a manifest is written sealed")
        doc = {**self._fields(), "mac": kh.b64(self.mac)}
        return json.dumps(doc, sort_keys=True, indent=1).encode("utf-8")

    @classmethod
    def from_bytes(cls, data: bytes) -> Manifest:
        doc = json.loads(data.decode("utf-8"))
        if not isinstance(doc, dict) or doc.get("format") != FORMAT:
            raise ValueError("not a backup manifest")
        if doc.get("version") != VERSION:
            raise ValueError(f"backup format {doc.get('version')!r} is not one this app reads")
        keys = kh.KeyHeader.from_bytes(json.dumps(doc["keys"]).encode("utf-8"))
        made_at, vault_id, app = doc["made_at"], doc["vault_id"], doc["app_version"]
        schema, size, sha = doc["schema_version"], doc["db_bytes"], doc["db_sha256"]
        if not all(isinstance(v, str) for v in (made_at, vault_id, app, sha)):
            raise ValueError("a text field is not text")
        if not all(isinstance(v, int) and not isinstance(v, bool) for v in (schema, size)):
            raise ValueError("a number field is not a whole number")
        if keys.vault_id != vault_id or len(sha) != 64:
            raise ValueError("the manifest does not hold together")
        found = cls(made_at, vault_id, schema, app, size, sha, keys, kh.unb64(doc["mac"], 32))
        # Only the very bytes it is written as: the MAC covers the fields as read, so a
        # flip that reads the same (a letter's case in a hex id, say) would pass unnoticed.
        if found.to_bytes() != data:
            raise ValueError("the manifest is not as it was written")
        return found


def footer(db_bytes: int, manifest_bytes: int) -> bytes:
    return _FOOTER.pack(MAGIC, VERSION, db_bytes, manifest_bytes)


def read_manifest(path: Path) -> Manifest:
    """The manifest at the end of ``path``: no key needed. A file that is not a whole backup
    (cut short, another kind of file, a damaged trailer) is refused with a sentence."""
    path = Path(path)
    try:
        with open(path, "rb") as f:
            size = os.fstat(f.fileno()).st_size
            if size < FOOTER_BYTES:
                raise BackupDamaged()
            f.seek(size - FOOTER_BYTES)
            magic, version, db_bytes, manifest_bytes = _FOOTER.unpack(f.read(FOOTER_BYTES))
            if magic != MAGIC:
                raise BackupDamaged()
            if version != VERSION:
                raise BackupDamaged(
                    phrase(
                        QT_TRANSLATE_NOOP(
                            "errors",
                            "{name} was written by a newer Counsel Desk (backup format {version}). "
                            "Install the newer version to restore it; nothing was changed.",
                        ),
                        name=path.name,
                        version=version,
                    )
                )
            if manifest_bytes > MAX_MANIFEST or db_bytes + manifest_bytes + FOOTER_BYTES != size:
                raise damaged(
                    path.name,
                    QT_TRANSLATE_NOOP("errors", "its parts do not add up to its length"),
                )
            f.seek(db_bytes)
            raw = f.read(manifest_bytes)
    except FileNotFoundError as exc:
        raise BackupNotThere(
            phrase(QT_TRANSLATE_NOOP("errors", "There is no backup file at {path}."), path=path)
        ) from exc
    except IsADirectoryError as exc:
        raise BackupNotThere(
            phrase(QT_TRANSLATE_NOOP("errors", "{path} is a folder, not a backup file."), path=path)
        ) from exc
    except OSError as exc:
        raise translate_os_error(exc) from exc
    try:
        return Manifest.from_bytes(raw)
    except (ValueError, KeyError, TypeError, kh.HeaderInvalid) as exc:
        detail = exc.args[0] if isinstance(exc, kh.HeaderInvalid) and exc.args else str(exc)
        unreadable = QT_TRANSLATE_NOOP("errors", "its record of itself is unreadable: {detail}")
        raise damaged(path.name, phrase(unreadable, detail=detail)) from exc


def database_sha256(path: Path, db_bytes: int) -> str:
    """SHA-256 of the first ``db_bytes`` bytes of ``path``."""
    digest = hashlib.sha256()
    try:
        with open(path, "rb") as f:
            left = db_bytes
            while left:
                chunk = f.read(min(CHUNK, left))
                if not chunk:
                    break
                digest.update(chunk)
                left -= len(chunk)
    except OSError as exc:
        raise translate_os_error(exc) from exc
    return digest.hexdigest()


def check_bytes(path: Path, manifest: Manifest) -> None:
    """Refuse a backup whose database bytes are not the ones written."""
    if database_sha256(path, manifest.db_bytes) != manifest.db_sha256:
        raise damaged(Path(path).name, BYTES_CHANGED)


def copy_database(path: Path, manifest: Manifest, target: Path) -> None:
    """Copy the backup's database into ``target`` (a new 0600 file), synced to disk; the
    SHA-256 is checked on the way, and a partial ``target`` is removed."""
    digest = hashlib.sha256()
    try:
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    except OSError as exc:
        raise translate_os_error(exc) from exc
    try:
        with open(path, "rb") as f:
            left = manifest.db_bytes
            while left:
                chunk = f.read(min(CHUNK, left))
                if not chunk:
                    raise damaged(
                        Path(path).name,
                        QT_TRANSLATE_NOOP("errors", "it ends before its database does"),
                    )
                digest.update(chunk)
                view = memoryview(chunk)
                while view:
                    view = view[os.write(fd, view) :]
                left -= len(chunk)
        os.fsync(fd)
    except BaseException as exc:
        os.close(fd)
        with contextlib.suppress(OSError):
            target.unlink()
        if isinstance(exc, OSError):
            raise translate_os_error(exc) from exc
        raise
    os.close(fd)
    if digest.hexdigest() != manifest.db_sha256:
        with contextlib.suppress(OSError):
            target.unlink()
        raise damaged(Path(path).name, BYTES_CHANGED)
    fsync_dir(target.parent)
