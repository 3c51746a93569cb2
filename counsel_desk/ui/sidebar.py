"""The list of places on the left of the main window: each view that lives in the window,
and, where the first client tab is registered, one entry for the client page that shows
the open client's code. Choosing an entry (click, or the arrow keys) asks to go there."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from counsel_desk.ui import widgets as w

TARGET_ROLE = Qt.ItemDataRole.UserRole + 1
CLIENT_PAGE = "client page"  # the entry for the client page, whatever tab is in front
NO_CLIENT = QT_TRANSLATE_NOOP("sidebar", "Client")


class Sidebar(QListWidget):
    chosen = Signal(str)  # a view's name, or CLIENT_PAGE

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Views"))
        self.currentItemChanged.connect(self._changed)
        # wide enough for "Supervision" and each place's icon (``ui/icons.py``) beside it,
        # a code such as C-014 too (longer ones end in …); the main window's gap beside it
        # gave up the room, so the window stays under 780 px at its narrowest
        side = self.fontMetrics().height() + 2  # 16 px at the usual 10 pt
        self.setIconSize(QSize(side, side))
        self.setFixedWidth(self.fontMetrics().horizontalAdvance("Sessions") + 5 * w.SPACING)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)

    def add_entry(self, text: str, target: str, tip: str) -> None:
        item = QListWidgetItem(text)
        item.setData(TARGET_ROLE, target)
        if target == CLIENT_PAGE:
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)  # no client open yet
        item.setToolTip(tip)
        item.setSizeHint(QSize(0, self.fontMetrics().height() * 2))
        self.addItem(item)

    def targets(self) -> list[str]:
        return [self.item(row).data(TARGET_ROLE) for row in range(self.count())]

    def show_current(self, target: str) -> None:
        """Mark ``target`` as the place in front, without asking to go there."""
        rows = self.targets()
        if target in rows:
            self.blockSignals(True)
            self.setCurrentRow(rows.index(target))
            self.blockSignals(False)

    def set_client(self, code: str | None) -> None:
        """The client page's entry names the client open (the code only, never a name);
        with none open it is greyed out, as there is nowhere to go yet."""
        rows = self.targets()
        if CLIENT_PAGE not in rows:
            return
        item = self.item(rows.index(CLIENT_PAGE))
        item.setText(code or QCoreApplication.translate("sidebar", NO_CLIENT))
        enabled = Qt.ItemFlag.ItemIsEnabled
        item.setFlags(item.flags() | enabled if code else item.flags() & ~enabled)

    def _changed(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if item is not None:
            self.chosen.emit(item.data(TARGET_ROLE))
