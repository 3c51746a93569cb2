"""The supervision summary: for a period and chosen clients, a document that names each
client by code only, with their redaction list taken out of everything they or the
practitioner typed, dates as the week of the work if asked; the words that still look like
names ("check these"); and the audit entry when it is saved (what, when, where: never the
words, never which clients).

The sections come from ``summary_sections.SECTIONS``; the same document is previewed and
written, so the preview shows exactly what the file will hold.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from counsel_desk.domain.anonymise import MARKER, Redactor, RelativeWeeks
from counsel_desk.domain.audit import AuditKind
from counsel_desk.domain.clients import Client
from counsel_desk.domain.contract.history import ContractHistory
from counsel_desk.domain.document import Block, Document, ExportFormat, Heading, Paragraph, Span
from counsel_desk.domain.errors import ValidationError
from counsel_desk.domain.i18n import QT_TRANSLATE_NOOP, phrase
from counsel_desk.services.flags import FlagService
from counsel_desk.services.notice import NoticeService
from counsel_desk.services.redaction import RedactionService
from counsel_desk.services.summary_sections import SECTIONS, ClientContext
from counsel_desk.services.timeline import TimelineService
from counsel_desk.storage.audit import AuditLog
from counsel_desk.storage.boundaries import BoundaryRepository
from counsel_desk.storage.clients import ClientRepository
from counsel_desk.storage.contracts import ContractRepository
from counsel_desk.storage.errors import NotFound
from counsel_desk.storage.risks import RiskRepository
from counsel_desk.storage.sessions import SessionRepository
from counsel_desk.storage.summary import SummaryReader
from counsel_desk.storage.vault import Vault

MAX_DAYS = 366 * 2


@dataclass(frozen=True)
class SummaryRequest:
    first: dt.date
    last: dt.date
    client_ids: tuple[int, ...]
    relative_dates: bool = True


@dataclass(frozen=True)
class Summary:
    document: Document
    # Per client id: capitalised words left in their part that may be names.
    to_check: dict[int, tuple[str, ...]] = field(default_factory=dict)
    redactions: int = 0

    @property
    def words_to_check(self) -> int:
        return sum(len(words) for words in self.to_check.values())


def check_period(first: dt.date, last: dt.date) -> None:
    if last < first:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The period ends before it begins; check the two dates.")
        )
    if (last - first).days > MAX_DAYS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Choose a period of two years or less for one summary.")
        )


class SummaryService:
    def __init__(
        self,
        vault: Vault,
        notice: NoticeService,
        redaction: RedactionService,
        timeline: TimelineService | None = None,
        flags: FlagService | None = None,
    ) -> None:
        self._work = vault.work
        self._timeline = timeline
        self._flags = flags
        self._notice = notice
        self._redaction = redaction
        self._reader = SummaryReader(vault.conn)
        self._clients = ClientRepository(vault.conn)
        self._sessions = SessionRepository(vault.conn)
        self._contracts = ContractRepository(vault.conn)
        self._boundaries = BoundaryRepository(vault.conn)
        self._risks = RiskRepository(vault.conn)
        self._audit = AuditLog(vault.conn)

    def suggested(self, first: dt.date, last: dt.date) -> list[int]:
        """Clients worth discussing by default: a note flagged for supervision, a boundary
        event, a possible rupture flagged or a rupture open in the period."""
        check_period(first, last)
        found = set(self._reader.suggested(first, last))
        if self._flags is not None:
            found |= self._flags.clients_to_discuss(first, last)
        return sorted(found)

    def client_by_code(self, code: str) -> Client:
        found = [c for c in self._clients.list() if c.code.casefold() == code.strip().casefold()]
        if not found:
            raise ValidationError(
                phrase(
                    QT_TRANSLATE_NOOP("errors", "No client has the code “{code}”."),
                    code=code.strip(),
                )
            )
        return found[0]

    def _context(self, client: Client, request: SummaryRequest, sessions) -> ClientContext:
        terms = self._redaction.for_client(client.id).terms
        weeks = None
        if request.relative_dates:
            anchor = self._reader.first_session(client.id) or client.start_date or request.first
            weeks = RelativeWeeks(anchor)
        sources = {
            "notice": lambda: self._notice.for_client(client.id),
            "contracts": lambda: ContractHistory(
                self._contracts.history(client.id, with_clauses=False)  # standing and dates
            ),
            "boundaries": lambda: self._boundaries.events(client.id),
            "risks": lambda: self._risks.for_client(client.id),
            "alliance": lambda: self._timeline.inputs(client.id) if self._timeline else None,
            "flagged": lambda: self._reader.flagged_notes(client.id, request.first, request.last),
        }
        return ClientContext(
            client,
            request.first,
            request.last,
            sessions,
            Redactor(terms, weeks),
            weeks,
            load=lambda name: sources[name](),
        )

    def build(self, request: SummaryRequest, *, prepared: dt.date | None = None) -> Summary:
        check_period(request.first, request.last)
        if not request.client_ids:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Choose at least one client to include.")
            )
        try:
            clients = [self._clients.get(cid) for cid in dict.fromkeys(request.client_ids)]
        except NotFound:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "One of the clients chosen no longer exists.")
            ) from None
        clients.sort(key=lambda c: c.code)
        start = dt.datetime.combine(request.first, dt.time())
        end = dt.datetime.combine(request.last + dt.timedelta(days=1), dt.time())
        in_period: dict[int, list] = {c.id: [] for c in clients}
        for session in self._sessions.between(start, end):
            if session.client_id in in_period:
                in_period[session.client_id].append(session)
        blocks: list[Block] = []
        to_check: dict[int, tuple[str, ...]] = {}
        for client in clients:
            ctx = self._context(
                client, request, sorted(in_period[client.id], key=lambda s: s.start)
            )
            blocks.append(Heading(client.code, 2))
            wrote = False
            for section in SECTIONS:
                found = section.blocks(ctx)
                if found:
                    blocks += [Heading(section.title, 3), *found]
                    wrote = True
            if not wrote:
                blocks.append(
                    Paragraph(
                        (Span("Nothing recorded for this client in the period.", emphasis=True),)
                    )
                )
            to_check[client.id] = tuple(ctx.to_check.values())
        prepared = prepared or dt.date.today()
        period = f"{_day(request.first)} to {_day(request.last)}"
        dates = (
            "as weeks of the work (week 1 is the first session)"
            if request.relative_dates
            else "as written"
        )
        document = Document(
            title="Supervision summary",
            metadata=(
                ("Period", period),
                ("Clients", ", ".join(c.code for c in clients)),
                ("Dates", dates),
                ("Names", f"taken out and shown as {MARKER}"),
            ),
            blocks=tuple(blocks),
            footer=f"Anonymised supervision summary · prepared {_day(prepared)} · not encrypted",
        )
        return Summary(document, to_check, _markers(document))

    def suggested_file_name(self, request: SummaryRequest) -> str:
        return f"supervision summary {request.first:%Y-%m-%d} to {request.last:%Y-%m-%d}"

    def record_saved(self, request: SummaryRequest, fmt: ExportFormat) -> None:
        """Audit: a summary left the vault as a file (its format, how many clients; never
        which, never where: a folder's name can name someone)."""
        with self._work:
            self._audit.record(
                AuditKind.SUMMARY_EXPORTED,
                format=fmt.value,
                to="file",
                clients=len(set(request.client_ids)),
            )


def _day(day: dt.date) -> str:
    return f"{day.day} {day:%b %Y}"


def _markers(document: Document) -> int:
    """How many markers stand in the client's parts (the line explaining them is not one)."""
    explained = sum(value.count(MARKER) for _label, value in document.metadata)
    return document.text().count(MARKER) - explained
