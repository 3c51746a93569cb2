"""File → Make a new recovery key… (and Settings' button): the vault re-encrypted under a
new data key (``Workspace.rotate_data_key``) and the new recovery key shown once.

The rotation copies the database through the vault's connection and then closes that
connection and opens a new one on the re-encrypted file; every service the views hold
reads through the old connection. So, once the passphrase is checked (on a worker: it reads
only the key header), the main window is put away as a lock does it (its notes saved, its
views cleared, a backup or open export stopped), nothing else can touch the connection,
and the rotation runs on a worker with the dialog saying so. Then the main window is built
again over the rebound services, at the same place, and the new key is shown over it.

A lock while the new key is on screen and not yet confirmed stored closes the dialog (a
secret on screen), and after the next unlock one sentence says to make another.
"""

from __future__ import annotations

import gc
import sys
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QObject

from counsel_desk.domain.errors import CounselDeskError
from counsel_desk.ui import after_unlock, alerts, workers
from counsel_desk.ui.i18n import error_text

if TYPE_CHECKING:
    from counsel_desk.ui.dialogs.new_recovery_key import NewRecoveryKeyDialog

REKEYING = "rekeying"  # the controller's state while the main window is put away
NOTICE_KEY = "new recovery key"


class NewRecoveryKeyFlow(QObject):
    """One per controller; ``start`` opens the dialog (or brings it forward)."""

    def __init__(self, controller: Any) -> None:
        """``controller``: the ``AppController`` (not named as a type: it imports this)."""
        super().__init__(controller)
        self._controller = controller
        self.dialog: NewRecoveryKeyDialog | None = None
        controller.state_changed.connect(self._state_changed)

    def start(self) -> None:
        from counsel_desk.ui.dialogs.new_recovery_key import NewRecoveryKeyDialog

        controller = self._controller
        if controller.state != "unlocked" or controller.workspace is None:
            return
        if self.dialog is not None and shiboken6.isValid(self.dialog):
            self.dialog.raise_()
            self.dialog.activateWindow()
            return
        window = controller.window
        if window.keeping.busy:
            alerts.info(
                window,
                self.tr(
                    "A backup is being made. Make the new recovery key when it has finished; "
                    "nothing was changed."
                ),
            )
            return
        dialog = self.dialog = NewRecoveryKeyDialog()
        dialog.make_requested.connect(self._check)
        dialog.finished.connect(lambda _r: self._closed(dialog))
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()

    # --- the passphrase, then the work ---------------------------------------------------
    def _check(self, secret: bytearray) -> None:
        workspace = self._controller.workspace
        if workspace is None:
            _zero(secret)
            return

        def failed(exc: CounselDeskError) -> None:
            _zero(secret)
            if self._live():
                self.dialog.show_error(error_text(exc))  # type: ignore[union-attr]

        workers.run(
            lambda: workspace.check_passphrase(secret), lambda _r: self._rotate(secret), failed
        )

    def _rotate(self, secret: bytearray) -> None:
        controller = self._controller
        workspace = controller.workspace
        if not self._live() or controller.state != "unlocked" or workspace is None:
            _zero(secret)  # locked or closed meanwhile: nothing was changed
            return
        self._put_main_window_away()
        self.dialog.set_working()  # type: ignore[union-attr]
        kdf = controller._kdf

        def rotate() -> str:
            try:
                return workspace.rotate_data_key(secret, _show_later, kdf=kdf)
            finally:
                _zero(secret)

        workers.run(rotate, self._rotated, self._not_rotated)

    def _rotated(self, key: str) -> None:
        if self._controller.state != REKEYING:  # the app quit meanwhile
            return
        self._bring_main_window_back()
        if self._live():
            self.dialog.show_key(key)  # type: ignore[union-attr]
            self.dialog.raise_()  # type: ignore[union-attr]
            self.dialog.activateWindow()  # type: ignore[union-attr]

    def _not_rotated(self, exc: CounselDeskError) -> None:
        if self._controller.state != REKEYING:
            return
        self._bring_main_window_back()
        if self._live():
            self.dialog.show_error(error_text(exc))  # type: ignore[union-attr]
            self.dialog.raise_()  # type: ignore[union-attr]

    # --- the main window, put away and brought back --------------------------------------
    def _put_main_window_away(self) -> None:
        """As a lock does, but the vault stays open: no view holds a service afterwards."""
        controller = self._controller
        window = controller.window
        controller.idle.stop()
        controller.place = window.place()  # the view, note and size, to come back to
        if controller.workspace is not None:
            controller.workspace.backups.cancel_all()
        jobs = sys.modules.get("counsel_desk.ui.open_runner")  # an open export or import
        if jobs is not None:
            jobs.cancel_running()
        controller.window = None
        window.flush_notes()
        window.discard()
        controller._set_state(REKEYING)
        gc.collect()

    def _bring_main_window_back(self) -> None:
        self._controller._enter_main()

    # --- closing ---------------------------------------------------------------------------
    def _state_changed(self, state: str) -> None:
        """Locked or closed: the dialog goes now, whatever it shows."""
        if state in ("unlocked", REKEYING) or not self._live():
            return
        dialog = self.dialog
        assert dialog is not None
        if dialog.key_unconfirmed:
            after_unlock.note(
                NOTICE_KEY,
                self.tr(
                    "Counsel Desk locked before you confirmed that the new recovery key was "
                    "stored, so it is no longer shown; your passphrase still opens the vault. "
                    "Choose File, then “Make a new recovery key…”, to make another."
                ),
            )
        dialog.close_now()

    def _closed(self, dialog: Any) -> None:
        if dialog is self.dialog:
            self.dialog = None
        dialog.deleteLater()

    def _live(self) -> bool:
        return self.dialog is not None and shiboken6.isValid(self.dialog)


def _show_later(_key: str) -> None:
    """The rotation's moment to show the key, on the worker: it is shown once the work is
    done, over the main window brought back."""


def _zero(secret: bytearray) -> None:
    from counsel_desk.hardening import zero

    zero(secret)
