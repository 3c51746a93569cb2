"""Placeholders in a clause's wording, such as ``{fee}`` or ``{client_notice}``, filled from
the version's terms, its copy of the practice details and the client. Pure.

A name in braces that is not one of :data:`PLACEHOLDERS` is reported as unknown, and a known
one with nothing to fill it (a practice profile without a registration number) as unfilled;
either is left in the text exactly as typed, so the preview shows it, and the checklist
stops the version being agreed until it is put right. Nothing is ever silently blank.
``{{`` and ``}}`` are a brace itself.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from counsel_desk.domain.contract.parties import ClientFacts, PracticeDetails
from counsel_desk.domain.contract.terms import (
    Terms,
    charge_words,
    duration_words,
    money,
    number_words,
)

_TOKEN = re.compile(r"\{\{|\}\}|\{([a-z][a-z0-9_]*)\}")
_MARKUP = re.compile(r"([\\*_`])")

# Every placeholder a clause can use, with what it is filled with (for the editor's help).
PLACEHOLDERS: dict[str, str] = {
    "client_name": "the client's name (their code when the copy carries no name)",
    "client_code": "the client's code, such as C-014",
    "practitioner_name": "your name, from the practice profile",
    "professional_body": "your professional body, from the practice profile",
    "registration_number": "your registration or membership number",
    "practice_address": "where sessions in person take place",
    "contact_email": "the email address clients use to reach you",
    "contact_phone": "the phone number clients use to reach you",
    "how_to_pay": "how to pay, following “Please pay”",
    "online_platform": "the service you use for sessions online",
    "records_kept_years": "how many years records are kept after the last session",
    "clinical_will_contact": "who would contact clients if you could not",
    "session_length": "the session length, such as “50 minutes”",
    "frequency": "how often you meet, such as “once a week”",
    "fee": "the fee for a session, such as “£60”",
    "short_notice_charge": "the charge for short notice, such as “the full fee”",
    "client_notice": "the notice the client gives to cancel, such as “48 hours”",
    "practitioner_notice": "the notice you give to cancel, such as “48 hours”",
    "late_wait": "how long you wait for a late client, such as “20 minutes”",
    "practitioner_lateness": "a sentence on what happens when you start late",
    "contact_channels": "the ways to contact you, such as “email or text message”",
    "contact_purpose": "a sentence on what contact between sessions is for",
    "reply_within": "how soon you reply, such as “two working days”",
}


@dataclass(frozen=True)
class Filled:
    """A clause's wording with its placeholders filled, and any that could not be."""

    text: str
    unknown: tuple[str, ...] = ()  # names that are not placeholders (a typo, perhaps)
    unfilled: tuple[str, ...] = ()  # placeholders with nothing to fill them yet

    @property
    def complete(self) -> bool:
        return not self.unknown and not self.unfilled


def placeholder_values(
    terms: Terms, practice: PracticeDetails, client: ClientFacts
) -> dict[str, str]:
    """The text for each placeholder; an empty string where the value is not known."""
    contact = terms.contact
    if contact.arrangements_only:
        purpose = (
            "Please use these only to arrange or change our times; anything more, I would "
            "rather we kept for our sessions."
        )
    else:
        purpose = (
            "You are welcome to send a short message between sessions; I will read it, and "
            "we can talk about it when we next meet."
        )
    years = practice.records_kept_years
    return {
        "client_name": client.named,
        "client_code": client.code,
        "practitioner_name": practice.practitioner_name,
        "professional_body": practice.professional_body,
        "registration_number": practice.registration_number,
        "practice_address": practice.practice_address,
        "contact_email": practice.contact_email,
        "contact_phone": practice.contact_phone,
        "how_to_pay": practice.how_to_pay,
        "online_platform": practice.online_platform,
        "records_kept_years": f"{number_words(years)} year{'s' if years != 1 else ''}",
        "clinical_will_contact": practice.clinical_will_contact,
        "session_length": f"{terms.session_minutes} minutes",
        "frequency": terms.frequency.words,
        "fee": money(terms.fee_pence, terms.currency),
        "short_notice_charge": charge_words(terms.short_notice_charge_percent),
        "client_notice": duration_words(terms.client_notice_hours),
        "practitioner_notice": duration_words(terms.practitioner_notice_hours),
        "late_wait": f"{terms.lateness.wait_minutes} minutes",
        "practitioner_lateness": terms.lateness.practitioner.sentence,
        "contact_channels": contact.channel_words,
        "contact_purpose": purpose,
        "reply_within": (
            f"{number_words(contact.reply_within_days)} working "
            f"day{'s' if contact.reply_within_days != 1 else ''}"
        ),
    }


def _literal(value: str) -> str:
    """A value as literal text in a clause's Markdown: on one line, no emphasis marks."""
    return _MARKUP.sub(
        r"\\\1", ", ".join(line.strip() for line in value.splitlines() if line.strip())
    )


def fill(text: str, values: Mapping[str, str]) -> Filled:
    """``text`` with each ``{name}`` replaced by ``values[name]``; what could not be filled
    is reported and kept as typed."""
    unknown: dict[str, None] = {}
    unfilled: dict[str, None] = {}

    def replace(match: re.Match[str]) -> str:
        token, name = match.group(0), match.group(1)
        if name is None:
            return token[0]  # "{{" or "}}"
        if name not in PLACEHOLDERS:
            unknown[name] = None
            return token
        value = values.get(name, "").strip()
        if not value:
            unfilled[name] = None
            return token
        return _literal(value)

    return Filled(_TOKEN.sub(replace, text), tuple(unknown), tuple(unfilled))


def placeholders_in(text: str) -> tuple[str, ...]:
    """The names in braces in ``text``, known or not, each once, in order."""
    found = dict.fromkeys(m.group(1) for m in _TOKEN.finditer(text) if m.group(1))
    return tuple(found)
