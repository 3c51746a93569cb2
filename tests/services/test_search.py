"""Search: snippets with match markers, filters, and hostile input that never raises."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from counsel_desk.domain.model import ClientDraft, SessionDraft
from counsel_desk.domain.notes import MATCH_END, MATCH_START, NoteFlag, NoteKind, SearchQueryError
from counsel_desk.services.search import parse_query


@pytest.fixture
def practice(workspace):
    """Two clients, four notes across kinds, dates, tags and flags."""
    ids = {}
    for code, day, kind, text, tags in (
        ("C-001", 1, NoteKind.SESSION, "Talked about anxiety at work and the café.", ["work"]),
        ("C-001", 8, NoteKind.PROCESS, "I felt protective; anxiety in the room.", []),
        ("C-002", 3, NoteKind.SESSION, "Grief for her father; naïve hopes.", ["grief"]),
        ("C-002", 10, NoteKind.SESSION, "Sleep improving. Self-harm risk reviewed.", []),
    ):
        client = next((c for c in workspace.clients.list() if c.code == code), None)
        client = client or workspace.clients.add(ClientDraft(code=code))
        start = dt.datetime(2024, 5, day, 10, 0)
        session = workspace.sessions.add(SessionDraft(client.id, start))
        note = workspace.notes.create(session.id, kind=kind, title=f"{code} day {day}")
        workspace.notes.save(note.id, text)
        workspace.notes.set_tags(note.id, tags)
        ids[(code, day)] = note.id
    workspace.notes.set_flags(ids[("C-002", 10)], risk=True)
    workspace.notes.set_flags(ids[("C-001", 8)], supervision=True, question="Am I rescuing?")
    return workspace, ids


def test_a_word_finds_notes_with_marked_snippets(practice) -> None:
    ws, ids = practice
    hits = ws.search.search("anxiety")
    assert {h.note_id for h in hits} == {ids[("C-001", 1)], ids[("C-001", 8)]}
    for hit in hits:
        assert f"{MATCH_START}anxiety{MATCH_END}" in hit.snippet
        assert ("anxiety", True) in hit.segments()
        assert hit.client_code == "C-001"


def test_diacritics_prefixes_phrases_and_tags_match(practice) -> None:
    ws, ids = practice
    assert [h.note_id for h in ws.search.search("cafe")] == [ids[("C-001", 1)]]
    assert [h.note_id for h in ws.search.search("naive")] == [ids[("C-002", 3)]]
    assert [h.note_id for h in ws.search.search("anx")] != []
    assert [h.note_id for h in ws.search.search('"self harm"')] == [ids[("C-002", 10)]]
    assert ws.search.search('"harm self"') == []
    assert [h.note_id for h in ws.search.search("grief")] == [ids[("C-002", 3)]]


def test_a_match_only_in_the_tags_says_so(practice) -> None:
    ws, ids = practice
    ws.notes.set_tags(ids[("C-002", 10)], ["sleep", "boundaries"])
    (hit,) = ws.search.search("boundaries")
    assert hit.note_id == ids[("C-002", 10)]
    assert hit.snippet == f"Tags: {MATCH_START}boundaries{MATCH_END}, sleep"


def test_filters_narrow_results(practice) -> None:
    ws, ids = practice
    c1 = next(c for c in ws.clients.list() if c.code == "C-001")
    assert {h.note_id for h in ws.search.search("anxiety", client_id=c1.id)} == {
        ids[("C-001", 1)],
        ids[("C-001", 8)],
    }
    assert [h.note_id for h in ws.search.search("anxiety", kind=NoteKind.PROCESS)] == [
        ids[("C-001", 8)]
    ]
    in_range = ws.search.search(
        "anxiety", date_from=dt.date(2024, 5, 2), date_to=dt.date(2024, 5, 8)
    )
    assert [h.note_id for h in in_range] == [ids[("C-001", 8)]]
    assert [h.note_id for h in ws.search.search("", tag="#Work")] == [ids[("C-001", 1)]]
    assert [h.note_id for h in ws.search.search("", flag=NoteFlag.RISK)] == [ids[("C-002", 10)]]
    flagged = ws.search.search("", flag=NoteFlag.SUPERVISION)
    assert [(h.note_id, h.snippet) for h in flagged] == [(ids[("C-001", 8)], "")]
    assert ws.search.search("") == []
    assert len(ws.search.search("", client_id=c1.id, limit=1)) == 1


def test_search_follows_save_amendment_and_deletion(practice) -> None:
    ws, ids = practice
    note_id = ids[("C-002", 10)]
    ws.notes.save(note_id, "Rewritten entirely: boundaries.")
    assert ws.search.search("sleep") == []
    assert [h.note_id for h in ws.search.search("boundaries")] == [note_id]
    ws.notes.finalise(note_id)
    ws.notes.amend(note_id, "Zebrafinch mentioned later.", "addition")
    (hit,) = ws.search.search("zebrafinch")
    assert hit.note_id == note_id
    assert f"{MATCH_START}Zebrafinch{MATCH_END}" in hit.snippet
    draft = ids[("C-002", 3)]
    ws.notes.delete(draft)
    assert ws.search.search("grief") == []


@pytest.mark.parametrize(
    "query",
    ['"', "(", ")", "anxiety AND", "NEAR(", "a OR", "NOT", "*", "^", "col:anxiety", '"unbalanced',
     "a\x00b", "\ud800", "-anxiety", "+", "{title}:x", "anxiety)", "((((", "'", "AND OR NOT", "🙂"],
)  # fmt: skip
def test_hostile_queries_never_raise(practice, query: str) -> None:
    ws, _ = practice
    assert isinstance(ws.search.search(query), list)


def test_operators_are_read_as_words(practice) -> None:
    ws, ids = practice
    assert [h.note_id for h in ws.search.search('anxiety) "café')] == [ids[("C-001", 1)]]
    assert ws.search.search("anxiety NOT work") == []  # NOT is just a word here


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    st.one_of(
        st.text(max_size=60),
        st.text(alphabet=st.sampled_from("\"()*^:+-{}[]\\' ANDORNEAT\x00x"), max_size=30),
    )
)
def test_any_typed_text_returns_results_never_an_error(practice, query: str) -> None:
    ws, _ = practice
    # Every term is quoted, so even SearchQueryError (the typed safety net) never happens.
    assert isinstance(ws.search.search(query), list)


@given(st.text(max_size=80))
def test_parsed_terms_always_hold_a_word(text: str) -> None:
    for term, _phrase in parse_query(text):
        assert any(ch.isalnum() for ch in term)
        assert "\x00" not in term


def test_an_engine_refusal_becomes_a_sentence(practice, monkeypatch: pytest.MonkeyPatch) -> None:
    ws, _ = practice
    monkeypatch.setattr("counsel_desk.storage.search.match_expression", lambda terms: "(")
    with pytest.raises(SearchQueryError, match="plain words"):
        ws.search.search("anything")


def test_results_page_with_limit_and_offset(practice) -> None:
    ws, _ = practice
    everything = [h.note_id for h in ws.search.search("anxiety")]
    pages = [
        h.note_id for off in (0, 1, 2) for h in ws.search.search("anxiety", limit=1, offset=off)
    ]
    assert pages == everything
    assert len(everything) == 2
