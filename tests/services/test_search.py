"""Search: snippets with match markers, filters, paging, and any typed text: never an error,
every hit really holds every term, no note that holds them is missed, pages never overlap."""

from __future__ import annotations

import datetime as dt
import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from counsel_desk.domain.clients import ClientDraft
from counsel_desk.domain.notes import (
    MATCH_END,
    MATCH_START,
    Note,
    NoteFlag,
    NoteKind,
    SearchQueryError,
)
from counsel_desk.domain.search_query import SearchQuery, parse_query
from counsel_desk.domain.sessions import SessionDraft

FIXTURE_ONCE = settings(
    max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


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


def test_a_single_letter_is_a_whole_word_not_the_start_of_every_word(practice) -> None:
    ws, ids = practice
    assert ws.search.search("g") == []  # no note has the word "g"; many have words in g…
    assert [h.note_id for h in ws.search.search("i")] == [ids[("C-001", 8)]]  # "I felt"
    assert len(ws.search.search("gr")) == 1


def test_words_most_notes_hold_list_the_newest_notes_first(workspace) -> None:
    """Relevance gives a word in half the notes or more no weight (bm25's idf floor), and
    ranking thousands of such matches is the slowest search there is: newest first."""
    client = workspace.clients.add(ClientDraft(code="C-009"))
    made = []
    for day, text in enumerate(
        ["session one, garden", "session two", "session three, garden garden", "session four"]
    ):
        start = dt.datetime(2024, 6, 1 + day, 10)
        note = workspace.notes.create(workspace.sessions.add(SessionDraft(client.id, start)).id)
        workspace.notes.save(note.id, text)
        made.append(note.id)
    common = workspace.search.search("session")
    assert common.newest_first
    assert [h.note_id for h in common] == made[::-1]
    assert [h.note_id for h in workspace.search.search("session", limit=2, offset=2)] == [
        made[1],
        made[0],
    ]
    rare = workspace.search.search("session garden")  # "garden" is in half: still common
    assert rare.newest_first
    workspace.notes.save(made[0], "session one")
    ranked = workspace.search.search("garden")  # now in one note of four
    assert not ranked.newest_first
    assert [h.note_id for h in ranked] == [made[2]]
    filtered = workspace.search.search("", client_id=client.id)
    assert filtered.newest_first


@FIXTURE_ONCE
@given(st.sampled_from(["wor", "sleep", "grief", "anx", "self", "boundaries", "café"]))
def test_words_half_the_notes_hold_do_not_change_the_rank(many_notes, word) -> None:
    """ "the" is in most of these notes: searching "the <word>" finds the notes "<word>"
    finds that also hold "the", in the same order (bm25 gives "the" no weight anyway)."""
    ws, notes = many_notes
    the = SearchQuery(parse_query("the").terms)
    assert sum(_holds_every_term(note, the) for note in notes.values()) * 2 >= len(notes)
    alone = [
        h.note_id
        for h in ws.search.search(word, limit=500)
        if _holds_every_term(notes[h.note_id], the)
    ]
    together = ws.search.search(f"the {word}", limit=500)
    assert [h.note_id for h in together] == alone
    assert together.newest_first == ws.search.search(word).newest_first


def test_a_match_only_in_the_tags_says_so(practice) -> None:
    ws, ids = practice
    ws.notes.set_tags(ids[("C-002", 10)], ["sleep", "boundaries"])
    (hit,) = ws.search.search("boundaries")
    assert hit.note_id == ids[("C-002", 10)]
    assert hit.snippet == f"Tags: {MATCH_START}boundaries{MATCH_END}, sleep"
    assert ws.search.search("tags") == []  # the label is not the note's


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
    assert [h.note_id for h in ws.search.search("anx", tag="work")] == [ids[("C-001", 1)]]
    assert [h.note_id for h in ws.search.search("", flag=NoteFlag.RISK)] == [ids[("C-002", 10)]]
    assert [h.note_id for h in ws.search.search("sleep", flag=NoteFlag.RISK)] == [
        ids[("C-002", 10)]
    ]
    assert ws.search.search("anxiety", flag=NoteFlag.RISK) == []
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


def test_operators_are_read_as_words(practice) -> None:
    ws, ids = practice
    assert [h.note_id for h in ws.search.search('anxiety) "café')] == [ids[("C-001", 1)]]
    assert ws.search.search("anxiety NOT work") == []  # NOT is just a word here


def test_an_engine_refusal_becomes_a_sentence(practice, monkeypatch: pytest.MonkeyPatch) -> None:
    ws, _ = practice
    monkeypatch.setattr("counsel_desk.storage.search.match_expression", lambda query: "(")
    with pytest.raises(SearchQueryError, match="plain words"):
        ws.search.search("anything")


# --- many notes, any typed text ---------------------------------------------------------
VOCAB = [
    "anxiety", "anxious", "work", "working", "homework", "sleep", "sleepless", "self-harm",
    "self", "harm", "don't", "won't", "café", "naïve", "grief", "Straße", "a", "I", "the",
    "then", "there", "boundaries", "mother's", "not_a_word", "2024", "🙂",
]  # fmt: skip
JOINS = [" ", " ", " ", ", ", ". ", "\n\n## ", "\n- ", " **", "** ", " _", "_ ", "'", "-"]


def _text(rng: random.Random, size: int) -> str:
    return "".join(rng.choice(VOCAB) + rng.choice(JOINS) for _ in range(size))


@pytest.fixture
def many_notes(workspace):
    """Thirty notes from a small vocabulary (so that searches find several), with titles,
    tags and amendments; returns each note as the service reads it back."""
    rng = random.Random(20)
    clients = [workspace.clients.add(ClientDraft(code=f"C-{i:03}")) for i in range(3)]
    notes: dict[int, Note] = {}
    for i in range(30):
        start = dt.datetime(2023, 1, 1, 9) + dt.timedelta(days=7 * i)
        session = workspace.sessions.add(SessionDraft(clients[i % 3].id, start))
        kind = NoteKind.PROCESS if i % 5 == 0 else NoteKind.SESSION
        note = workspace.notes.create(session.id, kind=kind, title=_text(rng, 2).strip(" -'"))
        workspace.notes.save(note.id, _text(rng, rng.randrange(0, 40)))
        workspace.notes.set_tags(note.id, rng.sample(["work", "sleep", "grief", "risk"], i % 3))
        if i % 7 == 0:
            workspace.notes.finalise(note.id)
            workspace.notes.amend(note.id, _text(rng, 5), "later thought")
        notes[note.id] = workspace.notes.get(note.id)
    return workspace, notes


def _columns(note: Note) -> list[str]:
    return [
        note.title,
        note.body,
        "\n".join(note.tags),
        "\n".join(a.body for a in note.amendments),
    ]


def _holds_every_term(note: Note, query: SearchQuery) -> bool:
    """Each term somewhere in one column (what the index requires), by the matcher that
    tests/domain/test_search_query.py proves equal to FTS5's own."""
    return all(
        any(SearchQuery((term,)).matches(column) for column in _columns(note))
        for term in query.terms
    )


TYPED = st.one_of(
    st.lists(
        st.sampled_from([*VOCAB, "anx", "sl", "wo", "th", '"self harm"', '"']), max_size=3
    ).map(" ".join),
    st.text(alphabet=st.sampled_from("\"()*^:+-{}[]\\' ANDORNEAT\x00xaé🙂“”"), max_size=30),
    st.text(max_size=40),
)


@FIXTURE_ONCE
@given(TYPED)
def test_any_typed_text_finds_exactly_the_notes_holding_every_term(many_notes, typed) -> None:
    ws, notes = many_notes
    query = parse_query(typed)
    hits = ws.search.search(typed, limit=500)  # never raises: that is the first check
    ids = [h.note_id for h in hits]
    assert len(ids) == len(set(ids))
    if not query:
        assert hits == []
        return
    assert set(ids) == {nid for nid, note in notes.items() if _holds_every_term(note, query)}
    for hit in hits:
        assert MATCH_START in hit.snippet, (typed, hit.snippet)
        marked = [text for text, is_match in hit.segments() if is_match]
        assert all(
            any(SearchQuery((term,)).matches(piece) for term in query.terms) for piece in marked
        )


@FIXTURE_ONCE
@given(TYPED, st.integers(1, 7), st.sampled_from([None, "client", "kind", "tag", "dates"]))
def test_pages_are_the_one_big_result_cut_up(many_notes, typed, size, filter_by) -> None:
    ws, notes = many_notes
    some = next(iter(notes.values()))
    filters = {
        None: {},
        "client": {"client_id": some.client_id},
        "kind": {"kind": NoteKind.SESSION},
        "tag": {"tag": "work"},
        "dates": {"date_from": dt.date(2023, 3, 1), "date_to": dt.date(2023, 6, 30)},
    }[filter_by]
    everything = [h.note_id for h in ws.search.search(typed, limit=500, **filters)]
    pages: list[int] = []
    for page in range(0, len(everything) // size + 2):
        pages += [
            h.note_id for h in ws.search.search(typed, limit=size, offset=page * size, **filters)
        ]
    assert pages == everything
    assert len(set(pages)) == len(pages)


@pytest.mark.parametrize(
    "query",
    ['"', "(", ")", "anxiety AND", "NEAR(", "a OR", "NOT", "*", "^", "col:anxiety", '"unbalanced',
     "a\x00b", "\ud800", "-anxiety", "+", "{title}:x", "anxiety)", "((((", "'", "AND OR NOT", "🙂",
     "w" * 600, " ".join(["the"] * 200)],
)  # fmt: skip
def test_hostile_queries_find_what_their_words_find(practice, query: str) -> None:
    ws, _ = practice
    parsed = parse_query(query)
    hits = ws.search.search(query)
    if not parsed:
        assert hits == []
    else:
        assert [h.note_id for h in hits] == [h.note_id for h in ws.search.search(parsed)]
        readable = " ".join(t.expression.replace("*", "") for t in parsed.terms)
        assert [h.note_id for h in hits] == [h.note_id for h in ws.search.search(readable)]
