"""The lock controller: which window is showing, and the one Workspace while unlocked.

States: ``setup`` (creating a vault), ``locked`` (the unlock window), ``unlocked`` (the main
window over an open Workspace), ``problem`` (the vault cannot be used), ``closed``. Key
derivation runs on a worker thread; everything else happens on the UI thread.

The controller keeps that state machine and nothing else: preferences are
``ui/app_settings.py``, putting back text a crash left unsaved is ``ui/draft_restore.py``,
and checking the vault is the main window's (``ui/vault_check.py``).
"""

from __future__ import annotations

import gc
import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from counsel_desk.domain.errors import EXIT_DAMAGED, EXIT_OK, CounselDeskError
from counsel_desk.services.status import VaultState, vault_state
from counsel_desk.ui import widgets as w
from counsel_desk.ui.app_settings import AppSettings
from counsel_desk.ui.dialogs.unlock import UnlockWindow
from counsel_desk.ui.i18n import error_text, shown_text
from counsel_desk.ui.idle import IdleTimer

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from counsel_desk.domain.preferences import Preferences
    from counsel_desk.services.workspace import KdfParams, Workspace
    from counsel_desk.ui.clipboard import ClipboardGuard
    from counsel_desk.ui.dialogs.recovery import RecoveryDialog

LOOK_AFTER_PAINT_MS = 100  # the look follows the first paint, once start-up is done
INCOMPLETE = QT_TRANSLATE_NOOP(
    "controller",
    "The vault in {folder} is incomplete: part of it is missing or damaged, so it cannot be "
    "opened. Nothing was changed, and Counsel Desk will not create a new vault over it. "
    "Restore your latest backup into a new folder (Help, “Backups and drills”).",
)
QUIT_WITHOUT_BACKUP = QT_TRANSLATE_NOOP(
    "controller",
    "The backup before quitting could not be made: {sentence} Quit anyway, or stay open "
    "and back up when you can?",
)
UNCONFIRMED_KEY = QT_TRANSLATE_NOOP(
    "controller",
    "You have not confirmed that the recovery key is stored safely, and it will not be shown "
    "again. Quit anyway?",
)


def _zeroing(secret: bytearray, work: Callable[[], Any]) -> Callable[[], Any]:
    """``work``, then ``secret`` zeroed, whatever happened: run on the worker thread."""

    def run() -> Any:
        try:
            return work()
        finally:
            from counsel_desk.hardening import zero

            zero(secret)

    return run


def vault_ops():
    """The service layer (cryptography, the database driver, notes): imported on first use,
    on a worker thread, so the first window does not wait for it."""
    from counsel_desk.services import workspace

    return workspace


class AppController(QObject):
    """``kdf``, ``idle_ms`` and ``clipboard_ms`` exist for tests; the app's entry point
    passes none of them."""

    state_changed = Signal(str)
    quit_requested = Signal()

    def __init__(
        self,
        vault_dir: Path,
        *,
        kdf: KdfParams | None = None,
        demo_passphrase: str | None = None,
        idle_ms: int | None = None,
        clipboard_ms: int | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.vault_dir = Path(vault_dir)
        self._kdf = kdf
        self._demo = demo_passphrase
        self._idle_override = idle_ms
        # read when first needed, after first paint; the demo's own, in memory only
        self.settings = AppSettings(self, persist=demo_passphrase is None)
        self.settings.changed.connect(self._preferences_changed)
        self.idle = IdleTimer(0, self)
        self.idle.idle.connect(self.lock)
        self._clipboard_ms = clipboard_ms
        self._clipboard: ClipboardGuard | None = None  # made when a window can copy
        self.quit_timer = QTimer(self)
        self.quit_timer.setSingleShot(True)
        self.quit_timer.timeout.connect(self.quit)
        self.workspace: Workspace | None = None
        self.window: Any = None
        self.place: Any = None  # where the main window was at the last lock (ids, no text)
        self._new_key: Any = None  # File → Make a new recovery key… (ui/new_recovery_key.py)
        self.state = ""
        self.exit_code = EXIT_OK

    @property
    def prefs(self) -> Preferences:
        return self.settings.prefs

    @property
    def clipboard(self) -> ClipboardGuard:
        return self._watch_clipboard()

    def _watch_clipboard(self) -> ClipboardGuard:
        """What the app copies leaves the clipboard again (``ui/clipboard.py``): the guard
        is made with the first window that shows text to copy, after the first paint."""
        if self._clipboard is None:
            from counsel_desk.ui.clipboard import ClipboardGuard

            self._clipboard = ClipboardGuard(
                lambda: self.prefs.clipboard_clear_seconds, self, interval_ms=self._clipboard_ms
            )
            self._clipboard.copied.connect(self._explain_clipboard)
        return self._clipboard

    def _idle_interval(self) -> int:
        if self._idle_override is not None:
            return self._idle_override
        return IdleTimer.minutes(self.prefs.auto_lock_minutes)

    def _preferences_changed(self, _prefs: Preferences) -> None:
        self.idle.set_interval_ms(self._idle_interval())
        self._follow_look()

    def _set_state(self, state: str) -> None:
        self.state = state
        self.state_changed.emit(state)

    def _swap_window(self, window: QWidget) -> None:
        old, self.window = self.window, window
        window.show()
        if QGuiApplication.platformName() != "offscreen":
            window.raise_()
        window.activateWindow()
        if old is not None and shiboken6.isValid(old):
            old.discard()

    def start(self) -> QWidget:
        state = vault_state(self.vault_dir)
        if state is VaultState.NONE:
            self._show_create()
        elif state is VaultState.READY:
            self._show_unlock()
        else:
            self._show_problem(
                QCoreApplication.translate("controller", INCOMPLETE).format(folder=self.vault_dir)
            )
        # light or dark as chosen in Settings: read and set once the window is on screen
        w.after_first_paint(self.window, self._follow_look, LOOK_AFTER_PAINT_MS)
        return self.window

    def _follow_look(self) -> None:
        from counsel_desk.ui.appearance import appearance

        appearance().apply(self.prefs.look)

    # --- first run ---------------------------------------------------------------------
    def _show_create(self) -> None:
        from counsel_desk.ui.dialogs.create_vault import CreateVaultWindow

        window = CreateVaultWindow(str(self.vault_dir))
        window.create_requested.connect(self._create)
        window.continue_requested.connect(self._first_run)
        window.close_requested.connect(self._close_setup)
        self._swap_window(window)
        self._set_state("setup")

    def _create(self, passphrase: str) -> None:
        from counsel_desk.hardening import utf8_bytearray, wipe_str
        from counsel_desk.ui import workers

        window, folder, kdf = self.window, self.vault_dir, self._kdf
        secret = utf8_bytearray(passphrase)
        wipe_str(passphrase)  # the signal's own copy, made for this call alone
        window.set_busy(True)
        workers.run(
            _zeroing(secret, lambda: vault_ops().create_vault(folder, secret, kdf=kdf)),
            self._created,
            lambda exc: self._failed(window, exc),
        )

    def _created(self, result: tuple[Workspace, str]) -> None:
        workspace, recovery_key = result
        if not self._accept_workspace(workspace):
            return
        self._watch_clipboard()  # the recovery key can be copied: guarded like a note
        self.window.show_recovery_key(recovery_key)

    def _first_run(self) -> None:
        """The recovery key is stored: the main window, and over it the practice set-up."""
        self._enter_main()
        if self.state == "unlocked":
            self.open_setup()

    def _close_setup(self) -> None:
        from counsel_desk.ui import alerts, workers

        if workers.busy():  # the vault is being made: its recovery key must still be shown
            return
        if self.workspace is not None and not alerts.confirm(
            self.window,
            QCoreApplication.translate("controller", UNCONFIRMED_KEY),
            yes=self.tr("Quit"),
        ):
            return
        self.quit()

    # --- unlocking ---------------------------------------------------------------------
    def _show_unlock(self) -> None:
        window = UnlockWindow(str(self.vault_dir), self._demo)
        window.unlock_requested.connect(self._unlock)
        window.forgot_requested.connect(self._forgot)
        window.close_requested.connect(self.quit)
        self._swap_window(window)
        window.passphrase.setFocus()
        self._set_state("locked")

    def _unlock(self, passphrase: bytearray) -> None:
        from counsel_desk.ui import workers

        window, folder = self.window, self.vault_dir
        window.set_busy(True)
        workers.run(
            _zeroing(passphrase, lambda: vault_ops().unlock(folder, passphrase)),
            self._opened,
            lambda exc: self._failed(window, exc),
        )

    def _forgot(self) -> None:
        from counsel_desk.ui.dialogs.recovery import RecoveryDialog

        dialog = RecoveryDialog(self.window)
        dialog.recover_requested.connect(lambda key, new: self._recover(dialog, key, new))
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        dialog.open()

    def _recover(self, dialog: RecoveryDialog, key: str, new: bytearray) -> None:
        from counsel_desk.ui import workers

        folder, kdf = self.vault_dir, self._kdf
        dialog.set_busy(True)
        workers.run(
            _zeroing(new, lambda: vault_ops().unlock_with_recovery(folder, key, new, kdf=kdf)),
            self._opened,
            lambda exc: self._failed(dialog, exc),
        )

    def _failed(self, target: Any, exc: CounselDeskError) -> None:
        if shiboken6.isValid(target):
            target.show_error(error_text(exc))

    def _accept_workspace(self, workspace: Workspace) -> bool:
        """Keep a workspace a worker opened, unless the app moved on meanwhile."""
        if self.state == "closed" or self.workspace is not None:
            workspace.close()
            return False
        self.workspace = workspace
        return True

    def _opened(self, workspace: Workspace) -> None:
        if self._accept_workspace(workspace):
            self._enter_main()

    # --- unlocked ----------------------------------------------------------------------
    def _enter_main(self) -> None:
        from counsel_desk.ui.main_window import MainWindow

        assert self.workspace is not None
        main = MainWindow(
            self.workspace,
            self.prefs.show_names,
            self.prefs.jurisdiction,
            demo=self.is_demo,
        )
        main.lock_requested.connect(self.lock)
        main.setup_requested.connect(self.open_setup)
        main.hard_lock_requested.connect(self.hard_lock)
        main.settings_requested.connect(self.open_settings)
        main.new_recovery_key_requested.connect(self.make_new_recovery_key)
        main.quit_requested.connect(self.quit)
        main.files.kdf = self._kdf  # a vault made by an import: as one made here
        self.settings.changed.connect(main.apply_preferences)
        self.settings.practice_changed.connect(main.refresh_views)
        self.quit_timer.stop()
        if self.place is not None:
            main.return_to(self.place)  # the view, note and size of before the lock
            self.place = None
        self._watch_clipboard()  # guarding from the first note shown
        self._swap_window(main)
        self._set_state("unlocked")
        self.idle.set_interval_ms(self._idle_interval())
        self.idle.start()
        self._restore_drafts()
        self._say_repairs()

    def _say_repairs(self) -> None:
        """What opening repaired (a key file written again), and what a lock closed before
        it was done (``ui/after_unlock.py``): said once, after unlocking."""
        from counsel_desk.ui import after_unlock, alerts

        assert self.workspace is not None
        notices = self.workspace.take_notices() + after_unlock.take()
        if notices:
            alerts.info(self.window, " ".join(shown_text(n) for n in notices))

    def _restore_drafts(self) -> None:
        """Text a crash left unsaved goes back into its notes (``ui/draft_restore.py``)."""
        from counsel_desk.ui import alerts
        from counsel_desk.ui.draft_restore import restore_drafts

        assert self.workspace is not None
        restored = restore_drafts(self.workspace.notes)
        if restored:
            self.window.refresh_views()
            alerts.info(self.window, restored)

    def _explain_clipboard(self) -> None:
        """The first copy from the unlocked app says where the text goes next, once ever."""
        prefs = self.prefs
        if prefs.clipboard_hint_shown or self.state != "unlocked":
            return
        from dataclasses import replace

        from counsel_desk.ui import alerts
        from counsel_desk.ui.clipboard import explain_first_copy

        self.settings.note(replace(prefs, clipboard_hint_shown=True))
        alerts.info(self.window, explain_first_copy(prefs.clipboard_clear_seconds))

    @property
    def is_demo(self) -> bool:
        return self._demo is not None

    def open_setup(self) -> None:
        """Setting up the practice (``ui/dialogs/practice_setup.py``): after the vault is
        made, and from Today's offer while it is not done. The demo is offered from it
        unless this is the demo."""
        from counsel_desk.ui.demo_launch import open_demo

        if self.workspace is not None and self.state == "unlocked":
            self.settings.open_setup(
                self.window, self.workspace.practice, None if self.is_demo else open_demo
            )

    def open_settings(self) -> None:
        workspace, kdf = self.workspace, self._kdf
        if workspace is not None:
            dialog = self.settings.open_dialog(
                self.window,
                lambda old, new: workspace.change_passphrase(old, new, kdf=kdf),
                workspace.practice,
            )
            dialog.new_recovery_key_requested.connect(self.make_new_recovery_key)

    def make_new_recovery_key(self) -> None:
        """File → Make a new recovery key…, or its button in Settings."""
        from counsel_desk.ui.new_recovery_key import NewRecoveryKeyFlow

        if self._new_key is None:
            self._new_key = NewRecoveryKeyFlow(self)
        self._new_key.start()

    # --- locking and leaving -----------------------------------------------------------
    def lock(self) -> None:
        """Close the vault, destroy the views holding its data, show the unlock window."""
        if self.state != "unlocked":
            return
        if shiboken6.isValid(self.window):
            self.place = self.window.place()
        self._close_workspace()
        self._show_unlock()
        if self.prefs.hard_lock_after_minutes > 0:
            self.quit_timer.start(self.prefs.hard_lock_after_minutes * 60_000)

    def hard_lock(self) -> None:
        """Lock and end the process: the only way to clear what Python leaves in memory.
        No backup first: a hard lock is for leaving at once."""
        self.quit(back_up=False)

    def quit(self, *, back_up: bool = True) -> None:
        """Quit; first back up, if chosen in Settings and the vault is open."""
        if back_up and self._back_up_first():
            return
        self.shutdown()
        self.quit_requested.emit()

    def _back_up_first(self) -> bool:
        """Start the backup before quitting (True), or say there is none to make (False)."""
        if self.state != "unlocked" or not self.prefs.backup_on_quit:
            return False
        window = self.window
        if window is None or not shiboken6.isValid(window):
            return False
        if window.keeping.busy:
            return True  # one is under way already: quitting follows it

        def backed_up(ok: bool, sentence: str) -> None:
            from counsel_desk.ui import alerts

            if ok:
                self.quit(back_up=False)
                return
            alerts.ask(
                self.window,
                QCoreApplication.translate("controller", QUIT_WITHOUT_BACKUP).format(
                    sentence=sentence
                ),
                yes=self.tr("Quit without a backup"),
                no=self.tr("Stay open"),
                on_yes=lambda: self.quit(back_up=False),
            )

        window.keeping.back_up(then=backed_up)
        return True

    def shutdown(self) -> None:
        if self.state == "closed":
            return
        self._close_workspace()
        self.quit_timer.stop()
        if self.window is not None and shiboken6.isValid(self.window):
            self.window.discard()
        self.window = None
        self._set_state("closed")

    def _close_workspace(self) -> None:
        self.idle.stop()
        if self.workspace is not None:
            self.workspace.backups.cancel_all()  # a backup under way stops, leaving nothing
        jobs = sys.modules.get("counsel_desk.ui.open_runner")  # an open export or import
        if jobs is not None:
            jobs.cancel_running()  # stops at its next record, leaving nothing
        if self._clipboard is not None:
            self._clipboard.clear_ours()  # what was copied from the notes goes with them
        workers = sys.modules.get("counsel_desk.ui.workers")  # not loaded: nothing ran
        if workers is not None:
            # nothing may still be using the connection: an erasure's rewrite on a worker
            # takes seconds on a large vault (ui/record_keeping.py), so wait it out
            workers.wait(120_000)
        held_records = self.workspace is not None
        popup = QApplication.activePopupWidget()
        if popup is not None:
            popup.close()
        if self.state == "unlocked" and shiboken6.isValid(self.window):
            self.window.flush_notes()  # the text being written, into the vault, first
            self.window.discard()
            self.window = None
        if self.workspace is not None:
            self.workspace.close()
            self.workspace = None
        if held_records:
            gc.collect()  # drop what the views held now, not at some later collection

    def _show_problem(self, message: str) -> None:
        from counsel_desk.ui.problem import ProblemBox

        box = ProblemBox(message)
        box.finished.connect(lambda _r: self.quit())
        self.exit_code = EXIT_DAMAGED
        self._swap_window(box)
        self._set_state("problem")
