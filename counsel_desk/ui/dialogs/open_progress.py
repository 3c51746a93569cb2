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


class WorkProgressDialog(QDialog):
    """Work going on behind a window that does not block: a heading, where the work goes,
    the bar and its sentence, then how it ended; Stop (once: it says "Stopping…" until the
    work has stopped) and Close (the work goes on). A subclass gives its words."""

    cancel_requested = Signal()

    def __init__(
        self,
        *,
        title: str,
        heading: str,
        where: str,
        bar_name: str,
        first_status: str,
        stop_label: str,
        done_heading: str,
        not_done_heading: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(False)
        self._done_heading, self._not_done_heading = done_heading, not_done_heading
        self.heading = w.heading(heading, 1.15)
        self.where = w.explanation(where)
        self.panel = ProgressPanel(bar_name)
        self.panel.status.setText(first_status)
        self.buttons = QDialogButtonBox()
        self.stop_button = QPushButton(stop_label)
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

    def succeeded(self, text: str) -> None:
        self._ended(True, self._done_heading, text)

    def failed(self, text: str) -> None:
        self._ended(False, self._not_done_heading, text)

    def _ended(self, ok: bool, heading: str, text: str) -> None:
        self.finished_ok = ok
        self.heading.setText(heading)
        self.panel.show_end(ok, text)
        self.stop_button.hide()
        fit_height(self)

    def stop(self) -> None:
        if self.finished_ok is not None or self.stopping:
            return
        self.stopping = True
        self.stop_button.setEnabled(False)
        self.panel.status.setText(self.tr("Stopping…"))
        self.cancel_requested.emit()


class ExportProgressDialog(WorkProgressDialog):
    def __init__(self, target: Path, parent: QWidget | None = None) -> None:
        super().__init__(
            title=self.tr("Export everything"),
            heading=self.tr("Exporting"),
            where=self.tr("Into {path}").format(path=target),
            bar_name=self.tr("Export progress"),
            first_status=self.tr("Reading the vault…"),
            stop_label=self.tr("Stop export"),
            done_heading=self.tr("Exported"),
            not_done_heading=self.tr("Not exported"),
            parent=parent,
        )

    def set_progress(self, done: int, total: int) -> None:
        self.panel.show_count(
            done, total, self.tr("{done} of {total} clients written").format(done=done, total=total)
        )


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
