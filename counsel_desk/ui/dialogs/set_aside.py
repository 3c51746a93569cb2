"""Setting a possible-rupture flag aside: the flag's reason shown, and the practitioner's own
reason asked for (kept with the flag, which stays listed with it)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QFormLayout, QLineEdit, QWidget

from counsel_desk.ui import forms
from counsel_desk.ui import widgets as w
from counsel_desk.ui.i18n import shown_text

if TYPE_CHECKING:
    from counsel_desk.domain.rupture_flags import Flag


class SetAsideDialog(QDialog):
    def __init__(
        self,
        save: Callable[[str], Flag],
        flag: Flag,
        client_code: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Set a possible rupture aside"))
        self._save_to = save
        self.flag = flag
        self.saved: Flag | None = None
        self.reason = QLineEdit()
        self.reason.setAccessibleName(self.tr("Why set it aside"))
        self.reason.setPlaceholderText(self.tr("e.g. we talked about it; a hard week at work"))
        self.reason.setMaxLength(240)
        self.error = w.ErrorLine()
        form = QFormLayout()
        form.addRow(self.tr("Client"), w.plain_label(client_code))
        form.addRow(shown_text(flag.kind.label), w.explanation(shown_text(flag.reason)))
        form.addRow(self.tr("&Why set it aside"), self.reason)
        keep = w.explanation(
            self.tr("Your reason is kept with the flag, which stays on the timeline.")
        )
        self.save_button = forms.form_dialog(self, form, self._submit, keep, self.error)
        self.save_button.setText(self.tr("Set aside"))
        forms.recheck_when_edited(self, self.error)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.reason.setFocus()

    def _submit(self) -> None:
        forms.save_or_say(self, self.error, lambda: self._save_to(self.reason.text()))
