"""The key header (``keys.json`` and its twin ``keys.backup.json``): its fields, its slots,
its JSON form and its MAC.

Format version 2 (this one) adds ``mac``: HMAC-SHA256 over the canonical JSON of every other
field and every slot, under a key derived from the data key with HKDF-SHA256 (its own info
string). A slot's AES-GCM tag proves the secret; the MAC, checked straight after a slot
unwraps, proves that nothing else in the header (the counter, the creation time, the other
slot) was changed. Version 1 headers have no MAC: they are accepted as they are and
rewritten as version 2 on the first successful unlock. The slot's associated data is the
same in both versions (it names version 1), so upgrading never needs the recovery key.
"""

from __future__ import annotations

import base64
import datetime as dt
import hmac
import json
import uuid
from dataclasses import dataclass, field, replace
from typing import Any

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives import hmac as crypto_hmac
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from counsel_desk.domain.i18n import QT_TRANSLATE_NOOP, phrase

FORMAT = "counsel-desk-keys"
VERSION = 2
LEGACY_VERSION = 1  # no header MAC
SLOT_AAD_VERSION = 1  # the version named in every slot's associated data, then and now
DATA_KEY_BYTES = 32
SALT_BYTES = 16
NONCE_BYTES = 12
MAC_BYTES = 32
MAC_INFO = b"counsel-desk key header mac v2"
PASSPHRASE_SLOT = "passphrase"
RECOVERY_SLOT = "recovery"

# The most a key file may ask for. Above this a header is refused as damaged, so that a
# tampered one cannot make unlocking exhaust memory or run for hours before it fails.
MAX_M_KIB = 2 * 1024 * 1024  # RFC 9106's first recommendation, 2 GiB
MAX_PASSES = 64  # calibrate() never chooses more
MAX_LANES = 16
# The costliest slot calibrate() has ever chosen (the ceiling was 128 MiB before 96 MiB);
# slots written then must keep opening.
MAX_WORK_KIB = 128 * 1024 * MAX_PASSES


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


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: Any, size: int | None = None) -> bytes:
    if not isinstance(text, str):
        raise HeaderInvalid(QT_TRANSLATE_NOOP("errors", "expected base64 text"))
    try:
        data = base64.b64decode(text.encode("ascii"), validate=True)
    except ValueError as exc:
        raise HeaderInvalid(QT_TRANSLATE_NOOP("errors", "bad base64")) from exc
    # Only the one spelling b64encode gives: the unused low bits of the last character
    # could otherwise change (a flipped byte) and decode to the same bytes, unnoticed.
    if base64.b64encode(data).decode("ascii") != text:
        raise HeaderInvalid(QT_TRANSLATE_NOOP("errors", "bad base64"))
    if size is not None and len(data) != size:
        raise HeaderInvalid(QT_TRANSLATE_NOOP("errors", "field has the wrong length"))
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
        return unb64(self.kdf["salt"], SALT_BYTES)

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "type": self.type,
            "kdf": self.kdf,
            "wrap": {"alg": "A256GCM", "nonce": b64(self.nonce), "ct": b64(self.ciphertext)},
        }


@dataclass(frozen=True)
class KeyHeader:
    vault_id: str
    created: str
    counter: int = 1
    slots: tuple[Slot, ...] = field(default_factory=tuple)
    version: int = VERSION
    mac: bytes | None = None

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
        raise HeaderInvalid(phrase(QT_TRANSLATE_NOOP("errors", "no {slot} slot"), slot=slot_id))

    def with_slot(self, slot: Slot) -> KeyHeader:
        others = tuple(s for s in self.slots if s.id != slot.id)
        return replace(self, slots=(*others, slot), mac=None)

    def next(self, slots: tuple[Slot, ...] | None = None) -> KeyHeader:
        """The header after a key change: one higher counter, unsealed."""
        return replace(
            self,
            counter=self.counter + 1,
            slots=self.slots if slots is None else slots,
            version=VERSION,
            mac=None,
        )

    def aad(self, slot_id: str, slot_type: str, kdf: dict[str, Any]) -> bytes:
        """A slot's associated data: unchanged since version 1."""
        return json.dumps(
            {
                "format": FORMAT,
                "version": SLOT_AAD_VERSION,
                "vault_id": self.vault_id,
                "slot": slot_id,
                "type": slot_type,
                "kdf": kdf,
            },
            sort_keys=True,
            separators=(",", ":"),
        ).encode("utf-8")

    # --- the header MAC ---------------------------------------------------------------
    def _mac_input(self) -> bytes:
        doc = {
            "format": FORMAT,
            "version": self.version,
            "vault_id": self.vault_id,
            "created": self.created,
            "counter": self.counter,
            "slots": [s.as_json() for s in sorted(self.slots, key=lambda s: s.id)],
        }
        return json.dumps(doc, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode()

    def _compute_mac(self, data_key: bytearray) -> bytes:
        mac_key = bytearray(32)
        try:
            HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=MAC_INFO).derive_into(
                data_key, mac_key
            )
            signer = crypto_hmac.HMAC(mac_key, hashes.SHA256())
        finally:
            for i in range(len(mac_key)):
                mac_key[i] = 0
        signer.update(self._mac_input())
        return signer.finalize()

    def sealed(self, data_key: bytearray) -> KeyHeader:
        """This header as version 2, with its MAC under ``data_key``."""
        current = replace(self, version=VERSION, mac=None)
        return replace(current, mac=current._compute_mac(data_key))

    @property
    def is_legacy(self) -> bool:
        return self.version == LEGACY_VERSION

    def authentic(self, data_key: bytearray) -> bool:
        """Whether the MAC holds under ``data_key``. A legacy (version 1) header has none to
        check; the caller upgrades it after opening."""
        if self.is_legacy:
            return True
        return self.mac is not None and hmac.compare_digest(self.mac, self._compute_mac(data_key))

    # --- serialisation ---------------------------------------------------------------
    def to_bytes(self) -> bytes:
        doc: dict[str, Any] = {
            "format": FORMAT,
            "version": self.version,
            "vault_id": self.vault_id,
            "created": self.created,
            "counter": self.counter,
            "slots": [s.as_json() for s in self.slots],
        }
        if self.version != LEGACY_VERSION:
            if self.mac is None:
                raise ValueError("a version 2 key header is written sealed")
            doc["mac"] = b64(self.mac)
        return (json.dumps(doc, indent=2, sort_keys=True) + "\n").encode("utf-8")

    @classmethod
    def from_bytes(cls, data: bytes) -> KeyHeader:
        try:
            doc = json.loads(data.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise HeaderInvalid(QT_TRANSLATE_NOOP("errors", "not JSON")) from exc
        if not isinstance(doc, dict) or doc.get("format") != FORMAT:
            raise HeaderInvalid(QT_TRANSLATE_NOOP("errors", "not a Counsel Desk key file"))
        version = doc.get("version")
        if version not in (LEGACY_VERSION, VERSION) or isinstance(version, bool):
            raise HeaderInvalid(QT_TRANSLATE_NOOP("errors", "unknown key file version"))
        try:
            vault_id = str(uuid.UUID(doc["vault_id"]))
            if vault_id != doc["vault_id"]:  # written only as str(uuid4()): a flip otherwise
                raise HeaderInvalid(
                    QT_TRANSLATE_NOOP("errors", "the vault's id is not as it was written")
                )
            slots = tuple(_parse_slot(s) for s in doc["slots"])
            counter = doc["counter"]
            created = doc["created"]
            mac = unb64(doc["mac"], MAC_BYTES) if version == VERSION else None
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            detail = exc.args[0] if isinstance(exc, HeaderInvalid) else str(exc)
            raise HeaderInvalid(
                phrase(QT_TRANSLATE_NOOP("errors", "malformed key file: {detail}"), detail=detail)
            ) from exc
        if not isinstance(counter, int) or isinstance(counter, bool) or counter < 1:
            raise HeaderInvalid(QT_TRANSLATE_NOOP("errors", "malformed key file: bad counter"))
        if not isinstance(created, str):
            raise HeaderInvalid(
                QT_TRANSLATE_NOOP("errors", "malformed key file: bad creation time")
            )
        if not slots:
            raise HeaderInvalid(QT_TRANSLATE_NOOP("errors", "no key slots"))
        if len({s.id for s in slots}) != len(slots):
            raise HeaderInvalid(QT_TRANSLATE_NOOP("errors", "two slots share an id"))
        return cls(vault_id, created, counter, slots, version, mac)


def _parse_slot(doc: Any) -> Slot:
    if not isinstance(doc, dict):
        raise HeaderInvalid(QT_TRANSLATE_NOOP("errors", "slot is not an object"))
    kdf = doc["kdf"]
    wrap = doc["wrap"]
    if not isinstance(kdf, dict) or not isinstance(wrap, dict) or wrap.get("alg") != "A256GCM":
        raise HeaderInvalid(QT_TRANSLATE_NOOP("errors", "unsupported slot"))
    slot_type = doc["type"]
    if slot_type == PASSPHRASE_SLOT:
        if kdf.get("alg") != "argon2id":
            raise HeaderInvalid(QT_TRANSLATE_NOOP("errors", "unsupported KDF"))
        for name in ("m_kib", "t", "p"):
            if not isinstance(kdf.get(name), int) or kdf[name] < 1:
                raise HeaderInvalid(QT_TRANSLATE_NOOP("errors", "bad KDF parameter"))
        if (
            kdf["m_kib"] > MAX_M_KIB
            or kdf["t"] > MAX_PASSES
            or kdf["p"] > MAX_LANES
            or kdf["m_kib"] * kdf["t"] > MAX_WORK_KIB
        ):
            raise HeaderInvalid(QT_TRANSLATE_NOOP("errors", "KDF parameters out of range"))
    elif slot_type == RECOVERY_SLOT:
        if kdf.get("alg") != "hkdf-sha256":
            raise HeaderInvalid(QT_TRANSLATE_NOOP("errors", "unsupported KDF"))
    else:
        raise HeaderInvalid(QT_TRANSLATE_NOOP("errors", "unknown slot type"))
    unb64(kdf.get("salt"), SALT_BYTES)
    return Slot(
        id=str(doc["id"]),
        type=slot_type,
        kdf=kdf,
        nonce=unb64(wrap["nonce"], NONCE_BYTES),
        ciphertext=unb64(wrap["ct"], DATA_KEY_BYTES + 16),
    )
