"""``counsel-desk``: the GUI by default, and subcommands for scripting and recovery.

Exit codes: 0 success, 1 other error (a full, read-only, refused or failing disk included:
never damage), 2 usage, 3 wrong passphrase or recovery key, 4 vault damaged or incomplete.
Errors are one sentence on stderr, never a traceback.
"""

from __future__ import annotations

import argparse
import logging
import signal
import sys
from collections.abc import Sequence
from typing import TextIO

from counsel_desk import __version__, cli_backup, cli_clients, cli_documents, cli_open
from counsel_desk.cli_common import Parser as _Parser
from counsel_desk.cli_common import ProgressLine, SecretSource, UsageError
from counsel_desk.cli_common import existing_vault_dir as _existing_vault_dir
from counsel_desk.cli_common import vault_arg as _vault_arg
from counsel_desk.cli_common import vault_dir as _vault_dir
from counsel_desk.domain.errors import (
    EXIT_OK,
    EXIT_OTHER,
    CounselDeskError,
)
from counsel_desk.domain.i18n import Marked, Phrase

log = logging.getLogger(__name__)


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
    p = sub.add_parser(
        "new-recovery-key",
        aliases=["rekey"],
        help="re-encrypt the vault under a new key and print a new recovery key",
    )
    _vault_arg(p)
    p = sub.add_parser("demo", help="fill a new vault with fictional demo data")
    _vault_arg(p)
    p.add_argument("--clients", type=int, default=10, help="number of clients (default 10)")
    p.add_argument("--years", type=float, default=1.0, help="years of history (default 1)")
    p.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    cli_backup.add_parsers(sub, _vault_arg)
    cli_documents.add_parsers(sub)
    cli_open.add_parsers(sub, _vault_arg)
    cli_clients.add_parsers(sub)
    return parser


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


NEW_KEY_EXPLAINED = (
    "This makes a new recovery key. The whole vault is re-encrypted under a new key, which "
    "takes a few seconds on a large vault; your passphrase stays the same. The old recovery "
    "key stops working for this vault. Backups made before keep opening with the passphrase "
    "or recovery key that was valid when each was made."
)


def cmd_new_recovery_key(args: argparse.Namespace, secrets: SecretSource, out: TextIO) -> int:
    """Re-encrypt under a new data key (``Workspace.rotate_data_key``). The new recovery key
    is printed once the re-encrypted copy has verified, just before it is swapped in, so it
    is the last line printed and is never lost to a crash after the swap."""
    from counsel_desk.services.workspace import unlock

    folder = _existing_vault_dir(args)
    print(NEW_KEY_EXPLAINED, file=out, flush=True)
    passphrase = secrets.read("Passphrase")
    workspace = unlock(folder, passphrase)
    shown: list[bool] = []

    def show(recovery: str) -> None:
        print(
            "The re-encrypted copy has been checked. Your new recovery key opens the vault if "
            "you forget the passphrase. It is shown only now: print it or write it down, and "
            "keep it somewhere safe and offline.",
            file=out,
        )
        print(recovery, file=out, flush=True)
        shown.append(True)

    try:
        _say_notices(workspace.take_notices())
        workspace.rotate_data_key(passphrase, show)
    except CounselDeskError:
        if shown:
            print(
                "counsel-desk: The new key was printed but the swap did not finish, so it may "
                "not work; once the problem below is solved, run this command again.",
                file=sys.stderr,
            )
        raise
    finally:
        workspace.close()
    return EXIT_OK


def _say_notices(notices: list[Marked | Phrase]) -> None:
    """What opening repaired (a key file written again): each said once, on stderr."""
    for notice in dict.fromkeys(notices):
        print(f"counsel-desk: {notice}", file=sys.stderr)


def _one(plural: str) -> str:
    """A count's name for one of it: each is named in the plural ("ruptures", "risk
    entries"), and one reads "1 rupture", "1 risk entry"."""
    return plural[:-3] + "y" if plural.endswith("ies") else plural[:-1]


def cmd_demo(args: argparse.Namespace, secrets: SecretSource, out: TextIO) -> int:
    from counsel_desk.services.demo import DemoSpec, build_demo_vault

    if args.clients < 1 or args.years <= 0:
        raise UsageError("--clients must be at least 1 and --years more than 0.")
    folder = _vault_dir(args)
    passphrase = secrets.new_passphrase()
    spec = DemoSpec(clients=args.clients, years=args.years, seed=args.seed)

    line = ProgressLine()  # on a terminal only: a log gets no carriage returns
    counts = build_demo_vault(
        folder,
        passphrase,
        spec,
        progress=lambda done, total: line.show(f"Generating clients: {done}/{total}"),
    )
    line.done()
    summary = ", ".join(f"{n} {what if n != 1 else _one(what)}" for what, n in counts.items())
    print(f"Filled {folder} with {summary}.", file=out)
    return EXIT_OK


COMMANDS = {
    "init": cmd_init,
    "verify": cmd_verify,
    "passwd": cmd_passwd,
    "recover": cmd_recover,
    "new-recovery-key": cmd_new_recovery_key,
    "rekey": cmd_new_recovery_key,
    "demo": cmd_demo,
    **cli_backup.COMMANDS,
    **cli_documents.COMMANDS,
    **cli_clients.COMMANDS,
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
        print("counsel-desk: Cancelled; nothing was changed.", file=sys.stderr)
        return EXIT_OTHER
    except Exception as exc:
        log.debug("unexpected error", exc_info=True)
        print(
            f"counsel-desk: An unexpected error stopped the command ({type(exc).__name__}). "
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
