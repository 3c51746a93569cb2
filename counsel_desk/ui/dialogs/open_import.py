"""Importing an open export into a new vault, in four steps in one window: the file is
checked whole first (a bad file is one sentence naming the place, and nothing is made);
then the new vault's folder and passphrase; then the import, with its progress and a
button that stops it (no folder is left behind); then the new vault's recovery key, shown
once as after creating a vault, with an offer to open the new vault.

The work runs on a worker (``ui/open_runner.py``) through the functions handed in, so the
app stays responsive; the dialog holds no service of its own.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from counsel_desk.services.open_export import CHECKING, CancelToken
from counsel_desk.ui import alerts, forms
from counsel_desk.ui import widgets as w
from counsel_desk.ui.dialogs.create_vault import RECOVERY_EXPLAINED, KeySheet
from counsel_desk.ui.dialogs.open_progress import ProgressPanel, fit_height
from counsel_desk.ui.i18n import error_text
from counsel_desk.ui.open_runner import ProgressJob

Report = Callable[..., None]
Check = Callable[[Path, Report, CancelToken], dict[str, int]]
Make = Callable[[Path, Path, bytearray, Report, CancelToken], Any]  # an ImportResult

CHECK, FORM, IMPORTING, KEY = range(4)


class ImportVaultDialog(QDialog):
    def __init__(
        self,
        source: Path,
        check: Check,
        make: Make,
        choose_folder: Callable[[QWidget], Path | None],
        open_vault: Callable[[Path], bool],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import into a new vault"))
        self.source = Path(source)
        self._check, self._make = check, make
        self._choose_folder, self._open_vault = choose_folder, open_vault
        self._job: ProgressJob | None = None
        self._token: CancelToken | None = None
        self.counts: dict[str, int] = {}
        self.result: Any = None
        self.folder_made: Path | None = None
        self.buttons = QDialogButtonBox()
        self.import_button = QPushButton(self.tr("Import"))
        self.stop_button = QPushButton(self.tr("Stop"))
        self.open_button = QPushButton(self.tr("Open the new vault"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        for button, role in (
            (self.import_button, QDialogButtonBox.ButtonRole.AcceptRole),
            (self.open_button, QDialogButtonBox.ButtonRole.AcceptRole),
            (self.stop_button, QDialogButtonBox.ButtonRole.RejectRole),
            (self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole),
        ):
            self.buttons.addButton(button, role)
        self.import_button.clicked.connect(self._submit)
        self.stop_button.clicked.connect(self._stop)
        self.open_button.clicked.connect(self._open_new)
        self.cancel_button.clicked.connect(self.reject)
        self.pages = QStackedWidget()
        self.pages.addWidget(self._check_page())
        self.pages.addWidget(self._form_page())
        self.pages.addWidget(self._importing_page())
        self.pages.addWidget(self._key_page())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(w.MARGIN, w.MARGIN, w.MARGIN, w.MARGIN)
        layout.setSpacing(w.SPACING)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(600)
        self._show(CHECK)

    # --- the pages -----------------------------------------------------------------------
    def _page(self, title: str) -> tuple[QWidget, QVBoxLayout, QLabel]:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(w.SPACING)
        heading = w.heading(title, 1.15)
        layout.addWidget(heading)
        return page, layout, heading

    def _check_page(self) -> QWidget:
        page, layout, self.check_heading = self._page(self.tr("Checking the export"))
        self.check_intro = w.explanation(
            self.tr(
                "Every record in {file} is read and checked before anything is made, so a "
                "file that is damaged or was changed by hand makes nothing."
            ).format(file=self.source)
        )
        self.check_panel = ProgressPanel(self.tr("Checking progress"))
        layout.addWidget(self.check_intro)
        layout.addWidget(self.check_panel)
        layout.addStretch()
        return page

    def _form_page(self) -> QWidget:
        page, layout, _heading = self._page(self.tr("A new vault for the export"))
        self.holds = w.explanation("")
        self.folder = QLineEdit()
        self.folder.setAccessibleName(self.tr("Folder for the new vault"))
        self.folder.setPlaceholderText(self.tr("An empty folder, or one that does not exist yet"))
        self.choose_button = QPushButton(self.tr("Choose…"))
        self.choose_button.setAccessibleName(self.tr("Choose the folder"))
        self.choose_button.setAutoDefault(False)  # Enter in the form still imports
        self.choose_button.clicked.connect(self._choose)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(self.choose_button)
        self.fields = forms.NewPassphraseFields(self.tr("Passphrase"), self)
        form = QFormLayout()
        form.addRow(self.tr("Folder"), row)
        self.fields.add_to(form)
        self.error = w.ErrorLine()
        self.folder.textChanged.connect(self.error.clear)
        self.fields.changed.connect(self.error.clear)
        layout.addWidget(self.holds)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addStretch()
        return page

    def _importing_page(self) -> QWidget:
        page, layout, self.importing_heading = self._page(self.tr("Importing"))
        self.importing_where = w.explanation("")
        self.import_panel = ProgressPanel(self.tr("Import progress"))
        layout.addWidget(self.importing_where)
        layout.addWidget(self.import_panel)
        layout.addStretch()
        return page

    def _key_page(self) -> QWidget:
        page, layout, _heading = self._page(self.tr("The new vault's recovery key"))
        self.made = w.explanation("")
        self.sheet = KeySheet(self.tr("Recovery key"), scale=1.5)
        self.key_label, self.print_button = self.sheet.key_label, self.sheet.print_button
        self.printed, self.file_warning = self.sheet.printed, self.sheet.file_warning
        self.stored = self.sheet.stored
        self.stored.toggled.connect(self.open_button.setEnabled)
        self.stored.toggled.connect(self.cancel_button.setEnabled)
        self.stored.toggled.connect(lambda stored: self._keep_notice(not stored))
        layout.addWidget(self.made)
        layout.addWidget(
            w.explanation(QCoreApplication.translate("dialogs.create_vault", RECOVERY_EXPLAINED))
        )
        layout.addWidget(self.sheet)
        layout.addWidget(self.stored)
        layout.addStretch()
        return page

    def _show(self, index: int) -> None:
        self.pages.setCurrentIndex(index)
        self.import_button.setVisible(index == FORM)
        self.stop_button.setVisible(index == IMPORTING or (index == CHECK and self.running))
        self.stop_button.setEnabled(True)
        self.open_button.setVisible(index == KEY)
        self.cancel_button.setVisible(index != IMPORTING and not (index == CHECK and self.running))
        self.cancel_button.setText(self.tr("Close") if index in (CHECK, KEY) else self.tr("Cancel"))
        self.cancel_button.setEnabled(index != KEY)
        self.open_button.setEnabled(False)
        default = {
            FORM: self.import_button,
            KEY: self.open_button,
            IMPORTING: self.stop_button,
            CHECK: self.stop_button if self.running else self.cancel_button,
        }[index]
        default.setDefault(True)
        fit_height(self)
        if index == FORM:
            self.folder.setFocus()

    @property
    def running(self) -> bool:
        return self._job is not None and self._job.running

    # --- 1: checking the file --------------------------------------------------------------
    def start(self) -> None:
        """Check the file on a worker; the form follows if it is sound."""
        token = self._token = CancelToken()
        job = self._job = ProgressJob(
            lambda report: self._check(self.source, report, token), token.cancel, self
        )
        job.progress.connect(self._checking)
        job.done.connect(self.show_form)
        job.failed.connect(self._not_checked)
        job.start()
        self._show(CHECK)

    def _checking(self, values: tuple[Any, ...]) -> None:
        _stage, done, total = values
        percent = round(100 * done / total) if total else 0
        self.check_panel.show_count(
            done, total, self.tr("{percent}% of the file read").format(percent=percent)
        )

    def _not_checked(self, exc: Any) -> None:
        if self._token is not None and self._token.cancelled:
            self.reject()  # stopped while checking: nothing to say, nothing was made
            return
        self.check_heading.setText(self.tr("This file cannot be imported"))
        self.check_panel.show_end(False, error_text(exc))
        self._show(CHECK)

    def show_form(self, counts: dict[str, int]) -> None:
        self.counts = counts
        clients, notes = counts.get("clients", 0), counts.get("notes", 0)
        self.holds.setText(
            self.tr(
                "{file} is a sound export holding {clients} clients and {notes} notes. The "
                "import makes a new vault from it: choose an empty folder for the vault and a "
                "passphrase to lock it. The vault you have open is not changed."
            ).format(file=self.source.name, clients=f"{clients:,}", notes=f"{notes:,}")
        )
        self._show(FORM)

    # --- 2: the folder and passphrase --------------------------------------------------------
    def _choose(self) -> None:
        chosen = self._choose_folder(self)
        if chosen is None:
            return
        chosen = Path(chosen)
        if chosen.is_dir() and any(chosen.iterdir()):  # a place for it, not the vault itself
            base, n = chosen / self.tr("Counsel Desk vault"), 2
            chosen = base
            while chosen.exists():
                chosen, n = base.with_name(f"{base.name} {n}"), n + 1
        self.folder.setText(str(chosen))

    def _submit(self) -> None:
        if not self.import_button.isVisible() or self.running:
            return
        text = self.folder.text().strip()
        if not text:
            self.error.show_message(self.tr("Choose a folder for the new vault."))
            self.folder.setFocus()
            return
        folder = Path(text).expanduser()
        if not folder.is_absolute():
            self.error.show_message(
                self.tr("Give the folder's full path, or pick it with Choose….")
            )
            self.folder.setFocus()
            return
        if not self.fields.accepted_or_explained(self.error):
            return
        from counsel_desk.ui.secret_text import copy_secret

        self._run_import(folder, copy_secret(self.fields.first))

    # --- 3: importing --------------------------------------------------------------------
    def _run_import(self, folder: Path, passphrase: bytearray) -> None:
        from counsel_desk.hardening import zero

        token = self._token = CancelToken()

        def work(report: Report) -> Any:
            try:
                return self._make(self.source, folder, passphrase, report, token)
            finally:
                zero(passphrase)

        job = self._job = ProgressJob(work, token.cancel, self)
        job.progress.connect(self._importing)
        job.done.connect(lambda result: self._imported(folder, result))
        job.failed.connect(self._not_imported)
        self.importing_where.setText(self.tr("Into {folder}").format(folder=folder))
        self.import_panel.show_count(0, 0, self.tr("Checking the file once more…"))
        job.start()
        self._show(IMPORTING)

    def _importing(self, values: tuple[Any, ...]) -> None:
        stage, done, total = values
        if stage == CHECKING:
            self.import_panel.show_count(0, 0, self.tr("Checking the file once more…"))
        else:
            self.import_panel.show_count(
                done,
                total,
                self.tr("{done} of {total} clients written").format(done=done, total=total),
            )

    def _not_imported(self, exc: Any) -> None:
        self._show(FORM)
        self.error.show_message(error_text(exc))

    def _stop(self) -> None:
        if self._job is not None:
            self.stop_button.setEnabled(False)
            panel = self.import_panel if self.pages.currentIndex() == IMPORTING else None
            (panel or self.check_panel).status.setText(self.tr("Stopping…"))
            self._job.cancel()

    # --- 4: the recovery key -------------------------------------------------------------
    def _imported(self, folder: Path, result: Any) -> None:
        from counsel_desk.ui.secret_text import clear_secret

        for field in (self.fields.first, self.fields.second):
            clear_secret(field)  # with its undo history
        self.result, self.folder_made = result, folder
        clients = result.counts.get("clients", 0)
        self.made.setText(
            self.tr(
                "The new vault in {folder} holds {clients} clients. It opens with the "
                "passphrase you chose, or with this key if you forget it."
            ).format(folder=folder, clients=f"{clients:,}")
        )
        self.sheet.show_key(result.recovery_key)
        self._show(KEY)
        self.print_button.setFocus()
        self._keep_notice(True)

    def _keep_notice(self, unstored: bool) -> None:
        """While the key is shown unconfirmed, a lock would close this window and take the
        key with it: one sentence naming the folder (never the key) is kept for the next
        unlock (``ui/after_unlock.py``), and dropped once the key is stored."""
        from counsel_desk.ui import after_unlock

        if self.folder_made is None:
            return
        notice = f"import {self.folder_made}"
        if not unstored:
            after_unlock.withdraw(notice)
            return
        after_unlock.note(
            notice,
            self.tr(
                "The new vault in {folder} was made, but Counsel Desk locked before you "
                "confirmed that its recovery key was stored, so that key is no longer shown: "
                "open that vault and choose File, then “Make a new recovery key…”, to make "
                "another."
            ).format(folder=self.folder_made),
        )

    def _open_new(self) -> None:
        if self.folder_made is None or not self.stored.isChecked():
            return
        if not self._open_vault(self.folder_made):
            alerts.error(
                self,
                self.tr(
                    "Counsel Desk could not start a window for the new vault. Open it with "
                    "counsel-desk --vault {folder}."
                ).format(folder=self.folder_made),
            )
        self.accept()

    # --- closing ---------------------------------------------------------------------------
    def reject(self) -> None:
        if self.running:  # the window goes (a lock): the work stops and leaves nothing
            self._job.cancel()  # type: ignore[union-attr]
        elif self.pages.currentIndex() == KEY and not self.stored.isChecked():
            return  # the key is shown only now: "I have stored it safely" first
        super().reject()

    def done(self, result: int) -> None:
        from counsel_desk.ui.secret_text import clear_secret

        if self.running and self._job is not None:
            self._job.cancel()
        for field in (self.fields.first, self.fields.second):
            clear_secret(field)
        self.sheet.forget()
        super().done(result)
