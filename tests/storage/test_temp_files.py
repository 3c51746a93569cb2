"""A temp file made for an atomic write is never left behind by Ctrl+C: not while it is
written, and not in the moment between its creation and its name being kept (the window a
Ctrl+C pressed as soon as the file appears falls into, which left an empty hidden
``.name.<random>.tmp`` beside an export stopped that way)."""

from __future__ import annotations

import os
import signal
from pathlib import Path

import pytest

from counsel_desk.storage import files


def _interrupted_open(monkeypatch: pytest.MonkeyPatch):
    """``os.open`` in files.py that sends this process a SIGINT as soon as the file exists
    (with Python's own Ctrl+C handler, whatever an earlier test left)."""
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    real_open = os.open

    def open_then_interrupted(*args, **kwargs):
        fd = real_open(*args, **kwargs)
        os.kill(os.getpid(), signal.SIGINT)
        return fd

    monkeypatch.setattr(files.os, "open", open_then_interrupted)
    return previous


@pytest.mark.parametrize("how", ["atomic_write", "stream_to_temp"])
def test_ctrl_c_as_the_temp_file_appears_leaves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, how: str
) -> None:
    target = tmp_path / "v.json"
    previous = _interrupted_open(monkeypatch)
    write = {
        "atomic_write": lambda: files.atomic_write(target, b"words"),
        "stream_to_temp": lambda: files.stream_to_temp(target, [b"words"]),
    }[how]
    try:
        with pytest.raises(KeyboardInterrupt):
            write()
    finally:
        signal.signal(signal.SIGINT, previous)
        monkeypatch.undo()
    assert list(tmp_path.iterdir()) == []


def test_ctrl_c_while_writing_leaves_the_old_file_and_no_temp(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "v.json"
    target.write_bytes(b"the earlier one")
    real_write = os.write

    def write_then_interrupted(fd: int, data) -> int:
        written = real_write(fd, data)
        raise KeyboardInterrupt
        return written  # pragma: no cover

    monkeypatch.setattr(files.os, "write", write_then_interrupted)
    with pytest.raises(KeyboardInterrupt):
        files.atomic_write(target, b"words")
    monkeypatch.undo()
    assert [p.name for p in tmp_path.iterdir()] == ["v.json"]
    assert target.read_bytes() == b"the earlier one"


def test_signals_are_held_only_for_the_moment() -> None:
    before = signal.getsignal(signal.SIGINT)
    with files.interrupts_held():
        assert signal.getsignal(signal.SIGINT) is not before
    assert signal.getsignal(signal.SIGINT) is before


def test_an_interrupt_meanwhile_reaches_the_handler_that_was_there_after() -> None:
    came: list[int] = []
    previous = signal.signal(signal.SIGTERM, lambda signum, _frame: came.append(signum))
    try:
        with files.interrupts_held():
            os.kill(os.getpid(), signal.SIGTERM)
            for _ in range(1000):  # Python runs the handler between bytecodes
                pass
            assert came == []
        assert came == [signal.SIGTERM]
    finally:
        signal.signal(signal.SIGTERM, previous)
