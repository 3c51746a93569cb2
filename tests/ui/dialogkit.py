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
    dialog = EndClientDialog(
        client.code,
        lambda day, kind, signposting: ws.clients.end(
            client.id, day, kind=kind, signposting=signposting
        ),
        lambda day: ws.clients.booked_after(client.id, day),
    )
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


def _risk(ws: Any) -> Any:
    from counsel_desk.domain.risk import RiskDraft, RiskLevel

    found = ws.risks.for_client(_client(ws).id)
    if found:
        return found[0]
    today = dt.date.today()
    draft = RiskDraft(_client(ws).id, today, "a fall", RiskLevel.LOW, review_on=today)
    return ws.risks.add(draft)


def log_risk(ws: Any) -> Built:
    from counsel_desk.ui.dialogs.risk import RiskDialog

    note = ws.notes.create(_session(ws).id)
    dialog = RiskDialog(
        ws.risks.add, ws.risks.draft_from_note(note.id), "C-001", from_note="A note"
    )
    return Built(dialog, dialog.save_button)


def review_risk(ws: Any) -> Built:
    from counsel_desk.ui.dialogs.risk import RiskReviewDialog

    risk = _risk(ws)
    dialog = RiskReviewDialog(risk, lambda on, text, nxt: ws.risks.review(risk.id, on, text, nxt))
    return Built(dialog, dialog.save_button)


def close_risk(ws: Any) -> Built:
    from counsel_desk.ui.dialogs.risk import RiskReviewDialog

    risk = _risk(ws)
    dialog = RiskReviewDialog(
        risk, lambda on, text, _n: ws.risks.close(risk.id, on, text), closing=True
    )
    return Built(dialog, dialog.save_button)


def move_note(ws: Any) -> Built:
    from counsel_desk.ui.dialogs.move_note import MoveNoteDialog

    note = ws.notes.create(_session(ws).id)
    other = ws.clients.add(ClientDraft(code=ws.clients.suggest_code()))
    ws.sessions.add(SessionDraft(client_id=other.id, start=dt.datetime(2025, 3, 3, 10)))
    dialog = MoveNoteDialog(
        note,
        "Session note, C-001",
        "C-001",
        ws.clients.list(),
        ws.sessions.for_client,
        lambda to, reason: ws.notes.move(note.id, to, reason),
    )
    return Built(dialog, dialog.save_button)


def add_break(ws: Any) -> Built:
    from counsel_desk.ui.dialogs.breaks import BreakDialog

    dialog = BreakDialog(ws.breaks)
    return Built(dialog, dialog.save_button)


def breaks(ws: Any) -> Built:
    from counsel_desk.ui.dialogs.breaks import BreaksDialog

    dialog = BreaksDialog(ws.breaks)
    return Built(dialog, dialog.add_button)  # nothing to type in: Enter adds a break


def templates(ws: Any) -> Built:
    from counsel_desk.ui.dialogs.templates import TemplatesDialog

    own = ws.templates.add("My notes", NoteKind.SESSION, "## What was brought\n")
    dialog = TemplatesDialog(ws.templates)
    dialog.reload(own.id)
    return Built(dialog, dialog.save_button)


def _held_session(ws: Any) -> Any:
    """A session in the past (scores, reflections and ruptures are for one that happened)."""
    return _session(ws)


def score(ws: Any) -> Built:
    from counsel_desk.ui.dialogs.score import ScoreDialog

    dialog = ScoreDialog(ws.measures, _held_session(ws), "C-001")
    return Built(dialog, dialog.save_button)


def score_by_items(ws: Any) -> Built:
    from counsel_desk.ui.dialogs.score import ScoreDialog

    dialog = ScoreDialog(ws.measures, _held_session(ws), "C-001")
    dialog.measure.setCurrentIndex([m.id for m in dialog.measures].index("wai_sr"))
    return Built(dialog, dialog.save_button)


def reflection(ws: Any) -> Built:
    from counsel_desk.ui.dialogs.reflection import ReflectionDialog

    session = _held_session(ws)
    dialog = ReflectionDialog(
        lambda ratings: ws.reflections.record(session.id, ratings), session, "C-001", offered=True
    )
    return Built(dialog, dialog.save_button)


def rupture(ws: Any) -> Built:
    from counsel_desk.ui.dialogs.rupture import RuptureDialog

    session = _held_session(ws)
    dialog = RuptureDialog(
        lambda kind, what, how: ws.ruptures.log(session.id, kind, what, repaired_how=how),
        session,
        "C-001",
    )
    dialog.mended.setChecked(True)  # every row on screen
    return Built(dialog, dialog.save_button)


def repair(ws: Any) -> Built:
    from counsel_desk.ui.dialogs.rupture import RepairDialog

    session = _held_session(ws)
    found = ws.ruptures.log(session.id, "withdrawal", "Went quiet.")
    dialog = RepairDialog(
        lambda on, how, sid: ws.ruptures.repair(found.id, on, how, session_id=sid),
        found,
        "C-001",
        ws.sessions.for_client(session.client_id),
    )
    return Built(dialog, dialog.save_button)


def set_aside(ws: Any) -> Built:
    from counsel_desk.ui.dialogs.set_aside import SetAsideDialog

    session = _held_session(ws)
    ws.measures.record_score(session.id, "srs", total="30")
    (flag,) = ws.flags.for_client(session.client_id)
    dialog = SetAsideDialog(
        lambda reason: ws.flags.dismiss(session.client_id, flag.key, reason), flag, "C-001"
    )
    return Built(dialog, dialog.save_button)


def measures(ws: Any) -> Built:
    from counsel_desk.ui.dialogs.measures import MeasuresDialog

    dialog = MeasuresDialog(ws.measures)
    return Built(dialog, dialog.close_button)  # nothing to fill in: Enter closes it


def own_measure(ws: Any) -> Built:
    from counsel_desk.ui.dialogs.measures import OwnMeasureDialog

    dialog = OwnMeasureDialog(ws.measures.define)
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


def supervision(ws: Any) -> Built:
    from counsel_desk.ui.dialogs.supervision import SupervisionDialog

    _client(ws)
    dialog = SupervisionDialog(ws.supervision.log, ws.clients.list(), ["Dr Rowan"])
    return Built(dialog, dialog.save_button)


def registration_year(ws: Any) -> Built:
    from counsel_desk.ui.dialogs.supervision import RegistrationYearDialog

    dialog = RegistrationYearDialog(
        ws.supervision.set_registration_year, ws.supervision.registration_year()
    )
    return Built(dialog, dialog.save_button)


def summary(ws: Any) -> Built:
    from counsel_desk.ui.dialogs.summary import SummaryDialog

    _session(ws)
    dialog = SummaryDialog(ws.summary, ws.redaction, ws.clients.list())
    return Built(dialog, dialog.save_button)


def redaction_lists(ws: Any) -> Built:
    from counsel_desk.ui.dialogs.redaction import RedactionListDialog

    client = _client(ws)
    dialog = RedactionListDialog(ws.redaction, ws.clients.list(), client.id)
    return Built(dialog, dialog.add_button)


def practice_setup(ws: Any) -> Built:
    from counsel_desk.ui.dialogs.practice_setup import PracticeSetupDialog

    dialog = PracticeSetupDialog(ws.practice, Preferences(), lambda: True)
    return Built(dialog, dialog.next_button)


def change_passphrase(ws: Any) -> Built:
    from counsel_desk.ui.dialogs.passphrase import PassphraseDialog

    dialog = PassphraseDialog(lambda old, new: None)
    return Built(dialog, dialog.change_button)


def new_recovery_key(ws: Any) -> Built:
    from counsel_desk.ui.dialogs.new_recovery_key import NewRecoveryKeyDialog

    dialog = NewRecoveryKeyDialog()
    return Built(dialog, dialog.make_button)


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


def _old_client(ws: Any) -> Any:
    """A client whose last session was years ago: due for review."""
    found = [c for c in ws.clients.list() if c.code == "C-090"]
    if found:
        return found[0]
    client = ws.clients.add(ClientDraft(code="C-090"))
    session = ws.sessions.add(SessionDraft(client.id, dt.datetime(2012, 3, 5, 10)))
    ws.notes.finalise(ws.notes.create(session.id).id, body="Long ago.")
    return client


def erase(ws: Any) -> Built:
    from counsel_desk.ui.dialogs.erase import EraseDialog

    client = _old_client(ws)
    dialog = EraseDialog(
        lambda scope: ws.erasure.preview(client.id, scope),
        lambda scope, asked: ws.erasure.erase(client.id, scope, at_request=asked),
    )
    dialog.code.setText("C-090")  # typed: Erase for good is the button Enter presses
    return Built(dialog, dialog.erase_button)


def erased(ws: Any) -> Built:
    from counsel_desk.domain.erasure import Copy, ErasureRecord, Scope
    from counsel_desk.ui.dialogs.erase import ErasedDialog

    copy = Copy("backup", "counsel-desk-backup-2031-01-01-100000.cdbackup", "/media/usb", "x")
    record = ErasureRecord(
        1,
        dt.datetime(2031, 1, 2, tzinfo=dt.UTC),
        "C-090",
        Scope.CLIENT,
        "adult",
        {"sessions": 3},
        (copy,),
        None,
        (copy,),
    )
    dialog = ErasedDialog(record, 10)
    return Built(dialog, dialog.close_button)


def keep_longer(ws: Any) -> Built:
    from counsel_desk.ui.dialogs.keep_longer import KeepLongerDialog

    client = _old_client(ws)
    dialog = KeepLongerDialog(
        ws.retention.for_client(client.id),
        lambda until, reason: ws.retention.extend(client.id, until, reason),
    )
    return Built(dialog, dialog.save_button)


def retention(ws: Any) -> Built:
    from counsel_desk.ui.dialogs.retention import RetentionDialog

    dialog = RetentionDialog(ws.retention.policy(), ws.retention.set_policy)
    return Built(dialog, dialog.save_button)


def drill(ws: Any) -> Built:
    from pathlib import Path

    from counsel_desk.ui.dialogs.drill import DrillDialog

    dialog = DrillDialog(Path("/media/usb/b.cdbackup"), lambda parent, start: None)
    return Built(dialog, dialog.run_button)


def erasure_records(ws: Any) -> Built:
    from counsel_desk.ui.dialogs.erasures import ErasureRecordsDialog

    dialog = ErasureRecordsDialog()
    dialog.fill(ws.erasure.records(), 10)
    return Built(dialog, dialog.close_button)


def backup_progress(ws: Any) -> Built:
    from pathlib import Path

    from counsel_desk.ui.dialogs.backup_progress import BackupProgressDialog

    dialog = BackupProgressDialog(Path("/media/usb"))
    return Built(dialog, dialog.close_button)


def export_progress(ws: Any) -> Built:
    from pathlib import Path

    from counsel_desk.ui.dialogs.open_progress import ExportProgressDialog

    dialog = ExportProgressDialog(Path("/media/usb/counsel-desk-export.json"))
    return Built(dialog, dialog.close_button)


def bundle_progress(ws: Any) -> Built:
    from pathlib import Path

    from counsel_desk.ui.dialogs.bundle_progress import BundleProgressDialog

    dialog = BundleProgressDialog(Path("/home/sam/Documents"))
    return Built(dialog, dialog.close_button)


def import_vault(ws: Any) -> Built:
    """The import's form (the file already checked): the folder, the passphrase twice."""
    from pathlib import Path

    from counsel_desk.ui.dialogs.open_import import ImportVaultDialog

    dialog = ImportVaultDialog(
        Path("/media/usb/counsel-desk-export.json"),
        lambda *_a: {"clients": 3, "notes": 40},
        lambda *_a: None,
        lambda _parent: None,
        lambda _folder: True,
    )
    dialog.show_form({"clients": 3, "notes": 40})
    return Built(dialog, dialog.import_button)


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
    "log risk": log_risk,
    "review risk": review_risk,
    "close risk": close_risk,
    "move note": move_note,
    "add break": add_break,
    "practice breaks": breaks,
    "score": score,
    "score by items": score_by_items,
    "reflection": reflection,
    "rupture": rupture,
    "repair": repair,
    "set aside": set_aside,
    "measures": measures,
    "own measure": own_measure,
    "settings": settings,
    "settings, practice page": settings_with_practice,
    "practice set-up": practice_setup,
    "new contract": new_contract,
    "agree contract": agree_contract,
    "contract review date": contract_review,
    "compare contract versions": compare_contracts,
    "boundary event": boundary_event,
    "own boundary": own_boundary,
    "supervision session": supervision,
    "registration year": registration_year,
    "supervision summary": summary,
    "redaction lists": redaction_lists,
    "change passphrase": change_passphrase,
    "new recovery key": new_recovery_key,
    "recovery": recovery,
    "erase": erase,
    "erased": erased,
    "keep longer": keep_longer,
    "retention periods": retention,
    "restore drill": drill,
    "erasure records": erasure_records,
    "backup progress": backup_progress,
    "export progress": export_progress,
    "subject access bundle progress": bundle_progress,
    "import into a new vault": import_vault,
}
WINDOWS: dict[str, Callable[[Any], Built]] = {"create vault": create_vault, "unlock": unlock}
