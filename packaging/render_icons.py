"""Render Counsel Desk's icon from its SVG sources: the PNGs the app and the desktop read,
and the Windows ``.ico`` and macOS ``.icns`` a bundle needs.

    python packaging/render_icons.py                  # the PNGs in counsel_desk/resources/icons
    python packaging/render_icons.py --platform DIR   # also DIR/….ico and DIR/….icns
    python packaging/render_icons.py --sheet FILE     # every size side by side, light and dark

Sources (``resources/icons/``): the icon itself, and two versions drawn on the pixel grid for
16 px and for 22 and 24 px, where the full drawing would blur. The PNGs are committed (the
running app reads them; ``packaging/install.sh`` puts them in the desktop's icon theme), and
``tests/packaging/test_icons.py`` fails if they no longer match their sources. The ``.ico``
and ``.icns`` are made at build time only (``packaging/build.sh``): each holds PNG images, which
Windows (Vista and later) and macOS (10.7 and later) read.
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "resources" / "icons"
OUT = ROOT / "counsel_desk" / "resources" / "icons"
APP_ID = "org.counseldesk.CounselDesk"

# size -> (source, the square of the source's rendering it is cut from)
SIZES = (16, 22, 24, 32, 48, 64, 96, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# Apple's icon types holding PNG data: (type, pixels)
ICNS_TYPES = (
    (b"icp4", 16),
    (b"ic11", 32),  # 16 pt at 2x
    (b"icp5", 32),
    (b"ic12", 64),  # 32 pt at 2x
    (b"icp6", 64),
    (b"ic07", 128),
    (b"ic13", 256),  # 128 pt at 2x
    (b"ic08", 256),
    (b"ic14", 512),  # 256 pt at 2x
    (b"ic09", 512),
    (b"ic10", 1024),  # 512 pt at 2x
)


def source_for(size: int) -> tuple[Path, int, int]:
    """The SVG a size is drawn from, the size to render it at, and the offset to cut at."""
    if size == 16:
        return SOURCES / f"{APP_ID}-16.svg", 16, 0
    if size == 24:
        return SOURCES / f"{APP_ID}-24.svg", 24, 0
    if size == 22:  # the 24 px drawing without its 1 px transparent margin
        return SOURCES / f"{APP_ID}-24.svg", 24, 1
    return SOURCES / f"{APP_ID}.svg", size, 0


def png_path(size: int, folder: Path = OUT) -> Path:
    return folder / f"{APP_ID}-{size}.png"


def _application() -> object:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication.instance() or QGuiApplication([sys.argv[0]])


def render(size: int) -> bytes:
    """The icon at ``size`` pixels, as PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QRectF
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _application()
    source, drawn, offset = source_for(size)
    renderer = QSvgRenderer(str(source))
    if not renderer.isValid():
        raise SystemExit(f"{source} is not an SVG Qt can read.")
    image = QImage(drawn, drawn, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, drawn, drawn))
    painter.end()
    if offset:
        image = image.copy(QRect(offset, offset, size, size))
    image = image.convertToFormat(QImage.Format.Format_ARGB32)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data)


def ico(pngs: dict[int, bytes]) -> bytes:
    """A Windows icon file holding each PNG (a width or height of 256 is written as 0)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = 6 + 16 * len(sizes)
    entries, blobs = [], []
    for size in sizes:
        blob = pngs[size]
        edge = 0 if size >= 256 else size
        entries.append(struct.pack("<BBBBHHII", edge, edge, 0, 0, 1, 32, len(blob), offset))
        blobs.append(blob)
        offset += len(blob)
    return header + b"".join(entries) + b"".join(blobs)


def icns(pngs: dict[int, bytes]) -> bytes:
    """A macOS icon file: each of Apple's PNG types, from the PNG of its pixel size."""
    chunks = [kind + struct.pack(">I", 8 + len(pngs[px])) + pngs[px] for kind, px in ICNS_TYPES]
    body = b"".join(chunks)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def sheet(path: Path, folder: Path = OUT) -> None:
    """The committed PNGs at their own size, side by side on a light and a dark band, each
    named by its size: how the icon looks wherever a desktop shows it."""
    from PySide6.QtCore import QRect, Qt
    from PySide6.QtGui import QColor, QFont, QImage, QPainter

    _application()
    gap, label, band = 28, 22, max(SIZES) + 2 * 28 + 22
    width = sum(SIZES) + gap * (len(SIZES) + 1)
    image = QImage(width, 2 * band, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    font = QFont("DejaVu Sans")
    font.setPixelSize(12)
    painter.setFont(font)
    for row, (back, ink) in enumerate((("#f4f4f2", "#444444"), ("#262a2b", "#d8d8d8"))):
        top = row * band
        painter.fillRect(0, top, width, band, QColor(back))
        painter.setPen(QColor(ink))
        x = gap
        for size in SIZES:
            icon = QImage(str(png_path(size, folder)))
            painter.drawImage(x, top + band - gap - label - size, icon)
            text = QRect(x - gap // 2, top + band - gap - label + 6, size + gap, label)
            painter.drawText(text, Qt.AlignmentFlag.AlignHCenter, f"{size}")
            x += size + gap
    painter.end()
    image.save(str(path))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT, help="where the PNGs go")
    parser.add_argument(
        "--platform", type=Path, metavar="DIR", help="also write the .ico and .icns in DIR"
    )
    parser.add_argument("--sheet", type=Path, metavar="FILE", help="also draw every size in FILE")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    for size in SIZES:
        png_path(size, args.out).write_bytes(render(size))
    if args.platform:
        args.platform.mkdir(parents=True, exist_ok=True)
        wanted = set(ICO_SIZES) | {px for _kind, px in ICNS_TYPES}
        pngs = {size: render(size) for size in sorted(wanted)}
        (args.platform / f"{APP_ID}.ico").write_bytes(ico({s: pngs[s] for s in ICO_SIZES}))
        (args.platform / f"{APP_ID}.icns").write_bytes(icns(pngs))
    if args.sheet:
        sheet(args.sheet, args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
