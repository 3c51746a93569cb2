"""Render the supervision log offscreen into docs/screenshots/ (run: python
tests/ui/make_supervision_screenshots.py [OUT]).

Over the demo vault (light KDF) with a year and a half of supervision logged through the
service: fortnightly one to one sessions with one supervisor and a monthly group, each
discussing a few clients by code. The view (light and dark, registration year from April)
and the dialog logging a session.
"""

from __future__ import annotations

import datetime as dt
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_screenshots import OUT, TMP, dark_look, shot
from PySide6.QtWidgets import QApplication

from counsel_desk.domain.supervision import RegistrationYear, SupervisionFormat, SupervisionSession
from counsel_desk.storage.keyslots import KdfParams

NOTES = (
    "Brought the pace of the work and my wish to fix things; noticed how quiet I became.",
    "Talked through an ending that came sooner than planned, and what I owe a client who "
    "leaves without saying goodbye.",
    "Looked at a request to change the day of sessions, and what it might say.",
    "Group: case presentation; feedback on holding silence.",
)
ACTIONS = ("Reread notes on endings.", "Raise the review at the next session.", "")


def main() -> None:
    from counsel_desk.services.demo import DEMO_PASSPHRASE, DemoSpec, build_demo_vault
    from counsel_desk.services.workspace import unlock
    from counsel_desk.ui.dialogs.supervision import SupervisionDialog
    from counsel_desk.ui.main_window import MainWindow

    _app = QApplication.instance() or QApplication([])  # held: it lives as long as main()
    OUT.mkdir(parents=True, exist_ok=True)
    folder = TMP / "demo-supervision"
    build_demo_vault(folder, DEMO_PASSPHRASE, DemoSpec(40, 3, 5), kdf=KdfParams(8 * 1024, 1, 1))
    ws = unlock(folder, DEMO_PASSPHRASE)
    active = [c.id for c in ws.clients.list() if c.status.value == "active"]
    rng = random.Random(14)
    today = dt.date.today()
    day = today - dt.timedelta(days=540)
    while day <= today:
        ws.supervision.log(
            SupervisionSession(
                day,
                "Dr Hana Rowan",
                90 if rng.random() < 0.7 else 60,
                client_ids=tuple(rng.sample(active, k=rng.randint(1, 3))),
                notes=rng.choice(NOTES[:3]),
                actions=rng.choice(ACTIONS),
            )
        )
        if day.day <= 14 and rng.random() < 0.5:
            ws.supervision.log(
                SupervisionSession(
                    day + dt.timedelta(days=2),
                    "Peer group (Leeds)",
                    120,
                    SupervisionFormat.GROUP,
                    notes=NOTES[3],
                )
            ) if day + dt.timedelta(days=2) <= today else None
        day += dt.timedelta(days=14)
    ws.supervision.set_registration_year(RegistrationYear(4, 1))
    window = MainWindow(ws, False)
    window.resize(1180, 780)
    window.show()
    window.go("Supervision")
    view = window.view("Supervision")
    view.totals_by.setCurrentIndex(1)
    view.table.select(view.model.record_at(0).id)
    shot(window, "supervision.png")
    light_again = dark_look()
    shot(window, "supervision-dark.png")
    light_again()

    dialog = SupervisionDialog(
        ws.supervision.log, ws.clients.list(), ws.supervision.supervisors(), parent=window
    )
    dialog.clients.set_checked(active[0])
    dialog.clients.set_checked(active[3])
    dialog.notes.setPlainText(NOTES[1])
    dialog.actions.setPlainText(ACTIONS[0])
    dialog.show()
    shot(dialog, "supervision-dialog.png")
    dialog.reject()

    # The summary builder over the last four weeks: a client given a name, a list and a
    # flagged note that names them and others.
    from counsel_desk.domain.notes import NoteDetails
    from counsel_desk.ui.dialogs.summary import SummaryDialog

    recent = [
        s
        for c in active
        for s in ws.sessions.for_client(c)
        if today - dt.timedelta(days=20) <= s.start.date() <= today
    ]
    session = recent[0]
    ws.redaction.add(session.client_id, "Marcus")
    ws.redaction.add(session.client_id, "Hebden Bridge")
    note = ws.notes.create(session.id)
    ws.notes.set_details(
        note.id,
        NoteDetails(
            supervision_flag=True,
            supervision_question=(
                "Why does Marcus's anger in hebden bridge land on me, when Priya and Tom are kind?"
            ),
        ),
    )
    builder = SummaryDialog(ws.summary, ws.redaction, ws.clients.list(), parent=window)
    builder.show()
    shot(builder, "summary-builder.png")
    # further down the preview: a client's working relationship with its timeline picture
    builder.preview.scroll_to_heading("The working relationship")
    shot(builder, "summary-builder-timeline.png")
    builder.reject()
    window.discard()
    ws.close()


if __name__ == "__main__":
    main()
