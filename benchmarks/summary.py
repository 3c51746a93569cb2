"""The supervision summary on the benchmark vault, in a process of its own: a one-month
summary of 28 clients to PDF, and its preview.

    python benchmarks/summary.py VAULT PASSPHRASE [--runs N] [--clients 28]

Prints one JSON line (seconds); run.py turns it into figures. Each figure has a baseline
measured in the same process, in turns:

- to PDF: the summary built from the vault (sessions, short notice, contracts, boundary
  events, flagged notes, every client's redaction list over every text) and written as A4
  pages in memory; beside it the same words set as plain text and printed by Qt;
- the preview: the summary built and laid out as the dialog shows it (``render/qdoc.py``
  at the preview's width); beside it the same words laid out as plain text.

The 28 clients are those with the most sessions in the last month (then others, when fewer
were seen); each has two terms on its redaction list besides their own names.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import time

from PySide6.QtWidgets import QApplication


def _in_turns(first, second, runs: int) -> tuple[list[float], list[float]]:
    """Seconds of ``first`` and ``second``, alternating, after one untimed run of each."""
    first(), second()
    a, b = [], []
    for _ in range(runs):
        for fn, into in ((first, a), (second, b)):
            started = time.perf_counter()
            fn()
            into.append(time.perf_counter() - started)
    return a, b


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("vault")
    parser.add_argument("passphrase")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--clients", type=int, default=28)
    args = parser.parse_args()
    QApplication(sys.argv[:1])

    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QFont, QPdfWriter, QTextDocument

    from counsel_desk.render import qdoc
    from counsel_desk.render.fonts import document_font
    from counsel_desk.render.pdf import PageSetup, pdf_bytes
    from counsel_desk.services.summary import SummaryRequest
    from counsel_desk.services.workspace import unlock

    ws = unlock(args.vault, args.passphrase)
    last = dt.date.today()
    first = last - dt.timedelta(days=30)
    start = dt.datetime.combine(first, dt.time())
    busy: dict[int, int] = {}
    for session in ws.sessions.between(start, dt.datetime.combine(last, dt.time(23, 59))):
        busy[session.client_id] = busy.get(session.client_id, 0) + 1
    # The busiest in the month first, then others, as a full caseload would be
    everyone = sorted(c.id for c in ws.clients.list())
    chosen = sorted(everyone, key=lambda c: -busy.get(c, 0))[: args.clients]
    for client_id in chosen:  # a list as a practitioner keeps one (kept in the vault)
        for term in ("Marcus", "Hebden Bridge"):
            ws.redaction.add(client_id, term)
    request = SummaryRequest(first, last, tuple(chosen))
    words = ws.summary.build(request).document.text()
    font = document_font(QFont().pointSizeF())
    width = 620.0

    def to_pdf() -> bytes:
        return pdf_bytes(ws.summary.build(request).document)

    def plain_pdf() -> bytes:
        array = QByteArray()
        buffer = QBuffer(array)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        writer = QPdfWriter(buffer)
        writer.setPageLayout(PageSetup().layout())
        text = QTextDocument()
        text.setPlainText(words)
        text.print_(writer)
        buffer.close()
        return bytes(array.data())

    def preview() -> None:
        built = qdoc.build(ws.summary.build(request).document, font, text_width=width)
        built.size()  # laid out, as the preview shows it

    def plain_preview() -> None:
        text = QTextDocument()
        text.setDefaultFont(font)
        text.setPlainText(words)
        text.setTextWidth(width)
        text.size()

    pdf, pdf_base = _in_turns(to_pdf, plain_pdf, args.runs)
    shown, shown_base = _in_turns(preview, plain_preview, args.runs)
    build, _ = _in_turns(lambda: ws.summary.build(request), lambda: None, args.runs)
    out = {
        "summary_pdf_s": pdf,
        "plain_pdf_s": pdf_base,
        "preview_s": shown,
        "plain_preview_s": shown_base,
        "build_s": build,
        "clients": len(chosen),
        "words": len(words.split()),
    }
    ws.close()
    print(json.dumps(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
