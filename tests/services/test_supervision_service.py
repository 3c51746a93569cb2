"""The supervision log through its service: logged, changed and deleted with audit entries of
ids only; the clients discussed; hours by calendar and registration year; bad input a
sentence with nothing written; a client's erasure taking them out of the log."""

from __future__ import annotations

import datetime as dt

import pytest

from counsel_desk.domain.clients import ClientDraft
from counsel_desk.domain.errors import ValidationError
from counsel_desk.domain.supervision import RegistrationYear, SupervisionFormat, SupervisionSession
from counsel_desk.services.workspace import Workspace
from counsel_desk.storage.errors import NotFound

TODAY = dt.date(2025, 6, 30)


@pytest.fixture
def clients(workspace: Workspace) -> list[int]:
    return [workspace.clients.add(ClientDraft(code)).id for code in ("C-001", "C-002", "C-003")]


def _entries(ws: Workspace, *kinds: str) -> list[tuple[str, dict]]:
    return [(e.kind.value, e.detail) for e in reversed(ws.audit.recent()) if e.kind.value in kinds]


def test_logging_keeps_every_field_and_records_ids_only(
    workspace: Workspace, clients: list[int]
) -> None:
    ws = workspace
    kept = ws.supervision.log(
        SupervisionSession(
            dt.date(2025, 6, 2),
            " Dr Rowan ",
            90,
            SupervisionFormat.GROUP,
            (clients[2], clients[0]),
            "Talked about C-001's endings.",
            "Read about endings.",
        ),
        today=TODAY,
    )
    assert kept.id is not None
    assert ws.supervision.get(kept.id) == kept
    assert (kept.supervisor, kept.client_ids, kept.format) == (
        "Dr Rowan",
        (clients[0], clients[2]),
        SupervisionFormat.GROUP,
    )
    assert kept.notes == "Talked about C-001's endings."
    assert kept.actions == "Read about endings."
    assert _entries(ws, "supervision_logged") == [
        ("supervision_logged", {"supervision": kept.id, "clients": 2})
    ]
    assert ws.audit.check().ok


def test_changing_and_deleting(workspace: Workspace, clients: list[int]) -> None:
    ws = workspace
    kept = ws.supervision.log(
        SupervisionSession(dt.date(2025, 6, 2), "Dr Rowan", 60, client_ids=(clients[0],)),
        today=TODAY,
    )
    from dataclasses import replace

    changed = ws.supervision.update(
        replace(kept, minutes=75, client_ids=(clients[1], clients[2]), notes="More."),
        today=TODAY,
    )
    assert (changed.minutes, changed.client_ids, changed.notes) == (
        75,
        (clients[1], clients[2]),
        "More.",
    )
    ws.supervision.delete(kept.id)
    assert ws.supervision.sessions() == []
    with pytest.raises(NotFound, match="no longer in the log"):
        ws.supervision.get(kept.id)
    with pytest.raises(NotFound, match="no longer in the log"):
        ws.supervision.delete(kept.id)
    with pytest.raises(NotFound, match="no longer in the log"):
        ws.supervision.update(changed, today=TODAY)
    assert _entries(ws, "supervision_changed", "supervision_deleted") == [
        ("supervision_changed", {"supervision": kept.id, "clients": 2}),
        ("supervision_deleted", {"supervision": kept.id}),
    ]
    no_vault_rows = ws.vault.conn.execute("SELECT count(*) FROM supervision_clients").fetchone()
    assert no_vault_rows == (0,)


@pytest.mark.parametrize(
    ("session", "words"),
    [
        (SupervisionSession(dt.date(2025, 6, 2), "", 60), "Name the supervisor"),
        (SupervisionSession(dt.date(2025, 7, 2), "Dr Rowan", 60), "once it has happened"),
        (SupervisionSession(dt.date(2025, 6, 2), "Dr Rowan", 0), "between 5 minutes"),
        (SupervisionSession(dt.date(2025, 6, 2), "Dr Rowan", 60, client_ids=(999,)), "no longer"),
    ],
)
def test_bad_input_is_a_sentence_and_writes_nothing(
    workspace: Workspace, clients: list[int], session: SupervisionSession, words: str
) -> None:
    entries = workspace.audit.count()
    with pytest.raises(ValidationError, match=words):
        workspace.supervision.log(session, today=TODAY)
    assert workspace.supervision.sessions() == []
    assert workspace.audit.count() == entries
    assert not workspace.vault.conn.in_transaction


def test_a_session_not_yet_logged_cannot_be_changed(workspace: Workspace) -> None:
    with pytest.raises(ValidationError, match="not been logged"):
        workspace.supervision.update(SupervisionSession(TODAY, "Dr Rowan", 60), today=TODAY)


def test_hours_by_calendar_and_registration_year(workspace: Workspace) -> None:
    ws = workspace
    for on, minutes in ((dt.date(2024, 3, 10), 90), (dt.date(2024, 4, 10), 60), (TODAY, 75)):
        ws.supervision.log(SupervisionSession(on, "Dr Rowan", minutes), today=TODAY)
    hours = ws.supervision.hours()
    assert hours.registration_year == RegistrationYear(1, 1)
    assert [(t.period.label, t.minutes) for t in hours.by_year] == [("2025", 75), ("2024", 150)]
    entries = ws.audit.count()
    ws.supervision.set_registration_year(RegistrationYear(4, 1))
    assert _entries(ws, "registration_year_set") == [("registration_year_set", {})]
    ws.supervision.set_registration_year(RegistrationYear(4, 1))  # unchanged: no entry
    assert ws.audit.count() == entries + 1
    hours = ws.supervision.hours()
    assert [(t.period.label, t.minutes) for t in hours.by_registration_year] == [
        ("1 Apr 2025 to 31 Mar 2026", 75),
        ("1 Apr 2024 to 31 Mar 2025", 60),
        ("1 Apr 2023 to 31 Mar 2024", 90),
    ]
    assert ws.supervision.registration_year() == RegistrationYear(4, 1)


def test_between_and_supervisors(workspace: Workspace) -> None:
    ws = workspace
    ws.supervision.log(SupervisionSession(dt.date(2025, 1, 5), "Ann Old", 60), today=TODAY)
    ws.supervision.log(SupervisionSession(dt.date(2025, 5, 5), "Dr Rowan", 60), today=TODAY)
    ws.supervision.log(SupervisionSession(dt.date(2025, 6, 5), "Dr Rowan", 60), today=TODAY)
    assert ws.supervision.supervisors() == ["Dr Rowan", "Ann Old"]
    found = ws.supervision.between(dt.date(2025, 5, 5), dt.date(2025, 6, 4))
    assert [s.on for s in found] == [dt.date(2025, 5, 5)]
    assert [s.on for s in ws.supervision.sessions()] == [
        dt.date(2025, 6, 5),
        dt.date(2025, 5, 5),
        dt.date(2025, 1, 5),
    ]


def test_a_client_deleted_leaves_the_session_and_takes_them_out_of_it(
    workspace: Workspace, clients: list[int]
) -> None:
    """Erasure (issue #15) deletes the client's row: the link goes with it (ON DELETE
    CASCADE), the practitioner's own record of the session stays."""
    ws = workspace
    kept = ws.supervision.log(
        SupervisionSession(dt.date(2025, 6, 2), "Dr Rowan", 60, client_ids=tuple(clients[:2])),
        today=TODAY,
    )
    with ws.vault.work:
        ws.vault.conn.execute("DELETE FROM clients WHERE id = ?", (clients[0],))
    assert ws.supervision.get(kept.id).client_ids == (clients[1],)
