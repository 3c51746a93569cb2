"""The command line's Qt: a windowless application on the offscreen platform, in a process
with no display at all, that writes a PDF."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from renderkit import page_texts

SCRIPT = """
import sys
from pathlib import Path
from counsel_desk.render.headless import offscreen_application
app = offscreen_application()
assert offscreen_application() is app  # one per process
from counsel_desk.domain.document import Document, Paragraph, Span
from counsel_desk.render.export import save_document
doc = Document("Contract — C-009", (Paragraph((Span("Written without a display."),)),),
               footer="Confidential · printed by the command line")
save_document(doc, Path(sys.argv[1]))
print(app.platformName(), len(app.topLevelWindows()), len(app.allWindows()))
"""


def _no_display_env() -> dict[str, str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "XDG_SESSION_TYPE")
    }
    env["QT_QPA_PLATFORM"] = "xcb"  # even a request for a real display is overridden
    return env


def test_a_process_without_a_display_writes_a_pdf(tmp_path: Path) -> None:
    target = tmp_path / "contract.pdf"
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(target)],
        env=_no_display_env(),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["offscreen", "0", "0"]  # no window was ever made
    assert page_texts(target.read_bytes()) == [
        "Contract — C-009 Written without a display. "
        "Confidential · printed by the command line Page 1 of 1"
    ]
    assert oct(target.stat().st_mode & 0o777) == "0o600"


def test_pages_without_an_application_say_what_to_call(tmp_path: Path) -> None:
    code = (
        "from counsel_desk.domain.document import Document\n"
        "from counsel_desk.render.pdf import pdf_bytes\n"
        "try:\n    pdf_bytes(Document('t'))\n"
        "except RuntimeError as exc:\n    print(exc)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        env=_no_display_env(),
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    assert "offscreen_application()" in done.stdout
