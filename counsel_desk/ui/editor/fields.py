"""The editor's header fields: kind, template, title, tags, risk and supervision flags."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from counsel_desk.domain.notes import (
    NoteKind,
    Template,
    process_note_explanation,
)
from counsel_desk.domain.preferences import Jurisdiction
from counsel_desk.ui import widgets as w
from counsel_desk.ui.clipboard import SensitiveLineEdit
from counsel_desk.ui.i18n import shown_text


class NoteFields(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = QLabel()
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Kind of note"))
        # Its names change with where you practise: wide enough for the longest of them
        # from the start, so a change of setting never cuts one short or moves the fields.
        self.kind.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.kind.addItems(sorted({shown_text(k.label(j)) for k in NoteKind for j in Jurisdiction}))
        self.kind.setMinimumWidth(self.kind.sizeHint().width())
        self.kind.clear()
        self.template = QComboBox()
        self.template.setAccessibleName(self.tr("Template"))
        self.template.setMinimumContentsLength(8)  # it widens with the editor
        self.template.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.template.setPlaceholderText(self.tr("No template"))
        self.templates_button = QPushButton(self.tr("Templates…"))
        self.templates_button.setToolTip(self.tr("Add, copy, edit or delete your own templates"))
        self.explanation = w.explanation("")
        self.explanation.setObjectName("process-explanation")
        self.title = SensitiveLineEdit()
        self.title.setPlaceholderText(self.tr("Optional"))
        self.title.setAccessibleName(self.tr("Title"))
        self.tags = SensitiveLineEdit()
        self.tags.setPlaceholderText(self.tr("Themes, separated by commas"))
        self.tags.setAccessibleName(self.tr("Tags"))
        self.risk = QCheckBox(self.tr("Risk"))
        self.risk.setToolTip(
            self.tr(
                "Flag this note: risk was raised or assessed. Record the risk itself, with what "
                "was done and when to review it, with Log risk from this note (Ctrl+Shift+D)."
            )
        )
        self.supervision = QCheckBox(self.tr("Bring to supervision"))
        self.question = SensitiveLineEdit()
        self.question.setPlaceholderText(self.tr("The question to bring"))
        self.question.setAccessibleName(self.tr("Supervision question"))
        self.supervision.toggled.connect(self.question.setEnabled)
        self.question.setEnabled(False)
        self.jurisdiction = Jurisdiction.UK
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(w.SPACING)
        grid.setVerticalSpacing(w.SPACING // 2)
        grid.addWidget(self.session, 0, 0, 1, 6)
        grid.addWidget(QLabel(self.tr("Kind")), 1, 0)
        grid.addWidget(self.kind, 1, 1)
        grid.addWidget(QLabel(self.tr("Template")), 1, 2)
        grid.addWidget(self.template, 1, 3)
        grid.addWidget(self.templates_button, 1, 4)
        grid.addWidget(self.explanation, 2, 0, 1, 6)
        grid.addWidget(QLabel(self.tr("Title")), 3, 0)
        grid.addWidget(self.title, 3, 1, 1, 3)
        grid.addWidget(self.risk, 3, 4)
        grid.addWidget(QLabel(self.tr("Tags")), 4, 0)
        grid.addWidget(self.tags, 4, 1, 1, 3)
        grid.addWidget(self.supervision, 5, 0, 1, 2)
        grid.addWidget(self.question, 5, 2, 1, 3)
        grid.setColumnStretch(3, 1)
        self.set_jurisdiction(Jurisdiction.UK)

    def set_jurisdiction(self, jurisdiction: Jurisdiction) -> None:
        self.jurisdiction = jurisdiction
        keep = self.kind_value()
        self.kind.blockSignals(True)
        self.kind.clear()
        for kind in NoteKind:
            self.kind.addItem(shown_text(kind.label(jurisdiction)), kind.value)
        self.kind.setCurrentIndex(self.kind.findData(keep.value))
        self.kind.blockSignals(False)
        self.explanation.setText(shown_text(process_note_explanation(jurisdiction)))
        self.explanation.setVisible(keep is NoteKind.PROCESS)

    def kind_value(self) -> NoteKind:
        data = self.kind.currentData()
        return NoteKind(data) if data else NoteKind.SESSION

    def set_kind(self, kind: NoteKind) -> None:
        self.kind.blockSignals(True)
        self.kind.setCurrentIndex(self.kind.findData(kind.value))
        self.kind.blockSignals(False)
        self.explanation.setVisible(kind is NoteKind.PROCESS)

    def set_templates(self, templates: list[Template], current: str | None) -> None:
        self.template.blockSignals(True)
        self.template.clear()
        for template in templates:
            label = (
                template.name
                if template.built_in
                else self.tr("{name} (mine)").format(name=template.name)
            )
            self.template.addItem(label, template.id)
            self.template.setItemData(self.template.count() - 1, template.description, 3)
        self.template.blockSignals(False)
        self.show_template(current)

    def show_template(self, template_id: str | None) -> None:
        """Show the note's template; none (or one since deleted) shows "No template"."""
        self.template.blockSignals(True)
        self.template.setCurrentIndex(self.template.findData(template_id) if template_id else -1)
        self.template.blockSignals(False)

    def tag_list(self) -> list[str]:
        return [t for t in self.tags.text().split(",") if t.strip()]
