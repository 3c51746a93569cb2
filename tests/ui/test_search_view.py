"""Search: a word finds the note, its snippet shows the match in bold (and no Markdown marks),
Enter opens it; searches run off the UI thread and only the newest query's results are
ever shown; further pages come from where the last one ended."""

from __future__ import annotations

import datetime as dt
import threading
import time

import pytest
from guikit import focus
from notekit import unlock_seeded
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from counsel_desk.domain.notes import MATCH_END, MATCH_START, NoteKind, NoteStatus, SearchHit
from counsel_desk.domain.sessions import SessionDraft
from counsel_desk.ui.models.search import HTML_ROLE, PAGE, snippet_html


@pytest.fixture
def found(qtbot, make_controller, closed_vault):
    controller, main, seeded = unlock_seeded(qtbot, make_controller, closed_vault[0])
    notes = controller.workspace.notes
    target = notes.create(seeded["old"].id, "builtin:free_text")
    notes.save(target.id, "We talked about the allotment and her brother <b>.")
    other = notes.create(seeded["ended"].id, "builtin:free_text")
    notes.save(other.id, "Nothing about gardens here, but her brother came up.")
    focus(qtbot, main)
    return controller, main, target


def _search(qtbot, main, text: str) -> None:
    qtbot.keyClick(main, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    view = main.view("Search")
    view.query.selectAll()
    qtbot.keyClicks(view.query, text)
    qtbot.keyClick(view.query, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not view.worker.busy)


def _shown_ids(view) -> list[int]:
    return [view.model.record_at(row).note_id for row in range(view.model.rowCount())]


def test_search_a_word_see_it_bold_and_open_the_note(qtbot, found):
    _controller, main, target = found
    qtbot.keyClick(main, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    view = main.view("Search")
    assert main.showing() == "Search"
    assert QApplication.focusWidget() is view.query
    qtbot.keyClicks(view.query, "allot")
    qtbot.keyClick(view.query, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    rich = view.model.index(0).data(HTML_ROLE)
    assert "<b>allotment</b>" in rich
    assert "&lt;b&gt;" in rich  # the note's own markup is shown, not obeyed
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view.results)
    qtbot.keyClick(view.results, Qt.Key.Key_Return)
    assert main.showing() == "Notes"
    assert main.view("Notes").editor.note.id == target.id


def test_snippets_show_the_words_without_their_markdown(qtbot, found):
    controller, main, _target = found
    notes = controller.workspace.notes
    note = notes.create(main.view("Today").overview.latest_session.session_id, "builtin:free_text")
    notes.save(
        note.id,
        "## Greenhouse\n\nShe described the **greenhouse** at length,\n\n> _calmly_, "
        "and with `care`.\n\n",
    )
    _search(qtbot, main, "greenhouse")
    view = main.view("Search")
    assert view.model.rowCount() == 1
    snippet = view.model.index(0).data(HTML_ROLE).split("<br>", 1)[1]
    assert snippet == (
        "<b>Greenhouse</b> — She described the <b>greenhouse</b> at length, calmly, and with care."
    )
    shown = view.model.index(0).data().splitlines()[1]
    assert shown == "Greenhouse — She described the greenhouse at length, calmly, and with care."


def test_emphasis_never_glues_two_words_in_a_snippet(qtbot, found):
    """Issue #9 item 7: "*slower* speech" showed as "slowerspeech"."""
    controller, main, target = found
    controller.workspace.notes.save(target.id, "Noticed *slower* speech and __longer__ pauses.")
    _search(qtbot, main, "speech")
    view = main.view("Search")
    assert view.model.index(0).data().splitlines()[1] == (
        "Noticed slower speech and longer pauses."
    )


def test_filters_and_empty_states(qtbot, found):
    _controller, main, _target = found
    main.view("Search").find_action.trigger()
    view = main.view("Search")
    assert view.summary.text().startswith("Type a word")
    _search(qtbot, main, "zebra")
    assert view.summary.text().startswith("No notes match")
    view.query.clear()
    view.client.setCurrentIndex(view.client.findText("C-004"))
    view.run()
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    assert "C-004" in view.model.index(0).data()
    assert view.summary.text() == "1 note found."


def test_a_single_letter_is_a_word_of_its_own_and_the_view_says_so(qtbot, found):
    controller, main, target = found
    controller.workspace.notes.save(target.id, "Plan B: a walk, and anxiety eased.")
    _search(qtbot, main, "b")
    view = main.view("Search")
    assert _shown_ids(view) == [target.id]  # "B", not "brother"
    assert "“b” is searched as a whole word; add a letter" in view.summary.text()
    _search(qtbot, main, "br")
    assert len(_shown_ids(view)) == 1  # only the other note has "brother" now
    assert "whole word" not in view.summary.text()


def test_typing_fast_shows_only_the_newest_querys_results(qtbot, found, monkeypatch):
    """The first search is made slow, so its results come back after the second's: they
    must never be shown, not even for a moment."""
    controller, main, target = found
    ws = controller.workspace
    real_search = ws.search.search
    finished: list[str] = []

    def search(query, **kwargs):  # the real search, with the first one held back
        typed = " ".join(t.typed for t in query.terms)
        if typed == "allotment":
            time.sleep(0.4)
        try:
            return real_search(query, **kwargs)
        finally:
            finished.append(typed)

    monkeypatch.setattr(ws.search, "search", search)
    view = main.view("Search")
    seen: list[list[int]] = []
    view.model.modelReset.connect(lambda: seen.append(_shown_ids(view)))
    main.view("Search").find_action.trigger()
    qtbot.keyClicks(view.query, "allotment")
    qtbot.keyClick(view.query, Qt.Key.Key_Return)  # slow search starts
    view.query.selectAll()
    qtbot.keyClicks(view.query, "gardens")  # then, while it runs, another query
    qtbot.waitUntil(lambda: not view.timer.isActive())  # its search has started too
    qtbot.waitUntil(lambda: finished == ["allotment", "gardens"] and not view.worker.busy)
    qtbot.wait(50)  # the stale result's report, if any, has been delivered by now
    other = [i for i in _shown_ids(view) if i != target.id]
    assert _shown_ids(view) == other
    assert len(other) == 1
    assert all(target.id not in ids for ids in seen), seen
    assert view.summary.text() == "1 note found."


def test_locking_while_a_search_runs_waits_for_it_and_shows_nothing(qtbot, found, monkeypatch):
    controller, main, _target = found
    ws = controller.workspace
    real_search = ws.search.search
    started = threading.Event()

    def search(query, **kwargs):
        started.set()
        time.sleep(0.3)
        return real_search(query, **kwargs)

    monkeypatch.setattr(ws.search, "search", search)
    view = main.view("Search")
    main.view("Search").find_action.trigger()
    qtbot.keyClicks(view.query, "brother")
    qtbot.keyClick(view.query, Qt.Key.Key_Return)
    assert started.wait(5)
    qtbot.keyClick(main, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: controller.state == "locked")
    assert controller.workspace is None
    assert not ws.vault.is_open
    assert view.worker.cancel(wait_ms=0)  # the search thread is idle
    qtbot.wait(50)
    assert view.model.rowCount() == 0


def test_further_pages_continue_where_the_last_ended(qtbot, found, monkeypatch):
    controller, main, _target = found
    ws = controller.workspace
    client = ws.clients.list()[0]
    for i in range(PAGE + 12):
        start = dt.datetime(2020, 1, 6, 9) + dt.timedelta(days=7 * i)
        session = ws.sessions.add(SessionDraft(client.id, start))
        note = ws.notes.create(session.id, "builtin:free_text")
        ws.notes.save(note.id, f"Week {i}: the rosemary hedge again.")
    real_search = ws.search.search
    asked: list[tuple[int, int]] = []

    def search(query, **kwargs):
        asked.append((kwargs["offset"], kwargs["limit"]))
        return real_search(query, **kwargs)

    monkeypatch.setattr(ws.search, "search", search)
    _search(qtbot, main, "rosemary")
    view = main.view("Search")
    assert view.model.rowCount() == PAGE
    assert view.summary.text().startswith(f"{PAGE}+ notes found, newest first")
    view.results.scrollToBottom()
    qtbot.waitUntil(lambda: view.model.rowCount() == PAGE + 12)
    assert asked == [(0, PAGE), (PAGE, PAGE)]  # the second page only, not all again
    ids = _shown_ids(view)
    assert len(set(ids)) == len(ids)
    assert ids == [h.note_id for h in real_search("rosemary", limit=500)]


def test_snippet_html_escapes_everything_but_the_bold():
    hit = SearchHit(
        1, 1, 1, "C-1", dt.datetime(2025, 1, 1, 10), NoteKind.SESSION, NoteStatus.DRAFT, "",
        f"<i>x</i> & {MATCH_START}word{MATCH_END} <script>",
    )  # fmt: skip
    assert snippet_html(hit) == "&lt;i&gt;x&lt;/i&gt; &amp; <b>word</b> &lt;script&gt;"
