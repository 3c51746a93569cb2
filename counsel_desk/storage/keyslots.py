"""Key slots: the random data key, wrapped under the passphrase and under the recovery key.

``keys.json`` (and its twin ``keys.backup.json``) hold a header and slots. Each slot wraps the
32-byte data key with AES-256-GCM under a key-encryption key (KEK):

- ``passphrase``: KEK = Argon2id(NFC passphrase, salt, m, t, p); parameters stored in the slot;
- ``recovery``: KEK = HKDF-SHA256(recovery key, salt, info).

The associated data of each slot is the canonical JSON of the format, the vault id and the
slot's own id, type and KDF parameters, so editing any of them (a parameter downgrade, another
vault id) makes the tag fail. A failed tag is a wrong secret; nothing else is inferred from
it. The rest of the header (counter, creation time) is covered by the header MAC
(``keyheader``), checked once a slot has given up the data key.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from typing import Any

from cryptography.exceptions import InvalidTag, UnsupportedAlgorithm
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from counsel_desk.domain.secrets import normalise_passphrase
from counsel_desk.hardening import scrub_freed_heap, utf8_bytearray, wipe_str, zero
from counsel_desk.storage.errors import CryptoUnavailable
from counsel_desk.storage.keyheader import (
    DATA_KEY_BYTES,
    FORMAT,
    MAX_LANES,
    MAX_M_KIB,
    MAX_PASSES,
    MAX_WORK_KIB,
    NONCE_BYTES,
    PASSPHRASE_SLOT,
    RECOVERY_SLOT,
    SALT_BYTES,
    VERSION,
    HeaderInvalid,
    KdfParams,
    KeyHeader,
    Slot,
    b64,
)

__all__ = [
    "DATA_KEY_BYTES",
    "FLOOR",
    "FORMAT",
    "MAX_LANES",
    "MAX_M_KIB",
    "MAX_PASSES",
    "MAX_WORK_KIB",
    "PASSPHRASE_SLOT",
    "RECOVERY_SLOT",
    "VERSION",
    "HeaderInvalid",
    "KdfParams",
    "KeyHeader",
    "PassphraseOpener",
    "Slot",
    "calibrate",
    "derive_passphrase_kek",
    "derive_recovery_kek",
    "passphrase_kdf",
    "passphrase_utf8",
    "recovery_kdf",
    "recovery_opener",
    "unwrap",
    "wrap",
    "zero",
]

RECOVERY_INFO = b"counsel-desk recovery slot v1"

# RFC 9106's memory-constrained recommendation; the app never creates a slot below it.
FLOOR = KdfParams(m_kib=64 * 1024, t=3, p=4)
# Memory is raised to this ceiling before passes are: it keeps the app within its 200 MiB
# memory budget while unlocking (Qt and Python take ~75 MiB; 128 MiB measured 202 MiB in
# all), while time still rises to the target through more passes.
MEMORY_CEILING_KIB = 96 * 1024
TARGET_SECONDS = 0.6


def _argon2id(params: KdfParams, salt: bytes):
    try:
        from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
    except ImportError as exc:  # cryptography < 44
        raise CryptoUnavailable() from exc
    try:
        return Argon2id(
            salt=salt,
            length=32,
            iterations=params.t,
            lanes=params.p,
            memory_cost=params.m_kib,
        )
    except UnsupportedAlgorithm as exc:  # OpenSSL < 3.2: refuse, never fall back
        raise CryptoUnavailable() from exc


def derive_passphrase_kek(passphrase: str | bytearray, salt: bytes, params: KdfParams) -> bytearray:
    """The slot's KEK from the NFC passphrase's UTF-8, held only in zeroed bytearrays."""
    secret = passphrase_utf8(passphrase)
    out = bytearray(32)
    try:
        _argon2id(params, salt).derive_into(secret, out)
    finally:
        zero(secret)
        scrub_freed_heap()  # OpenSSL's Argon2id frees a copy of the password unwiped
    return out


def derive_recovery_kek(recovery_key: bytes, salt: bytes) -> bytearray:
    out = bytearray(32)
    HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=RECOVERY_INFO).derive_into(
        recovery_key, out
    )
    return out


def calibrate(target_seconds: float = TARGET_SECONDS) -> KdfParams:
    """Argon2id parameters that take about ``target_seconds`` here, never below FLOOR."""
    salt = os.urandom(SALT_BYTES)
    started = time.perf_counter()
    _argon2id(FLOOR, salt).derive(b"calibration")
    per_pass_kib = (time.perf_counter() - started) / (FLOOR.t * FLOOR.m_kib)
    budget = target_seconds / per_pass_kib  # KiB-passes affordable
    m_kib = max(FLOOR.m_kib, min(MEMORY_CEILING_KIB, int(budget / FLOOR.t)))
    m_kib -= m_kib % 1024
    t = max(FLOOR.t, round(budget / m_kib))
    return KdfParams(m_kib=m_kib, t=min(t, MAX_PASSES), p=FLOOR.p)


def passphrase_utf8(passphrase: str | bytearray) -> bytearray:
    """The NFC passphrase as UTF-8, in a new bytearray the caller zeroes.

    A bytearray is taken to be UTF-8 already (the unlock window hands one over); any string
    made here on the way (decoding, normalising) is wiped. The caller's own string is never
    touched: it may be shared.
    """
    if isinstance(passphrase, bytearray):
        if passphrase.isascii():  # ASCII is NFC as it stands
            return bytearray(passphrase)
        text = passphrase.decode("utf-8")
        try:
            return passphrase_utf8(text)
        finally:
            wipe_str(text)
    normalised = normalise_passphrase(passphrase)
    try:
        return utf8_bytearray(normalised)
    finally:
        if normalised is not passphrase:
            wipe_str(normalised)


def passphrase_kdf(params: KdfParams, salt: bytes | None = None) -> dict[str, Any]:
    return {
        "alg": "argon2id",
        "m_kib": params.m_kib,
        "t": params.t,
        "p": params.p,
        "salt": b64(salt or os.urandom(SALT_BYTES)),
    }


def recovery_kdf(salt: bytes | None = None) -> dict[str, Any]:
    return {"alg": "hkdf-sha256", "salt": b64(salt or os.urandom(SALT_BYTES))}


def wrap(
    header: KeyHeader,
    slot_id: str,
    slot_type: str,
    kdf: dict[str, Any],
    kek: bytearray,
    data_key: bytearray,
) -> Slot:
    nonce = os.urandom(NONCE_BYTES)
    ct = AESGCM(kek).encrypt(nonce, data_key, header.aad(slot_id, slot_type, kdf))
    return Slot(id=slot_id, type=slot_type, kdf=kdf, nonce=nonce, ciphertext=ct)


def unwrap(header: KeyHeader, slot: Slot, kek: bytearray) -> bytearray | None:
    """The data key, or None when the KEK is wrong or the slot was tampered with."""
    out = bytearray(DATA_KEY_BYTES)
    try:
        AESGCM(kek).decrypt_into(
            slot.nonce, slot.ciphertext, header.aad(slot.id, slot.type, slot.kdf), out
        )
    except InvalidTag:
        return None
    return out


class PassphraseOpener:
    """Opens a header's passphrase slot; a KEK is derived once per salt and parameters (the
    two key files usually share their slot) and zeroed by ``close``."""

    def __init__(self, passphrase: str | bytearray) -> None:
        self.passphrase = passphrase
        self._keks: dict[tuple[str, KdfParams], bytearray] = {}

    def __call__(self, header: KeyHeader) -> bytearray | None:
        try:
            slot = header.slot(PASSPHRASE_SLOT)
        except HeaderInvalid:
            return None
        cache_key = (slot.kdf["salt"], slot.kdf_params())
        if cache_key not in self._keks:
            self._keks[cache_key] = derive_passphrase_kek(
                self.passphrase, slot.salt(), slot.kdf_params()
            )
        return unwrap(header, slot, self._keks[cache_key])

    def close(self) -> None:
        for kek in self._keks.values():
            zero(kek)
        self._keks.clear()

    def __enter__(self) -> PassphraseOpener:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def recovery_opener(recovery_key: bytes) -> Callable[[KeyHeader], bytearray | None]:
    """Opens a header's recovery slot with the (parsed) recovery key."""

    def open_slot(header: KeyHeader) -> bytearray | None:
        try:
            slot = header.slot(RECOVERY_SLOT)
        except HeaderInvalid:
            return None
        kek = derive_recovery_kek(recovery_key, slot.salt())
        try:
            return unwrap(header, slot, kek)
        finally:
            zero(kek)

    return open_slot


# --- making slots and headers ------------------------------------------------------------
def passphrase_slot(
    header: KeyHeader,
    passphrase: str | bytearray,
    data_key: bytearray,
    kdf: KdfParams | None,
) -> Slot:
    params = kdf or calibrate()
    spec = passphrase_kdf(params)
    kek = derive_passphrase_kek(passphrase, Slot("", "", spec, b"", b"").salt(), params)
    try:
        return wrap(header, PASSPHRASE_SLOT, PASSPHRASE_SLOT, spec, kek, data_key)
    finally:
        zero(kek)


def recovery_slot(header: KeyHeader, recovery: bytes, data_key: bytearray) -> Slot:
    spec = recovery_kdf()
    kek = derive_recovery_kek(recovery, Slot("", "", spec, b"", b"").salt())
    try:
        return wrap(header, RECOVERY_SLOT, RECOVERY_SLOT, spec, kek, data_key)
    finally:
        zero(kek)


def new_header(
    template: KeyHeader,
    passphrase: str | bytearray,
    recovery: bytes,
    data_key: bytearray,
    kdf: KdfParams | None,
) -> KeyHeader:
    """A sealed header with fresh passphrase and recovery slots over ``data_key``."""
    header = template.with_slot(passphrase_slot(template, passphrase, data_key, kdf))
    header = header.with_slot(recovery_slot(header, recovery, data_key))
    return header.sealed(data_key)
