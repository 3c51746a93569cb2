"""Two versions of a contract side by side: the terms that changed, then each clause that
changed, the earlier version on the left and the later on the right, with the words that
differ marked on both sides. Print or save the comparison from here too.

The page is built as HTML with every piece of text escaped, and shown in a browser that
follows no link and loads nothing; it is drawn on white, like the printed comparison.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from counsel_desk.domain.contract.compare import Change, Comparison, Piece
from counsel_desk.domain.contract.version import ContractVersion
from counsel_desk.domain.errors import CounselDeskError
from counsel_desk.ui import widgets as w
from counsel_desk.ui.contract.preview import ContractPreview
from counsel_desk.ui.i18n import error_text, shown_text

MARK = "background-color:#ffe08a; font-weight:bold"
NOT_IN = QT_TRANSLATE_NOOP("dialogs.compare", "not in this version")
SWITCHED_OFF = QT_TRANSLATE_NOOP("dialogs.compare", "switched off")
ABSENT = {
    Change.ADDED: (NOT_IN, ""),
    Change.REMOVED: ("", NOT_IN),
    Change.SWITCHED_ON: (SWITCHED_OFF, ""),
    Change.SWITCHED_OFF: ("", SWITCHED_OFF),
}


def _pieces(pieces: tuple[Piece, ...], absent: str) -> str:
    if not pieces:
        if absent:
            said = QCoreApplication.translate("dialogs.compare", absent)
        else:
            said = QCoreApplication.translate("dialogs.compare", "empty")
        return f"<i>({html.escape(said)})</i>"
    out = []
    for piece in pieces:
        text = html.escape(piece.text).replace("\n", "<br>")
        out.append(f'<span style="{MARK}">{text}</span>' if piece.changed else text)
    return "".join(out)


def comparison_html(comparison: Comparison) -> str:
    """The comparison as a two-column page (every piece of text escaped)."""
    a, b = comparison.before.number, comparison.after.number
    version = QCoreApplication.translate("dialogs.compare", "Version {number}")
    version_a, version_b = version.format(number=a), version.format(number=b)
    head = f"<th width='50%' align='left'>{version_a}</th><th align='left'>{version_b}</th>"
    terms = QCoreApplication.translate("dialogs.compare", "Terms")
    parts = [f"<h3>{terms}</h3>"]
    changed_terms = comparison.changed_terms
    if changed_terms:
        term_head = QCoreApplication.translate("dialogs.compare", "Term")
        parts.append(
            f"<table cellpadding='4' width='100%'><tr><th align='left'>{term_head}</th>"
            f"<th align='left'>{version_a}</th><th align='left'>{version_b}</th></tr>"
        )
        for term in changed_terms:
            parts.append(
                f"<tr><td>{html.escape(shown_text(term.label))}</td>"
                f"<td>{html.escape(shown_text(term.before))}</td>"
                f'<td><span style="{MARK}">{html.escape(shown_text(term.after))}</span></td></tr>'
            )
        parts.append("</table>")
    else:
        same_terms = QCoreApplication.translate(
            "dialogs.compare", "The terms are the same in both versions."
        )
        parts.append(f"<p>{same_terms}</p>")
    clauses = QCoreApplication.translate("dialogs.compare", "Clauses")
    parts.append(f"<h3>{clauses}</h3>")
    rows = comparison.changed_clauses
    if not rows:
        same_clauses = QCoreApplication.translate(
            "dialogs.compare", "Every clause reads the same in both versions."
        )
        parts.append(f"<p>{same_clauses}</p>")
    else:
        parts.append(f"<table cellpadding='5' width='100%'><tr>{head}</tr>")
        for row in rows:
            title = html.escape(row.title)
            if row.retitled_from:
                was = QCoreApplication.translate("dialogs.compare", "(was “{title}”)")
                title += f" <i>{was.format(title=html.escape(row.retitled_from))}</i>"
            left, right = ABSENT.get(row.change, ("", ""))
            change = html.escape(shown_text(row.change.label).lower())
            parts.append(
                f"<tr><td colspan='2'><b>{title}</b> — {change}"
                f"</td></tr><tr><td valign='top'>{_pieces(row.before, left)}</td>"
                f"<td valign='top'>{_pieces(row.after, right)}</td></tr>"
            )
        parts.append("</table>")
    same = [
        r.title for r in comparison.clauses if r.change is Change.SAME and (r.before or r.after)
    ]
    if same and rows:
        unchanged = QCoreApplication.translate("dialogs.compare", "<b>Unchanged:</b> {titles}.")
        parts.append(f"<p>{unchanged.format(titles=html.escape(', '.join(same)))}</p>")
    return "".join(parts)


class CompareDialog(QDialog):
    """Choose two versions; see them side by side; print or save the comparison."""

    def __init__(
        self,
        compare: Callable[[int, int], Comparison],
        versions: Sequence[ContractVersion],
        before: int,
        after: int,
        print_copy: Callable[[int, int], object],
        save_copy: Callable[[int, int], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Compare versions"))
        self._compare = compare
        self.comparison: Comparison | None = None
        self.first = QComboBox()
        self.first.setAccessibleName(self.tr("Earlier version"))
        self.second = QComboBox()
        self.second.setAccessibleName(self.tr("Later version"))
        for version in versions:
            label = self.tr("Version {number} · {label}").format(
                number=version.number, label=shown_text(version.status.label)
            )
            self.first.addItem(label, version.number)
            self.second.addItem(label, version.number)
        self.first.setCurrentIndex(max(0, self.first.findData(before)))
        self.second.setCurrentIndex(max(0, self.second.findData(after)))
        self.first.currentIndexChanged.connect(self.refresh)
        self.second.currentIndexChanged.connect(self.refresh)
        self.page = ContractPreview()
        self.page.setAccessibleName(self.tr("The two versions compared"))
        self.error = w.ErrorLine()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setDefault(True)
        self.print_button = buttons.addButton(
            self.tr("Print…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.save_button = buttons.addButton(
            self.tr("Save a copy…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        for button in (self.print_button, self.save_button):
            button.setAutoDefault(False)
        self.print_button.clicked.connect(lambda: print_copy(*self.numbers()))
        self.save_button.clicked.connect(lambda: save_copy(*self.numbers()))
        buttons.rejected.connect(self.reject)
        choose = QHBoxLayout()
        choose.addWidget(QLabel(self.tr("Compare")))
        choose.addWidget(self.first, 1)
        choose.addWidget(QLabel(self.tr("with")))
        choose.addWidget(self.second, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(w.MARGIN, w.MARGIN, w.MARGIN, w.MARGIN)
        layout.setSpacing(w.SPACING)
        layout.addLayout(choose)
        layout.addWidget(self.page, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(900, 640)
        self.refresh()

    def numbers(self) -> tuple[int, int]:
        """(the later version, the earlier one), as the copies are asked for."""
        a, b = sorted((self.first.currentData(), self.second.currentData()))
        return b, a

    def refresh(self) -> None:
        later, earlier = self.numbers()
        try:
            self.comparison = self._compare(earlier, later)
        except CounselDeskError as exc:
            self.comparison = None
            self.page.clear()
            self.error.show_message(error_text(exc))
        else:
            self.error.clear()
            self.page.setHtml(comparison_html(self.comparison))
        for button in (self.print_button, self.save_button):
            button.setEnabled(self.comparison is not None)
