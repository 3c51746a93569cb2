"""Issue 14's walk-through for the summary, as a person does it: a client with a real-sounding
name and a redaction list, a note flagged for supervision that names them and others (a
possessive, lower case, no accents), a boundary event; the builder opened from the
Supervision view with the client already ticked, the preview showing the markers and the
"check these" words, one added in a click and gone from the preview; saved as PDF, HTML and
Markdown after the warning, each file searched for the names: none found; the saves audited
with no content."""

from __future__ import annotations

import re

import pytest
from contractkit_gui import click, days_ago, dialog_titled, open_seeded
from notekit import button_for
from PySide6.QtGui import QTextCursor
from renderkit import page_texts

from counsel_desk.domain.anonymise import MARKER
from counsel_desk.domain.contract.boundaries import BoundaryEvent, BoundaryKind, Initiator
from counsel_desk.domain.notes import NoteDetails
from counsel_desk.ui import note_export
from counsel_desk.ui.contract.preview import PAPER_MARGIN

NAMES = ("robin", "ames", "marcus", "hebden", "bridge")


def named(text: str, names=NAMES) -> list[str]:
    """The names that appear in ``text`` as whole words, in any case."""
    return [n for n in names if re.search(rf"(?<!\w){n}(?!\w)", text.casefold())]


def _prepare(ws, seeded) -> None:
    client = seeded["c4"]
    ws.redaction.add(client.id, "Marcus")
    ws.redaction.add(client.id, "Hebden Bridge")
    recent = [s for s in seeded["sessions"] if days_ago(20) <= s.start.date() <= days_ago(0)]
    note = ws.notes.create(recent[0].id)
    ws.notes.save(note.id, "Robin talked about Marcus.")
    ws.notes.set_details(
        note.id,
        NoteDetails(
            supervision_flag=True,
            supervision_question=(
                "Why does robin's anger at MARCUS in hebden bridge land on me, when Priya "
                "is kind to Robin?"
            ),
        ),
    )
    ws.boundaries.log(
        BoundaryEvent(
            client.id, days_ago(5), BoundaryKind.CONTACT, Initiator.CLIENT, "AMES wrote to Dunstan."
        )
    )


@pytest.fixture
def opened(qtbot, make_controller, closed_vault, alert_log):
    controller, main, seeded = open_seeded(qtbot, make_controller, closed_vault[0], _prepare)
    main.go("Supervision")
    view = main.view("Supervision")
    click(qtbot, button_for(view, view.summary_action))
    dialog = dialog_titled(qtbot, "Prepare a supervision summary")
    return controller, dialog, seeded


def test_the_preview_shows_the_markers_and_the_words_to_check(
    qtbot, opened, tmp_path, monkeypatch, alert_log
):
    controller, dialog, seeded = opened
    ws = controller.workspace
    assert dialog.clients.chosen() == (seeded["c4"].id,)  # suggested: a flagged note
    shown = dialog.preview.toPlainText()
    assert "C-004" in shown
    # the text has room inside the preview's frame, as on paper (it touched the frame)
    first = dialog.preview.cursorRect(QTextCursor(dialog.preview.document().begin()))
    assert first.left() >= PAPER_MARGIN
    assert first.top() >= PAPER_MARGIN
    assert "\ufffc" in shown  # the timeline picture (a boundary event is on it), as written
    assert named(shown) == []
    assert f"Why does {MARKER}'s anger at {MARKER} in {MARKER} land on me" in shown
    assert "taken out" in dialog.status.text()
    labels = [b.text() for b in dialog.check_buttons()]
    assert labels == ["Add “Dunstan” to C-004's list", "Add “Priya” to C-004's list"]

    # One click: Priya goes onto the list and out of the preview
    click(qtbot, dialog.check_buttons()[1])
    qtbot.waitUntil(lambda: "Priya" not in dialog.preview.toPlainText())
    assert "Priya" in ws.redaction.for_client(seeded["c4"].id).terms
    assert [b.text() for b in dialog.check_buttons()] == ["Add “Dunstan” to C-004's list"]

    # Saved in each format, after the warning; no name in any file
    before = ws.audit.count()
    for name in ("summary.pdf", "summary.html", "summary.md"):
        target = tmp_path / name
        monkeypatch.setattr(note_export, "choose_save_path", lambda _p, _s, _t, t=target: t)
        click(qtbot, dialog.save_button)
        data = target.read_bytes()
        text = " ".join(page_texts(data)) if name.endswith(".pdf") else data.decode()
        assert "C-004" in text
        assert named(text, (*NAMES, "priya")) == [], name
    warnings = [t for t in alert_log.texts("confirm") if "will not be encrypted" in t]
    assert len(warnings) == 3
    exports = [
        e for e in ws.audit.recent(ws.audit.count() - before) if e.kind.value == "summary_exported"
    ]
    assert sorted(e.detail["format"] for e in exports) == ["html", "md", "pdf"]
    assert all(
        e.detail == {"format": e.detail["format"], "to": "file", "clients": 1} for e in exports
    )
    assert dialog.isVisible()  # it stays open for another period


def test_a_period_that_ends_before_it_begins_is_a_sentence(qtbot, opened, tmp_path, monkeypatch):
    _controller, dialog, _seeded = opened
    dialog.last.setDate(dialog.first.date().addDays(-3))
    qtbot.waitUntil(lambda: dialog.error.text() != "")
    assert dialog.error.text() == "The period ends before it begins; check the two dates."
    asked = []
    monkeypatch.setattr(note_export, "choose_save_path", lambda *a: asked.append(a))
    click(qtbot, dialog.save_button)
    assert asked == []  # nothing to save: not even asked where


def test_choosing_no_client_says_so_and_dates_as_written(qtbot, opened):
    _controller, dialog, seeded = opened
    dialog.clients.set_checked(seeded["c4"].id, False)
    qtbot.waitUntil(lambda: dialog.error.text() == "Choose at least one client to include.")
    dialog.clients.set_checked(seeded["c4"].id, True)
    dialog.weeks.setChecked(False)
    qtbot.waitUntil(
        lambda: dialog.error.text() == "" and "week " not in dialog.preview.toPlainText()
    )
    day = days_ago(5)
    assert f"{day.day} {day:%b %Y} · Contact between sessions" in dialog.preview.toPlainText()


def test_a_redaction_list_kept_from_the_builder(qtbot, opened):
    """Redaction lists…: the client's own names shown, a place typed and added with Enter,
    the preview following when the list closes; removed again, it is back."""
    from PySide6.QtCore import Qt

    controller, dialog, _seeded = opened
    click(qtbot, dialog.lists_button)
    lists = dialog_titled(qtbot, "Redaction lists")
    assert lists.client.currentText() == "C-004"
    assert lists.own.text() == "Their own names are always taken out: Robin Ames, Robin, Ames."
    assert [lists.terms.item(i).text() for i in range(lists.terms.count())] == [
        "Marcus",
        "Hebden Bridge",
    ]
    qtbot.keyClicks(lists.term, "Dunstan")
    qtbot.keyClick(lists.term, Qt.Key.Key_Return)
    assert lists.error.text() == ""
    assert lists.terms.count() == 3, [
        lists.terms.item(i).text() for i in range(lists.terms.count())
    ]
    assert lists.terms.item(2).text() == "Dunstan"
    assert lists.term.text() == ""
    qtbot.keyClicks(lists.term, "42")
    qtbot.keyClick(lists.term, Qt.Key.Key_Return)
    assert lists.error.text() == "A term needs at least one letter."
    lists.reject()
    qtbot.waitUntil(lambda: "Dunstan" not in dialog.preview.toPlainText())
    assert [b.text() for b in dialog.check_buttons()] == ["Add “Priya” to C-004's list"]

    click(qtbot, dialog.lists_button)
    lists = dialog_titled(qtbot, "Redaction lists")
    lists.terms.setCurrentRow(2)
    click(qtbot, lists.remove_button)
    assert lists.terms.count() == 2
    lists.reject()
    qtbot.waitUntil(lambda: "Dunstan" in dialog.preview.toPlainText())
    kinds = [e.kind.value for e in controller.workspace.audit.recent(2)]
    assert kinds == ["redaction_term_removed", "redaction_term_added"]
