"""The practitioner's reflection after a session: each of the eight conditions rated 1 to 5
(with an optional word), offered after finalising a session note and skipped with Escape.

Made for the keyboard: typing a rating moves to the next condition's, so the whole
reflection is eight digits and Enter. A condition the session did not touch is left empty.
A rating outside 1 to 5 is the domain's sentence naming the condition, and nothing is kept."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from counsel_desk.domain.reflection import RATING_WORDS, Condition, make_reflection
from counsel_desk.ui import forms
from counsel_desk.ui import widgets as w
from counsel_desk.ui.formats import fmt_datetime
from counsel_desk.ui.i18n import shown_text

if TYPE_CHECKING:
    from counsel_desk.domain.reflection import Reflection
    from counsel_desk.domain.sessions import Session


def _scale() -> str:
    """ "1 strained, 2 uneasy, …", in the practitioner's language."""
    return ", ".join(f"{n} {shown_text(word)}" for n, word in RATING_WORDS.items())


OFFERED = QT_TRANSLATE_NOOP(
    "dialogs.reflection",
    "How did the working relationship feel in this session? Rate what it touched, from "
    "{scale}; leave the rest. Esc skips it.",
)
ASKED = QT_TRANSLATE_NOOP(
    "dialogs.reflection", "Rate what the session touched, from {scale}; leave the rest empty."
)


class ReflectionDialog(QDialog):
    def __init__(
        self,
        save: Callable[[list[tuple[Condition, str, str]]], Reflection],
        session: Session,
        client_code: str,
        *,
        offered: bool = False,
        earlier: Reflection | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            self.tr("Reflect on this session") if offered else self.tr("Reflection")
        )
        self._save_to = save
        self.session = session
        self.saved: Reflection | None = None
        self.ratings: dict[Condition, QLineEdit] = {}
        self.words: dict[Condition, QLineEdit] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(w.SPACING)
        for row, condition in enumerate(Condition):
            label = QLabel(shown_text(condition.label))
            label.setToolTip(shown_text(condition.prompt))
            rating = QLineEdit()
            rating.setAccessibleName(
                self.tr("{label}, 1 to 5").format(label=shown_text(condition.label))
            )
            rating.setToolTip(shown_text(condition.prompt))
            rating.setMaximumWidth(44)
            rating.setMaxLength(2)
            word = QLineEdit()
            word.setAccessibleName(
                self.tr("A word on {lower}").format(lower=shown_text(condition.label).lower())
            )
            word.setPlaceholderText(self.tr("a word, if you like"))
            label.setBuddy(rating)
            rating.textEdited.connect(lambda text, r=row: self._typed(r, text))
            grid.addWidget(label, row, 0)
            grid.addWidget(rating, row, 1)
            grid.addWidget(word, row, 2)
            self.ratings[condition] = rating
            self.words[condition] = word
        if earlier is not None:
            for rated in earlier.ratings:
                self.ratings[rated.condition].setText(str(rated.rating))
                self.words[rated.condition].setText(rated.word)
        self.error = w.ErrorLine()
        when = fmt_datetime(session.start)
        form = QFormLayout()
        form.addRow(self.tr("Session"), w.plain_label(f"{client_code} · {when}"))
        said = QCoreApplication.translate("dialogs.reflection", OFFERED)
        if not offered:
            said = QCoreApplication.translate("dialogs.reflection", ASKED)
        form.addRow(w.explanation(said.format(scale=_scale())))
        form.addRow(grid)
        self.save_button = forms.form_dialog(self, form, self._submit, self.error, min_width=480)
        order = [self.ratings[c] for c in Condition]  # in the dialog now: Tab goes down
        for first, second in itertools.pairwise(order):  # the ratings first, then the words
            QWidget.setTabOrder(first, second)
        if offered:
            box = self.save_button.parent()
            assert isinstance(box, QDialogButtonBox)
            box.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Not now"))
        forms.recheck_when_edited(self, self.error, self.check)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._to(Condition.COMMUNICATION)

    def _to(self, condition: Condition) -> None:
        """The cursor into a condition's rating, what is there selected: a digit typed over
        an earlier reflection's rating replaces it (rather than making "45")."""
        field = self.ratings[condition]
        field.setFocus()
        field.selectAll()

    def _typed(self, row: int, text: str) -> None:
        """A whole rating typed: on to the next condition's (the words wait for Tab)."""
        conditions = list(Condition)
        if len(text.strip()) == 1 and text.strip().isdigit() and row + 1 < len(conditions):
            self._to(conditions[row + 1])

    def entered(self) -> list[tuple[Condition, str, str]]:
        return [(c, self.ratings[c].text().strip(), self.words[c].text()) for c in Condition]

    def check(self) -> None:
        make_reflection(self.session.client_id, self.session.start.date(), self.entered())

    def _submit(self) -> None:
        forms.save_or_say(self, self.error, lambda: self._save_to(self.entered()))
