"""High DPI (issue #16 item 4): at 1.5× and 2× a grab has that device pixel ratio, the
custom-drawn picture is painted at the screen's full resolution (pixel for pixel what the
same drawing gives when rendered directly at that ratio, not a 1× picture scaled up), and
the icons of the empty state, the sidebar and the error line are made for it.

Qt takes the scale factor from the environment when it starts, so each ratio runs in a
process of its own (tests/ui/make_hidpi_screenshots.py renders the whole views to look at).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

CHILD = r"""
import json, sys
from PySide6.QtCore import QPointF, QRectF, QSize, QSizeF
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QApplication

app = QApplication([])
from counsel_desk.render import pictures
from counsel_desk.ui.empty_state import ICON_SIDE, EmptyState
from counsel_desk.ui.picture_view import PictureView
from counsel_desk.ui.sidebar import Sidebar
from counsel_desk.ui import icons


class Lines:
    # thin diagonals and a circle: edges that show whether they were drawn finely
    def paint(self, painter, rect, data, palette):
        painter.fillRect(rect, palette.color(QPalette.ColorRole.Base))
        painter.setPen(QPen(QColor("#1f5f99"), 1.0))
        painter.drawLine(rect.topLeft(), rect.bottomRight())
        painter.drawLine(QPointF(rect.left(), rect.bottom()), QPointF(rect.right(), rect.top()))
        painter.drawEllipse(rect.center(), rect.height() / 3, rect.height() / 3)
        return None  # nothing to point at


view = PictureView()
view.resize(200, 120)
view.set_picture(Lines(), None)
view.show()
app.processEvents()
grab = view.grab().toImage()
direct, _ = pictures.to_image(
    Lines(), None, QSizeF(200, 120), view.palette(), pixel_ratio=grab.devicePixelRatio()
)
grab = grab.convertToFormat(direct.format())
same = grab == direct
state = EmptyState("dialog-messages", "Nothing yet.")
state.show()
app.processEvents()
picture = state.picture.pixmap()
bar = Sidebar()
bar.add_entry("Today", "Today", "")
bar.item(0).setIcon(icons.icon("view-calendar-day"))
bar.show()
app.processEvents()
side = bar.iconSize().width()
icon = bar.item(0).icon().pixmap(QSize(side, side), bar.devicePixelRatioF())
from counsel_desk.ui.widgets import ErrorLine
line = ErrorLine()
line.show()
line.show_message("The disk is full.")
warning = line.icon.pixmap()
print(json.dumps({
    "ratio": app.devicePixelRatio(),
    "grab_ratio": view.grab().devicePixelRatio(),
    "grab_size": [grab.width(), grab.height()],
    "same_as_direct": same,
    "empty_icon": [picture.width(), picture.height(), picture.devicePixelRatio()],
    "icon_side": side,
    "sidebar_icon": [icon.width(), icon.devicePixelRatio()],
    "warning_ratio": warning.devicePixelRatio(),
}))
"""


@pytest.mark.parametrize("ratio", [1.5, 2.0])
def test_a_grab_at_the_ratio_is_drawn_at_full_resolution(ratio: float) -> None:
    env = {
        **os.environ,
        "QT_SCALE_FACTOR": str(ratio),
        "QT_QPA_PLATFORM": "offscreen",
        "QT_SCALE_FACTOR_ROUNDING_POLICY": "PassThrough",
    }
    done = subprocess.run(
        [sys.executable, "-c", CHILD],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=Path(__file__).resolve().parents[2],
        check=False,
    )
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["ratio"] == ratio
    assert seen["grab_ratio"] == ratio
    assert seen["grab_size"] == [round(200 * ratio), round(120 * ratio)]
    assert seen["same_as_direct"]  # the picture painted for the screen's pixels
    from counsel_desk.ui.empty_state import ICON_SIDE

    assert seen["empty_icon"] == [round(ICON_SIDE * ratio)] * 2 + [ratio]
    assert seen["sidebar_icon"] == [round(seen["icon_side"] * ratio), ratio]
    assert seen["warning_ratio"] == ratio  # the error line's icon, made for the screen
