"""An import checks the audit trail's hash chain before writing anything: an entry edited,
removed, moved, or edited with its hash made again is refused by its place
(``audit[17].hash …``), exit 2, nothing created; an entry blanked the way an erasure blanks
one still fits."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from testkit import LIGHT_KDF, PASSPHRASE

from counsel_desk.domain.audit import detail_digest, entry_hash
from counsel_desk.domain.clients import ClientDraft
from counsel_desk.domain.sessions import SessionDraft
from counsel_desk.services.open_export import (
    ImportFileInvalid,
    OpenExportService,
    check_import,
    import_vault,
)
from counsel_desk.services.workspace import create_vault, unlock


@pytest.fixture(scope="module")
def good(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """A vault whose trail is a few dozen entries long, exported."""
    tmp = tmp_path_factory.mktemp("chain")
    ws, _ = create_vault(tmp / "v", PASSPHRASE, kdf=LIGHT_KDF)
    try:
        for n in range(6):
            client = ws.clients.add(ClientDraft(f"C-{n:03d}"))
            for week in range(2):
                start = dt.datetime(2025, 1, 6, 10) + dt.timedelta(weeks=week, days=n)
                session = ws.sessions.add(SessionDraft(client.id, start))
                note = ws.notes.create(session.id)
                ws.notes.finalise(note.id, f"Week {week} with {client.code}.")
        target = tmp / "good.json"
        OpenExportService(ws.vault).export(target)
        return target.read_bytes()
    finally:
        ws.close()


def _with(good: bytes, change) -> bytes:
    data = json.loads(good)
    change(data["audit"])
    return json.dumps(data, ensure_ascii=False).encode()


def _rehash(entry: dict) -> None:
    """What someone who knows the format does after editing an entry: its own hash made
    again (the next entry's prev_hash still names the old one)."""
    entry["hash"] = entry_hash(
        entry["position"],
        entry["at"],
        entry["kind"],
        entry["detail"],
        entry["prev_hash"],
        entry["detail_digest"],
    )


def _refused(tmp_path: Path, content: bytes, words: str) -> None:
    source = tmp_path / "bad.json"
    source.write_bytes(content)
    target = tmp_path / "new-vault"
    with pytest.raises(ImportFileInvalid, match=words) as caught:
        import_vault(source, target, PASSPHRASE, kdf=LIGHT_KDF)
    assert caught.value.exit_code == 2
    assert caught.value.message.endswith("nothing was imported.")
    assert not target.exists()


def test_the_trail_is_long_enough_to_test(good: bytes) -> None:
    trail = json.loads(good)["audit"]
    assert len(trail) > 30
    assert {"client_added", "note_finalised"} <= {e["kind"] for e in trail}


def _edit(field: str, value: object):
    def change(trail: list[dict]) -> None:
        trail[17][field] = value

    return change


@pytest.mark.parametrize(
    ("change", "words"),
    [
        (_edit("kind", "note_deleted"), r"^audit\[17\]\.hash does not match the entry"),
        (_edit("detail", '{"client":2}'), r"^audit\[17\]\.hash does not match the entry"),
        (_edit("at", "2020-01-01T00:00:00Z"), r"^audit\[17\]\.hash does not match"),
        (_edit("hash", "0" * 64), r"^audit\[17\]\.hash does not match"),
        (_edit("prev_hash", "f" * 64), r"^audit\[17\]\.prev_hash is not the hash of the entry"),
        (  # the first entry must follow nothing
            lambda t: t[0].update(prev_hash="1" * 64),
            r"^audit\[0\]\.prev_hash is not the hash",
        ),
        (  # edited, and its own hash made again: the next entry no longer follows from it
            lambda t: (t[17].update(kind="note_deleted"), _rehash(t[17])),
            r"^audit\[18\]\.prev_hash is not the hash of the entry before",
        ),
        (lambda t: t.pop(17), r"^audit\[17\]\.position should be 18"),
        (
            lambda t: t.__setitem__(slice(17, 19), [t[18], t[17]]),
            r"^audit\[17\]\.position should be 18",
        ),
        (  # a kept digest claims an erasure blanked the detail, but the detail is still there
            lambda t: t[17].update(detail_digest=detail_digest(t[17]["detail"])),
            r"^audit\[17\]\.detail is not empty \(\{\}\)",
        ),
    ],
    ids=[
        "kind",
        "detail",
        "time",
        "hash",
        "prev_hash",
        "first",
        "rehashed",
        "removed",
        "moved",
        "blank-claimed",
    ],
)
def test_a_broken_chain_is_refused_by_its_place(good, tmp_path, change, words) -> None:
    _refused(tmp_path, _with(good, change), words)


def test_an_entry_blanked_as_an_erasure_blanks_it_still_imports(good, tmp_path) -> None:
    def blank(trail: list[dict]) -> None:
        entry = trail[17]
        entry["detail_digest"] = detail_digest(entry["detail"])
        entry["detail"] = "{}"

    source = tmp_path / "blanked.json"
    source.write_bytes(_with(good, blank))
    assert check_import(source)["audit_log"] == len(json.loads(good)["audit"])
    import_vault(source, tmp_path / "new", PASSPHRASE, kdf=LIGHT_KDF)
    ws = unlock(tmp_path / "new", PASSPHRASE)
    try:
        assert ws.audit.check().ok  # the vault's own check agrees
    finally:
        ws.close()
