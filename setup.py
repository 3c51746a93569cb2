"""Building the package copies the user guide into it (pyproject.toml holds the rest).

The guide is written once, in docs/USER_GUIDE.md, with the screenshots it shows in
docs/screenshots/. The app shows it inside the help window (counsel_desk/ui/guide.py), so a
wheel, and the bundle PyInstaller makes from the installed wheel, must hold it: build_py
copies the guide and the pictures it names into counsel_desk/resources/guide/ of the build,
never of the checkout (a checkout reads docs/ itself). One source, copied when built, so
the two can never differ.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent
GUIDE = HERE / "docs" / "USER_GUIDE.md"
PICTURE = re.compile(r"!\[[^\]]*\]\((screenshots/[^)\s]+)\)")


def guide_files() -> list[str]:
    """The guide and every picture it shows, relative to docs/."""
    return ["USER_GUIDE.md", *sorted(set(PICTURE.findall(GUIDE.read_text("utf-8"))))]


def copy_guide(package: Path) -> list[str]:
    """The guide and its pictures into ``package``/resources/guide (emptied first, so a
    picture the guide no longer shows goes too); the names copied."""
    target = package / "resources" / "guide"
    if target.exists():
        shutil.rmtree(target)
    names = guide_files()
    for name in names:
        (target / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(GUIDE.parent / name, target / name)
    return names


class BuildWithGuide(build_py):
    def run(self) -> None:
        super().run()
        copy_guide(Path(self.build_lib) / "counsel_desk")


if __name__ == "__main__":  # as setuptools runs it; tests import copy_guide alone
    setup(cmdclass={"build_py": BuildWithGuide})
