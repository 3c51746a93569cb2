"""The subject access bundle being written, in the same window as an export's: where it
goes, what is being done, then where it went or why not. Stop leaves no folder (the pages
already being laid out are let finish, then thrown away); Close leaves the work going on,
and what it ends in is then said in a message."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget

from counsel_desk.ui.dialogs.open_progress import WorkProgressDialog


class BundleProgressDialog(WorkProgressDialog):
    def __init__(self, target: Path, parent: QWidget | None = None) -> None:
        super().__init__(
            title=self.tr("Subject access bundle"),
            heading=self.tr("Writing the bundle"),
            where=self.tr("Into a new folder in {path}").format(path=target),
            bar_name=self.tr("Writing the subject access bundle"),
            first_status=self.tr("Laying out the pages…"),
            stop_label=self.tr("Stop"),
            done_heading=self.tr("Written"),
            not_done_heading=self.tr("Not written"),
            parent=parent,
        )

    def writing(self) -> None:
        """The pages are laid out: the files are being written."""
        self.panel.show_count(0, 0, self.tr("Writing the files…"))
