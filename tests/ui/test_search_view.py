"""Search: a word finds the note, its snippet shows the match in bold (and no Markdown marks),
Enter opens it."""

from __future__ import annotations

import pytest
from guikit import focus
from notekit import unlock_seeded
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from counsel_desk.domain.notes import MATCH_END, MATCH_START, SearchHit, snippet_segments
from counsel_desk.ui.notes_models import HTML_ROLE, clean_segments, snippet_html


@pytest.fixture
def found(qtbot, make_controller, closed_vault):
    controller, main, seeded = unlock_seeded(qtbot, make_controller, closed_vault[0])
    notes = controller.workspace.notes
    target = notes.create(seeded["old"].id, "builtin:free_text")
    notes.save(target.id, "We talked about the allotment and her brother <b>.")
    other = notes.create(seeded["ended"].id, "builtin:free_text")
    notes.save(other.id, "Nothing about gardens here.")
    focus(qtbot, main)
    return controller, main, target


def test_search_a_word_see_it_bold_and_open_the_note(qtbot, found):
    _controller, main, target = found
    qtbot.keyClick(main, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    view = main.search_view
    assert main.stack.currentWidget() is view
    assert QApplication.focusWidget() is view.query
    qtbot.keyClicks(view.query, "allot")
    qtbot.keyClick(view.query, Qt.Key.Key_Return)
    assert view.model.rowCount() == 1
    rich = view.model.index(0).data(HTML_ROLE)
    assert "<b>allotment</b>" in rich
    assert "&lt;b&gt;" in rich  # the note's own markup is shown, not obeyed
    assert QApplication.focusWidget() is view.results
    qtbot.keyClick(view.results, Qt.Key.Key_Return)
    assert main.stack.currentWidget() is main.notes_view
    assert main.notes_view.editor.note.id == target.id


def test_snippets_show_the_words_without_their_markdown(qtbot, found):
    controller, main, _target = found
    notes = controller.workspace.notes
    note = notes.create(main.today_view.overview.latest_session.session_id, "builtin:free_text")
    notes.save(
        note.id,
        "## Greenhouse\n\nShe described the **greenhouse** at length,\n\n> _calmly_, "
        "and with `care`.\n\n",
    )
    qtbot.keyClick(main, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    view = main.search_view
    qtbot.keyClicks(view.query, "greenhouse")
    qtbot.keyClick(view.query, Qt.Key.Key_Return)
    assert view.model.rowCount() == 1
    rich = view.model.index(0).data(HTML_ROLE)
    snippet = rich.split("<br>", 1)[1]
    assert snippet == (
        "<b>Greenhouse</b> — She described the <b>greenhouse</b> at length, calmly, and with care."
    )
    shown = view.model.index(0).data().splitlines()[1]
    assert shown == "Greenhouse — She described the greenhouse at length, calmly, and with care."


def test_cleaning_keeps_matches_and_words_with_underscores():
    snippet = (
        f"…her **{MATCH_START}big{MATCH_END} {MATCH_START}dog{MATCH_END}**\n\n"
        f"# not_a_word  _{MATCH_START}x{MATCH_END}_\n#hashtag & <u>\n## End\n\n"
    )
    assert clean_segments(snippet_segments(snippet)) == [
        ("…her ", False),
        ("big", True),
        (" ", False),
        ("dog", True),
        (" not_a_word ", False),
        ("x", True),
        (" — #hashtag & <u> End", False),
    ]


def test_filters_and_empty_states(qtbot, found):
    _controller, main, _target = found
    main.show_search()
    view = main.search_view
    assert view.summary.text().startswith("Type a word")
    qtbot.keyClicks(view.query, "zebra")
    qtbot.keyClick(view.query, Qt.Key.Key_Return)
    assert view.summary.text().startswith("No notes match")
    view.query.clear()
    view.client.setCurrentIndex(view.client.findText("C-004"))
    view.run()
    assert view.model.rowCount() == 1
    assert "C-004" in view.model.index(0).data()


def test_snippet_html_escapes_everything_but_the_bold():
    import datetime as dt

    from counsel_desk.domain.notes import NoteKind, NoteStatus

    hit = SearchHit(
        1, 1, 1, "C-1", dt.datetime(2025, 1, 1, 10), NoteKind.SESSION, NoteStatus.DRAFT, "",
        f"<i>x</i> & {MATCH_START}word{MATCH_END} <script>",
    )  # fmt: skip
    assert snippet_html(hit) == "&lt;i&gt;x&lt;/i&gt; &amp; <b>word</b> &lt;script&gt;"
