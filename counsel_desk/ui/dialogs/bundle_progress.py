"""The subject access bundle being written, in the same window as an export's: where it
goes, what is being done, then where it went or why not. Stop leaves no folder (the pages
already being laid out are let finish, then thrown away); Close leaves the work going on,
and what it ends in is then said in a message."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QVBoxLayout, QWidget

from counsel_desk.ui import widgets as w
from counsel_desk.ui.dialogs.open_progress import ProgressPanel, fit_height


class BundleProgressDialog(QDialog):
    cancel_requested = Signal()

    def __init__(self, target: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Subject access bundle"))
        self.setModal(False)
        self.heading = w.heading(self.tr("Writing the bundle"), 1.15)
        self.where = w.explanation(self.tr("Into a new folder in {path}").format(path=target))
        self.panel = ProgressPanel(self.tr("Writing the subject access bundle"))
        self.panel.status.setText(self.tr("Laying out the pages…"))
        self.buttons = QDialogButtonBox()
        self.stop_button = QPushButton(self.tr("Stop"))
        self.stop_button.clicked.connect(self.stop)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.accept)
        self.buttons.addButton(self.stop_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.AcceptRole)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(w.MARGIN, w.MARGIN, w.MARGIN, w.MARGIN)
        layout.setSpacing(w.SPACING)
        layout.addWidget(self.heading)
        layout.addWidget(self.where)
        layout.addWidget(self.panel)
        layout.addStretch()
        layout.addWidget(self.buttons)
        self.close_button.setDefault(True)
        self.setMinimumWidth(520)
        self.finished_ok: bool | None = None  # None while the work goes on
        self.stopping = False

    @property
    def status(self) -> str:
        return self.panel.status.text()

    def writing(self) -> None:
        """The pages are laid out: the files are being written."""
        self.panel.show_count(0, 0, self.tr("Writing the files…"))

    def succeeded(self, text: str) -> None:
        self.finished_ok = True
        self.heading.setText(self.tr("Written"))
        self.panel.show_end(True, text)
        self.stop_button.hide()
        fit_height(self)

    def failed(self, text: str) -> None:
        self.finished_ok = False
        self.heading.setText(self.tr("Not written"))
        self.panel.show_end(False, text)
        self.stop_button.hide()
        fit_height(self)

    def stop(self) -> None:
        if self.finished_ok is not None or self.stopping:
            return
        self.stopping = True
        self.stop_button.setEnabled(False)
        self.panel.status.setText(self.tr("Stopping…"))
        self.cancel_requested.emit()
