"""The reliability panel: both sides' reliability month by month, for the whole practice or
one client, from the same input records the timeline reads (``services/alliance_inputs``).
Practice breaks never count as the practitioner's cancellations."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from counsel_desk.domain.reliability import ReliabilityFigures, monthly_reliability, total
from counsel_desk.domain.timeline import months_before
from counsel_desk.services.alliance_inputs import AllianceInputs


@dataclass(frozen=True)
class ReliabilityReport:
    """Figures per month, earliest first (months without a session are there with zeros)."""

    client_id: int | None  # None: the whole practice
    months: tuple[ReliabilityFigures, ...]

    def since(self, first: dt.date) -> tuple[ReliabilityFigures, ...]:
        start = first.replace(day=1)
        return tuple(m for m in self.months if m.month is not None and m.month >= start)

    def last_months(self, count: int, today: dt.date | None = None) -> ReliabilityFigures:
        """The total of the ``count`` months up to and including this one."""
        today = today or dt.date.today()
        first = months_before(today.replace(day=1), count - 1)
        return total([m for m in self.since(first) if m.month is not None and m.month <= today])

    def overall(self) -> ReliabilityFigures:
        return total(self.months)


class ReliabilityService:
    def __init__(self, inputs: AllianceInputs) -> None:
        self._inputs = inputs

    def report(self, client_id: int | None = None) -> ReliabilityReport:
        """Month by month: practice-wide, or for ``client_id``. Future months (sessions
        only booked) are left out."""
        if client_id is None:  # the many plain sessions counted by the database
            records, plain = self._inputs.practice_records()
        else:
            records, plain = self._inputs.session_records(client_id), {}
        months = monthly_reliability(records, self._inputs.practice_breaks(), plain_held=plain)
        this_month = dt.date.today().replace(day=1)
        return ReliabilityReport(client_id, _up_to(months, this_month))


def _up_to(months: Sequence[ReliabilityFigures], last: dt.date) -> tuple[ReliabilityFigures, ...]:
    return tuple(m for m in months if m.month is not None and m.month <= last)
