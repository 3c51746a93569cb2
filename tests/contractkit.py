"""Helpers for the contract tests: a practice with every detail a template asks for, a
client, the shipped templates, and versions drafted and agreed from them."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from counsel_desk.domain.contract.history import ContractHistory
from counsel_desk.domain.contract.parties import ClientFacts, ContractDefaults, PracticeDetails
from counsel_desk.domain.contract.template import ContractTemplate
from counsel_desk.domain.contract.terms import Terms
from counsel_desk.domain.contract.version import AgreedHow, ContractVersion
from counsel_desk.domain.practice import PracticeProfile
from counsel_desk.services.contract_templates import builtin_contract_templates

TODAY = dt.date(2025, 3, 14)
FIRST_CONTACT = dt.date(2024, 1, 8)

PRACTICE = PracticeDetails(
    practitioner_name="Sam Rivers",
    professional_body="the Guild of Counsellors",
    registration_number="GC-40213",
    practice_address="Room 3, 12 Mill Lane, Harrowfield",
    contact_email="sam@rivers-counselling.example",
    contact_phone="07700 900123",
    how_to_pay="by bank transfer within a week of each session",
    online_platform="a video service with end-to-end encryption",
    records_kept_years=7,
    clinical_will_contact="Jo Park, a counsellor I have known for many years",
)
TERMS = Terms(fee_pence=6000, client_notice_hours=48, practitioner_notice_hours=72)
DEFAULTS = ContractDefaults(PRACTICE, TERMS)
CLIENT = ClientFacts("C-014", "Alex Morgan", FIRST_CONTACT)


def practice_profile(**changes: object) -> PracticeProfile:
    """A practice profile with every detail the shipped templates ask for (£60, 48 hours)."""
    details = {name: getattr(PRACTICE, name) for name in PRACTICE.__dataclass_fields__}
    return replace(
        PracticeProfile(default_fee_pence=6000, client_notice_hours=48, **details), **changes
    )


def template(template_id: str = "individual") -> ContractTemplate:
    found = builtin_contract_templates().get(template_id)
    assert found is not None, f"no shipped template {template_id}"
    return found


def draft(template_id: str = "individual", client_id: int = 7) -> ContractVersion:
    return ContractHistory([]).start(client_id, DEFAULTS, template(template_id))


def agreed_history(*days: dt.date, notice: tuple[int, ...] = ()) -> ContractHistory:
    """A history of versions agreed on ``days`` in turn; version n asks the client for
    ``notice[n-1]`` hours (48 when not given)."""
    history = ContractHistory([])
    for n, day in enumerate(days, start=1):
        version = history.start(7, DEFAULTS, template() if n == 1 else None)
        hours = notice[n - 1] if n <= len(notice) else 48
        version = replace(version, terms=replace(version.terms, client_notice_hours=hours))
        history = history.with_changes(version)
        history = history.with_changes(
            *history.agree(n, day, AgreedHow.IN_SESSION, client=CLIENT, today=max(day, TODAY))
        )
    return history
