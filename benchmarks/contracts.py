"""Contracts on the benchmark vault, in a process of its own: the Contract tab opened, a
contract to PDF, and what judging cancellations adds to opening a ten-year client.

    python benchmarks/contracts.py VAULT PASSPHRASE [--runs N]

Prints one JSON line (milliseconds unless the key ends in ``_s``); run.py turns it into
figures. Each figure has a baseline measured in the same process, in turns:

- the Contract tab: from Today, the client's page opened at the Contract tab (versions read,
  the clause list, the editor and the formatted preview built) and the window painted;
  beside it the same client's page opened at the Sessions tab, as "open a client" does;
- a contract to PDF: the version agreed last as the client's copy, from the vault to PDF
  bytes in memory (document, QTextDocument, A4 pages with footers, QPdfWriter); beside it
  the same words set as plain text and printed by Qt;
- classification: the busiest client's Sessions tab read again with every cancellation
  judged against the contract in force on its day, and the same without, in turns (and
  the judging service call alone).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import time

from probe import _paint  # benchmarks/, beside this script
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
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])

    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QPdfWriter, QTextDocument

    from counsel_desk.render.pdf import PageSetup, pdf_bytes
    from counsel_desk.services.workspace import unlock
    from counsel_desk.ui.intents import OpenClient
    from counsel_desk.ui.main_window import MainWindow

    ws = unlock(args.vault, args.passphrase)
    window = MainWindow(ws, False)
    window.show()
    _paint(app, window)
    out: dict[str, object] = {}

    # --- the Contract tab, beside the Sessions tab ---------------------------------------
    clients = [c for c in ws.clients.list() if len(ws.contracts.history(c.id))]
    picks = clients[:: max(1, len(clients) // 15)][:15]

    def opening(client_id: int, tab: str):
        def run() -> None:
            window.go("Today")
            _paint(app, window)
            started = time.perf_counter()
            window.follow(OpenClient(client_id, tab))
            _paint(app, window)
            run.seconds = time.perf_counter() - started  # type: ignore[attr-defined]

        return run

    contract, sessions = [], []
    for client in picks:
        open_contract, open_sessions = (
            opening(client.id, "Contract"),
            opening(client.id, "Sessions"),
        )
        for _ in range(2):
            for fn, into in ((open_contract, contract), (open_sessions, sessions)):
                fn()
                into.append(fn.seconds)  # type: ignore[attr-defined]
    out["contract_tab_ms"] = [s * 1000 for s in contract]
    out["sessions_tab_ms"] = [s * 1000 for s in sessions]
    out["clients"] = len(picks)

    # --- the client's copy as a PDF, beside plain text -----------------------------------
    longest = max(clients, key=lambda c: len(ws.contracts.history(c.id)))
    _version, document = ws.contracts.document(longest.id, printed_at=dt.datetime.now())
    words = document.text()

    def ours() -> bytes:
        _v, doc = ws.contracts.document(longest.id)
        return pdf_bytes(doc)

    def plain() -> bytes:
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

    pdf, base = _in_turns(ours, plain, args.runs)
    out["contract_pdf_s"], out["plain_pdf_s"] = pdf, base
    out["contract_words"] = len(words.split())

    # --- judging cancellations: what it adds to opening the busiest client ---------------
    busiest = max(ws.clients.list(), key=lambda c: len(ws.sessions.for_client(c.id)))
    window.follow(OpenClient(busiest.id, "Sessions"))
    _paint(app, window)
    view = window.view("Sessions")
    notice = view._notice

    def judged() -> None:
        view._notice = notice
        view.reload()

    def unjudged() -> None:
        view._notice = None
        view.reload()

    # The tab's reload, in turns with and without (painting is the same for both, and
    # its noise on a busy machine is larger than what is measured); then once painted.
    with_judging, without = _in_turns(judged, unjudged, max(args.runs, 25))
    view._notice = notice
    out["sessions_judged_ms"] = [s * 1000 for s in with_judging]
    out["sessions_unjudged_ms"] = [s * 1000 for s in without]
    painted = []
    for _ in range(5):
        started = time.perf_counter()
        view.reload()
        _paint(app, window)
        painted.append(time.perf_counter() - started)
    out["sessions_painted_ms"] = [s * 1000 for s in painted]
    service, _ = _in_turns(lambda: ws.notice.for_client(busiest.id), lambda: None, 15)
    out["classify_service_ms"] = [s * 1000 for s in service]
    out["busiest_sessions"] = len(ws.sessions.for_client(busiest.id))
    out["busiest_cancellations"] = len(ws.notice.for_client(busiest.id))
    out["busiest_versions"] = len(ws.contracts.history(busiest.id))
    window.discard()
    ws.close()
    print(json.dumps(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
