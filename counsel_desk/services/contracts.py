"""Each client's written agreement: drafting a version from a template or from the last one,
keeping the draft as it is edited, agreeing it (which supersedes the version before, in one
unit of work with their audit entries), the review date, comparing two versions, and the
version as a document to print or save (recorded in the audit trail, never its words).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from counsel_desk.domain.audit import AuditKind
from counsel_desk.domain.clients import Client
from counsel_desk.domain.contract.checklist import ChecklistItem, checklist
from counsel_desk.domain.contract.clauses import validate_clauses
from counsel_desk.domain.contract.compare import Comparison, compare
from counsel_desk.domain.contract.documents import comparison_document, contract_document
from counsel_desk.domain.contract.history import ContractHistory
from counsel_desk.domain.contract.parties import ClientFacts, ContractDefaults
from counsel_desk.domain.contract.terms import validate_terms
from counsel_desk.domain.contract.version import (
    AgreedHow,
    ContractReadOnly,
    ContractVersion,
    set_practice,
    set_review_date,
    set_title,
)
from counsel_desk.domain.document import Document, ExportFormat
from counsel_desk.domain.errors import ValidationError
from counsel_desk.domain.i18n import QT_TRANSLATE_NOOP, phrase
from counsel_desk.services.contract_templates import LoadedTemplates, builtin_contract_templates
from counsel_desk.services.notice import NoticeService, ShortNotice
from counsel_desk.storage.audit import AuditLog
from counsel_desk.storage.clients import ClientRepository
from counsel_desk.storage.contracts import ContractRepository
from counsel_desk.storage.practice import PracticeRepository
from counsel_desk.storage.vault import Vault

_UNSAFE_IN_NAME = re.compile(r"[^A-Za-z0-9 ._-]+")
REVIEWS_AHEAD_DAYS = 7  # Today lists reviews due within the coming week
SHORT_NOTICE_DAYS = 14  # and cancellations at short notice over the last fortnight

NO_CLIENT = QT_TRANSLATE_NOOP("errors", "There is no client with the code {code}.")


def client_facts(client: Client, *, named: bool = False) -> ClientFacts:
    """The client as a contract needs them; their name only when ``named``."""
    name = (client.identity.full_name or client.identity.preferred_name) if named else ""
    return ClientFacts(client.code, name, client.first_contact)


@dataclass(frozen=True)
class ReviewDue:
    code: str
    client_id: int
    version: ContractVersion


@dataclass(frozen=True)
class ContractsToday:
    """What Today says about contracts: reviews due, and recent cancellations at short
    notice (both sides)."""

    reviews: tuple[ReviewDue, ...]
    short_notice: tuple[ShortNotice, ...]

    def __bool__(self) -> bool:
        return bool(self.reviews or self.short_notice)


class ContractService:
    def __init__(self, vault: Vault, notice: NoticeService | None = None) -> None:
        self._work = vault.work
        self._repo = ContractRepository(vault.conn)
        self._clients = ClientRepository(vault.conn)
        self._practice = PracticeRepository(vault.conn)
        self._audit = AuditLog(vault.conn)
        self._notice = notice or NoticeService(vault)

    # --- reading ---------------------------------------------------------------------------
    def templates(self) -> LoadedTemplates:
        return builtin_contract_templates()

    def defaults(self) -> ContractDefaults:
        return self._practice.get().contract_defaults()

    def history(self, client_id: int) -> ContractHistory:
        return ContractHistory(self._repo.history(client_id))

    def facts(self, client_id: int, *, named: bool = False) -> ClientFacts:
        return client_facts(self._clients.get(client_id), named=named)

    def checklist(self, version: ContractVersion) -> tuple[ChecklistItem, ...]:
        return checklist(version, self.facts(version.client_id))

    def version(self, client_id: int, number: int) -> ContractVersion:
        return self.history(client_id).version(number)

    def for_copy(self, client_id: int, number: int | None = None) -> ContractVersion:
        """Version ``number``; without one, the version agreed last, else the latest draft."""
        history = self.history(client_id)
        if number is not None:
            return history.version(number)
        chosen = history.latest_agreed or history.latest
        if chosen is None:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "This client has no contract yet."))
        return chosen

    # --- drafting --------------------------------------------------------------------------
    def start(self, client_id: int, template_id: str | None = None) -> ContractVersion:
        """A new draft: from a template (with the practice's defaults), or, without one, a
        copy of the latest version to change. Stored at once, with its entry."""
        template = None
        if template_id is not None:
            template = self.templates().get(template_id)
            if template is None:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("errors", "That contract template is no longer there.")
                )
        with self._work:
            self._clients.get(client_id)
            history = self.history(client_id)
            draft = history.start(client_id, self.defaults(), template)
            if template is None:  # a new version quotes the practice as it is now
                draft = set_practice(draft, self._practice.get().details)
            version_id = self._repo.insert(draft)
            self._audit.record(
                AuditKind.CONTRACT_DRAFTED,
                client=client_id,
                contract=version_id,
                number=draft.number,
                template=draft.template_id or "previous",
            )
        return self._repo.get(version_id)

    def save_draft(self, version: ContractVersion) -> ContractVersion:
        """Keep a draft as edited (its clauses, terms, title). An agreed version is refused
        with a sentence; nothing of it changes. Not in the audit trail, like a note's
        autosave: drafting and agreeing are."""
        if not version.is_draft:
            raise ContractReadOnly(
                phrase(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "Version {number} has been agreed, so it cannot be changed; "
                        "make a new version instead.",
                    ),
                    number=version.number,
                )
            )
        version = set_title(version, version.title)
        version = replace(version, clauses=validate_clauses(version.clauses))
        validate_terms(version.terms)
        with self._work:
            self._repo.save_draft(version)
        return self._repo.get(version.id)  # type: ignore[arg-type]

    def refresh_practice(self, client_id: int, number: int) -> ContractVersion:
        """The draft quotes the practice profile as it is now."""
        draft = self.version(client_id, number)
        return self.save_draft(set_practice(draft, self._practice.get().details))

    def delete_draft(self, client_id: int, number: int) -> None:
        with self._work:
            version = self.version(client_id, number)
            if not version.is_draft:
                raise ContractReadOnly(
                    phrase(
                        QT_TRANSLATE_NOOP(
                            "errors",
                            "Version {number} has been agreed, so it is kept; make a new "
                            "version to change the agreement.",
                        ),
                        number=number,
                    )
                )
            self._repo.delete_draft(version.id)  # type: ignore[arg-type]
            self._audit.record(
                AuditKind.CONTRACT_DRAFT_DELETED, client=client_id, contract=version.id or 0,
                number=number,
            )  # fmt: skip

    # --- agreeing and reviewing ------------------------------------------------------------
    def agree(
        self,
        client_id: int,
        number: int,
        on: dt.date,
        how: AgreedHow,
        *,
        today: dt.date | None = None,
    ) -> ContractVersion:
        """Agree version ``number`` on ``on``; the version it replaces is superseded on the
        same day. Both, and both entries, in one unit of work, or nothing."""
        today = today or dt.date.today()
        with self._work:
            client = self._clients.get(client_id)
            history = self.history(client_id)  # read under the write lock it is changed with
            changed = history.agree(number, on, how, client=client_facts(client), today=today)
            agreed, superseded = changed[0], changed[1:]
            for old in superseded:  # first: only one version may be in force
                self._repo.set_standing(old)
                self._audit.record(
                    AuditKind.CONTRACT_SUPERSEDED,
                    client=client_id,
                    contract=old.id,  # type: ignore[arg-type]
                    number=old.number,
                    superseded_by=agreed.id,  # type: ignore[arg-type]
                )
            self._repo.set_standing(agreed)
            self._audit.record(
                AuditKind.CONTRACT_AGREED,
                client=client_id,
                contract=agreed.id,  # type: ignore[arg-type]
                number=agreed.number,
                how=agreed.agreement.how.value,  # type: ignore[union-attr]
            )
        return self._repo.get(agreed.id)  # type: ignore[arg-type]

    def set_review(self, client_id: int, number: int, day: dt.date | None) -> ContractVersion:
        """The review date of a draft or of the version in force (``None``: no review set)."""
        with self._work:
            version = set_review_date(self.version(client_id, number), day)
            if version.is_draft:
                self._repo.save_draft(version)
            else:
                self._repo.set_standing(version)
                self._audit.record(
                    AuditKind.CONTRACT_REVIEW_SET,
                    client=client_id,
                    contract=version.id,  # type: ignore[arg-type]
                    number=number,
                )
        return self._repo.get(version.id)  # type: ignore[arg-type]

    # --- comparing and copies --------------------------------------------------------------
    def compare(
        self, client_id: int, before: int, after: int, *, named: bool = False
    ) -> Comparison:
        if before == after:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Choose two different versions to compare.")
            )
        history = self.history(client_id)
        first, second = sorted((before, after))
        return compare(
            history.version(first), history.version(second), self.facts(client_id, named=named)
        )

    def document(
        self,
        client_id: int,
        number: int | None = None,
        *,
        named: bool = True,
        printed_at: dt.datetime | None = None,
    ) -> tuple[ContractVersion, Document]:
        """The version (by default the one agreed last) as the client's copy: named when
        ``named`` and a name is recorded; the footer carries the code alone."""
        version = self.for_copy(client_id, number)
        facts = self.facts(client_id, named=named)
        return version, contract_document(
            version, facts, printed_at=printed_at or dt.datetime.now()
        )

    def comparison_document(
        self,
        client_id: int,
        before: int,
        after: int,
        *,
        named: bool = True,
        printed_at: dt.datetime | None = None,
    ) -> tuple[ContractVersion, Document]:
        comparison = self.compare(client_id, before, after, named=named)
        facts = self.facts(client_id, named=named)
        printed = printed_at or dt.datetime.now()
        return comparison.after, comparison_document(comparison, facts, printed_at=printed)

    def suggested_file_name(
        self, client_id: int, number: int, compared_with: int | None = None
    ) -> str:
        """The code and the version(s): never a name or a title."""
        code = self._clients.get(client_id).code
        if compared_with is None:
            stem = f"{code} contract version {number}"
        else:
            first, second = sorted((number, compared_with))
            stem = f"{code} contract versions {first} and {second} compared"
        return _UNSAFE_IN_NAME.sub("-", stem).strip(" .-") or "contract"

    def record_saved(
        self, version: ContractVersion, fmt: ExportFormat, *, comparison: bool = False
    ) -> None:
        """Audit: a copy left the vault as a file, in this format (never the path)."""
        with self._work:
            self._audit.record(
                AuditKind.CONTRACT_EXPORTED,
                client=version.client_id,
                contract=version.id or 0,
                number=version.number,
                format=fmt.value,
                to="file",
                document="comparison" if comparison else "contract",
            )

    def record_printed(self, version: ContractVersion, *, comparison: bool = False) -> None:
        """Audit: a copy went to a printer (never the printer's name)."""
        with self._work:
            self._audit.record(
                AuditKind.CONTRACT_PRINTED,
                client=version.client_id,
                contract=version.id or 0,
                number=version.number,
                to="printer",
                document="comparison" if comparison else "contract",
            )

    # --- Today -----------------------------------------------------------------------------
    def on_today(
        self,
        today: dt.date | None = None,
        *,
        now: dt.datetime | None = None,
    ) -> ContractsToday:
        """Reviews due within the coming week, and the last fortnight's cancellations at
        short notice (sessions up to now)."""
        now = now or dt.datetime.now()
        today = today or now.date()
        reviews = tuple(
            ReviewDue(code, version.client_id, version)
            for code, version in self._repo.reviews_due(
                today + dt.timedelta(days=REVIEWS_AHEAD_DAYS)
            )
        )
        since = dt.datetime.combine(today - dt.timedelta(days=SHORT_NOTICE_DAYS), dt.time())
        ahead = now + dt.timedelta(days=REVIEWS_AHEAD_DAYS)
        short = tuple(self._notice.short_between(since, ahead))
        return ContractsToday(reviews, short)

    def client_by_code(self, code: str) -> Client:
        client = self._clients.by_code(code)
        if client is None:
            raise ValidationError(phrase(NO_CLIENT, code=code.strip().upper()))
        return client
