"""Render the care records' screens offscreen into docs/screenshots/ (run: python
tests/ui/make_care_screenshots.py [OUT]): Today with risk, contact to make and breaks (the
demo banner across the top), a client's Risk tab, light and dark; the risk, client, ending,
move-note, break and attendance forms; the executor pack's first page (needs pdftoppm).

Uses the demo generator's vault (what ``counsel-desk --demo`` opens: fictional data) in a
temporary folder, with a light KDF.
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_screenshots import OUT, TMP, dark_look, shot
from PySide6.QtCore import QDate, QDateTime
from PySide6.QtWidgets import QApplication

from counsel_desk.domain.attendance import Attendance, ReceivedBy
from counsel_desk.domain.breaks import BreakDraft
from counsel_desk.domain.clients import ClientStatus, EndingKind
from counsel_desk.domain.notes import NoteStatus
from counsel_desk.domain.risk import RiskAction, RiskDraft, RiskLevel
from counsel_desk.domain.sessions import SessionDraft, SessionStatus
from counsel_desk.storage.keyslots import KdfParams
from counsel_desk.ui.intents import OpenClient


def _seed(ws: object) -> tuple[object, object]:
    """A risk logged today from a note, and the client's session an hour ago missed."""
    now = dt.datetime.now().replace(second=0, microsecond=0)
    client = next(
        c
        for c in ws.clients.list([ClientStatus.ACTIVE])
        if any(n.status is NoteStatus.FINAL for n in ws.notes.for_client(c.id))
    )
    note = next(n for n in ws.notes.for_client(client.id) if n.status is NoteStatus.FINAL)
    start = ws.risks.draft_from_note(note.id)
    ws.risks.add(
        RiskDraft(
            client.id,
            start.on,
            "thoughts of not wanting to wake up",
            RiskLevel.HIGH,
            (RiskAction.SAFETY_PLAN, RiskAction.CRISIS_CONTACTS),
            "GP, by letter with consent",
            start.on,
            max(start.on, now.date()),
            note.id,
        )
    )
    missed = ws.sessions.add(SessionDraft(client.id, now - dt.timedelta(hours=2)))
    ws.attendance.record(missed.id, Attendance(SessionStatus.DID_NOT_ATTEND))
    return client, note


def main() -> None:
    from counsel_desk.services.demo import DEMO_PASSPHRASE, DemoSpec, build_demo_vault
    from counsel_desk.services.workspace import unlock
    from counsel_desk.ui.dialogs.attendance import AttendanceDialog
    from counsel_desk.ui.dialogs.breaks import BreakDialog
    from counsel_desk.ui.dialogs.client import ClientDialog, EndClientDialog
    from counsel_desk.ui.dialogs.move_note import MoveNoteDialog
    from counsel_desk.ui.dialogs.risk import RiskDialog
    from counsel_desk.ui.formats import fmt_date
    from counsel_desk.ui.main_window import MainWindow

    _app = QApplication.instance() or QApplication([])  # held: it lives as long as main()
    folder = TMP / "care-demo"
    build_demo_vault(folder, DEMO_PASSPHRASE, DemoSpec(), kdf=KdfParams(8 * 1024, 1, 1))
    ws = unlock(folder, DEMO_PASSPHRASE)
    client, note = _seed(ws)
    window = MainWindow(ws, False, demo=True)
    window.resize(1180, 800)
    window.show()
    shot(window, "today-care.png")
    window.follow(OpenClient(client.id, "Risk"))
    shot(window, "risk-tab.png")
    light_again = dark_look()
    window.go("Today")
    shot(window, "today-care-dark.png")
    window.follow(OpenClient(client.id, "Risk"))
    shot(window, "risk-tab-dark.png")
    light_again()

    start = ws.risks.draft_from_note(note.id)  # as Risk → Log risk from this note… starts
    origin = f"A note of {fmt_date(start.on)}"
    risk = RiskDialog(ws.risks.add, start, client.code, from_note=origin)
    risk.disclosed.setText("passing thoughts of not wanting to wake up")
    risk.level.set_value(RiskLevel.MODERATE)
    risk.actions[RiskAction.SAFETY_PLAN].setChecked(True)
    risk.actions[RiskAction.GP_WITH_CONSENT].setChecked(True)
    risk.told.setText("GP, by letter")
    risk.told_on.set_date(ws.risks.draft_from_note(note.id).on)
    risk.show()
    shot(risk, "risk-dialog.png")
    risk.reject()

    edit = ClientDialog(lambda d: ws.clients.update(client.id, d), ws.clients.get(client.id))
    edit.tabs.setCurrentIndex(2)
    edit.show()
    shot(edit, "client-contact.png")
    edit.reject()

    ending = EndClientDialog(
        client.code,
        lambda *_a: None,
        lambda day: ws.clients.booked_after(client.id, day),
    )
    ending.kind.set_value(EndingKind.REFERRED_ON)
    ending.signposting.setPlainText(
        "Community mental health team, with consent; Samaritans 116 123"
    )
    ending.show()
    shot(ending, "end-work.png")
    ending.reject()

    other = next(c for c in ws.clients.list([ClientStatus.ACTIVE]) if c.id != client.id)
    move = MoveNoteDialog(
        ws.notes.get(note.id),
        f"Session note, {client.code}",
        client.code,
        ws.clients.list(),
        ws.sessions.for_client,
        lambda *_a: None,
    )
    move.client.setCurrentIndex(move.client.findText(other.code))
    move.reason.setText(f"filed under {client.code} by mistake")
    move.show()
    shot(move, "move-note.png")
    move.reject()

    today = dt.date.today()
    booking = BreakDialog(ws.breaks)
    booking.first.setDate(QDate(today + dt.timedelta(days=1)))
    booking.last.setDate(QDate(today + dt.timedelta(days=14)))
    booking.label.setText("Summer")
    booking.show()
    if ws.breaks.overlapping(BreakDraft(today + dt.timedelta(days=1), today + dt.timedelta(14))):
        booking.save_button.click()  # asks: move or cancel the sessions in it
    shot(booking, "break-dialog.png")
    booking.reject()

    ahead = next(s for s in ws.sessions.for_client(other.id) if s.status is SessionStatus.SCHEDULED)
    attendance = AttendanceDialog(ws.attendance, ahead, other.code)
    attendance.status.set_value(SessionStatus.CANCELLED_BY_CLIENT)
    attendance.received.setDateTime(QDateTime(ahead.start - dt.timedelta(hours=20)))
    attendance.received_by.set_value(ReceivedBy.TEXT)
    attendance.reason.setText("unwell")
    attendance.show()
    shot(attendance, "attendance.png")
    attendance.reject()

    from counsel_desk.render.export import save_document

    pdf = TMP / "executor-pack.pdf"
    save_document(ws.executor.pack().document, pdf)
    for page in (1, 2):
        stem = OUT / ("executor-pack" if page == 1 else "executor-pack-clients")
        subprocess.run(
            ["pdftoppm", "-png", "-r", "60", "-f", str(page), "-l", str(page), "-singlefile",
             str(pdf), str(stem)],
            check=True,
        )  # fmt: skip
        print("wrote", stem.with_suffix(".png"))
    window.discard()
    ws.close()


if __name__ == "__main__":
    main()
