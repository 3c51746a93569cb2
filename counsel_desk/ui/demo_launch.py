"""Opening the demo from inside the app: a process of its own (``counsel-desk --demo``), so
its invented practice has its own window, marked as the demo, its own throwaway vault and
its own preferences, and the practitioner's own window and vault are never touched."""

from __future__ import annotations

import sys

from PySide6.QtCore import QProcess


def demo_command() -> list[str]:
    """This very program with ``--demo``: the bundle's executable, or this Python with the
    package (a checkout or a pip install)."""
    if getattr(sys, "frozen", False):
        return [sys.executable, "--demo"]
    return [sys.executable, "-m", "counsel_desk", "--demo"]


def open_demo() -> bool:
    """Start the demo beside this window; False if it could not be started."""
    program, *arguments = demo_command()
    started, _pid = QProcess.startDetached(program, arguments)
    return bool(started)
