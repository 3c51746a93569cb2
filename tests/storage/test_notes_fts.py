"""The full-text index stays in step with every save, tag change, amendment and deletion."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from counsel_desk.domain.clients import ClientDraft
from counsel_desk.domain.sessions import SessionDraft
from counsel_desk.services.workspace import Workspace

WORDS = st.from_regex(r"[a-z]{4,9}", fullmatch=True)
TEXT = st.one_of(st.text(max_size=200), st.lists(WORDS, max_size=20).map(" ".join))
OPS = st.lists(
    st.one_of(
        st.tuples(st.just("save"), TEXT, st.text(max_size=30)),
        st.tuples(st.just("tags"), st.lists(WORDS, max_size=4)),
        st.tuples(st.just("finalise")),
        st.tuples(st.just("amend"), TEXT.filter(str.strip)),
        st.tuples(st.just("delete")),
    ),
    max_size=8,
)


@pytest.fixture
def session_id(workspace) -> int:
    client = workspace.clients.add(ClientDraft(code="C-003"))
    return workspace.sessions.add(SessionDraft(client.id, dt.datetime(2024, 5, 1, 10))).id


def _indexed(ws: Workspace, note_id: int) -> tuple | None:
    row = ws.vault.conn.execute(
        "SELECT title, body, tags, amendments FROM notes_fts WHERE rowid = ?", (note_id,)
    ).fetchone()
    return tuple(row) if row else None


def _assert_in_step(ws: Workspace, note_id: int, deleted: bool) -> None:
    conn = ws.vault.conn
    conn.execute("INSERT INTO notes_fts (notes_fts) VALUES ('integrity-check')")
    if deleted:
        assert _indexed(ws, note_id) is None
        return
    note = ws.notes.get(note_id)
    expected = (
        note.title,
        note.body,
        "\n".join(note.tags),
        "\n".join(a.body for a in note.amendments),
    )
    assert _indexed(ws, note_id) == expected


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(ops=OPS, marker=WORDS)
def test_index_matches_notes_after_any_sequence_of_changes(
    workspace,
    session_id: int,
    ops: list[tuple],
    marker: str,
) -> None:
    ws = workspace
    note_id = ws.notes.create(session_id).id
    final = deleted = False
    marker = f"mk{marker}"
    for op in ops:
        if op[0] == "save" and not final:
            ws.notes.save(note_id, f"{op[1]} {marker}", title=op[2])
        elif op[0] == "tags":
            ws.notes.set_tags(note_id, op[1])
        elif op[0] == "finalise" and not final:
            ws.notes.finalise(note_id, body=f"{marker} final")
            final = True
        elif op[0] == "amend" and final:
            ws.notes.amend(note_id, op[1], "reason")
        elif op[0] == "delete" and not final:
            ws.notes.delete(note_id)
            deleted = True
            break
        _assert_in_step(ws, note_id, deleted)
    _assert_in_step(ws, note_id, deleted)
    hits = [h.note_id for h in ws.search.search(f'"{marker}"')]
    saved_marker = not deleted and marker in ws.notes.get(note_id).body
    assert (note_id in hits) == saved_marker


def test_deleted_words_leave_the_index_at_once(workspace, session_id: int) -> None:
    ws = workspace
    conn = ws.vault.conn
    note = ws.notes.create(session_id)
    ws.notes.save(note.id, "quixotically unusual wording")
    conn.execute("CREATE VIRTUAL TABLE temp.vocab USING fts5vocab(main, notes_fts, 'row')")
    try:
        assert (
            conn.execute("SELECT count(*) FROM temp.vocab WHERE term = 'quixotically'").fetchone()[
                0
            ]
            == 1
        )
        ws.notes.save(note.id, "plain words")
        assert (
            conn.execute("SELECT count(*) FROM temp.vocab WHERE term = 'quixotically'").fetchone()[
                0
            ]
            == 0
        )
        ws.notes.delete(note.id)
        assert (
            conn.execute("SELECT count(*) FROM temp.vocab WHERE term = 'plain'").fetchone()[0] == 0
        )
        assert conn.execute("SELECT count(*) FROM notes_fts_data").fetchone()[0] >= 1
    finally:
        conn.execute("DROP TABLE temp.vocab")
    secure = conn.execute("SELECT v FROM notes_fts_config WHERE k = 'secure-delete'").fetchone()
    assert secure == (1,)


def test_tag_rows_written_directly_keep_the_mirror_and_index_in_step(
    workspace, session_id: int
) -> None:
    ws = workspace
    conn = ws.vault.conn
    note_id = ws.notes.set_tags(ws.notes.create(session_id).id, ["alpha", "beta"]).id
    conn.execute("INSERT INTO note_tags (note_id, tag) VALUES (?, 'gamma')", (note_id,))
    conn.execute("DELETE FROM note_tags WHERE note_id = ? AND tag = 'alpha'", (note_id,))
    assert ws.notes.get(note_id).tags == ("beta", "gamma")
    (summary,) = ws.notes.for_session(session_id)
    assert summary.tags == ("beta", "gamma")
    _assert_in_step(ws, note_id, deleted=False)
    assert [h.note_id for h in ws.search.search("gamma")] == [note_id]
    assert ws.search.search("alpha") == []
