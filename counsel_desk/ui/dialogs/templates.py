"""The template manager: built-in templates to read and copy; your own to add, edit, copy and
delete. Templates hold no client data; they are kept in the vault with the notes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from counsel_desk.domain.errors import CounselDeskError
from counsel_desk.domain.notes import NoteKind
from counsel_desk.domain.preferences import Jurisdiction
from counsel_desk.ui import forms
from counsel_desk.ui import widgets as w
from counsel_desk.ui.i18n import error_text, shown_text
from counsel_desk.ui.models.rows import ID_ROLE

if TYPE_CHECKING:
    from counsel_desk.services.templates import TemplateService


class KindLabel:
    def __init__(self, kind: NoteKind, jurisdiction: Jurisdiction) -> None:
        self.kind, self.label = kind, shown_text(kind.label(jurisdiction))


class TemplatesDialog(QDialog):
    def __init__(
        self,
        service: TemplateService,
        jurisdiction: Jurisdiction = Jurisdiction.UK,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Templates"))
        self._service = service
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Templates"))
        self.list.currentItemChanged.connect(lambda *_a: self._show_current())
        self.name = QLineEdit()
        self.kind = forms.EnumCombo([KindLabel(k, jurisdiction) for k in NoteKind])
        self.description = QLineEdit()
        self.body = QPlainTextEdit()
        self.body.setAccessibleName(self.tr("Template text"))
        self.error = w.ErrorLine()
        self.new_button = QPushButton(self.tr("New"))
        self.copy_button = QPushButton(self.tr("Copy"))
        self.save_button = QPushButton(self.tr("Save"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.new_button.clicked.connect(self._new)
        self.copy_button.clicked.connect(self._copy)
        self.save_button.clicked.connect(self._save)
        self.delete_button.clicked.connect(self._delete)
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Description"), self.description)
        form.addRow(self.tr("Text"), self.body)
        row = QHBoxLayout()
        for button in (self.new_button, self.copy_button, self.delete_button):
            row.addWidget(button)
        row.addStretch()
        row.addWidget(self.save_button)
        right = QVBoxLayout()
        right.addLayout(form, 1)
        right.addWidget(self.error)
        right.addLayout(row)
        columns = QHBoxLayout()
        columns.addWidget(self.list, 1)
        columns.addLayout(right, 2)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(w.MARGIN, w.MARGIN, w.MARGIN, w.MARGIN)
        layout.addLayout(columns, 1)
        layout.addWidget(close)
        self.save_button.setDefault(True)  # Enter in a field saves the template
        self.resize(860, 520)
        self.reload()
        forms.recheck_when_edited(self, self.error)

    def reload(self, select: str | None = None) -> None:
        self.list.clear()
        for template in self._service.list():
            suffix = self.tr(" (built in)") if template.built_in else ""
            item = QListWidgetItem(template.name + suffix)
            item.setData(ID_ROLE, template.id)
            self.list.addItem(item)
            if template.id == select:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)

    def current_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(ID_ROLE) if item else None

    def _show_current(self) -> None:
        self.error.clear()
        template_id = self.current_id()
        if template_id is None:
            return
        template = self._service.get(template_id)
        self.name.setText(template.name)
        self.kind.setCurrentIndex(list(NoteKind).index(template.kind))
        self.description.setText(template.description)
        self.body.setPlainText(template.body)
        own = not template.built_in
        for widget in (self.name, self.description, self.body):
            widget.setReadOnly(not own)
        self.kind.setEnabled(own)
        self.save_button.setEnabled(own)
        self.delete_button.setEnabled(own)

    def _run(self, action: object) -> None:
        try:
            saved = action()  # type: ignore[operator]
        except CounselDeskError as exc:
            self.error.show_message(error_text(exc))
            return
        self.reload(saved.id if saved is not None else None)

    def _new(self) -> None:
        self._run(lambda: self._service.add(self.tr("My template"), NoteKind.SESSION, "## \n"))

    def _copy(self) -> None:
        template_id = self.current_id()
        if template_id:
            self._run(lambda: self._service.copy(template_id))

    def _save(self) -> None:
        template_id = self.current_id()
        if template_id:
            kind = self.kind.value().kind
            self._run(
                lambda: self._service.update(
                    template_id,
                    self.name.text(),
                    kind,
                    self.body.toPlainText(),
                    self.description.text(),
                )
            )

    def _delete(self) -> None:
        template_id = self.current_id()
        if template_id:
            self._run(lambda: self._service.delete(template_id))
