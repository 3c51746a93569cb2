"""Editing a contract version clause by clause: the list of clauses (ticked while switched
on; the terms at the top), and beside it the chosen clause's title and wording, or the
terms form. Every edit goes through the domain's own functions (``edit_clause``,
``set_terms`` …) and, if they accept it, ``edited`` carries the new version; if not, the
line under the editor says why in their sentence and the version stays as it was.

An agreed version is shown the same way, read-only: nothing here can change it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from counsel_desk.domain.contract.clauses import (
    WHY_ESSENTIAL,
    Clause,
    is_essential,
    next_own_key,
)
from counsel_desk.domain.contract.placeholders import PLACEHOLDERS
from counsel_desk.domain.contract.version import (
    ContractVersion,
    add_clause,
    edit_clause,
    move_clause,
    remove_clause,
    set_terms,
)
from counsel_desk.domain.errors import CounselDeskError
from counsel_desk.ui import widgets as w
from counsel_desk.ui.contract.terms_form import TermsForm
from counsel_desk.ui.i18n import error_text, shown_text

TERMS = "\x00terms"  # the list's first row: the terms, not a clause
_BLOCK_START = re.compile(r"^\s*([-*+]\s|\d+[.)]\s|#|>|\|)")
READ_ONLY = QT_TRANSLATE_NOOP(
    "contract.editor",
    "This version has been agreed, so it cannot be changed. To change the agreement, make a "
    "new version (Contract → New version…).",
)
NEW_CLAUSE = QT_TRANSLATE_NOOP("contract.editor", "A clause of your own")
TEXT_PAUSE_MS = 300  # typing in a clause is applied once the keys pause


def soft_wrapped(text: str) -> str:
    """Wording as the editor shows it: the lines of a paragraph or a list item joined (the
    shipped templates are wrapped at a fixed width; Markdown reads a single line break as
    a space, so what the client reads is the same). Blank lines, list items, headings and
    a line ending in a hard break (two spaces, or a backslash) stay as they are."""
    out: list[str] = []
    for line in text.split("\n"):
        previous = out[-1] if out else ""
        joins = (
            previous.strip()
            and line.strip()
            and not _BLOCK_START.match(line)
            and not previous.endswith(("  ", "\\"))
        )
        if joins:
            out[-1] = f"{previous.rstrip()} {line.strip()}"
        else:
            out.append(line)
    return "\n".join(out)


class ContractEditor(QWidget):
    edited = Signal(object)  # the version, changed in memory
    chosen = Signal(str)  # the clause key (or TERMS) now being edited

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.version: ContractVersion | None = None
        self.read_only = True
        self._filling = False
        self._editing: str | None = None  # the clause whose words the fields hold
        self.items = QListWidget()
        self.items.setAccessibleName(self.tr("Clauses"))
        self.items.setToolTip(
            self.tr("Essential clauses are in bold; untick a clause to leave it out")
        )
        w.wrap_items(self.items)  # a long title wraps rather than being cut short
        self.items.currentRowChanged.connect(self._row_changed)
        self.items.itemChanged.connect(self._item_toggled)
        self.add_button = QPushButton(self.tr("Add clause…"))
        self.add_button.clicked.connect(self._add)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setToolTip(self.tr("Remove the chosen clause from this draft"))
        self.remove_button.clicked.connect(self._remove)
        self.up_button = QPushButton(self.tr("Up"))
        self.up_button.setToolTip(self.tr("Move the chosen clause up"))
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button = QPushButton(self.tr("Down"))
        self.down_button.setToolTip(self.tr("Move the chosen clause down"))
        self.down_button.clicked.connect(lambda: self._move(1))

        self.title = QLineEdit()
        self.title.setAccessibleName(self.tr("Clause title"))
        self.enabled = QCheckBox(self.tr("Include this clause"))
        self.why = w.explanation("")
        self.text = QPlainTextEdit()
        self.text.setAccessibleName(self.tr("Clause wording"))
        self.text.setTabChangesFocus(True)
        self.placeholder = QComboBox()
        self.placeholder.setAccessibleName(self.tr("Insert a placeholder"))
        self.placeholder.addItem(self.tr("Insert a placeholder…"))
        for name, meaning in PLACEHOLDERS.items():
            self.placeholder.addItem(f"{{{name}}} — {meaning}", name)
        self.placeholder.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.placeholder.setMinimumContentsLength(18)
        self.placeholder.activated.connect(self._insert_placeholder)
        self.terms = TermsForm()
        self.terms.changed.connect(self._terms_changed)
        self.error = w.ErrorLine()
        self.locked = w.explanation(QCoreApplication.translate("contract.editor", READ_ONLY))
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(TEXT_PAUSE_MS)
        self._typing.timeout.connect(self._apply_clause)
        self.title.textEdited.connect(lambda _t: self._typing.start())
        self.text.textChanged.connect(self._text_changed)
        self.enabled.toggled.connect(lambda _on: self._apply_clause())

        clause_page = QWidget()
        form = QFormLayout(clause_page)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Title"), self.title)
        form.addRow("", self.enabled)
        form.addRow(self.why)
        form.addRow(self.text)
        form.addRow(self.placeholder)
        terms_page = QScrollArea()
        terms_page.setWidgetResizable(True)
        terms_page.setFrameShape(QScrollArea.Shape.NoFrame)
        terms_page.setAccessibleName(self.tr("The terms"))
        terms_page.setWidget(self.terms)
        self.pages = QStackedWidget()
        self.pages.addWidget(clause_page)
        self.pages.addWidget(terms_page)

        buttons = QGridLayout()
        buttons.setSpacing(w.SPACING // 2)
        buttons.addWidget(self.add_button, 0, 0)
        buttons.addWidget(self.remove_button, 0, 1)
        buttons.addWidget(self.up_button, 1, 0)
        buttons.addWidget(self.down_button, 1, 1)
        self.list_column = QWidget()
        left = QVBoxLayout(self.list_column)
        left.setContentsMargins(0, 0, 0, 0)
        left.addWidget(self.items, 1)
        left.addLayout(buttons)
        self.edit_column = QWidget()
        right = QVBoxLayout(self.edit_column)
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self.locked)
        right.addWidget(self.pages, 1)
        right.addWidget(self.error)

    # --- showing a version -----------------------------------------------------------------
    def set_version(self, version: ContractVersion | None, *, keep: str | None = None) -> None:
        """Show ``version`` (editable only while a draft), at clause ``keep`` if it has it."""
        self._typing.stop()
        self._editing = None  # the fields are refilled from ``version`` below
        self.version = version
        self.read_only = version is None or not version.is_draft
        self._filling = True
        try:
            self.items.clear()
            if version is not None:
                terms = QListWidgetItem(self.tr("The terms at a glance"))
                terms.setData(Qt.ItemDataRole.UserRole, TERMS)
                terms.setToolTip(self.tr("Session length, fee, notice, lateness and contact"))
                self.items.addItem(terms)
                for clause in version.clauses:
                    self.items.addItem(self._item(clause, version.remote))
                self.terms.set_terms(version.terms)
        finally:
            self._filling = False
        keys = [
            self.items.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.items.count())
        ]
        row = keys.index(keep) if keep in keys else (1 if len(keys) > 1 else 0)
        before = self.items.currentRow()
        self.items.setCurrentRow(row if keys else -1)
        if self.items.currentRow() == before:  # no signal came: fill the fields here
            self._row_changed(before)
        editable = not self.read_only
        for widget in (self.add_button, self.remove_button, self.up_button, self.down_button):
            widget.setVisible(editable)
        self.locked.setVisible(version is not None and self.read_only)
        self.title.setReadOnly(not editable)
        self.text.setReadOnly(not editable)
        self.enabled.setEnabled(editable)
        self.placeholder.setVisible(editable)
        self.terms.set_read_only(not editable)
        self.error.clear()

    def _item(self, clause: Clause, remote: bool) -> QListWidgetItem:
        essential = is_essential(clause.key, remote)
        item = QListWidgetItem(clause.title)
        item.setData(Qt.ItemDataRole.UserRole, clause.key)
        if essential:  # in bold, and said so to a screen reader
            font = item.font()
            font.setBold(True)
            item.setFont(font)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{clause.title}, essential")
        flags = item.flags() | Qt.ItemFlag.ItemIsUserCheckable
        if self.version is not None and not self.version.is_draft:
            flags &= ~Qt.ItemFlag.ItemIsUserCheckable
        item.setFlags(flags)
        item.setCheckState(Qt.CheckState.Checked if clause.enabled else Qt.CheckState.Unchecked)
        if essential:
            item.setToolTip(
                self.tr("Essential: {WHY_ESSENTIAL}").format(
                    WHY_ESSENTIAL=shown_text(WHY_ESSENTIAL[clause.key])
                )
            )
        return item

    def current_key(self) -> str | None:
        item = self.items.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def show_key(self, key: str) -> None:
        for row in range(self.items.count()):
            if self.items.item(row).data(Qt.ItemDataRole.UserRole) == key:
                self.items.setCurrentRow(row)
                return

    def _row_changed(self, _row: int) -> None:
        self._apply_clause()  # what was being typed in the clause before goes in first
        key = self.current_key()
        version = self.version
        self._filling = True
        try:
            self._editing = key if key not in (None, TERMS) else None
            if key == TERMS or version is None:
                self.pages.setCurrentIndex(1)
            else:
                clause = version.clause(key) if key else None
                self.pages.setCurrentIndex(0)
                self.title.setText(clause.title if clause else "")
                self.text.setPlainText(soft_wrapped(clause.text) if clause else "")
                self.enabled.setChecked(clause.enabled if clause else False)
                essential = clause is not None and is_essential(clause.key, version.remote)
                self.why.setText(
                    self.tr("Essential: {WHY_ESSENTIAL}").format(
                        WHY_ESSENTIAL=shown_text(WHY_ESSENTIAL[key])
                    )
                    if essential
                    else ""
                )
                self.why.setVisible(essential)
        finally:
            self._filling = False
        movable = not self.read_only and key not in (None, TERMS)
        for button in (self.remove_button, self.up_button, self.down_button):
            button.setEnabled(movable)
        if key is not None:
            self.chosen.emit(key)

    # --- edits -----------------------------------------------------------------------------
    def _text_changed(self) -> None:
        if not self._filling and not self.read_only:
            self._typing.start()

    def flush(self) -> None:
        """Apply what is being typed now (before saving, printing or agreeing)."""
        if self._typing.isActive():
            self._typing.stop()
            self._apply_clause()

    def _apply(self, change: Callable[[ContractVersion], ContractVersion]) -> bool:
        if self.version is None or self.read_only:
            return False
        try:
            changed = change(self.version)
        except CounselDeskError as exc:
            self.error.show_message(error_text(exc))
            return False
        self.error.clear()
        if changed != self.version:
            self.version = changed
            self.edited.emit(changed)
        return True

    def _apply_clause(self) -> None:
        """Put what the fields hold into the clause they were filled from (not the one
        just chosen: the list moves before the fields do)."""
        self._typing.stop()
        key = self._editing
        if self._filling or key is None or self.version is None:
            return
        clause = self.version.clause(key)
        if clause is None:
            return
        title, text, on = self.title.text(), self.text.toPlainText(), self.enabled.isChecked()
        if (title, text, on) == (clause.title, soft_wrapped(clause.text), clause.enabled):
            return  # nothing typed: the wording stays exactly as it was kept
        applied = self._apply(lambda v: edit_clause(v, key, title=title, text=text, enabled=on))
        if applied:
            self._refresh_item(key)

    def _refresh_item(self, key: str) -> None:
        assert self.version is not None
        clause = self.version.clause(key)
        for row in range(self.items.count()):
            item = self.items.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == key and clause is not None:
                self._filling = True
                try:
                    fresh = self._item(clause, self.version.remote)
                    item.setText(fresh.text())
                    item.setCheckState(fresh.checkState())
                    item.setData(
                        Qt.ItemDataRole.AccessibleTextRole,
                        fresh.data(Qt.ItemDataRole.AccessibleTextRole),
                    )
                finally:
                    self._filling = False

    def _item_toggled(self, item: QListWidgetItem) -> None:
        key = item.data(Qt.ItemDataRole.UserRole)
        if self._filling or key == TERMS or self.version is None:
            return
        self._apply_clause()
        on = item.checkState() == Qt.CheckState.Checked
        clause = self.version.clause(key)
        if clause is None or clause.enabled == on:
            return
        if self._apply(lambda v: edit_clause(v, key, enabled=on)) and key == self.current_key():
            self._filling = True
            self.enabled.setChecked(on)
            self._filling = False

    def _terms_changed(self) -> None:
        problem = self.terms.problem()
        if problem is not None:
            self.error.show_message(problem)  # kept as it was until the terms are possible
            return
        self._apply(lambda v: set_terms(v, self.terms.terms()))

    def _insert_placeholder(self, index: int) -> None:
        name = self.placeholder.itemData(index)
        self.placeholder.setCurrentIndex(0)
        if name and not self.read_only:
            self.text.insertPlainText(f"{{{name}}}")
            self.text.setFocus()

    def _add(self) -> None:
        """A clause of the practitioner's own after the chosen one, titled for them to
        rename: the title is selected, ready to type over."""
        self._apply_clause()  # what was being typed goes in first
        if self.version is None:
            return
        after = self.current_key()
        key = next_own_key(self.version.clauses)
        if self._apply(
            lambda v: add_clause(
                v,
                QCoreApplication.translate("contract.editor", NEW_CLAUSE),
                "",
                None if after == TERMS else after,
            )
        ):
            self.set_version(self.version, keep=key)
            self.title.setFocus()
            self.title.selectAll()

    def _remove(self) -> None:
        self._apply_clause()
        key = self.current_key()
        if key in (None, TERMS):
            return
        row = self.items.currentRow()
        if self._apply(lambda v: remove_clause(v, key)):
            keys = [c.key for c in self.version.clauses]  # type: ignore[union-attr]
            keep = keys[min(row - 1, len(keys) - 1)] if keys else TERMS
            self.set_version(self.version, keep=keep)

    def _move(self, delta: int) -> None:
        self._apply_clause()
        key = self.current_key()
        if key in (None, TERMS) or self.version is None:
            return
        keys = [c.key for c in self.version.clauses]
        to = keys.index(key) + delta
        if not 0 <= to < len(keys):
            return
        if self._apply(lambda v: move_clause(v, key, to)):
            self.set_version(self.version, keep=key)
