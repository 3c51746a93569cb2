"""The open export's commands: ``export -o FILE.json`` and ``import FILE.json --vault NEWDIR``.
Each calls one service; errors are one sentence on stderr with the exit codes of ``cli.py``
(a file that is not a sound export: 2, and the target folder is left as it was)."""

from __future__ import annotations

import argparse
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
    from counsel_desk.cli_common import ProgressLine
    from counsel_desk.services.open_export import NOT_ENCRYPTED, OpenExportService
    from counsel_desk.services.workspace import unlock

    target = Path(args.output).expanduser()
    if target.suffix.lower() != ".json":
        raise UsageError("--output must name a JSON file, such as vault-export.json.")
    folder = existing_vault()
    workspace = unlock(folder, secrets.read("Passphrase"))
    line = ProgressLine()
    try:
        written = OpenExportService(workspace.vault).export(
            target, lambda done, total: line.show(f"Exporting clients: {done}/{total}")
        )
    finally:
        line.done()  # Ctrl+C: the temp file is gone, and the prompt starts on its own line
        workspace.close()
    print(f"Exported the vault to {written}.", file=out)
    print(NOT_ENCRYPTED, file=out)
    return EXIT_OK


def import_progress(line: Any) -> Callable[[str, int, int], None]:
    """The import's stages on the progress line: the file read through, then clients."""
    from counsel_desk.services.open_export import CHECKING

    def show(stage: str, done: int, total: int) -> None:
        if stage == CHECKING:
            percent = 100 * done // total if total else 100
            line.show(f"Checking the file: {percent}%")
        else:
            line.show(f"Importing clients: {done}/{total}")

    return show


def cmd_import(args: argparse.Namespace, secrets: Secrets, out: TextIO, vault: Path) -> int:
    from counsel_desk.cli_common import ProgressLine
    from counsel_desk.services.open_export import check_import, import_vault, require_new_folder

    source = Path(args.file).expanduser()
    require_new_folder(vault)
    line = ProgressLine()
    try:  # the file checked before any passphrase is asked: a bad file costs nothing
        check_import(source, import_progress(line))
    finally:
        line.done()
    passphrase = secrets.new_passphrase("Passphrase for the new vault")
    try:
        result = import_vault(source, vault, passphrase, progress=import_progress(line))
    finally:
        line.done()
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
