"""Taking a client's identity out of text before it leaves the vault (supervision summaries).
Pure.

- **Redaction**: every term on a client's redaction list (their own names are on it
  automatically) is replaced by a neutral marker wherever it stands as a whole word: any
  case, with or without accents ("Zoë", "Zoe", "ZOE"), followed by a possessive ("Zoë's",
  "James'"), across a line break or a hyphen inside a name of several words. Matching is done
  on a folded copy of the text (accents off, case folded, curly apostrophes straight) whose
  every character remembers where it came from, so the original is cut exactly.
- **Dates** written in the text (12/03/2025, 2025-03-12, 12 March 2025, 12th March, March
  12th) become the week of the work they fall in ("week 12") when the year is known and
  the date is on or after the first session, else the marker.
- **"Check these"**: capitalised words not at the start of a sentence, not among the common
  words (``common_words.py``) and not on the list are offered to the practitioner to add:
  they look like names. Nothing is redacted on a guess.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from counsel_desk.domain.common_words import COMMON_WORDS
from counsel_desk.domain.errors import ValidationError
from counsel_desk.domain.i18n import QT_TRANSLATE_NOOP, phrase

MARKER = "[—]"  # no letters or digits: a marker can never itself look like a name
MAX_TERM = 80
# Letters that Unicode does not decompose into a base letter and an accent.
_SPECIAL = {
    "ø": "o",
    "Ø": "o",
    "ł": "l",
    "Ł": "l",
    "đ": "d",
    "Đ": "d",
    "ð": "d",
    "Ð": "d",
    "þ": "th",
    "Þ": "th",
    "æ": "ae",
    "Æ": "ae",
    "œ": "oe",
    "Œ": "oe",
    "ı": "i",
    "ħ": "h",
    "Ħ": "h",
    "’": "'",
    "‘": "'",
    "ʼ": "'",
    "`": "'",
    "´": "'",
}
_SPLIT = r"[\s\-‐‑‒–]+"  # spaces, and hyphens and dashes that join the parts of a name


def fold(text: str) -> str:
    """Text as matching sees it: accents off, case folded, apostrophes straight."""
    return "".join(_fold_char(ch) for ch in text)


@lru_cache(maxsize=8192)
def _fold_char(ch: str) -> str:
    special = _SPECIAL.get(ch)
    if special is not None:
        return special
    if ch.isascii():
        return ch.lower()
    decomposed = unicodedata.normalize("NFKD", ch)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


@dataclass(frozen=True)
class _Folded:
    text: str
    origin: tuple[int, ...]  # for each folded character, the index of its source

    @classmethod
    def of(cls, text: str) -> _Folded:
        chars: list[str] = []
        origin: list[int] = []
        for index, ch in enumerate(text):
            folded = _fold_char(ch)
            chars.append(folded)
            origin.extend([index] * len(folded))
        return cls("".join(chars), tuple(origin))

    def source_span(self, source: str, start: int, end: int) -> tuple[int, int]:
        """The span of ``source`` that folded into ``[start, end)``, with any accents that
        follow its last letter (decomposed text) taken along."""
        first, last = self.origin[start], self.origin[end - 1] + 1
        while last < len(source) and not _fold_char(source[last]):
            last += 1
        return first, last


# --- the redaction list ---------------------------------------------------------------------
def check_term(term: str) -> str:
    """A term as kept on a redaction list (spaces tidied), or a sentence saying why not."""
    cleaned = " ".join(term.split())
    if not cleaned:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Type the name or word to take out."))
    if len(cleaned) > MAX_TERM:
        raise ValidationError(
            phrase(
                QT_TRANSLATE_NOOP("errors", "A term is at most {max_term} characters; shorten it."),
                max_term=MAX_TERM,
            )
        )
    if not any(ch.isalpha() for ch in cleaned):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "A term needs at least one letter."))
    return cleaned


def own_names(full_name: str, preferred_name: str = "") -> tuple[str, ...]:
    """A client's own names, as they go on their list: the full name, each part of it of
    two letters or more, and the preferred name."""
    out = [full_name, preferred_name]
    out += [part for part in full_name.split() if len(part) >= 2]  # "Mary-Ellen"
    out += [part for part in re.split(_SPLIT, full_name) if len(part) >= 2]
    once: dict[str, str] = {}
    for term in out:
        if any(ch.isalpha() for ch in term):
            once.setdefault(fold(term), term)
    return tuple(once.values())


def merge_terms(*groups: Iterable[str]) -> tuple[str, ...]:
    """Terms once each (folded alike counts as the same), longest first."""
    seen: dict[str, str] = {}
    for group in groups:
        for term in group:
            cleaned = " ".join(term.split())
            key = fold(cleaned)
            if cleaned and key not in seen:
                seen[key] = cleaned
    keyed = [(-len(key), key, term) for key, term in seen.items()]
    return tuple(term for _n, _key, term in sorted(keyed))


def _pattern(term: str) -> str:
    parts = [p for p in re.split(_SPLIT, fold(term)) if p]
    return _SPLIT.join(re.escape(p) for p in parts)


# --- redacting ------------------------------------------------------------------------------
@dataclass(frozen=True)
class Redacted:
    """Text with the marker in place of what was taken out; ``spans`` are where each marker
    (or relative date) stands in ``text``, for a preview to show them."""

    text: str
    spans: tuple[tuple[int, int], ...] = ()

    @property
    def count(self) -> int:
        return len(self.spans)


class Redactor:
    """Takes one client's list out of text (longer terms first, so "Mary Ellen" goes whole
    before "Mary")."""

    def __init__(self, terms: Sequence[str], weeks: RelativeWeeks | None = None) -> None:
        self.terms = merge_terms(terms)
        self.weeks = weeks
        patterns = [_pattern(t) for t in self.terms]
        patterns = [p for p in patterns if p]
        self._regex = re.compile(rf"(?<!\w)(?:{'|'.join(patterns)})(?!\w)") if patterns else None

    def name_spans(self, text: str) -> list[tuple[int, int]]:
        if self._regex is None:
            return []
        folded = _Folded.of(text)
        return [
            folded.source_span(text, m.start(), m.end()) for m in self._regex.finditer(folded.text)
        ]

    def redact(self, text: str) -> Redacted:
        cuts = [(a, b, MARKER) for a, b in self.name_spans(text)]
        cuts += date_cuts(text, self.weeks)
        cuts.sort(key=lambda c: (c[0], -(c[1] - c[0])))
        out: list[str] = []
        spans: list[tuple[int, int]] = []
        at = 0
        length = 0
        for start, end, replacement in cuts:
            if start < at:
                continue  # overlaps one already taken (a name inside a date, say)
            out.append(text[at:start])
            length += start - at
            out.append(replacement)
            spans.append((length, length + len(replacement)))
            length += len(replacement)
            at = end
        out.append(text[at:])
        return Redacted("".join(out), tuple(spans))


# --- dates ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class RelativeWeeks:
    """Dates as the week of the work: the first session's week is week 1."""

    first: dt.date

    def week(self, day: dt.date) -> int | None:
        if day < self.first:
            return None
        return (day - self.first).days // 7 + 1

    def label(self, day: dt.date) -> str:
        week = self.week(day)
        return f"week {week}" if week is not None else "before the first session"


_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sept", "sep"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))
_ORD = r"(?:st|nd|rd|th)?"
_DATES = re.compile(
    rf"(?<![\w/.-])(?:"
    rf"(?P<iy>\d{{4}})-(?P<im>\d{{1,2}})-(?P<id>\d{{1,2}})"
    rf"|(?P<nd>\d{{1,2}})[/.](?P<nm>\d{{1,2}})[/.](?P<ny>\d{{4}}|\d{{2}})"
    rf"|(?P<dd>\d{{1,2}}){_ORD}\s+(?:of\s+)?(?P<dm>{_MONTH})(?:,?\s+(?P<dy>\d{{4}}))?"
    rf"|(?P<md>{_MONTH})\s+(?P<mn>\d{{1,2}}){_ORD}(?:,?\s+(?P<my>\d{{4}}))?"
    rf")(?![\w/-])",
    re.IGNORECASE,
)


def _date_of(match: re.Match[str]) -> tuple[dt.date | None, bool]:
    """The date a match names (None if it is no real date) and whether it had a year."""
    g = match.groupdict()
    try:
        if g["iy"]:
            return dt.date(int(g["iy"]), int(g["im"]), int(g["id"])), True
        if g["nd"]:
            year = int(g["ny"]) + (2000 if len(g["ny"]) == 2 else 0)
            return dt.date(year, int(g["nm"]), int(g["nd"])), True
        if g["dd"]:
            year = g["dy"]
            month = _MONTHS[g["dm"].lower()]
            return dt.date(int(year or 2000), month, int(g["dd"])), bool(year)
        year = g["my"]
        month = _MONTHS[g["md"].lower()]
        return dt.date(int(year or 2000), month, int(g["mn"])), bool(year)
    except ValueError:
        return None, False


def date_cuts(text: str, weeks: RelativeWeeks | None) -> list[tuple[int, int, str]]:
    """Each date written in ``text``: its span and what replaces it."""
    cuts = []
    for match in _DATES.finditer(text):
        day, has_year = _date_of(match)
        if day is None:
            continue  # 31/02/2025, "May 40": not a date; left as written
        label = weeks.label(day) if weeks is not None and has_year else MARKER
        if label.startswith("before"):
            label = MARKER
        cuts.append((match.start(), match.end(), label))
    return cuts


# --- "check these" --------------------------------------------------------------------------
_WORD = re.compile(r"[^\W\d_](?:[\w'’-]*[^\W_])?")
_SENTENCE_END = re.compile(r"[.!?:\n\"“‘]|\d[.)]")
_POSSESSIVE = re.compile(r"['’]s?$", re.IGNORECASE)
_TITLES = frozenset({"mr", "mrs", "ms", "mx", "dr", "st", "prof", "rev", "fr"})  # "Dr. Lee"


def names_to_check(text: str, known: Iterable[str] = ()) -> tuple[str, ...]:
    """Capitalised words that may be names: not the first of a sentence (or line, list item,
    quotation), not common words, not on the list (``known``). Once each, in order. Run it
    on text already redacted, so what is left is what a reader would see."""
    skip = {fold(word) for term in known for word in re.split(_SPLIT, term)}
    skip |= {fold(term) for term in known}
    found: dict[str, str] = {}
    previous_end = 0
    previous = ""
    for match in _WORD.finditer(text):
        gap = text[previous_end : match.start()]
        after_title = gap.strip() == "." and previous in _TITLES
        starts_sentence = not previous or (bool(_SENTENCE_END.search(gap)) and not after_title)
        previous_end, previous = match.end(), fold(match.group())
        word = _POSSESSIVE.sub("", match.group())
        if starts_sentence or not word or not word[0].isupper():
            continue
        key = fold(word)
        if key not in COMMON_WORDS and key not in skip and key not in found:
            found[key] = word
    return tuple(found.values())
