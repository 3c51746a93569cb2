"""The bundle packaging/build.sh made: only the Qt the app uses, every file the app reads,
and it starts, opens the demo vault, makes and checks a vault, installs and quits cleanly.

Run after a build: ``pytest --bundle dist/counsel-desk tests/packaging`` (.ci/run does).
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from packkit import ROOT, run, tree, validate_desktop

from counsel_desk import APP_ID, __version__

pytestmark = pytest.mark.bundle

QT_PYTHON_MODULES = {"QtCore", "QtGui", "QtWidgets", "QtPrintSupport"}
# the Qt libraries those need on Linux: DBus (QtGui's accessibility and portals), the X11 and
# Wayland platforms, and Svg (icon themes' SVG icons)
QT_LIBRARIES = {"Core", "Gui", "Widgets", "PrintSupport", "DBus", "XcbQpa", "WaylandClient", "Svg"}
QT_PLUGINS = {
    "iconengines/libqsvgicon.so",
    "imageformats/libqsvg.so",
    "platforminputcontexts/libcomposeplatforminputcontextplugin.so",
    "platforminputcontexts/libibusplatforminputcontextplugin.so",
    "platforms/libqoffscreen.so",
    "platforms/libqwayland.so",
    "platforms/libqxcb.so",
    "platformthemes/libqxdgdesktopportal.so",
    "printsupport/libcupsprintersupport.so",
    "wayland-decoration-client/libadwaita.so",
    "wayland-decoration-client/libbradient.so",
    "wayland-shell-integration/libxdg-shell.so",
}
NEVER = re.compile(r"network|webengine|webview|webchannel|websocket|qml|quick|multimedia", re.I)


@pytest.fixture(scope="session")
def bundle(request: pytest.FixtureRequest) -> Path:
    folder = Path(request.config.getoption("--bundle")).resolve()
    assert (folder / "counsel-desk").is_file(), f"no bundle in {folder}: run packaging/build.sh"
    return folder


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TMPDIR": str(scratch)}


def qt_folder(bundle: Path) -> Path:
    return bundle / "_internal" / "PySide6"


def test_it_holds_only_the_qt_the_app_uses(bundle):
    pyside = qt_folder(bundle)
    assert {p.name.split(".")[0] for p in pyside.glob("Qt*.so")} == QT_PYTHON_MODULES
    libraries = {
        re.sub(r"^libQt6|\.so.*$", "", p.name) for p in (pyside / "Qt/lib").glob("libQt6*")
    }
    assert libraries == QT_LIBRARIES
    plugins = pyside / "Qt" / "plugins"
    assert {p.relative_to(plugins).as_posix() for p in plugins.rglob("*.so")} == QT_PLUGINS
    assert not (pyside / "Qt" / "translations").exists()
    assert [name for name in tree(bundle) if NEVER.search(name)] == []


def test_it_holds_every_file_the_app_reads(bundle):
    """The app's resources and migrations, as pip installs them from this checkout."""
    package = ROOT / "counsel_desk"
    wanted = {
        p.relative_to(package).as_posix()
        for folder in ("resources", "storage/schema")
        for p in (package / folder).rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    }
    assert wanted
    assert wanted <= tree(bundle / "_internal" / "counsel_desk")


def test_it_says_its_version(bundle, env):
    done = run(bundle / "counsel-desk", "--version", env=env)
    assert (done.returncode, done.stdout.strip()) == (0, f"Counsel Desk {__version__}")


def test_it_opens_the_demo_vault_and_quits_cleanly(bundle, env):
    """``--demo --exit-when-ready``: the demo made, Unlock pressed on the unlock window, the
    main window painted, then quit, with the demo's temporary folder removed."""
    done = run(bundle / "counsel-desk", "--demo", "--exit-when-ready", env=env)
    assert done.returncode == 0, done.stderr
    said = [line.split()[0] for line in done.stdout.splitlines()]
    assert said == ["ready", "opened"], done.stdout
    assert "Traceback" not in done.stderr
    assert "rror" not in done.stderr, done.stderr
    assert list(Path(env["TMPDIR"]).iterdir()) == []


def test_its_commands_make_check_and_refuse_as_the_checkout_does(bundle, env, tmp_path):
    vault = tmp_path / "vault"
    program = bundle / "counsel-desk"
    secret = "a passphrase for the bundle's own test\n"
    made = run(program, "demo", "--vault", vault, "--clients", "2", "--passphrase-stdin",
               input=secret, env=env)  # fmt: skip
    assert made.returncode == 0, made.stderr
    checked = run(program, "verify", "--vault", vault, "--passphrase-stdin", input=secret, env=env)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "FAIL" not in checked.stdout
    assert "audit trail" in checked.stdout
    wrong = run(program, "verify", "--vault", vault, "--passphrase-stdin", input="no\n", env=env)
    assert wrong.returncode == 3
    assert wrong.stderr.count("\n") == 1
    assert "Traceback" not in wrong.stderr


def test_it_installs_from_its_own_folder(bundle, env, tmp_path):
    prefix = tmp_path / "prefix"
    done = run(bundle / "install.sh", "--prefix", prefix, env=env)
    assert done.returncode == 0, done.stderr
    version = run(prefix / "bin" / "counsel-desk", "--version", env=env)
    assert version.stdout.strip() == f"Counsel Desk {__version__}"
    desktop = prefix / "share" / "applications" / f"{APP_ID}.desktop"
    assert validate_desktop(desktop).returncode == 0
    assert f'Exec="{prefix}/bin/counsel-desk"' in desktop.read_text()
