"""Why a document could not be written or printed: one sentence each, and the CLI exit code.

Every one of these means nothing was left behind: no half-written file, and any file that
was already there under that name is as it was.
"""

from __future__ import annotations

from counsel_desk.domain.errors import EXIT_OTHER, EXIT_USAGE, CounselDeskError
from counsel_desk.domain.i18n import QT_TRANSLATE_NOOP


class ExportError(CounselDeskError):
    exit_code = EXIT_OTHER
    default_message = QT_TRANSLATE_NOOP(
        "errors", "The file could not be saved. Nothing was left half-written; try another folder."
    )


class ExportFolderMissing(ExportError):
    exit_code = EXIT_USAGE
    default_message = QT_TRANSLATE_NOOP(
        "errors", "That folder does not exist. Choose a folder that does; nothing was saved."
    )


class ExportNotAllowed(ExportError):
    default_message = QT_TRANSLATE_NOOP(
        "errors",
        "Counsel Desk is not allowed to write in that folder. Choose another folder; "
        "nothing was saved.",
    )


class ExportDiskFull(ExportError):
    default_message = QT_TRANSLATE_NOOP(
        "errors",
        "The disk is full, so the file was not saved. Free some space and try again; "
        "nothing was left half-written.",
    )


class PrintFailed(ExportError):
    default_message = QT_TRANSLATE_NOOP(
        "errors",
        "The printer could not be used. Check that it is switched on and connected, then try "
        "again.",
    )


class PrintFileUnnamed(PrintFailed):
    default_message = QT_TRANSLATE_NOOP(
        "errors", "This printer writes a file but has no file name; choose one and try again."
    )


class UnknownPicture(ExportError):
    default_message = QT_TRANSLATE_NOOP(
        "errors", "This document names a picture Counsel Desk cannot draw."
    )
