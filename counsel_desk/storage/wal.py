"""Reading SQLite's write-ahead log (``vault.db-wal``) and its index (``vault.db-shm``)
without SQLite, to tell a torn tail (left by a crash; normal) from damage that would drop
saved changes. Nothing here writes.

When SQLite opens a database whose ``-wal`` holds committed changes, it replays the frames up
to the last valid commit and silently drops the rest. A frame is valid when its salts match
the WAL header's and its checksum, cumulative from the header's, matches. So a damaged frame
hides every change committed after it; the checks here find those changes:

- frames after the first invalid one still carry the generation's salts and their own
  checksums, seeded by the previous frame's stored checksum (or by the chain computed through
  the damaged frame's actual bytes, when the damage hit its stored checksum): a valid commit
  frame among them means saved changes would be lost (**damaged**);
- the index in ``-shm`` (when present, intact and of the same generation) records how many
  frames the last writer had committed (``mxFrame``): fewer valid frames than that is a
  truncated or damaged log (**damaged**), and an invalid frame beyond it is a torn tail;
- without an index, an invalid frame of the current generation at the end cannot be told
  apart from a commit cut short by a crash: it is reported as the last change being
  incomplete (**torn**), never as sound;
- frames with another generation's salts after the current ones are what an earlier log left
  behind after SQLite started it again (normal).

SQLCipher computes the checksums over the encrypted frames as they are on disk (measured:
every frame of a test log verifies against its bytes), so no key is needed here.
"""

from __future__ import annotations

import struct
import sys
from array import array
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

WAL_MAGIC_LE = 0x377F0682  # checksums over little-endian words
WAL_MAGIC_BE = 0x377F0683
WAL_VERSION = 3007000
WAL_HEADER = 32
FRAME_HEADER = 24
DEFAULT_PAGE_SIZE = 4096  # SQLCipher's page size, and the vault's
INDEX_HEADER = 48  # WalIndexHdr, kept twice at the start of -shm
INDEX_MIN = 136  # both copies and the checkpoint info
_MASK = 0xFFFFFFFF


class WalVerdict(Enum):
    ABSENT = "absent"  # no log, and nothing the index says is missing
    CLEAN = "clean"  # every committed frame is valid; anything after is an uncommitted tail
    TORN = "torn"  # the last change is incomplete: a crash cut it short, or it is damaged
    DAMAGED = "damaged"  # saved changes sit after damage, or are missing


@dataclass(frozen=True)
class WalReport:
    verdict: WalVerdict
    detail: str
    frames: int = 0  # whole frames in the file
    committed: int = 0  # frames SQLite will use: up to the last valid commit

    @property
    def loses_saved_changes(self) -> bool:
        return self.verdict is WalVerdict.DAMAGED


@dataclass(frozen=True)
class _Index:
    mx_frame: int
    n_backfill: int
    salts: bytes


def checksum(data: bytes | memoryview, seed: tuple[int, int], big_endian: bool) -> tuple[int, int]:
    """SQLite's WAL checksum over ``data`` (a multiple of 8 bytes), continuing from ``seed``."""
    words = array("I")
    words.frombytes(data)
    if big_endian != (sys.byteorder == "big"):
        words.byteswap()
    s0, s1 = seed
    it = iter(words)
    for x, y in zip(it, it, strict=True):
        s0 += x + s1
        s1 += y + s0
        if s1 > 1 << 62:  # keep the integers small; masking every step costs a third more
            s0 &= _MASK
            s1 &= _MASK
    return s0 & _MASK, s1 & _MASK


def read_index(shm: bytes | None) -> _Index | None:
    """The wal-index header from ``-shm``, if both copies agree and its checksum holds."""
    if shm is None or len(shm) < INDEX_MIN or shm[:INDEX_HEADER] != shm[INDEX_HEADER:96]:
        return None
    version, _pad, _change, is_init, _big, _page, mx_frame = struct.unpack("=IIIBBHI", shm[:20])
    if version != WAL_VERSION or is_init != 1:
        return None
    stored = struct.unpack("=II", shm[40:48])
    if checksum(shm[:40], (0, 0), big_endian=sys.byteorder == "big") != stored:
        return None
    (n_backfill,) = struct.unpack("=I", shm[96:100])
    return _Index(mx_frame=mx_frame, n_backfill=n_backfill, salts=bytes(shm[32:40]))


@dataclass
class _Walk:
    """One pass over the frames for a given generation (salts) and checksum seed."""

    first_bad: int | None = None
    first_bad_current: bool = False
    committed: int = 0
    lost_commit: int | None = None  # a current-generation commit frame after the first bad


def _walk(wal: bytes, page_size: int, big_endian: bool, valid: bool) -> _Walk:
    """``valid``: whether SQLite accepts the header. If not, every frame is already lost to
    SQLite, so the walk looks only for current-generation commits among them; the first
    frame is then also tried against the header's recomputed checksum, in case the damage
    hit the stored one."""
    view = memoryview(wal)
    salts = bytes(wal[16:24])
    size = FRAME_HEADER + page_size
    count = (len(wal) - WAL_HEADER) // size
    walk = _Walk(first_bad=None if valid else -1)
    chain = struct.unpack_from(">II", wal, 24)
    stored_prev = chain if valid else checksum(view[:24], (0, 0), big_endian)
    for i in range(count):
        off = WAL_HEADER + i * size
        pgno, commit = struct.unpack_from(">II", wal, off)
        frame_salts = bytes(view[off + 8 : off + 16])
        stored = struct.unpack_from(">II", wal, off + 16)
        computed = checksum(view[off : off + 8], chain, big_endian)
        computed = checksum(view[off + FRAME_HEADER : off + size], computed, big_endian)
        salts_ok = frame_salts == salts
        if walk.first_bad is None:
            if salts_ok and computed == stored and pgno != 0:
                chain = stored_prev = stored
                if commit:
                    walk.committed = i + 1
                continue
            walk.first_bad = i
            # torn or damaged (its salts), or a damaged salt (its checksum continues the chain)
            walk.first_bad_current = salts_ok or computed == stored
            if computed == stored and commit and not salts_ok:
                walk.lost_commit = i
        else:
            current = computed == stored
            if not current and salts_ok:
                independent = checksum(view[off : off + 8], stored_prev, big_endian)
                independent = checksum(
                    view[off + FRAME_HEADER : off + size], independent, big_endian
                )
                if independent == stored:
                    current = True
                    computed = stored  # in step again: the next frame needs one checksum
            if current and commit and pgno != 0 and walk.lost_commit is None:
                walk.lost_commit = i
        chain, stored_prev = computed, stored
    return walk


def analyse(wal: bytes | None, shm: bytes | None) -> WalReport:
    """What SQLite would make of this log, and whether that loses saved changes."""
    index = read_index(shm)
    unbackfilled = index is not None and index.mx_frame > index.n_backfill
    if not wal:
        if unbackfilled:
            return WalReport(
                WalVerdict.DAMAGED,
                "vault.db-wal is missing or empty, but its index lists saved changes that "
                "were not yet copied into vault.db",
            )
        return WalReport(WalVerdict.ABSENT, "no recent changes waiting in vault.db-wal")
    if len(wal) < WAL_HEADER:
        if unbackfilled:
            return WalReport(WalVerdict.DAMAGED, "vault.db-wal is cut short inside its header")
        return WalReport(
            WalVerdict.CLEAN, "vault.db-wal holds no complete header: nothing to replay"
        )

    magic, version, page_size = struct.unpack_from(">III", wal, 0)
    salts = bytes(wal[16:24])
    stored_header = struct.unpack_from(">II", wal, 24)
    magic_ok = magic in (WAL_MAGIC_LE, WAL_MAGIC_BE)
    size_ok = 512 <= page_size <= 65536 and page_size & (page_size - 1) == 0
    big = magic == WAL_MAGIC_BE
    valid = (
        magic_ok
        and version == WAL_VERSION
        and size_ok
        and checksum(wal[:24], (0, 0), big) == stored_header
    )
    frame_size = FRAME_HEADER + (page_size if size_ok else DEFAULT_PAGE_SIZE)
    frames = (len(wal) - WAL_HEADER) // frame_size

    if not valid:
        endians = (big,) if magic_ok else (False, True)
        sizes = dict.fromkeys([page_size if size_ok else DEFAULT_PAGE_SIZE, DEFAULT_PAGE_SIZE])
        for endian in endians:
            for size in sizes:
                walk = _walk(wal, size, endian, False)
                if walk.lost_commit is not None:
                    return WalReport(
                        WalVerdict.DAMAGED,
                        f"the header of vault.db-wal is damaged, so the saved changes in its "
                        f"{(len(wal) - WAL_HEADER) // (FRAME_HEADER + size)} frames would be "
                        "dropped",
                        frames,
                    )
        if unbackfilled:
            return WalReport(
                WalVerdict.DAMAGED,
                "the header of vault.db-wal is damaged, and its index lists saved changes "
                "that were not yet copied into vault.db",
                frames,
            )
        return WalReport(
            WalVerdict.CLEAN, "vault.db-wal holds nothing from the current session", frames
        )

    walk = _walk(wal, page_size, big, True)
    index_here = index if index is not None and index.salts == salts else None
    if walk.lost_commit is not None:
        return WalReport(
            WalVerdict.DAMAGED,
            f"frame {walk.first_bad + 1} of vault.db-wal is damaged, and changes saved after "
            f"it (up to frame {walk.lost_commit + 1}) would be dropped",
            frames,
            walk.committed,
        )
    if index_here is not None and index_here.mx_frame > walk.committed:
        return WalReport(
            WalVerdict.DAMAGED,
            f"vault.db-wal holds {walk.committed} valid saved frames, but its index says "
            f"{index_here.mx_frame} were saved: part of it is missing or damaged",
            frames,
            walk.committed,
        )
    if index_here is None and _tail_is_current(wal, walk, frames, frame_size):
        return WalReport(
            WalVerdict.TORN,
            "the last change in vault.db-wal is incomplete, as a crash or power cut leaves "
            "it, or damaged; it will be dropped",
            frames,
            walk.committed,
        )
    return WalReport(
        WalVerdict.CLEAN,
        f"{walk.committed} saved frames waiting in vault.db-wal, all intact"
        if walk.committed
        else "no saved changes waiting in vault.db-wal",
        frames,
        walk.committed,
    )


def _tail_is_current(wal: bytes, walk: _Walk, frames: int, frame_size: int) -> bool:
    """Whether something of the current generation follows the last valid commit: an invalid
    frame with its salts, valid frames with no commit after them, or a part-written frame.
    Without the index, that is a crash cut short or damage; there is no telling which."""
    if walk.first_bad is not None:
        return walk.first_bad_current
    if frames > walk.committed:
        return True
    partial = wal[WAL_HEADER + frames * frame_size :]
    return bool(partial) and (len(partial) < 16 or partial[8:16] == wal[16:24])


def read_files(folder: Path, db_name: str) -> tuple[bytes | None, bytes | None]:
    """The ``-wal`` and ``-shm`` files' bytes (None when absent), read once, read-only."""
    out: list[bytes | None] = []
    for suffix in ("-wal", "-shm"):
        try:
            out.append((folder / f"{db_name}{suffix}").read_bytes())
        except FileNotFoundError:
            out.append(None)
    return out[0], out[1]
