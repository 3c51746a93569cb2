"""``counsel-desk``: the GUI by default, and subcommands for scripting and recovery.

Exit codes: 0 success, 1 other error (a full, read-only, refused or failing disk included:
never damage), 2 usage, 3 wrong passphrase or recovery key, 4 vault damaged or incomplete.
Errors are one sentence on stderr, never a traceback.
"""

from __future__ import annotations

import argparse
import datetime as dt
import logging
import signal
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from counsel_desk import __version__, cli_backup, cli_open
from counsel_desk.domain.errors import (
    EXIT_OK,
    EXIT_OTHER,
    EXIT_USAGE,
    CounselDeskError,
)

log = logging.getLogger(__name__)


class UsageError(CounselDeskError):
    exit_code = EXIT_USAGE


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        raise UsageError(f"{message[0].upper()}{message[1:]}. See `counsel-desk --help`.")


class SecretSource:
    """Secrets one per line from standard input, or prompted without echo."""

    def __init__(self, from_stdin: bool, stdin: TextIO | None = None) -> None:
        self.from_stdin = from_stdin
        self.stdin = stdin or sys.stdin

    def read(self, prompt: str) -> str:
        if self.from_stdin:
            line = self.stdin.readline()
            if not line:
                raise UsageError(f"Standard input ended before the {prompt.lower()} was given.")
            return line.rstrip("\r\n")
        import getpass

        try:
            return getpass.getpass(f"{prompt}: ")
        except (EOFError, KeyboardInterrupt) as exc:
            raise UsageError("Cancelled.") from exc

    def new_passphrase(self, prompt: str = "New passphrase") -> str:
        first = self.read(prompt)
        if not self.from_stdin and self.read(f"{prompt} again") != first:
            raise UsageError("The two passphrases differ; nothing was changed.")
        from counsel_desk.domain.secrets import check_new_passphrase

        problem = check_new_passphrase(first)
        if problem:
            raise UsageError(f"{problem} Nothing was changed.")
        return first


def _vault_arg(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--vault", metavar="DIR", help="the vault folder (default: your per-user data folder)"
    )
    parser.add_argument(
        "--passphrase-stdin",
        action="store_true",
        help="read secrets from standard input, one per line, instead of prompting",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="counsel-desk",
        description="Counsel Desk: an offline, encrypted notebook for counsellors. "
        "Without a command, opens the app.",
        epilog="Exit codes: 0 success, 1 other error (a full, read-only or failing disk "
        "included), 2 usage, 3 wrong passphrase or recovery key, 4 vault damaged or incomplete.",
    )
    parser.add_argument("--version", action="version", version=f"Counsel Desk {__version__}")
    parser.add_argument("--vault", metavar="DIR", help="the vault folder to open")
    parser.add_argument(
        "--demo", action="store_true", help="open a throwaway vault of fictional clients"
    )
    parser.add_argument(
        "--exit-when-ready",
        action="store_true",
        help="quit as soon as the first window is shown; with --demo, once the demo vault "
        "is open and its main window shown (smoke tests, start-up benchmarks)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    p = sub.add_parser("init", help="create a new vault and print its recovery key")
    _vault_arg(p)
    p = sub.add_parser("verify", help="check key slots, page authentication and integrity")
    _vault_arg(p)
    cli_backup.add_verify_args(p)
    p = sub.add_parser("passwd", help="change the passphrase (old, then new)")
    _vault_arg(p)
    p = sub.add_parser("recover", help="set a new passphrase with the recovery key")
    _vault_arg(p)
    p = sub.add_parser("demo", help="fill a new vault with fictional demo data")
    _vault_arg(p)
    p.add_argument("--clients", type=int, default=10, help="number of clients (default 10)")
    p.add_argument("--years", type=float, default=1.0, help="years of history (default 1)")
    p.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    cli_backup.add_parsers(sub, _vault_arg)
    p = sub.add_parser(
        "executor-pack",
        help="write the executor pack: clients' contact details for your clinical executor",
    )
    _vault_arg(p)
    p.add_argument(
        "-o",
        "--out",
        required=True,
        metavar="FILE.pdf",
        help="the PDF to write (it is not encrypted)",
    )
    p = sub.add_parser(
        "timeline",
        help="save a client's alliance timeline as a picture (.png) or a page (.pdf)",
        description="Save a client's alliance timeline, drawn as in the app, as a PNG picture "
        "or a one-page PDF. Without --from and --to: the last 12 months of their work.",
    )
    _vault_arg(p)
    p.add_argument("--client", required=True, metavar="CODE", help="the client's code")
    p.add_argument("--from", dest="start", metavar="DATE", help="first day, e.g. 2025-03-01")
    p.add_argument("--to", dest="end", metavar="DATE", help="last day, e.g. 2026-02-28")
    p.add_argument(
        "-o", "--output", required=True, metavar="FILE", help="the file to write (.png or .pdf)"
    )
    p = sub.add_parser(
        "contract",
        help="write a client's contract (the version agreed last, or --version N) to a file",
        description="Write a client's contract as PDF, HTML or Markdown: the version agreed "
        "last (or the latest draft, if none is agreed), or version N. The copy is not "
        "encrypted; it is recorded in the vault's audit trail.",
    )
    _vault_arg(p)
    p.add_argument("--client", required=True, metavar="CODE", help="the client's code")
    p.add_argument("--version", type=int, metavar="N", help="the version to write")
    p.add_argument("-o", "--output", required=True, metavar="FILE", help="the file to write")
    p.add_argument(
        "--format",
        choices=["pdf", "html", "md"],
        help="pdf, html or md (default: from the file's extension)",
    )
    p.add_argument(
        "--code-only",
        action="store_true",
        help="leave the client's name off the copy (the code is always on it)",
    )
    p = sub.add_parser(
        "summary",
        help="write an anonymised supervision summary for a period to a file",
        description="Write a supervision summary as PDF, HTML or Markdown: each client by "
        "code, their redaction list taken out, dates as weeks of the work. Without --client, "
        "the clients with a note flagged for supervision or a boundary event in the period. "
        "The file is not encrypted; it is recorded in the vault's audit trail.",
    )
    _vault_arg(p)
    p.add_argument("--from", dest="first", required=True, metavar="DATE", help="YYYY-MM-DD")
    p.add_argument("--to", dest="last", required=True, metavar="DATE", help="YYYY-MM-DD")
    p.add_argument(
        "--client", action="append", default=[], metavar="CODE", help="a client (repeatable)"
    )
    p.add_argument("-o", "--output", required=True, metavar="FILE", help="the file to write")
    p.add_argument(
        "--format",
        choices=["pdf", "html", "md"],
        help="pdf, html or md (default: from the file's extension)",
    )
    p.add_argument(
        "--dates-as-written",
        action="store_true",
        help="show dates as dates rather than as weeks of the work",
    )
    cli_open.add_parsers(sub, _vault_arg)
    return parser


def _date_arg(text: str, which: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise UsageError(f"--{which} must be a date written as YYYY-MM-DD.") from None


def _vault_dir(args: argparse.Namespace) -> Path:
    from counsel_desk.services.preferences import resolve_vault_dir

    return resolve_vault_dir(args.vault)


def cmd_init(args: argparse.Namespace, secrets: SecretSource, out: TextIO) -> int:
    from counsel_desk.services.workspace import create_vault

    folder = _vault_dir(args)
    passphrase = secrets.new_passphrase()
    workspace, recovery = create_vault(folder, passphrase)
    workspace.close()
    print(f"Created a vault in {folder}.", file=out)
    print(
        "Your recovery key opens the vault if you forget the passphrase. It is shown only now: "
        "print it or write it down, and keep it somewhere safe and offline.",
        file=out,
    )
    print(recovery, file=out)
    return EXIT_OK


def cmd_verify(args: argparse.Namespace, secrets: SecretSource, out: TextIO) -> int:
    if args.backup:  # before the service layer loads: the check after a backup starts fast
        return cli_backup.cmd_verify_backup(args, secrets, out)
    from counsel_desk.services.workspace import SLOW_COPY_BYTES, copy_size, verify

    folder = _existing_vault_dir(args)
    passphrase = secrets.read("Passphrase")
    size = copy_size(folder)
    if size > SLOW_COPY_BYTES:
        print(f"Copying {size / 1_000_000:.0f} MB to a private folder to check it…", file=out)
    report = verify(folder, passphrase)
    for check in report.checks:
        print(f"{'ok  ' if check.ok else 'FAIL'}  {check.name}: {check.detail}", file=out)
    if report.copied_bytes:
        print(
            f"Checked a private copy ({report.copied_bytes / 1_000_000:.1f} MB, made in "
            f"{report.copy_seconds:.1f} s); the vault folder itself was only read.",
            file=out,
        )
    if report.exit_code == EXIT_OK:
        print(report.summary, file=out)
    else:
        print(f"counsel-desk: {report.summary}", file=sys.stderr)
    return report.exit_code


def cmd_passwd(args: argparse.Namespace, secrets: SecretSource, out: TextIO) -> int:
    from counsel_desk.services.workspace import change_passphrase

    folder = _existing_vault_dir(args)
    old = secrets.read("Current passphrase")
    new = secrets.new_passphrase()
    _say_notices(change_passphrase(folder, old, new))
    print("The passphrase was changed. The recovery key still works.", file=out)
    return EXIT_OK


def cmd_recover(args: argparse.Namespace, secrets: SecretSource, out: TextIO) -> int:
    from counsel_desk.services.workspace import reset_passphrase

    folder = _existing_vault_dir(args)
    recovery = secrets.read("Recovery key")
    new = secrets.new_passphrase()
    _say_notices(reset_passphrase(folder, recovery, new))
    print("A new passphrase is set. Your recovery key stays the same.", file=out)
    return EXIT_OK


def _say_notices(notices: list[str]) -> None:
    """What opening repaired (a key file written again): each said once, on stderr."""
    for notice in dict.fromkeys(notices):
        print(f"counsel-desk: {notice}", file=sys.stderr)


def cmd_demo(args: argparse.Namespace, secrets: SecretSource, out: TextIO) -> int:
    from counsel_desk.services.demo import DemoSpec, build_demo_vault

    if args.clients < 1 or args.years <= 0:
        raise UsageError("--clients must be at least 1 and --years more than 0.")
    folder = _vault_dir(args)
    passphrase = secrets.new_passphrase()
    spec = DemoSpec(clients=args.clients, years=args.years, seed=args.seed)

    def progress(done: int, total: int) -> None:
        print(f"\rGenerating clients: {done}/{total}", end="", file=sys.stderr, flush=True)

    counts = build_demo_vault(folder, passphrase, spec, progress=progress)
    print(file=sys.stderr)
    # each count is named in the plural ("ruptures"); one of a kind reads "1 rupture"
    summary = ", ".join(f"{n} {what if n != 1 else what[:-1]}" for what, n in counts.items())
    print(f"Filled {folder} with {summary}.", file=out)
    return EXIT_OK


def cmd_executor_pack(args: argparse.Namespace, secrets: SecretSource, out: TextIO) -> int:
    """The pack as a PDF, recorded in the audit trail just before the file takes its name."""
    target = Path(args.out).expanduser()
    if target.suffix.lower() != ".pdf":
        raise UsageError("--out must name a PDF file, such as executor-pack.pdf.")
    if target.exists():
        raise UsageError(f"{target} already exists; choose another name, or remove it first.")
    if not target.parent.is_dir():
        raise UsageError(f"The folder {target.parent} does not exist; create it first.")
    folder = _existing_vault_dir(args)
    passphrase = secrets.read("Passphrase")
    from counsel_desk.render.export import save_document
    from counsel_desk.render.headless import offscreen_application
    from counsel_desk.services.executor import NOT_ENCRYPTED
    from counsel_desk.services.workspace import unlock

    offscreen_application()
    workspace = unlock(folder, passphrase)
    try:
        pack = workspace.executor.pack()
        executor = workspace.executor
        written = save_document(
            pack.document, target, record=lambda: executor.record_written(pack.clients)
        )
    finally:
        workspace.close()
    clients = "1 client" if pack.clients == 1 else f"{pack.clients} clients"
    print(f"Wrote the executor pack ({clients}) to {written}.", file=out)
    print(NOT_ENCRYPTED, file=out)
    return EXIT_OK


def _day(text: str | None, option: str) -> dt.date | None:
    if text is None:
        return None
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise UsageError(f"{option} takes a date written as 2025-03-01, not {text[:20]}.") from None


def cmd_timeline(args: argparse.Namespace, secrets: SecretSource, out: TextIO) -> int:
    from counsel_desk.domain.ruptures import day_text
    from counsel_desk.domain.timeline import PictureFormat

    fmt = PictureFormat.from_path(args.output)  # before any secret is asked for
    start, end = _day(args.start, "--from"), _day(args.end, "--to")
    if start is not None and end is not None and start > end:
        raise UsageError("--from is after --to: the first date must come first.")
    folder = _existing_vault_dir(args)
    passphrase = secrets.read("Passphrase")
    from counsel_desk.services.workspace import unlock

    workspace = unlock(folder, passphrase)
    try:
        service = workspace.timeline
        client_id = service.client_id_for(args.client)
        code = service.client_code(client_id)
        timeline = service.timeline(client_id, start=start, end=end)
        from counsel_desk.render.headless import offscreen_application

        offscreen_application()
        from counsel_desk.render.timeline_files import save_timeline
        from counsel_desk.render.timeline_layout import TimelineFigure

        period = f"{day_text(timeline.start)} to {day_text(timeline.end)}"
        figure = TimelineFigure(
            timeline,
            title=f"{code}: the working relationship",
            subtitle=f"{period} · confidential · made {day_text(dt.date.today())}",
        )
        written = save_timeline(
            figure,
            Path(args.output),
            fmt,
            record=lambda: service.record_exported(client_id, fmt),
        )
    finally:
        workspace.close()
    print(f"Saved the timeline of {code}, {period}, to {written}.", file=out)
    print(
        "counsel-desk: the file is not encrypted; keep it somewhere safe and delete it when "
        "you no longer need it.",
        file=sys.stderr,
    )
    return EXIT_OK


def cmd_contract(args: argparse.Namespace, secrets: SecretSource, out: TextIO) -> int:
    from counsel_desk.domain.document import ExportFormat

    path = Path(args.output).expanduser()
    fmt = ExportFormat(args.format) if args.format else ExportFormat.from_path(path)
    if args.version is not None and args.version < 1:
        raise UsageError("Contract versions are numbered from 1.")
    if not path.parent.is_dir():
        from counsel_desk.render.errors import ExportFolderMissing

        raise ExportFolderMissing()
    folder = _existing_vault_dir(args)
    passphrase = secrets.read("Passphrase")
    from counsel_desk.render.export import save_document
    from counsel_desk.services.workspace import unlock

    if fmt is ExportFormat.PDF:
        from counsel_desk.render.headless import offscreen_application

        offscreen_application()
    workspace = unlock(folder, passphrase)
    try:
        contracts = workspace.contracts  # an unknown client or version: exit 2, a sentence
        client = contracts.client_by_code(args.client)
        version, document = contracts.document(client.id, args.version, named=not args.code_only)
        written = save_document(
            document, path, fmt, record=lambda: contracts.record_saved(version, fmt)
        )
    finally:
        workspace.close()
    standing = version.status.label.lower()
    print(
        f"Wrote version {version.number} of {client.code}'s contract ({standing}) to "
        f"{written}. It is not encrypted: keep it safe, and delete it when it is no longer "
        "needed.",
        file=out,
    )
    return EXIT_OK


def cmd_summary(args: argparse.Namespace, secrets: SecretSource, out: TextIO) -> int:
    from counsel_desk.domain.document import ExportFormat
    from counsel_desk.services.summary import SummaryRequest, check_period

    path = Path(args.output).expanduser()
    fmt = ExportFormat(args.format) if args.format else ExportFormat.from_path(path)
    first, last = _date_arg(args.first, "from"), _date_arg(args.last, "to")
    check_period(first, last)
    if not path.parent.is_dir():
        from counsel_desk.render.errors import ExportFolderMissing

        raise ExportFolderMissing()
    folder = _existing_vault_dir(args)
    passphrase = secrets.read("Passphrase")
    from counsel_desk.render.export import save_document
    from counsel_desk.services.workspace import unlock

    if fmt is ExportFormat.PDF:
        from counsel_desk.render.headless import offscreen_application

        offscreen_application()
    workspace = unlock(folder, passphrase)
    try:
        summaries = workspace.summary
        if args.client:
            ids = tuple(summaries.client_by_code(code).id for code in args.client)
        else:
            ids = tuple(summaries.suggested(first, last))
            if not ids:
                raise UsageError(
                    "No client has a note flagged for supervision or a boundary event in that "
                    "period; name the clients to include with --client."
                )
        request = SummaryRequest(first, last, ids, relative_dates=not args.dates_as_written)
        summary = summaries.build(request)
        written = save_document(
            summary.document, path, fmt, record=lambda: summaries.record_saved(request, fmt)
        )
    finally:
        workspace.close()
    print(
        f"Wrote the supervision summary for {len(ids)} "
        f"{'client' if len(ids) == 1 else 'clients'} to {written}. It is not encrypted: keep "
        "it safe, and delete it when it is no longer needed.",
        file=out,
    )
    if summary.words_to_check:
        print(
            f"counsel-desk: {summary.words_to_check} capitalised "
            f"{'word looks' if summary.words_to_check == 1 else 'words look'} like a name and "
            "may need adding to a redaction list; check the file before sharing it.",
            file=sys.stderr,
        )
    return EXIT_OK


def _existing_vault_dir(args: argparse.Namespace) -> Path:
    """The vault folder, refused with a sentence before any secret is asked if it is empty."""
    from counsel_desk.services.status import require_vault

    return require_vault(_vault_dir(args))


COMMANDS = {
    "init": cmd_init,
    "verify": cmd_verify,
    "passwd": cmd_passwd,
    "recover": cmd_recover,
    "demo": cmd_demo,
    "executor-pack": cmd_executor_pack,
    "timeline": cmd_timeline,
    **cli_backup.COMMANDS,
    "contract": cmd_contract,
    "summary": cmd_summary,
    "export": lambda args, secrets, out: cli_open.cmd_export(
        args, secrets, out, lambda: _existing_vault_dir(args)
    ),
    "import": lambda args, secrets, out: cli_open.cmd_import(args, secrets, out, _vault_dir(args)),
}


def run_gui_from_args(args: argparse.Namespace) -> int:
    _import_qt_undisturbed()
    from counsel_desk.ui.app import run_gui

    if args.demo:
        from counsel_desk.services.demo import DEMO_PASSPHRASE, temporary_demo_vault

        with temporary_demo_vault() as folder:
            return run_gui(
                folder, demo_passphrase=DEMO_PASSPHRASE, exit_when_open=args.exit_when_ready
            )
    return run_gui(_vault_dir(args), exit_when_ready=args.exit_when_ready)


def main(argv: Sequence[str] | None = None, *, stdin: TextIO | None = None) -> int:
    from counsel_desk.hardening import harden_process, restrict_umask

    harden_process()  # before any secret is read: no core dumps, no debugger reads
    restrict_umask()
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s: %(message)s")
    previous_term = signal.signal(signal.SIGTERM, _interrupt)  # the GUI sets its own
    try:
        args = build_parser().parse_args(argv)
        if args.command is None:
            return run_gui_from_args(args)
        secrets = SecretSource(args.passphrase_stdin, stdin)
        return COMMANDS[args.command](args, secrets, sys.stdout)
    except CounselDeskError as exc:
        print(f"counsel-desk: {exc.message}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("counsel-desk: cancelled; nothing was changed.", file=sys.stderr)
        return EXIT_OTHER
    except Exception as exc:
        log.debug("unexpected error", exc_info=True)
        print(
            f"counsel-desk: an unexpected error stopped the command ({type(exc).__name__}). "
            "Please report it, with the command you ran.",
            file=sys.stderr,
        )
        return EXIT_OTHER
    finally:
        signal.signal(signal.SIGTERM, previous_term)


def _import_qt_undisturbed() -> None:
    """Import Qt with SIGTERM held back: an interrupt raised inside shiboken's start-up
    aborts the process ("could not initialize part 2") instead of unwinding it, which would
    leave a demo vault behind. A SIGTERM that came meanwhile is acted on straight after."""
    pending: list[int] = []
    previous = signal.signal(signal.SIGTERM, lambda signum, _frame: pending.append(signum))
    try:
        import PySide6.QtWidgets  # noqa: F401  (run_gui says so if Qt is missing)
    except ImportError:
        pass
    finally:
        signal.signal(signal.SIGTERM, previous)
    if pending:
        raise KeyboardInterrupt


def _interrupt(_signum: int, _frame: object) -> None:
    """SIGTERM outside the GUI stops the command the way Ctrl+C does: whatever was half
    written is undone (transactions roll back, a half-made vault or demo folder is removed)."""
    raise KeyboardInterrupt
