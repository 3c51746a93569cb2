"""The two key files, ``keys.json`` and ``keys.backup.json``: reading both, finding the one a
secret opens, writing them, and healing a damaged, missing or out-of-date copy.

Each file is read once per command and its problem (if any) kept as one phrase, so a damaged
copy is reported once, by whoever reports (the unlock window, ``verify``), never logged over
and over. A header a secret opens must also carry a MAC that holds under the data key it
gives (``keyheader``); and if the other copy is authentic with a higher counter, the secret
opened an out-of-date copy (an earlier passphrase) and is refused.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from counsel_desk.domain.i18n import QT_TRANSLATE_NOOP, Marked, Phrase, phrase
from counsel_desk.hardening import zero
from counsel_desk.storage import keyheader as kh
from counsel_desk.storage.errors import (
    CounselDeskError,
    StorageFailure,
    VaultDamaged,
    VaultMissing,
    WrongPassphrase,
)
from counsel_desk.storage.files import atomic_write
from counsel_desk.storage.layout import (
    KEYS_BACKUP_NAME,
    KEYS_NAME,
    ROTATING_DB,
    ROTATING_KEYS,
    VaultState,
    vault_state,
)

log = logging.getLogger(__name__)

TWINS = (KEYS_NAME, KEYS_BACKUP_NAME)

BOTH_UNUSABLE = QT_TRANSLATE_NOOP(
    "errors",
    "The vault's key file ({primary}) and its backup copy ({backup}) in {folder} are both "
    "missing or damaged, so the vault cannot be opened. Nothing was changed: copy the whole "
    "vault folder somewhere safe first, then restore your latest backup into a new folder "
    "(counsel-desk restore FILE --vault NEWDIR): each backup holds its key slots.",
)
ALTERED = QT_TRANSLATE_NOOP(
    "errors",
    "That secret opens {name}, but the rest of that key file was changed afterwards (it is "
    "damaged or was tampered with), and no intact copy is left. Nothing was changed: copy the "
    "whole vault folder somewhere safe first, then restore the key files from your latest "
    "backup copy of the vault folder.",
)


# What is wrong with one key file, as its problem: "was {problem}", "{name} is {problem}"
MISSING = QT_TRANSLATE_NOOP("storage.keyfiles", "missing")
UNREADABLE = QT_TRANSLATE_NOOP("storage.keyfiles", "unreadable ({reason})")
DAMAGED = QT_TRANSLATE_NOOP("storage.keyfiles", "damaged ({detail})")


class EarlierPassphrase(WrongPassphrase):
    default_message = QT_TRANSLATE_NOOP(
        "errors",
        "That is an earlier passphrase of this vault: it opens only an out-of-date copy of its "
        "key file. Nothing was changed; use your current passphrase, or your recovery key.",
    )


@dataclass(frozen=True)
class KeyFile:
    """One key file as read: its header, or the phrase saying what is wrong with it."""

    name: str
    header: kh.KeyHeader | None
    problem: str | Phrase | None = None  # "missing", "damaged (not JSON)", ... (marked)
    raw: bytes | None = None


def read_key_file(folder: Path, name: str) -> KeyFile:
    try:
        raw = (folder / name).read_bytes()
    except FileNotFoundError:
        return KeyFile(name, None, MISSING)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        return KeyFile(name, None, phrase(UNREADABLE, reason=reason))
    try:
        return KeyFile(name, kh.KeyHeader.from_bytes(raw), None, raw)
    except kh.HeaderInvalid as exc:
        # the key header's own words (marked), so the notice is translated whole
        detail = exc.args[0] if exc.args else str(exc)
        return KeyFile(name, None, phrase(DAMAGED, detail=detail), raw)


def read_twins(folder: Path) -> list[KeyFile]:
    return [read_key_file(folder, name) for name in TWINS]


@dataclass
class Unlocked:
    """What a secret opened: the key file it came from, its header and the data key."""

    name: str
    header: kh.KeyHeader
    data_key: bytearray
    files: list[KeyFile]
    altered: set[str] = field(default_factory=set)  # opened, but the MAC did not hold


def _candidates(folder: Path) -> tuple[list[KeyFile], list[KeyFile]]:
    """(the twin files as read, the headers to try in order). Raises when none is usable."""
    files = read_twins(folder)
    if (folder / ROTATING_KEYS).exists() and not (folder / ROTATING_DB).exists():
        # A key rotation swapped the database but stopped before writing keys.json: only
        # the new header fits the database now (the old ones would read as damage).
        rotating = read_key_file(folder, ROTATING_KEYS)
        if rotating.header is not None:
            return files, [rotating]
    usable = [f for f in files if f.header is not None]
    if not usable:
        if vault_state(folder) is VaultState.NONE:
            raise VaultMissing(
                phrase(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "There is no vault in {folder}. Create one with `counsel-desk init`.",
                    ),
                    folder=folder,
                )
            )
        raise VaultDamaged(
            phrase(BOTH_UNUSABLE, primary=KEYS_NAME, backup=KEYS_BACKUP_NAME, folder=folder)
        )
    unique: list[KeyFile] = []
    for f in usable:
        if all(f.header != u.header for u in unique):
            unique.append(f)
    # newest first; a sealed header before a legacy one of the same counter
    unique.sort(key=lambda f: (-f.header.counter, f.header.is_legacy))  # type: ignore[union-attr]
    return files, unique


def unlock(
    folder: Path,
    open_slot: Callable[[kh.KeyHeader], bytearray | None],
    wrong: CounselDeskError,
    disagree: CounselDeskError,
) -> Unlocked:
    """Try each key header with ``open_slot`` (the data key, or None for a wrong secret).

    ``wrong`` is raised when no header opens, or ``disagree`` when, besides, the two copies
    differ (one may be damaged, so the secret may be right after all).
    """
    files, candidates = _candidates(folder)
    altered: set[str] = set()
    for candidate in candidates:
        header = candidate.header
        assert header is not None
        data_key = open_slot(header)
        if data_key is None:
            continue
        if not header.authentic(data_key):
            log.info("%s opened but its MAC does not hold", candidate.name)
            altered.add(candidate.name)
            zero(data_key)
            continue
        newer = [
            f.name
            for f in files
            if f.header is not None
            and not f.header.is_legacy
            and f.header != header
            and (f.header.counter > header.counter or header.is_legacy)
            and f.header.authentic(data_key)
        ]
        if newer:
            zero(data_key)
            raise EarlierPassphrase()
        return Unlocked(candidate.name, header, data_key, files, altered)
    if altered:
        raise VaultDamaged(phrase(ALTERED, name=sorted(altered)[0]))
    if any(f.header is None for f in files) or len(candidates) > 1:
        raise disagree
    raise wrong


def write_key_files(folder: Path, header: kh.KeyHeader) -> None:
    """Write keys.json, read it back, then its twin: one good copy always survives."""
    data = header.to_bytes()
    atomic_write(folder / KEYS_NAME, data)
    if read_key_file(folder, KEYS_NAME).header != header:
        raise StorageFailure(
            QT_TRANSLATE_NOOP(
                "errors",
                "The new key file did not read back correctly; the backup copy still holds the "
                "previous one. Check the disk and try again.",
            )
        )
    atomic_write(folder / KEYS_BACKUP_NAME, data)


def heal(folder: Path, header: kh.KeyHeader, unlocked: Unlocked) -> list[Phrase]:
    """Rewrite whichever copy differs from ``header``; one sentence per copy that was wrong
    (an upgrade from version 1 or a raised counter is silent)."""
    data = header.to_bytes()
    notices = []
    source = unlocked.name if unlocked.name in TWINS else None
    # keys.json first: write_key_files' order, so a crash between leaves one good copy
    for f in unlocked.files:
        if f.raw == data:
            continue
        atomic_write(folder / f.name, data)
        what = _what_was_wrong(f, unlocked)
        if what:
            if source and source != f.name:
                said = QT_TRANSLATE_NOOP(
                    "storage.keyfiles",
                    "The key file {name} {what}, so it was written again from {source}.",
                )
                notices.append(phrase(said, name=f.name, what=what, source=source))
            else:
                said = QT_TRANSLATE_NOOP(
                    "storage.keyfiles", "The key file {name} {what}, so it was written again."
                )
                notices.append(phrase(said, name=f.name, what=what))
    return notices


def _what_was_wrong(f: KeyFile, unlocked: Unlocked) -> Marked | Phrase | None:
    if f.header is None:
        if f.problem == "missing":
            return QT_TRANSLATE_NOOP("storage.keyfiles", "was missing")
        return phrase(QT_TRANSLATE_NOOP("storage.keyfiles", "was {problem}"), problem=f.problem)
    if f.name in unlocked.altered:
        return QT_TRANSLATE_NOOP(
            "storage.keyfiles", "had been changed or damaged (its check code did not match)"
        )
    used = unlocked.header
    if f.header.vault_id != used.vault_id:
        return QT_TRANSLATE_NOOP("storage.keyfiles", "belonged to another vault")
    if f.header.counter < used.counter:
        return QT_TRANSLATE_NOOP(
            "storage.keyfiles", "was out of date (a passphrase change had been cut short)"
        )
    if f.header == used:
        return None  # the header in use, now upgraded to format 2 or resealed
    if f.header.is_legacy and not used.is_legacy:
        return QT_TRANSLATE_NOOP(
            "storage.keyfiles",
            "had lost its check code (format 1 again, after the vault had moved on)",
        )
    return QT_TRANSLATE_NOOP("storage.keyfiles", "did not match the other copy")


def problems(files: list[KeyFile], header: kh.KeyHeader, data_key: bytearray) -> list[Phrase]:
    """What is wrong with each copy, measured against ``header`` (the one in use): one
    marked phrase each (``str()`` gives the English)."""
    found = []
    for f in files:
        if f.header is None:
            said = QT_TRANSLATE_NOOP("storage.keyfiles", "{name} is {problem}")
            found.append(phrase(said, name=f.name, problem=f.problem))
        elif f.header == header:
            continue
        elif not f.header.authentic(data_key) or f.header.vault_id != header.vault_id:
            said = QT_TRANSLATE_NOOP(
                "storage.keyfiles",
                "{name} has been changed or damaged (its check code does not match)",
            )
            found.append(phrase(said, name=f.name))
        elif f.header.counter < header.counter:
            said = QT_TRANSLATE_NOOP(
                "storage.keyfiles", "{name} is out of date (a passphrase change was cut short)"
            )
            found.append(phrase(said, name=f.name))
        else:
            said = QT_TRANSLATE_NOOP("storage.keyfiles", "{name} does not match the copy in use")
            found.append(phrase(said, name=f.name))
    return found
