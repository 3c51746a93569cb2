"""The desktop entry and the AppStream metadata: valid by the desktop's own validators, and
saying the same as the app (its id, program, version, licence, screenshots)."""

from __future__ import annotations

import configparser
import tomllib
import xml.etree.ElementTree as ET
from pathlib import PurePosixPath

from packkit import (
    DESKTOP,
    METAINFO,
    ROOT,
    problems,
    validate_desktop,
    validate_metainfo,
)

from counsel_desk import APP_ID, APP_NAME, __version__

PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text())


def entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_the_desktop_entry_passes_desktop_file_validate_without_a_word():
    done = validate_desktop(DESKTOP)
    assert done.returncode == 0, done.stdout + done.stderr
    assert (done.stdout + done.stderr).strip() == ""  # no warnings, and no hints either


def test_the_desktop_entry_names_the_app_as_the_app_names_itself():
    """The file's name is the id the app gives Qt (setDesktopFileName), which is how
    Wayland and GNOME match its windows to the launcher; the icon has the same name."""
    assert DESKTOP.name == f"{APP_ID}.desktop"
    fields = entry()
    assert fields["Name"] == APP_NAME
    assert fields["Icon"] == APP_ID
    script = next(iter(PYPROJECT["project"]["scripts"]))
    assert fields["Exec"] == fields["TryExec"] == script == "counsel-desk"
    assert fields["StartupWMClass"] == script  # X11: the program's name is the window's class
    assert fields["Terminal"] == "false"


def test_the_metainfo_passes_appstreamcli_validate():
    done = validate_metainfo(METAINFO)
    assert done.returncode == 0, done.stdout + done.stderr
    assert problems(done.stdout) == [], done.stdout


def test_the_metainfo_says_what_the_app_and_the_checkout_say():
    root = ET.parse(METAINFO).getroot()
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("name") == APP_NAME
    assert root.findtext("launchable") == DESKTOP.name
    assert root.findtext("project_license") == PYPROJECT["project"]["license"]
    assert root.findtext("provides/binary") == "counsel-desk"
    assert root.find("content_rating").get("type") == "oars-1.1"
    releases = root.findall("releases/release")
    assert releases
    assert releases[0].get("version") == __version__  # the newest comes first
    summary = root.findtext("summary")
    assert 10 < len(summary) <= 80
    assert not summary.endswith(".")


def test_each_screenshot_in_the_metainfo_is_one_in_docs():
    shots = ET.parse(METAINFO).getroot().findall("screenshots/screenshot")
    assert [s.get("type") for s in shots].count("default") == 1
    for shot in shots:
        name = PurePosixPath(shot.findtext("image")).name
        assert (ROOT / "docs" / "screenshots" / name).is_file(), name
        assert shot.findtext("caption")


def test_the_validators_do_fail_on_a_broken_file(tmp_path):
    """The checks above could fail: each validator refuses a file with a real mistake."""
    broken = tmp_path / DESKTOP.name
    broken.write_text(DESKTOP.read_text().replace("Type=Application\n", ""))
    assert validate_desktop(broken).returncode != 0
    no_summary = tmp_path / METAINFO.name
    text = METAINFO.read_text()
    start, end = text.index("  <summary>"), text.index("</summary>") + len("</summary>")
    no_summary.write_text(text[:start] + text[end:])
    done = validate_metainfo(no_summary)
    assert done.returncode != 0
    assert any("summary" in line for line in problems(done.stdout)), done.stdout
