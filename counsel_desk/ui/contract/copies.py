"""Printing a contract (or a comparison of two versions) and saving it as PDF, HTML or
Markdown: the same door out of the vault as a note's (``ui/note_export.py``) — ask where,
warn once that the copy is not encrypted, write through ``render`` (whole or not at all),
and record it in the audit trail just before the file takes its name or the pages reach
the printer. The copy is the client's: it names them when a name is recorded; its file
name and footer carry the code alone.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

from counsel_desk.domain.document import Document, ExportFormat
from counsel_desk.domain.errors import CounselDeskError
from counsel_desk.ui import alerts, note_export
from counsel_desk.ui.i18n import error_text

if TYPE_CHECKING:
    from counsel_desk.domain.contract.version import ContractVersion
    from counsel_desk.services.contracts import ContractService

NOT_ENCRYPTED = QT_TRANSLATE_NOOP(
    "contract.copies",
    "This copy of the contract will not be encrypted: anyone who can open {where} can "
    "read it. Keep it somewhere safe, and delete it when you no longer need it.",
)


class ContractCopies:
    """Print or save version ``number`` of a client's contract, or two versions compared."""

    def __init__(
        self,
        parent: QWidget,
        contracts: Callable[[], ContractService],
        is_open: Callable[[], bool],
    ) -> None:
        self._parent = parent
        self._contracts = contracts
        self._is_open = is_open

    def _document(
        self, client_id: int, number: int, compared_with: int | None
    ) -> tuple[ContractVersion, Document]:
        service = self._contracts()
        if compared_with is None:
            return service.document(client_id, number)
        return service.comparison_document(client_id, compared_with, number)

    def save(self, client_id: int, number: int, compared_with: int | None = None) -> Path | None:
        """Ask where, warn, write. The path written, or None if nothing was."""
        from counsel_desk.render.export import save_document

        try:
            suggested = self._contracts().suggested_file_name(client_id, number, compared_with)
        except CounselDeskError as exc:
            alerts.error(self._parent, error_text(exc))
            return None
        title = (
            QCoreApplication.translate("ContractCopies", "Save a copy of the contract")
            if compared_with is None
            else QCoreApplication.translate("ContractCopies", "Save the comparison")
        )
        path = note_export.choose_save_path(self._parent, suggested, title)
        if path is None or not self._is_open():
            return None
        try:
            fmt = ExportFormat.from_path(path)
        except CounselDeskError as exc:
            alerts.error(self._parent, error_text(exc))
            return None
        if not self._warned(
            QCoreApplication.translate("ContractCopies", "the folder {parent}").format(
                parent=path.parent
            ),
            QCoreApplication.translate("ContractCopies", "Save unencrypted copy"),
        ):
            return None
        service = self._contracts()
        comparison = compared_with is not None
        try:
            version, document = self._document(client_id, number, compared_with)
            written = save_document(
                document,
                path,
                fmt,
                record=lambda: service.record_saved(version, fmt, comparison=comparison),
            )
        except CounselDeskError as exc:
            alerts.error(self._parent, error_text(exc))
            return None
        alerts.info(
            self._parent,
            QCoreApplication.translate("ContractCopies", "Saved “{name}” in {parent}.").format(
                name=written.name, parent=written.parent
            ),
        )
        return written

    def print(self, client_id: int, number: int, compared_with: int | None = None) -> str | None:
        """Ask which printer, warn if it writes a file, print. Where it went, or None."""
        from counsel_desk.render.errors import PrintFileUnnamed
        from counsel_desk.render.pdf import print_document, writes_to_file

        title = (
            QCoreApplication.translate("ContractCopies", "Print contract")
            if compared_with is None
            else QCoreApplication.translate("ContractCopies", "Print the comparison")
        )
        printer = note_export.choose_printer(self._parent, title)
        if printer is None or not self._is_open():
            return None
        to_file = writes_to_file(printer)
        if to_file and not printer.outputFileName():
            alerts.error(self._parent, error_text(PrintFileUnnamed()))
            return None
        if to_file:
            folder = Path(printer.outputFileName()).parent
            if not self._warned(
                QCoreApplication.translate("ContractCopies", "the folder {folder}").format(
                    folder=folder
                ),
                QCoreApplication.translate("ContractCopies", "Print to unencrypted file"),
            ):
                return None
        service = self._contracts()
        comparison = compared_with is not None
        try:
            version, document = self._document(client_id, number, compared_with)

            def record() -> None:
                if to_file:
                    service.record_saved(version, ExportFormat.PDF, comparison=comparison)
                else:
                    service.record_printed(version, comparison=comparison)

            return print_document(document, printer, record=record)
        except CounselDeskError as exc:
            alerts.error(self._parent, error_text(exc))
            return None

    def _warned(self, where: str, yes: str) -> bool:
        """The one warning per copy; False if the practitioner (or a lock) says no."""
        return alerts.confirm(
            self._parent,
            QCoreApplication.translate("contract.copies", NOT_ENCRYPTED).format(where=where),
            yes,
        ) and (self._is_open())
