"""Where a backup's time goes, beside a plain copy: why "≤ 3× a plain file copy" (issue #15)
is out of reach while every page is decrypted and encrypted again.

    python benchmarks/backup_cost.py VAULT PASSPHRASE [--runs N]

Each measured in turns with the others, in one process, on the benchmark vault's
``vault.db`` (fictional data):

- **plain copy**: the file copied byte for byte (no sync: the sync is the same for both);
- **plain SQLite's backup API**: the same database exported once, unencrypted, into the
  benchmark's cache folder (removed at the end), then copied by the backup API into a new
  unencrypted file: what the backup API costs with no cipher at all;
- **the vault's backup API**: the vault (a read transaction of its own, as
  ``BackupJob`` opens it) into a new file keyed like it, as ``BackupJob`` copies it, without
  the manifest and the sync: every page decrypted and checked (HMAC-SHA512), then encrypted
  and signed again;
- **VACUUM INTO**: the other way the issue allows, into a new file (SQLCipher keys it like
  the vault: checked by its first bytes);
- **HMAC of every page**: ``PRAGMA cipher_integrity_check`` on a fresh connection, which
  reads every page and checks its HMAC (half of a backup's cipher work on one side);
- **raw OpenSSL**: AES-256-CBC over the file's bytes in one call, and SHA-512 over it in
  4 KiB pieces, through the same OpenSSL family (``cryptography``, ``hashlib``): the
  cipher's own cost, without SQLCipher's per-page work around it;
- **the manifest's digest**: SHA-256 over the file, as ``BackupJob`` seals it.

Prints a table and one JSON line of seconds per run.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from stats import figure, render  # noqa: E402

PAGE = 4096


def _new_file(path: Path) -> Path:
    fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(fd)
    return path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("vault", type=Path)
    parser.add_argument("passphrase")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    import sqlcipher3
    from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

    from counsel_desk.hardening import zero
    from counsel_desk.services.workspace import unlock
    from counsel_desk.storage.db import open_connection, open_copy_target

    source = args.vault / "vault.db"
    ws = unlock(args.vault, args.passphrase)
    job = ws.vault.backup_job()
    key = bytearray(job._key)  # the data key, as a backup keys its file
    job.close()
    ws.close()
    work = Path(tempfile.mkdtemp(prefix="backup-cost-", dir=args.vault.parent))
    plain_db = work / "plain-export.db"
    try:
        conn = open_connection(source, key, read_only=True)
        try:
            conn.execute("ATTACH DATABASE ? AS plaintext KEY ''", (str(plain_db),))
            conn.execute("SELECT sqlcipher_export('plaintext')").fetchall()
            conn.execute("DETACH DATABASE plaintext")
        finally:
            conn.close()
        data = source.read_bytes()

        def plain_copy() -> None:
            with open(source, "rb") as src, open(work / "copy.db", "wb") as dst:
                shutil.copyfileobj(src, dst, 1 << 20)
            (work / "copy.db").unlink()

        def plain_backup_api() -> None:
            src = sqlcipher3.connect(str(plain_db), isolation_level=None)
            dest = sqlcipher3.connect(str(work / "plain-copy.db"), isolation_level=None)
            try:
                dest.execute("PRAGMA journal_mode = OFF").fetchall()
                dest.execute("PRAGMA synchronous = OFF")
                src.execute("BEGIN")
                src.execute("SELECT count(*) FROM sqlite_schema").fetchall()
                src.backup(dest, pages=1024)
            finally:
                dest.close()
                src.close()
            (work / "plain-copy.db").unlink()

        def vault_backup_api() -> None:
            src = open_connection(source, key, read_only=True)
            dest = open_copy_target(_new_file(work / "keyed-copy.db"), key)
            try:
                src.execute("PRAGMA cache_size = -65536")  # as BackupJob reads it
                src.execute("BEGIN")
                src.execute("SELECT count(*) FROM sqlite_schema").fetchall()
                src.backup(dest, pages=1024)
            finally:
                dest.close()
                src.close()
            (work / "keyed-copy.db").unlink()

        def vacuum_into() -> None:
            src = open_connection(source, key, read_only=True)
            try:
                src.execute("VACUUM INTO ?", (str(work / "vacuumed.db"),))
            finally:
                src.close()
            with open(work / "vacuumed.db", "rb") as f:
                assert not f.read(16).startswith(b"SQLite format 3"), "VACUUM INTO wrote plaintext"
            (work / "vacuumed.db").unlink()

        def hmac_every_page() -> None:
            conn = open_connection(source, key, read_only=True)
            try:
                conn.execute("PRAGMA cipher_integrity_check").fetchall()
            finally:
                conn.close()

        aes_key, iv = os.urandom(32), os.urandom(16)
        whole = data[: len(data) // 16 * 16]

        def raw_aes() -> None:
            enc = Cipher(algorithms.AES(aes_key), modes.CBC(iv)).encryptor()
            enc.update(whole)
            enc.finalize()

        def raw_sha512_pages() -> None:
            view = memoryview(data)
            for at in range(0, len(data), PAGE):
                hashlib.sha512(view[at : at + PAGE]).digest()

        def manifest_digest() -> None:
            hashlib.sha256(data).hexdigest()

        parts: dict[str, Callable[[], None]] = {
            "plain_copy_s": plain_copy,
            "plain_backup_api_s": plain_backup_api,
            "vault_backup_api_s": vault_backup_api,
            "vacuum_into_s": vacuum_into,
            "hmac_every_page_s": hmac_every_page,
            "raw_aes_s": raw_aes,
            "raw_sha512_pages_s": raw_sha512_pages,
            "manifest_digest_s": manifest_digest,
        }
        for fn in parts.values():  # warm the file cache and the code paths
            fn()
        results: dict[str, object] = {name: [] for name in parts}
        for _ in range(args.runs):
            for name, fn in parts.items():
                started = time.perf_counter()
                fn()
                results[name].append(time.perf_counter() - started)  # type: ignore[union-attr]
        results["pages"] = len(data) // PAGE
        results["db_mb"] = len(data) / 1_000_000
    finally:
        zero(key)
        shutil.rmtree(work, ignore_errors=True)
    print(render(figures(results)))
    print(json.dumps(results))
    return 0


def figures(r: dict) -> list:
    copy = statistics.median(r["plain_copy_s"])
    pages = r["pages"]

    def per(key: str) -> str:
        median = statistics.median(r[key])
        return f"{median / copy:.1f}x the copy, {median / pages * 1e6:.0f} us a page"

    return [
        figure(f"plain copy of vault.db ({r['db_mb']:.0f} MB, no sync)", r["plain_copy_s"]),
        figure(
            "plain SQLite's backup API, same database",
            r["plain_backup_api_s"],
            baseline=per("plain_backup_api_s"),
        ),
        figure(
            "the vault's backup API (decrypt, check, encrypt, sign)",
            r["vault_backup_api_s"],
            baseline=per("vault_backup_api_s"),
        ),
        figure("VACUUM INTO a keyed file", r["vacuum_into_s"], baseline=per("vacuum_into_s")),
        figure(
            "HMAC-SHA512 of every page (cipher_integrity_check)",
            r["hmac_every_page_s"],
            baseline=per("hmac_every_page_s"),
        ),
        figure("raw AES-256-CBC over the file", r["raw_aes_s"], baseline=per("raw_aes_s")),
        figure(
            "raw SHA-512 of every 4 KiB page",
            r["raw_sha512_pages_s"],
            baseline=per("raw_sha512_pages_s"),
        ),
        figure(
            "the manifest's SHA-256 of the file",
            r["manifest_digest_s"],
            baseline=per("manifest_digest_s"),
        ),
    ]


if __name__ == "__main__":
    sys.exit(main())
