"""The subject access bundle as a document a person can read: a cover page (who it is for,
when it was made, what it holds section by section, and what the practitioner may need to
withhold before sending it), then each kind of record in plain sections.

It is built from the very subset the bundle's JSON file holds (``subject_access``), so the
two say the same: every value the PDF shows is in the JSON, and a record in the JSON is
shown in the PDF. Ids and bookkeeping times stay in the JSON only.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable, Iterable
from typing import Any

from counsel_desk.domain.audit import AuditKind
from counsel_desk.domain.clients import Client
from counsel_desk.domain.dates import day_text
from counsel_desk.domain.document import (
    Block,
    BulletList,
    Document,
    Heading,
    PageBreak,
    Paragraph,
    Rule,
    Span,
    Table,
    plain,
)
from counsel_desk.domain.markup import note_blocks

TITLE = "Subject access bundle"

# Left out of the readable pages (they are in the JSON file): ids, links, bookkeeping.
_QUIET = {
    "id",
    "created_at",
    "updated_at",
    "entered_at",
    "position",
    "revision",
    "base_revision",
    "cursor",
    "attendance_recorded_at",
}
_LABELS = {
    "code": "Client code",
    "start_date": "Work began",
    "end_date": "Work ended",
    "first_contact": "First contact",
    "full_name": "Full name",
    "date_of_birth": "Date of birth",
    "gp_name": "GP",
    "gp_practice": "GP practice",
    "gp_phone": "GP phone",
    "gp_consent": "Consent to contact the GP",
    "may_text": "May send texts",
    "may_voicemail": "May leave voicemail",
    "may_email": "May email",
    "minor": "Under 18",
    "scheduled_start": "Booked for",
    "on_date": "Date",
    "at": "When",
}
_YES_NO = {
    "may_text",
    "may_voicemail",
    "may_email",
    "minor",
    "enabled",
    "remote",
    "risk_flag",
    "supervision_flag",
    "contact_arrangements_only",
    "process_notes_only",
}
_CODE = re.compile(r"^[a-z][a-z0-9_]*$")

BEFORE_SENDING = (
    "This bundle is for you to read before anything is sent. The client is entitled to "
    "their own personal data, not to other people's: notes, reflections, risk entries and "
    "supervision records may name partners, family, friends or colleagues, and the redaction "
    "list is a list of such people and places. Withhold or redact what is about someone "
    "else, unless they have agreed or it is reasonable to share it, and anything the law "
    "lets you hold back (for example where sharing it would be likely to cause serious "
    "harm). Your professional body and the ICO's guidance on subject access can help you "
    "decide. Your reflections after sessions are about the client's sessions, so they are "
    "their personal data too and are included."
)

WITH_IT = (
    "Send with it what your privacy notice says: why you keep these records, who else may "
    "see them, how long you keep them (the last section of this bundle says), and the "
    "client's rights, including to have records corrected and to complain to the ICO."
)


def _label(name: str) -> str:
    return _LABELS.get(name) or name.replace("_", " ").capitalize()


def _value(name: str, value: Any) -> str | None:
    """A field's value as a reader would write it; None when there is nothing to show."""
    if value is None or value == "":
        return None
    if name in _YES_NO and value in (0, 1):
        return "yes" if value else "no"
    if name.endswith("_pence") and isinstance(value, int):
        return f"{value / 100:.2f}"
    if isinstance(value, str):
        if value.startswith("{") and value.endswith("}"):
            try:
                pairs = json.loads(value)
            except ValueError:
                return value
            if isinstance(pairs, dict):
                return "; ".join(
                    f"{_label(k)}: {_value(k, v)}" for k, v in pairs.items() if _value(k, v)
                )
        if re.match(r"^\d{4}-\d\d-\d\dT\d\d:\d\d", value):
            utc = value.endswith("Z")
            return value[:16].replace("T", " ") + (" UTC" if utc else "")
        if _CODE.match(value):
            return value.replace("_", " ")
    return str(value)


def _facts(row: dict[str, Any], skip: Iterable[str] = ()) -> Block | None:
    skipped = set(skip) | _QUIET
    items = []
    for name, raw in row.items():
        if name in skipped or name.endswith("_id") or isinstance(raw, list | dict):
            continue
        shown = _value(name, raw)
        if shown is not None:
            items.append((Span(f"{_label(name)}: ", strong=True), Span(shown)))
    return BulletList(tuple(items)) if items else None


def _each(rows: list[dict[str, Any]], title: Callable[[dict[str, Any]], str]) -> list[Block]:
    blocks: list[Block] = []
    for row in rows:
        blocks.append(Heading(title(row), 3))
        facts = _facts(row)
        if facts is not None:
            blocks.append(facts)
    return blocks


def _date(row: dict[str, Any], *names: str) -> str:
    for name in names:
        if row.get(name):
            return _value(name, row[name]) or ""
    return ""


def _in_order(rows: list[dict[str, Any]], key: str) -> list[dict[str, Any]]:
    """In date order (the file keeps them in the order they were added)."""
    return sorted(rows, key=lambda row: (row[key] or "", row.get("id") or 0))


def _by_year(header: tuple[str, ...], rows: list[tuple[str, ...]]) -> list[Block]:
    """A table per year (the first cell begins with the date; the year in its first
    heading), or one table when all are in one year: easier to read, and a long table is
    slow to lay out across pages (a ten-year client's sessions: 11 s as one table, about
    half as ten). No heading block between them: Qt draws a table's repeated header row
    over a heading that a page break moved to the top of the next page."""
    years: dict[str, list[tuple[str, ...]]] = {}
    for row in rows:
        years.setdefault(row[0][:4], []).append(row)
    if len(years) <= 1:
        return [Table(header, tuple(rows))] if rows else []
    blocks: list[Block] = []
    for year, in_year in years.items():
        blocks.append(Table((f"{header[0]} ({year})", *header[1:]), tuple(in_year)))
    return blocks


# --- the sections -------------------------------------------------------------------------
def _who(client: dict[str, Any]) -> list[Block]:
    blocks: list[Block] = []
    for row in (client, client.get("identity") or {}):
        facts = _facts(row)
        if facts is not None:
            blocks.append(facts)
    return blocks


def _redaction(client: dict[str, Any]) -> list[Block]:
    terms = [t["term"] for t in client["redaction_terms"]]
    if not terms:
        return []
    return [
        Paragraph(
            plain(
                "People and places the client has mentioned, kept out of anonymised "
                "supervision summaries (other people's names: see the cover page)."
            )
        ),
        BulletList(tuple(plain(t) for t in terms)),
    ]


def _lower(block: Block) -> Block:
    """A contract's own headings one level down, under the version's."""
    if isinstance(block, Heading):
        return Heading(block.text, min(4, block.level + 1))
    return block


def _contracts(client: dict[str, Any], copies: dict[int, Document]) -> list[Block]:
    """Each version: its facts, then the client's copy as written (its terms filled in),
    or its clauses as stored when no copy could be made."""
    blocks: list[Block] = []
    for version in client["contract_versions"]:
        blocks.append(Heading(f"Version {version['number']}: {version['title']}", 3))
        facts = _facts(version, skip=("number", "title", "practice"))
        if facts is not None:
            blocks.append(facts)
        copy = copies.get(version["number"])
        if copy is not None:
            blocks += [_lower(b) for b in copy.blocks]
            continue
        for clause in version["clauses"]:
            suffix = "" if clause["enabled"] else " (not part of this version)"
            blocks.append(Heading(clause["title"] + suffix, 4))
            blocks.append(Paragraph(plain(clause["text"])))
    return blocks


def _sessions(client: dict[str, Any]) -> list[Block]:
    rows = []
    for s in _in_order(client["sessions"], "scheduled_start"):
        more = _facts(s, skip=("scheduled_start", "planned_minutes", "modality", "status"))
        extra = "; ".join(
            "".join(span.text for span in item)
            for item in (more.items if isinstance(more, BulletList) else ())
        )
        rows.append(
            (
                _value("scheduled_start", s["scheduled_start"]) or "",
                str(s["planned_minutes"] or ""),
                _value("modality", s["modality"]) or "",
                _value("status", s["status"]) or "",
                extra,
            )
        )
    return _by_year(("Booked for", "Minutes", "How", "What happened", "Also recorded"), rows)


def _notes(client: dict[str, Any]) -> list[Block]:
    blocks: list[Block] = []
    for session in _in_order(client["sessions"], "scheduled_start"):
        when = _value("scheduled_start", session["scheduled_start"])
        for note in session["notes"]:
            blocks.append(Heading(f"{note['title'] or 'Note'} (session of {when})", 3))
            facts = _facts(note, skip=("title", "body", "tags"))
            if facts is not None:
                blocks.append(facts)
            if note.get("tags"):
                blocks.append(Paragraph(plain("Tags: " + ", ".join(note["tags"].split("\n")))))
            blocks.extend(note_blocks(note["body"] or "", base_level=4))
            for amendment in note["amendments"]:
                blocks.append(Rule())
                heading = f"Amendment of {_value('at', amendment['at'])}"
                if amendment["reason"]:
                    heading += f": {amendment['reason']}"
                blocks.append(Paragraph((Span(heading, strong=True),)))
                blocks.extend(note_blocks(amendment["body"], base_level=4))
            draft = note.get("draft")
            if draft:
                blocks.append(Rule())
                blocks.append(
                    Paragraph((Span("Unsaved text kept by the editor (a draft)", strong=True),))
                )
                blocks.extend(note_blocks(draft["body"] or "", base_level=4))
            for move in note["moves"]:
                facts = _facts(move)
                blocks.append(Paragraph((Span("Filed in error and moved", strong=True),)))
                if facts is not None:
                    blocks.append(facts)
    return blocks


def _scores(client: dict[str, Any]) -> list[Block]:
    rows = [
        (
            _value("on_date", s["on_date"]) or "",
            s["measure_id"],
            str(s["total"]),
            _value("completed_by", s["completed_by"]) or "",
            s["items"] or "",
        )
        for s in _in_order(client["scores"], "on_date")
    ]
    return _by_year(("Date", "Measure", "Total", "Completed by", "Items"), rows)


def _reflections(client: dict[str, Any]) -> list[Block]:
    rows = [
        (
            _value("on_date", r["on_date"]) or "",
            ", ".join(f"{_value('condition', x['condition'])} {x['rating']}" for x in r["ratings"]),
            ", ".join(x["word"] for x in r["ratings"] if x["word"]),
        )
        for r in _in_order(client["reflections"], "on_date")
    ]
    return _by_year(("Date", "Ratings (1 to 5)", "Words"), rows)


def _risks(client: dict[str, Any]) -> list[Block]:
    blocks: list[Block] = []
    for entry in client["risk_entries"]:
        blocks += _each([entry], lambda r: f"Risk entry of {_date(r, 'on_date')}")
        for review in entry["reviews"]:
            blocks.append(Paragraph((Span("Review", strong=True),)))
            facts = _facts(review)
            if facts is not None:
                blocks.append(facts)
    return blocks


def _supervision(values: dict[str, Any]) -> list[Block]:
    return _each(values["supervision_sessions"], lambda r: f"Supervision of {_date(r, 'on_date')}")


def _audit(values: dict[str, Any]) -> list[Block]:
    rows = []
    for entry in values["audit"]:
        try:
            what = AuditKind(entry["kind"]).label
        except ValueError:
            what = entry["kind"]
        rows.append((_value("at", entry["at"]) or "", what))
    return [Table(("When", "What happened"), tuple(rows))] if rows else []


def _holder(values: dict[str, Any]) -> list[Block]:
    blocks: list[Block] = []
    practice = values.get("practice") or {}
    keep = (
        "practitioner_name",
        "professional_body",
        "registration_number",
        "practice_address",
        "contact_email",
        "contact_phone",
        "clinical_will_contact",
    )
    facts = _facts({k: practice.get(k) for k in keep})
    if facts is not None:
        blocks.append(facts)
    policy = values.get("retention_policy")
    if policy:
        blocks.append(Paragraph(plain("How long records are kept after the work ends:")))
        facts = _facts(policy)
        if facts is not None:
            blocks.append(facts)
    return blocks


Section = tuple[str, Callable[[dict[str, Any], dict[str, Any]], list[Block]], str]
_COPIES = "_contract_copies"  # the contract copies, handed in beside the values

SECTIONS: tuple[Section, ...] = (
    ("Who the client is", lambda c, v: _who(c), "identity and contact details held"),
    ("Redaction list", lambda c, v: _redaction(c), "names and places kept out of summaries"),
    ("Contract", lambda c, v: _contracts(c, v[_COPIES]), "every version, with its clauses"),
    ("Sessions and attendance", lambda c, v: _sessions(c), "every session booked"),
    ("Notes", lambda c, v: _notes(c), "notes of every kind, with amendments and drafts"),
    ("Measures and scores", lambda c, v: _scores(c), "scores on questionnaires"),
    (
        "Reflections after sessions",
        lambda c, v: _reflections(c),
        "the practitioner's ratings of the work",
    ),
    (
        "Ruptures and repairs",
        lambda c, v: _each(c["ruptures"], lambda r: f"Rupture of {_date(r, 'on_date')}"),
        "strains in the working relationship",
    ),
    (
        "Boundaries",
        lambda c, v: _each(c["boundaries"], lambda r: r.get("title") or "Boundary"),
        "boundaries agreed",
    ),
    (
        "Boundary events",
        lambda c, v: _each(c["boundary_events"], lambda r: f"Event of {_date(r, 'on_date')}"),
        "what tested a boundary",
    ),
    ("Risk and safety", lambda c, v: _risks(c), "risk entries and their reviews"),
    (
        "Possible-rupture flags set aside",
        lambda c, v: _each(c["flag_dismissals"], lambda r: f"Set aside {_date(r, 'on_date')}"),
        "flags looked at and set aside",
    ),
    (
        "Records kept longer",
        lambda c, v: _each(c["retention_holds"], lambda r: f"Decision of {_date(r, 'at')}"),
        "decisions to keep records longer",
    ),
    (
        "Practice breaks",
        lambda c, v: _each(
            v["practice_breaks"], lambda r: f"{_date(r, 'first_day')} to {_date(r, 'last_day')}"
        ),
        "times the practice was closed during the work",
    ),
    ("Supervision", lambda c, v: _supervision(v), "supervision sessions that discussed the client"),
    ("Audit trail", lambda c, v: _audit(v), "what was done with these records, and when"),
    (
        "Who holds these records",
        lambda c, v: _holder(v),
        "the practitioner, and how long records are kept",
    ),
)


def bundle_document(
    values: dict[str, Any],
    client: Client,
    made: dt.datetime,
    contract_copies: dict[int, Document] | None = None,
) -> Document:
    """The readable half of the bundle, from the subset its JSON holds; ``contract_copies``
    are the client's copy of each contract version by number, as the contract tab writes
    it (their terms filled in)."""
    record = values["clients"][0]
    values = {**values, _COPIES: contract_copies or {}}
    made_text = day_text(made.date())
    parts: list[tuple[str, list[Block], str]] = [
        (title, build(record, values), what) for title, build, what in SECTIONS
    ]
    name = client.identity.full_name or client.identity.preferred_name
    practitioner = (values.get("practice") or {}).get("practitioner_name") or ""
    metadata = [("For", f"{client.code}{f' ({name})' if name else ''}"), ("Made", made_text)]
    if practitioner:
        metadata.append(("Held by", practitioner))
    contents = tuple(
        (Span(f"{title}: ", strong=True), Span(what if blocks else "nothing held"))
        for title, blocks, what in parts
    )
    cover: list[Block] = [
        Paragraph(
            plain(
                "Everything this practice's Counsel Desk vault holds about the client named "
                "above, made for a request to see it (the right of access, UK GDPR Article "
                "15). A JSON file beside this one holds the same records in Counsel Desk's "
                "open export format, with every field, including when each record was made "
                "and last changed."
            )
        ),
        Heading("What it contains", 2),
        BulletList(contents),
        Heading("Before you send it", 2),
        Paragraph(plain(BEFORE_SENDING)),
        Paragraph(plain(WITH_IT)),
        Paragraph(
            plain(
                "These files are not encrypted: keep them somewhere only you can reach, and "
                "delete them once the bundle has been given."
            )
        ),
    ]
    blocks: list[Block] = list(cover)
    for title, section, _what in parts:
        if not section:
            continue
        blocks += [PageBreak(), Heading(title, 2), *section]
    return Document(
        title=TITLE,
        blocks=tuple(blocks),
        metadata=tuple(metadata),
        footer=f"Confidential: subject access bundle for {client.code}, made {made_text}",
    )
