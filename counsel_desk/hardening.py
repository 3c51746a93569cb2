"""Keeping the process's secrets to itself: no core dumps, no debugger reads, and secret
text wiped where Python allows it.

``harden_process`` runs first in the entry point, before any secret is read:

- everywhere with ``resource`` (Linux, macOS): ``RLIMIT_CORE`` = 0, so a crash writes no
  core file holding the passphrase, the data key or note text;
- Linux: ``prctl(PR_SET_DUMPABLE, 0)``: no core dump even where a core handler pipes
  around the limit, and other processes of the same user cannot ``ptrace`` it or read its
  ``/proc/PID/mem`` (root still can);
- macOS: ``ptrace(PT_DENY_ATTACH)``: a debugger cannot attach;
- Windows: nothing cheap is equivalent (see docs/ARCHITECTURE.md).

Python strings are immutable and never wiped by the interpreter. ``utf8_bytearray`` encodes
text into a bytearray without a full-length temporary, and ``wipe_str`` overwrites a string
the caller has just been handed and alone holds (such as ``QLineEdit.text()``).
"""

from __future__ import annotations

import ctypes
import logging
import sys

log = logging.getLogger(__name__)

PR_SET_DUMPABLE = 4
PR_GET_DUMPABLE = 3
PT_DENY_ATTACH = 31


def restrict_umask() -> None:
    """Make every file this process creates private, including SQLite's -wal and -shm."""
    import os

    os.umask(0o077)


def harden_process() -> list[str]:
    """Turn off core dumps and debugger access; returns what was done (for tests and logs)."""
    done = []
    try:
        import resource
    except ImportError:  # Windows
        pass
    else:
        try:
            resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
            done.append("RLIMIT_CORE=0")
        except (OSError, ValueError) as exc:
            log.info("could not turn off core dumps: %s", exc)
    if sys.platform.startswith("linux"):
        if _libc_call("prctl", ctypes.c_int(PR_SET_DUMPABLE), *_ULONG_ZEROS) == 0:
            done.append("PR_SET_DUMPABLE=0")
    elif sys.platform == "darwin":
        args = (ctypes.c_int(PT_DENY_ATTACH), ctypes.c_int(0), ctypes.c_void_p(), ctypes.c_int(0))
        if _libc_call("ptrace", *args) == 0:
            done.append("PT_DENY_ATTACH")
    return done


# prctl takes unsigned longs after the option; a bare Python 0 would go as a 32-bit int.
_ULONG_ZEROS = tuple(ctypes.c_ulong(0) for _ in range(4))


def is_dumpable() -> bool | None:
    """Linux's PR_GET_DUMPABLE, or None where there is no such thing."""
    if not sys.platform.startswith("linux"):
        return None
    result = _libc_call("prctl", ctypes.c_int(PR_GET_DUMPABLE), *_ULONG_ZEROS)
    return None if result is None or result < 0 else bool(result)


def _libc_call(name: str, *args: object) -> int | None:
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        return int(getattr(libc, name)(*args))
    except (OSError, AttributeError, TypeError) as exc:
        log.info("%s is not available: %s", name, exc)
        return None


def zero(buf: bytearray) -> None:
    """Overwrite a bytearray in place (its length stays)."""
    if buf:
        ctypes.memset(ctypes.addressof(ctypes.c_char.from_buffer(buf)), 0, len(buf))


def utf8_bytearray(text: str) -> bytearray:
    """``text`` as UTF-8 in a new bytearray, built character by character into a buffer of
    the final size: no full-length ``bytes`` temporary, no reallocation leaving a prefix."""
    size = sum(_utf8_length(ord(ch)) for ch in text)
    out = bytearray(size)
    i = 0
    for ch in text:
        code = ord(ch)
        if code < 0x80:
            out[i] = code
            i += 1
        elif code < 0x800:
            out[i : i + 2] = ((0xC0 | code >> 6), (0x80 | code & 0x3F))
            i += 2
        elif code < 0x10000:
            if 0xD800 <= code <= 0xDFFF:
                zero(out)
                raise UnicodeEncodeError("utf-8", "\ufffd", 0, 1, "surrogates not allowed")
            out[i : i + 3] = (0xE0 | code >> 12, 0x80 | code >> 6 & 0x3F, 0x80 | code & 0x3F)
            i += 3
        else:
            out[i : i + 4] = (
                0xF0 | code >> 18,
                0x80 | code >> 12 & 0x3F,
                0x80 | code >> 6 & 0x3F,
                0x80 | code & 0x3F,
            )
            i += 4
    return out


def _utf8_length(code: int) -> int:
    return 1 if code < 0x80 else 2 if code < 0x800 else 3 if code < 0x10000 else 4


# --- scrubbing what a library freed without wiping ---------------------------------------
# OpenSSL's Argon2id (through cryptography) leaves one copy of the password in a small heap
# block it frees without wiping (measured: tests/security/test_memory_scan.py). glibc hands a
# thread's recently freed small blocks back first, so allocating, zeroing and freeing a few
# blocks of each small size on that same thread overwrites them. Best effort, glibc only.
_SCRUB_SIZES = range(16, 1040, 16)
_SCRUB_EACH = 8
_libc: ctypes.CDLL | bool | None = None


def _glibc() -> ctypes.CDLL | None:
    global _libc
    if _libc is None:
        _libc = False
        if sys.platform.startswith("linux"):
            try:
                libc = ctypes.CDLL(None)
                libc.gnu_get_libc_version  # noqa: B018 - glibc, not musl
            except (OSError, AttributeError):
                pass
            else:
                libc.malloc.restype = ctypes.c_void_p
                libc.malloc.argtypes = [ctypes.c_size_t]
                libc.free.argtypes = [ctypes.c_void_p]
                _libc = libc
    return _libc or None


def scrub_freed_heap() -> bool:
    """Overwrite small heap blocks this thread freed recently; True if it could."""
    libc = _glibc()
    if libc is None:
        return False
    blocks = []
    try:
        for size in _SCRUB_SIZES:
            for _ in range(_SCRUB_EACH):
                block = libc.malloc(size)
                if block:
                    ctypes.memset(block, 0, size)
                    blocks.append(block)
    finally:
        for block in blocks:
            libc.free(block)
    return True


# --- wiping a str in place ---------------------------------------------------------------
# CPython keeps a compact string's characters straight after its header; the header's size
# depends on the version and on whether the string is pure ASCII. Both offsets are measured
# on fresh probe strings when first needed and proved by reading the probes back; where that
# fails (another interpreter, a changed layout) wiping is simply not done.
_offsets: dict[str, int] | None = None


def _measure_offsets() -> dict[str, int]:
    found: dict[str, int] = {}
    if sys.implementation.name != "cpython":
        return found
    for kind, probe, encoded in (
        ("ascii", "".join(["probe", "-ascii-", "7f3a"]), b"probe-ascii-7f3a"),
        ("latin1", "".join(["pr\xf6be", "-l1-", "7f3a"]), "pr\xf6be-l1-7f3a".encode("latin-1")),
    ):
        offset = sys.getsizeof(probe) - len(probe) - 1
        if ctypes.string_at(id(probe) + offset, len(encoded)) == encoded:
            found[kind] = offset
    return found


def wipe_str(text: str) -> bool:
    """Overwrite the characters of ``text`` with NULs; True if done.

    Only for a string this code has just been given and alone holds (``QLineEdit.text()``,
    a line read from a prompt): strings are immutable, so anyone else holding it would see
    it change, and an interned or cached one would be corrupted. Strings of one character
    (cached by CPython) and wider than Latin-1 are left alone; so is anything on another
    interpreter.
    """
    global _offsets
    if type(text) is not str or len(text) < 2:
        return False
    if _offsets is None:
        _offsets = _measure_offsets()
    if text.isascii():
        offset = _offsets.get("ascii")
    elif max(text) <= "\xff":
        offset = _offsets.get("latin1")
    else:
        offset = None
    if offset is None:
        return False
    ctypes.memset(id(text) + offset, 0, len(text))
    return True
