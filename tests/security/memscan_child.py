"""Run by tests/security/test_memory_scan.py in its own process: unlock a vault through the
real unlock window (keys typed one by one, Enter), wait for the main window, lock, then scan
this process's own memory (every readable mapping of /proc/self/mem) for the passphrase as
UTF-8 and as UTF-16-LE (QString), and print the two counts.

The passphrase arrives XOR-masked and never exists whole in this process except where the app
puts it: keys are typed from single characters (CPython caches those), and the scan looks for
its two halves side by side, each half built alone, in a preallocated buffer that is itself
left out of the scan. ``control`` keeps a copy of the text (a str and a QLineEdit holding it)
to prove that the scan finds what is there.
"""

from __future__ import annotations

import ctypes
import gc
import os
import sys
import time
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"

CHUNK = 1 << 20
SKIP = ("[vvar]", "[vsyscall]", "[vvar_vclock]")


def _halves(masked: bytes, mask: int, wide: bool) -> tuple[bytes, bytes]:
    half = len(masked) // 2
    if wide:
        first = bytes(x for b in masked[:half] for x in (b ^ mask, 0))
        second = bytes(x for b in masked[half:] for x in (b ^ mask, 0))
    else:
        first = bytes(b ^ mask for b in masked[:half])
        second = bytes(b ^ mask for b in masked[half:])
    return first, second


def scan(first: bytes, second: bytes, buf: bytearray) -> int:
    """Addresses where ``first`` is directly followed by ``second``, outside ``buf``."""
    lo = ctypes.addressof(ctypes.c_char.from_buffer(buf))
    hi = lo + len(buf)
    view = memoryview(buf)
    size = len(first) + len(second)
    found: set[int] = set()
    with open("/proc/self/maps") as maps:
        regions = [line.split() for line in maps]
    fd = os.open("/proc/self/mem", os.O_RDONLY)
    try:
        for fields in regions:
            start, end = (int(x, 16) for x in fields[0].split("-"))
            if fields[1][0] != "r" or (len(fields) > 5 and fields[5] in SKIP):
                continue
            pos = start
            while pos < end:
                want = min(CHUNK, end - pos)
                try:
                    got = os.preadv(fd, [view[:want]], pos)
                except OSError:
                    break
                i = buf.find(first, 0, got)
                while i != -1:
                    if buf.startswith(second, i + len(first), got) and not lo <= pos + i < hi:
                        found.add(pos + i)
                    i = buf.find(first, i + 1, got)
                if got < want or pos + want >= end:
                    break
                pos += want - size + 1
    finally:
        os.close(fd)
    return len(found)


def main() -> None:
    folder, mask_text, masked_hex, mode = sys.argv[1:5]
    mask = int(mask_text)
    masked = bytes.fromhex(masked_hex)
    keys = [chr(b ^ mask) for b in masked]  # single characters: cached, never the whole

    from counsel_desk.hardening import harden_process, is_dumpable

    harden_process()  # as the entry point does, before any secret is read

    from PySide6.QtCore import QCoreApplication, QEvent, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QLineEdit

    from counsel_desk.ui.controller import AppController

    app = QApplication([])
    controller = AppController(Path(folder), idle_ms=0)
    controller.start()
    window = controller.window
    for key in keys:
        QTest.keyClick(window.passphrase, key)
    kept: list[object] = []
    if mode == "control":
        kept += [window.passphrase.text(), QLineEdit(window.passphrase.text())]
    QTest.keyClick(window.passphrase, Qt.Key.Key_Return)
    deadline = time.monotonic() + 60
    while controller.state != "unlocked":
        app.processEvents()
        if time.monotonic() > deadline:
            raise SystemExit(f"never unlocked: {window.error.text()}")
        time.sleep(0.01)
    controller.lock()
    for _ in range(5):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        app.processEvents()
    gc.collect()

    buf = bytearray(CHUNK)
    utf8 = scan(*_halves(masked, mask, wide=False), buf)
    utf16 = scan(*_halves(masked, mask, wide=True), buf)
    print(f"utf8={utf8} utf16={utf16} dumpable={is_dumpable()}", flush=True)
    controller.shutdown()


if __name__ == "__main__":
    main()
