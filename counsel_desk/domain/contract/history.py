"""A client's contract versions together: which one is in force on a day, making the next
version, and agreeing one (which supersedes the version it replaces). Pure.

The version in force on a day is the latest agreed on or before it (by agreed date, then by
number); before the first agreement there is none, and the practice defaults apply.
Agreeing returns every version it changes, so the caller can store them in one transaction.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Iterable
from dataclasses import replace

from counsel_desk.domain.contract.checklist import ContractIncomplete, blocking, checklist
from counsel_desk.domain.contract.parties import ClientFacts, ContractDefaults
from counsel_desk.domain.contract.template import ContractTemplate
from counsel_desk.domain.contract.terms import validate_terms
from counsel_desk.domain.contract.version import (
    AgreedHow,
    Agreement,
    ContractStatus,
    ContractVersion,
    draft_from_template,
    format_date,
    next_draft,
    review_due,
)
from counsel_desk.domain.errors import ValidationError
from counsel_desk.domain.i18n import QT_TRANSLATE_NOOP, phrase


class ContractHistory:
    """Every version of one client's contract, by number."""

    def __init__(self, versions: Iterable[ContractVersion]) -> None:
        self.versions = tuple(sorted(versions, key=lambda v: v.number))
        numbers = [v.number for v in self.versions]
        if len(set(numbers)) != len(numbers):
            raise ValueError("two versions of one contract share a number")
        if len({v.client_id for v in self.versions}) > 1:
            raise ValueError("a contract history holds one client's versions")
        agreed = sorted(
            (v for v in self.versions if v.agreement is not None),
            key=lambda v: (v.agreement.on, v.number),  # type: ignore[union-attr]
        )
        self._agreed = agreed
        self._days = [v.agreement.on for v in agreed]  # type: ignore[union-attr]

    def __len__(self) -> int:
        return len(self.versions)

    def version(self, number: int) -> ContractVersion:
        for version in self.versions:
            if version.number == number:
                return version
        raise ValidationError(
            phrase(
                QT_TRANSLATE_NOOP("errors", "This client's contract has no version {number}."),
                number=number,
            )
        )

    def in_force(self, day: dt.date) -> ContractVersion | None:
        """The latest version agreed on or before ``day``; ``None`` before any agreement."""
        at = bisect.bisect_right(self._days, day)
        return self._agreed[at - 1] if at else None

    @property
    def latest_agreed(self) -> ContractVersion | None:
        return self._agreed[-1] if self._agreed else None

    @property
    def draft(self) -> ContractVersion | None:
        return next((v for v in self.versions if v.is_draft), None)

    @property
    def latest(self) -> ContractVersion | None:
        return self.versions[-1] if self.versions else None

    @property
    def next_number(self) -> int:
        return self.versions[-1].number + 1 if self.versions else 1

    def start(
        self,
        client_id: int,
        defaults: ContractDefaults,
        template: ContractTemplate | None = None,
    ) -> ContractVersion:
        """The next draft: from ``template`` (with the practice's defaults), or, without one,
        a copy of the latest version's wording and terms. One draft at a time."""
        if (draft := self.draft) is not None:
            raise ValidationError(
                phrase(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "Version {number} is still a draft; agree it or delete it "
                        "before starting another.",
                    ),
                    number=draft.number,
                )
            )
        if template is not None:
            return draft_from_template(template, client_id, self.next_number, defaults)
        if self.latest is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Choose a template for this client's first contract.")
            )
        return next_draft(self.latest, self.next_number)

    def agree(
        self,
        number: int,
        on: dt.date,
        how: AgreedHow,
        *,
        client: ClientFacts,
        today: dt.date,
    ) -> tuple[ContractVersion, ...]:
        """Agree version ``number`` on ``on``: the agreed version, then the one it supersedes
        (if any), each as it is now to be stored."""
        version = self.version(number)
        if version.agreement is not None:
            raise ValidationError(
                phrase(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "Version {number} was already agreed on {day}; "
                        "to change it, make a new version.",
                    ),
                    number=number,
                    day=format_date(version.agreement.on),
                )
            )
        how = AgreedHow(how)
        if on > today:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "The day it was agreed is in the future.")
            )
        if client.first_contact is not None and on < client.first_contact:
            raise ValidationError(
                phrase(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "The day it was agreed is before the client first got in touch ({day}).",
                    ),
                    day=format_date(client.first_contact),
                )
            )
        previous = self.latest_agreed
        if previous is not None and previous.agreement is not None:
            if previous.number > number:
                raise ValidationError(
                    phrase(
                        QT_TRANSLATE_NOOP(
                            "errors",
                            "Version {previous} is already agreed, so the older version "
                            "{number} cannot be agreed after it.",
                        ),
                        previous=previous.number,
                        number=number,
                    )
                )
            if on < previous.agreement.on:
                raise ValidationError(
                    phrase(
                        QT_TRANSLATE_NOOP(
                            "errors",
                            "Version {number} was agreed on {day}; a later version cannot be "
                            "agreed before that.",
                        ),
                        number=previous.number,
                        day=format_date(previous.agreement.on),
                    )
                )
        if version.review_on is not None and version.review_on < on:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "The review date is before the day it was agreed.")
            )
        validate_terms(version.terms)
        if problems := blocking(checklist(version, client)):
            raise ContractIncomplete(problems)
        agreed = replace(version, status=ContractStatus.AGREED, agreement=Agreement(on, how))
        if previous is None:
            return (agreed,)
        superseded = replace(previous, status=ContractStatus.SUPERSEDED, superseded_on=on)
        return agreed, superseded

    def with_changes(self, *changed: ContractVersion) -> ContractHistory:
        """The history with ``changed`` versions in place of those with their numbers."""
        by_number = {v.number: v for v in self.versions}
        by_number.update({v.number: v for v in changed})
        return ContractHistory(by_number.values())

    def review_due(self, today: dt.date, within_days: int = 0) -> ContractVersion | None:
        """The version in force if its review falls by ``today`` (plus ``within_days``)."""
        current = self.in_force(today)
        if current is not None and review_due(current, today, within_days):
            return current
        return None
