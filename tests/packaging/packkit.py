"""Shared by the packaging tests: where things are, and the system tools they run."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from counsel_desk import APP_ID

ROOT = Path(__file__).resolve().parents[2]
RESOURCES = ROOT / "resources"
DESKTOP = RESOURCES / f"{APP_ID}.desktop"
METAINFO = RESOURCES / f"{APP_ID}.metainfo.xml"
INSTALL = ROOT / "packaging" / "install.sh"
ICON_SIZES = (16, 22, 24, 32, 48, 64, 96, 128, 256, 512)

# tool -> the Debian package that has it (.ci/run installs them on a clean machine)
TOOLS = {
    "desktop-file-validate": "desktop-file-utils",
    "appstreamcli": "appstream",
}


def tool(name: str) -> str:
    """The path of a system tool the tests need; a missing one fails the test with the
    package to install, never skips it."""
    found = shutil.which(name)
    assert found, f"{name} is missing: install the Debian package {TOOLS[name]} (.ci/run does)."
    return found


def run(*args: str | Path, **kwargs: object) -> subprocess.CompletedProcess[str]:
    kwargs.setdefault("timeout", 120)
    return subprocess.run(  # type: ignore[call-overload]
        [str(a) for a in args], capture_output=True, text=True, check=False, **kwargs
    )


def validate_desktop(path: Path) -> subprocess.CompletedProcess[str]:
    return run(tool("desktop-file-validate"), path)


def validate_metainfo(path: Path) -> subprocess.CompletedProcess[str]:
    """``appstreamcli validate`` without the network (it would fetch the screenshots)."""
    return run(tool("appstreamcli"), "validate", "--no-net", "--explain", path)


def problems(report: str) -> list[str]:
    """The errors and warnings in an ``appstreamcli validate`` report (not its infos)."""
    return [line for line in report.splitlines() if line.startswith(("E:", "W:"))]


def share_files() -> set[str]:
    """Every file the install puts under PREFIX/share, relative to it."""
    files = {
        f"applications/{APP_ID}.desktop",
        f"metainfo/{APP_ID}.metainfo.xml",
        f"icons/hicolor/scalable/apps/{APP_ID}.svg",
    }
    return files | {f"icons/hicolor/{n}x{n}/apps/{APP_ID}.png" for n in ICON_SIZES}


def tree(folder: Path) -> set[str]:
    """Every file and link under ``folder``, relative to it."""
    return {
        p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file() or p.is_symlink()
    }
