"""What the Contract tab does with its actions: a new version, agreeing, the review date,
comparing, printing and saving a copy, deleting a draft, quoting the practice again. Each
opens its dialog without blocking (``ui/dialogs/show.py``) and reads the tab again once the
service has written. Mixed into ``ContractView``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from counsel_desk.domain.contract.checklist import checklist
from counsel_desk.domain.errors import CounselDeskError
from counsel_desk.ui import alerts
from counsel_desk.ui.dialogs.compare import CompareDialog
from counsel_desk.ui.dialogs.contract import AgreeDialog, NewVersionDialog, ReviewDialog
from counsel_desk.ui.dialogs.show import show
from counsel_desk.ui.i18n import error_text

if TYPE_CHECKING:
    from counsel_desk.domain.contract.history import ContractHistory
    from counsel_desk.domain.contract.version import ContractVersion
    from counsel_desk.services.clients import ClientService
    from counsel_desk.services.contracts import ContractService
    from counsel_desk.ui.contract.copies import ContractCopies


class ContractActionsMixin:
    """Uses the view's services, history, version and copies; ``reload``, ``save_draft``,
    ``changed`` and ``_facts_now`` are the view's own."""

    _contracts: ContractService
    _clients: ClientService
    _show_names: bool
    _unsaved: bool
    client_id: int | None
    history: ContractHistory
    version: ContractVersion | None
    copies: ContractCopies
    changed: Any
    reload: Any
    save_draft: Any
    _facts_now: Any

    # --- actions ---------------------------------------------------------------------------
    def _after_change(self, number: int | None = None) -> None:
        self.reload(number)
        self.changed.emit()

    def new_version(self) -> None:
        client_id = self.client_id
        if client_id is None or not self.save_draft():
            return
        code = self._clients.get(client_id).code
        dialog = NewVersionDialog(
            lambda template: self._contracts.start(client_id, template),
            self._contracts.templates().templates,
            self.history.latest,
            code,
            self,
        )
        show(dialog, lambda: self._after_change(dialog.saved.number if dialog.saved else None))

    def agree(self) -> None:
        version = self.version
        if version is None or not version.is_draft or not self.save_draft():
            return
        client_id, number = version.client_id, version.number
        blocking = [i for i in checklist(version, self._facts_now()) if i.blocking]
        dialog = AgreeDialog(
            lambda day, how: self._contracts.agree(client_id, number, day, how),
            version,
            blocking,
            self.history.latest_agreed,
            self,
        )
        show(dialog, lambda: self._after_change(number))

    def review(self) -> None:
        version = self.version
        if version is None or not self.save_draft():
            return
        client_id, number = version.client_id, version.number
        dialog = ReviewDialog(
            lambda day: self._contracts.set_review(client_id, number, day), version, self
        )
        show(dialog, lambda: self._after_change(number))

    def compare(self) -> None:
        if self.client_id is None or len(self.history) < 2 or not self.save_draft():
            return
        client_id = self.client_id
        numbers = [v.number for v in self.history.versions]
        after = self.version.number if self.version else numbers[-1]
        before = max((n for n in numbers if n < after), default=numbers[0])
        if before == after:
            after = numbers[1]
        dialog = CompareDialog(
            lambda a, b: self._contracts.compare(client_id, a, b, named=self._show_names),
            self.history.versions,
            before,
            after,
            lambda later, earlier: self.copies.print(client_id, later, earlier),
            lambda later, earlier: self.copies.save(client_id, later, earlier),
            self,
        )
        show(dialog)

    def print_copy(self) -> None:
        if self.version is not None and self.save_draft():
            self.copies.print(self.version.client_id, self.version.number)

    def save_copy(self) -> None:
        if self.version is not None and self.save_draft():
            self.copies.save(self.version.client_id, self.version.number)

    def delete_draft(self) -> None:
        version = self.version
        if version is None or not version.is_draft:
            return

        def delete() -> None:
            try:
                self._contracts.delete_draft(version.client_id, version.number)
            except CounselDeskError as exc:
                alerts.error(self, error_text(exc))
                return
            self._unsaved = False
            self._after_change()

        alerts.ask(
            self,
            QCoreApplication.translate(
                "ContractActionsMixin",
                "Delete the draft of version {number}? Its wording and terms go; "
                "the versions already agreed stay as they are.",
            ).format(number=version.number),
            yes=QCoreApplication.translate("ContractActionsMixin", "Delete draft"),
            no=QCoreApplication.translate("ContractActionsMixin", "Keep it"),
            on_yes=delete,
        )

    def requote(self) -> None:
        version = self.version
        if version is None or not version.is_draft or not self.save_draft():
            return
        try:
            self._contracts.refresh_practice(version.client_id, version.number)
        except CounselDeskError as exc:
            alerts.error(self, error_text(exc))
            return
        self.reload(version.number)
