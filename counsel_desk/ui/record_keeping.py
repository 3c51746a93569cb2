"""Keeping records, in the app: backing up (now, daily, before quitting), restore drills,
retention periods, keeping a client's records longer, erasure and its records, and a
client's subject access bundle (``ui/subject_access.py``).

The main window lists these actions in its Records menu and hands over the intents Today's
sections emit (``BackUpNow``, ``KeepLonger``, ``EraseRecords``); nothing here reaches into
a view. A backup runs on a worker (``ui/backup_runner.py``) while the practitioner goes on
writing; its result is recorded on this, the UI thread. What changes records says so with
``changed`` (and ``erased`` with the client's id), so the views show them as they now are.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget

from counsel_desk.domain.erasure import Scope
from counsel_desk.domain.errors import CounselDeskError
from counsel_desk.ui import alerts, workers
from counsel_desk.ui import window_menus as menus
from counsel_desk.ui.backup_runner import BackupRunner
from counsel_desk.ui.dialogs import backup_files
from counsel_desk.ui.dialogs.backup_progress import BackupProgressDialog
from counsel_desk.ui.dialogs.show import show
from counsel_desk.ui.i18n import error_text, shown_text
from counsel_desk.ui.intents import BackUpNow, EraseRecords, KeepLonger
from counsel_desk.ui.subject_access import SubjectAccessAction

if TYPE_CHECKING:
    from counsel_desk.services.backups import BackupOutcome, BackupRun, BackupService
    from counsel_desk.services.erasure import ErasureService
    from counsel_desk.services.retention import RetentionService
    from counsel_desk.services.subject_access import SubjectAccessService
    from counsel_desk.ui.views.base import MenuItems

log = logging.getLogger(__name__)

DAILY_CHECK_MS = 30 * 60_000  # how often a daily backup is looked for while unlocked
FIRST_DAILY_MS = 60_000  # the first look, a minute after unlocking
NO_CLIENT = QT_TRANSLATE_NOOP(
    "record_keeping",
    "Open a client's page first (choose them in Clients, Ctrl+2), then choose Erase a "
    "client's records… again.",
)
Then = Callable[[bool, str], None]


class RecordKeeping(QObject):
    changed = Signal()  # records changed: a backup recorded, an erasure, a retention date
    erased = Signal(int)  # the client whose records were all erased

    def __init__(
        self,
        window: QWidget,
        backups: BackupService,
        retention: RetentionService,
        erasure: ErasureService,
        current_client: Callable[[], int | None],
        flush: Callable[[], None],
        subject_access: SubjectAccessService | None = None,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._backups, self._retention, self._erasure = backups, retention, erasure
        self._current = current_client
        self._flush = flush
        self._runner: BackupRunner | None = None
        self._clearing = False  # an erasure's rewrite is running on a worker
        self._progress: BackupProgressDialog | None = None
        # No shortcut: Ctrl+Shift+B logs a boundary event; the menu (Alt+R, B) and Today's
        # button are at hand, and the backups that matter are made on quitting and daily.
        self.back_up_action = menus.action(window, self.tr("&Back up now…"))
        self.back_up_action.triggered.connect(lambda: self.back_up())
        self.drill_action = menus.action(window, self.tr("Restore &drill…"))
        self.drill_action.triggered.connect(self.drill)
        self.erase_action = menus.action(window, self.tr("&Erase a client's records…"))
        self.erase_action.triggered.connect(self.erase_current)
        self.retention_action = menus.action(window, self.tr("&Retention periods…"))
        self.retention_action.triggered.connect(self.retention_periods)
        self.erasures_action = menus.action(window, self.tr("Erasure &records…"))
        self.erasures_action.triggered.connect(self.erasure_records)
        self.subject_access = (
            SubjectAccessAction(window, subject_access, current_client, flush)
            if subject_access is not None
            else None
        )
        self.daily = QTimer(self)
        self.daily.setInterval(DAILY_CHECK_MS)
        self.daily.timeout.connect(self.daily_backup)
        self.daily.start()
        QTimer.singleShot(FIRST_DAILY_MS, self, self.daily_backup)

    def menu_items(self) -> MenuItems:
        return [
            self.back_up_action,
            self.drill_action,
            None,
            *([self.subject_access.action] if self.subject_access else []),
            self.erase_action,
            self.erasures_action,
            self.retention_action,
        ]

    # --- intents from Today ------------------------------------------------------------
    def handles(self, intent: object) -> bool:
        return isinstance(intent, (BackUpNow, KeepLonger, EraseRecords))

    def follow(self, intent: object) -> None:
        if isinstance(intent, BackUpNow):
            self.back_up()
        elif isinstance(intent, KeepLonger):
            self.keep_longer(intent.client_id, intent.process_notes_only)
        elif isinstance(intent, EraseRecords):
            self.erase(intent.client_id, intent.process_notes_only)

    # --- backups -----------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return self._runner is not None

    def back_up(self, *, quiet: bool = False, then: Then | None = None) -> None:
        """Back up into the backup folder on a worker, with progress unless ``quiet``;
        ``then(ok, sentence)`` afterwards."""
        if self._runner is not None:
            if self._progress is not None and shiboken6.isValid(self._progress):
                self._progress.raise_()
            return
        if self._clearing:  # an erasure's rewrite: a backup now would still hold its words
            QTimer.singleShot(500, self, lambda: self.back_up(quiet=quiet, then=then))
            return
        self._flush()  # what is being typed goes into the backup too
        try:
            run = self._backups.prepare()
        except CounselDeskError as exc:
            if not quiet:
                alerts.error(self._window, error_text(exc))
            if then is not None:
                then(False, error_text(exc))
            return
        runner = self._runner = BackupRunner(run, self)
        dialog = None
        if not quiet:
            dialog = self._progress = BackupProgressDialog(run.folder or run.output, self._window)
            dialog.cancel_requested.connect(runner.cancel)
            runner.progress.connect(dialog.set_progress)
            dialog.finished.connect(dialog.deleteLater)
            dialog.show()
        runner.done.connect(lambda outcome: self._done(run, outcome, dialog, then))
        runner.failed.connect(lambda exc: self._failed(run, exc, dialog, then))
        runner.start()

    def _end(self, run: BackupRun) -> None:
        self._backups.finished(run)
        self._runner = None

    def _done(self, run: BackupRun, outcome: BackupOutcome, dialog: Any, then: Then | None) -> None:
        self._end(run)
        try:
            pruned = self._backups.record(outcome)
        except CounselDeskError as exc:  # the vault was locked meanwhile, or a full disk
            self._failed(run, exc, dialog, then)
            return
        said = shown_text(outcome.summary)
        if dialog is not None and shiboken6.isValid(dialog):
            dialog.succeeded(said, len(pruned.removed))
        self.changed.emit()
        if then is not None:
            then(True, said)

    def _failed(
        self, run: BackupRun, exc: CounselDeskError, dialog: Any, then: Then | None
    ) -> None:
        self._end(run)
        log.info("backup not made: %s", exc.message)
        if dialog is not None and shiboken6.isValid(dialog):
            dialog.failed(error_text(exc))
        if then is not None:
            then(False, error_text(exc))

    def cancel(self) -> None:
        """Stop a backup under way (before the vault locks)."""
        if self._runner is not None:
            self._runner.cancel()

    def daily_backup(self) -> None:
        """The daily backup, quietly, when chosen in Settings and a day has passed; a
        failure shows on Today as a reminder."""
        try:
            due = self._backups.daily_due()
        except CounselDeskError:  # the vault closed meanwhile
            return
        if due and self._runner is None:
            self.back_up(quiet=True)

    # --- drills ------------------------------------------------------------------------
    def drill(self) -> None:
        from counsel_desk.ui.dialogs.drill import DrillDialog

        dialog = DrillDialog(
            self._backups.latest_file(), backup_files.choose_backup_file, self._window
        )
        dialog.run_requested.connect(lambda path, secret: self._run_drill(dialog, path, secret))
        show(dialog)

    def _run_drill(self, dialog: Any, path: Path, secret: str) -> None:
        from counsel_desk.services import restore

        def done(result: Any) -> None:
            if not shiboken6.isValid(dialog):
                return
            lines = [
                f"{'ok' if c.ok else 'FAILED'} — {c.name}: {c.detail}" for c in result.report.checks
            ]
            recorded = self._record_drill(result.manifest.vault_id, result.ok)
            summary = shown_text(result.summary) + " " + recorded
            dialog.show_result(lines, summary)

        def failed(exc: CounselDeskError) -> None:
            if shiboken6.isValid(dialog):
                dialog.show_error(error_text(exc))

        workers.run(lambda: restore.run_drill(path, secret), done, failed)

    def _record_drill(self, vault_id: str, sound: bool) -> str:
        if vault_id != self._backups.vault_id:
            return self.tr("It is a backup of another vault, so the drill was not recorded here.")
        try:
            self._backups.record_drill(sound)
        except CounselDeskError as exc:
            return self.tr("The drill could not be recorded: {problem}").format(
                problem=error_text(exc)
            )
        self.changed.emit()
        return self.tr("The drill is recorded in the audit trail.")

    # --- retention ---------------------------------------------------------------------
    def retention_periods(self) -> None:
        from counsel_desk.ui.dialogs.retention import RetentionDialog

        dialog = RetentionDialog(self._retention.policy(), self._retention.set_policy, self._window)
        show(dialog, self.changed.emit)

    def keep_longer(self, client_id: int, process_notes_only: bool = False) -> None:
        from counsel_desk.ui.dialogs.keep_longer import KeepLongerDialog

        try:
            kept = self._retention.for_client(client_id)
        except CounselDeskError as exc:
            alerts.error(self._window, error_text(exc))
            return

        def save(until: Any, reason: str) -> object:
            return self._retention.extend(
                client_id, until, reason, process_notes_only=process_notes_only
            )

        dialog = KeepLongerDialog(kept, save, process_notes_only, self._window)
        show(dialog, self.changed.emit)

    # --- erasure -----------------------------------------------------------------------
    def erase_current(self) -> None:
        client_id = self._current()
        if client_id is None:
            alerts.info(self._window, QCoreApplication.translate("record_keeping", NO_CLIENT))
            return
        self.erase(client_id)

    def erase(self, client_id: int, process_notes_only: bool = False) -> None:
        from counsel_desk.ui.dialogs.erase import EraseDialog

        def erase(scope: Scope, asked: bool) -> object:
            # the records go at once; the rewrite follows on a worker (``_erased``)
            return self._erasure.erase(client_id, scope, at_request=asked, scrub=False)

        try:
            dialog = EraseDialog(
                lambda scope: self._erasure.preview(client_id, scope),
                erase,
                process_notes_only,
                self._window,
            )
        except CounselDeskError as exc:
            alerts.error(self._window, error_text(exc))
            return
        show(dialog, lambda: self._erased(client_id, dialog.record))

    def _erased(self, client_id: int, record: Any) -> None:
        from counsel_desk.ui.dialogs.erase import ErasedDialog

        if record.scope is Scope.CLIENT:
            self.erased.emit(client_id)
        self.changed.emit()
        done = ErasedDialog(record, self._backups.keep(), self._window)
        done.remove_button.clicked.connect(lambda: (done.accept(), self.remove_older(record.id)))
        show(done)
        self._clear_erased_words(done)

    def _clear_erased_words(self, dialog: Any) -> None:
        """The rewrite that leaves no trace of the erased records in the vault's pages, on
        a worker, with ``dialog`` saying so meanwhile (it cannot be closed). It uses the
        vault's connection: no backup starts until it ends, and a lock waits for it. Not
        done (a full disk): the next unlock does it."""
        dialog.clearing()
        self._clearing = True
        QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)

        def ended(done: bool) -> None:
            self._clearing = False
            QApplication.restoreOverrideCursor()
            if shiboken6.isValid(dialog):
                dialog.cleared(done)

        def failed(exc: CounselDeskError) -> None:
            log.warning("the rewrite after an erasure waits for the next unlock: %s", exc.message)
            ended(False)

        workers.run(self._erasure.finish_pending, lambda _found: ended(True), failed)

    def erasure_records(self) -> None:
        from counsel_desk.ui.dialogs.erasures import ErasureRecordsDialog

        dialog = ErasureRecordsDialog(self._window)
        dialog.fill(self._erasure.records(), self._backups.keep())

        def refill() -> None:
            if shiboken6.isValid(dialog):
                dialog.fill(self._erasure.records(), self._backups.keep())

        dialog.remove_requested.connect(lambda erasure_id: self.remove_older(erasure_id, refill))
        show(dialog)

    def remove_older(self, erasure_id: int, after: Callable[[], None] | None = None) -> None:
        """Back up now; once that backup is checked, remove the backups made before the
        erasure that still hold its records."""

        def backed_up(ok: bool, _sentence: str) -> None:
            if ok:
                try:
                    removed = self._erasure.remove_copies(erasure_id).removed
                except CounselDeskError as exc:
                    alerts.error(self._window, error_text(exc))
                else:
                    names = ", ".join(p.name for p in removed) or self.tr("none was left")
                    alerts.info(
                        self._window,
                        self.tr(
                            "Removed the backups made before the erasure ({names}). The new "
                            "backup holds your records without the erased ones."
                        ).format(names=names),
                    )
                    self.changed.emit()
            if after is not None:
                after()

        self.back_up(then=backed_up)
