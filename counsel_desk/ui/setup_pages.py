"""The pages of the practice set-up (``ui/dialogs/practice_setup.py``), one class each.

A page edits part of two records the app already keeps, never a copy of them: the practice
profile (``PracticeProfile``, in the vault; Settings → Practice) and the preferences
(``Preferences``, the per-user file; Settings → General). ``load`` fills the page from them,
``apply`` returns them with the page's answers. Adding a page is one class here and one
entry in ``SETUP_PAGES``: the dialog makes the steps, Back and Next, from the list.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import ClassVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from counsel_desk.domain.contract.terms import MAX_FEE_PENCE
from counsel_desk.domain.notes import process_note_explanation, process_note_label
from counsel_desk.domain.practice import PracticeProfile
from counsel_desk.domain.preferences import Jurisdiction, Preferences
from counsel_desk.services.backups import FolderState, folder_state
from counsel_desk.ui import widgets as w
from counsel_desk.ui.i18n import shown_text

CURRENCY = {Jurisdiction.UK: "GBP", Jurisdiction.US: "USD"}


def _spin(low: int, high: int, suffix: str, name: str) -> QSpinBox:
    box = QSpinBox()
    box.setRange(low, high)
    box.setSuffix(suffix)
    box.setAccessibleName(name)
    box.setFixedWidth(box.fontMetrics().horizontalAdvance("0000 hours") + 48)
    return box


class SetupPage(QWidget):
    """One step: a title, a sentence saying what it is for, and its fields."""

    title: ClassVar[str] = ""
    intro: ClassVar[str] = ""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.setSpacing(w.SPACING)
        title = QCoreApplication.translate("SetupPage", self.title)
        self.column.addWidget(w.heading(title, 1.2))
        self.column.addWidget(w.explanation(QCoreApplication.translate("SetupPage", self.intro)))
        self.form = QFormLayout()
        self.column.addLayout(self.form)

    def finish(self) -> None:
        self.column.addStretch()

    def first(self) -> QWidget:
        """Where the keyboard starts on this step."""
        raise NotImplementedError

    def follow(self, profile: PracticeProfile, prefs: Preferences) -> None:
        """Coming to this step, with the answers of every step so far (the currency
        follows where one practises)."""

    def problem(self) -> str | None:
        """A sentence saying what keeps the answers from being used (said on the step,
        which is not left), or None."""
        return None

    def load(self, profile: PracticeProfile, prefs: Preferences) -> None:
        raise NotImplementedError

    def apply(
        self, profile: PracticeProfile, prefs: Preferences
    ) -> tuple[PracticeProfile, Preferences]:
        raise NotImplementedError


class YouPage(SetupPage):
    title = QT_TRANSLATE_NOOP("SetupPage", "You")
    intro = QT_TRANSLATE_NOOP(
        "SetupPage",
        "Your name and registration, as the contracts you give clients will quote them. "
        "Leave blank what does not apply to you.",
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = QLineEdit()
        self.body = QLineEdit()
        self.body.setPlaceholderText(self.tr("e.g. BACP, UKCP, or your state board"))
        self.registration = QLineEdit()
        for edit, label in (
            (self.name, self.tr("Your name")),
            (self.body, self.tr("Professional body")),
            (self.registration, self.tr("Registration number")),
        ):
            edit.setAccessibleName(label)
            self.form.addRow(label, edit)
        self.finish()

    def first(self) -> QWidget:
        return self.name

    def load(self, profile: PracticeProfile, prefs: Preferences) -> None:
        self.name.setText(profile.practitioner_name)
        self.body.setText(profile.professional_body)
        self.registration.setText(profile.registration_number)

    def apply(
        self, profile: PracticeProfile, prefs: Preferences
    ) -> tuple[PracticeProfile, Preferences]:
        profile = replace(
            profile,
            practitioner_name=self.name.text(),
            professional_body=self.body.text(),
            registration_number=self.registration.text(),
        )
        return profile, prefs


class WherePage(SetupPage):
    title = QT_TRANSLATE_NOOP("SetupPage", "Where you practise")
    intro = QT_TRANSLATE_NOOP(
        "SetupPage",
        "The law where you work decides what your private notes about a session are called "
        "and who may ask to see them. Counsel Desk uses its words (and, in the UK and the "
        "US, its currency for your fee).",
    )
    CHOICES = (
        (Jurisdiction.UK, QT_TRANSLATE_NOOP("WherePage", "United Kingdom")),
        (Jurisdiction.US, QT_TRANSLATE_NOOP("WherePage", "United States")),
        (Jurisdiction.OTHER, QT_TRANSLATE_NOOP("WherePage", "Elsewhere")),
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.group = QButtonGroup(self)
        self.buttons: dict[Jurisdiction, QRadioButton] = {}
        for value, label in self.CHOICES:
            button = QRadioButton(QCoreApplication.translate("WherePage", label))
            self.group.addButton(button)
            self.buttons[value] = button
            self.column.addWidget(button)
            button.toggled.connect(self._say)
        self.meaning = w.explanation("")
        self.column.addWidget(self.meaning)
        self.finish()

    def first(self) -> QWidget:
        return self.buttons[self.chosen()]

    def chosen(self) -> Jurisdiction:
        return next((j for j, b in self.buttons.items() if b.isChecked()), Jurisdiction.UK)

    def _say(self) -> None:
        where = self.chosen()
        self.meaning.setText(
            self.tr("Your private notes will be called “{lower}s”. {where}").format(
                lower=shown_text(process_note_label(where)).lower(),
                where=shown_text(process_note_explanation(where)),
            )
        )

    def load(self, profile: PracticeProfile, prefs: Preferences) -> None:
        self.buttons[Jurisdiction(prefs.jurisdiction)].setChecked(True)
        self._say()

    def apply(
        self, profile: PracticeProfile, prefs: Preferences
    ) -> tuple[PracticeProfile, Preferences]:
        return profile, replace(prefs, jurisdiction=self.chosen())


class TermsPage(SetupPage):
    title = QT_TRANSLATE_NOOP("SetupPage", "Sessions and fees")
    intro = QT_TRANSLATE_NOOP(
        "SetupPage",
        "Where new sessions and contracts start. A client's cancellation with less notice "
        "than this is marked as short notice until you agree a contract with them. Settings "
        "→ Practice holds the rest of your terms.",
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.minutes = _spin(10, 24 * 60, self.tr(" min"), self.tr("Session length"))
        self.fee = QDoubleSpinBox()
        self.fee.setRange(0, MAX_FEE_PENCE / 100)
        self.fee.setDecimals(2)
        self.fee.setAccessibleName(self.tr("Fee for a session"))
        self.fee.setFixedWidth(self.minutes.maximumWidth())
        self.currency = QLineEdit()
        self.currency.setMaxLength(3)
        self.currency.setAccessibleName(self.tr("Currency"))
        self.currency.setMaximumWidth(self.fontMetrics().horizontalAdvance("MMMM") + 16)
        self.currency.textChanged.connect(self._fee_prefix)
        fee_row = QHBoxLayout()
        fee_row.addWidget(self.fee)
        fee_row.addWidget(self.currency)
        fee_row.addStretch()
        self.notice = _spin(0, 24 * 14, self.tr(" hours"), self.tr("Notice to cancel"))
        self.form.addRow(self.tr("Session length"), self.minutes)
        self.form.addRow(self.tr("Fee for a session"), fee_row)
        self.form.addRow(self.tr("Notice to cancel"), self.notice)
        self.finish()

    def first(self) -> QWidget:
        return self.minutes

    def _fee_prefix(self, currency: str) -> None:
        """The fee written as Settings → Practice writes it: £60.00 in pounds."""
        self.fee.setPrefix("£" if currency.strip().upper() == "GBP" else "")

    def follow(self, profile: PracticeProfile, prefs: Preferences) -> None:
        """Pounds in the UK, dollars in the US; a currency typed for elsewhere is kept."""
        if self.currency.text() in CURRENCY.values():
            self.currency.setText(CURRENCY.get(prefs.jurisdiction, self.currency.text()))

    def load(self, profile: PracticeProfile, prefs: Preferences) -> None:
        self.minutes.setValue(profile.default_session_minutes)
        self.fee.setValue(profile.default_fee_pence / 100)
        self.currency.setText(profile.currency)
        self.notice.setValue(profile.client_notice_hours)

    def apply(
        self, profile: PracticeProfile, prefs: Preferences
    ) -> tuple[PracticeProfile, Preferences]:
        hours = self.notice.value()
        own = hours if profile.practitioner_notice_hours == profile.client_notice_hours else None
        profile = replace(
            profile,
            default_session_minutes=self.minutes.value(),
            default_fee_pence=round(self.fee.value() * 100),
            currency=self.currency.text().strip().upper() or profile.currency,
            client_notice_hours=hours,
            practitioner_notice_hours=profile.practitioner_notice_hours if own is None else own,
        )
        return profile, prefs


class LockingPage(SetupPage):
    title = QT_TRANSLATE_NOOP("SetupPage", "Locking")
    intro = QT_TRANSLATE_NOOP(
        "SetupPage",
        "When you step away, Counsel Desk locks itself: the vault closes and the screen "
        "clears until your passphrase is typed again. A few minutes suits most rooms; "
        "Settings can change it, or turn it off.",
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.minutes = _spin(1, 240, self.tr(" min"), self.tr("Lock when idle for"))
        self.form.addRow(self.tr("Lock when idle for"), self.minutes)
        self.finish()

    def first(self) -> QWidget:
        return self.minutes

    def load(self, profile: PracticeProfile, prefs: Preferences) -> None:
        if prefs.auto_lock_minutes == 0:  # turned off in Settings: kept off unless changed
            self.minutes.setMinimum(0)
            self.minutes.setSpecialValueText(self.tr("Off"))
        self.minutes.setValue(prefs.auto_lock_minutes)

    def apply(
        self, profile: PracticeProfile, prefs: Preferences
    ) -> tuple[PracticeProfile, Preferences]:
        return profile, replace(prefs, auto_lock_minutes=self.minutes.value())


class BackupPage(SetupPage):
    """The backup folder (Settings → General keeps it too): skipped by leaving it empty; a
    folder typed or chosen is tried with a file made and removed, and said if it will not
    do, so the step is not left with a folder no backup could be written to."""

    @property
    def title(self) -> str:  # type: ignore[override]  # translated when shown
        return self.tr("Backups")

    @property
    def intro(self) -> str:  # type: ignore[override]
        return self.tr(
            "A backup is an encrypted copy of your vault, opened with your passphrase or "
            "recovery key. Kept on a USB drive or another disk, it means a lost, stolen or "
            "broken computer does not take your records with it. Choose a folder there, or "
            "leave this empty and choose one later in Settings."
        )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.folder = QLineEdit()
        self.folder.setAccessibleName(self.tr("Backup folder"))
        self.folder.setPlaceholderText(self.tr("A folder on a USB drive or another disk"))
        self.folder.setClearButtonEnabled(True)
        self.folder.editingFinished.connect(self._say)
        self.choose = QPushButton(self.tr("Choose…"))
        self.choose.setAccessibleName(self.tr("Choose the backup folder"))
        self.choose.setAutoDefault(False)  # the set-up's dialog opens the folder chooser
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(self.choose)
        self.form.addRow(self.tr("Backup folder"), row)
        self.verdict = w.explanation("")
        self.verdict.setAccessibleName(self.tr("Whether the folder will do"))
        self.column.addWidget(self.verdict)
        self.finish()

    def first(self) -> QWidget:
        return self.folder

    def chosen(self) -> str:
        return self.folder.text().strip()

    def problem(self) -> str | None:
        text = self.chosen()
        if not text:
            return None
        state = folder_state(Path(text))
        if state is FolderState.MISSING:
            return self.tr(
                "There is no folder at {path}. If it is on a USB drive, plug the drive in; "
                "or choose another folder, or leave this empty for now."
            ).format(path=text)
        if state is FolderState.NOT_A_FOLDER:
            return self.tr("{path} is a file, not a folder. Choose a folder.").format(path=text)
        if state is FolderState.READ_ONLY:
            return self.tr(
                "Counsel Desk cannot write to {path}: the disk may be read-only or full, or "
                "the folder not yours. Choose another folder, or leave this empty for now."
            ).format(path=text)
        return None

    def _say(self) -> None:
        if not self.chosen():
            self.verdict.setText("")
            return
        self.verdict.setText(
            self.problem()
            or self.tr(
                "Backups will be written here. Settings can back up each time you quit, "
                "or once a day."
            )
        )

    def set_folder(self, folder: Path) -> None:
        """A folder chosen with Choose…: shown, and said whether it will do."""
        self.folder.setText(str(folder))
        self._say()

    def load(self, profile: PracticeProfile, prefs: Preferences) -> None:
        self.folder.setText(prefs.backup_folder)
        self._say()

    def apply(
        self, profile: PracticeProfile, prefs: Preferences
    ) -> tuple[PracticeProfile, Preferences]:
        return profile, replace(prefs, backup_folder=self.chosen())


# The steps, in order.
SETUP_PAGES: tuple[type[SetupPage], ...] = (
    YouPage,
    WherePage,
    TermsPage,
    LockingPage,
    BackupPage,
)
