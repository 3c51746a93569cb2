"""A client's subject access bundle written out: its document laid out as PDF pages here,
then the PDF and the JSON subset handed to the service, which writes both into a new private
folder whole or not at all (and records it in the audit trail)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from counsel_desk.render.pdf import pdf_bytes

if TYPE_CHECKING:
    from counsel_desk.services.subject_access import Bundle, SubjectAccessService


def bundle_pdf(bundle: Bundle) -> bytes:
    """The bundle's PDF (its pages laid out: the slow part, seconds for a client of ten
    years). Touches no vault, so the GUI runs it on a worker."""
    return pdf_bytes(bundle.document)


def save_bundle(
    service: SubjectAccessService,
    client_id: int,
    directory: Path,
    *,
    now: dt.datetime | None = None,
) -> Path:
    """Write the client's bundle into a new folder under ``directory``; returns the folder.
    Needs a Qt application for the pages (``render.headless`` on the command line)."""
    bundle = service.bundle(client_id, now)
    return service.write(bundle, directory, bundle_pdf(bundle))
