"""The executor pack: what a clinical executor needs to tell clients, if the practitioner
dies or cannot work, and nothing more. Pure: a ``Document`` from plain data.

For each current and recently ended client: the code, the name, the contact details, how
they agreed to be contacted and their next booked session. Never a note, a risk, a GP, a
date of birth, an ending or anything else from the record. Then a page for the executor:
where the vault is, how to open it with the recovery key, what to do and what not to do.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from counsel_desk.domain.clients import ContactPreferences
from counsel_desk.domain.document import (
    Block,
    BulletList,
    Document,
    Heading,
    PageBreak,
    Paragraph,
    Span,
    plain,
)

RECENT_DAYS = 183  # "recently ended": within about six months


@dataclass(frozen=True)
class ExecutorEntry:
    """One client as the executor sees them: contact only."""

    code: str
    name: str
    email: str
    phone: str
    address: str
    contact: ContactPreferences
    next_session: dt.datetime | None
    ended_on: dt.date | None = None  # a recently ended client


@dataclass(frozen=True)
class PackPractice:
    """The practitioner, as the executor's page names them."""

    name: str = ""
    body: str = ""
    registration: str = ""
    executor: str = ""  # who the practice's details name to contact clients


def _day(day: dt.date) -> str:
    return f"{day:%A} {day.day} {day:%B %Y}"


def _session(when: dt.datetime | None) -> str:
    if when is None:
        return "None booked"
    return f"{_day(when.date())} at {when:%H:%M}"


def _entry_blocks(entry: ExecutorEntry) -> list[Block]:
    title = f"{entry.code} — {entry.name}" if entry.name else entry.code
    lines = [
        ("Phone", entry.phone or "Not recorded"),
        ("Email", entry.email or "Not recorded"),
        ("Address", entry.address.replace("\n", ", ") or "Not recorded"),
        ("How to contact", entry.contact.summary()),
    ]
    if entry.ended_on is not None:
        lines.append(("Work ended", _day(entry.ended_on)))
    else:
        lines.append(("Next session", _session(entry.next_session)))
    items = tuple((Span(f"{label}: ", strong=True), Span(value)) for label, value in lines)
    return [Heading(title, 3), BulletList(items)]


def executor_page(practice: PackPractice, vault_folder: str) -> list[Block]:
    """What the executor should know and do: the page that opens the pack."""
    who = practice.name or "the practitioner"
    named = f" ({practice.executor})" if practice.executor else ""
    registered = ""
    if practice.body:
        registered = f" ({practice.body}" + (
            f", registration {practice.registration})" if practice.registration else ")"
        )
    return [
        Heading("For the clinical executor", 2),
        Paragraph(
            plain(
                f"You hold this pack because {who}{registered} named you{named} as their "
                "clinical executor: the person who tells their clients if they die or become "
                "unable to work. It lists each current and recently ended client with their "
                "contact details and how they agreed to be contacted, and nothing of what was "
                "said in sessions."
            )
        ),
        Heading("Where the records are", 3),
        Paragraph(
            plain(
                "The records are kept by the Counsel Desk app in an encrypted vault, a "
                f"folder on {who}'s computer: {vault_folder}. Copy the whole folder, "
                "with every file in it, before doing anything else; never copy single files "
                "out of it."
            )
        ),
        Heading("Opening the vault", 3),
        BulletList(
            (
                plain(
                    "You need the recovery key: 56 letters and digits in groups of four. "
                    f"{who} may have given you a sealed copy, or lodged one with a solicitor."
                ),
                plain(
                    "Open Counsel Desk on that computer (or install it and point it at the "
                    "copied folder), choose “Forgot passphrase?” on the unlock screen, type "
                    "the recovery key and choose a new passphrase of your own."
                ),
                (
                    Span("From a terminal the same is "),
                    Span("counsel-desk recover --vault FOLDER", strong=True),
                    Span(": it asks for the recovery key, then a new passphrase."),
                ),
            )
        ),
        Heading("What to do", 3),
        BulletList(
            (
                plain(
                    "Contact each client below in the way they agreed to, soon and plainly: "
                    "say that their counsellor cannot continue, and why as far as is kind "
                    "and lawful. Where a way is not confirmed as safe, do not use it."
                ),
                plain("Cancel their booked sessions, and tell anyone waiting to start."),
                plain(
                    "Offer other support: their GP, another counsellor, Samaritans "
                    "(116 123, free, day or night), NHS 111, or 999 in an emergency."
                ),
                plain(
                    "Tell the professional body and the insurer, and keep the records safe "
                    "for as long as the practitioner's wishes and the law ask."
                ),
            )
        ),
        Heading("What not to do", 3),
        BulletList(
            (
                plain(
                    "Do not read session notes or other records beyond what you need to "
                    "tell clients and keep the records safe."
                ),
                plain(
                    "Do not share this pack, copy the vault to an online storage service, or "
                    "delete the vault."
                ),
                plain(
                    "Do not discuss anything clients may have said in their sessions, even "
                    "if they raise it: suggest someone they can talk it through with."
                ),
                plain(
                    "This pack is not encrypted. Keep it locked away, and shred it once "
                    "every client has been told."
                ),
            )
        ),
    ]


def executor_document(
    practice: PackPractice,
    vault_folder: str,
    current: Sequence[ExecutorEntry],
    ended: Sequence[ExecutorEntry],
    *,
    written: dt.datetime,
) -> Document:
    """The pack: the executor's page, then every current client, then those recently ended."""
    blocks: list[Block] = executor_page(practice, vault_folder)
    blocks.append(PageBreak())
    blocks.append(Heading("Current clients", 2))
    if not current:
        blocks.append(Paragraph((Span("No current clients.", emphasis=True),)))
    for entry in current:
        blocks += _entry_blocks(entry)
    blocks.append(Heading("Clients whose work ended recently", 2))
    blocks.append(
        Paragraph(plain("Work that ended in the six months before this pack was written."))
    )
    if not ended:
        blocks.append(Paragraph((Span("None.", emphasis=True),)))
    for entry in ended:
        blocks += _entry_blocks(entry)
    stamp = f"{written.day} {written:%b %Y}, {written:%H:%M}"
    return Document(
        title="Executor pack",
        metadata=(
            ("Practitioner", practice.name or "Not recorded"),
            ("Written", stamp),
            ("Clients", f"{len(current)} current, {len(ended)} recently ended"),
        ),
        blocks=tuple(blocks),
        footer=f"Confidential: clients' contact details, not encrypted · written {stamp}",
    )
