"""The practice: who the practitioner is and their defaults for new sessions."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PracticeProfile:
    practitioner_name: str = ""
    professional_body: str = ""
    registration_number: str = ""
    default_session_minutes: int = 50
    default_fee_pence: int = 0
    currency: str = "GBP"
