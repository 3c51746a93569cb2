"""Save a demo note (with an amendment) as PDF, HTML and Markdown, and its first page as
docs/screenshots/note-pdf.png (run: python tests/render/make_pdf_screenshot.py [OUT]).

Uses a throw-away demo vault (fictional data) and the same path as "Save note as…". The
picture needs ``pdftoppm`` (Debian's poppler-utils); the three files are written anyway.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
TMP = Path(tempfile.mkdtemp(prefix="counsel-desk-pdf-"))

from counsel_desk.domain.document import ExportFormat  # noqa: E402
from counsel_desk.domain.notes import NoteStatus  # noqa: E402
from counsel_desk.render.export import save_document  # noqa: E402
from counsel_desk.render.headless import offscreen_application  # noqa: E402
from counsel_desk.services.demo import DEMO_PASSPHRASE, DemoSpec, build_demo_vault  # noqa: E402
from counsel_desk.services.workspace import unlock  # noqa: E402
from counsel_desk.storage.keyslots import KdfParams  # noqa: E402

OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parents[2] / "docs/screenshots"


def main() -> None:
    offscreen_application()
    folder = TMP / "demo"
    build_demo_vault(folder, DEMO_PASSPHRASE, DemoSpec(), kdf=KdfParams(8 * 1024, 1, 1))
    ws = unlock(folder, DEMO_PASSPHRASE)
    try:
        client = ws.clients.list()[0]
        notes = [s for s in ws.notes.for_client(client.id) if s.status is NoteStatus.FINAL]
        note = max(notes, key=lambda s: len(ws.notes.get(s.id).body))
        ws.notes.amend(
            note.id,
            "The client's sister moved in the week before, not the week after; the rest "
            "stands as written.",
            "Corrected the order of events",
        )
        doc = ws.exports.note_document(note.id, printed_at=dt.datetime.now())
        for fmt in ExportFormat:
            path = save_document(doc, TMP / f"note.{fmt.value}")
            print("wrote", path)
    finally:
        ws.close()
    if shutil.which("pdftoppm") is None:
        print("pdftoppm not found: no picture made")
        return
    subprocess.run(
        [
            "pdftoppm",
            "-png",
            "-r",
            "60",
            "-f",
            "1",
            "-l",
            "1",
            "-singlefile",
            str(TMP / "note.pdf"),
            str(OUT / "note-pdf"),
        ],
        check=True,
    )
    print("wrote", OUT / "note-pdf.png")


if __name__ == "__main__":
    main()
