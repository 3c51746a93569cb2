"""A note as a document to print or save: facts, text, amendments, code never name; and
the audit entries that say it left (never its words)."""

from __future__ import annotations

import datetime as dt

import pytest

from counsel_desk.domain.clients import ClientDraft, ClientIdentity
from counsel_desk.domain.document import (
    BulletList,
    ExportFormat,
    Heading,
    Paragraph,
    Rule,
    inline_text,
)
from counsel_desk.domain.notes import NoteKind
from counsel_desk.domain.preferences import Jurisdiction
from counsel_desk.domain.sessions import Modality, SessionDraft
from counsel_desk.render.markdown import write_markdown
from counsel_desk.storage.errors import NotFound

NAME = "Morwenna Trelawney"
BODY = "## What the client brought\n\nTalked about the **allotment**.\n\n- sleep\n- work\n"
PRINTED = dt.datetime(2026, 11, 26, 16, 5)


@pytest.fixture
def note(workspace):
    client = workspace.clients.add(
        ClientDraft(code="C-014", identity=ClientIdentity(full_name=NAME, preferred_name="Wenna"))
    )
    session = workspace.sessions.add(
        SessionDraft(client.id, dt.datetime(2026, 11, 24, 14, 0), 50, Modality.ONLINE)
    )
    note = workspace.notes.create(session.id, title=f"About {NAME}'s week")
    workspace.notes.save(note.id, BODY)
    return note


def test_a_draft_note_reads_as_on_paper(workspace, note) -> None:
    doc = workspace.exports.note_document(note.id, printed_at=PRINTED)
    assert doc.title == "Session note — C-014"
    facts = dict(doc.metadata)
    assert facts["Client"] == "C-014"
    assert facts["Session"] == "Tue 24 Nov 2026, 14:00–14:50 · Online · Scheduled"
    assert facts["Status"].startswith("Draft, not finalised (last saved ")
    assert doc.blocks[0] == Heading("What the client brought", 2)
    assert isinstance(doc.blocks[1], Paragraph)
    assert isinstance(doc.blocks[2], BulletList)
    assert [inline_text(item) for item in doc.blocks[2].items] == ["sleep", "work"]
    assert doc.footer == "Confidential · C-014 · Session note · printed Thu 26 Nov 2026, 16:05"


def test_a_finalised_note_carries_every_amendment_after_the_original(workspace, note) -> None:
    workspace.notes.finalise(note.id)
    workspace.notes.amend(note.id, "She meant the *other* allotment.", "Misheard")
    workspace.notes.amend(note.id, "Second correction.", "Date was wrong")
    workspace.notes.set_flags(note.id, risk=True, supervision=True, question="Pace?")
    workspace.notes.set_tags(note.id, ["sleep", "family"])
    doc = workspace.exports.note_document(note.id, printed_at=PRINTED)
    facts = dict(doc.metadata)
    assert facts["Status"].startswith("Finalised ")
    assert facts["Amendments"] == "2 (below the original text)"
    assert facts["Flags"] == "Risk; Bring to supervision"
    assert facts["Question for supervision"] == "Pace?"
    assert facts["Tags"] == "family, sleep"
    text = doc.text()
    order = [
        text.index("Talked about the allotment."),
        text.index("\nAmendments\n"),  # the heading, after the facts
        text.index("Amendment 1 — "),
        text.index("Misheard"),
        text.index("She meant the other allotment."),
        text.index("Amendment 2 — "),
        text.index("Second correction."),
    ]
    assert order == sorted(order)
    assert Rule() in doc.blocks
    md = write_markdown(doc)
    assert "**Reason:** Misheard" in md
    assert "She meant the *other* allotment." in md


def test_the_client_is_named_by_code_only(workspace, note) -> None:
    doc = workspace.exports.note_document(note.id, printed_at=PRINTED)
    everything = doc.text() + write_markdown(doc)
    assert "Morwenna" in everything  # the practitioner's own title says it: theirs to write
    without_title = everything.replace(f"About {NAME}'s week", "")
    assert "Morwenna" not in without_title
    assert "Trelawney" not in without_title
    assert "Wenna" not in without_title
    name = workspace.exports.suggested_file_name(note.id)
    assert name == "C-014 2026-11-24 session note"


def test_a_process_note_is_named_for_the_jurisdiction(workspace, note) -> None:
    process = workspace.notes.create(note.session_id, kind=NoteKind.PROCESS)
    uk = workspace.exports.note_document(process.id, printed_at=PRINTED)
    us = workspace.exports.note_document(
        process.id, printed_at=PRINTED, jurisdiction=Jurisdiction.US
    )
    assert uk.title == "Process note — C-014"
    assert us.title == "Psychotherapy note — C-014"
    assert workspace.exports.suggested_file_name(process.id, Jurisdiction.US) == (
        "C-014 2026-11-24 psychotherapy note"
    )
    assert uk.blocks == (Paragraph(uk.blocks[0].spans),)  # an empty note says so
    assert "(This note has no text.)" in uk.text()


def test_saving_and_printing_are_audited_without_a_word_of_the_note(workspace, note) -> None:
    workspace.exports.record_saved(note.id, ExportFormat.PDF, "/home/me/C-014.pdf")
    workspace.exports.record_printed(note.id, "Office laser")
    events = [(e.kind, e.detail) for e in workspace.audit.recent(2)]
    assert events == [
        ("note_printed", {"note": note.id, "to": "printer"}),
        ("note_exported", {"note": note.id, "format": "pdf", "to": "file"}),
    ]
    # Neither the path (which could name a client) nor the printer's name is kept.
    stored = workspace.vault.conn.execute("SELECT group_concat(detail) FROM audit_log").fetchone()
    for text in ("allotment", "C-014", "/home/me", "Office laser"):
        assert text not in stored[0]


def test_a_missing_note_is_a_sentence(workspace) -> None:
    with pytest.raises(NotFound):
        workspace.exports.note_document(12345)
