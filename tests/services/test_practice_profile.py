"""The practice profile's contract details and default terms: kept whole across a lock, the
source of a new contract's terms and of judging attendance without one, and refused with a
sentence (nothing kept) when a value is not possible. A client's first contact bounds when
an agreement or a boundary event can be."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from testkit import PASSPHRASE

from counsel_desk.domain.clients import ClientDraft
from counsel_desk.domain.contract.terms import (
    ContactChannel,
    Frequency,
    PractitionerLateness,
    Terms,
)
from counsel_desk.domain.errors import ValidationError
from counsel_desk.domain.practice import PracticeProfile, with_terms
from counsel_desk.services.workspace import unlock

PROFILE = PracticeProfile(
    practitioner_name="Dr Quinn Ellery",
    professional_body="UKCP",
    registration_number="12345",
    default_session_minutes=60,
    default_fee_pence=7500,
    currency="EUR",
    practice_address="The Old School, Ford Lane",
    contact_email="quinn@example.org",
    contact_phone="07700 900777",
    how_to_pay="by card at the end of each session",
    online_platform="a video service I will tell you about",
    records_kept_years=8,
    clinical_will_contact="Ravi Shah, a colleague",
    frequency=Frequency.FORTNIGHTLY,
    client_notice_hours=72,
    practitioner_notice_hours=168,
    short_notice_charge_percent=50,
    late_wait_minutes=15,
    practitioner_lateness=PractitionerLateness.CLIENT_CHOOSES,
    contact_channels=(ContactChannel.PHONE,),
    contact_arrangements_only=False,
    reply_within_days=3,
)


def test_every_detail_and_default_is_kept_across_a_lock(workspace) -> None:
    assert workspace.practice.save(PROFILE) == PROFILE
    folder = workspace.folder
    workspace.close()
    ws = unlock(folder, PASSPHRASE)
    try:
        assert ws.practice.get() == PROFILE
        defaults = ws.contracts.defaults()
        assert defaults.practice.clinical_will_contact == "Ravi Shah, a colleague"
        assert defaults.terms.client_notice_hours == 72
        assert defaults.terms.lateness.wait_minutes == 15
        assert defaults.terms.contact.channels == (ContactChannel.PHONE,)
    finally:
        ws.close()


def test_the_terms_go_in_and_out_of_the_profile_unchanged() -> None:
    assert with_terms(PracticeProfile(), PROFILE.terms).terms == PROFILE.terms
    assert with_terms(PROFILE, Terms()).terms == Terms()


@pytest.mark.parametrize(
    ("changes", "words"),
    [
        ({"client_notice_hours": -1}, "The client's notice period cannot be negative"),
        ({"practitioner_notice_hours": 24 * 367}, "cannot be more than a year"),
        ({"default_session_minutes": 3}, "between 5 minutes and 8 hours"),
        ({"late_wait_minutes": 61}, "up to the session's length"),
        ({"contact_channels": ()}, "at least one way"),
        ({"records_kept_years": 0}, "between 1 and 100 years"),
        ({"reply_within_days": 0}, "The time to reply must be at least 1"),
        ({"practice_address": "x" * 301}, "at most 300 characters"),
    ],
)
def test_an_impossible_value_is_a_sentence_and_nothing_is_kept(workspace, changes, words):
    workspace.practice.save(PROFILE)
    with pytest.raises(ValidationError, match=words):
        workspace.practice.save(replace(PROFILE, **changes))
    assert workspace.practice.get() == PROFILE


def test_text_is_tidied_before_it_is_kept(workspace) -> None:
    saved = workspace.practice.save(replace(PROFILE, contact_email="  q@example.org  "))
    assert saved.contact_email == "q@example.org"


def test_a_clients_first_contact_is_kept_and_checked(workspace) -> None:
    day = dt.date(2025, 1, 2)
    client = workspace.clients.add(
        ClientDraft("C-001", start_date=dt.date(2025, 1, 9), first_contact=day)
    )
    assert workspace.clients.get(client.id).first_contact == day
    ended = workspace.clients.end(client.id, dt.date(2025, 6, 1))
    assert ended.first_contact == day  # ending keeps it
    with pytest.raises(ValidationError, match="after the start date"):
        workspace.clients.add(
            ClientDraft("C-002", start_date=dt.date(2025, 1, 9), first_contact=dt.date(2025, 2, 1))
        )
    with pytest.raises(ValidationError, match="in the future"):
        workspace.clients.add(
            ClientDraft("C-003", first_contact=dt.date.today() + dt.timedelta(days=1))
        )
    assert [c.code for c in workspace.clients.list()] == ["C-001"]
