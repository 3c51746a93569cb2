"""Settings → Practice: who you are and how clients reach and pay you (what a contract
quotes), and the default terms a new contract starts from — which also judge a client's
cancellations until a contract is agreed with them."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from counsel_desk.domain.errors import CounselDeskError
from counsel_desk.domain.practice import PracticeProfile, validate_profile, with_terms
from counsel_desk.domain.retention import RetentionPolicy, contract_promise_differs
from counsel_desk.ui import widgets as w
from counsel_desk.ui.contract.terms_form import TermsForm
from counsel_desk.ui.i18n import error_text, shown_text

DETAILS = (
    ("practitioner_name", QT_TRANSLATE_NOOP("practice_page", "Your name"), ""),
    (
        "professional_body",
        QT_TRANSLATE_NOOP("practice_page", "Professional body"),
        QT_TRANSLATE_NOOP("practice_page", "e.g. BACP"),
    ),
    ("registration_number", QT_TRANSLATE_NOOP("practice_page", "Registration number"), ""),
    ("contact_email", QT_TRANSLATE_NOOP("practice_page", "Email for clients"), ""),
    ("contact_phone", QT_TRANSLATE_NOOP("practice_page", "Phone for clients"), ""),
    (
        "how_to_pay",
        QT_TRANSLATE_NOOP("practice_page", "How to pay"),
        QT_TRANSLATE_NOOP(
            "practice_page", "follows “Please pay”, e.g. by bank transfer within a week"
        ),
    ),
    (
        "online_platform",
        QT_TRANSLATE_NOOP("practice_page", "Online sessions use"),
        QT_TRANSLATE_NOOP("practice_page", "e.g. a video service with end-to-end encryption"),
    ),
    (
        "clinical_will_contact",
        QT_TRANSLATE_NOOP("practice_page", "If you cannot work"),
        QT_TRANSLATE_NOOP("practice_page", "who would contact your clients, e.g. a colleague"),
    ),
)


class PracticePage(QScrollArea):
    def __init__(
        self,
        profile: PracticeProfile,
        parent: QWidget | None = None,
        policy: RetentionPolicy | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setAccessibleName(self.tr("Your practice"))
        self._profile = profile
        self.fields: dict[str, QLineEdit] = {}
        form = QFormLayout()
        for name, label_text, hint_text in DETAILS:
            label = QCoreApplication.translate("practice_page", label_text)
            hint = QCoreApplication.translate("practice_page", hint_text)
            edit = QLineEdit(getattr(profile, name))
            edit.setAccessibleName(label)
            edit.setPlaceholderText(hint)
            self.fields[name] = edit
            form.addRow(label, edit)
        self.address = QPlainTextEdit(profile.practice_address)
        self.address.setAccessibleName(self.tr("Where you see clients"))
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        form.insertRow(3, self.tr("Where you see clients"), self.address)
        self.records = QSpinBox()
        self.records.setRange(0, 200)
        self.records.setSuffix(self.tr(" years after the last session"))
        self.records.setAccessibleName(self.tr("Records are kept for"))
        self.records.setValue(profile.records_kept_years)
        form.addRow(self.tr("Records are kept for"), self.records)
        # what the retention periods keep: a contract should not promise otherwise
        self._policy = policy
        self.records_differ = w.ErrorLine()  # a warning icon and the sentence, or hidden
        self.records_differ.label.setAccessibleName(
            self.tr("Records kept: not as your retention periods")
        )
        form.addRow("", self.records_differ)
        self.records.valueChanged.connect(self._records_changed)
        self._records_changed()
        self.terms = TermsForm(currency_editable=True)
        self.terms.set_terms(profile.terms)
        self.error = w.ErrorLine()
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(w.SPACING, w.SPACING, w.SPACING, w.SPACING)  # as General's
        column.setSpacing(w.SPACING)
        column.addWidget(
            w.explanation(
                self.tr(
                    "What a new contract quotes about you. A contract keeps its own copy once "
                    "drafted, so changing these never changes one already agreed."
                )
            )
        )
        column.addLayout(form)
        column.addWidget(w.heading(self.tr("Default terms"), 1.05))
        column.addWidget(
            w.explanation(
                self.tr(
                    "Where a new contract starts. Until a contract is agreed with a client, their "
                    "cancellations are judged by these notice periods."
                )
            )
        )
        column.addWidget(self.terms)
        column.addWidget(self.error)
        column.addStretch()
        self.setWidget(page)

    def _records_changed(self) -> None:
        said = (
            contract_promise_differs(self.records.value(), self._policy)
            if self._policy is not None
            else None
        )
        self.records_differ.show_message(shown_text(said) if said is not None else "")

    def profile(self) -> PracticeProfile:
        """The profile as filled in (checked by ``problem`` and by the service)."""
        text = {name: edit.text() for name, edit in self.fields.items()}
        profile = replace(
            self._profile,
            practice_address=self.address.toPlainText(),
            records_kept_years=self.records.value(),
            **text,
        )
        return with_terms(profile, self.terms.terms())

    def problem(self) -> str | None:
        try:
            validate_profile(self.profile())
        except CounselDeskError as exc:
            return error_text(exc)
        return None

    def changed(self) -> bool:
        return self.profile() != self._profile
