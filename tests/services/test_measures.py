"""Measures and scores through the service: every shipped measure scored from its items
against a hand-worked total, totals alone where allowed, one sentence naming each bad
value with nothing written, who completed a score and when, and the practitioner's own
measures."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from alliancekit import weekly_client

from counsel_desk.domain.errors import ValidationError
from counsel_desk.domain.measures import Respondent
from counsel_desk.services.measures import MeasureService
from counsel_desk.storage.errors import NotFound

# Items and the total worked out by hand from each measure's file (no reversed items in any
# shipped file; SRS and ORS marks read to 0.1).
HAND_WORKED = {
    "srs": (["8.5", "9.1", "7.9", "9.0"], "34.5"),
    "ors": (["4.2", "5.0", "3.3", "6.1"], "18.6"),
    "wai_sr": ([4, 5, 3, 4, 4, 5, 3, 4, 2, 5, 4, 4], "47"),
    "core10": ([1, 2, 0, 3, 1, 0, 2, 1, 0, 4], "14"),
    "phq9": [[1, 2, 0, 3, 1, 0, 2, 1, 1], "11"],
    "gad7": ([3, 2, 1, 0, 2, 1, 3], "12"),
}


@pytest.fixture
def alliance(workspace):
    return weekly_client(workspace, weeks=4)


def _rows(ws) -> int:
    return ws.vault.conn.execute("SELECT count(*) FROM scores").fetchone()[0]


@pytest.mark.parametrize("measure_id", sorted(HAND_WORKED))
def test_every_shipped_measure_is_scored_from_its_items_as_worked_by_hand(
    workspace, alliance, measure_id: str
) -> None:
    items, total = HAND_WORKED[measure_id]
    kept = workspace.measures.record_score(alliance.session(0), measure_id, items=items)
    assert kept.total == Decimal(total)
    assert kept.items == tuple(Decimal(str(v)) for v in items)
    again = workspace.measures.scores_for_client(alliance.client_id)
    assert [(s.measure_id, s.total) for s in again] == [(measure_id, Decimal(total))]


def test_the_wai_sr_keeps_its_subscales_through_the_vault(workspace, alliance) -> None:
    from counsel_desk.domain.scoring import kept_score

    items, _total = HAND_WORKED["wai_sr"]
    kept = workspace.measures.record_score(alliance.session(0), "wai_sr", items=items)
    scored = kept_score(workspace.measures.measure("wai_sr"), kept)
    # goal 4, 6, 8, 11 = 4+5+4+4; task 1, 2, 10, 12 = 4+5+5+4; bond 3, 5, 7, 9 = 3+4+3+2
    assert scored.subscale("goal") == 17
    assert scored.subscale("task") == 18
    assert scored.subscale("bond") == 12


def test_an_srs_total_alone_is_kept_with_who_completed_it_and_when(workspace, alliance) -> None:
    kept = workspace.measures.record_score(
        alliance.session(1), "srs", total="33,4", completed_by=Respondent.PRACTITIONER
    )
    assert kept.items is None
    assert kept.total == Decimal("33.4")
    assert kept.completed_by is Respondent.PRACTITIONER
    assert kept.on == dt.date(2025, 1, 13)  # the session's day
    assert kept.session_id == alliance.session(1)
    other = workspace.measures.record_score(
        alliance.session(1), "srs", total=38, on=dt.date(2025, 1, 14)
    )
    assert other.completed_by is Respondent.CLIENT  # the measure's own respondent
    assert other.on == dt.date(2025, 1, 14)


@pytest.mark.parametrize(
    ("measure_id", "entry", "sentence"),
    [
        ("srs", {"total": "41"}, "The SRS total is 41, outside its range of 0 to 40."),
        (
            "srs",
            {"total": "3x"},
            "‘3x’ is not a number: the SRS total takes a number from 0 to 40.",
        ),
        (
            "srs",
            {"items": ["8", "11", "9", "9"]},
            "Item 2 of the SRS is 11, outside its range of 0 to 10.",
        ),
        (
            "wai_sr",
            {"items": [4, 5, 3, None, 4, 5, 3, 4, 2, 5, 4, 4]},
            "Item 4 of the WAI-SR is missing: it is scored from every item.",
        ),
        (
            "wai_sr",
            {"total": "40"},
            "The WAI-SR is scored from its items: enter all 12 of them.",
        ),
        (
            "phq9",
            {"items": [1, 2, 0, 3, 1, 0, 2, 1, "1.5"]},
            "Item 9 of the PHQ-9 is 1.5, but it takes whole numbers only.",
        ),
        ("srs", {}, "Enter the SRS total or its 4 items."),
        (
            "srs",
            {"items": ["8", "9", "9", "9"], "total": "36"},
            "The SRS items add up to 35, not the 36 entered as the total.",
        ),
    ],
)
def test_a_bad_value_is_named_in_one_sentence_and_nothing_is_written(
    workspace, alliance, measure_id: str, entry: dict, sentence: str
) -> None:
    entries = workspace.audit.count()
    with pytest.raises(ValidationError) as raised:
        workspace.measures.record_score(alliance.session(0), measure_id, **entry)
    assert raised.value.message == sentence
    assert _rows(workspace) == 0
    assert workspace.audit.count() == entries


def test_a_score_for_a_session_that_is_gone_or_in_the_future_is_refused(
    workspace, alliance
) -> None:
    from counsel_desk.domain.sessions import SessionDraft

    with pytest.raises(NotFound):
        workspace.measures.record_score(9999, "srs", total="30")
    later = workspace.sessions.add(
        SessionDraft(alliance.client_id, dt.datetime.now() + dt.timedelta(days=3))
    )
    with pytest.raises(ValidationError, match="future"):
        workspace.measures.record_score(later.id, "srs", total="30")
    assert _rows(workspace) == 0


def test_a_score_removed_leaves_an_audit_entry_without_its_numbers(workspace, alliance) -> None:
    kept = workspace.measures.record_score(alliance.session(0), "srs", total="30")
    workspace.measures.delete_score(kept.id)
    assert workspace.measures.scores_for_client(alliance.client_id) == []
    kinds = [(e.kind.value, e.detail) for e in workspace.audit.recent(2)]
    assert kinds == [
        ("score_deleted", {"score": kept.id, "client": alliance.client_id}),
        ("score_recorded", {"score": kept.id, "session": alliance.session(0), "measure": "srs"}),
    ]
    with pytest.raises(NotFound):
        workspace.measures.delete_score(kept.id)


OWN = {
    "name": "Hope scale",
    "short_name": "Hope",
    "kind": "outcome",
    "completed_by": "client",
    "items": 3,
    "item_min": "1",
    "item_max": "7",
    "direction": "higher_is_better",
    "entry": "items_or_total",
    "cutoff": "",
    "notable_change": "3",
}


def test_an_own_measure_is_defined_kept_and_scored_like_a_shipped_one(workspace, alliance) -> None:
    defined = workspace.measures.define(OWN)
    assert defined.id == "own-1"
    assert defined.cutoff is None
    assert defined.notable_change == 3
    kept = workspace.measures.record_score(alliance.session(0), "own-1", items=[5, 6, 7])
    assert kept.total == 18
    # a fresh service (after unlocking again) reads it back from the vault
    again = MeasureService(workspace.vault).catalogue()
    assert again.get("own-1") == defined
    assert [m.id for m in again][:6] == ["srs", "wai_sr", "ors", "core10", "phq9", "gad7"]
    second = workspace.measures.define({**OWN, "name": "Other", "short_name": "Oth"})
    assert second.id == "own-2"
    assert workspace.audit.recent(1)[0].detail == {"measure": "own-2"}


@pytest.mark.parametrize(
    ("change", "sentence"),
    [
        ({"item_min": "8"}, "The lowest item value (8) must be below the highest (7)."),
        ({"items": 0}, "A measure has between 1 and 100 items, not 0."),
        ({"name": "  "}, "Give your measure a name."),
        ({"item_max": ""}, "Give the highest value an item can take."),
        (
            {"short_name": "srs"},
            "Session Rating Scale is already called SRS; give your measure another name.",
        ),
        ({"cutoff": "40"}, "The cutoff (40) must lie within the totals 3 to 21."),
    ],
)
def test_an_own_measure_that_cannot_work_is_one_sentence_and_nothing_is_kept(
    workspace, change: dict, sentence: str
) -> None:
    entries = workspace.audit.count()
    with pytest.raises(ValidationError) as raised:
        workspace.measures.define({**OWN, **change})
    assert raised.value.message == sentence
    assert workspace.vault.conn.execute("SELECT count(*) FROM measures").fetchone() == (0,)
    assert workspace.audit.count() == entries


def test_a_measure_file_that_fails_is_named_and_the_others_still_score(
    workspace, alliance, tmp_path
) -> None:
    from counsel_desk.domain.measure_files import shipped_folder

    folder = tmp_path / "measures"
    folder.mkdir()
    for entry in shipped_folder().iterdir():
        (folder / entry.name).write_bytes(entry.read_bytes())
    (folder / "ors.toml").write_text("items = [", encoding="utf-8")
    service = MeasureService(workspace.vault, folder)
    offered = service.catalogue()
    assert "ors" not in [m.id for m in offered]
    (problem,) = offered.problems
    assert problem.startswith("The measure file ors.toml could not be used")
    assert service.record_score(alliance.session(0), "srs", total="35").total == 35
    with pytest.raises(ValidationError, match="not available"):
        service.record_score(alliance.session(0), "ors", total="20")


def test_a_new_score_starts_on_the_clients_last_measure(workspace, alliance) -> None:
    assert workspace.measures.default_for(alliance.client_id).id == "srs"
    workspace.measures.record_score(alliance.session(0), "gad7", total="5")
    assert workspace.measures.default_for(alliance.client_id).id == "gad7"
