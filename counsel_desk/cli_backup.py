"""The commands for keeping records: ``backup``, ``restore`` (and ``--drill``), ``erase``,
``retention``, and ``verify --backup FILE``. Each calls one service; errors are one
sentence on stderr with the exit codes of ``cli.py``.

``verify --backup FILE --data-key-stdin --json`` is also the check the app runs in a fresh
process straight after each backup (``services/backups.py``): it reads the data key from
standard input (never the command line or the environment) and prints its findings as JSON.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol, TextIO

from counsel_desk.domain.errors import (
    EXIT_DAMAGED,
    EXIT_OK,
    EXIT_USAGE,
    EXIT_WRONG_SECRET,
    CounselDeskError,
)
from counsel_desk.domain.i18n import Marked, Phrase


class Secrets(Protocol):
    from_stdin: bool

    def read(self, prompt: str) -> str: ...


class UsageError(CounselDeskError):
    exit_code = EXIT_USAGE


SECRET_PROMPT = "Passphrase or recovery key (as it was when the backup was made)"
# the command line's own words where the service's sentence points to the app
NO_BACKUP_FOLDER = (
    "No backup folder is chosen yet. Give the file to write with -o FILE (preferably on a USB "
    "drive or another disk), or choose a backup folder in the app's Settings (File → "
    "Settings…)."
)
SAY_AT_REQUEST = "say that it is at their request"
AT_REQUEST = "run the command again with --at-request"


def add_parsers(sub: Any, vault_arg: Callable[[argparse.ArgumentParser], None]) -> None:
    p = sub.add_parser("backup", help="back up the vault into one encrypted, checked file")
    vault_arg(p)
    p.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help="write the backup to FILE (default: a dated file in the backup folder chosen "
        "in Settings)",
    )
    p = sub.add_parser(
        "restore", help="restore a backup into a new folder, or rehearse it with --drill"
    )
    vault_arg(p)
    p.add_argument("file", metavar="FILE", help="the backup file")
    p.add_argument(
        "--drill",
        action="store_true",
        help="restore to a temporary place, check, report and throw it away; recorded in "
        "the vault's audit trail",
    )
    p = sub.add_parser("erase", help="erase a client's records (or only their process notes)")
    vault_arg(p)
    p.add_argument("--client", metavar="CODE", required=True, help="the client's code")
    p.add_argument(
        "--process-notes", action="store_true", help="erase only the client's process notes"
    )
    p.add_argument(
        "--at-request",
        action="store_true",
        help="erase before the retention date, because the client asked",
    )
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    p = sub.add_parser("retention", help="list the clients due for review under retention")
    vault_arg(p)
    p.add_argument("--all", action="store_true", help="every client's retention date")


def add_verify_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--backup", metavar="FILE", help="check a backup file instead")
    parser.add_argument("--data-key-stdin", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--json", action="store_true", help=argparse.SUPPRESS)


def _vault_dir(args: argparse.Namespace) -> Path:
    from counsel_desk.services.preferences import resolve_vault_dir

    return resolve_vault_dir(args.vault)


def _open(args: argparse.Namespace, secrets: Secrets) -> Any:
    from counsel_desk.services.status import require_vault
    from counsel_desk.services.workspace import unlock

    folder = require_vault(_vault_dir(args))
    return unlock(folder, secrets.read("Passphrase"))


def _say(notices: list[Marked | Phrase]) -> None:
    for notice in dict.fromkeys(notices):
        print(f"counsel-desk: {notice}", file=sys.stderr)


# --- backup --------------------------------------------------------------------------------
def cmd_backup(args: argparse.Namespace, secrets: Secrets, out: TextIO) -> int:
    from counsel_desk.services.backups import NoBackupFolder

    output = Path(args.output).expanduser() if args.output else None
    workspace = _open(args, secrets)
    try:
        _say(workspace.take_notices())

        def progress(done: int, total: int) -> None:
            share = 100 * done // max(total, 1)
            print(f"\rBacking up: {share}%", end="", file=sys.stderr, flush=True)

        try:
            outcome = workspace.backups.back_up(output, progress)
        except NoBackupFolder as exc:
            raise UsageError(NO_BACKUP_FOLDER) from exc
        print(file=sys.stderr)
    finally:
        workspace.close()
    print(outcome.summary, file=out)
    return EXIT_OK


# --- restore and drills --------------------------------------------------------------------
def _print_checks(report: Any, out: TextIO) -> None:
    for check in report.checks:
        print(f"{'ok  ' if check.ok else 'FAIL'}  {check.name}: {check.detail}", file=out)


def cmd_restore(args: argparse.Namespace, secrets: Secrets, out: TextIO) -> int:
    from counsel_desk.services import restore

    path = Path(args.file).expanduser()
    manifest = restore.backup_manifest(path)  # a damaged file is refused before any prompt
    if args.drill:
        return _drill(args, secrets, out, path)
    folder = _vault_dir(args)
    secret = secrets.read(SECRET_PROMPT)
    done = restore.restore(path, folder, secret)
    _print_checks(done.report, out)
    counts = done.report.contents.counts if done.report.contents else {}
    made = dt.datetime.strptime(manifest.made_at, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=dt.UTC)
    made = made.astimezone()
    print(
        f"Restored the backup made on {made.day} {made:%B %Y} at {made:%H:%M} into {folder}: "
        f"{counts.get('clients', 0):,} clients, {counts.get('sessions', 0):,} sessions and "
        f"{counts.get('notes', 0):,} notes. Open it with `counsel-desk --vault {folder}` "
        "and the same passphrase (or, with the recovery key, `counsel-desk recover`).",
        file=out,
    )
    return EXIT_OK


def _drill(args: argparse.Namespace, secrets: Secrets, out: TextIO, path: Path) -> int:
    from counsel_desk.services import restore
    from counsel_desk.services.status import VaultState, vault_state

    secret = secrets.read(SECRET_PROMPT)
    result = restore.run_drill(path, secret)
    _print_checks(result.report, out)
    if result.ok:
        print(result.summary, file=out)
    else:
        print(f"counsel-desk: {result.summary}", file=sys.stderr)
    folder = _vault_dir(args)
    if vault_state(folder) is VaultState.READY:
        _record_drill(folder, secret, secrets, result, out)
    return EXIT_OK if result.ok else EXIT_DAMAGED


def _record_drill(folder: Path, secret: str, secrets: Secrets, result: Any, out: TextIO) -> None:
    """In the audit trail of the vault the backup is of: with the same secret, or, if the
    passphrase has changed since the backup, the current one (asked once)."""
    from counsel_desk.services import restore

    try:
        try:
            restore.record_drill_in(folder, secret, result)
        except CounselDeskError as exc:
            if exc.exit_code != EXIT_WRONG_SECRET:
                raise
            current = secrets.read("Current passphrase of the vault (to record the drill)")
            restore.record_drill_in(folder, current, result)
    except CounselDeskError as exc:
        print(f"counsel-desk: The drill was not recorded: {exc.message}", file=sys.stderr)
        return
    print(f"The drill is recorded in the audit trail of the vault in {folder}.", file=out)


# --- erasure and retention -----------------------------------------------------------------
def _find_client(workspace: Any, code: str) -> Any:
    for client in workspace.clients.list():
        if client.code.casefold() == code.strip().casefold():
            return client
    raise UsageError(f"No client has the code {code}. Nothing was erased.")


def _confirm(secrets: Secrets, code: str) -> None:
    prompt = f"Type {code} to erase these records for good (anything else stops)"
    if secrets.from_stdin:
        answer = secrets.read(prompt)
    else:
        try:
            answer = input(f"{prompt}: ")
        except (EOFError, KeyboardInterrupt) as exc:
            raise UsageError("Cancelled; nothing was erased.") from exc
    if answer.strip().casefold() != code.casefold():
        raise UsageError("Not confirmed; nothing was erased.")


def _require_allowed(workspace: Any, plan: Any, at_request: bool) -> None:
    """The service's refusal, with the option to give (not the app's checkbox) when the
    records are not due yet."""
    from counsel_desk.services.erasure import ErasureRefused

    try:
        workspace.erasure.require_allowed(plan, at_request=at_request)
    except ErasureRefused as exc:
        if plan.due or at_request:
            raise
        said = exc.message
        if SAY_AT_REQUEST in said:
            raise UsageError(said.replace(SAY_AT_REQUEST, AT_REQUEST)) from exc
        raise UsageError(f"{said} If the client asked, {AT_REQUEST}.") from exc


def cmd_erase(args: argparse.Namespace, secrets: Secrets, out: TextIO) -> int:
    from counsel_desk.domain.erasure import Scope, copies_advice, rule_label

    scope = Scope.PROCESS_NOTES if args.process_notes else Scope.CLIENT
    workspace = _open(args, secrets)
    try:
        _say(workspace.take_notices())
        client = _find_client(workspace, args.client)
        plan = workspace.erasure.preview(client.id, scope)
        _require_allowed(workspace, plan, args.at_request)
        print(f"Erasing {plan.scope.label} of {plan.code} removes:", file=out)
        for line in plan.lines:
            print(f"  {line}", file=out)
        print(f"Why: because {rule_label(plan.rule)}.", file=out)
        if plan.advice:
            print(plan.advice, file=out)
        if not args.yes:
            _confirm(secrets, plan.code)
        record = workspace.erasure.erase(client.id, scope, at_request=args.at_request, scrub=False)
        keep = plan.keep
        print("Clearing the erased words from the disk…", file=out, flush=True)
        try:
            workspace.erasure.finish_pending()
        except CounselDeskError as exc:  # a full disk: the records are gone all the same
            print(
                f"{exc.message} The erased words will be cleared when the vault is next unlocked.",
                file=sys.stderr,
            )
    finally:
        workspace.close()
    print(f"Erased. {record.summary}", file=out)
    for copy in record.still_there:
        print(f"  still held by: {Path(copy.folder) / copy.name}", file=out)
    advice = copies_advice(record.still_there, keep)
    if advice:
        print(advice, file=out)
    return EXIT_OK


def cmd_retention(args: argparse.Namespace, secrets: Secrets, out: TextIO) -> int:
    workspace = _open(args, secrets)
    try:
        _say(workspace.take_notices())
        if args.all:
            for item in workspace.retention.all():
                print(f"{item.code}: {item.summary}", file=out)
            return EXIT_OK
        due = workspace.retention.due()
    finally:
        workspace.close()
    if not due:
        print("No client is due for review.", file=out)
    for review in due:
        what = "process notes" if review.process_notes_only else "records"
        since = review.due_since
        print(f"{review.code}: {what} due since {since.day} {since:%B %Y}.", file=out)
    return EXIT_OK


# --- checking a backup file ----------------------------------------------------------------
def _read_key(stdin: TextIO | None) -> bytearray:
    stream = getattr(stdin or sys.stdin, "buffer", None)
    raw = bytearray(
        stream.readline() if stream is not None else (stdin or sys.stdin).readline().encode()
    )
    try:
        text = raw.strip()
        if len(text) != 64:
            raise UsageError("The data key given on standard input is not 64 hex digits.")
        key = bytearray(32)
        for i in range(32):
            key[i] = int(text[2 * i : 2 * i + 2], 16)
        return key
    except ValueError as exc:
        raise UsageError("The data key given on standard input is not hex.") from exc
    finally:
        for i in range(len(raw)):
            raw[i] = 0


def cmd_verify_backup(
    args: argparse.Namespace, secrets: Secrets, out: TextIO, stdin: TextIO | None = None
) -> int:
    path = Path(args.backup).expanduser()
    if args.data_key_stdin:
        from counsel_desk.services.backup_verify import check_with_key

        with contextlib.suppress(OSError, AttributeError):  # (no os.nice on Windows)
            os.nice(10)  # the app the practitioner types in comes first

        key = _read_key(stdin or getattr(secrets, "stdin", None))
        try:
            doc = check_with_key(path, key)
        except CounselDeskError as exc:
            doc = {"ok": False, "summary": exc.message, "checks": [], "counts": {}, "digest": ""}
        finally:
            for i in range(len(key)):
                key[i] = 0
        if args.json:
            print(json.dumps(doc, sort_keys=True), file=out)
        return EXIT_OK if doc["ok"] else EXIT_DAMAGED
    from counsel_desk.services import restore

    restore.backup_manifest(path)  # refused before any prompt when not a whole backup
    result = restore.run_drill(path, secrets.read(SECRET_PROMPT))
    _print_checks(result.report, out)
    if result.ok:
        print(result.report.summary, file=out)
        return EXIT_OK
    print(f"counsel-desk: {result.report.summary}", file=sys.stderr)
    return EXIT_DAMAGED


COMMANDS = {
    "backup": cmd_backup,
    "restore": cmd_restore,
    "erase": cmd_erase,
    "retention": cmd_retention,
}
__all__ = ["COMMANDS", "add_parsers", "add_verify_args", "cmd_verify_backup"]
