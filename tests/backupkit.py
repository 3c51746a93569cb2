"""Helpers for the backup, restore and erasure tests: a vault with every kind of record a
client can have (each sentence carrying a sentinel), the backup folder preference, and a
reader that decrypts a vault's pages the way SQLCipher does, so that a test can look for
words in what is really on disk, inside the encryption."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, replace
from pathlib import Path

from contractkit import practice_profile
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from counsel_desk.domain.clients import ClientDraft, ClientIdentity
from counsel_desk.domain.contract.boundaries import BoundaryEvent, BoundaryKind, Initiator
from counsel_desk.domain.contract.version import AgreedHow, edit_clause
from counsel_desk.domain.notes import NoteKind
from counsel_desk.domain.reflection import Condition
from counsel_desk.domain.risk import RiskDraft, RiskLevel
from counsel_desk.domain.sessions import SessionDraft
from counsel_desk.services import preferences
from counsel_desk.services.workspace import Workspace

PAGE = 4096
RESERVE = 80  # SQLCipher 4: a 16-byte IV and a 64-byte HMAC-SHA512 at the end of each page
WAL_HEADER, FRAME_HEADER = 32, 24


def sentinel() -> str:
    return f"ZQX{uuid.uuid4().hex[:12]}"


@dataclass(frozen=True)
class Planted:
    """A client with every kind of record, each holding ``word``."""

    client_id: int
    code: str
    word: str
    name: str
    sessions: list[int]
    notes: list[int]


def plant_client(
    ws: Workspace,
    code: str,
    *,
    word: str | None = None,
    start: dt.datetime = dt.datetime(2015, 1, 5, 10),
    weeks: int = 4,
    born: dt.date | None = None,
    contract: bool = True,
    care: bool = True,
) -> Planted:
    """A client seen weekly from ``start``: finalised session notes (one amended, tagged),
    a finalised process note, a draft with unsaved text, a name and contact details; with
    ``contract``, an agreed contract, a draft of its next version, a boundary of the
    practitioner's own and a boundary event (issue #11's records); with ``care``, a risk
    logged and reviewed (issue #12), a score past its cutoff with the flag set aside, a
    reflection and a rupture with its repair (issue #13)."""
    word = word or sentinel()
    name = f"Ada {word}name"
    client = ws.clients.add(
        ClientDraft(
            code=code,
            identity=ClientIdentity(
                full_name=name, email=f"{word.lower()}@example.org", date_of_birth=born
            ),
            first_contact=start.date(),
        )
    )
    if contract:
        _plant_contract(ws, client.id, word, start.date())
    sessions, notes = [], []
    for week in range(weeks):
        session = ws.sessions.add(SessionDraft(client.id, start + dt.timedelta(weeks=week)))
        sessions.append(session.id)
        note = ws.notes.create(session.id)
        final = ws.notes.finalise(note.id, body=f"Spoke about {word} and the week {week}.")
        notes.append(final.id)
    ws.notes.amend(notes[0], f"Added later: {word} again.", "a correction")
    ws.notes.set_tags(notes[0], [f"{word.lower()}tag"])
    process = ws.notes.create(sessions[-1], kind=NoteKind.PROCESS)
    ws.notes.finalise(process.id, body=f"My own reflection on {word}.")
    notes.append(process.id)
    draft = ws.notes.create(sessions[-1])
    ws.notes.autosave_draft(draft.id, f"Half-typed thought about {word}", 0)
    notes.append(draft.id)
    if care:
        _plant_care(ws, client.id, word, sessions)
    return Planted(client.id, code, word, name, sessions, notes)


def _plant_care(ws: Workspace, client_id: int, word: str, sessions: list[int]) -> None:
    """Issue #12's and #13's records of the client, each holding ``word``."""
    first = ws.sessions.get(sessions[0]).start.date()
    if first > dt.date.today() - dt.timedelta(days=7):
        return  # a risk and its review are never dated ahead
    risk = ws.risks.add(
        RiskDraft(client_id, first, f"Spoke of {word} and ending things", RiskLevel.HIGH,
                  review_on=first + dt.timedelta(days=7))
    )  # fmt: skip
    ws.risks.review(
        risk.id,
        first + dt.timedelta(days=7),
        f"Safer; {word} helps.",
        first + dt.timedelta(days=21),
    )
    score = ws.measures.record_score(sessions[0], "srs", total="20")  # past the cutoff
    ws.flags.dismiss(client_id, f"cutoff score {score.id}", f"The {word} news that week.")
    ws.reflections.record(sessions[0], [(Condition.TRUST_AND_SAFETY, 2, f"{word.lower()}ish")])
    rupture = ws.ruptures.log(sessions[0], "withdrawal", f"Went quiet about {word}.")
    ws.ruptures.repair(rupture.id, first + dt.timedelta(days=7), f"Named the {word} silence.")


def _plant_contract(ws: Workspace, client_id: int, word: str, on: dt.date) -> None:
    if not ws.practice.get().practitioner_name:
        ws.practice.save(practice_profile())
    first = ws.contracts.start(client_id, "individual")
    ws.contracts.save_draft(edit_clause(first, "missed", text=f"If {word} cannot come …"))
    ws.contracts.agree(client_id, 1, on, AgreedHow.IN_SESSION)
    second = ws.contracts.start(client_id)
    ws.contracts.save_draft(edit_clause(second, "missed", text=f"Next: {word} pays half."))
    ws.boundaries.add_own(client_id, f"No {word} gifts", f"Agreed with {word}.")
    ws.boundaries.log(
        BoundaryEvent(client_id, on, BoundaryKind.GIFT, Initiator.CLIENT, f"A {word} cake.")
    )


def set_backup_folder(folder: Path | None, **changes: object) -> None:
    prefs = preferences.load()
    preferences.save(replace(prefs, backup_folder=str(folder) if folder else "", **changes))


def _decrypt(key: bytes, page: bytes, first: bool) -> bytes:
    start = 16 if first else 0  # page 1 begins with the file's salt, in the clear
    iv = page[PAGE - RESERVE : PAGE - RESERVE + 16]
    body = page[start : PAGE - RESERVE]
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return decryptor.update(body) + decryptor.finalize()


def decrypted_pages(data: bytes, key: bytes) -> bytes:
    """Every page of a SQLCipher 4 database (raw key), decrypted and joined: what is really
    stored, free pages and deleted cells included."""
    return b"".join(
        _decrypt(key, data[i : i + PAGE], i == 0) for i in range(0, len(data) - PAGE + 1, PAGE)
    )


def decrypted_wal(data: bytes, key: bytes) -> bytes:
    """Every frame's page in a ``-wal`` file, decrypted and joined."""
    out = []
    offset = WAL_HEADER
    while offset + FRAME_HEADER + PAGE <= len(data):
        page_no = int.from_bytes(data[offset : offset + 4], "big")
        page = data[offset + FRAME_HEADER : offset + FRAME_HEADER + PAGE]
        out.append(_decrypt(key, page, page_no == 1))
        offset += FRAME_HEADER + PAGE
    return b"".join(out)


def plaintext_of_folder(folder: Path, key: bytes) -> bytes:
    """The decrypted pages of ``vault.db`` and ``vault.db-wal`` in ``folder``."""
    out = decrypted_pages((folder / "vault.db").read_bytes(), key)
    wal = folder / "vault.db-wal"
    if wal.exists():
        out += decrypted_wal(wal.read_bytes(), key)
    return out


def encodings(word: str) -> list[bytes]:
    """The ways a word could be stored: UTF-8, lower case, UTF-16."""
    return [word.encode(), word.lower().encode(), word.encode("utf-16-le")]
