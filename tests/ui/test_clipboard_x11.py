"""The clipboard on a real X server (Xvfb), read by another program (xclip) as a clipboard
manager would: marked, cleared after the time, the selection too, another program's words
left alone; and a plain field's copy, which marks nothing itself, marked by the guard
because the app owns the clipboard (which the offscreen platform cannot say)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from counsel_desk.ui.clipboard import MARK

CHILD = Path(__file__).with_name("clipboard_x11_child.py")
TOOLS = {"Xvfb": "xvfb", "xclip": "xclip"}


def need(name: str) -> str:
    found = shutil.which(name)
    assert found, f"{name} is missing: install the Debian package {TOOLS[name]} (.ci/run does)."
    return found


@pytest.fixture
def display() -> Iterator[str]:
    """A private X server for this test; its display number is the one it picked."""
    read, write = os.pipe()
    server = subprocess.Popen(
        [need("Xvfb"), "-displayfd", str(write), "-screen", "0", "1024x768x24", "-nolisten",
         "tcp"],
        pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    os.close(write)
    with os.fdopen(read) as answer:
        number = answer.readline().strip()
    assert number, "Xvfb did not start"
    try:
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_another_program_sees_the_mark_and_then_nothing(display):
    need("xclip")
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
    env.pop("WAYLAND_DISPLAY", None)
    done = subprocess.run(
        [sys.executable, str(CHILD)], env=env, capture_output=True, text=True, timeout=120,
        check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert MARK in seen["plain targets"]  # marked by the guard, straight after Ctrl+C
    assert seen["plain text"] == "Ruth Ellison, 14 Mill Lane"
    assert seen["plain after the time"] is None  # nobody owns the clipboard any more
    assert seen["copy while selecting on"] is None  # cleared on time all the same
    assert seen["selection while selecting on"]  # the selection still being made is there
    assert MARK in seen["note targets"]
    assert MARK in seen["note selection targets"]  # middle-click's selection is marked too
    assert seen["held"] == {
        "Clipboard": "She spoke of the night the phone rang.",
        "Selection": "She spoke of the night the phone rang.",
    }
    assert seen["held after theirs"] == {"Selection": "She spoke of the night the phone rang."}
    assert seen["theirs after clearing"] == "their own words"
    assert seen["selection after clearing"] is None
