"""The checklist beside a draft: essential clauses that are missing, switched off or empty
(each with why it matters, in one line), and placeholders that are unknown or have nothing
to fill them. Any of these stops the version being agreed. A switched-on clause of the
practitioner's choosing that is empty is noted too, but only as advice: it is left out.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from counsel_desk.domain.contract.clauses import STANDARD, WHY_ESSENTIAL, is_essential
from counsel_desk.domain.contract.parties import ClientFacts
from counsel_desk.domain.contract.placeholders import PLACEHOLDERS, fill, placeholder_values
from counsel_desk.domain.contract.version import ContractVersion
from counsel_desk.domain.errors import ValidationError
from counsel_desk.domain.i18n import QT_TRANSLATE_NOOP, Phrase, phrase


class Problem(StrEnum):
    MISSING = "missing"
    SWITCHED_OFF = "switched_off"
    EMPTY = "empty"
    UNKNOWN_PLACEHOLDER = "unknown_placeholder"
    UNFILLED_PLACEHOLDER = "unfilled_placeholder"
    LEFT_OUT = "left_out"  # a clause that is not essential, switched on but empty


@dataclass(frozen=True)
class ChecklistItem:
    key: str
    title: str
    problem: Problem
    why: str | Phrase  # one line: why it matters, or what to do (marked)
    names: tuple[str, ...] = ()  # the placeholders concerned

    @property
    def blocking(self) -> bool:
        return self.problem is not Problem.LEFT_OUT

    @property
    def summary(self) -> Phrase:
        """What is wrong, in a few words: "Confidentiality and its limits is switched off"."""
        braces = ", ".join(f"{{{name}}}" for name in self.names)
        return phrase(_SUMMARIES[self.problem], title=self.title, braces=braces)

    @property
    def sentence(self) -> Phrase:
        return phrase(
            QT_TRANSLATE_NOOP("contract.checklist", "{summary}. {why}"),
            summary=self.summary,
            why=self.why,
        )


_SUMMARIES = {
    Problem.MISSING: QT_TRANSLATE_NOOP("contract.checklist", "“{title}” is missing"),
    Problem.SWITCHED_OFF: QT_TRANSLATE_NOOP("contract.checklist", "“{title}” is switched off"),
    Problem.EMPTY: QT_TRANSLATE_NOOP("contract.checklist", "“{title}” is empty"),
    Problem.UNKNOWN_PLACEHOLDER: QT_TRANSLATE_NOOP(
        "contract.checklist", "“{title}” has {braces}, which Counsel Desk does not know"
    ),
    Problem.UNFILLED_PLACEHOLDER: QT_TRANSLATE_NOOP(
        "contract.checklist", "“{title}” has {braces} with nothing to fill it yet"
    ),
    Problem.LEFT_OUT: QT_TRANSLATE_NOOP("contract.checklist", "“{title}” is switched on but empty"),
}


def _unfilled_why(names: tuple[str, ...]) -> Phrase:
    wanted = "; ".join(PLACEHOLDERS[name] for name in names)
    return phrase(
        QT_TRANSLATE_NOOP(
            "contract.checklist",
            "Add it to your practice profile or the terms, or write the words in ({wanted}).",
        ),
        wanted=wanted,
    )


def checklist(version: ContractVersion, client: ClientFacts) -> tuple[ChecklistItem, ...]:
    """What stands between ``version`` and agreeing it, in the order of its clauses, with
    any missing essential clause after them."""
    values = placeholder_values(version.terms, version.practice, client)
    items: list[ChecklistItem] = []
    present = set()
    for clause in version.clauses:
        present.add(clause.key)
        essential = is_essential(clause.key, version.remote)
        why = WHY_ESSENTIAL.get(clause.key, "")
        if not clause.enabled:
            if essential:
                items.append(ChecklistItem(clause.key, clause.title, Problem.SWITCHED_OFF, why))
            continue
        if clause.is_empty:
            if essential:
                items.append(ChecklistItem(clause.key, clause.title, Problem.EMPTY, why))
            else:
                items.append(
                    ChecklistItem(
                        clause.key,
                        clause.title,
                        Problem.LEFT_OUT,
                        QT_TRANSLATE_NOOP(
                            "contract.checklist",
                            "It will be left out of the contract until it has some words.",
                        ),
                    )
                )
            continue
        filled = fill(clause.text, values)
        if filled.unknown:
            items.append(
                ChecklistItem(
                    clause.key,
                    clause.title,
                    Problem.UNKNOWN_PLACEHOLDER,
                    QT_TRANSLATE_NOOP(
                        "contract.checklist",
                        "Check the spelling against the list of placeholders, or write the "
                        "words in yourself.",
                    ),
                    filled.unknown,
                )
            )
        if filled.unfilled:
            items.append(
                ChecklistItem(
                    clause.key,
                    clause.title,
                    Problem.UNFILLED_PLACEHOLDER,
                    _unfilled_why(filled.unfilled),
                    filled.unfilled,
                )
            )
    for key in STANDARD:
        if key not in present and is_essential(key, version.remote):
            items.append(ChecklistItem(key, STANDARD[key], Problem.MISSING, WHY_ESSENTIAL[key]))
    return tuple(items)


def blocking(items: tuple[ChecklistItem, ...]) -> tuple[ChecklistItem, ...]:
    return tuple(item for item in items if item.blocking)


class ContractIncomplete(ValidationError):
    """Agreeing was refused: the checklist still has something that blocks it."""

    def __init__(self, items: tuple[ChecklistItem, ...]) -> None:
        self.items = items
        more = len(items) - 1
        tail = f" (and {more} more on the checklist)" if more else ""
        super().__init__(f"This version cannot be agreed yet: {items[0].summary}{tail}.")
