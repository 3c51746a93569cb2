"""The bundle packaging/build.sh made: only the Qt the app uses, every file the app reads,
and it starts, opens the demo vault, makes and checks a vault, installs and quits cleanly.

Run after a build: ``pytest --bundle dist/counsel-desk tests/packaging`` (.ci/run does).
"""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
from pathlib import Path

import pytest
from packkit import ROOT, run, tree, validate_desktop
from PySide6.QtCore import QLibraryInfo

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


# Qt's translations as PySide6 ships them (the same wheel the bundle was built from)
ROOT_QT_TRANSLATIONS = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
TINY_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS><TS version="2.1" language="{language}"><context><name>views.today</name>
<message><source>Today</source><translation>⟦Today⟧</translation></message>
</context></TS>
"""


def _update_translations():
    spec = importlib.util.spec_from_file_location(
        "update_translations", ROOT / "tools" / "update_translations.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_it_holds_only_the_qt_the_app_uses(bundle):
    pyside = qt_folder(bundle)
    assert {p.name.split(".")[0] for p in pyside.glob("Qt*.so")} == QT_PYTHON_MODULES
    libraries = {
        re.sub(r"^libQt6|\.so.*$", "", p.name) for p in (pyside / "Qt/lib").glob("libQt6*")
    }
    assert libraries == QT_LIBRARIES
    plugins = pyside / "Qt" / "plugins"
    assert {p.relative_to(plugins).as_posix() for p in plugins.rglob("*.so")} == QT_PLUGINS
    assert [name for name in tree(bundle) if NEVER.search(name)] == []


def test_it_holds_qts_own_words_only_for_the_languages_the_app_speaks(bundle):
    """qtbase_<lang>.qm for each counsel_desk_<lang>.qm the bundle carries (English, the
    source, loads none), nothing else of Qt's translations (packaging/qt_translations.py)."""
    app = bundle / "_internal" / "counsel_desk" / "resources" / "translations"
    languages = {
        p.name.removeprefix("counsel_desk_").removesuffix(".qm")
        for p in app.glob("counsel_desk_*.qm")
    } - {"en", "en_GB"}
    shipped = {p.name for p in (ROOT_QT_TRANSLATIONS).glob("qtbase_*.qm")}
    wanted = {
        f"qtbase_{'_'.join(lang.split('_')[:n])}.qm"
        for lang in languages
        for n in range(1, len(lang.split("_")) + 1)
    } & shipped
    kept = qt_folder(bundle) / "Qt" / "translations"
    assert (tree(kept) if kept.exists() else set()) == wanted


def _link_or_copy(source: str, destination: str) -> None:
    try:
        os.link(source, destination)
    except OSError:  # another file system
        shutil.copy2(source, destination)


def _with_language(bundle: Path, tmp_path: Path, language: str, qt_words: bool) -> Path:
    """A copy of the bundle (hard links where it can: the original untouched) that also
    carries a translation of the app's own into ``language``, and Qt's if ``qt_words``."""
    copy = tmp_path / "bundle"
    shutil.copytree(bundle, copy, symlinks=True, copy_function=_link_or_copy)
    ts = tmp_path / f"counsel_desk_{language}.ts"
    ts.write_text(TINY_TS.format(language=language), "utf-8")
    app = copy / "_internal" / "counsel_desk" / "resources" / "translations"
    _update_translations().lrelease(ts, app / f"counsel_desk_{language}.qm")
    if qt_words:
        qt = copy / "_internal" / "PySide6" / "Qt" / "translations"
        qt.mkdir(exist_ok=True)
        shutil.copyfile(
            ROOT_QT_TRANSLATIONS / f"qtbase_{language}.qm", qt / f"qtbase_{language}.qm"
        )
    return copy


def _speaking(env: dict[str, str], locale: str) -> dict[str, str]:
    """The environment of a system set to ``locale`` (Qt reads LANG when no LC_ALL,
    LC_MESSAGES or LANGUAGE says otherwise)."""
    chosen = {k: v for k, v in env.items() if k not in {"LC_ALL", "LC_MESSAGES", "LANGUAGE"}}
    return {**chosen, "LANG": f"{locale}.UTF-8"}


def test_qt_looks_for_its_own_words_in_the_bundle(bundle, env, tmp_path):
    """Inside the bundle QLibraryInfo.TranslationsPath is the bundle's PySide6/Qt/translations:
    for Welsh (the app's, Qt's not there) the app says where it looked; for French with
    qtbase_fr.qm put there, it finds it and says nothing."""
    welsh = _with_language(bundle, tmp_path / "cy", "cy", qt_words=False)
    done = run(welsh / "counsel-desk", "--demo", "--exit-when-ready", env=_speaking(env, "cy_GB"))
    assert done.returncode == 0, done.stderr
    looked = welsh.resolve() / "_internal" / "PySide6" / "Qt" / "translations"
    assert f"Qt's own words for cy_GB in {looked}:" in done.stderr, done.stderr
    french = _with_language(bundle, tmp_path / "fr", "fr", qt_words=True)
    done = run(french / "counsel-desk", "--demo", "--exit-when-ready", env=_speaking(env, "fr_FR"))
    assert done.returncode == 0, done.stderr
    assert "Qt's own words" not in done.stderr, done.stderr


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


def test_it_holds_the_user_guide_as_written_with_every_picture_it_shows(bundle):
    """The help window's guide (F1): copied from docs/ when the package was built
    (setup.py), the same bytes, nothing it does not show."""
    docs = ROOT / "docs"
    guide = bundle / "_internal" / "counsel_desk" / "resources" / "guide"
    text = (docs / "USER_GUIDE.md").read_text("utf-8")
    shown = set(re.findall(r"!\[[^\]]*\]\((screenshots/[^)]+)\)", text))
    assert shown
    assert tree(guide) == {"USER_GUIDE.md", *shown}
    for name in tree(guide):
        assert (guide / name).read_bytes() == (docs / name).read_bytes(), name


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
