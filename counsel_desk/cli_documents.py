"""The commands that write a document out of the vault: the executor pack, a client's
timeline picture, a contract, a supervision summary. Each file is not encrypted and is
recorded in the vault's audit trail; a missing, read-only or full folder is one sentence
with nothing half-written."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import Any, TextIO

from counsel_desk.cli_common import (
    SecretSource,
    UsageError,
    date_arg,
    day,
    existing_vault_dir,
    vault_arg,
)
from counsel_desk.domain.errors import EXIT_OK


def add_parsers(sub: Any) -> None:
    p = sub.add_parser(
        "executor-pack",
        help="write the executor pack: clients' contact details for your clinical executor",
    )
    vault_arg(p)
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
    vault_arg(p)
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
    vault_arg(p)
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
        "the clients with a note flagged for supervision, a boundary event, a possible rupture "
        "or a rupture not yet repaired in the period. "
        "The file is not encrypted; it is recorded in the vault's audit trail.",
    )
    vault_arg(p)
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


def cmd_executor_pack(args: argparse.Namespace, secrets: SecretSource, out: TextIO) -> int:
    """The pack as a PDF, recorded in the audit trail just before the file takes its name."""
    target = Path(args.out).expanduser()
    if target.suffix.lower() != ".pdf":
        raise UsageError("--out must name a PDF file, such as executor-pack.pdf.")
    if target.exists():
        raise UsageError(f"{target} already exists; choose another name, or remove it first.")
    if not target.parent.is_dir():
        raise UsageError(f"The folder {target.parent} does not exist; create it first.")
    folder = existing_vault_dir(args)
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


def cmd_timeline(args: argparse.Namespace, secrets: SecretSource, out: TextIO) -> int:
    from counsel_desk.domain.dates import day_text
    from counsel_desk.domain.timeline import PictureFormat

    fmt = PictureFormat.from_path(args.output)  # before any secret is asked for
    start, end = day(args.start, "--from"), day(args.end, "--to")
    if start is not None and end is not None and start > end:
        raise UsageError("--from is after --to: the first date must come first.")
    folder = existing_vault_dir(args)
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
        "counsel-desk: The file is not encrypted; keep it somewhere safe and delete it when "
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
    folder = existing_vault_dir(args)
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
    first, last = date_arg(args.first, "from"), date_arg(args.last, "to")
    check_period(first, last)
    if not path.parent.is_dir():
        from counsel_desk.render.errors import ExportFolderMissing

        raise ExportFolderMissing()
    folder = existing_vault_dir(args)
    passphrase = secrets.read("Passphrase")
    from counsel_desk.render.export import save_document
    from counsel_desk.services.workspace import unlock

    if fmt in (ExportFormat.PDF, ExportFormat.HTML):  # pages, and the timelines' pictures
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


COMMANDS = {
    "executor-pack": cmd_executor_pack,
    "timeline": cmd_timeline,
    "contract": cmd_contract,
    "summary": cmd_summary,
}
