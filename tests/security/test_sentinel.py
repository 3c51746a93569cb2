"""T1 (logical sweep): a sentinel typed into client records never reaches disk in plaintext.

The token is searched as UTF-8, UTF-16-LE, lower case and base64 (all three alignments) in
every file of the vault folder, the isolated HOME and temp folders, and every file created
in the system temp folder during the test: while the vault is open (WAL present) and after
it is closed. A control file proves the search finds each encoding.
"""

from __future__ import annotations

import base64
import datetime as dt
import os
import tempfile
import time
import uuid
from collections.abc import Iterable
from pathlib import Path

import pytest
from testkit import LIGHT_KDF, PASSPHRASE

from counsel_desk.domain.clients import ClientDraft, ClientIdentity, ClientStatus
from counsel_desk.domain.reflection import Condition
from counsel_desk.domain.sessions import Modality, SessionDraft, SessionStatus
from counsel_desk.services.workspace import create_vault, unlock, verify
from counsel_desk.storage.bulk import BulkWriter

MAX_BYTES = 256 * 1024 * 1024


def needles(token: str) -> dict[str, bytes]:
    out = {
        "utf-8": token.encode("utf-8"),
        "utf-16-le": token.encode("utf-16-le"),
        "lower utf-8": token.lower().encode("utf-8"),
        "lower utf-16-le": token.lower().encode("utf-16-le"),
    }
    raw = token.encode("utf-8")
    for shift in range(3):
        # The characters that depend on the token's bytes alone, at each 3-byte alignment.
        encoded = base64.b64encode(b"\0" * shift + raw)
        out[f"base64+{shift}"] = encoded[4:-4]
    return out


def files_under(
    roots: Iterable[Path], newer_than: float | None = None, leave_out: Iterable[Path] = ()
) -> Iterable[Path]:
    """Every regular file under ``roots`` (symbolic links not followed), at most MAX_BYTES,
    but none under the folders in ``leave_out``.

    One ``os.scandir`` walk with one ``lstat`` per file: the system temp folder of a busy
    machine holds hundreds of thousands of files, and a ``Path`` and three ``stat`` calls
    for each took half a minute.
    """
    seen: set[str] = set()
    skipped = {os.fspath(folder) for folder in leave_out}
    for root in roots:
        stack = [os.fspath(root)]
        while stack:
            try:
                with os.scandir(stack.pop()) as entries:
                    listed = list(entries)
            except OSError:
                continue  # unreadable or vanished meanwhile
            for entry in listed:
                try:
                    if entry.is_dir(follow_symlinks=False):
                        if entry.path not in skipped:
                            stack.append(entry.path)
                        continue
                    if not entry.is_file(follow_symlinks=False):
                        continue  # a symbolic link, socket, pipe or device
                    st = entry.stat(follow_symlinks=False)
                except OSError:
                    continue  # vanished meanwhile
                if st.st_size > MAX_BYTES:
                    continue
                if newer_than is not None and max(st.st_mtime, st.st_ctime) < newer_than:
                    continue
                if entry.path not in seen:
                    seen.add(entry.path)
                    yield Path(entry.path)


def search(token: str, roots: Iterable[Path], newer_than: float | None = None) -> list[str]:
    found = []
    patterns = needles(token)
    scanned = 0
    for path in files_under(roots, newer_than):
        try:
            data = path.read_bytes()
        except OSError:
            continue
        scanned += 1
        found += [f"{path} ({kind})" for kind, needle in patterns.items() if needle in data]
    assert scanned > 0
    return found


@pytest.fixture
def sentinel() -> tuple[str, str]:
    token = f"ZQX-{uuid.uuid4().hex}"
    sentence = (
        f"Margaret {token} Holloway said the week at the allotment was the first calm one "
        "since her father's funeral, and she slept through two nights."
    )
    return token, sentence


@pytest.fixture
def isolated_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    tmp = tmp_path / "tmp"
    tmp.mkdir(mode=0o700)
    monkeypatch.setenv("TMPDIR", str(tmp))
    monkeypatch.setattr(tempfile, "tempdir", None)  # re-read TMPDIR
    assert tempfile.gettempdir() == str(tmp)
    return tmp


def test_the_search_finds_every_encoding(sentinel: tuple[str, str], tmp_path: Path) -> None:
    token, sentence = sentinel
    control = tmp_path / "control"
    control.mkdir()
    for kind, needle in needles(token).items():
        folder = control / kind.replace(" ", "_")
        folder.mkdir()
        if kind.startswith("base64"):
            shift = int(kind[-1])
            data = base64.b64encode(b"x" * shift + sentence.encode("utf-8"))
        elif "utf-16" in kind:
            text = sentence.lower() if kind.startswith("lower") else sentence
            data = text.encode("utf-16-le")
        else:
            text = sentence.lower() if kind.startswith("lower") else sentence
            data = b"notes:\n" + text.encode("utf-8")
        (folder / "plain.txt").write_bytes(data)
        hits = search(token, [folder])
        assert any(h.endswith(f"({kind})") for h in hits), (kind, needle)


def _workflow_roots(vault: Path, tmp: Path) -> list[Path]:
    return [vault, Path(os.environ["HOME"]), tmp]


def test_no_plaintext_on_disk_while_open_or_closed(
    sentinel: tuple[str, str],
    tmp_path: Path,
    isolated_tmp: Path,
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    token, sentence = sentinel
    started = time.time() - 1
    folder = tmp_path / "vault"
    system_tmp = Path("/tmp") if Path("/tmp").is_dir() else None
    others = other_runs(tmp_path_factory.getbasetemp())
    ws, _ = create_vault(folder, PASSPHRASE, kdf=LIGHT_KDF)
    try:
        client = ws.clients.add(
            ClientDraft(
                code="C-001",
                status=ClientStatus.ACTIVE,
                start_date=dt.date(2024, 1, 8),
                identity=ClientIdentity(
                    full_name=f"Margaret {token} Holloway",
                    preferred_name=token,
                    email=f"{token.lower()}@example.org",
                    address=f"12 {token} Lane, Hebden Bridge",
                    emergency_contact=sentence,
                ),
            )
        )
        held = [
            ws.sessions.add(
                SessionDraft(
                    client_id=client.id,
                    start=dt.datetime(2024, 1, 8, 10) + dt.timedelta(weeks=week),
                    modality=Modality.ONLINE,
                    status=SessionStatus.ATTENDED,
                )
            )
            for week in range(20)
        ]
        # The alliance: a rupture, its repair, a reflection's word, a flag's reason, an
        # own measure's name (the score that raises the flag is numbers only).
        rupture = ws.ruptures.log(held[3].id, "withdrawal", sentence[:400])
        ws.ruptures.repair(rupture.id, dt.date(2024, 2, 5), f"Talked about {token} openly.")
        ws.reflections.record(held[3].id, [(Condition.TRUST_AND_SAFETY, 2, token)])
        ws.measures.record_score(held[4].id, "srs", total="30")
        (flag,) = ws.flags.for_client(client.id)
        ws.flags.dismiss(client.id, flag.key, sentence[:190])
        ws.measures.define(
            {
                "name": f"Scale {token}",
                "short_name": "Mine",
                "kind": "alliance",
                "completed_by": "client",
                "items": 2,
                "item_min": "0",
                "item_max": "5",
                "direction": "higher_is_better",
            }
        )
        with BulkWriter(ws.vault.work) as writer:
            for n in range(2, 400):
                writer.add_client(
                    ClientDraft(
                        code=f"C-{n:03d}",
                        identity=ClientIdentity(
                            full_name=f"Client {n} {token}",
                            address=sentence,
                            emergency_contact=sentence,
                        ),
                    )
                )
        # Large sorted reads would spill to temp files if temp_store were FILE.
        assert len(ws.clients.list()) == 399
        rows = ws.vault.conn.execute(
            "SELECT full_name, address FROM client_identity ORDER BY address || full_name DESC"
        ).fetchall()
        assert len(rows) == 399
        assert token in rows[0][0]
        wal = folder / "vault.db-wal"
        assert wal.exists()
        assert wal.stat().st_size > 0
        assert search(token, _workflow_roots(folder, isolated_tmp)) == []
        if system_tmp:
            assert search_new(token, system_tmp, started, others) == []
    finally:
        ws.close()
    assert not (folder / "vault.db-wal").exists()
    assert search(token, _workflow_roots(folder, isolated_tmp)) == []

    ws = unlock(folder, PASSPHRASE)
    try:
        assert token in ws.clients.get(client.id).identity.full_name  # it is all there
        assert token in ws.ruptures.for_client(client.id)[0].what_happened
    finally:
        ws.close()
    assert verify(folder, PASSPHRASE).ok
    assert search(token, _workflow_roots(folder, isolated_tmp)) == []
    if system_tmp:
        assert search_new(token, system_tmp, started, others) == []


def other_runs(basetemp: Path) -> list[Path]:
    """The temp folders of the other pytest runs of this user (``pytest-of-<user>/pytest-N``
    beside this run's own): on a machine several people share, other runs write hundreds of
    megabytes there while this test runs, and this process never writes into them."""
    return [p for p in basetemp.parent.glob("pytest-*") if p != basetemp and not p.is_symlink()]


def search_new(token: str, root: Path, since: float, leave_out: Iterable[Path] = ()) -> list[str]:
    """Files created or changed in the system temp folder since ``since``."""
    found = []
    patterns = needles(token)
    for path in files_under([root], since, leave_out):
        try:
            data = path.read_bytes()
        except OSError:
            continue
        found += [f"{path} ({kind})" for kind, needle in patterns.items() if needle in data]
    return found


def test_no_plaintext_in_backups_drills_or_restores(
    sentinel: tuple[str, str], tmp_path: Path, isolated_tmp: Path
) -> None:
    """T19: a backup, its check in a fresh process, a drill and a restore write only
    encrypted pages: the sentinel is in none of their files, nor in the temp folder."""
    from counsel_desk.services import restore

    token, sentence = sentinel
    folder, usb = tmp_path / "vault", tmp_path / "usb"
    usb.mkdir()
    ws, _ = create_vault(folder, PASSPHRASE, kdf=LIGHT_KDF)
    try:
        client = ws.clients.add(
            ClientDraft(code="C-001", identity=ClientIdentity(full_name=f"Ann {token}"))
        )
        session = ws.sessions.add(SessionDraft(client.id, dt.datetime(2024, 1, 8, 10)))
        note = ws.notes.create(session.id)
        ws.notes.finalise(note.id, body=sentence)
        made = ws.backups.back_up(usb / "b.cdbackup")
    finally:
        ws.close()
    assert restore.run_drill(made.path, PASSPHRASE).ok
    restored = tmp_path / "restored"
    restore.restore(made.path, restored, PASSPHRASE)
    back = unlock(restored, PASSPHRASE)
    try:
        assert back.notes.get(note.id).body == sentence  # it is all there
    finally:
        back.close()
    roots = [folder, usb, restored, Path(os.environ["HOME"]), isolated_tmp]
    assert search(token, roots) == []
    assert list(isolated_tmp.iterdir()) == []  # the drill's private copy is gone


def test_no_contract_or_boundary_words_on_disk(
    sentinel: tuple[str, str], tmp_path: Path, isolated_tmp: Path
) -> None:
    """The same sweep for what a contract and the boundaries log hold: a clause's words,
    the practice details it quotes, an agreed version, a boundary event; nothing of them in
    the audit trail's readable details either."""
    from contractkit import practice_profile

    from counsel_desk.domain.contract.boundaries import BoundaryEvent, BoundaryKind, Initiator
    from counsel_desk.domain.contract.version import AgreedHow, edit_clause

    token, sentence = sentinel
    folder = tmp_path / "vault"
    ws, _ = create_vault(folder, PASSPHRASE, kdf=LIGHT_KDF)
    try:
        ws.practice.save(practice_profile(clinical_will_contact=f"Jo {token} Park"))
        client = ws.clients.add(ClientDraft("C-001", first_contact=dt.date(2024, 1, 2)))
        draft = ws.contracts.start(client.id, "individual")
        ws.contracts.save_draft(edit_clause(draft, "missed", text=sentence))
        ws.contracts.agree(client.id, 1, dt.date(2024, 1, 8), AgreedHow.IN_SESSION)
        ws.boundaries.add_own(client.id, f"No {token} hugs", sentence)
        ws.boundaries.log(
            BoundaryEvent(
                client.id, dt.date(2024, 2, 1), BoundaryKind.GIFT, Initiator.CLIENT, sentence
            )
        )
        details = ws.vault.conn.execute("SELECT group_concat(detail) FROM audit_log").fetchone()
        assert token not in details[0]
        assert search(token, _workflow_roots(folder, isolated_tmp)) == []
    finally:
        ws.close()
    assert search(token, _workflow_roots(folder, isolated_tmp)) == []
    ws = unlock(folder, PASSPHRASE)
    try:
        assert ws.contracts.version(client.id, 1).clause("missed").text == sentence
    finally:
        ws.close()


def test_no_supervision_words_on_disk(
    sentinel: tuple[str, str], tmp_path: Path, isolated_tmp: Path
) -> None:
    """The same sweep for the supervision log (the supervisor's name, the notes and the
    actions of a session) and a redaction list's term; nothing of them in the audit trail's
    readable details either."""
    from counsel_desk.domain.supervision import SupervisionFormat, SupervisionSession

    token, sentence = sentinel
    folder = tmp_path / "vault"
    ws, _ = create_vault(folder, PASSPHRASE, kdf=LIGHT_KDF)
    try:
        client = ws.clients.add(ClientDraft("C-001"))
        kept = ws.supervision.log(
            SupervisionSession(
                dt.date(2024, 2, 1),
                f"Dr {token} Rowan",
                90,
                SupervisionFormat.GROUP,
                (client.id,),
                notes=sentence,
                actions=f"Read {token} on endings.",
            )
        )
        ws.redaction.add(client.id, f"{token} Hall")
        details = ws.vault.conn.execute("SELECT group_concat(detail) FROM audit_log").fetchone()
        assert token not in details[0]
        assert search(token, _workflow_roots(folder, isolated_tmp)) == []
    finally:
        ws.close()
    assert search(token, _workflow_roots(folder, isolated_tmp)) == []
    ws = unlock(folder, PASSPHRASE)
    try:
        assert ws.supervision.get(kept.id).notes == sentence
        assert f"{token} Hall" in ws.redaction.for_client(client.id).terms
    finally:
        ws.close()
