"""Translations (issue #16 item 7; docs/ARCHITECTURE.md, "Translations").

- Every user-visible text in ``counsel_desk/ui`` goes through Qt's translation functions
  (an AST scan, tests/ui/i18n_scan.py); each of the scan's rules is proved on a sample.
- ``resources/translations/counsel_desk_en_GB.ts`` holds exactly the texts the code asks to
  translate (``pyside6-lupdate`` run again into a temporary file).
- A translation built with ``pyside6-lrelease`` reaches real widgets, through the app's own
  start-up code, with Qt's own words (qtbase) beside it.
"""

from __future__ import annotations

import functools
import importlib
import importlib.util
import pkgutil
import subprocess
import textwrap
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from dialogkit import DIALOGS, WINDOWS
from i18n_scan import scan_package, scan_source
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableView,
    QWidget,
)

import counsel_desk
from counsel_desk.domain.errors import CounselDeskError
from counsel_desk.storage.errors import WrongPassphrase
from counsel_desk.ui.i18n import error_text, install_translators, remove_translators

UI = Path(counsel_desk.__file__).parent / "ui"
ROOT = UI.parent.parent
SOURCE_TS = ROOT / "resources" / "translations" / "counsel_desk_en_GB.ts"


def _tool_module():
    spec = importlib.util.spec_from_file_location(
        "update_translations", ROOT / "tools" / "update_translations.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@functools.cache
def _scanned() -> tuple:
    """The scan of the package (seconds of parsing), once in a run: the files do not change
    meanwhile."""
    return tuple(scan_package(UI))


def test_every_shown_text_in_ui_is_translated() -> None:
    findings = _scanned()
    assert not findings, "text shown without translation:\n" + "\n".join(map(str, findings))


# --- each rule of the scan, proved on a sample -------------------------------------------


def _findings(code: str) -> list[str]:
    return [f.rule for f in scan_source(textwrap.dedent(code))]


@pytest.mark.parametrize(
    "code",
    [
        'label.setText("Saved")',
        'self.setWindowTitle(f"Notes for {code}")',  # an f-string
        'box.setToolTip("Saved " + when)',  # a concatenation
        'edit.setPlaceholderText("Yes" if ok else "No")',
        'QLabel("Client", self)',
        'QPushButton(text="Save")',  # a keyword argument
        'QMessageBox.information(self, "Saved", "The note is saved.")',
        'combo.addItem("Weekly", "weekly")',  # the shown part of an item
        'form.addRow("Reason", self.reason)',
        'alerts.info(self, "Saved.")',  # the app's own helpers
        'w.explanation("A sentence.")',
        "alerts.info(self, TEMPLATE.format(n=1))",  # a text constant, formatted
        "self.error.show_message(HINT)",
        'self.tr(f"Notes for {code}")',  # never an f-string inside tr()
        'QCoreApplication.translate("ctx", "A " + b)',  # nor anything lupdate cannot read
        "self.tr(MARKED)",  # a marked constant needs translate() with its own context
        "label.setText(MARKED)",  # marked, but shown untranslated
        # a label reaching the sink through a loop over a table of literals
        'for text, field in (("Name", a), ("Code", b)): form.addRow(text, field)',
        "for text in TABLE: label.setText(text)",
        "for text, _code in self.CHOICES: QRadioButton(text)",
        "for text in MARKED_TABLE: label.setText(text)",  # marked, untranslated
        "label.setText(self.title)",  # a class attribute holding text
        "label.setText(self.heading)",  # marked, but shown untranslated
        "alerts.error(self, exc.message)",  # an error's sentence, untranslated
        'parts = ["<h3>Terms</h3>"]; doc.setHtml("".join(parts))',  # gathered, then shown
        'parts = []; parts.append(f"{n} notes"); label.setText(" ".join(parts))',
        'text = "Saved"; label.setText(text)',  # through a local name
        "label.setText(said())",  # what a function of the module returns
        'words = {"status": "Active"}; label.setText(words[key])',  # a dict's values
        # what a model's cell, data, headerData or a paged list's display returns is shown
        'def cell(record, column, sorting): return "none"',
        'def data(index, role): return f"{n}, {when} draft"',
        'def headerData(section, orientation, role): return "Date"',
        'def display(record): parts = [f"{n} amendment(s)"]; return " · ".join(parts)',
        'def cell(record, column, sorting): return "flagged: " + ", ".join(code)',
        "def cell(record, column, sorting): return said()",  # through the module's function
    ],
)
def test_scan_catches(code: str) -> None:
    module = f"""
        from PySide6.QtCore import QT_TRANSLATE_NOOP
        TEMPLATE = "{{n}} notes"
        HINT = "Type your passphrase."
        MARKED = QT_TRANSLATE_NOOP("sample", "Marked")
        TABLE = ("Weekly", "Fortnightly")
        MARKED_TABLE = (QT_TRANSLATE_NOOP("sample", "Weekly"),)
        def said():
            return "Nothing yet."
        class Page:
            title = "You"
            heading = QT_TRANSLATE_NOOP("Page", "Locking")
            CHOICES = (("United Kingdom", "uk"),)
            def f(self, label, box, edit, combo, form, code, when, ok, a, b, doc, exc, n):
                {code}
    """
    assert _findings(module), code


@pytest.mark.parametrize(
    "code",
    [
        'label.setText(self.tr("Saved"))',
        'self.setWindowTitle(self.tr("Notes for {code}").format(code=code))',
        'QLabel(QCoreApplication.translate("ctx", "Client"), self)',
        'combo.addItem(self.tr("Weekly"), "weekly")',  # the data is a code
        'label.setText(QCoreApplication.translate("sample", MARKED))',
        'label.setText("—")',  # no words
        'label.setText(f"{code} · {when}")',
        'action.setShortcut("Ctrl+Shift+N")',
        'menu.addAction(self.tr("Open"), "Ctrl+O")',  # a key sequence is not text
        'log.info("error shown: %s", text)',  # a log line is not on screen
        'label.setObjectName("heading")',
        'label.setText(self.tr("%n note(s)", "", n))',
        "for t in MARKED_TABLE: label.setText(QCoreApplication.translate('s', t))",
        'for text, field in ((self.tr("Name"), a),): form.addRow(text, field)',
        'label.setText(QCoreApplication.translate("Page", self.heading))',
        "alerts.error(self, error_text(exc))",
        'combo.addItems([shown_text(t, "views.clients") for t, _s in TABLE])',  # a context
        "label.setText(shown_text(client.status.label))",
        'doc.setHtml("<table>" + rows + "</table>")',  # markup is not words
        'label.setText("background-color:#ffe08a; font-weight:bold")',  # nor a style
        'dialog.selectFile(name + ".pdf")',
        'dialog.selectFile(f"counsel-desk-export-{when}.json")',  # a file's name
        'words = {"status": self.tr("Active")}; label.setText(words["status"])',  # a dict's keys
        'for key, tab in (("status", ""),): label.setText(words[key])',  # a lookup's key
        'self._show_nothing(self.tr("Nothing yet"), icon="view-statistics")',  # an icon's name
        'for code in ("weekly", "fortnightly"): combo.addItem(self.tr("Often"), code)',
        "def cell(record, column, sorting): return shown_text(record.status.label)",
        'def cell(record, column, sorting): return code if sorting else f"{code} · {when}"',
        'def data(index, role): return QCoreApplication.translate("models.diary", "none")',
        'def headerData(s, o, r): return QCoreApplication.translate("Columns", MARKED)',
        'def cell(record, column, sorting): return f"<b>{code}</b>"',  # markup, no words
        'def sort_key(record): return "zzz"',  # not a model's shown method
    ],
)
def test_scan_lets_through(code: str) -> None:
    module = f"""
        from PySide6.QtCore import QT_TRANSLATE_NOOP
        MARKED = QT_TRANSLATE_NOOP("sample", "Marked")
        MARKED_TABLE = (QT_TRANSLATE_NOOP("sample", "Weekly"),)
        class Page:
            heading = QT_TRANSLATE_NOOP("Page", "Locking")
            def f(self, label, combo, action, menu, form, code, when, n, text, a, exc, doc, rows):
                {code}
    """
    assert _findings(module) == [], code


# --- the .ts source is the code's ---------------------------------------------------------


def _messages(ts: Path) -> set[tuple[str, str, str, bool]]:
    """(context, source, disambiguation, plural) of every message in a .ts file."""
    found = set()
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found.add(
                (
                    name,
                    message.findtext("source") or "",
                    message.findtext("comment") or "",
                    message.get("numerus") == "yes",
                )
            )
    return found


def test_ts_source_matches_the_code(tmp_path: Path) -> None:
    tool = _tool_module()
    fresh = tmp_path / "fresh.ts"
    tool.lupdate(fresh, "en_GB")
    extracted, checked_in = _messages(fresh), _messages(SOURCE_TS)
    assert len(extracted) > 700
    missing = sorted(extracted - checked_in)[:10]
    stale = sorted(checked_in - extracted)[:10]
    assert extracted == checked_in, (
        f"{SOURCE_TS.name} is out of date: run python tools/update_translations.py\n"
        f"new in the code: {missing}\nno longer in the code: {stale}"
    )


def test_ts_comparison_sees_a_new_text(tmp_path: Path) -> None:
    """The comparison above fails when the code has a text the .ts lacks: lupdate reads a
    module with one more tr() call and the set differs by exactly that text."""
    tool = _tool_module()
    module = tmp_path / "sample.py"
    module.write_text(
        (UI / "dialogs" / "amend.py").read_text("utf-8")
        + "\n\nclass Extra(AmendDialog):\n"
        + '    def said(self):\n        return self.tr("A new text")\n',
        "utf-8",
    )
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [tool.tool("lupdate"), "-silent", "-locations", "none", str(module), "-ts", str(fresh)],
        check=True,
    )
    assert _messages(fresh) - _messages(SOURCE_TS) == {("Extra", "A new text", "", False)}


# --- a translation reaches real widgets -------------------------------------------------


PSEUDO_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en_GB">
<context><name>AmendDialog</name>
  <message><source>Amend note</source><translation>Modifier la note</translation></message>
  <message><source>Add amendment</source><translation>Ajouter la modification</translation>
  </message>
</context>
<context><name>errors</name>
  <message><source>{wrong}</source>
    <translation>Cette phrase de passe n’ouvre pas le coffre.</translation></message>
</context>
<context><name>dialogs.move_note</name>
  <message><source>{explained}</source>
    <translation>La note garde son texte ({{code}}).</translation></message>
</context>
</TS>
"""


@pytest.fixture
def french(tmp_path: Path, qapp: QApplication):
    """The app's start-up translators for a French system, with a tiny French .qm built
    here by pyside6-lrelease; removed afterwards so no other test sees them."""
    from counsel_desk.ui.dialogs.move_note import EXPLAINED

    tool = _tool_module()
    ts = tmp_path / "counsel_desk_fr.ts"
    ts.write_text(
        PSEUDO_TS.format(explained=EXPLAINED, wrong=WrongPassphrase.default_message), "utf-8"
    )
    tool.lrelease(ts, tmp_path / "qm" / "counsel_desk_fr.qm")
    installed = install_translators(qapp, QLocale(QLocale.Language.French), tmp_path / "qm")
    yield installed
    remove_translators(qapp, installed)


def test_a_translation_shows_in_a_dialog(french, qtbot) -> None:
    from counsel_desk.ui.dialogs.amend import AmendDialog

    assert len(french) == 2  # Qt's own French and the app's
    dialog = AmendDialog(lambda _text, _reason: None)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Modifier la note"
    assert dialog.save_button.text() == "Ajouter la modification"
    buttons = dialog.findChild(QDialogButtonBox)
    cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel.text() == "Annuler"  # qtbase_fr.qm, from the PySide6 install


def test_a_translation_reaches_a_subclass_and_a_marked_constant(french, qtbot) -> None:
    """PySide6's self.tr() finds a base class's text for a subclass (it walks the classes
    the object is made of), and a QT_TRANSLATE_NOOP constant is found by its context."""
    from counsel_desk.ui.dialogs.amend import AmendDialog
    from counsel_desk.ui.dialogs.move_note import EXPLAINED

    class Subclass(AmendDialog):
        pass

    dialog = Subclass(lambda _text, _reason: None)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Modifier la note"
    said = QCoreApplication.translate("dialogs.move_note", EXPLAINED).format(code="C-001")
    assert said == "La note garde son texte (C-001)."


def test_an_error_s_own_sentence_is_translated_and_a_built_one_kept(french) -> None:
    """The error classes' sentences are marked in the layer that writes them and translated
    where the UI shows them (error_text); a sentence built with values stays as written."""
    assert error_text(WrongPassphrase()) == "Cette phrase de passe n’ouvre pas le coffre."
    assert error_text(WrongPassphrase("As written.")) == "As written."
    assert WrongPassphrase().message == WrongPassphrase.default_message  # the CLI's English


def _error_classes() -> list[type[CounselDeskError]]:
    for module in pkgutil.walk_packages(counsel_desk.__path__, "counsel_desk."):
        if not module.name.endswith("__main__"):
            importlib.import_module(module.name)
    found, todo = [], [CounselDeskError]
    while todo:
        cls = todo.pop()
        found.append(cls)
        todo += cls.__subclasses__()
    return [c for c in found if c.__module__.startswith("counsel_desk.")]


def test_every_error_class_s_sentence_is_in_the_ts() -> None:
    errors = {source for context, source, _c, _p in _messages(SOURCE_TS) if context == "errors"}
    classes = _error_classes()
    assert len(classes) > 40
    unmarked = sorted(c.__qualname__ for c in classes if c.default_message not in errors)
    assert unmarked == [], 'mark default_message with QT_TRANSLATE_NOOP("errors", ...)'


def test_every_text_in_the_ts_has_a_context() -> None:
    """A bare ``tr("…")`` (``tr = self.tr`` then ``tr(...)``) is filed by lupdate under no
    context, where the running app never looks: it stays English whatever is installed."""
    lost = sorted(source for context, source, _c, _p in _messages(SOURCE_TS) if not context)
    assert lost == [], "call self.tr(...) or QCoreApplication.translate(context, ...)"


def test_english_loads_no_translation(tmp_path: Path, qapp: QApplication) -> None:
    """English is the source: nothing is installed, even with an English .qm present."""
    (tmp_path / "counsel_desk_en.qm").write_bytes(b"")
    assert install_translators(qapp, QLocale(QLocale.Language.English), tmp_path) == []
    assert install_translators(qapp, QLocale("en_US"), tmp_path) == []


def test_a_language_the_app_does_not_speak_stays_english(tmp_path: Path, qapp, qtbot) -> None:
    """Qt carries German, the app does not (yet): nothing is installed, so the buttons stay
    in the window's language rather than turning German around English sentences."""
    from counsel_desk.ui.dialogs.amend import AmendDialog

    assert install_translators(qapp, QLocale(QLocale.Language.German), tmp_path) == []
    dialog = AmendDialog(lambda _text, _reason: None)
    qtbot.addWidget(dialog)
    cancel = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel.text() == "Cancel"


# --- every dialog asks for its texts under the context lupdate gave them -----------------


def _pseudo_qm(tmp_path: Path) -> Path:
    """A .qm translating every text of the .ts source to ⟦text⟧ (each plural form too)."""
    tree = ET.parse(SOURCE_TS)
    root = tree.getroot()
    root.set("language", "fr_FR")
    for message in root.iter("message"):
        translation = message.find("translation")
        assert translation is not None
        translation.attrib.pop("type", None)
        wrapped = f"⟦{message.findtext('source')}⟧"
        if message.get("numerus") == "yes":
            for form in list(translation):
                translation.remove(form)
            for _ in range(2):
                ET.SubElement(translation, "numerusform").text = wrapped
        else:
            translation.text = wrapped
    ts = tmp_path / "counsel_desk_fr.ts"
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    _tool_module().lrelease(ts, tmp_path / "qm" / "counsel_desk_fr.qm")
    return tmp_path / "qm"


def _shown_texts(top: QWidget) -> list[str]:
    texts = [top.windowTitle()]
    texts += [action.text() for action in top.findChildren(QAction)]
    for widget in [top, *top.findChildren(QWidget)]:
        if isinstance(widget, QTableView) and widget.model() is not None:
            texts += [
                str(widget.model().headerData(c, Qt.Orientation.Horizontal) or "")
                for c in range(widget.horizontalHeader().count())
            ]
        texts += [widget.accessibleName(), widget.toolTip()]
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        if isinstance(widget, QLineEdit | QPlainTextEdit):
            texts.append(widget.placeholderText())
        if isinstance(widget, QGroupBox):
            texts.append(widget.title())
    return [t for t in texts if t]


@pytest.fixture(scope="module")
def pseudo_folder(tmp_path_factory) -> Path:
    return _pseudo_qm(tmp_path_factory.mktemp("pseudo"))


@pytest.mark.parametrize("name", [*DIALOGS, *WINDOWS])
def test_every_dialog_finds_its_translations(qtbot, qapp, workspace, pseudo_folder, name):
    """With every text of the .ts translated, no dialog shows a text of the .ts as written:
    each one was asked for under the context lupdate filed it in."""
    sources = {source for _context, source, _comment, _plural in _messages(SOURCE_TS)}
    installed = install_translators(qapp, QLocale(QLocale.Language.French), pseudo_folder)
    try:
        built = {**DIALOGS, **WINDOWS}[name](workspace)
        qtbot.addWidget(built.widget)
        shown = _shown_texts(built.widget)
    finally:
        remove_translators(qapp, installed)
    assert any(t.startswith("⟦") for t in shown), shown
    untranslated = sorted({t for t in shown if t in sources})
    assert untranslated == []


def test_every_view_finds_its_translations(
    qtbot, qapp, make_controller, closed_vault, pseudo_folder
):
    """The same for the main window: its menus, every view with its tables' headers."""
    from notekit import unlock_seeded

    sources = {source for _context, source, _comment, _plural in _messages(SOURCE_TS)}
    installed = install_translators(qapp, QLocale(QLocale.Language.French), pseudo_folder)
    try:
        _controller, main, seeded = unlock_seeded(qtbot, make_controller, closed_vault[0])
        main.view("Clients").select(seeded["c4"].id)  # a client's page to show
        untranslated: dict[str, list[str]] = {}
        for name in main.registry.names():
            main.go(name)
            qtbot.waitUntil(main.view(name).isVisible)
            shown = _shown_texts(main)
            found = sorted({t for t in shown if t in sources})
            if found:
                untranslated[name] = found
        assert "⟦&View⟧" in shown
    finally:
        remove_translators(qapp, installed)
    assert untranslated == {}, "\n".join(f"{k}: {v}" for k, v in untranslated.items())


def test_missing_qt_words_for_a_language_the_app_speaks_are_logged(
    tmp_path: Path, qapp: QApplication, caplog
) -> None:
    """The app speaks Welsh (a .qm of its own here), Qt carries no qtbase_cy.qm: the app's
    translation is installed and a log line says where Qt's own words were looked for
    (the bundle's test runs the app this way to see where that is). French finds both."""
    tool = _tool_module()
    for language in ("cy", "fr"):
        ts = tmp_path / f"counsel_desk_{language}.ts"
        ts.write_text(PSEUDO_TS.format(explained="x", wrong="y"), "utf-8")
        tool.lrelease(ts, tmp_path / "qm" / f"counsel_desk_{language}.qm")
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    with caplog.at_level("WARNING", logger="counsel_desk.ui.i18n"):
        welsh = install_translators(qapp, QLocale("cy_GB"), tmp_path / "qm")
    remove_translators(qapp, welsh)
    assert len(welsh) == 1
    assert [r.getMessage() for r in caplog.records] == [
        f"No translation of Qt's own words for cy_GB in {qt_folder}: its standard buttons "
        "stay English."
    ]
    caplog.clear()
    with caplog.at_level("WARNING", logger="counsel_desk.ui.i18n"):
        french = install_translators(qapp, QLocale("fr_FR"), tmp_path / "qm")
    remove_translators(qapp, french)
    assert len(french) == 2
    assert caplog.records == []
