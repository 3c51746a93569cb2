"""The note list's rows: two short lines, so a narrow list still shows flags and amendments."""

from __future__ import annotations

import dataclasses
import datetime as dt

from counsel_desk.domain.notes import NoteKind, NoteStatus, NoteSummary, SaveState
from counsel_desk.ui.models.notes import NoteListModel

START = dt.datetime(2026, 5, 26, 15, 0)
PLAIN = NoteSummary(
    id=1,
    session_id=2,
    client_id=3,
    client_code="C-003",
    session_start=START,
    kind=NoteKind.SESSION,
    title="Session 14",
    status=NoteStatus.FINAL,
    risk_flag=False,
    supervision_flag=False,
    tags=(),
    amendment_count=0,
    has_draft=False,
    updated_at=START,
    finalised_at=START,
)


def test_when_kind_and_status_first_then_the_title(qapp):
    model = NoteListModel()
    assert model.display(PLAIN).splitlines() == [
        "26 May 2026 15:00 · Session note · Finalised",
        "Session 14",
    ]


def test_flags_and_amendments_follow_the_title_on_the_second_line(qapp):
    model = NoteListModel()
    flagged = dataclasses.replace(PLAIN, risk_flag=True, supervision_flag=True, amendment_count=1)
    first, second = model.display(flagged).splitlines()
    assert first == "26 May 2026 15:00 · Session note · Finalised"
    assert second == "Session 14 · 1 amendment(s) · flagged: risk, supervision"
    untitled = dataclasses.replace(
        PLAIN, title="", supervision_flag=True, status=NoteStatus.DRAFT, has_draft=True
    )
    assert model.display(untitled).splitlines() == [
        "26 May 2026 15:00 · Session note · Draft, autosaved",
        "flagged: supervision",
    ]


def test_the_status_says_where_the_text_stands_in_the_editors_words(qapp):
    model = NoteListModel()
    for status, has_draft, words in (
        (NoteStatus.DRAFT, True, "Draft, autosaved"),
        (NoteStatus.DRAFT, False, "Draft, saved"),
        (NoteStatus.FINAL, False, "Finalised"),
    ):
        row = dataclasses.replace(PLAIN, status=status, has_draft=has_draft)
        assert model.display(row).splitlines()[0].endswith(f" · {words}")
        assert SaveState.of(status, has_draft).label == words
