"""The risk log's pure parts: the missed-contact rule, and the log as document blocks in
full (an export, a subject access bundle) and anonymised (a supervision summary)."""

from __future__ import annotations

import datetime as dt

from counsel_desk.domain.document import Document
from counsel_desk.domain.risk import (
    Absence,
    Risk,
    RiskAction,
    RiskLevel,
    RiskReview,
    missed_contacts,
    risk_log_blocks,
)

DAY = dt.date(2025, 3, 3)


def _risk(risk_id: int = 1, client_id: int = 4, **changes) -> Risk:
    values = {
        "id": risk_id,
        "client_id": client_id,
        "client_code": f"C-00{client_id}",
        "on": DAY,
        "disclosed": "threats from a former partner, Jo",
        "level": RiskLevel.HIGH,
        "actions": (RiskAction.SAFEGUARDING, RiskAction.SUPERVISION),
        "told": "Jo's probation officer",
        "told_on": DAY,
        "review_on": DAY + dt.timedelta(days=7),
        "reviews": (RiskReview(1, risk_id, DAY + dt.timedelta(days=7), "Jo moved away", DAY),),
    }
    values.update(changes)
    return Risk(**values)


def _text(blocks) -> str:
    return Document("t", tuple(blocks)).text()


def test_the_full_log_carries_everything_recorded() -> None:
    text = _text(risk_log_blocks([_risk()]))
    for words in ("3 Mar 2025 — High", "threats from a former partner, Jo", "Safeguarding",
                  "Jo's probation officer", "Reviewed", "Jo moved away"):  # fmt: skip
        assert words in text, words


def test_the_anonymised_log_keeps_no_free_text() -> None:
    text = _text(risk_log_blocks([_risk()], anonymised=True))
    assert "High" in text
    assert "Safeguarding referral made" in text
    assert "Jo" not in text
    assert "probation" not in text
    assert "left out" in text


def test_an_empty_log_says_so() -> None:
    assert "No risk logged." in _text(risk_log_blocks([]))


def test_missed_contact_uses_the_highest_open_risk_and_the_latest_absence() -> None:
    low = _risk(1, level=RiskLevel.LOW, reviews=())
    high = _risk(2, level=RiskLevel.HIGH, reviews=())
    closed = _risk(3, client_id=5, closed_on=DAY, reviews=())
    early = dt.datetime.combine(DAY + dt.timedelta(days=2), dt.time(10))
    late = early + dt.timedelta(days=7)
    absences = [
        Absence(10, 4, early, cancelled=True),
        Absence(11, 4, late, cancelled=False),
        Absence(12, 5, late, cancelled=False),  # an absence with only a closed risk
        Absence(13, 4, dt.datetime.combine(DAY - dt.timedelta(days=1), dt.time(9)), False),
    ]
    (prompt,) = missed_contacts([low, high, closed], absences, {})
    assert (prompt.risk_id, prompt.session_id, prompt.what) == (2, 11, "missed a session")
    assert missed_contacts([low, high], absences, {4: late + dt.timedelta(days=1)}) == []
