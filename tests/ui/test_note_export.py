"""Printing a note (Ctrl+P) and saving it as PDF, HTML or Markdown (Ctrl+Shift+S), driven
by the keyboard. The save and print dialogs are replaced through their seams
(``note_export.choose_save_path`` / ``choose_printer``): no real dialog, no real printer."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
from guikit import flush_deletes, focus
from notekit import unlock_seeded
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QComboBox, QFileDialog, QLineEdit, QWidget
from renderkit import page_texts

from counsel_desk.render.errors import ExportFolderMissing
from counsel_desk.ui import note_export

SENTENCE = "Spoke quietly about the allotment and her brother."
CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def writing(qtbot, make_controller, closed_vault):
    """Unlocked, a sentence typed into the note of the session that just ended."""
    controller, main, _seeded = unlock_seeded(qtbot, make_controller, closed_vault[0])
    focus(qtbot, main)
    qtbot.mouseClick(main.view("Today").write_button, Qt.MouseButton.LeftButton)
    editor = main.view("Notes").editor
    qtbot.keyClicks(editor.body, SENTENCE)
    return controller, main, editor


@pytest.fixture
def save_to(monkeypatch: pytest.MonkeyPatch):
    """The save dialog's seam: answer with a path (or None) and remember what it offered."""
    asked: dict[str, object] = {"answer": None}

    def choose(_parent: QWidget, suggested: str) -> Path | None:
        asked["suggested"] = suggested
        answer = asked["answer"]
        return answer() if callable(answer) else answer

    monkeypatch.setattr(note_export, "choose_save_path", choose)
    return asked


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """A folder for the copies, beside (not inside) the test's vault."""
    folder = tmp_path / "exports"
    folder.mkdir()
    return folder


def _exports(controller) -> list[tuple[str, dict]]:
    events = controller.workspace.audit.recent(20)
    return [(e.kind, e.detail) for e in events if e.kind in ("note_exported", "note_printed")]


def _warnings(alert_log) -> list[str]:
    return [text for text in alert_log.texts("confirm") if "not be encrypted" in text]


def test_ctrl_shift_s_saves_a_pdf_after_one_warning(
    qtbot, writing, save_to, alert_log, out: Path
) -> None:
    controller, _main, editor = writing
    target = out / "out" / "copy.pdf"
    target.parent.mkdir()
    save_to["answer"] = target
    qtbot.keyClick(editor.body, Qt.Key.Key_S, CTRL_SHIFT)
    assert str(save_to["suggested"]).startswith("C-004 ")
    assert str(save_to["suggested"]).endswith(" session note")
    assert _warnings(alert_log) == [
        f"This copy of the note will not be encrypted: anyone who can open the folder "
        f"{target.parent} can read it. Keep it somewhere safe, and delete it when you no "
        "longer need it."
    ]
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    (text,) = page_texts(target.read_bytes())
    assert text.startswith("Session note — C-004 Client: C-004 Session: ")
    assert SENTENCE in text  # what was typed, saved before the copy was made
    assert "Confidential · C-004 · Session note · printed " in text
    note_id = editor.note.id
    assert _exports(controller) == [
        ("note_exported", {"note": note_id, "format": "pdf", "to": "file"})
    ]
    assert alert_log.texts("info") == [f"Saved “copy.pdf” in {target.parent}."]


@pytest.mark.parametrize(("name", "start"), [("n.html", "<!DOCTYPE html>"), ("n.md", "# ")])
def test_the_extension_picks_the_format(
    qtbot, writing, save_to, out: Path, name: str, start: str
) -> None:
    _controller, main, _editor = writing
    save_to["answer"] = out / name
    main.view("Notes").export_action.trigger()
    written = (out / name).read_text("utf-8")
    assert written.startswith(start)
    assert "allotment" in written


def test_saying_no_to_the_warning_writes_and_records_nothing(
    qtbot, writing, save_to, alert_log, out: Path
) -> None:
    controller, _main, editor = writing
    save_to["answer"] = out / "copy.pdf"
    alert_log.confirm_answer = False
    qtbot.keyClick(editor.body, Qt.Key.Key_S, CTRL_SHIFT)
    assert len(_warnings(alert_log)) == 1
    assert list(out.iterdir()) == []
    assert _exports(controller) == []


def test_cancelling_the_dialog_does_nothing(qtbot, writing, save_to, alert_log) -> None:
    controller, _main, editor = writing
    qtbot.keyClick(editor.body, Qt.Key.Key_S, CTRL_SHIFT)
    assert "suggested" in save_to
    assert alert_log.shown == []
    assert _exports(controller) == []


def test_an_unknown_extension_is_a_sentence_before_any_warning(
    qtbot, writing, save_to, alert_log, out: Path
) -> None:
    controller, _main, editor = writing
    save_to["answer"] = out / "copy.docx"
    qtbot.keyClick(editor.body, Qt.Key.Key_S, CTRL_SHIFT)
    assert alert_log.shown == [
        (
            "error",
            "Choose a file name ending in .pdf, .html or .md, so Counsel Desk knows which "
            "kind of file to write.",
        )
    ]
    assert list(out.iterdir()) == []
    assert _exports(controller) == []


def test_a_folder_that_vanished_is_a_sentence_and_nothing_is_recorded(
    qtbot, writing, save_to, alert_log, out: Path
) -> None:
    controller, _main, editor = writing
    save_to["answer"] = out / "gone" / "copy.pdf"
    qtbot.keyClick(editor.body, Qt.Key.Key_S, CTRL_SHIFT)
    assert alert_log.texts("error") == [ExportFolderMissing().message]
    assert _exports(controller) == []


def test_a_lock_while_the_dialog_is_open_exports_nothing(
    qtbot, writing, save_to, alert_log, out: Path
) -> None:
    controller, _main, editor = writing

    def lock_then_answer() -> Path:
        controller.lock()
        return out / "copy.pdf"

    save_to["answer"] = lock_then_answer
    qtbot.keyClick(editor.body, Qt.Key.Key_S, CTRL_SHIFT)
    assert controller.state == "locked"
    assert list(out.iterdir()) == []
    assert _warnings(alert_log) == []


def _file_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def test_ctrl_p_to_a_pdf_printer_warns_once_and_records_the_file(
    qtbot, writing, alert_log, monkeypatch: pytest.MonkeyPatch, out: Path
) -> None:
    controller, _main, editor = writing
    target = out / "printed.pdf"
    monkeypatch.setattr(note_export, "choose_printer", lambda _parent: _file_printer(target))
    qtbot.keyClick(editor.body, Qt.Key.Key_P, CTRL)
    assert len(_warnings(alert_log)) == 1
    assert f"the folder {out} can read it" in _warnings(alert_log)[0]
    assert target.read_bytes().startswith(b"%PDF-")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert _exports(controller) == [
        ("note_exported", {"note": editor.note.id, "format": "pdf", "to": "file"})
    ]


def test_a_file_printer_without_a_name_is_a_sentence(
    qtbot, writing, alert_log, monkeypatch: pytest.MonkeyPatch
) -> None:
    controller, _main, editor = writing
    unnamed = _file_printer(Path("x.pdf"))
    unnamed.setOutputFileName("")
    monkeypatch.setattr(note_export, "choose_printer", lambda _parent: unnamed)
    qtbot.keyClick(editor.body, Qt.Key.Key_P, CTRL)
    assert alert_log.texts("error") == [
        "This printer writes a file but has no file name; choose one and try again."
    ]
    assert _warnings(alert_log) == []
    assert _exports(controller) == []


def test_print_and_save_need_a_note_and_sit_in_the_notes_menu(qtbot, writing) -> None:
    _controller, main, editor = writing
    view = main.view("Notes")
    assert view.print_action.shortcut().toString() == "Ctrl+P"
    assert view.export_action.shortcut().toString() == "Ctrl+Shift+S"
    (menu,) = [a.menu() for a in main.menuBar().actions() if a.text() == "&Notes"]
    assert view.print_action in menu.actions()
    assert view.export_action in menu.actions()
    assert view.print_action.isEnabled()
    assert view.export_action.isEnabled()
    qtbot.keyClick(editor.body, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert view.editor.note is None  # tomorrow's session: no note yet
    assert not view.print_action.isEnabled()
    assert not view.export_action.isEnabled()
    qtbot.keyClick(view.list, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert view.editor.note is not None
    assert view.print_action.isEnabled()
    view.clear()  # as a lock does
    assert not view.print_action.isEnabled()
    assert not view.export_action.isEnabled()


def test_the_real_save_dialog_offers_the_name_and_follows_the_chosen_type(
    qtbot, qapp, tmp_path: Path
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    seen: dict[str, str] = {}
    private = tmp_path / "Morwenna Trelawney"  # a folder named for a client
    private.mkdir()

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QFileDialog)
        name = dialog.findChild(QLineEdit, "fileNameEdit")
        seen["offered"] = name.text()
        types = dialog.findChild(QComboBox, "fileTypeCombo")
        index = types.findText("Markdown (*.md)")
        types.setCurrentIndex(index)  # as a click on the list of types does:
        types.activated.emit(index)
        types.textActivated.emit(types.itemText(index))
        seen["renamed"] = name.text()
        dialog.setDirectory(str(private))
        name.setText("my copy")
        dialog.accept()

    QTimer.singleShot(0, answer)
    path = note_export.choose_save_path(parent, "C-004 2026-11-26 session note")
    assert seen["offered"] == "C-004 2026-11-26 session note.pdf"
    assert seen["renamed"] == "C-004 2026-11-26 session note.md"
    assert path == private / "my copy.md"
    flush_deletes()  # the dialog writes what it remembers as it is deleted
    # Where Qt keeps it: the config folder Qt settled on at its first use in this process
    # (an earlier test's, in a whole run), not necessarily this test's XDG_CONFIG_HOME.
    remembered = Path(QSettings(QSettings.Scope.UserScope, "QtProject").fileName())
    assert "lastVisited" in remembered.read_text()
    assert "Morwenna" not in remembered.read_text()  # only the folder it started in


def test_the_real_print_dialog_can_be_cancelled(qtbot, qapp) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    QTimer.singleShot(0, lambda: QApplication.activeModalWidget().reject())
    assert note_export.choose_printer(parent) is None
