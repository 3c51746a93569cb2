"""Today's care section: clients to make contact with (an open risk, then a missed session
or a cancellation at short notice), risk reviews that are due, the other open risks, and
practice breaks under way or coming up. Codes only, never what was disclosed; Enter on a
risk opens the client's Risk tab. Hidden while there is nothing to say."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from counsel_desk.ui import widgets as w
from counsel_desk.ui.formats import fmt_date, session_time
from counsel_desk.ui.i18n import shown_text
from counsel_desk.ui.intents import OpenClient
from counsel_desk.ui.models.rows import ID_ROLE
from counsel_desk.ui.views.today_section import Tally

if TYPE_CHECKING:
    from counsel_desk.domain.risk import MissedContact, Risk
    from counsel_desk.services.breaks import BreakService
    from counsel_desk.services.risks import RiskService, RiskToday

RISK_TAB = "Risk"  # the tab a risk opens: a view's name, a key


def contact_line(prompt: MissedContact, level: str) -> str:
    when = session_time(prompt.session_start)
    return QCoreApplication.translate(
        "views.today_care",
        "Make contact — {code} {what} ({when}) with a {level} risk open: consider getting "
        "in touch, and record it as a review",
    ).format(code=prompt.client_code, what=shown_text(prompt.what), when=when, level=level)


def review_line(risk: Risk, today: dt.date) -> str:
    assert risk.review_on is not None
    line = (
        QCoreApplication.translate(
            "views.today_care", "Risk review overdue since {day} — {code} ({level})"
        )
        if risk.review_on < today
        else QCoreApplication.translate(
            "views.today_care", "Risk review due {day} — {code} ({level})"
        )
    )
    return line.format(
        day=fmt_date(risk.review_on),
        code=risk.client_code,
        level=shown_text(risk.level.label).lower(),
    )


def open_line(risk: Risk) -> str:
    review = (
        QCoreApplication.translate("views.today_care", ", review on {day}").format(
            day=fmt_date(risk.review_on)
        )
        if risk.review_on
        else ""
    )
    return QCoreApplication.translate(
        "views.today_care", "Open risk — {code} ({level}){review}"
    ).format(code=risk.client_code, level=shown_text(risk.level.label).lower(), review=review)


class TodayCare(QWidget):
    intent = Signal(object)

    def __init__(
        self, risks: RiskService, breaks: BreakService, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._risks, self._breaks = risks, breaks
        self.seen: RiskToday | None = None
        self.risk_heading = w.heading(self.tr("Risk and safeguarding"), 1.05)
        self.risk_list = QListWidget()
        self.risk_list.setAccessibleName(self.tr("Risk and safeguarding"))
        self.risk_list.setSpacing(3)
        self.risk_list.itemActivated.connect(self._activated)
        self.breaks_heading = w.heading(self.tr("Practice breaks"), 1.05)
        self.breaks_text = w.explanation("")
        self.breaks_text.setAccessibleName(self.tr("Practice breaks"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(w.SPACING)
        for widget in (self.risk_heading, self.risk_list, self.breaks_heading, self.breaks_text):
            layout.addWidget(widget)
        self.hide()

    def reload(self, now: dt.datetime) -> None:
        today = self.seen = self._risks.today(now)
        self._fill_risks(today)
        ahead = self._breaks.ahead(now.date())
        lines = []
        for item in ahead:
            state = self.tr("under way") if item.first_day <= now.date() else self.tr("coming up")
            told = (
                self.tr("; clients told {day}").format(day=fmt_date(item.told_on))
                if item.told_on
                else self.tr("; clients not yet told")
            )
            lines.append(
                self.tr("{name}, {state}: {span}{told}").format(
                    name=shown_text(item.name), state=state, span=item.span, told=told
                )
            )
        self.breaks_text.setText("\n".join(lines))
        for widget in (self.breaks_heading, self.breaks_text):
            widget.setVisible(bool(lines))
        self.setVisible(bool(lines) or self.risk_list.count() > 0)

    def _fill_risks(self, today: RiskToday) -> None:
        self.risk_list.clear()
        levels = {r.client_id: shown_text(r.level.label).lower() for r in reversed(today.open)}

        def add(text: str, client_id: int) -> None:
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, client_id)
            self.risk_list.addItem(item)

        for prompt in today.contact:
            add(contact_line(prompt, levels.get(prompt.client_id, "")), prompt.client_id)
        due = {r.id for r in today.due}
        for risk in today.due:
            add(review_line(risk, today.today), risk.client_id)
        for risk in today.open:
            if risk.id not in due:
                add(open_line(risk), risk.client_id)
        shown = self.risk_list.count() > 0
        self.risk_heading.setVisible(shown)
        self.risk_list.setVisible(shown)
        if shown:
            rows = self.risk_list.count()
            height = sum(self.risk_list.sizeHintForRow(r) + 6 for r in range(rows)) + 6
            self.risk_list.setFixedHeight(min(height, 12 * self.fontMetrics().height()))

    def _activated(self, item: QListWidgetItem) -> None:
        client_id = item.data(ID_ROLE)
        if client_id is not None:
            self.intent.emit(OpenClient(client_id, RISK_TAB))

    def tallies(self) -> list[Tally]:
        """Clients to make contact with, then risk reviews due (the list's first rows)."""
        if self.seen is None:
            return []
        contact = len(self.seen.contact)
        return [
            Tally(self.tr("Clients to contact"), contact, self.risk_list, 0),
            Tally(self.tr("Risk reviews due"), len(self.seen.due), self.risk_list, contact),
        ]

    def clear(self) -> None:
        self.seen = None
        self.risk_list.clear()
        self.breaks_text.clear()
        self.hide()
