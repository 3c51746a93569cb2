"""Time a long note with amendments to PDF, beside plain text printed by Qt, in one process.

    python benchmarks/render_note.py [--runs N]

Prints one JSON line of seconds per run (run.py reads it). Ours is the whole "Save a copy
as PDF" path after the note is read: the document built from the note, its Markdown turned
into blocks, a QTextDocument built block by block, laid out on A4 with a footer and page
numbers on every page, written to PDF in memory. The baseline is the least Qt can do with
the same words: QTextDocument.setPlainText, then print_ to a QPdfWriter, in memory. HTML and
Markdown are timed too (pure Python). Nothing touches the disk or a vault.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
import time

from counsel_desk.domain.document import ExportFormat
from counsel_desk.domain.notes import Amendment, Note, NoteKind, NoteStatus
from counsel_desk.domain.sessions import Modality, Session, SessionStatus

SECTIONS = (
    "What the client brought",
    "What seemed to matter most",
    "The relationship",
    "Safety",
    "Next time",
)
SENTENCES = (
    "She spoke about the move and how unsettled the new flat still feels.",
    "He came back to the argument with his brother, more slowly this time.",
    "They noticed how tired they get from keeping everyone else calm.",
    "We stayed with the silence for a while before she went on.",
    "He said the *grounding* we practised had helped on the bus.",
    "She wondered aloud whether the work was **going anywhere**, then laughed.",
    "Sleep has been a little better since the evenings got lighter.",
    "We agreed to return to the letter she has not yet sent.",
)


def long_note(words: int = 3000, amendments: int = 3, seed: int = 1) -> tuple[Note, Session]:
    """A session note of about ``words`` words in five sections, with lists, and
    ``amendments`` amendments after it: a long note, as a practitioner might write."""
    rng = random.Random(seed)
    parts: list[str] = []
    count = 0
    while count < words:
        for heading in SECTIONS:
            parts.append(f"## {heading}\n")
            for _ in range(3):
                paragraph = " ".join(rng.choice(SENTENCES) for _ in range(6))
                parts.append(paragraph + "\n")
                count += len(paragraph.split())
            parts.append("- " + rng.choice(SENTENCES) + "\n- " + rng.choice(SENTENCES) + "\n")
    at = dt.datetime(2026, 11, 24, 15, 0, tzinfo=dt.UTC)
    note = Note(
        id=1,
        session_id=1,
        client_id=1,
        kind=NoteKind.SESSION,
        title="Session 14",
        body="\n".join(parts),
        status=NoteStatus.FINAL,
        revision=3,
        created_at=at,
        updated_at=at,
        finalised_at=at,
        tags=("sleep", "family"),
        amendments=tuple(
            Amendment(n, 1, " ".join(SENTENCES[: 3 + n]), "Added what was missed", at)
            for n in range(1, amendments + 1)
        ),
    )
    session = Session(
        1, 1, dt.datetime(2026, 11, 24, 14, 0), 50, Modality.IN_PERSON, SessionStatus.ATTENDED
    )
    return note, session


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()

    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QPdfWriter, QTextDocument

    from counsel_desk.render.export import document_bytes
    from counsel_desk.render.headless import offscreen_application
    from counsel_desk.render.pdf import PageSetup
    from counsel_desk.services.exports import note_document

    offscreen_application()
    note, session = long_note()
    printed = dt.datetime(2026, 11, 26, 16, 0)

    def ours(fmt: ExportFormat) -> bytes:
        return document_bytes(note_document(note, session, "C-014", printed_at=printed), fmt)

    words = note_document(note, session, "C-014", printed_at=printed).text()

    def baseline() -> bytes:
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

    def timed(fn, *fn_args) -> list[float]:
        fn(*fn_args)  # warm-up: fonts found, modules loaded
        out = []
        for _ in range(args.runs):
            started = time.perf_counter()
            fn(*fn_args)
            out.append(time.perf_counter() - started)
        return out

    import io

    import pypdf

    pdf = ours(ExportFormat.PDF)
    result = {
        "pdf_s": timed(ours, ExportFormat.PDF),
        "baseline_s": timed(baseline),
        "html_s": timed(ours, ExportFormat.HTML),
        "markdown_s": timed(ours, ExportFormat.MARKDOWN),
        "words": len(words.split()),
        "pages": len(pypdf.PdfReader(io.BytesIO(pdf)).pages),
        "baseline_pages": len(pypdf.PdfReader(io.BytesIO(baseline())).pages),
    }
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
