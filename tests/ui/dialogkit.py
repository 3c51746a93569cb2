"""Every dialog and gate window of the app, built over a real workspace, for the tests that
must cover them all (the default button, accessible names). Add a new dialog here once and
both checks cover it.

Each builder returns the widget and its primary button: the one Enter should press.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtWidgets import QAbstractSpinBox, QDialog, QLineEdit, QPushButton, QWidget

from counsel_desk.domain.clients import ClientDraft, ClientIdentity
from counsel_desk.domain.notes import NoteKind
from counsel_desk.domain.preferences import Preferences
from counsel_desk.domain.sessions import SessionDraft


def enter_target(dialog: QDialog) -> QWidget | None:
    """The first field, in Tab order, that a person types into and then presses Enter in."""
    widget = dialog.nextInFocusChain()
    while widget is not dialog:
        inner = isinstance(widget, QLineEdit) and isinstance(widget.parent(), QAbstractSpinBox)
        typed = isinstance(widget, (QLineEdit, QAbstractSpinBox)) and not inner
        if typed and widget.isVisible() and widget.isEnabled():
            return widget
        widget = widget.nextInFocusChain()
    return None


@dataclass
class Built:
    widget: QWidget
    primary: QPushButton


def _client(ws: Any) -> Any:
    found = ws.clients.list()
    if found:
        return found[0]
    return ws.clients.add(ClientDraft(code="C-001", identity=ClientIdentity(full_name="Ada Ash")))


def _session(ws: Any) -> Any:
    client = _client(ws)
    found = ws.sessions.for_client(client.id)
    if found:
        return found[0]
    start = dt.datetime.combine(dt.date.today(), dt.time(9)) - dt.timedelta(days=1)
    return ws.sessions.add(SessionDraft(client_id=client.id, start=start))


def add_client(ws: Any) -> Built:
    from counsel_desk.ui.dialogs.client import ClientDialog

    dialog = ClientDialog(ws.clients.add, suggested_code=ws.clients.suggest_code())
    return Built(dialog, dialog.save_button)


def edit_client(ws: Any) -> Built:
    from counsel_desk.ui.dialogs.client import ClientDialog

    client = _client(ws)
    dialog = ClientDialog(lambda d: ws.clients.update(client.id, d), client)
    return Built(dialog, dialog.save_button)


def end_client(ws: Any) -> Built:
    from counsel_desk.ui.dialogs.client import EndClientDialog

    client = _client(ws)
    dialog = EndClientDialog(client.code, lambda day: ws.clients.end(client.id, day))
    return Built(dialog, dialog.end_button)


def add_session(ws: Any) -> Built:
    from counsel_desk.ui.dialogs.session import SessionDialog

    client = _client(ws)
    dialog = SessionDialog(
        ws.sessions.add, client.id, client.code, 50, save_series=ws.sessions.add_series
    )
    dialog.repeat.setCurrentIndex(1)  # a weekly series: every row is on screen
    return Built(dialog, dialog.save_button)


def edit_session(ws: Any) -> Built:
    from counsel_desk.ui.dialogs.session import SessionDialog

    session = _session(ws)
    dialog = SessionDialog(
        lambda d: ws.sessions.update(session.id, d), session.client_id, "C-001", 50, session
    )
    return Built(dialog, dialog.save_button)


def attendance(ws: Any) -> Built:
    from counsel_desk.ui.dialogs.attendance import AttendanceDialog

    dialog = AttendanceDialog(ws.attendance, _session(ws), "C-001")
    return Built(dialog, dialog.save_button)


def amend(ws: Any) -> Built:
    from counsel_desk.ui.dialogs.amend import AmendDialog

    note = ws.notes.create(_session(ws).id)
    ws.notes.finalise(note.id, "What was said.")
    dialog = AmendDialog(lambda text, reason: ws.notes.amend(note.id, text, reason))
    return Built(dialog, dialog.save_button)


def history(ws: Any) -> Built:
    from PySide6.QtWidgets import QDialogButtonBox

    from counsel_desk.ui.dialogs.history import HistoryDialog

    note = ws.notes.create(_session(ws).id)
    ws.notes.finalise(note.id, "What was said.")
    dialog = HistoryDialog(ws.notes.history(note.id))
    close = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close)
    return Built(dialog, close)  # nothing to fill in: Enter closes it


def templates(ws: Any) -> Built:
    from counsel_desk.ui.dialogs.templates import TemplatesDialog

    own = ws.templates.add("My notes", NoteKind.SESSION, "## What was brought\n")
    dialog = TemplatesDialog(ws.templates)
    dialog.reload(own.id)
    return Built(dialog, dialog.save_button)


def settings(ws: Any) -> Built:
    from counsel_desk.ui.dialogs.settings import SettingsDialog

    dialog = SettingsDialog(Preferences(), lambda old, new: None)
    return Built(dialog, dialog.save_button)


def settings_with_practice(ws: Any) -> Built:
    from counsel_desk.ui.dialogs.settings import SettingsDialog

    dialog = SettingsDialog(Preferences(), lambda old, new: None, practice=ws.practice)
    dialog.show_practice()  # the walkers see the Practice page
    return Built(dialog, dialog.save_button)


def _contract_client(ws: Any) -> Any:
    """A client with version 1 agreed and version 2 drafted with a longer notice period."""
    from dataclasses import replace

    from contractkit import practice_profile

    from counsel_desk.domain.contract.version import AgreedHow, set_terms

    client = _client(ws)
    if len(ws.contracts.history(client.id)) == 0:
        ws.practice.save(practice_profile())
        ws.contracts.start(client.id, "individual")
        ws.contracts.agree(client.id, 1, dt.date.today(), AgreedHow.IN_SESSION)
        draft = ws.contracts.start(client.id)
        ws.contracts.save_draft(set_terms(draft, replace(draft.terms, client_notice_hours=72)))
    return client


def new_contract(ws: Any) -> Built:
    from counsel_desk.ui.dialogs.contract import NewVersionDialog

    client = _client(ws)
    dialog = NewVersionDialog(
        lambda t: ws.contracts.start(client.id, t), ws.contracts.templates().templates, None,
        client.code,
    )  # fmt: skip
    return Built(dialog, dialog.save_button)


def agree_contract(ws: Any) -> Built:
    from counsel_desk.ui.dialogs.contract import AgreeDialog

    client = _contract_client(ws)
    history = ws.contracts.history(client.id)
    draft = history.draft
    dialog = AgreeDialog(
        lambda day, how: ws.contracts.agree(client.id, draft.number, day, how),
        draft,
        [],
        history.latest_agreed,
    )
    return Built(dialog, dialog.save_button)


def contract_review(ws: Any) -> Built:
    from counsel_desk.ui.dialogs.contract import ReviewDialog

    client = _contract_client(ws)
    version = ws.contracts.history(client.id).latest_agreed
    dialog = ReviewDialog(
        lambda day: ws.contracts.set_review(client.id, version.number, day), version
    )
    return Built(dialog, dialog.save_button)


def compare_contracts(ws: Any) -> Built:
    from counsel_desk.ui.dialogs.compare import CompareDialog

    client = _contract_client(ws)
    versions = ws.contracts.history(client.id).versions
    dialog = CompareDialog(
        lambda a, b: ws.contracts.compare(client.id, a, b),
        versions,
        1,
        2,
        lambda later, earlier: None,
        lambda later, earlier: None,
    )
    return Built(dialog, dialog.close_button)  # nothing to fill in: Enter closes it


def boundary_event(ws: Any) -> Built:
    from counsel_desk.ui.dialogs.boundary import BoundaryEventDialog

    client = _contract_client(ws)
    dialog = BoundaryEventDialog(
        ws.boundaries.log,
        client.id,
        client.code,
        ws.boundaries.clause_choices(client.id),
        ws.sessions.for_client(client.id),
    )
    return Built(dialog, dialog.save_button)


def own_boundary(ws: Any) -> Built:
    from counsel_desk.ui.dialogs.boundary import OwnBoundaryDialog

    client = _client(ws)
    dialog = OwnBoundaryDialog(
        lambda title, text: ws.boundaries.add_own(client.id, title, text), client.code
    )
    return Built(dialog, dialog.save_button)


def practice_setup(ws: Any) -> Built:
    from counsel_desk.ui.dialogs.practice_setup import PracticeSetupDialog

    dialog = PracticeSetupDialog(ws.practice, Preferences(), lambda: True)
    return Built(dialog, dialog.next_button)


def change_passphrase(ws: Any) -> Built:
    from counsel_desk.ui.dialogs.passphrase import PassphraseDialog

    dialog = PassphraseDialog(lambda old, new: None)
    return Built(dialog, dialog.change_button)


def recovery(ws: Any) -> Built:
    from counsel_desk.ui.dialogs.recovery import RecoveryDialog

    dialog = RecoveryDialog()
    return Built(dialog, dialog.open_button)


def create_vault(ws: Any) -> Built:
    from counsel_desk.ui.dialogs.create_vault import CreateVaultWindow

    window = CreateVaultWindow("/tmp/vault")
    return Built(window, window.create_button)


def unlock(ws: Any) -> Built:
    from counsel_desk.ui.dialogs.unlock import UnlockWindow

    window = UnlockWindow("/tmp/vault")
    return Built(window, window.unlock_button)


DIALOGS: dict[str, Callable[[Any], Built]] = {
    "add client": add_client,
    "edit client": edit_client,
    "end client": end_client,
    "add session": add_session,
    "edit session": edit_session,
    "attendance": attendance,
    "amend": amend,
    "history": history,
    "templates": templates,
    "settings": settings,
    "settings, practice page": settings_with_practice,
    "practice set-up": practice_setup,
    "new contract": new_contract,
    "agree contract": agree_contract,
    "contract review date": contract_review,
    "compare contract versions": compare_contracts,
    "boundary event": boundary_event,
    "own boundary": own_boundary,
    "change passphrase": change_passphrase,
    "recovery": recovery,
}
WINDOWS: dict[str, Callable[[Any], Built]] = {"create vault": create_vault, "unlock": unlock}
