"""The client page's header: chips for status, next session, the contract (none, draft,
agreed, review due), an open risk and ruptures; a click or Enter on a chip opens its tab;
the chips follow the records as they change."""

from __future__ import annotations

import datetime as dt

import pytest
from a11y import unnamed_widgets
from contractkit import practice_profile
from guikit import focus, unlock_ui
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from counsel_desk.domain.clients import ClientDraft, ClientIdentity
from counsel_desk.domain.contract.version import AgreedHow
from counsel_desk.domain.risk import RiskDraft, RiskLevel
from counsel_desk.domain.sessions import SessionDraft
from counsel_desk.ui.dialogs.session import SessionDialog
from counsel_desk.ui.formats import fmt_date
from counsel_desk.ui.intents import OpenClient
from counsel_desk.ui.views.client_page import NOTHING_BOOKED

TODAY = dt.date.today()
DAY = dt.timedelta(days=1)


@pytest.fixture
def page(qtbot, make_controller, closed_vault):
    controller = make_controller(closed_vault[0])
    main = unlock_ui(qtbot, controller)
    focus(qtbot, main)
    ws = controller.workspace
    ws.practice.save(practice_profile())  # a contract quotes the practice
    client = ws.clients.add(
        ClientDraft(
            code="C-031",
            start_date=TODAY - 90 * DAY,
            first_contact=TODAY - 95 * DAY,
            identity=ClientIdentity(full_name="Robin Vale"),
        )
    )
    main.view("Clients").reload()
    main.follow(OpenClient(client.id))
    return main, ws, client


def _refreshed(main) -> dict[str, str]:
    main.page.refresh()  # what a view's ``changed`` does after it writes
    return main.page.chip_texts()


def test_a_new_client_shows_no_contract_and_no_session_and_no_flags(page):
    main, _ws, _client = page
    chips = main.page.chip_texts()
    assert chips == {
        "status": f"Active since {fmt_date(TODAY - 90 * DAY)}",
        "next": NOTHING_BOOKED,
        "contract": "No contract",
    }
    assert not main.page.chips["contract"].attention
    assert unnamed_widgets(main.page) == []


def test_each_contract_state_in_the_header(page):
    main, ws, client = page
    ws.contracts.start(client.id, "individual")
    assert _refreshed(main)["contract"] == "Contract: draft, not yet agreed"
    agreed = TODAY - 30 * DAY
    ws.contracts.agree(client.id, 1, agreed, AgreedHow.SIGNED_PAPER)
    assert _refreshed(main)["contract"] == f"Contract agreed {fmt_date(agreed)}"
    ws.contracts.set_review(client.id, 1, TODAY + 3 * DAY)
    assert _refreshed(main)["contract"] == f"Contract review due {fmt_date(TODAY + 3 * DAY)}"
    assert main.page.chips["contract"].attention  # drawn to be noticed
    ws.contracts.set_review(client.id, 1, TODAY - DAY)
    said = _refreshed(main)["contract"]
    assert said == f"Contract review overdue since {fmt_date(TODAY - DAY)}"
    ws.contracts.start(client.id, "individual")
    assert _refreshed(main)["contract"].endswith(" · a new draft")


def test_flags_show_as_chips_and_each_opens_its_tab(qtbot, page):
    main, ws, client = page
    ws.risks.add(RiskDraft(client.id, TODAY, "a plan", RiskLevel.HIGH, review_on=TODAY + 7 * DAY))
    held = ws.sessions.add(SessionDraft(client.id, dt.datetime.now() - 7 * DAY))
    ws.ruptures.log(held.id, "withdrawal", "Went quiet when the break came up.")
    ws.ruptures.log(held.id, "confrontation", "Angry about the fee.")
    chips = _refreshed(main)
    assert chips["risk"] == f"Open risk (high): review on {fmt_date(TODAY + 7 * DAY)}"
    assert chips["ruptures"] == "2 ruptures not yet repaired"
    assert "possible" not in chips  # no score has fallen: nothing flagged
    assert main.page.chips["risk"].attention
    assert main.page.chips["ruptures"].attention
    for key, tab in (("risk", "Risk"), ("ruptures", "Timeline"), ("contract", "Contract")):
        qtbot.mouseClick(main.page.chips[key], Qt.MouseButton.LeftButton)
        assert (main.showing(), main.page.tab()) == (tab, tab), key
        assert main.current.id == client.id
    main.go("Sessions")
    chip = main.page.chips["risk"]
    chip.setFocus()
    qtbot.keyClick(chip, Qt.Key.Key_Return)  # Enter on a chip that has the focus opens it
    assert main.showing() == "Risk"
    main.step(-1)  # a chip's tab is a place visited, as a tab clicked is
    assert main.showing() == "Sessions"


def test_the_header_follows_a_session_booked_in_the_sessions_tab(qtbot, page):
    main, _ws, _client = page
    assert main.page.chip_texts()["next"] == NOTHING_BOOKED
    sessions = main.view("Sessions")
    shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(sessions.table.view, Qt.Key.Key_N, shift)
    qtbot.waitUntil(lambda: main.findChild(SessionDialog) is not None)
    dialog = main.findChild(SessionDialog)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: main.findChild(SessionDialog) is None)
    (booked,) = main.workspace.sessions.for_client(main.current.id)
    assert booked.start > dt.datetime.now()
    assert main.page.chip_texts()["next"].startswith("Next session ")
    assert f"{booked.start:%H:%M}" in main.page.chip_texts()["next"]


def test_names_only_while_shown_and_chips_wrap_in_a_narrow_window(qtbot, page):
    main, ws, client = page
    ws.risks.add(RiskDraft(client.id, TODAY, "a plan", RiskLevel.LOW, review_on=TODAY))
    held = ws.sessions.add(SessionDraft(client.id, dt.datetime.now() - 7 * DAY))
    ws.ruptures.log(held.id, "withdrawal", "Went quiet when the break came up.")
    ws.contracts.start(client.id, "individual")
    main.page.refresh()
    main.set_show_names(True)
    assert main.page.title.text() == "C-031 — Robin Vale"
    main.set_show_names(False)
    assert main.page.title.text() == "C-031"
    chips = [c for c in main.page.chips.values() if not c.isHidden()]
    assert main.minimumSizeHint().width() < 780  # the chips never widen the window
    main.resize(main.minimumSizeHint().width(), main.height())
    QApplication.processEvents()
    rows = {c.geometry().top() for c in chips}
    assert len(rows) > 1  # wrapped onto a second line rather than widening the window
    assert all(c.geometry().right() <= main.page.chip_row.width() for c in chips)
