"""Saving a client's timeline as a picture (PNG) or a page (PDF): ask where (Qt's own dialog,
so the desktop keeps no list of recent files), warn once that the file is not encrypted,
write it whole through ``render`` and record it in the audit trail just before the file
takes its name. Tests replace ``choose_path`` with a plain function, as they do the alerts."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from counsel_desk.domain.dates import day_text
from counsel_desk.domain.errors import CounselDeskError
from counsel_desk.domain.timeline import PictureFormat
from counsel_desk.ui import alerts
from counsel_desk.ui.i18n import error_text

if TYPE_CHECKING:
    from counsel_desk.domain.timeline import Timeline
    from counsel_desk.services.timeline import TimelineService

FILTERS = {"PNG picture (*.png)": "png", "PDF page (*.pdf)": "pdf"}
NOT_ENCRYPTED = QT_TRANSLATE_NOOP(
    "timeline_export",
    "This copy of the timeline will not be encrypted: anyone who can open {where} can see "
    "it. Keep it somewhere safe, and delete it when you no longer need it.",
)


def choose_path(parent: QWidget, suggested: str) -> Path | None:
    """Ask where to save; the extension (from the name or the chosen type) sets the format."""
    dialog = QFileDialog(parent, QCoreApplication.translate("timeline_export", "Save the timeline"))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setNameFilters(list(FILTERS))
    dialog.setDefaultSuffix("png")
    dialog.filterSelected.connect(lambda name: dialog.setDefaultSuffix(FILTERS.get(name, "png")))
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = documents if Path(documents).is_dir() else str(Path.home())
    dialog.setDirectory(folder)
    dialog.selectFile(f"{suggested}.png")
    try:
        accepted = dialog.exec() == QDialog.DialogCode.Accepted and dialog.selectedFiles()
        return Path(dialog.selectedFiles()[0]) if accepted else None
    finally:
        dialog.setHistory([])  # leave Qt's settings no folder a client could be named by
        dialog.setDirectory(folder)
        dialog.deleteLater()


def suggested_name(code: str, timeline: Timeline) -> str:
    """The code and the period: never a name."""
    return QCoreApplication.translate(
        "timeline_export", "{code} timeline {start:%Y-%m-%d} to {end:%Y-%m-%d}"
    ).format(code=code, start=timeline.start, end=timeline.end)


def save_timeline_file(
    parent: QWidget,
    service: TimelineService,
    client_id: int,
    timeline: Timeline,
    is_open: Callable[[], bool],
) -> Path | None:
    """Ask, warn, write, record. The path written, or None if nothing was."""
    from counsel_desk.render.timeline_files import save_timeline
    from counsel_desk.render.timeline_layout import TimelineFigure

    try:
        code = service.client_code(client_id)
    except CounselDeskError as exc:
        alerts.error(parent, error_text(exc))
        return None
    path = choose_path(parent, suggested_name(code, timeline))
    if path is None or not is_open():
        return None
    try:
        fmt = PictureFormat.from_path(path)
    except CounselDeskError as exc:
        alerts.error(parent, error_text(exc))
        return None
    where = QCoreApplication.translate("timeline_export", "the folder {parent}").format(
        parent=path.parent
    )
    if not alerts.confirm(
        parent,
        QCoreApplication.translate("timeline_export", NOT_ENCRYPTED).format(where=where),
        QCoreApplication.translate("timeline_export", "Save unencrypted copy"),
    ):
        return None
    if not is_open():
        return None
    figure = TimelineFigure(
        timeline,
        title=QCoreApplication.translate(
            "timeline_export", "{code}: the working relationship"
        ).format(code=code),
        subtitle=QCoreApplication.translate(
            "timeline_export", "{start} to {end} · confidential · made {day_text}"
        ).format(
            start=day_text(timeline.start),
            end=day_text(timeline.end),
            day_text=day_text(dt.date.today()),
        ),
    )
    try:
        written = save_timeline(
            figure, path, fmt, record=lambda: service.record_exported(client_id, fmt)
        )
    except CounselDeskError as exc:
        alerts.error(parent, error_text(exc))
        return None
    alerts.info(
        parent,
        QCoreApplication.translate("timeline_export", "Saved “{name}” in {parent}.").format(
            name=written.name, parent=written.parent
        ),
    )
    return written
