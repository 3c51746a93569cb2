"""The alliance timeline as data: lanes of dated marks that a painter draws, and the same
marks as table rows that a screen reader reads. One structure serves both, so the table
never says something the picture does not show. Pure: no Qt.

:func:`~counsel_desk.domain.timeline_build.build_timeline` makes a :class:`Timeline` from a
client's records; :func:`preset_range` turns "3 months", "12 months" or "all" into dates.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass, replace
from decimal import Decimal
from enum import StrEnum
from pathlib import PurePath

from counsel_desk.domain.dates import day_text
from counsel_desk.domain.errors import ValidationError
from counsel_desk.domain.i18n import QT_TRANSLATE_NOOP, Marked, Phrase, phrase


class Preset(StrEnum):
    THREE_MONTHS = "3m"
    TWELVE_MONTHS = "12m"
    ALL = "all"

    @property
    def label(self) -> Marked:
        return {
            "3m": QT_TRANSLATE_NOOP("Preset", "3 months"),
            "12m": QT_TRANSLATE_NOOP("Preset", "12 months"),
            "all": QT_TRANSLATE_NOOP("Preset", "All"),
        }[self.value]


class PictureFormat(StrEnum):
    """What a saved timeline is: a picture (PNG) or a page to print (PDF)."""

    PNG = "png"
    PDF = "pdf"

    @classmethod
    def from_path(cls, path: PurePath | str) -> PictureFormat:
        suffix = PurePath(path).suffix.lower()
        for fmt in cls:
            if suffix == f".{fmt.value}":
                return fmt
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Choose a file name ending in .png or .pdf, so Counsel Desk knows which kind of "
                "file to write.",
            )
        )


class LaneKind(StrEnum):
    LINE = "line"  # values on a vertical scale, joined
    MARKS = "marks"  # dated marks in a row


class MarkKind(StrEnum):
    """What a mark stands for; the painter picks its shape and colour from this."""

    SCORE = "score"
    REFLECTION = "reflection"
    # attendance
    ATTENDED = "attended"
    CLIENT_LATE = "client_late"
    PRACTITIONER_LATE = "practitioner_late"
    ENDED_EARLY_CLIENT = "ended_early_client"
    ENDED_EARLY_PRACTITIONER = "ended_early_practitioner"
    ENDED_EARLY_AGREED = "ended_early_agreed"
    ENDED_EARLY_CONNECTION = "ended_early_connection"
    ENDED_EARLY_OUTSIDE = "ended_early_outside"
    CANCELLED_CLIENT = "cancelled_client"
    CANCELLED_CLIENT_SHORT = "cancelled_client_short"
    CANCELLED_PRACTITIONER = "cancelled_practitioner"
    CANCELLED_PRACTITIONER_SHORT = "cancelled_practitioner_short"
    DID_NOT_ATTEND = "did_not_attend"
    RESCHEDULED = "rescheduled"
    PRACTICE_BREAK = "practice_break"  # a span
    # ruptures and repairs
    RUPTURE_WITHDRAWAL = "rupture_withdrawal"
    RUPTURE_CONFRONTATION = "rupture_confrontation"
    RUPTURE_BOTH = "rupture_both"
    REPAIRED = "repaired"  # extra on a rupture mark once it is repaired
    REPAIR = "repair"
    # events others record
    BOUNDARY = "boundary"
    RISK = "risk"
    CONTRACT = "contract"
    CONTRACT_REVIEW = "contract_review"
    # suggestions
    FLAG = "flag"
    FLAG_DISMISSED = "flag_dismissed"


# What a mark, a lane or a row says: a marked text, a phrase, or words not to translate (a
# measure's name, the practitioner's own words). ``str()`` of each is the English.
Text = str | Phrase
NOTHING_RECORDED = QT_TRANSLATE_NOOP("timeline", "Nothing recorded in this period.")
_UNTIL = QT_TRANSLATE_NOOP("timeline", "Until {day}.")
_UNTIL_THEN = QT_TRANSLATE_NOOP("timeline", "Until {day}. {detail}")


@dataclass(frozen=True)
class Mark:
    on: dt.date
    kind: MarkKind
    label: Text  # short: a tooltip's first line, the table's "what"
    detail: Text = ""  # a sentence or two more, for the tooltip and the table
    session_id: int | None = None  # a click opens this session
    value: Decimal | None = None  # a line's value
    until: dt.date | None = None  # the last day of a span (a practice break)
    extra: tuple[MarkKind, ...] = ()  # more to draw on the same mark (late and early, …)
    ref: str = ""  # the record behind it: "score:12", "rupture:3", "flag:<key>"; "" for none


@dataclass(frozen=True)
class BandSpan:
    low: Decimal
    high: Decimal
    label: str


@dataclass(frozen=True)
class Scale:
    """A line lane's vertical scale, with the cutoff and bands to shade."""

    low: Decimal
    high: Decimal
    cutoff: Decimal | None = None
    concern_below: bool = True  # the worrying side of the cutoff is below it
    bands: tuple[BandSpan, ...] = ()
    bands_illustrative: bool = False


@dataclass(frozen=True)
class Series:
    """A second line in the same lane (a subscale), with the same scale's meaning."""

    key: str
    title: str
    points: tuple[Mark, ...]


@dataclass(frozen=True)
class Lane:
    key: str  # "measure:srs", "reflection", "attendance", "ruptures", …
    title: str  # marked, or a measure's short name
    kind: LaneKind
    marks: tuple[Mark, ...]
    scale: Scale | None = None
    series: tuple[Series, ...] = ()
    empty_text: Text = NOTHING_RECORDED


@dataclass(frozen=True)
class Row:
    """One line of the table beside the picture."""

    on: dt.date
    lane: str  # the lane's title
    what: Text
    detail: Text
    session_id: int | None = None
    ref: str = ""  # as the mark's
    lane_key: str = ""  # the mark this row is: its lane and its place in it
    index: int = -1

    @property
    def date_text(self) -> str:
        return day_text(self.on)


@dataclass(frozen=True)
class Timeline:
    start: dt.date
    end: dt.date
    lanes: tuple[Lane, ...]

    def lane(self, key: str) -> Lane:
        for lane in self.lanes:
            if lane.key == key:
                return lane
        raise KeyError(key)

    def rows(self) -> tuple[Row, ...]:
        """Every mark as a row, by date, then in the order of the lanes."""
        rows = []
        for order, lane in enumerate(self.lanes):
            for n, mark in enumerate(lane.marks):
                detail = mark.detail
                if mark.until is not None and mark.until != mark.on:
                    until = day_text(mark.until)
                    if detail:
                        detail = phrase(_UNTIL_THEN, day=until, detail=detail)
                    else:
                        detail = phrase(_UNTIL, day=until)
                rows.append(
                    (
                        mark.on,
                        order,
                        n,
                        Row(
                            mark.on,
                            lane.title,
                            mark.label,
                            detail,
                            mark.session_id,
                            mark.ref,
                            lane.key,
                            n,
                        ),
                    )
                )
        rows.sort(key=lambda r: r[:3])
        return tuple(r[3] for r in rows)

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1


DOCUMENT_PICTURE = "alliance-timeline"  # its painter's name in render's registry
ATTENDANCE_LANE = "attendance"


@dataclass(frozen=True)
class DocumentTimeline:
    """A client's timeline as a picture inside a document (the supervision summary): only
    what a picture draws, never a word typed about the client (marks keep their date, kind
    and value; their labels and details, which tooltips show, are left out), and the axis
    in weeks of the work from ``weeks_from`` when the document gives dates that way."""

    timeline: Timeline
    weeks_from: dt.date | None = None

    @property
    def description(self) -> str:
        """What the picture shows, in words (alt text, and the Markdown's line)."""
        shown = [
            f"{lane.title} ({len(lane.marks)})"
            for lane in self.timeline.lanes
            if lane.marks and lane.key != ATTENDANCE_LANE
        ]
        return "A timeline of the period, with " + ", ".join(shown) + " beside attendance."

    @property
    def height_mm(self) -> float:
        """Tall enough for every lane at a size that reads on paper: a line lane 64 logical
        pixels (96 to the inch), a lane of marks 26, the axis, margins and legend 96."""
        lines = sum(1 for lane in self.timeline.lanes if lane.kind is LaneKind.LINE)
        marks = len(self.timeline.lanes) - lines
        return round((lines * 64 + marks * 26 + 96) / 96 * 25.4, 1)


def for_document(timeline: Timeline, weeks_from: dt.date | None = None) -> DocumentTimeline | None:
    """The lanes that hold something in the period (attendance kept beside them, for the
    rhythm of the work), their words left out; None when nothing but attendance would be
    drawn."""

    def bare(mark: Mark) -> Mark:
        return replace(mark, label="", detail="", ref="", session_id=None)

    lanes = tuple(
        replace(
            lane,
            marks=tuple(bare(m) for m in lane.marks),
            series=tuple(replace(s, points=tuple(bare(m) for m in s.points)) for s in lane.series),
        )
        for lane in timeline.lanes
        if lane.marks
    )
    if not any(lane.key != ATTENDANCE_LANE for lane in lanes):
        return None
    return DocumentTimeline(replace(timeline, lanes=lanes), weeks_from)


def months_before(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` months earlier (the last of a shorter month)."""
    key = day.year * 12 + day.month - 1 - months
    year, month = divmod(key, 12)
    month += 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


RECENT = dt.timedelta(days=31)


def preset_range(
    preset: Preset, today: dt.date, span: tuple[dt.date, dt.date] | None
) -> tuple[dt.date, dt.date]:
    """The first and last day a preset shows. The period ends today, or on the client's last
    record when that is over a month ago (an ended client); "all" starts at their first
    record."""
    end = today if span is None or span[1] >= today - RECENT else span[1]
    if preset is Preset.ALL:
        return (min(span[0], end) if span else end), end
    months = 3 if preset is Preset.THREE_MONTHS else 12
    return months_before(end, months) + dt.timedelta(days=1), end
