"""A subject access bundle holds one client's records and no other's: every client gets a
sentinel of their own in every kind of record that holds words (name, contact details,
notes, amendments, drafts, redaction list, risk entries, boundaries and their events,
ruptures and repairs, reflections, flags set aside, supervision), and each client's bundle
(the PDF's text as a reader extracts it, the JSON, the names of the files) holds all of
theirs and none of the others'. The folder is 0700, its files 0600."""

from __future__ import annotations

import datetime as dt
import stat
import uuid
from pathlib import Path

import pytest
from renderkit import page_texts

from counsel_desk.domain.clients import ClientDraft, ClientIdentity
from counsel_desk.domain.contract.boundaries import BoundaryEvent, BoundaryKind, Initiator
from counsel_desk.domain.reflection import Condition
from counsel_desk.domain.risk import RiskDraft, RiskLevel
from counsel_desk.domain.sessions import SessionDraft, SessionStatus
from counsel_desk.domain.supervision import SupervisionSession
from counsel_desk.render.subject_access import save_bundle
from counsel_desk.services.workspace import Workspace

TODAY = dt.date(2026, 6, 1)


def _plant(ws: Workspace, code: str, token: str) -> None:
    """A client whose every worded record carries ``token``."""
    client = ws.clients.add(
        ClientDraft(
            code,
            identity=ClientIdentity(
                full_name=f"Name{token} Surname",
                preferred_name=f"Pref{token}",
                email=f"mail{token.lower()}@example.org",
                address=f"1 Street{token}, Town",
                emergency_contact=f"Contact{token}",
            ),
        ),
        [
            SessionDraft(
                0,
                dt.datetime(2026, 3, 2, 10) + dt.timedelta(weeks=w),
                status=SessionStatus.ATTENDED,
            )
            for w in range(3)
        ],
    )
    sessions = sorted(ws.sessions.for_client(client.id), key=lambda s: s.start)
    first = sessions[0]
    note = ws.notes.create(first.id, title=f"Title{token}")
    ws.notes.finalise(note.id, f"Body{token} said a great deal.")
    ws.notes.amend(note.id, f"Amend{token} later.", f"Reason{token}")
    draft = ws.notes.create(sessions[1].id, title="Draft")
    ws.notes.save(draft.id, f"Draft{token} unfinished.")
    ws.redaction.add(client.id, f"Redact{token}")
    ws.risks.add(
        RiskDraft(
            client.id,
            dt.date(2026, 3, 2),
            f"Risk{token}",
            RiskLevel.LOW,
            told=f"Told{token}",
            told_on=dt.date(2026, 3, 2),
            review_on=dt.date(2026, 4, 2),
        )
    )
    ws.boundaries.add_own(client.id, f"Boundary{token}", f"Text{token}")
    ws.boundaries.log(
        BoundaryEvent(
            client.id,
            dt.date(2026, 3, 3),
            BoundaryKind.GIFT,
            Initiator.CLIENT,
            f"Event{token}",
            f"Done{token}",
        ),
        today=TODAY,
    )
    rupture = ws.ruptures.log(sessions[1].id, "withdrawal", f"Rupture{token}")
    ws.ruptures.repair(rupture.id, dt.date(2026, 3, 16), f"Repair{token}")
    ws.reflections.record(sessions[2].id, [(Condition.TRUST_AND_SAFETY, 2, f"Word{token}")])
    ws.supervision.log(
        SupervisionSession(
            dt.date(2026, 3, 20), "Supervisor", 60, client_ids=(client.id,), notes=f"Sup{token}"
        ),
        today=TODAY,
    )


PLACES = (
    "Name",
    "Pref",
    "mail",
    "Street",
    "Contact",
    "Title",
    "Body",
    "Amend",
    "Reason",
    "Draft",
    "Redact",
    "Risk",
    "Told",
    "Boundary",
    "Text",
    "Event",
    "Done",
    "Rupture",
    "Repair",
    "Word",
    "Sup",
)


@pytest.fixture
def planted(workspace: Workspace) -> dict[str, str]:
    tokens = {code: uuid.uuid4().hex[:10].upper() for code in ("A-001", "B-002", "C-003")}
    for code, token in tokens.items():
        _plant(workspace, code, token)
    return tokens


@pytest.mark.parametrize("code", ["A-001", "B-002"])
def test_a_bundle_holds_its_client_and_no_other(
    workspace: Workspace, planted: dict[str, str], tmp_path: Path, qapp: object, code: str
) -> None:
    client = workspace.subject_access.client_by_code(code)
    out = tmp_path / "out"
    out.mkdir()
    folder = save_bundle(workspace.subject_access, client.id, out)
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    files = sorted(folder.iterdir())
    assert [p.suffix for p in files] == [".json", ".pdf"]
    for path in files:
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    pdf_text = " ".join(page_texts(files[1].read_bytes()))
    json_text = files[0].read_text(encoding="utf-8")
    names = " ".join(p.name for p in [folder, *files])
    mine = planted[code]
    for place in PLACES:
        expected = f"{place}{mine}".lower() if place == "mail" else f"{place}{mine}"
        assert expected in json_text, place
        assert expected in pdf_text, place
    for other, token in planted.items():
        if other == code:
            continue
        for haystack in (pdf_text, json_text, names):
            assert token.casefold() not in haystack.casefold(), other
            assert other not in haystack
