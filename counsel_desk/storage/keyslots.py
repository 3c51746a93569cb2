"""Key slots: the random data key, wrapped under the passphrase and under the recovery key.

``keys.json`` (and its twin ``keys.backup.json``) hold a header and slots. Each slot wraps the
32-byte data key with AES-256-GCM under a key-encryption key (KEK):

- ``passphrase``: KEK = Argon2id(NFC passphrase, salt, m, t, p); parameters stored in the slot;
- ``recovery``: KEK = HKDF-SHA256(recovery key, salt, info).

The associated data of each slot is the canonical JSON of the header fields and the slot's
own id, type and KDF parameters, so editing any of them (a parameter downgrade, another vault
id) makes the tag fail. A failed tag is a wrong secret; nothing else is inferred from it.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import os
import time
import uuid
from dataclasses import dataclass, field, replace
from typing import Any

from cryptography.exceptions import InvalidTag, UnsupportedAlgorithm
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from counsel_desk.domain.secrets import normalise_passphrase
from counsel_desk.storage.errors import CryptoUnavailable

FORMAT = "counsel-desk-keys"
VERSION = 1
DATA_KEY_BYTES = 32
SALT_BYTES = 16
NONCE_BYTES = 12
RECOVERY_INFO = b"counsel-desk recovery slot v1"
PASSPHRASE_SLOT = "passphrase"
RECOVERY_SLOT = "recovery"


class HeaderInvalid(ValueError):
    """keys.json is not a well-formed Counsel Desk key header."""


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost: memory in KiB, passes, lanes."""

    m_kib: int
    t: int
    p: int

    def is_at_least(self, other: KdfParams) -> bool:
        return self.m_kib >= other.m_kib and self.t >= other.t and self.p >= other.p


# RFC 9106's memory-constrained recommendation; the app never creates a slot below it.
FLOOR = KdfParams(m_kib=64 * 1024, t=3, p=4)
# Memory is raised to this ceiling before passes are: it keeps the app within its 200 MiB
# memory budget while unlocking (Qt and Python take ~75 MiB; 128 MiB measured 202 MiB in
# all), while time still rises to the target through more passes.
MEMORY_CEILING_KIB = 96 * 1024
TARGET_SECONDS = 0.6
MAX_PASSES = 64  # calibrate() never chooses more
# The most a key file may ask for. Above this a header is refused as damaged, so that a
# tampered one cannot make unlocking exhaust memory or run for hours before it fails.
MAX_M_KIB = 2 * 1024 * 1024  # RFC 9106's first recommendation, 2 GiB
MAX_LANES = 16
# The costliest slot calibrate() has ever chosen (the ceiling was 128 MiB before 96 MiB);
# slots written then must keep opening.
MAX_WORK_KIB = 128 * 1024 * MAX_PASSES


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


def derive_passphrase_kek(passphrase: str, salt: bytes, params: KdfParams) -> bytearray:
    secret = bytearray(normalise_passphrase(passphrase).encode("utf-8"))
    out = bytearray(32)
    try:
        _argon2id(params, salt).derive_into(secret, out)
    finally:
        zero(secret)
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


def zero(buf: bytearray) -> None:
    for i in range(len(buf)):
        buf[i] = 0


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: Any, size: int | None = None) -> bytes:
    if not isinstance(text, str):
        raise HeaderInvalid("expected base64 text")
    try:
        data = base64.b64decode(text.encode("ascii"), validate=True)
    except ValueError as exc:
        raise HeaderInvalid("bad base64") from exc
    if size is not None and len(data) != size:
        raise HeaderInvalid("field has the wrong length")
    return data


@dataclass(frozen=True)
class Slot:
    id: str
    type: str
    kdf: dict[str, Any]
    nonce: bytes
    ciphertext: bytes  # 32-byte wrapped key + 16-byte tag

    def kdf_params(self) -> KdfParams:
        return KdfParams(m_kib=self.kdf["m_kib"], t=self.kdf["t"], p=self.kdf["p"])

    def salt(self) -> bytes:
        return _unb64(self.kdf["salt"], SALT_BYTES)


@dataclass(frozen=True)
class KeyHeader:
    vault_id: str
    created: str
    counter: int = 1
    slots: tuple[Slot, ...] = field(default_factory=tuple)

    @classmethod
    def new(cls) -> KeyHeader:
        return cls(
            vault_id=str(uuid.uuid4()),
            created=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        )

    def slot(self, slot_id: str) -> Slot:
        for slot in self.slots:
            if slot.id == slot_id:
                return slot
        raise HeaderInvalid(f"no {slot_id} slot")

    def with_slot(self, slot: Slot) -> KeyHeader:
        others = tuple(s for s in self.slots if s.id != slot.id)
        return replace(self, slots=(*others, slot))

    def aad(self, slot_id: str, slot_type: str, kdf: dict[str, Any]) -> bytes:
        return json.dumps(
            {
                "format": FORMAT,
                "version": VERSION,
                "vault_id": self.vault_id,
                "slot": slot_id,
                "type": slot_type,
                "kdf": kdf,
            },
            sort_keys=True,
            separators=(",", ":"),
        ).encode("utf-8")

    # --- serialisation ---------------------------------------------------------------
    def to_bytes(self) -> bytes:
        doc = {
            "format": FORMAT,
            "version": VERSION,
            "vault_id": self.vault_id,
            "created": self.created,
            "counter": self.counter,
            "slots": [
                {
                    "id": s.id,
                    "type": s.type,
                    "kdf": s.kdf,
                    "wrap": {"alg": "A256GCM", "nonce": _b64(s.nonce), "ct": _b64(s.ciphertext)},
                }
                for s in self.slots
            ],
        }
        return (json.dumps(doc, indent=2, sort_keys=True) + "\n").encode("utf-8")

    @classmethod
    def from_bytes(cls, data: bytes) -> KeyHeader:
        try:
            doc = json.loads(data.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise HeaderInvalid("not JSON") from exc
        if not isinstance(doc, dict) or doc.get("format") != FORMAT:
            raise HeaderInvalid("not a Counsel Desk key file")
        if doc.get("version") != VERSION:
            raise HeaderInvalid("unknown key file version")
        try:
            vault_id = str(uuid.UUID(doc["vault_id"]))
            slots = tuple(_parse_slot(s) for s in doc["slots"])
            counter = int(doc["counter"])
            created = str(doc["created"])
        except (KeyError, TypeError, ValueError) as exc:
            raise HeaderInvalid(f"malformed key file: {exc}") from exc
        if not slots:
            raise HeaderInvalid("no key slots")
        return cls(vault_id=vault_id, created=created, counter=counter, slots=slots)


def _parse_slot(doc: Any) -> Slot:
    if not isinstance(doc, dict):
        raise HeaderInvalid("slot is not an object")
    kdf = doc["kdf"]
    wrap = doc["wrap"]
    if not isinstance(kdf, dict) or not isinstance(wrap, dict) or wrap.get("alg") != "A256GCM":
        raise HeaderInvalid("unsupported slot")
    slot_type = doc["type"]
    if slot_type == PASSPHRASE_SLOT:
        if kdf.get("alg") != "argon2id":
            raise HeaderInvalid("unsupported KDF")
        for name in ("m_kib", "t", "p"):
            if not isinstance(kdf.get(name), int) or kdf[name] < 1:
                raise HeaderInvalid("bad KDF parameter")
        if (
            kdf["m_kib"] > MAX_M_KIB
            or kdf["t"] > MAX_PASSES
            or kdf["p"] > MAX_LANES
            or kdf["m_kib"] * kdf["t"] > MAX_WORK_KIB
        ):
            raise HeaderInvalid("KDF parameters out of range")
    elif slot_type == RECOVERY_SLOT:
        if kdf.get("alg") != "hkdf-sha256":
            raise HeaderInvalid("unsupported KDF")
    else:
        raise HeaderInvalid("unknown slot type")
    _unb64(kdf.get("salt"), SALT_BYTES)
    return Slot(
        id=str(doc["id"]),
        type=slot_type,
        kdf=kdf,
        nonce=_unb64(wrap["nonce"], NONCE_BYTES),
        ciphertext=_unb64(wrap["ct"], DATA_KEY_BYTES + 16),
    )


def passphrase_kdf(params: KdfParams, salt: bytes | None = None) -> dict[str, Any]:
    return {
        "alg": "argon2id",
        "m_kib": params.m_kib,
        "t": params.t,
        "p": params.p,
        "salt": _b64(salt or os.urandom(SALT_BYTES)),
    }


def recovery_kdf(salt: bytes | None = None) -> dict[str, Any]:
    return {"alg": "hkdf-sha256", "salt": _b64(salt or os.urandom(SALT_BYTES))}


def wrap(
    header: KeyHeader,
    slot_id: str,
    slot_type: str,
    kdf: dict[str, Any],
    kek: bytearray,
    data_key: bytearray,
) -> Slot:
    nonce = os.urandom(NONCE_BYTES)
    ct = AESGCM(kek).encrypt(nonce, bytes(data_key), header.aad(slot_id, slot_type, kdf))
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
