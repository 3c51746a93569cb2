"""The alliance timeline inside a document (the supervision summary): the domain's
``DocumentTimeline`` drawn by the timeline's own painter, registered as
``DOCUMENT_PICTURE`` for picture blocks that name it. Importing this module registers it;
the document writers (``qdoc``, ``export``) import it, so a summary's pictures are drawn
wherever the summary is: the preview, PDF, HTML, printing."""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter, QPalette

from counsel_desk.domain.timeline import DOCUMENT_PICTURE, DocumentTimeline
from counsel_desk.render import pictures
from counsel_desk.render.timeline import PICTURE
from counsel_desk.render.timeline_layout import TimelineFigure, TimelineLayout


class DocumentTimelinePicture:
    """No title (the document's heading names the client by code), the legend, and the
    axis in weeks of the work when the document writes dates that way."""

    def paint(
        self, painter: QPainter, rect: QRectF, data: DocumentTimeline, palette: QPalette
    ) -> TimelineLayout:
        figure = TimelineFigure(data.timeline, legend=True, weeks_from=data.weeks_from)
        return PICTURE.paint(painter, rect, figure, palette)


pictures.register(DOCUMENT_PICTURE, DocumentTimelinePicture())
