"""The open export's commands: ``export -o FILE.json`` and ``import FILE.json --vault NEWDIR``.
Each calls one service; errors are one sentence on stderr with the exit codes of ``cli.py``
(a file that is not a sound export: 2, and the target folder is left as it was)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol, TextIO

from counsel_desk.domain.errors import EXIT_OK, EXIT_USAGE, CounselDeskError


class Secrets(Protocol):
    from_stdin: bool

    def read(self, prompt: str) -> str: ...

    def new_passphrase(self, prompt: str = ...) -> str: ...


class UsageError(CounselDeskError):
    exit_code = EXIT_USAGE


def add_parsers(sub: Any, vault_arg: Callable[[argparse.ArgumentParser], None]) -> None:
    p = sub.add_parser("export", help="export the whole vault as an open JSON file (not encrypted)")
    vault_arg(p)
    p.add_argument("-o", "--output", metavar="FILE", required=True, help="the JSON file to write")
    p = sub.add_parser("import", help="make a new vault from an open JSON export")
    vault_arg(p)
    p.add_argument("file", metavar="FILE", help="the JSON export to import")


def cmd_export(
    args: argparse.Namespace, secrets: Secrets, out: TextIO, existing_vault: Callable[[], Path]
) -> int:
    from counsel_desk.services.open_export import NOT_ENCRYPTED, OpenExportService
    from counsel_desk.services.workspace import unlock

    target = Path(args.output).expanduser()
    if target.suffix.lower() != ".json":
        raise UsageError("--output must name a JSON file, such as vault-export.json.")
    folder = existing_vault()
    workspace = unlock(folder, secrets.read("Passphrase"))
    try:

        def progress(done: int, total: int) -> None:
            print(f"\rExporting clients: {done}/{total}", end="", file=sys.stderr, flush=True)

        written = OpenExportService(workspace.vault).export(target, progress)
    finally:
        workspace.close()
    print(file=sys.stderr)
    print(f"Exported the vault to {written}.", file=out)
    print(NOT_ENCRYPTED, file=out)
    return EXIT_OK


def cmd_import(args: argparse.Namespace, secrets: Secrets, out: TextIO, vault: Path) -> int:
    from counsel_desk.services.open_export import check_import, import_vault, require_new_folder

    source = Path(args.file).expanduser()
    require_new_folder(vault)
    check_import(source)  # before any passphrase is asked: a bad file costs nothing
    passphrase = secrets.new_passphrase("Passphrase for the new vault")
    result = import_vault(source, vault, passphrase)
    clients = result.counts.get("clients", 0)
    notes = result.counts.get("notes", 0)
    print(
        f"Imported {clients} client{'s' * (clients != 1)} and {notes} note"
        f"{'s' * (notes != 1)} into a new vault in {vault}.",
        file=out,
    )
    print(
        "Your recovery key opens the vault if you forget the passphrase. It is shown only now: "
        "print it or write it down, and keep it somewhere safe and offline.",
        file=out,
    )
    print(result.recovery_key, file=out)
    return EXIT_OK
