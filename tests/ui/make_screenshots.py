"""Render each screen offscreen into docs/screenshots/ (run: python tests/ui/make_screenshots.py).

Uses throw-away vaults in a temporary folder with a light KDF: one with a few made-up
clients for the first-run and form pictures and the Sessions tab, and the demo generator's
own vault (what ``counsel-desk --demo`` opens) for the editor, the timeline and the client's
page in the dark. ``dark_look()`` is the app's own dark look, for every script's dark
pictures; Today, Clients, Search and the rest are the other make_*_screenshots.py scripts'.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/, for testkit
TMP = Path(tempfile.mkdtemp(prefix="counsel-desk-shots-"))
for var in ("HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME"):
    os.environ[var] = str(TMP / var.lower())

from PySide6.QtWidgets import QApplication, QDialog, QWidget  # noqa: E402
from testkit import PASSPHRASE  # noqa: E402

from counsel_desk.domain.clients import ClientDraft, ClientIdentity, ClientStatus  # noqa: E402
from counsel_desk.domain.sessions import Modality, SessionDraft, SessionStatus  # noqa: E402
from counsel_desk.storage.keyslots import KdfParams  # noqa: E402
from counsel_desk.ui.controller import AppController  # noqa: E402
from counsel_desk.ui.intents import OpenClient, OpenNote, OpenSession  # noqa: E402

OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parents[2] / "docs/screenshots"
CLIENTS = [
    ("Margaret Hill", "Maggie", ClientStatus.ACTIVE, dt.date(2025, 1, 14)),
    ("Tomasz Nowak", "", ClientStatus.ACTIVE, dt.date(2025, 3, 3)),
    ("Aisha Rahman", "", ClientStatus.PAUSED, dt.date(2024, 11, 20)),
    ("Daniel Okafor", "Dan", ClientStatus.ENQUIRY, None),
    ("Ruth Ellison", "", ClientStatus.ACTIVE, dt.date(2025, 5, 8)),
]


def wait_for(condition: Callable[[], bool], timeout: float = 10.0) -> None:
    end = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > end:
            raise TimeoutError
        QApplication.processEvents()
        time.sleep(0.01)


def shot(widget: QWidget, name: str) -> None:
    for _ in range(5):
        QApplication.processEvents()
    widget.grab().save(str(OUT / name))
    print("wrote", OUT / name)


def dialogs(ctl: AppController) -> list[QDialog]:
    from counsel_desk.ui.dialogs.client import ClientDialog
    from counsel_desk.ui.dialogs.passphrase import PassphraseDialog
    from counsel_desk.ui.dialogs.session import SessionDialog

    ws = ctl.workspace
    session = SessionDialog(ws.sessions.add, 1, "C-001", 50, save_series=ws.sessions.add_series)
    session.repeat.setCurrentIndex(1)  # every week: the series rows show
    client = ClientDialog(ws.clients.add, ws.clients.get(1))
    client.tabs.setCurrentIndex(1)  # the identity: names, date of birth, under 18
    # settings-dialog*.png: make_look_screenshots.py, as File → Settings… opens it
    made = [client, session, PassphraseDialog(lambda old, new: None)]
    for dialog, name in zip(made, ("client", "session", "passphrase"), strict=True):
        dialog.setObjectName(f"{name}-dialog.png")
    return made


def main() -> None:
    app = QApplication.instance() or QApplication([])
    app.setQuitOnLastWindowClosed(False)
    OUT.mkdir(parents=True, exist_ok=True)
    ctl = AppController(TMP / "vault", kdf=KdfParams(8 * 1024, 1, 1), idle_ms=0)
    window = ctl.start()
    window.fields.first.setText(PASSPHRASE)
    window.fields.second.setText(PASSPHRASE)
    shot(window, "create-vault.png")
    window.create_button.click()
    wait_for(lambda: ctl.workspace is not None)
    shot(window, "recovery-key.png")
    ws = ctl.workspace
    for i, (name, preferred, status, start) in enumerate(CLIENTS):
        client = ws.clients.add(
            ClientDraft(
                code=ws.clients.suggest_code(),
                status=status,
                start_date=start,
                identity=ClientIdentity(full_name=name, preferred_name=preferred),
            )
        )
        if i == 0:
            # next Monday at 10:00, then the four weeks before: the page shows what is next
            today = dt.date.today()
            monday = today + dt.timedelta(days=7 - today.weekday())
            base = dt.datetime.combine(monday, dt.time(10))
            states = [SessionStatus.SCHEDULED, SessionStatus.ATTENDED, SessionStatus.ATTENDED]
            states += [SessionStatus.CANCELLED_BY_CLIENT, SessionStatus.ATTENDED]
            for week, state in enumerate(states):
                ws.sessions.add(
                    SessionDraft(
                        client_id=client.id,
                        start=base - dt.timedelta(weeks=week),
                        modality=Modality.ONLINE if week == 3 else Modality.IN_PERSON,
                        status=state,
                    )
                )
    window.stored.setChecked(True)
    window.continue_button.click()
    main_window = ctl.window
    main_window.view("Clients").reload()
    main_window.go("Clients")
    main_window.view("Clients").select(1)  # clients*.png: make_look_screenshots.py's
    main_window.follow(OpenClient(1))
    main_window.view("Sessions").table.select(main_window.view("Sessions").model.record_at(1).id)
    shot(main_window, "sessions.png")
    light_again = dark_look()
    shot(main_window, "sessions-dark.png")
    light_again()
    for dialog in dialogs(ctl):
        dialog.show()
        shot(dialog, dialog.objectName())
        dialog.reject()
    ctl.lock()
    shot(ctl.window, "unlock.png")
    ctl.window.forgot_button.click()
    shot(ctl.window.findChild(QDialog), "recovery.png")
    ctl.shutdown()


def demo_views() -> None:
    """Today, Search, the editor and help over the vault ``counsel-desk --demo`` opens."""
    from counsel_desk.services.demo import DEMO_PASSPHRASE, DemoSpec, build_demo_vault
    from counsel_desk.services.workspace import unlock
    from counsel_desk.ui.main_window import MainWindow

    folder = TMP / "demo"
    build_demo_vault(folder, DEMO_PASSPHRASE, DemoSpec(), kdf=KdfParams(8 * 1024, 1, 1))
    ws = unlock(folder, DEMO_PASSPHRASE)
    window = MainWindow(ws, False)
    window.resize(1180, 780)
    window.show()
    # today*.png: make_today_screenshots.py; search*.png: make_look_screenshots.py
    editor_views(window, ws)
    alliance_views(window, ws)
    dark_page(window, ws)
    window.discard()
    ws.close()


def editor_views(window: QWidget, ws: object) -> None:
    """A note being written (tags, a question for supervision, the save state), the
    question a change of template asks, and a finalised note with an amendment."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    now = dt.datetime.now()
    held = [  # attended sessions of active clients, the latest first
        s
        for c in ws.clients.list()
        if c.status is ClientStatus.ACTIVE
        for s in ws.sessions.for_client(c.id)
        if s.start <= now and s.status is SessionStatus.ATTENDED
    ]
    held.sort(key=lambda s: s.start, reverse=True)
    clients = {s.client_id for s in held}
    written = {n.session_id for c in clients for n in ws.notes.for_client(c)}
    session = ([s for s in held if s.id not in written] or held)[0]  # no note yet, if any
    for summary in ws.notes.for_session(session.id):
        if summary.kind.value == "session" and summary.status.value == "draft":
            ws.notes.delete(summary.id)  # the demo's own draft: this one is being written
    window.follow(OpenSession(session.id))
    window.view("Notes").new_action.trigger()  # a new note for that session
    editor = window.view("Notes").editor
    QTest.keyClicks(editor.body, "Arrived early and sat by the window; spoke about the move.")
    QTest.keyClicks(editor.fields.title, "The move")
    QTest.keyClicks(editor.fields.tags, "change, family")
    QTest.mouseClick(editor.fields.supervision, Qt.MouseButton.LeftButton)
    QTest.keyClicks(editor.fields.question, "Am I hurrying her towards the ending?")
    editor.flush()
    shot(window, "editor.png")
    light_again = dark_look()
    shot(window, "editor-dark.png")
    light_again()
    template = editor.fields.template
    template.setCurrentIndex(template.findText("SOAP"))
    template.activated.emit(template.currentIndex())  # as chosen from the list
    shot(window, "editor-template.png")
    editor.confirm.no.click()
    amended = next(
        n
        for c in ws.clients.list()
        for n in ws.notes.for_client(c.id)
        if n.amendment_count and n.tags and n.kind.value == "session"
    )
    window.follow(OpenNote(amended.id))
    shot(window, "editor-finalised.png")


def alliance_views(window: QWidget, ws: object) -> None:
    """The alliance on the demo vault, as the walk-through in the guide: a score entered, a
    reflection, a rupture and its repair, the client's timeline (light and dark, with a
    possible rupture after a drop), the dialogs, Reliability, and the saved picture."""
    from counsel_desk.domain.reflection import Condition
    from counsel_desk.domain.timeline import PictureFormat
    from counsel_desk.render.timeline_files import figure_bytes
    from counsel_desk.render.timeline_layout import TimelineFigure
    from counsel_desk.ui.dialogs.reflection import ReflectionDialog
    from counsel_desk.ui.dialogs.score import ScoreDialog

    now = dt.datetime.now()
    active = [c for c in ws.clients.list() if c.status is ClientStatus.ACTIVE]
    client = max(active, key=lambda c: len(ws.measures.scores_for_client(c.id)))
    held = sorted(
        (
            s
            for s in ws.sessions.for_client(client.id)
            if s.start <= now and s.status.value in ("attended", "scheduled")
        ),
        key=lambda s: s.start,
    )
    last, before = held[-1], held[-2]
    ws.measures.record_score(before.id, "wai_sr", items=[4, 4, 3, 4, 5, 4, 4, 4, 3, 4, 4, 4])
    for kept in ws.measures.scores_for_session(last.id):
        if kept.measure_id == "srs":  # the demo's own: one score for the session, not two
            ws.measures.delete_score(kept.id)
    ws.measures.record_score(last.id, "srs", total="33.5")  # a drop: a possible rupture
    ws.reflections.record(
        last.id,
        [
            (
                c,
                3 if c is Condition.TRUST_AND_SAFETY else 4,
                "guarded" if c is Condition.TRUST_AND_SAFETY else "",
            )
            for c in Condition
        ],
    )
    rupture = ws.ruptures.log(before.id, "withdrawal", "Went quiet when I mentioned the break.")
    ws.ruptures.repair(rupture.id, last.start.date(), "We talked about the quiet together.")
    window.follow(OpenClient(client.id, "Timeline"))
    view = window.view("Timeline")
    view.refresh()
    shot(window, "timeline.png")
    light_again = dark_look()
    shot(window, "timeline-dark.png")
    light_again()
    score = ScoreDialog(ws.measures, last, client.code, window)
    score.total.setText("35.5")
    score.show()
    shot(score, "score-dialog.png")
    score.measure.setCurrentIndex([m.id for m in score.measures].index("wai_sr"))
    for field, value in zip(score.items, "453454434544", strict=True):
        field.setText(value)
    shot(score, "score-items-dialog.png")
    score.reject()
    reflection = ReflectionDialog(lambda r: None, last, client.code, offered=True, parent=window)
    for condition, value in zip(Condition, "45344543", strict=True):
        reflection.ratings[condition].setText(value)
    reflection.words[Condition.TRUST_AND_SAFETY].setText("guarded")
    reflection.show()
    shot(reflection, "reflection-dialog.png")
    reflection.reject()
    figure = TimelineFigure(
        view.timeline,
        title=f"{client.code}: the working relationship",
        subtitle="the last 12 months · confidential",
    )
    (OUT / "timeline-export.png").write_bytes(figure_bytes(figure, PictureFormat.PNG))
    print("wrote", OUT / "timeline-export.png")


def dark_look() -> Callable[[], None]:
    """The app's own dark look (``ui/appearance.py``, as Settings → Colours → Dark or a
    dark desktop gives it); returns what puts the desktop's look back for the shots after."""
    from counsel_desk.domain.preferences import Look
    from counsel_desk.ui.appearance import appearance

    appearance().apply(Look.DARK)
    for _ in range(3):
        QApplication.processEvents()
    return lambda: appearance().apply(Look.SYSTEM)


def dark_page(window: QWidget, ws: object) -> None:
    """A client's page (names shown, the Notes tab) in the dark look."""
    light_again = dark_look()
    client = next(c for c in ws.clients.list() if c.status is ClientStatus.ACTIVE)
    window.set_show_names(True)
    window.follow(OpenClient(client.id, "Notes"))
    window.view("Notes").open_note(ws.notes.for_client(client.id)[0].id)
    shot(window, "client-page-dark.png")
    window.set_show_names(False)
    light_again()


def clipboard_shots() -> None:
    """Settings with the clipboard's time, and the hint the first copy brings, in the light
    and the dark look."""
    from PySide6.QtWidgets import QMessageBox

    from counsel_desk.ui.clipboard import explain_first_copy

    for suffix in ("", "-dark"):
        light_again = dark_look() if suffix else (lambda: None)
        # settings-dialog*.png: make_look_screenshots.py, as File → Settings… opens it
        hint = QMessageBox(
            QMessageBox.Icon.Information, "Counsel Desk", explain_first_copy(30),
            QMessageBox.StandardButton.Ok,
        )  # fmt: skip
        hint.show()
        shot(hint, f"clipboard-hint{suffix}.png")
        hint.reject()
        light_again()


if __name__ == "__main__":
    main()
    demo_views()
    clipboard_shots()
