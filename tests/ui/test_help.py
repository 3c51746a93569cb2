"""Help (F1): the user guide inside the app, from docs/USER_GUIDE.md itself, a section per
view, its pictures shown offline; and the keyboard shortcut sheet made from the actions the
window really holds, which the guide's table must equal (issue #16, item 6)."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest
from guikit import focus
from notekit import unlock_seeded
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication

from counsel_desk.ui import guide
from counsel_desk.ui.help import (
    TABLE_END,
    TABLE_START,
    VIEW_SECTIONS,
    HelpWindow,
    action_name,
    shortcut_rows,
    shortcut_table,
)
from counsel_desk.ui.shortcuts import key_text
from counsel_desk.ui.views.registry import VIEWS

ROOT = Path(__file__).resolve().parents[2]
GUIDE = ROOT / "docs" / "USER_GUIDE.md"


@pytest.fixture
def opened(qtbot, make_controller, closed_vault):
    controller, main, seeded = unlock_seeded(qtbot, make_controller, closed_vault[0])
    focus(qtbot, main)
    return controller, main, seeded


def titles() -> list[str]:
    return [s.title for s in guide.sections(GUIDE.read_text("utf-8"))]


def test_every_view_has_its_section_in_the_guide():
    """A view added to the registry needs its line in VIEW_SECTIONS and its section in the
    guide; a section renamed in the guide must be renamed there too."""
    assert {spec.name for spec in VIEWS} <= set(VIEW_SECTIONS)
    assert set(VIEW_SECTIONS.values()) <= set(titles())


def test_the_guide_splits_at_its_sections_and_its_links_name_them():
    found = guide.sections(GUIDE.read_text("utf-8"))
    assert found[0].title == guide.INTRODUCTION
    assert not found[0].text.startswith("# ")  # the window names the guide already
    assert all(s.text.startswith(f"## {s.title}") for s in found[1:])
    words = GUIDE.read_text("utf-8").split()
    assert words[:5] == ["#", "Counsel", "Desk", "user", "guide"]
    assert " ".join(s.text for s in found).split() == words[5:]  # all of it, once, in order
    anchors = {s.anchor for s in found}
    links = set(re.findall(r"\]\(#([^)]+)\)", GUIDE.read_text("utf-8")))
    assert links, "the guide links between its sections"
    assert links <= anchors  # every link inside the guide leads to a section
    assert guide.anchor("Contracts: the agreement with each client") == (
        "contracts-the-agreement-with-each-client"
    )


def test_f1_opens_the_guide_at_the_section_for_each_view(qtbot, opened):
    _controller, main, _seeded = opened
    sections = {s.title: s for s in guide.sections(GUIDE.read_text("utf-8"))}
    for spec in main.registry:
        focus(qtbot, main)
        main.go(spec.name)
        qtbot.keyClick(QApplication.focusWidget() or main, Qt.Key.Key_F1)
        window = main.help_window
        assert window is not None, spec.name
        assert window.isVisible()
        wanted = VIEW_SECTIONS[spec.name]
        assert window.pages.currentItem().text() == wanted, spec.name
        first_words = re.sub(r"[*`]", "", sections[wanted].text.splitlines()[2])[:40]
        assert first_words.split("(")[0].strip() in window.text.toPlainText(), spec.name
        window.reject()
        QApplication.processEvents()


def test_the_guide_shows_its_pictures_offline_fitted_to_the_page(qtbot):
    window = HelpWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.show_page("Today")
    doc = window.text.document()
    images = []
    block = doc.begin()
    while block.isValid():
        for fragment in (f.fragment() for f in block):
            if fragment.charFormat().isImageFormat():
                images.append(fragment.charFormat().toImageFormat())
        block = block.next()
    names = [image.name() for image in images]
    assert names == [  # each once, as the guide's Today section shows them
        "screenshots/today-welcome.png",
        "screenshots/today-light.png",
        "screenshots/today-narrow.png",
        "screenshots/today-care.png",
        "screenshots/today-dark.png",
    ]
    for image in images:
        assert (window.folder / image.name()).is_file()  # beside the guide, on disk
        assert 0 < image.width() <= window.text.viewport().width()
    assert doc.size().width() <= window.text.viewport().width() + 1  # no sideways scrolling


def test_a_link_inside_the_guide_opens_its_section_and_any_other_does_nothing(qtbot):
    window = HelpWindow()
    qtbot.addWidget(window)
    window.show_page("Settings")
    window.text.anchorClicked.emit(QUrl("#contracts-the-agreement-with-each-client"))
    assert window.pages.currentItem().text() == "Contracts: the agreement with each client"
    window.text.anchorClicked.emit(QUrl("https://example.org/#search"))
    assert window.pages.currentItem().text() == "Contracts: the agreement with each client"


def test_without_the_guide_help_says_so_and_still_lists_the_shortcuts(qtbot, opened, monkeypatch):
    _controller, main, _seeded = opened
    monkeypatch.setattr(guide, "guide_folder", lambda: None)
    main.show_help("Today")
    window = main.help_window
    assert "user guide is not where Counsel Desk looks for it" in window.text.toPlainText()
    assert window.titles() == [HelpWindow.SHORTCUTS]
    main.show_help(HelpWindow.SHORTCUTS)
    assert "Ctrl+L" in window.text.toPlainText()


def test_an_installed_package_reads_the_copy_built_into_it(tmp_path, monkeypatch):
    """Outside a checkout (no pyproject.toml beside the package) the guide is the copy that
    building the package made (setup.py's copy_guide): every picture it shows, the same
    bytes as docs/."""
    spec = importlib.util.spec_from_file_location("setup_for_test", ROOT / "setup.py")
    setup = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(setup)  # copy_guide only: setup() runs as __main__ alone
    package = tmp_path / "site-packages" / "counsel_desk"
    package.mkdir(parents=True)
    (package / "__init__.py").write_text("")
    (tmp_path / "site-packages" / "docs").mkdir()  # another project's docs: never read
    copied = setup.copy_guide(package)
    shown = set(re.findall(r"!\[[^\]]*\]\((screenshots/[^)]+)\)", GUIDE.read_text("utf-8")))
    assert set(copied) == {"USER_GUIDE.md", *shown}
    for name in copied:
        built = package / "resources" / "guide" / name
        assert built.read_bytes() == (GUIDE.parent / name).read_bytes()
    monkeypatch.setattr(guide.counsel_desk, "__file__", str(package / "__init__.py"))
    assert guide.guide_folder() == package / "resources" / "guide"
    assert not (ROOT / "counsel_desk" / "resources" / "guide").exists()  # never committed
    monkeypatch.undo()
    assert guide.guide_folder() == ROOT / "docs"  # a checkout reads docs/ itself


# --- the keyboard shortcut sheet ---------------------------------------------------------
def _keys(action: QAction) -> set[str]:
    """The keys as the sheet writes them (leaving out those few keyboards have: "New")."""
    return {key_text([k]) for k in action.shortcuts()} - {""}


def test_every_shortcut_the_window_holds_is_listed_and_every_one_listed_exists(qtbot, opened):
    _controller, main, _seeded = opened
    rows = shortcut_rows(main.menuBar(), main.scoped)
    scoped_keys = {id(s.action): {key_text([k]) for k in s.keys} - {""} for s in main.scoped}
    held = [
        a
        for a in main.findChildren(QAction)
        if a.shortcuts() or id(a) in scoped_keys  # a scoped key may be idle in this view
    ]
    assert len(held) > 20
    listed = {(what, keys) for _menu, what, keys in rows}
    for action in held:  # the window → the sheet
        keys = _keys(action) | scoped_keys.get(id(action), set())
        row = [k for what, k in listed if what == action_name(action)]
        assert row, f"{action_name(action)} is not on the sheet"
        assert all(any(key in k for k in row) for key in keys), (action.text(), keys, row)
    for _menu, what, keys in rows:  # the sheet → the window
        actions = [a for a in held if action_name(a) == what]
        assert actions, f"{what} is on the sheet but no action has that name"
        for key in re.split(r" or |, ", re.sub(r" \([^)]*\)", "", keys)):
            assert any(key in _keys(a) | scoped_keys.get(id(a), set()) for a in actions), (
                f"{what}: {key} is listed but not held"
            )

    extra = QAction("Water the plants", main)  # a shortcut added later appears by itself
    extra.setShortcut(QKeySequence("Ctrl+Shift+Q"))
    main.help_menu.addAction(extra)
    main.show_help(HelpWindow.SHORTCUTS)
    sheet = main.help_window.text.toPlainText()
    assert "Water the plants" in sheet
    assert "Ctrl+Shift+Q" in sheet
    assert "Ctrl+N (in Clients)" in sheet  # the one key that depends on the view
    assert "Ctrl+N (in every other view)" in sheet


def test_the_guides_table_is_the_sheet_the_app_makes(qtbot, opened):
    """The Markdown between the markers is what the app's menus make: when it fails, paste
    the table printed here into docs/USER_GUIDE.md."""
    _controller, main, _seeded = opened
    table = shortcut_table(shortcut_rows(main.menuBar(), main.scoped))
    text = GUIDE.read_text("utf-8")
    assert TABLE_START in text
    written = text.split(TABLE_START, 1)[1].split(TABLE_END, 1)[0].strip("\n") + "\n"
    assert written == table, f"the guide's table should read:\n{table}"


def test_the_help_menu_opens_the_sheet_inside_the_guide(qtbot, opened):
    _controller, main, _seeded = opened
    keys = next(a for a in main.help_menu.actions() if "Keyboard shortcuts" in a.text())
    keys.trigger()
    window = main.help_window
    assert window.pages.currentItem().text() == HelpWindow.SHORTCUTS
    shown = window.text.toPlainText()
    assert "Every shortcut, menu by menu" in shown  # the guide's own words around it
    assert "Enter on Today opens the note" in shown
    assert "Ctrl+Shift+L" in shown


def test_f1_opens_the_section_at_its_heading_the_first_time_too(qtbot, opened):
    """The first help window of a session opened scrolled to the section's end."""
    _controller, main, _seeded = opened
    main.show_help("Today")
    window = main.help_window
    qtbot.waitExposed(window)
    for _ in range(5):  # the document laid out at the window's size, the images fitted
        QApplication.processEvents()
        qtbot.wait(20)
    bar = window.text.verticalScrollBar()
    assert bar.maximum() > 0  # the section is longer than the window: there is a way to go
    assert bar.value() == 0
    doc = window.text.document()
    heading = doc.documentLayout().blockBoundingRect(doc.begin())
    assert heading.top() - bar.value() < window.text.viewport().height() / 10
    assert doc.begin().text() == VIEW_SECTIONS["Today"]
