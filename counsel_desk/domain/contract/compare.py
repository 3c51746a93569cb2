"""Two versions of a contract side by side: clause by clause and term by term. Pure.

Clauses are matched by key and compared as the client would read them (placeholders
filled from each version's own terms), down to the words that changed, so that a
side-by-side view and a printed comparison can both mark them.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from enum import StrEnum

from counsel_desk.domain.contract.clauses import Clause
from counsel_desk.domain.contract.parties import ClientFacts
from counsel_desk.domain.contract.placeholders import fill, placeholder_values
from counsel_desk.domain.contract.terms import Shown, term_phrases
from counsel_desk.domain.contract.version import ContractVersion
from counsel_desk.domain.document import BulletList, Paragraph, inline_text
from counsel_desk.domain.i18n import QT_TRANSLATE_NOOP, Marked
from counsel_desk.domain.markup import note_blocks

_WORDS = re.compile(r"\s+|\w[\w'’]*|[^\w\s]")  # spaces, words, each mark apart


class Change(StrEnum):
    SAME = "same"
    REWORDED = "reworded"
    ADDED = "added"  # only in the later version
    REMOVED = "removed"  # only in the earlier version
    SWITCHED_ON = "switched_on"
    SWITCHED_OFF = "switched_off"

    @property
    def label(self) -> Marked:
        return {
            "same": QT_TRANSLATE_NOOP("Change", "Unchanged"),
            "reworded": QT_TRANSLATE_NOOP("Change", "Reworded"),
            "added": QT_TRANSLATE_NOOP("Change", "Added"),
            "removed": QT_TRANSLATE_NOOP("Change", "Removed"),
            "switched_on": QT_TRANSLATE_NOOP("Change", "Switched on"),
            "switched_off": QT_TRANSLATE_NOOP("Change", "Switched off"),
        }[self.value]


@dataclass(frozen=True)
class Piece:
    """A run of one side's text; ``changed`` marks words the other side does not have."""

    text: str
    changed: bool = False


@dataclass(frozen=True)
class ClauseComparison:
    key: str
    title: str  # the later version's title, else the earlier's
    change: Change
    before: tuple[Piece, ...]  # the earlier version's words ((): not there, or switched off)
    after: tuple[Piece, ...]
    retitled_from: str = ""  # the earlier title, when the title changed


@dataclass(frozen=True)
class TermComparison:
    """One term in both versions, marked for the UI (``str()`` of each: the English)."""

    label: Marked
    before: Shown
    after: Shown

    @property
    def changed(self) -> bool:
        return str(self.before) != str(self.after)


@dataclass(frozen=True)
class Comparison:
    before: ContractVersion
    after: ContractVersion
    terms: tuple[TermComparison, ...]
    clauses: tuple[ClauseComparison, ...]

    @property
    def changed_terms(self) -> tuple[TermComparison, ...]:
        return tuple(t for t in self.terms if t.changed)

    @property
    def changed_clauses(self) -> tuple[ClauseComparison, ...]:
        return tuple(c for c in self.clauses if c.change is not Change.SAME)


def readable(text: str) -> str:
    """A clause's filled wording as plain words: paragraphs apart, list items on lines."""
    parts = []
    for block in note_blocks(text, base_level=3):
        if isinstance(block, Paragraph):
            parts.append(inline_text(block.spans))
        elif isinstance(block, BulletList):
            parts.append("\n".join(f"• {inline_text(item)}" for item in block.items))
        else:
            parts.append(getattr(block, "text", ""))
    return "\n\n".join(p for p in parts if p)


def word_diff(before: str, after: str) -> tuple[tuple[Piece, ...], tuple[Piece, ...]]:
    """Both texts as pieces, with the words each has that the other does not marked."""
    a, b = _WORDS.findall(before), _WORDS.findall(after)
    left: list[Piece] = []
    right: list[Piece] = []
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            _add(left, "".join(a[i1:i2]), False)
            _add(right, "".join(b[j1:j2]), False)
        else:
            _add(left, "".join(a[i1:i2]), True)
            _add(right, "".join(b[j1:j2]), True)
    return _joined(left), _joined(right)


def _joined(pieces: list[Piece]) -> tuple[Piece, ...]:
    """Changed runs with only a space between them read as one change: "48 hours"."""
    out: list[Piece] = []
    for piece in pieces:
        if (
            len(out) >= 2
            and piece.changed
            and out[-2].changed
            and not out[-1].changed
            and not out[-1].text.strip()
        ):
            space = out.pop()
            out[-1] = Piece(out[-1].text + space.text + piece.text, True)
        else:
            out.append(piece)
    return tuple(out)


def _add(pieces: list[Piece], text: str, changed: bool) -> None:
    if not text:
        return
    if changed and not text.strip():
        changed = False  # only spaces differ: nothing a reader would see
    if pieces and pieces[-1].changed == changed:
        pieces[-1] = Piece(pieces[-1].text + text, changed)
    else:
        pieces.append(Piece(text, changed))


def _words(clause: Clause | None, values: dict[str, str]) -> str:
    if clause is None or not clause.enabled:
        return ""
    return readable(fill(clause.text, values).text)


def compare(before: ContractVersion, after: ContractVersion, client: ClientFacts) -> Comparison:
    """``before`` and ``after`` (usually consecutive versions) compared for ``client``."""
    terms = tuple(
        TermComparison(label, old, new)
        for (label, old), (_, new) in zip(
            term_phrases(before.terms), term_phrases(after.terms), strict=True
        )
    )
    old_values = placeholder_values(before.terms, before.practice, client)
    new_values = placeholder_values(after.terms, after.practice, client)
    old_keys = [c.key for c in before.clauses]
    keys = [c.key for c in after.clauses]
    # Clauses only in the earlier version go where they stood, after their old neighbour.
    for at, key in enumerate(old_keys):
        if key not in keys:
            previous = next((k for k in reversed(old_keys[:at]) if k in keys), None)
            keys.insert(keys.index(previous) + 1 if previous else 0, key)
    rows = []
    for key in keys:
        old, new = before.clause(key), after.clause(key)
        old_text, new_text = _words(old, old_values), _words(new, new_values)
        if old is None:
            change = Change.ADDED
        elif new is None:
            change = Change.REMOVED
        elif old.enabled and not new.enabled:
            change = Change.SWITCHED_OFF
        elif new.enabled and not old.enabled:
            change = Change.SWITCHED_ON
        elif old_text != new_text:
            change = Change.REWORDED
        else:
            change = Change.SAME
        left, right = word_diff(old_text, new_text)
        title = (new or old).title  # type: ignore[union-attr]
        retitled = old.title if old and new and old.title != new.title else ""
        if retitled and change is Change.SAME:
            change = Change.REWORDED
        rows.append(ClauseComparison(key, title, change, left, right, retitled))
    return Comparison(before, after, terms, tuple(rows))
