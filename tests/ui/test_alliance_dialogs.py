"""The alliance dialogs on their own: a measure file that fails to load is named in one
sentence and the other measures still score; an own measure with no items is refused in
one; the measures' descriptions hold no item wording (there is none to show)."""

from __future__ import annotations

from alliancekit import weekly_client
from PySide6.QtCore import Qt

from counsel_desk.domain.measure_files import shipped_folder
from counsel_desk.services.measures import MeasureService
from counsel_desk.ui.dialogs.measures import MeasuresDialog, OwnMeasureDialog, describe
from counsel_desk.ui.dialogs.score import ScoreDialog, complete


def test_a_failed_measure_file_is_named_and_the_rest_score(qtbot, workspace, tmp_path) -> None:
    folder = tmp_path / "measures"
    folder.mkdir()
    for entry in shipped_folder().iterdir():
        (folder / entry.name).write_bytes(entry.read_bytes())
    (folder / "gad7.toml").write_text('id = "gad7"\nitems = "seven"\n', encoding="utf-8")
    service = MeasureService(workspace.vault, folder)
    alliance = weekly_client(workspace, weeks=1)
    dialog = ScoreDialog(service, workspace.sessions.get(alliance.session(0)), "C-001")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.problems.isVisible()
    assert dialog.problems.text().startswith("The measure file gad7.toml could not be used")
    assert "gad7" not in [m.id for m in dialog.measures]
    qtbot.keyClicks(dialog.total, "36")
    qtbot.keyClick(dialog.total, Qt.Key.Key_Return)
    assert dialog.saved is not None
    assert dialog.saved.total == 36
    listing = MeasuresDialog(service)
    qtbot.addWidget(listing)
    assert listing.problems.text() == dialog.problems.text()


def test_an_own_measure_with_no_items_is_one_sentence(qtbot, workspace) -> None:
    form = OwnMeasureDialog(workspace.measures.define)
    qtbot.addWidget(form)
    form.show()
    qtbot.keyClicks(form.name, "Mood")
    qtbot.keyClicks(form.short_name, "Mood")
    form.items.setValue(0)
    qtbot.keyClick(form.name, Qt.Key.Key_Return)
    assert form.error.text() == "A measure has between 1 and 100 items, not 0."
    assert form.saved is None
    assert workspace.measures.catalogue().get("own-1") is None


def test_items_move_on_only_when_nothing_more_could_be_typed(workspace) -> None:
    measures = workspace.measures.catalogue()
    wai, srs = measures.get("wai_sr"), measures.get("srs")
    assert complete(wai, "4")  # 1 to 5: one digit is all there is
    assert not complete(srs, "8")  # could be 8.5
    assert complete(srs, "8.5")
    assert not complete(srs, "10")  # may still take ".0"
    assert not complete(wai, "")


def test_a_measure_is_described_in_numbers(workspace) -> None:
    text = describe(workspace.measures.measure("wai_sr"))
    assert "12 items, each a whole number from 1 to 5" in text
    assert "Subscales: Goal (items 4, 6, 8, 11)" in text
