"""The supervision summary through its services: a client with a real-sounding name and a
redaction list, notes and boundary events that mention those names (possessives, lower
case, accents off), built for a month: codes only, every name gone, dates as weeks, the
"check these" words, sections present only when their data is; the redaction list's
additions audited by ids; saving audited with no content."""

from __future__ import annotations

import datetime as dt

import pytest

from counsel_desk.domain.anonymise import MARKER
from counsel_desk.domain.attendance import Attendance
from counsel_desk.domain.clients import ClientDraft, ClientIdentity
from counsel_desk.domain.contract.boundaries import BoundaryEvent, BoundaryKind, Initiator
from counsel_desk.domain.document import ExportFormat
from counsel_desk.domain.errors import ValidationError
from counsel_desk.domain.notes import NoteDetails, NoteKind
from counsel_desk.domain.sessions import SessionDraft, SessionStatus
from counsel_desk.services.summary import SummaryRequest
from counsel_desk.services.workspace import Workspace

FIRST = dt.date(2025, 3, 3)  # a Monday: the first session, week 1
MONTH = (dt.date(2025, 4, 1), dt.date(2025, 4, 30))


@pytest.fixture
def practice(workspace: Workspace) -> dict[str, int]:
    ws = workspace
    zoe = ws.clients.add(
        ClientDraft(
            "C-014",
            first_contact=FIRST - dt.timedelta(days=7),
            identity=ClientIdentity(full_name="Zoë Hartley-Brown", preferred_name="Zo"),
        ),
        [
            SessionDraft(0, dt.datetime.combine(FIRST, dt.time(10)) + dt.timedelta(weeks=n))
            for n in range(9)
        ],
    )
    quiet = ws.clients.add(ClientDraft("C-020", identity=ClientIdentity(full_name="Ann Lee")))
    ws.redaction.add(zoe.id, "Marcus")
    ws.redaction.add(zoe.id, "Hebden Bridge")
    sessions = ws.sessions.for_client(zoe.id)
    by_day = {s.start.date(): s for s in sessions}
    week6 = by_day[FIRST + dt.timedelta(weeks=5)]  # 7 April 2025: week 6
    ws.attendance.record(week6.id, Attendance(status=SessionStatus.ATTENDED))
    cancelled = by_day[FIRST + dt.timedelta(weeks=6)]
    ws.attendance.record(
        cancelled.id, Attendance(status=SessionStatus.CANCELLED_BY_CLIENT, notice_hours=3)
    )
    note = ws.notes.create(week6.id)
    ws.notes.save(note.id, "Zoë talked about Marcus.")
    ws.notes.set_details(
        note.id,
        NoteDetails(
            NoteKind.SESSION,
            None,
            (),
            False,
            True,
            "Why does zoe's anger at MARCUS in hebden bridge land on me, as Priya says?",
        ),
    )
    ws.boundaries.log(
        BoundaryEvent(
            zoe.id,
            dt.date(2025, 4, 9),
            BoundaryKind.CONTACT,
            Initiator.CLIENT,
            "Zo emailed on 8 April 2025 about Marcus's visit; Jonah rang too.",
            "Replied once, briefly.",
        )
    )
    return {"zoe": zoe.id, "quiet": quiet.id}


def test_the_month_names_no_one_and_shows_what_exists(
    workspace: Workspace, practice: dict[str, int]
) -> None:
    ws = workspace
    assert ws.summary.suggested(*MONTH) == [practice["zoe"]]
    summary = ws.summary.build(SummaryRequest(*MONTH, (practice["zoe"], practice["quiet"])))
    text = summary.document.text()
    folded = text.casefold()
    for name in ("zoë", "zoe", "hartley", "brown", "marcus", "hebden", "bridge"):
        assert name not in folded, name
    assert "C-014" in text
    assert "C-020" in text
    assert f"Why does {MARKER}'s anger at {MARKER} in {MARKER} land on me, as Priya says?" in text
    assert f"{MARKER} emailed on week 6 about {MARKER}'s visit" in text  # 8 April: week 6
    assert "week 6 · Contact between sessions (the client began it)." in text
    assert "Question: " in text
    assert "Cancelled by the client 1 1" in text  # at short notice (3 hours)
    assert "Nothing recorded for this client in the period." in text  # C-020
    assert summary.to_check == {practice["zoe"]: ("Jonah", "Priya"), practice["quiet"]: ()}
    assert summary.redactions == text.count(MARKER) - 1 >= 5  # not the line explaining it
    headings = [b.text for b in summary.document.blocks if type(b).__name__ == "Heading"]
    assert headings == [
        "C-014",
        "Attendance",  # no contract yet: no Contract section
        "The working relationship",  # the timeline picture: a boundary event is a mark
        "Boundary events",
        "Notes flagged for supervision",
        "C-020",
    ]


def test_adding_a_word_to_check_takes_it_out_next_time(
    workspace: Workspace, practice: dict[str, int]
) -> None:
    ws = workspace
    request = SummaryRequest(*MONTH, (practice["zoe"],))
    entries = ws.audit.count()
    listed = ws.redaction.add(practice["zoe"], "priya")
    assert "priya" in listed.terms
    assert ws.redaction.add(practice["zoe"], "PRIYA") == listed  # already there: nothing
    assert ws.audit.count() == entries + 1
    (entry,) = [e for e in ws.audit.recent(1)]
    assert entry.kind.value == "redaction_term_added"
    assert set(entry.detail) == {"client", "term"}
    summary = ws.summary.build(request)
    assert "Priya" not in summary.document.text()
    assert summary.to_check[practice["zoe"]] == ("Jonah",)
    term_id = next(i for i, t in listed.added if t == "priya")
    ws.redaction.remove(practice["zoe"], term_id)
    assert "Priya" in ws.summary.build(request).document.text()


def test_dates_as_written_when_asked(workspace: Workspace, practice: dict[str, int]) -> None:
    summary = workspace.summary.build(
        SummaryRequest(*MONTH, (practice["zoe"],), relative_dates=False)
    )
    text = summary.document.text()
    assert "9 Apr 2025 · Contact between sessions" in text
    assert f"emailed on {MARKER} about" in text  # a date in the words: never as written
    assert "week " not in text


@pytest.mark.parametrize(
    ("request_", "words"),
    [
        (SummaryRequest(MONTH[1], MONTH[0], (1,)), "ends before it begins"),
        (SummaryRequest(dt.date(2020, 1, 1), dt.date(2025, 1, 1), (1,)), "two years or less"),
        (SummaryRequest(*MONTH, ()), "at least one client"),
        (SummaryRequest(*MONTH, (999,)), "no longer exists"),
    ],
)
def test_a_request_that_cannot_be_built_is_a_sentence(
    workspace: Workspace, practice: dict[str, int], request_: SummaryRequest, words: str
) -> None:
    with pytest.raises(ValidationError, match=words):
        workspace.summary.build(request_)


def test_saving_is_audited_with_no_content(workspace: Workspace, practice: dict[str, int]) -> None:
    request = SummaryRequest(*MONTH, (practice["zoe"], practice["quiet"]))
    workspace.summary.record_saved(request, ExportFormat.PDF)
    (entry,) = workspace.audit.recent(1)
    assert (entry.kind.value, entry.detail) == (
        "summary_exported",
        {"format": "pdf", "to": "file", "clients": 2},
    )
    assert workspace.audit.check().ok


def test_a_bad_term_is_a_sentence(workspace: Workspace, practice: dict[str, int]) -> None:
    with pytest.raises(ValidationError, match="at least one letter"):
        workspace.redaction.add(practice["zoe"], "1234")
    own = workspace.redaction.for_client(practice["zoe"]).own
    assert set(own) >= {"Zoë Hartley-Brown", "Zo", "Zoë", "Hartley", "Brown", "Hartley-Brown"}


def test_the_risk_log_appears_with_its_shape_and_none_of_its_words(
    workspace: Workspace, practice: dict[str, int]
) -> None:
    """Level, what was done and how it stands, in weeks of the work; never what was
    disclosed, who was told or a review's words (free text that can name people)."""
    from counsel_desk.domain.risk import RiskAction, RiskDraft, RiskLevel

    ws = workspace
    zoe = practice["zoe"]
    risk = ws.risks.add(
        RiskDraft(
            zoe,
            dt.date(2025, 4, 7),  # week 6
            "Zo spoke of overdosing after Marcus left",
            RiskLevel.HIGH,
            (RiskAction.SAFETY_PLAN, RiskAction.SUPERVISION),
            told="Dr Okafor at the Calder surgery",
            told_on=dt.date(2025, 4, 8),
            review_on=dt.date(2025, 4, 14),
        )
    )
    ws.risks.review(risk.id, dt.date(2025, 4, 14), "Safer; Tamsin is staying", dt.date(2025, 4, 21))
    ws.risks.close(risk.id, dt.date(2025, 4, 21), "Settled since Marcus moved to Leeds")
    later = dt.date(2025, 6, 2)
    ws.risks.add(RiskDraft(zoe, later, "a quokka bite", RiskLevel.LOW, review_on=later))
    summary = ws.summary.build(SummaryRequest(*MONTH, (zoe,)))
    text = summary.document.text()
    for words in ("overdos", "okafor", "calder", "safer", "tamsin", "settled", "leeds", "quokka"):
        assert words not in text.casefold(), words
    for day in ("7 Apr 2025", "8 Apr 2025", "14 Apr 2025", "21 Apr 2025"):
        assert day not in text, day  # weeks of the work, as everywhere in the summary
    assert "week 6 · High. What was done: " in text
    assert "Now closed week 8; reviewed 1 time." in text
    assert text.count(" · Low.") == 0  # logged after the period: not in it
    headings = [b.text for b in summary.document.blocks if type(b).__name__ == "Heading"]
    assert headings[:5] == [
        "C-014",
        "Attendance",
        "The working relationship",  # its picture: risk and boundary events are marks
        "Risk and safeguarding",
        "Boundary events",
    ]


def test_the_working_relationship_in_weeks_with_none_of_its_words(
    workspace: Workspace, practice: dict[str, int]
) -> None:
    """Scores in order with the cutoff, the possible-rupture flags and the ruptures with
    their repairs; never a rupture's or repair's words, nor a date as written."""
    ws = workspace
    zoe = practice["zoe"]
    by_day = {s.start.date(): s for s in ws.sessions.for_client(zoe)}
    weeks = [by_day[FIRST + dt.timedelta(weeks=n)] for n in range(9)]
    for n in (4, 5, 6):  # weeks 5, 6, 7: the first before the period
        ws.attendance.record(weeks[n].id, Attendance(status=SessionStatus.ATTENDED))
    ws.measures.record_score(weeks[4].id, "srs", total="38")
    ws.measures.record_score(weeks[5].id, "srs", total="39")
    ws.measures.record_score(weeks[6].id, "srs", total="33.5")
    rupture = ws.ruptures.log(weeks[6].id, "withdrawal", "Zo went quiet when Marcus came up")
    ws.ruptures.repair(rupture.id, FIRST + dt.timedelta(weeks=7), "Named it; Tamsin helped")
    summary = ws.summary.build(SummaryRequest(*MONTH, (zoe,)))
    text = summary.document.text()
    assert "SRS: 39 (week 6) · 33.5 (week 7); its cutoff is 36." in text
    assert "week 7 · Possible rupture: score past the cutoff." in text
    assert "week 7 · Rupture: withdrawal, repaired week 8." in text
    for words in ("went quiet", "named it", "tamsin", "38 (week 5)", "14 apr 2025", "21 apr"):
        assert words not in text.casefold(), words
    headings = [b.text for b in summary.document.blocks if type(b).__name__ == "Heading"]
    assert "The working relationship" in headings


def test_a_possible_rupture_or_an_open_rupture_suggests_the_client(
    workspace: Workspace, practice: dict[str, int]
) -> None:
    ws = workspace
    day = dt.datetime(2025, 4, 8, 15)
    flagged, ruptured, steady = (
        ws.clients.add(ClientDraft(code), [SessionDraft(0, day)])
        for code in ("C-031", "C-032", "C-033")
    )
    for client in (flagged, ruptured, steady):
        session = ws.sessions.for_client(client.id)[0]
        ws.attendance.record(session.id, Attendance(status=SessionStatus.ATTENDED))
        ws.measures.record_score(session.id, "srs", total="30" if client is flagged else "39")
        if client is ruptured:
            ws.ruptures.log(session.id, "confrontation", "a cross word")
    suggested = ws.summary.suggested(*MONTH)
    assert flagged.id in suggested  # an SRS under its cutoff
    assert ruptured.id in suggested  # not yet repaired
    assert steady.id not in suggested
    assert practice["zoe"] in suggested  # a flagged note and a boundary event, as before
    assert ws.summary.suggested(dt.date(2025, 5, 1), dt.date(2025, 5, 31)) == [ruptured.id]
