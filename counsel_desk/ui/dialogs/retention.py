"""The practitioner's retention periods: how long an adult's records are kept after the
last session, until which birthday a young person's are kept, and a shorter period for
process notes, if wanted."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QCheckBox, QDialog, QFormLayout, QSpinBox, QWidget

from counsel_desk.domain.retention import RetentionPolicy
from counsel_desk.ui import forms
from counsel_desk.ui import widgets as w

EXPLAINED = QT_TRANSLATE_NOOP(
    "dialogs.retention",
    "Records are kept from the end of therapy: the client's last session, or the end date "
    "you recorded if later. A client who was under 18 at any time in therapy is kept until "
    "that birthday or for the years above, whichever is later (their date of birth, "
    "if recorded, decides). Check what your professional body and insurer ask of you.",
)


def _years(low: int, high: int, value: int, suffix: str | None = None) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(low, high)
    spin.setSuffix(suffix or QCoreApplication.translate("dialogs.retention", " years"))
    if suffix is None:  # "1 year", "7 years"
        spin.valueChanged.connect(
            lambda n: spin.setSuffix(
                QCoreApplication.translate("dialogs.retention", " year")
                if n == 1
                else QCoreApplication.translate("dialogs.retention", " years")
            )
        )
    spin.setValue(value)
    spin.setSuffix(
        QCoreApplication.translate("dialogs.retention", " year")
        if suffix == " years" and value == 1
        else suffix
    )
    return spin


class RetentionDialog(QDialog):
    def __init__(
        self,
        policy: RetentionPolicy,
        save: Callable[[RetentionPolicy], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Retention periods"))
        self._save = save
        self.adult = _years(1, 100, policy.adult_years)
        self.adult.setAccessibleName(self.tr("Years after the last session"))
        self.minor = _years(18, 100, policy.minor_until_age, "")
        self.minor.setAccessibleName(self.tr("Young people until the age of"))
        self.shorter = QCheckBox(self.tr("Keep process notes for a shorter time"))
        self.shorter.setChecked(policy.process_note_years is not None)
        self.notes = _years(0, 100, policy.process_note_years or 1)
        self.notes.setAccessibleName(self.tr("Years to keep process notes"))
        self.notes.setEnabled(self.shorter.isChecked())
        self.shorter.toggled.connect(self.notes.setEnabled)
        self.error = w.ErrorLine()
        form = QFormLayout()
        form.addRow(self.tr("Keep records for"), self.adult)
        form.addRow(self.tr("Young people until age"), self.minor)
        form.addRow("", self.shorter)
        form.addRow(self.tr("Process notes for"), self.notes)
        self.save_button = forms.form_dialog(
            self,
            form,
            self._go,
            w.explanation(QCoreApplication.translate("dialogs.retention", EXPLAINED)),
            self.error,
        )
        forms.recheck_when_edited(self, self.error)

    def policy(self) -> RetentionPolicy:
        return RetentionPolicy(
            adult_years=self.adult.value(),
            minor_until_age=self.minor.value(),
            process_note_years=self.notes.value() if self.shorter.isChecked() else None,
        )

    def _go(self) -> None:
        forms.save_or_say(self, self.error, lambda: self._save(self.policy()))
