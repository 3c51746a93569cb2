"""What every ``counsel-desk`` command shares: the usage error (exit 2), the parser that
turns argparse's complaints into one sentence, where secrets come from, the vault options,
dates given on the command line, and finding the vault folder."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import TextIO

from counsel_desk.domain.errors import EXIT_USAGE, CounselDeskError


class UsageError(CounselDeskError):
    exit_code = EXIT_USAGE


class Parser(argparse.ArgumentParser):
    """argparse's complaints as one sentence and exit 2 (through :class:`UsageError`)."""

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


def vault_arg(parser: argparse.ArgumentParser) -> None:
    """``--vault`` and ``--passphrase-stdin``, as every command that opens a vault takes."""
    parser.add_argument(
        "--vault", metavar="DIR", help="the vault folder (default: your per-user data folder)"
    )
    parser.add_argument(
        "--passphrase-stdin",
        action="store_true",
        help="read secrets from standard input, one per line, instead of prompting",
    )


def date_arg(text: str, which: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise UsageError(f"--{which} must be a date written as YYYY-MM-DD.") from None


def vault_dir(args: argparse.Namespace) -> Path:
    from counsel_desk.services.preferences import resolve_vault_dir

    return resolve_vault_dir(args.vault)


def day(text: str | None, option: str) -> dt.date | None:
    if text is None:
        return None
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise UsageError(f"{option} takes a date written as 2025-03-01, not {text[:20]}.") from None


def existing_vault_dir(args: argparse.Namespace) -> Path:
    """The vault folder, refused with a sentence before any secret is asked if it is empty."""
    from counsel_desk.services.status import require_vault

    return require_vault(vault_dir(args))


class ProgressLine:
    """How far a long command has come, as one line on standard error rewritten in place,
    and only on a terminal: a pipe or a log file gets no carriage returns. ``done`` ends the
    line, if one was shown, so what the command prints next starts on its own."""

    def __init__(self, stream: TextIO | None = None) -> None:
        self.stream = stream or sys.stderr
        isatty = getattr(self.stream, "isatty", None)
        self.enabled = bool(isatty and isatty())
        self.shown = ""

    def show(self, text: str) -> None:
        if not self.enabled or text == self.shown:
            return
        pad = " " * max(0, len(self.shown) - len(text))  # a shorter line wipes the longer
        print(f"\r{text}{pad}", end="", file=self.stream, flush=True)
        self.shown = text

    def done(self) -> None:
        if self.shown:
            print(file=self.stream, flush=True)
            self.shown = ""
