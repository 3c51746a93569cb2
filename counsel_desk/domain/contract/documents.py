"""A contract version, and a comparison of two, as the render layer's neutral document
(:mod:`counsel_desk.domain.document`), ready to print or save as PDF, HTML or Markdown.

The contract reads as the client's copy: the parties, each clause switched on (with its
placeholders filled), the terms at a glance, then where the agreement stands and, for a
draft, lines to sign. The client is named only when the caller gives a name; the footer on
every page carries the code alone.
"""

from __future__ import annotations

import datetime as dt

from counsel_desk.domain.contract.compare import Change, Comparison, Piece
from counsel_desk.domain.contract.parties import ClientFacts
from counsel_desk.domain.contract.placeholders import fill, placeholder_values
from counsel_desk.domain.contract.terms import term_rows
from counsel_desk.domain.contract.version import (
    AgreedHow,
    ContractStatus,
    ContractVersion,
    format_date,
)
from counsel_desk.domain.document import Block, Document, Heading, Paragraph, Span, Table
from counsel_desk.domain.markup import note_blocks

SIGN_LINE = "_" * 28
DATE_LINE = "_" * 14


def _printed(at: dt.datetime) -> str:
    return f"{at:%a} {at.day} {at:%b %Y}, {at:%H:%M}"


def _client(client: ClientFacts) -> str:
    return f"{client.name.strip()} ({client.code})" if client.name.strip() else client.code


def _practitioner(version: ContractVersion) -> str:
    practice = version.practice
    parts = [practice.practitioner_name.strip()]
    if practice.professional_body.strip():
        registered = practice.professional_body.strip()
        if practice.registration_number.strip():
            registered += f", registration {practice.registration_number.strip()}"
        parts.append(registered)
    return " · ".join(p for p in parts if p) or "(not yet in the practice profile)"


def _aside(text: str) -> Paragraph:
    return Paragraph((Span(text, emphasis=True),))


def _agreement_blocks(version: ContractVersion, client: ClientFacts) -> list[Block]:
    agreement = version.agreement
    if agreement is None:
        who = version.practice.practitioner_name.strip() or "Practitioner"
        return [
            _aside(
                "This is a draft for us to talk through: nothing is agreed until we both "
                "sign it or say so."
            ),
            Paragraph((Span(f"{client.named}: {SIGN_LINE}    Date: {DATE_LINE}"),)),
            Paragraph((Span(f"{who}: {SIGN_LINE}    Date: {DATE_LINE}"),)),
        ]
    how = {
        AgreedHow.SIGNED_PAPER: "signed on paper by both of us",
        AgreedHow.IN_SESSION: "agreed together in a session",
        AgreedHow.BY_EMAIL: "agreed by email",
    }[agreement.how]
    when = Span(f"Agreed on {format_date(agreement.on)}", strong=True)
    blocks: list[Block] = [Paragraph((when, Span(f", {how}.")))]
    if version.status is ContractStatus.SUPERSEDED and version.superseded_on:
        replaced = format_date(version.superseded_on)
        blocks.append(_aside(f"Replaced by a later version on {replaced}."))
    return blocks


def contract_document(
    version: ContractVersion, client: ClientFacts, *, printed_at: dt.datetime
) -> Document:
    """``version`` as its reader sees it (``printed_at``: local wall-clock time)."""
    facts = [
        ("Client", _client(client)),
        ("Practitioner", _practitioner(version)),
        ("Version", f"{version.number} · {version.standing}"),
    ]
    if version.review_on is not None and version.status is not ContractStatus.SUPERSEDED:
        facts.append(("Review planned", format_date(version.review_on)))
    values = placeholder_values(version.terms, version.practice, client)
    blocks: list[Block] = []
    terms_shown = False
    for clause in version.clauses:
        if not clause.enabled or clause.is_empty:
            continue
        if clause.key == "agreement":
            blocks += _terms_blocks(version)
            terms_shown = True
        blocks.append(Heading(clause.title, 2))
        blocks += note_blocks(fill(clause.text, values).text, base_level=3)
    if not terms_shown:
        blocks += _terms_blocks(version)
    blocks += _agreement_blocks(version, client)
    return Document(
        title=version.title,
        metadata=tuple(facts),
        blocks=tuple(blocks),
        footer=(
            f"Confidential · {client.code} · contract version {version.number} · "
            f"printed {_printed(printed_at)}"
        ),
    )


def _terms_blocks(version: ContractVersion) -> list[Block]:
    heading = "What we agree" if version.agreement is None else "What we agreed"
    return [
        Heading("The terms at a glance", 2),
        Table(("Term", heading), term_rows(version.terms, to_client=True)),
    ]


# --- a comparison -------------------------------------------------------------------------


def _spans(pieces: tuple[Piece, ...]) -> tuple[Span, ...]:
    return tuple(Span(piece.text, strong=piece.changed) for piece in pieces)


def _side(number: int, pieces: tuple[Piece, ...], absent: str) -> Paragraph:
    label = Span(f"Version {number}: ", strong=True)
    if not pieces:
        return Paragraph((label, Span(absent, emphasis=True)))
    return Paragraph((label, *_spans(pieces)))


def _listed(label: str, titles: list[str]) -> Paragraph:
    return Paragraph((Span(label, strong=True), Span(", ".join(titles) + ".")))


def comparison_document(
    comparison: Comparison, client: ClientFacts, *, printed_at: dt.datetime
) -> Document:
    """What changed between two versions: the terms, then each clause that changed, with
    the changed words in bold on both sides."""
    a, b = comparison.before, comparison.after
    blocks: list[Block] = [Heading("Terms", 2)]
    changed = comparison.changed_terms
    if changed:
        blocks.append(
            Table(
                ("Term", f"Version {a.number}", f"Version {b.number}"),
                tuple((str(t.label), str(t.before), str(t.after)) for t in changed),
            )
        )
        same = [str(t.label) for t in comparison.terms if not t.changed]
        if same:
            blocks.append(Paragraph((Span("The same in both: " + ", ".join(same) + "."),)))
    else:
        blocks.append(Paragraph((Span("The terms are the same in both versions."),)))
    blocks.append(Heading("Clauses", 2))
    for row in comparison.changed_clauses:
        blocks.append(Heading(f"{row.title} — {row.change.label.lower()}", 3))
        if row.retitled_from:
            blocks.append(_aside(f"Called “{row.retitled_from}” in version {a.number}."))
        before_absent = (
            "(switched off)" if row.change is Change.SWITCHED_ON else "(not in this version)"
        )
        after_absent = (
            "(switched off)" if row.change is Change.SWITCHED_OFF else "(not in this version)"
        )
        blocks.append(_side(a.number, row.before, before_absent))
        blocks.append(_side(b.number, row.after, after_absent))
    same = [row for row in comparison.clauses if row.change is Change.SAME]
    unchanged = [row.title for row in same if row.before or row.after]
    off = [row.title for row in same if not (row.before or row.after)]
    if not comparison.changed_clauses:
        blocks.append(Paragraph((Span("Every clause reads the same in both versions."),)))
    elif unchanged:
        blocks.append(_listed("Unchanged: ", unchanged))
    if off:
        blocks.append(_listed("Switched off in both: ", off))
    return Document(
        title=f"{b.title} — versions {a.number} and {b.number} compared",
        metadata=(
            ("Client", _client(client)),
            (f"Version {a.number}", str(a.standing)),
            (f"Version {b.number}", str(b.standing)),
        ),
        blocks=tuple(blocks),
        footer=(
            f"Confidential · {client.code} · contract versions {a.number} and {b.number} · "
            f"printed {_printed(printed_at)}"
        ),
    )
