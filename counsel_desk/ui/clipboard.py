"""Text copied from Counsel Desk leaves the clipboard again: after 30 seconds (a setting),
when the vault locks and when the app quits — but only while the clipboard still holds what
the app put there, so something copied since in another program is never touched.

What the app copies is marked for clipboard managers and history tools as a password
manager marks a password (the same formats KeePassXC uses): ``x-kde-passwordManagerHint``
(KDE's Klipper, CopyQ, GNOME and wlroots history tools read it), on Windows the formats that
keep it out of clipboard history and cloud clipboard, on macOS the concealed type of
nspasteboard.org. The note's own fields mark what they copy as they copy it
(:class:`SensitiveCopy` and :class:`SensitiveLineEdit`), so the mark is there from the first
moment; anything else the app puts there unmarked (a cell of a list copied with Ctrl+C, a
name in a form) is marked straight after, where the platform says the app owns the clipboard
(X11, Wayland, Windows). On X11 the guard watches the selection that middle-click pastes too.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QMimeData, QObject, QTimer, Signal
from PySide6.QtGui import QClipboard, QContextMenuEvent, QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

MARK = "x-kde-passwordManagerHint"  # present on every platform: how the guard knows its own
_WINDOWS = 'application/x-qt-windows-mime;value="{}"'
DWORD_ZERO = b"\0\0\0\0"
DEFAULT_SECONDS = 30


def sensitive_mime(text: str, platform: str = sys.platform) -> QMimeData:
    """``text`` as plain text, marked for clipboard managers as secret."""
    data = QMimeData()
    data.setText(text)
    mark(data, platform)
    return data


def mark(data: QMimeData, platform: str = sys.platform) -> None:
    """Add the formats that ask clipboard managers and histories not to keep ``data``."""
    data.setData(MARK, b"secret")
    if platform == "win32":
        # Clipboard history (Win+V), cloud clipboard and clipboard monitors leave it alone.
        data.setData(_WINDOWS.format("ExcludeClipboardContentFromMonitorProcessing"), b"1")
        data.setData(_WINDOWS.format("CanIncludeInClipboardHistory"), DWORD_ZERO)
        data.setData(_WINDOWS.format("CanUploadToCloudClipboard"), DWORD_ZERO)
    elif platform == "darwin":
        data.setData("application/x-nspasteboard-concealed-type", b"secret")


class SensitiveCopy:
    """For a QTextEdit, QTextBrowser or QPlainTextEdit (put it first among the bases): what
    is copied, cut or selected from it is marked, whichever way (keys, menu, selection)."""

    def createMimeDataFromSelection(self) -> QMimeData:
        data = super().createMimeDataFromSelection()  # type: ignore[misc]
        mark(data)
        return data


class SensitivePlainTextEdit(SensitiveCopy, QPlainTextEdit):
    """A note's text, written or amended."""


class SensitiveLineEdit(QLineEdit):
    """A one-line field whose Copy and Cut (keys and menu) put marked text on the clipboard.
    QLineEdit has no hook for this, so both are done here; a password field copies nothing."""

    def _copy_marked(self, cut: bool) -> None:
        """As QLineEdit's own: nothing from a password field, no cut from a read-only one."""
        if not self.hasSelectedText() or self.echoMode() != QLineEdit.EchoMode.Normal:
            return
        if cut and self.isReadOnly():
            return
        QGuiApplication.clipboard().setMimeData(sensitive_mime(self.selectedText()))
        if cut:
            self.del_()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        for keys, cut in (
            (QKeySequence.StandardKey.Copy, False),
            (QKeySequence.StandardKey.Cut, True),
        ):
            if event.matches(keys):
                self._copy_marked(cut)
                event.accept()
                return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.createStandardContextMenu()
        for action in menu.actions():
            name = action.objectName()
            if name in ("edit-copy", "edit-cut"):
                action.triggered.disconnect()
                action.triggered.connect(
                    lambda _c=False, cut=name == "edit-cut": self._copy_marked(cut)
                )
        menu.exec(event.globalPos())
        menu.deleteLater()


class ClipboardGuard(QObject):
    """Watches the clipboard for what the app puts there, and takes it off again.

    ``seconds`` is asked each time something is copied (the preference, read when first
    needed); 0 keeps it until the vault locks or the app quits. The clipboard and the X11
    selection each have their own time, so selecting text again and again never keeps a
    copy longer. ``copied`` is emitted when the app has put text on the clipboard (the
    first time, the app explains)."""

    copied = Signal()

    def __init__(
        self,
        seconds: Callable[[], int] = lambda: DEFAULT_SECONDS,
        parent: QObject | None = None,
        *,
        interval_ms: int | None = None,
    ) -> None:
        super().__init__(parent)
        self._seconds = seconds
        self._interval_ms = interval_ms  # tests: milliseconds instead of the preference
        self._clipboard = QGuiApplication.clipboard()
        self._ours: dict[QClipboard.Mode, str] = {}
        self._marking = False
        self._timers: dict[QClipboard.Mode, QTimer] = {}
        self._clipboard.changed.connect(self._changed)

    def holds(self) -> dict[QClipboard.Mode, str]:
        """What the app put on the clipboard (and the X11 selection) and is still there."""
        return {mode: text for mode, text in self._ours.items() if self._still_ours(mode, text)}

    def pending_ms(self, mode: QClipboard.Mode = QClipboard.Mode.Clipboard) -> int | None:
        """How long until the clipboard (or the selection) is cleared by time, or None
        (nothing copied, or cleared only on lock and quit)."""
        timer = self._timers.get(mode)
        return timer.remainingTime() if timer is not None and timer.isActive() else None

    def _owns(self, mode: QClipboard.Mode) -> bool:
        if mode == QClipboard.Mode.Selection:
            return self._clipboard.ownsSelection()
        return mode == QClipboard.Mode.Clipboard and self._clipboard.ownsClipboard()

    def _changed(self, mode: QClipboard.Mode) -> None:
        if self._marking or mode == QClipboard.Mode.FindBuffer:
            return
        data = self._clipboard.mimeData(mode)
        text = data.text() if data is not None else ""
        if data is not None and data.hasFormat(MARK) and text:
            self._ours[mode] = text
            self._start_timer(mode)
            if mode == QClipboard.Mode.Clipboard:
                self.copied.emit()
        elif text and self._owns(mode):
            self._marking = True  # the app's own, put there unmarked: mark it now
            try:
                self._clipboard.setMimeData(sensitive_mime(text), mode)
            finally:
                self._marking = False
            self._changed(mode)
        else:
            self._forget(mode)  # another program's, or emptied: not ours to clear

    def _start_timer(self, mode: QClipboard.Mode) -> None:
        interval = self._interval_ms
        if interval is None:
            interval = max(0, self._seconds()) * 1000
        timer = self._timers.get(mode)
        if timer is None:
            timer = self._timers[mode] = QTimer(self)
            timer.setSingleShot(True)
            timer.timeout.connect(lambda: self._clear(mode))
        if interval > 0:
            timer.start(interval)
        else:
            timer.stop()

    def _forget(self, mode: QClipboard.Mode) -> None:
        self._ours.pop(mode, None)
        if mode in self._timers:
            self._timers[mode].stop()

    def _still_ours(self, mode: QClipboard.Mode, text: str) -> bool:
        data = self._clipboard.mimeData(mode)
        return data is not None and data.hasFormat(MARK) and data.text() == text

    def clear_ours(self) -> None:
        """Empty the clipboard and the selection if each still holds what the app put
        there; forget it either way (on lock and quit)."""
        for mode in list(self._ours):
            self._clear(mode)

    def _clear(self, mode: QClipboard.Mode) -> None:
        text = self._ours.get(mode)
        self._forget(mode)
        if text is not None and self._still_ours(mode, text):
            self._marking = True
            try:
                self._clipboard.clear(mode)
            finally:
                self._marking = False


def explain_first_copy(seconds: int) -> str:
    """The hint the first copy brings, in the words of the setting as it is."""
    if seconds:
        said = QCoreApplication.translate(
            "clipboard",
            "Copied. Counsel Desk takes what you copy off the clipboard again after {seconds} "
            "seconds, and when it locks or quits, so a client's words do not linger where "
            "other programs can read them. It also asks clipboard history tools not to keep "
            "it. You can change the time in Settings.",
        )
        return said.format(seconds=seconds)
    return QCoreApplication.translate(
        "clipboard",
        "Copied. Counsel Desk takes what you copy off the clipboard again when it locks or "
        "quits, so a client's words do not linger where other programs can read them. It "
        "also asks clipboard history tools not to keep it. You can change the time in "
        "Settings.",
    )
