"""Time the alliance timeline and the reliability panel through the app's own code, on the
benchmark vault, in one offscreen process.

    python benchmarks/timeline.py VAULT PASSPHRASE [--runs N]

For the client with the most sessions, each beside a baseline measured in the same run and
timed in turns with it (so a busy moment of the machine falls on both alike):

- the timeline's data: every record read through the services and the lanes and the
  table's rows built for all their work, beside reading their sessions' list;
- painting it (12 months, as the tab opens; and all of it) into a widget-sized image,
  beside filling the same image and drawing one dot per mark with the same painter;
- a resize (the same lanes painted at another size) and a zoom (lanes built for half the
  period, then painted);
- the PNG a practitioner saves, beside an image of the same size filled and saved as PNG;
- the reliability panel for the whole practice over ten years, through the service,
  beside SQLite counting the same sessions by month and status.

Prints a table, then one JSON line of seconds per run (run.py reads it).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from stats import figure, ratio, render  # noqa: E402

SIZE = (900, 560)  # the tab's picture in a 1100 × 760 window
RESIZED = (760, 520)


def paired(
    ours: Callable[[], object], base: Callable[[], object], runs: int
) -> tuple[list[float], list[float]]:
    ours()
    base()  # warm-up
    a, b = [], []
    for _ in range(runs):
        for fn, into in ((ours, a), (base, b)):
            started = time.perf_counter()
            fn()
            into.append(time.perf_counter() - started)
    return a, b


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("vault", type=Path)
    parser.add_argument("passphrase")
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()

    from PySide6.QtCore import QPointF, QRectF
    from PySide6.QtGui import QColor, QImage, QPainter, QPalette

    from counsel_desk.domain.timeline import PictureFormat, Preset, preset_range
    from counsel_desk.domain.timeline_build import build_timeline
    from counsel_desk.render import pictures
    from counsel_desk.render.headless import offscreen_application
    from counsel_desk.render.timeline import PICTURE
    from counsel_desk.render.timeline_files import (
        PNG_PIXEL_RATIO,
        PNG_QUALITY,
        figure_bytes,
        natural_size,
    )
    from counsel_desk.render.timeline_layout import TimelineFigure
    from counsel_desk.services.workspace import unlock

    offscreen_application()
    ws = unlock(args.vault, args.passphrase)
    try:
        conn = ws.vault.conn
        client_id, sessions = conn.execute(
            "SELECT client_id, count(*) FROM sessions GROUP BY client_id "
            "ORDER BY count(*) DESC LIMIT 1"
        ).fetchone()
        service = ws.timeline
        today = dt.date.today()
        inputs = service.inputs(client_id)
        span = inputs.span()
        whole = build_timeline(inputs, *preset_range(Preset.ALL, today, span))
        year = build_timeline(inputs, *preset_range(Preset.TWELVE_MONTHS, today, span))
        marks = sum(len(lane.marks) for lane in whole.lanes)
        palette = QPalette(QColor("#ffffff"))
        image = QImage(*SIZE, QImage.Format.Format_ARGB32_Premultiplied)

        def data() -> object:
            found = service.inputs(client_id)
            return build_timeline(found, *preset_range(Preset.ALL, today, found.span())).rows()

        def read_sessions() -> object:
            return ws.sessions.for_client(client_id)

        def paint(timeline: object, size: tuple[int, int] = SIZE) -> object:
            target = image if size == SIZE else QImage(*size, image.format())
            painter = QPainter(target)
            try:
                painter.setRenderHint(QPainter.RenderHint.Antialiasing)
                return PICTURE.paint(
                    painter, QRectF(0, 0, *size), TimelineFigure(timeline), palette
                )
            finally:
                painter.end()

        def dots(count: int) -> object:
            painter = QPainter(image)
            try:
                painter.setRenderHint(QPainter.RenderHint.Antialiasing)
                painter.fillRect(QRectF(0, 0, *SIZE), QColor("#ffffff"))
                painter.setBrush(QColor("#2e7d32"))
                for n in range(count):
                    painter.drawEllipse(QPointF(20 + n % 860, 20 + (n // 860) * 10), 4, 4)
            finally:
                painter.end()
            return None

        def zoom() -> object:
            start, end = whole.start, whole.end
            half = start + (end - start) / 2
            return paint(build_timeline(inputs, half, end))

        big = natural_size(TimelineFigure(whole))

        def png() -> object:
            return figure_bytes(
                TimelineFigure(whole, title="C-000", subtitle="all"), PictureFormat.PNG
            )

        def blank_png() -> object:
            ratio_ = PNG_PIXEL_RATIO
            blank = QImage(
                round(big.width() * ratio_), round(big.height() * ratio_), image.format()
            )
            blank.fill(QColor("#ffffff"))
            opaque = blank.convertToFormat(QImage.Format.Format_RGB32)
            return pictures.to_png(opaque, PNG_QUALITY)

        def panel() -> object:
            return ws.reliability.report().last_months(12)

        def counted() -> object:
            return conn.execute(
                "SELECT substr(scheduled_start, 1, 7), status, count(*) FROM sessions GROUP BY 1, 2"
            ).fetchall()

        runs = args.runs
        results: dict[str, list[float]] = {}
        results["data_s"], results["data_base_s"] = paired(data, read_sessions, runs)
        results["paint_year_s"], results["paint_base_s"] = paired(
            lambda: paint(year), lambda: dots(sum(len(lane.marks) for lane in year.lanes)), runs
        )
        results["paint_all_s"], results["paint_all_base_s"] = paired(
            lambda: paint(whole), lambda: dots(marks), runs
        )
        results["resize_s"], _ = paired(lambda: paint(whole, RESIZED), lambda: None, runs)
        results["zoom_s"], _ = paired(zoom, lambda: None, runs)
        results["png_s"], results["png_base_s"] = paired(png, blank_png, runs)
        results["panel_s"], results["panel_base_s"] = paired(panel, counted, runs)
        results["sessions"] = sessions
        results["marks"] = marks
        results["practice_sessions"] = conn.execute("SELECT count(*) FROM sessions").fetchone()[0]
    finally:
        ws.close()
    print(render(figures(results)))
    print(json.dumps(results))
    return 0


def figures(r: dict) -> list:
    def ms(key: str) -> str:
        values = sorted(r[key])
        return f"{values[len(values) // 2] * 1000:.1f} ms"

    who = f"the client with the most sessions ({r['sessions']}, {r['marks']} marks)"
    return [
        figure(
            f"timeline data, {who}, all of it",
            r["data_s"],
            target=20,
            baseline=f"their sessions' list {ms('data_base_s')}",
        ),
        ratio(
            "timeline data vs their sessions' list",
            r["data_s"],
            r["data_base_s"],
            target=None,
            baseline="the same run",
        ),
        figure(
            "timeline painted, 12 months",
            r["paint_year_s"],
            target=16,
            baseline=f"one dot per mark {ms('paint_base_s')}",
        ),
        figure(
            "timeline painted, all of it",
            r["paint_all_s"],
            target=16,
            baseline=f"one dot per mark {ms('paint_all_base_s')}",
        ),
        figure("timeline resized (all, painted at another size)", r["resize_s"], target=16),
        figure("timeline zoomed (lanes for half the period, painted)", r["zoom_s"], target=16),
        figure(
            "timeline saved as PNG (all)",
            r["png_s"],
            target=200,
            baseline=f"a blank image of the same size, as PNG alike {ms('png_base_s')}",
        ),
        figure(
            f"reliability panel, whole practice ({r['practice_sessions']:,} sessions)",
            r["panel_s"],
            target=50,
            baseline=f"SQLite counting them by month and status {ms('panel_base_s')}",
        ),
        ratio(
            "reliability panel vs SQLite counting",
            r["panel_s"],
            r["panel_base_s"],
            target=None,
            baseline="the same run",
        ),
    ]


if __name__ == "__main__":
    sys.exit(main())
