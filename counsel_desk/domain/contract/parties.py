"""Who a contract is between, as the placeholders of its clauses need them.

``PracticeDetails`` is the part of the practice profile a contract quotes (the practitioner,
their professional body and registration, how to reach them and to pay, who would contact
clients if the practitioner could not). A version keeps its own copy, taken while it is a
draft and frozen once agreed, so a later change to the profile never rewrites an agreement.
``ClientFacts`` are read when a version is shown or checked, never kept in it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from counsel_desk.domain.contract.terms import Terms


@dataclass(frozen=True)
class PracticeDetails:
    """What a contract says about the practitioner and the practice. Empty text is unknown:
    a clause that needs it is flagged by the checklist until the profile says it."""

    practitioner_name: str = ""
    professional_body: str = ""
    registration_number: str = ""
    practice_address: str = ""  # where in-person sessions happen
    contact_email: str = ""
    contact_phone: str = ""
    how_to_pay: str = ""  # follows "Please pay", e.g. "by bank transfer within a week"
    online_platform: str = ""  # e.g. "a video service with end-to-end encryption"
    records_kept_years: int = 7  # after the last session
    clinical_will_contact: str = ""  # who would contact clients, e.g. "a colleague, Jo Park"


@dataclass(frozen=True)
class ClientFacts:
    """The client as a contract needs them: by code, and by name only when the caller gives
    one (the client's own copy); the first contact date bounds when an agreement can start."""

    code: str
    name: str = ""
    first_contact: dt.date | None = None

    @property
    def named(self) -> str:
        return self.name.strip() or self.code


@dataclass(frozen=True)
class ContractDefaults:
    """The practice profile's defaults: where a new contract starts, and the terms that
    attendance is judged by while a client has no agreed contract."""

    practice: PracticeDetails = field(default_factory=PracticeDetails)
    terms: Terms = field(default_factory=Terms)
