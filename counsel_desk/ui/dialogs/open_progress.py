"""The open export under way: where it goes, how many clients are written, then what it
made or why it could not. It does not block: the practitioner goes on writing (autosave
keeps working) while it runs, and can close it (the export goes on) or stop the export,
which leaves no file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from counsel_desk.ui import widgets as w


class ProgressPanel(QWidget):
    """A bar and the sentence under it: counted steps, or busy while there is no count."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)
        self.bar.setAccessibleName(name)
        self.status = w.explanation("")
        self.status.setAccessibleName(self.tr("What is happening"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(w.SPACING)
        layout.addWidget(self.bar)
        layout.addWidget(self.status)

    def show_count(self, done: int, total: int, text: str) -> None:
        self.bar.show()
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(min(done, total))
        else:
            self.bar.setRange(0, 0)
        self.status.setText(text)

    def show_end(self, ok: bool, text: str) -> None:
        """Done (a full bar), or not (no bar: only the sentence saying why)."""
        self.bar.setRange(0, 1)
        self.bar.setValue(1 if ok else 0)
        self.bar.setVisible(ok)
        self.status.setText(text)


class ExportProgressDialog(QDialog):
    cancel_requested = Signal()

    def __init__(self, target: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export everything"))
        self.setModal(False)
        self.heading = w.heading(self.tr("Exporting"), 1.15)
        self.where = w.explanation(self.tr("Into {path}").format(path=target))
        self.panel = ProgressPanel(self.tr("Export progress"))
        self.panel.status.setText(self.tr("Reading the vault…"))
        self.buttons = QDialogButtonBox()
        self.stop_button = QPushButton(self.tr("Stop export"))
        self.stop_button.clicked.connect(self._stop)
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
        self.finished_ok: bool | None = None

    @property
    def status(self) -> str:
        return self.panel.status.text()

    def set_progress(self, done: int, total: int) -> None:
        self.panel.show_count(
            done, total, self.tr("{done} of {total} clients written").format(done=done, total=total)
        )

    def succeeded(self, text: str) -> None:
        self.finished_ok = True
        self.heading.setText(self.tr("Exported"))
        self.panel.show_end(True, text)
        self.stop_button.hide()
        self._fit()

    def failed(self, text: str) -> None:
        self.finished_ok = False
        self.heading.setText(self.tr("Not exported"))
        self.panel.show_end(False, text)
        self.stop_button.hide()
        self._fit()

    def _stop(self) -> None:
        self.stop_button.setEnabled(False)
        self.panel.status.setText(self.tr("Stopping…"))
        self.cancel_requested.emit()

    def _fit(self) -> None:
        fit_height(self)


def fit_height(dialog: QDialog) -> None:
    """Grow ``dialog`` to show a longer sentence whole (a path, the warning, a key): never
    cut it off."""
    for child in dialog.findChildren(QWidget):  # the texts just set, laid out first
        if child.layout() is not None and child.isVisible():
            child.layout().invalidate()
            child.layout().activate()
    layout = dialog.layout()
    layout.invalidate()
    layout.activate()
    width = dialog.width()
    needed = (
        layout.totalHeightForWidth(width)
        if layout.hasHeightForWidth()
        else layout.totalSizeHint().height()
    )
    needed = max(needed, layout.totalMinimumSize().height())
    if needed > dialog.height():
        dialog.resize(width, needed)
