"""The Contract tab of a client's page: their written agreement, version by version.

Above, the version shown and where it stands (a draft; agreed on a date and how, and in
force; replaced by a later one), with what to do next. Below, three columns: the clauses
and the checklist; the chosen clause (or the terms) to edit; and the contract formatted as
the client will read it, updated as you type. A draft is kept as it is edited (about a
second after the last change, and whenever you leave); an agreed version is read-only.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from counsel_desk.domain.contract.checklist import checklist
from counsel_desk.domain.contract.documents import contract_document
from counsel_desk.domain.contract.history import ContractHistory
from counsel_desk.domain.contract.terms import duration_phrase
from counsel_desk.domain.contract.version import ContractStatus, ContractVersion, format_date
from counsel_desk.domain.errors import CounselDeskError
from counsel_desk.ui import widgets as w
from counsel_desk.ui.contract.copies import ContractCopies
from counsel_desk.ui.contract.editor import ContractEditor
from counsel_desk.ui.contract.preview import ChecklistView, ContractPreview
from counsel_desk.ui.i18n import error_text, shown_text
from counsel_desk.ui.shortcuts import ScopedKeys
from counsel_desk.ui.views.base import MenuItems, View
from counsel_desk.ui.views.contract_actions import ContractActionsMixin
from counsel_desk.ui.views.table import tool_button

if TYPE_CHECKING:
    from collections.abc import Callable

    from counsel_desk.domain.contract.parties import ClientFacts
    from counsel_desk.services.clients import ClientService
    from counsel_desk.services.contracts import ContractService
    from counsel_desk.ui.navigation import CurrentClient

NAME = "Contract"
NO_CLIENT = QT_TRANSLATE_NOOP(
    "views.contract", "No client open. Choose one in Clients (Ctrl+2) and press Enter."
)
SAVE_PAUSE_MS = 800  # a draft is kept this long after the last change
PREVIEW_PAUSE_MS = 150


def _label(version: ContractVersion, history: ContractHistory) -> str:
    in_force = history.in_force(dt.date.today())
    state = shown_text(version.status.label)
    if in_force is not None and in_force.number == version.number:
        state = QCoreApplication.translate("views.contract", "In force")
    return QCoreApplication.translate("views.contract", "Version {number} · {state}").format(
        number=version.number, state=state
    )


class ContractView(ContractActionsMixin, View):
    def __init__(
        self,
        contracts: ContractService,
        clients: ClientService,
        current: CurrentClient,
        vault_open: Callable[[], bool],
        show_names: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._contracts = contracts
        self._clients = clients
        self._current = current
        self._show_names = show_names
        self.client_id: int | None = None
        self.history = ContractHistory([])
        self.version: ContractVersion | None = None
        self._facts: ClientFacts | None = None
        self._stale = True
        self._unsaved = False
        self.copies = ContractCopies(self, lambda: contracts, vault_open)

        self.new_action = self._action(self.tr("New version…"), self.new_version)
        self.agree_action = self._action(self.tr("Agree…"), self.agree)
        self.compare_action = self._action(self.tr("Compare versions…"), self.compare)
        self.review_action = self._action(self.tr("Review date…"), self.review)
        self.print_action = self._action(self.tr("Print contract…"), self.print_copy)
        self.print_action.setShortcut(QKeySequence.StandardKey.Print)
        self.save_copy_action = self._action(
            self.tr("Save a copy of the contract…"), self.save_copy
        )
        self.save_copy_action.setShortcut(QKeySequence("Ctrl+Shift+S"))
        self.delete_action = self._action(self.tr("Delete this draft…"), self.delete_draft)
        self.requote_action = self._action(
            self.tr("Quote the practice details as they are now"), self.requote
        )

        self.versions = QComboBox()
        self.versions.setAccessibleName(self.tr("Version shown"))
        self.versions.activated.connect(lambda _i: self._choose(self.versions.currentData()))
        self.standing = w.explanation("")
        self.standing.setAccessibleName(self.tr("Where this version stands"))
        self.defaults_note = w.explanation("")
        self.editor = ContractEditor()
        self.editor.edited.connect(self._edited)
        self.editor.chosen.connect(self._clause_chosen)
        self.checklist = ChecklistView()
        self.checklist.chosen.connect(self.editor.show_key)
        self.preview = ContractPreview()
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_PAUSE_MS)
        self._save_timer.timeout.connect(self.save_draft)
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(PREVIEW_PAUSE_MS)
        self._preview_timer.timeout.connect(self._show_preview)

        top = QHBoxLayout()
        top.setSpacing(w.SPACING // 2)
        top.addWidget(QLabel(self.tr("Version")))
        top.addWidget(self.versions)
        top.addWidget(self.standing, 1)
        bar = QHBoxLayout()
        bar.setSpacing(w.SPACING // 2)
        for action, short in (
            (self.new_action, self.tr("New version…")),
            (self.agree_action, self.tr("Agree…")),
            (self.compare_action, self.tr("Compare…")),
            (self.review_action, self.tr("Review…")),
            (self.print_action, self.tr("Print…")),
            (self.save_copy_action, self.tr("Save a copy…")),
        ):
            bar.addWidget(tool_button(action))
            action.setIconText(short)  # the button's words; the menu keeps the full ones
        bar.addStretch()
        left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(self.editor.list_column)
        checklist_box = self.checklist_box = QWidget()
        column = QVBoxLayout(checklist_box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(w.heading(self.tr("Checklist"), 1.0))
        column.addWidget(self.checklist, 1)
        left.addWidget(checklist_box)
        left.setSizes([380, 200])
        self.split = QSplitter()
        self.split.addWidget(left)
        self.split.addWidget(self.editor.edit_column)
        self.split.addWidget(self.preview)
        self.split.setStretchFactor(1, 1)
        self.split.setStretchFactor(2, 1)
        self.split.setSizes([230, 330, 380])
        self.split.setChildrenCollapsible(False)
        page = QWidget()
        body = QVBoxLayout(page)
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(w.SPACING)
        body.addLayout(top)
        body.addWidget(self.defaults_note)
        body.addLayout(bar)
        body.addWidget(self.split, 1)
        self.empty = self._empty_state()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, w.SPACING, 0, 0)
        layout.addWidget(self.stack)
        current.changed.connect(self.set_client)
        self.setFocusProxy(self.editor.items)
        self._enable()

    def _action(self, text: str, slot: Callable[[], None]) -> QAction:
        action = QAction(text, self)
        action.triggered.connect(lambda _c=False: slot())
        return action

    def _empty_state(self) -> QWidget:
        box = QWidget()
        self.empty_text = w.explanation(QCoreApplication.translate("views.contract", NO_CLIENT))
        self.create_button = QPushButton(self.tr("Make a contract…"))
        self.create_button.clicked.connect(self.new_version)
        column = QVBoxLayout(box)
        column.addStretch()
        column.addWidget(self.empty_text)
        column.addWidget(self.create_button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addStretch(2)
        return box

    # --- the window's questions --------------------------------------------------------
    def menus(self) -> list[tuple[str, MenuItems]]:
        items: MenuItems = [
            self.new_action,
            self.agree_action,
            self.review_action,
            None,
            self.compare_action,
            None,
            self.print_action,
            self.save_copy_action,
            None,
            self.requote_action,
            self.delete_action,
        ]
        return [(QT_TRANSLATE_NOOP("Menus", "C&ontract"), items)]

    def scoped_keys(self) -> list[ScopedKeys]:
        where = self.tr("on the Contract tab")
        return [
            ScopedKeys(self.print_action, self.print_action.shortcuts(), (NAME,), where),
            ScopedKeys(self.save_copy_action, self.save_copy_action.shortcuts(), (NAME,), where),
        ]

    def shown(self) -> None:
        if self._stale or self.client_id != self._current.id:
            self.client_id = self._current.id
            self.reload()

    def store(self) -> None:
        self.save_draft()

    def refresh(self) -> None:
        self._stale = True
        if self.isVisible():
            self.shown()

    def clear(self) -> None:
        self._save_timer.stop()
        self._preview_timer.stop()
        self.client_id, self.version, self._facts = None, None, None
        self.history = ContractHistory([])
        self.editor.set_version(None)
        self.preview.clear_document()
        self.checklist.clear()
        self.versions.clear()
        self._stale = True

    def set_show_names(self, show: bool) -> None:
        self._show_names = show
        if self.client_id is not None:
            self._facts = None
            self._preview_timer.start()

    def place(self) -> Any:
        if self.client_id is None:
            return None
        number = self.version.number if self.version else None
        return (self.client_id, number, self.editor.current_key())

    def return_to(self, place: Any) -> None:
        if not place:
            return
        client_id, number, key = place
        if client_id != self.client_id:
            self.client_id = client_id
            self.reload()
        if number is not None and number in [v.number for v in self.history.versions]:
            self._choose(number, keep=key)

    # --- which client and version ----------------------------------------------------------
    def set_client(self, client_id: int) -> None:
        if client_id == self.client_id:
            return
        self.save_draft()
        self._stale = True
        if self.isVisible():
            self.client_id = client_id
            self.reload()

    def reload(self, number: int | None = None) -> None:
        """Read the client's versions; show ``number``, else the draft, else the one in force."""
        self.save_draft()  # what was typed goes in before anything is read again
        same = self.version is not None and self.version.client_id == self.client_id
        keep = (self.version.number, self.editor.current_key()) if same else None  # type: ignore[union-attr]
        self._stale = False
        self._facts = None
        self._save_timer.stop()
        self._unsaved = False
        client_id = self.client_id
        if client_id is None:
            self._show_empty(
                QCoreApplication.translate("views.contract", NO_CLIENT), can_create=False
            )
            return
        try:
            self.history = self._contracts.history(client_id)
            code = self._clients.get(client_id).code
        except CounselDeskError as exc:
            self._show_empty(error_text(exc), can_create=False)
            return
        if not len(self.history):
            defaults = self._contracts.defaults().terms
            self._show_empty(
                self.tr(
                    "{code} has no contract yet. Until one is agreed, cancellations "
                    "are judged by your practice defaults: {client_notice_hours}' "
                    "notice from the client, {practitioner_notice_hours} from you. "
                    "Make one from a template, then change what you need."
                ).format(
                    code=code,
                    client_notice_hours=shown_text(duration_phrase(defaults.client_notice_hours)),
                    practitioner_notice_hours=shown_text(
                        duration_phrase(defaults.practitioner_notice_hours)
                    ),
                ),
                can_create=True,
            )
            return
        self.stack.setCurrentIndex(1)
        self.versions.clear()
        for version in reversed(self.history.versions):
            self.versions.addItem(_label(version, self.history), version.number)
        numbers = [v.number for v in self.history.versions]
        if number is None and keep is not None and keep[0] in numbers:
            self._choose(keep[0], keep=keep[1])  # the same place, read again
            return
        chosen = number or (self.history.draft or self.history.latest_agreed).number  # type: ignore[union-attr]
        self._choose(chosen, keep=keep[1] if keep and chosen == keep[0] else None)

    def _show_empty(self, text: str, *, can_create: bool) -> None:
        self.history = ContractHistory([])
        self.version = None
        self.editor.set_version(None)
        self.empty_text.setText(text)
        self.create_button.setVisible(can_create)
        self.stack.setCurrentIndex(0)
        self._enable()

    def _choose(self, number: int, keep: str | None = None) -> None:
        self.save_draft()
        self.version = self.history.version(number)
        self.versions.setCurrentIndex(max(0, self.versions.findData(number)))
        self.editor.set_version(self.version, keep=keep)
        self._show_standing()
        self._show_preview(keep_place=keep is not None)
        self._enable()

    def _show_standing(self) -> None:
        version = self.version
        if version is None:
            return
        said = shown_text(version.standing)
        in_force = self.history.in_force(dt.date.today())
        if in_force is not None and in_force.number == version.number:
            said += self.tr("; in force")
        if version.review_on is not None and version.status is not ContractStatus.SUPERSEDED:
            said += self.tr("; review planned {review_on}").format(
                review_on=format_date(version.review_on)
            )
        if version.is_draft:
            said += self.tr(". Changes are kept as you type")
        self.standing.setText(said + ".")
        if self.history.latest_agreed is None:
            terms = self._contracts.defaults().terms
            self.defaults_note.setText(
                self.tr(
                    "No version is agreed yet: cancellations are judged by your "
                    "practice defaults ({client_notice_hours} from the client, "
                    "{practitioner_notice_hours} from you)."
                ).format(
                    client_notice_hours=shown_text(duration_phrase(terms.client_notice_hours)),
                    practitioner_notice_hours=shown_text(
                        duration_phrase(terms.practitioner_notice_hours)
                    ),
                )
            )
            self.defaults_note.show()
        else:
            self.defaults_note.hide()

    def _enable(self) -> None:
        version = self.version
        has = version is not None
        draft = has and version.is_draft  # type: ignore[union-attr]
        in_force = self.history.in_force(dt.date.today())
        reviewable = draft or (in_force is not None and has and in_force.number == version.number)  # type: ignore[union-attr]
        self.new_action.setEnabled(self.client_id is not None and self.history.draft is None)
        self.agree_action.setEnabled(bool(draft))
        self.compare_action.setEnabled(len(self.history) >= 2)
        self.review_action.setEnabled(bool(reviewable))
        self.print_action.setEnabled(has)
        self.save_copy_action.setEnabled(has)
        self.delete_action.setEnabled(bool(draft))
        self.requote_action.setEnabled(bool(draft))

    # --- the draft as it is edited ---------------------------------------------------------
    def _facts_now(self) -> ClientFacts:
        if self._facts is None and self.client_id is not None:
            self._facts = self._contracts.facts(self.client_id, named=self._show_names)
        return self._facts  # type: ignore[return-value]

    def _edited(self, version: ContractVersion) -> None:
        self.version = version
        self._unsaved = True
        self._save_timer.start()
        self._preview_timer.start()

    def _show_preview(self, *, keep_place: bool = True) -> None:
        version = self.version
        if version is None:
            return
        facts = self._facts_now()
        document = contract_document(version, facts, printed_at=dt.datetime.now())
        self.preview.show_document(document, keep_place=keep_place)
        self.checklist.show_items(checklist(version, facts) if version.is_draft else None)
        self.checklist_box.setVisible(version.is_draft)  # an agreed version has none

    def _clause_chosen(self, key: str) -> None:
        version = self.version
        clause = version.clause(key) if version is not None else None
        if clause is not None and clause.enabled and not clause.is_empty:
            self.preview.scroll_to_heading(clause.title)

    def save_draft(self) -> bool:
        """Keep the draft as it is now; False (and the sentence shown) if it was refused."""
        self._save_timer.stop()
        self.editor.flush()
        if not self._unsaved or self.version is None or not self.version.is_draft:
            return True
        try:
            saved = self._contracts.save_draft(self.version)
        except CounselDeskError as exc:
            self.editor.error.show_message(error_text(exc))
            return False
        self._unsaved = False
        self.history = self.history.with_changes(saved)
        if self.editor.version == self.version:
            self.editor.version = saved
        self.version = saved
        return True
