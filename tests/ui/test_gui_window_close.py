"""A user's close of a gate window only asks the controller; the controller's discard closes."""

from __future__ import annotations

from counsel_desk.ui.dialogs.unlock import UnlockWindow


def test_closing_asks_and_discard_closes(qtbot, tmp_path):
    window = UnlockWindow(str(tmp_path))
    qtbot.addWidget(window)
    asked: list[bool] = []
    window.close_requested.connect(lambda: asked.append(True))
    window.show()
    qtbot.waitExposed(window)

    window.close()
    assert asked == [True]
    assert window.isVisible()

    window.discard()
    assert not window.isVisible()
    assert asked == [True]
