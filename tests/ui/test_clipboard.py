"""Copied from a note: marked for clipboard managers, taken off the clipboard after the set
time and on lock and quit — unless something else has been copied since. Driven by keys, on
the offscreen platform (tests/ui/test_clipboard_x11.py does the same against a real X server
and another program reading the clipboard)."""

from __future__ import annotations

import pytest
from guikit import PASSPHRASE, focus, unlock_ui
from notekit import seed
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QClipboard, QContextMenuEvent, QGuiApplication
from PySide6.QtWidgets import QApplication

from counsel_desk.domain.preferences import Preferences
from counsel_desk.services import preferences
from counsel_desk.services.workspace import unlock
from counsel_desk.ui.clipboard import MARK, explain_first_copy, sensitive_mime
from counsel_desk.ui.dialogs.settings import SettingsDialog

SENTENCE = "She said the house feels too quiet since her brother left."
CLIPBOARD = QClipboard.Mode.Clipboard
CTRL = Qt.KeyboardModifier.ControlModifier


def clipboard() -> QClipboard:
    return QGuiApplication.clipboard()


def start_writing(qtbot, make_controller, folder, **kwargs):
    """Unlock a vault with a session that has just ended, and open its note to write."""
    ws = unlock(folder, PASSPHRASE)
    try:
        seed(ws)
    finally:
        ws.close()
    controller = make_controller(folder, **kwargs)
    main = unlock_ui(qtbot, controller)
    focus(qtbot, main)
    qtbot.mouseClick(main.view("Today").write_button, Qt.MouseButton.LeftButton)
    editor = main.view("Notes").editor
    assert editor.note is not None
    editor.body.setFocus()
    qtbot.keyClick(editor.body, Qt.Key.Key_A, CTRL)  # the template's headings go
    qtbot.keyClick(editor.body, Qt.Key.Key_Delete)
    qtbot.keyClicks(editor.body, SENTENCE)
    assert editor.body.toPlainText() == SENTENCE
    return controller, main, editor


def copy_all(qtbot, widget, key=Qt.Key.Key_C) -> None:
    """Select everything in ``widget`` and copy (or with Key_X, cut) it, by keys."""
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, CTRL)
    qtbot.keyClick(widget, key, CTRL)


def marked(text: str) -> bool:
    """The clipboard holds ``text`` (formatted text: its words), marked as secret."""
    data = clipboard().mimeData(CLIPBOARD)
    return data.text().strip() == text and bytes(data.data(MARK)) == b"secret"


@pytest.fixture(autouse=True)
def _empty_clipboard(qapp):
    clipboard().clear(CLIPBOARD)
    yield
    clipboard().clear(CLIPBOARD)


def test_copied_from_a_note_it_is_marked_and_leaves_after_the_set_time(
    qtbot, make_controller, closed_vault
):
    controller, _main, editor = start_writing(
        qtbot, make_controller, closed_vault[0], clipboard_ms=600
    )
    copy_all(qtbot, editor.body)
    assert marked(SENTENCE)
    assert controller.clipboard.holds() == {CLIPBOARD: SENTENCE}
    qtbot.wait(200)
    assert marked(SENTENCE)  # not straight away: there is time to paste it
    qtbot.waitUntil(lambda: clipboard().text() == "", timeout=5_000)
    assert controller.clipboard.holds() == {}


def test_locking_and_quitting_take_it_off_at_once(qtbot, make_controller, closed_vault):
    controller, main, editor = start_writing(
        qtbot,
        make_controller,
        closed_vault[0],
        clipboard_ms=0,  # 0: never by time
    )
    copy_all(qtbot, editor.body)
    qtbot.wait(300)
    assert marked(SENTENCE)
    qtbot.keyClick(editor.body, Qt.Key.Key_L, CTRL)
    assert controller.state == "locked"
    assert clipboard().text() == ""

    main = unlock_ui(qtbot, controller)
    focus(qtbot, main)
    editor = main.view("Notes").editor
    copy_all(qtbot, editor.body)
    assert marked(SENTENCE)
    main.close()  # the window's close button: Quit on every platform
    assert controller.state == "closed"
    assert clipboard().text() == ""


def test_what_was_copied_since_elsewhere_is_left_alone(qtbot, make_controller, closed_vault):
    controller, _main, editor = start_writing(
        qtbot, make_controller, closed_vault[0], clipboard_ms=300
    )
    copy_all(qtbot, editor.body)
    assert marked(SENTENCE)
    clipboard().setText("a shopping list from another program")  # copied in another app
    assert controller.clipboard.holds() == {}
    qtbot.wait(600)
    qtbot.keyClick(editor.body, Qt.Key.Key_L, CTRL)
    assert controller.state == "locked"
    assert clipboard().text() == "a shopping list from another program"


def test_the_first_copy_explains_itself_once_ever(qtbot, make_controller, closed_vault, alert_log):
    controller, main, editor = start_writing(qtbot, make_controller, closed_vault[0])
    copy_all(qtbot, editor.body)
    copy_all(qtbot, editor.fields.title)
    copy_all(qtbot, editor.body)
    hint = explain_first_copy(30)
    assert alert_log.texts("info") == [hint]
    assert "30 seconds" in hint
    assert preferences.load().clipboard_hint_shown
    assert controller.clipboard.pending_ms() > 25_000  # the preference: 30 s

    qtbot.keyClick(editor.body, Qt.Key.Key_L, CTRL)
    main = unlock_ui(qtbot, controller)
    focus(qtbot, main)
    copy_all(qtbot, main.view("Notes").editor.body)
    assert alert_log.texts("info") == [hint]  # not again


def test_the_hint_follows_the_setting():
    assert "after" not in explain_first_copy(0)
    assert "when it locks or quits" in explain_first_copy(0)
    assert "after 45 seconds, and when it locks" in explain_first_copy(45)


def test_cut_and_copy_from_a_field_by_keys_and_menu_are_marked(
    qtbot, make_controller, closed_vault
):
    controller, _main, editor = start_writing(qtbot, make_controller, closed_vault[0])
    title = editor.fields.title
    qtbot.keyClicks(title, "The quiet house")
    copy_all(qtbot, title, Qt.Key.Key_X)
    assert marked("The quiet house")
    assert title.text() == ""  # cut

    qtbot.keyClicks(editor.fields.tags, "loss, family")
    editor.fields.tags.selectAll()
    clipboard().clear(CLIPBOARD)

    def choose_copy() -> None:
        menu = QApplication.activePopupWidget()
        (copy,) = [a for a in menu.actions() if a.objectName() == "edit-copy"]
        copy.trigger()
        menu.close()

    QTimer.singleShot(100, choose_copy)
    tags = editor.fields.tags
    QApplication.sendEvent(
        tags,
        QContextMenuEvent(
            QContextMenuEvent.Reason.Mouse, QPoint(5, 5), tags.mapToGlobal(QPoint(5, 5))
        ),
    )
    assert marked("loss, family")
    assert controller.clipboard.holds() == {CLIPBOARD: "loss, family"}


def test_copied_from_the_formatted_preview_it_is_marked(qtbot, make_controller, closed_vault):
    _controller, _main, editor = start_writing(qtbot, make_controller, closed_vault[0])
    editor.tabs.setCurrentWidget(editor.preview)
    copy_all(qtbot, editor.preview)
    assert marked(SENTENCE)


def test_how_long_is_a_setting(qtbot, make_controller, closed_vault):
    controller, main, editor = start_writing(qtbot, make_controller, closed_vault[0])
    qtbot.keyClick(main, Qt.Key.Key_Comma, CTRL)
    qtbot.waitUntil(lambda: main.findChild(SettingsDialog) is not None)
    dialog = main.findChild(SettingsDialog)
    assert dialog.clipboard.value() == 30
    dialog.clipboard.selectAll()
    qtbot.keyClicks(dialog.clipboard, "90")
    qtbot.keyClick(dialog.clipboard, Qt.Key.Key_Return)
    assert preferences.load().clipboard_clear_seconds == 90
    copy_all(qtbot, editor.body)
    assert 85_000 < controller.clipboard.pending_ms() < 95_000  # a coarse timer: within 5%


def test_the_marks_for_each_platform():
    def formats(platform: str) -> dict[str, bytes]:
        data = sensitive_mime("words", platform)
        assert data.text() == "words"
        return {f: bytes(data.data(f)) for f in data.formats() if f != "text/plain"}

    assert formats("linux") == {MARK: b"secret"}
    windows = formats("win32")
    assert windows[MARK] == b"secret"
    assert windows['application/x-qt-windows-mime;value="CanIncludeInClipboardHistory"'] == (
        b"\0\0\0\0"
    )
    assert windows['application/x-qt-windows-mime;value="CanUploadToCloudClipboard"'] == (
        b"\0\0\0\0"
    )
    assert (
        windows[
            'application/x-qt-windows-mime;value="ExcludeClipboardContentFromMonitorProcessing"'
        ]
        == b"1"
    )
    assert formats("darwin") == {
        MARK: b"secret",
        "application/x-nspasteboard-concealed-type": b"secret",
    }


def test_a_read_only_field_copies_but_does_not_cut(qtbot):
    from counsel_desk.ui.clipboard import SensitiveLineEdit

    field = SensitiveLineEdit("The canal walk")
    qtbot.addWidget(field)
    field.setReadOnly(True)
    copy_all(qtbot, field, Qt.Key.Key_X)
    assert field.text() == "The canal walk"
    assert clipboard().text() == ""
    copy_all(qtbot, field)
    assert marked("The canal walk")


def test_a_password_field_copies_nothing(qtbot):
    from counsel_desk.ui.clipboard import SensitiveLineEdit

    field = SensitiveLineEdit()
    qtbot.addWidget(field)
    field.setEchoMode(field.EchoMode.Password)
    field.setText("hunter2 but longer")
    clipboard().setText("before")
    copy_all(qtbot, field)
    assert clipboard().text() == "before"


def test_preferences_default_to_thirty_seconds():
    assert Preferences().clipboard_clear_seconds == 30
