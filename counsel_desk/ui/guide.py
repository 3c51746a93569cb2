"""The user guide inside the app: docs/USER_GUIDE.md, read from where it is, split into its
sections (one ``## `` heading each) for the help window (``ui/help.py``).

One source, never two copies kept by hand. A checkout (and an editable install) reads
``docs/`` beside the package; a wheel, and the bundle made from it, read the copy that
building the package puts in ``counsel_desk/resources/guide/`` (``setup.py``: the guide
and the screenshots it shows, copied at build time; that folder is never committed).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

import counsel_desk

GUIDE_NAME = "USER_GUIDE.md"
SHORTCUTS_TITLE = "Keyboard shortcuts"
INTRODUCTION = "Introduction"
NOT_FOUND = QT_TRANSLATE_NOOP(
    "guide",
    "The user guide is not where Counsel Desk looks for it ({folder}), so it cannot be shown "
    "here. Everything else works as usual; the keyboard shortcuts are still listed here.",
)


@dataclass(frozen=True)
class Section:
    title: str
    anchor: str  # as GitHub makes it from the heading, for the guide's own links
    text: str  # Markdown, its heading included


def guide_folder() -> Path | None:
    """The folder holding the guide and its ``screenshots/``: the checkout's ``docs/`` when
    the package runs from one, else the copy installed with the package."""
    package = Path(counsel_desk.__file__).resolve().parent
    checkout = package.parent
    if (checkout / "pyproject.toml").is_file() and (checkout / "docs" / GUIDE_NAME).is_file():
        return checkout / "docs"
    installed = package / "resources" / "guide"
    return installed if (installed / GUIDE_NAME).is_file() else None


def anchor(title: str) -> str:
    """GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens."""
    kept = re.sub(r"[^\w\- ]", "", title.strip().lower())
    return kept.replace(" ", "-")


def sections(markdown: str) -> list[Section]:
    """The guide's sections in order: what comes before the first ``## `` heading (under
    its own title) is the introduction."""
    found: list[Section] = []
    title, lines = INTRODUCTION, []
    fenced = False
    for line in markdown.splitlines():
        if line.startswith("```"):
            fenced = not fenced
        if not fenced and line.startswith("## "):
            found.append(Section(title, anchor(title), "\n".join(lines).strip() + "\n"))
            title, lines = line[3:].strip(), []
        if not (title == INTRODUCTION and line.startswith("# ")):
            lines.append(line)
    found.append(Section(title, anchor(title), "\n".join(lines).strip() + "\n"))
    return found


def load() -> tuple[Path | None, list[Section]]:
    folder = guide_folder()
    if folder is None:
        return None, []
    return folder, sections((folder / GUIDE_NAME).read_text("utf-8"))


def not_found_text() -> str:
    package = Path(counsel_desk.__file__).resolve().parent
    said = QCoreApplication.translate("guide", NOT_FOUND)
    return said.format(folder=package / "resources" / "guide")
