"""Passphrase strength and the recovery key's printed form. Pure Python, no I/O.

The recovery key is 256 random bits. It is written as 56 characters of RFC 4648 Base32 (the
32 key bytes plus a 3-byte SHA-256 checksum), in 14 groups of four, so a typo is caught as a
typo before any cryptography runs, and letters easily confused when copied by hand are
mapped back (0 → O, 1 → I, 8 → B).
"""

from __future__ import annotations

import base64
import hashlib
import math
import unicodedata

from counsel_desk.domain.i18n import QT_TRANSLATE_NOOP, Marked, Phrase, phrase

RECOVERY_KEY_BYTES = 32
_CHECK_BYTES = 3
_GROUP = 4
MIN_PASSPHRASE_CHARS = 10


class RecoveryKeyFormatError(ValueError):
    """The text typed is not a well-formed recovery key (a typo, or missing characters)."""


def normalise_passphrase(passphrase: str) -> str:
    """NFC-normalise so the same passphrase typed on another keyboard layout still opens."""
    return unicodedata.normalize("NFC", passphrase)


def format_recovery_key(key: bytes) -> str:
    if len(key) != RECOVERY_KEY_BYTES:
        raise ValueError("a recovery key is 32 bytes")
    check = hashlib.sha256(key).digest()[:_CHECK_BYTES]
    text = base64.b32encode(key + check).decode("ascii")
    return "-".join(text[i : i + _GROUP] for i in range(0, len(text), _GROUP))


def parse_recovery_key(text: str) -> bytes:
    cleaned = "".join(ch for ch in text.upper() if ch.isalnum())
    cleaned = cleaned.translate(str.maketrans({"0": "O", "1": "I", "8": "B"}))
    expected = (RECOVERY_KEY_BYTES + _CHECK_BYTES) * 8 // 5
    if len(cleaned) != expected:
        raise RecoveryKeyFormatError(
            phrase(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "A recovery key has {expected} letters and digits; this one has {given}.",
                ),
                expected=expected,
                given=len(cleaned),
            )
        )
    try:
        raw = base64.b32decode(cleaned)
    except ValueError as exc:
        raise RecoveryKeyFormatError(
            QT_TRANSLATE_NOOP("errors", "The recovery key contains characters it cannot hold.")
        ) from exc
    key, check = raw[:RECOVERY_KEY_BYTES], raw[RECOVERY_KEY_BYTES:]
    if hashlib.sha256(key).digest()[:_CHECK_BYTES] != check:
        raise RecoveryKeyFormatError(
            QT_TRANSLATE_NOOP(
                "errors", "The recovery key has a typo: check each group against your printed copy."
            )
        )
    return key


def passphrase_strength(passphrase: str) -> tuple[int, Marked | Phrase]:
    """A rough score 0–4 and a hint (marked: the UI shows it translated). Favours length; a
    sentence of words is ideal."""
    p = normalise_passphrase(passphrase)
    if not p:
        return 0, QT_TRANSLATE_NOOP(
            "secrets", "Type a passphrase: a short sentence only you would think of works well."
        )
    pools = 0
    pools += 26 if any(c.islower() for c in p) else 0
    pools += 26 if any(c.isupper() for c in p) else 0
    pools += 10 if any(c.isdigit() for c in p) else 0
    pools += 33 if any(not c.isalnum() for c in p) else 0
    distinct = len(set(p))
    bits = len(p) * math.log2(max(pools, 2)) * min(1.0, distinct / max(len(p) * 0.5, 1))
    if len(p) < MIN_PASSPHRASE_CHARS:
        return 0, phrase(
            QT_TRANSLATE_NOOP("secrets", "Too short: use at least {n} characters."),
            n=MIN_PASSPHRASE_CHARS,
        )
    if bits < 50:
        return 1, QT_TRANSLATE_NOOP("secrets", "Weak: add a few more words.")
    if bits < 70:
        return 2, QT_TRANSLATE_NOOP("secrets", "Fair: a longer phrase would be stronger.")
    if bits < 90:
        return 3, QT_TRANSLATE_NOOP("secrets", "Good.")
    return 4, QT_TRANSLATE_NOOP("secrets", "Strong.")


def check_new_passphrase(passphrase: str) -> Marked | Phrase | None:
    """None if acceptable as a new vault passphrase, else the sentence saying why not."""
    score, hint = passphrase_strength(passphrase)
    if score < 1:
        return hint
    return None
