"""The icon: every PNG the app and the desktop read is what its SVG source draws today, and
the Windows and macOS icon files hold every size."""

from __future__ import annotations

import importlib.util
import shutil
import sys
from pathlib import Path

import pytest
from packkit import ICON_SIZES, ROOT
from PySide6.QtGui import QImage, QImageReader

from counsel_desk import APP_ID


def _load_script():
    spec = importlib.util.spec_from_file_location(
        "render_icons", ROOT / "packaging" / "render_icons.py"
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


render_icons = _load_script()
# How far a pixel may move when a newer Qt antialiases an edge a little differently.
TOLERANCE = 3


def difference(a: QImage, b: QImage) -> int:
    """The largest difference of any channel of any pixel (a different size: 255)."""
    if a.size() != b.size():
        return 255
    a = a.convertToFormat(QImage.Format.Format_RGBA8888)
    b = b.convertToFormat(QImage.Format.Format_RGBA8888)
    return max(abs(x - y) for x, y in zip(bytes(a.constBits()), bytes(b.constBits()), strict=True))


def test_the_script_renders_every_standard_size():
    assert render_icons.SIZES == ICON_SIZES


@pytest.mark.parametrize("size", ICON_SIZES)
def test_each_committed_png_is_what_its_source_draws(qapp, size):
    committed = QImage(str(render_icons.png_path(size)))
    assert committed.width() == committed.height() == size
    fresh = QImage.fromData(render_icons.render(size))
    assert difference(committed, fresh) <= TOLERANCE, (
        f"the {size} px icon no longer matches its SVG: run python packaging/render_icons.py"
    )


def test_a_change_to_a_source_is_noticed(qapp, tmp_path, monkeypatch):
    """The comparison above could fail: a tile drawn in another colour is found."""
    sources = tmp_path / "icons"
    shutil.copytree(render_icons.SOURCES, sources)
    svg = sources / f"{APP_ID}.svg"
    svg.write_text(svg.read_text().replace("#3f8f8a", "#8a3f5a"))
    monkeypatch.setattr(render_icons, "SOURCES", sources)
    committed = QImage(str(render_icons.png_path(64)))
    assert difference(committed, QImage.fromData(render_icons.render(64))) > TOLERANCE


def test_the_small_sizes_are_drawn_on_the_pixel_grid(qapp):
    """16, 22 and 24 px come from drawings made for them, so their edges are whole pixels:
    the page's left edge is one column of fully opaque, unblended pixels."""
    for size in (16, 22, 24):
        assert render_icons.source_for(size)[0].name != f"{APP_ID}.svg"
    image = QImage(str(render_icons.png_path(16)))
    page = {image.pixelColor(3, y).name() for y in range(3, 12)}
    assert page == {"#e6d9c0"}, page  # the binding's colour, not a blend with the tile


def test_the_windows_and_mac_icon_files_hold_every_size(qapp, tmp_path):
    assert render_icons.main(["--out", str(tmp_path / "png"), "--platform", str(tmp_path)]) == 0
    assert sorted(p.name for p in (tmp_path / "png").iterdir()) == sorted(
        f"{APP_ID}-{n}.png" for n in ICON_SIZES
    )
    for suffix, wanted in (
        ("ico", sorted(render_icons.ICO_SIZES)),
        ("icns", sorted(px for _kind, px in render_icons.ICNS_TYPES)),
    ):
        reader = QImageReader(str(tmp_path / f"{APP_ID}.{suffix}"))
        assert reader.format().data().decode() == suffix
        sizes = []
        for index in range(reader.imageCount()):
            reader.jumpToImage(index)
            image = reader.read()
            assert image.width() == image.height()
            sizes.append(image.width())
        assert sorted(sizes) == wanted


def test_the_sources_are_where_the_architecture_page_says(qapp):
    assert {p.name for p in Path(ROOT / "resources" / "icons").glob("*.svg")} == {
        f"{APP_ID}.svg",
        f"{APP_ID}-16.svg",
        f"{APP_ID}-24.svg",
    }
