"""Commands about one client's records: ``sar`` (the subject access bundle) and
``redaction`` (their redaction list: list it, add words, remove words). Each calls one
service; errors are one sentence on stderr with the exit codes of ``cli.py`` (an unknown
client or a word that cannot be added or removed: 2; a folder that cannot take the
bundle: 1, with nothing left there)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any, TextIO

from counsel_desk.cli_common import SecretSource, UsageError, existing_vault_dir, vault_arg
from counsel_desk.domain.errors import EXIT_OK


def add_parsers(sub: Any) -> None:
    p = sub.add_parser(
        "sar",
        help="write a client's subject access bundle (a PDF and a JSON file) into a new folder",
        description="Write everything held about one client (UK GDPR Article 15, the right of "
        "access) as a readable PDF and as JSON in the open export's format, into a new folder "
        "named subject-access-CODE-DATE inside DIR. Read it before sending it: it may hold "
        "other people's information. The files are not encrypted; the bundle is recorded in "
        "the vault's audit trail.",
    )
    vault_arg(p)
    p.add_argument("--client", required=True, metavar="CODE", help="the client's code")
    p.add_argument(
        "-o", "--output", required=True, metavar="DIR", help="the folder to make the bundle in"
    )

    p = sub.add_parser(
        "redaction",
        help="list a client's redaction list, or add or remove words on it",
        description="A client's redaction list: the people and places they mention, taken out "
        "of anonymised supervision summaries (their own names are always taken out too). "
        "Without an action, lists it.",
        epilog="Examples: counsel-desk redaction --client C-001; "
        "counsel-desk redaction --client C-001 add Tamsin Harrogate; "
        "counsel-desk redaction --client C-001 remove Harrogate",
    )
    _client_options(p, top=True)
    actions = p.add_subparsers(dest="action", metavar="ACTION", parser_class=type(p))
    for name, what, words in (
        ("add", "add words to the list", "the words to add (quote a name of several words)"),
        ("remove", "remove words from the list", "the words to remove, in any case"),
    ):
        action = actions.add_parser(name, help=what)
        _client_options(action, top=False)
        action.add_argument("words", nargs="+", metavar="WORD", help=words)


def _client_options(parser: argparse.ArgumentParser, *, top: bool) -> None:
    """``--client`` and the vault options, before or after the action; given after it they
    are kept (``SUPPRESS``: the action's parser does not reset what came before)."""
    if top:
        vault_arg(parser)
        parser.add_argument("--client", metavar="CODE", help="the client's code (required)")
        return
    keep = argparse.SUPPRESS
    parser.add_argument("--vault", metavar="DIR", default=keep, help="the vault folder")
    parser.add_argument(
        "--passphrase-stdin", action="store_true", default=keep, help="read secrets from stdin"
    )
    parser.add_argument("--client", metavar="CODE", default=keep, help="the client's code")


def cmd_sar(args: argparse.Namespace, secrets: SecretSource, out: TextIO) -> int:
    from counsel_desk.services.subject_access import NOT_ENCRYPTED, check_folder

    directory = check_folder(Path(args.output))  # before any secret is asked for
    folder = existing_vault_dir(args)
    passphrase = secrets.read("Passphrase")
    from counsel_desk.render.headless import offscreen_application
    from counsel_desk.render.subject_access import save_bundle
    from counsel_desk.services.workspace import unlock

    offscreen_application()
    workspace = unlock(folder, passphrase)
    try:
        service = workspace.subject_access
        client = service.client_by_code(args.client)
        written = save_bundle(service, client.id, directory)
    finally:
        workspace.close()
    print(
        f"Wrote the subject access bundle for {client.code} to {written} (a PDF to read and "
        "the same records as JSON).",
        file=out,
    )
    print(NOT_ENCRYPTED, file=out)
    return EXIT_OK


def cmd_redaction(args: argparse.Namespace, secrets: SecretSource, out: TextIO) -> int:
    from counsel_desk.domain.anonymise import check_term, fold

    if not args.client:
        raise UsageError("Name the client with --client CODE.")
    words = [check_term(w) for w in getattr(args, "words", [])]  # a bad word: exit 2, first
    folder = existing_vault_dir(args)
    passphrase = secrets.read("Passphrase")
    from counsel_desk.services.workspace import unlock

    workspace = unlock(folder, passphrase)
    try:
        client = workspace.summary.client_by_code(args.client)
        service = workspace.redaction
        current = service.for_client(client.id)
        if args.action == "add":
            known = {fold(t) for t in current.terms}
            new = [w for w in dict.fromkeys(words) if fold(w) not in known]
            for word in new:
                current = service.add(client.id, word)
            there = len(words) - len(new)
            print(
                f"Added {_count(len(new))} to {client.code}'s redaction list"
                + (f" ({_count(there)} already on it)." if there else "."),
                file=out,
            )
        elif args.action == "remove":
            ids = _term_ids(current, words, client.code)
            for term_id in ids:
                current = service.remove(client.id, term_id)
            print(f"Removed {_count(len(ids))} from {client.code}'s redaction list.", file=out)
        _print_list(client.code, current, out)
    finally:
        workspace.close()
    return EXIT_OK


def _term_ids(current: Any, words: list[str], code: str) -> list[int]:
    """The ids of the added terms ``words`` name; refused whole (nothing removed) if one is
    the client's own name or not on the list."""
    from counsel_desk.domain.anonymise import fold

    added = {fold(term): term_id for term_id, term in current.added}
    own = {fold(name) for name in current.own}
    ids = []
    for word in words:
        if fold(word) in added:
            ids.append(added[fold(word)])
        elif fold(word) in own:
            raise UsageError(
                f"“{word}” is one of {code}'s own names, taken from their record each time; "
                "it cannot be removed. Nothing was removed."
            )
        else:
            raise UsageError(f"“{word}” is not on {code}'s redaction list. Nothing was removed.")
    return list(dict.fromkeys(ids))


def _count(n: int) -> str:
    return "1 word" if n == 1 else f"{n} words"


def _print_list(code: str, current: Any, out: TextIO) -> None:
    print(f"{code}'s redaction list:", file=out)
    print(f"  Their own names (from their record): {', '.join(current.own) or 'none'}", file=out)
    added = [term for _id, term in current.added]
    print(f"  Added by you: {', '.join(added) or 'none yet'}", file=out)


COMMANDS = {"sar": cmd_sar, "redaction": cmd_redaction}
