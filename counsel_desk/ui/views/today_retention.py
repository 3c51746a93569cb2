"""Today's "Due for review" list: clients whose records (or process notes) have passed
their retention date, with what to do: keep them longer (with a reason) or erase. Codes
only; its data comes from ``RetentionService.due``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from counsel_desk.ui import widgets as w
from counsel_desk.ui.formats import fmt_date
from counsel_desk.ui.i18n import shown_text
from counsel_desk.ui.intents import EraseRecords, KeepLonger
from counsel_desk.ui.models.rows import ID_ROLE
from counsel_desk.ui.views.today_section import Tally

if TYPE_CHECKING:
    from counsel_desk.domain.retention import Review
    from counsel_desk.services.retention import RetentionService

EXPLAINED = QT_TRANSLATE_NOOP(
    "views.today_retention",
    "These records have been kept for the period your retention rules set. Keep them longer "
    "if there is a reason (a complaint, a court case), or erase them.",
)
MORE = 50  # listed at most; the rest when these are dealt with


def review_text(review: Review) -> str:
    line = (
        QCoreApplication.translate(
            "views.today_retention", "{code} — process notes due since {day}. {summary}"
        )
        if review.process_notes_only
        else QCoreApplication.translate(
            "views.today_retention", "{code} — records due since {day}. {summary}"
        )
    )
    return line.format(
        code=review.code,
        day=fmt_date(review.due_since),
        summary=shown_text(review.retention.summary),
    )


class RetentionReview(QFrame):
    intent = Signal(object)
    place = "bottom"  # where Today puts it: after Outstanding

    def __init__(self, retention: RetentionService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._retention = retention
        self.reviews: list[Review] = []
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Due for review"))
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Records due for review"))
        self.list.setWordWrap(True)
        self.list.setSpacing(3)
        self.list.currentRowChanged.connect(self._chosen)
        self.list.itemActivated.connect(lambda _item: self._keep())
        self.keep_button = QPushButton(self.tr("Keep longer…"))
        self.keep_button.clicked.connect(self._keep)
        self.erase_button = QPushButton(self.tr("Erase…"))
        self.erase_button.clicked.connect(self._erase)
        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(self.keep_button)
        row.addWidget(self.erase_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(w.SPACING, w.SPACING, w.SPACING, w.SPACING)
        column.setSpacing(w.SPACING // 2)
        self.heading = w.heading(self.tr("Due for review"), 1.05)
        column.addWidget(self.heading)
        column.addWidget(
            w.explanation(QCoreApplication.translate("views.today_retention", EXPLAINED))
        )
        column.addWidget(self.list)
        column.addLayout(row)
        self.hide()

    def reload(self) -> None:
        self.reviews = self._retention.due()[:MORE]
        self.list.clear()
        for review in self.reviews:
            item = QListWidgetItem(review_text(review))
            item.setData(ID_ROLE, review.client_id)
            self.list.addItem(item)
        self.setVisible(bool(self.reviews))
        if self.reviews:
            self.list.setCurrentRow(0)
            rows = min(len(self.reviews), 4)
            self.list.setFixedHeight(sum(self.list.sizeHintForRow(r) + 6 for r in range(rows)) + 4)
        self._chosen(self.list.currentRow())

    def _chosen(self, row: int) -> None:
        chosen = 0 <= row < len(self.reviews)
        self.keep_button.setEnabled(chosen)
        self.erase_button.setEnabled(chosen)

    def _current(self) -> Review | None:
        row = self.list.currentRow()
        return self.reviews[row] if 0 <= row < len(self.reviews) else None

    def _keep(self) -> None:
        review = self._current()
        if review is not None:
            self.intent.emit(KeepLonger(review.client_id, review.process_notes_only))

    def _erase(self) -> None:
        review = self._current()
        if review is not None:
            self.intent.emit(EraseRecords(review.client_id, review.process_notes_only))

    def tallies(self) -> list[Tally]:
        more = len(self.reviews) >= MORE
        return [Tally(self.tr("Records due for review"), len(self.reviews), self.list, 0, more)]

    def clear(self) -> None:
        self.reviews = []
        self.list.clear()
        self.hide()
