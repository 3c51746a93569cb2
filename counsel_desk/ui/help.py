"""Help (F1): the user guide, section by section, and the keyboard shortcut sheet.

The guide is docs/USER_GUIDE.md itself (``ui/guide.py`` finds it and splits it), rendered
by QTextBrowser's Markdown with its screenshots, offline; F1 opens the section for the view
in front (``VIEW_SECTIONS``). The guide's own "Keyboard shortcuts" section is shown as the
sheet made from the window's menus and actions each time it is shown, so a shortcut added,
changed or removed in code appears here as it is: it cannot go stale. The table in the
Markdown is the same sheet written out (``shortcut_table``; a test keeps them equal).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QByteArray, QCoreApplication, Qt, QUrl
from PySide6.QtGui import (
    QAction,
    QImage,
    QPixmap,
    QTextCursor,
    QTextDocument,
    QTextImageFormat,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QMenu,
    QMenuBar,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from counsel_desk import APP_NAME
from counsel_desk.ui import guide
from counsel_desk.ui import widgets as w
from counsel_desk.ui.shortcuts import ScopedKeys, key_text

# The guide's section for each registered view: F1 on a view opens it. A view added to
# ui/views/registry.py needs its line here and its section in docs/USER_GUIDE.md (a test
# fails otherwise).
VIEW_SECTIONS: dict[str, str] = {
    "Today": "Today",
    "Clients": "Clients, and a client's page",
    "Sessions": "Clients, and a client's page",
    "Notes": "Writing a note after a session",
    "Search": "Search",
    "Contract": "Contracts: the agreement with each client",
    "Boundaries": "Boundaries, and what tests them",
    "Timeline": "The working relationship: the timeline",
    "Risk": "Risk and safeguarding",
    "Reliability": "Reliability",
    "Supervision": "Your supervision log",
}


def action_name(action: QAction) -> str:
    return action.text().replace("&", "").removesuffix("…")


def shortcut_rows(menubar: QMenuBar, scoped: Sequence[ScopedKeys]) -> list[tuple[str, str, str]]:
    """(menu, what, keys) for every action in the menus that has a shortcut, in menu order."""
    by_action = {id(s.action): s for s in scoped}
    rows: list[tuple[str, str, str]] = []

    def walk(menu: QMenu, title: str) -> None:
        for action in menu.actions():
            if action.menu() is not None:
                walk(action.menu(), title)
                continue
            if action.isSeparator():
                continue
            scope = by_action.get(id(action))
            keys = key_text(scope.base if scope else action.shortcuts())
            if scope is not None:
                keys = ", ".join(filter(None, (f"{key_text(scope.keys)} ({scope.where})", keys)))
            if keys:
                rows.append((title, action_name(action), keys))

    for top in menubar.actions():
        if top.menu() is not None:
            walk(top.menu(), top.text().replace("&", ""))
    return rows


TABLE_START = "<!-- shortcuts: made from the app's menus (tests/ui/test_help.py) -->"
TABLE_END = "<!-- end of shortcuts -->"


def shortcut_table(rows: Sequence[tuple[str, str, str]]) -> str:
    """The sheet as one Markdown table, in menu order, each menu named on its first row."""
    headings = (
        QCoreApplication.translate("help", "menu"),
        QCoreApplication.translate("help", "what"),
        QCoreApplication.translate("help", "keys"),
    )  # English as the guide writes them; the sheet on screen in the practitioner's words
    lines = ["| " + " | ".join(headings) + " |", "| --- | --- | --- |"]
    menu = None
    for title, what, keys in rows:
        shown = title if title != menu else ""
        menu = title
        cells = (shown, what, keys)
        lines.append("| " + " | ".join(c.replace("|", "/") for c in cells) + " |")
    return "\n".join(lines) + "\n"


def with_table(section: str, table: str) -> str:
    """The guide's shortcut section with the table between its markers replaced by
    ``table`` (the section as it is when it has no markers)."""
    if TABLE_START not in section or TABLE_END not in section:
        return section
    before, rest = section.split(TABLE_START, 1)
    after = rest.split(TABLE_END, 1)[1]
    return f"{before}{TABLE_START}\n{table}{TABLE_END}{after}"


class HelpWindow(QDialog):
    """Non-modal; closed with the main window on lock (it holds no client data)."""

    SHORTCUTS = guide.SHORTCUTS_TITLE

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("{APP_NAME} help").format(APP_NAME=APP_NAME))
        self.folder, self.sections = guide.load()
        titles = [s.title for s in self.sections]
        if self.SHORTCUTS not in titles:
            titles.append(self.SHORTCUTS)
        self.pages = QListWidget()
        self.pages.setAccessibleName(self.tr("Help pages"))
        self.pages.addItems(titles)
        self.pages.setWordWrap(True)
        self.pages.setSpacing(3)
        metrics = self.fontMetrics()
        self.pages.setFixedWidth(metrics.averageCharWidth() * 26 + 3 * w.SPACING)
        self.text = QTextBrowser()
        self.text.setAccessibleName(self.tr("Help text"))
        self.text.document().setDocumentMargin(w.SPACING)
        self.text.setOpenLinks(False)  # nothing leaves the app: the guide's own links only
        self.text.anchorClicked.connect(self._follow)
        if self.folder is not None:
            self.text.setSearchPaths([str(self.folder)])
        self.pages.currentTextChanged.connect(self._show)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.pages)
        row.addWidget(self.text, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(w.MARGIN, w.MARGIN, w.MARGIN, w.MARGIN)
        layout.setSpacing(w.SPACING)
        layout.addLayout(row, 1)
        layout.addWidget(buttons)
        self.table = ""
        self.resize(900, 640)

    def fill(self, menubar: QMenuBar, scoped: Sequence[ScopedKeys]) -> None:
        """Make the shortcut sheet from the menus as they are now."""
        self.table = shortcut_table(shortcut_rows(menubar, scoped))
        if self.pages.currentItem() is not None:
            self._show(self.pages.currentItem().text())

    def titles(self) -> list[str]:
        return [self.pages.item(i).text() for i in range(self.pages.count())]

    def show_page(self, name: str) -> None:
        """The page ``name``: a section's title, a view's name (its section), or the sheet."""
        titles = self.titles()
        name = VIEW_SECTIONS.get(name, name)
        if name not in titles and not self.sections:  # no guide: say so, not the sheet
            self.pages.setCurrentRow(-1)
            self._show(name)
            return
        row = titles.index(name) if name in titles else 0
        self.pages.setCurrentRow(row)
        self._show(titles[row])

    def _markdown(self, title: str) -> str:
        found = next((s for s in self.sections if s.title == title), None)
        if title == self.SHORTCUTS:
            section = found.text if found else f"## {title}\n\n{TABLE_START}\n{TABLE_END}\n"
            return with_table(section, self.table)
        if found is None:
            return f"## {title}\n\n{guide.not_found_text()}\n"
        return found.text

    def _show(self, title: str) -> None:
        self.text.document().setMarkdown(self._markdown(title))
        self._fit_images()
        self.text.moveCursor(QTextCursor.MoveOperation.Start)
        self.text.verticalScrollBar().setValue(0)

    def _fit_images(self) -> None:
        """Screenshots no wider than the page (QTextDocument shows them at their own size)."""
        widest = max(200, self.text.viewport().width() - 2 * w.SPACING - 24)
        doc = self.text.document()
        images: list[tuple[int, QTextImageFormat]] = []
        block = doc.begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                fragment = it.fragment()
                if fragment.charFormat().isImageFormat():
                    images.append((fragment.position(), fragment.charFormat().toImageFormat()))
                it += 1
            block = block.next()
        kind = QTextDocument.ResourceType.ImageResource
        for position, image in images:
            natural = doc.resource(kind, QUrl(image.name()))
            if isinstance(natural, (QByteArray, bytes)):  # QTextBrowser hands over the file
                natural = QImage.fromData(natural)
            if not isinstance(natural, (QImage, QPixmap)) or natural.isNull():
                continue
            scale = min(1.0, widest / natural.width())
            width, height = round(natural.width() * scale), round(natural.height() * scale)
            if scale < 1.0:  # scaled smoothly once, at the screen's own pixel density
                ratio = self.devicePixelRatioF()
                smooth = QImage(natural.toImage() if isinstance(natural, QPixmap) else natural)
                smooth = smooth.scaled(
                    round(width * ratio),
                    round(height * ratio),
                    Qt.AspectRatioMode.IgnoreAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
                smooth.setDevicePixelRatio(ratio)
                doc.addResource(
                    QTextDocument.ResourceType.ImageResource, QUrl(image.name()), smooth
                )
            image.setWidth(width)
            image.setHeight(height)
            cursor = QTextCursor(doc)
            cursor.setPosition(position)
            cursor.setPosition(position + 1, QTextCursor.MoveMode.KeepAnchor)
            cursor.setCharFormat(image)

    def _follow(self, url: QUrl) -> None:
        """A link to another section of the guide opens it; any other link does nothing."""
        target = url.fragment() if not url.scheme() and not url.path() else ""
        for section in self.sections:
            if target and section.anchor == target:
                self.show_page(section.title)
                return
