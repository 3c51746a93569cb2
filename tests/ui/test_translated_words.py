"""The sentences the domain builds for the alliance, notes, sessions and reliability are
phrases: ``str()`` is the English the CLI, files and tests have always seen, and where the UI
shows one, a translation installed reaches it (docs/ARCHITECTURE.md, "Translations",
"Words from the layers below"). Each translator here wraps every text in ⟦…⟧."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtWidgets import QLabel

from counsel_desk.domain.alliance_records import SessionRecord
from counsel_desk.domain.i18n import phrase
from counsel_desk.domain.measure_files import shipped_measures
from counsel_desk.domain.measures import Respondent
from counsel_desk.domain.notes import Amendment, Note, NoteKind, NoteStatus, NoteSummary, history
from counsel_desk.domain.reliability import ReliabilityFigures, client_words, practitioner_words
from counsel_desk.domain.rupture_flags import FlagKind, possible_ruptures
from counsel_desk.domain.scoring import ScoreRecord
from counsel_desk.domain.series import Skipped, series_summary
from counsel_desk.domain.sessions import Modality, Session, SessionStatus
from counsel_desk.domain.timeline_build import TimelineInputs, build_timeline
from counsel_desk.ui.i18n import shown_text

MONDAY = dt.date(2025, 3, 3)
MEASURES = {m.id: m for m in shipped_measures()}


def week(n: int) -> dt.date:
    return MONDAY + dt.timedelta(weeks=n)


def _scores(totals: list[str]) -> list[ScoreRecord]:
    return [
        ScoreRecord("srs", 1, week(n), Respondent.CLIENT, Decimal(t), session_id=100 + n)
        for n, t in enumerate(totals)
    ]


def _flags():
    return list(possible_ruptures(measures=MEASURES, scores=_scores(["38", "38.5", "39", "33"])))


def test_a_flag_reason_is_its_english_and_shown_translated(qtbot, pseudo_on) -> None:
    from counsel_desk.ui.dialogs.set_aside import SetAsideDialog

    cutoff = _flags()[0]
    assert cutoff.kind is FlagKind.PAST_CUTOFF
    english = (
        "SRS 33 on 24 March 2025, under its cutoff of 36: a cue to ask together how the "
        "sessions are going."
    )
    assert str(cutoff.reason) == english
    dialog = SetAsideDialog(lambda _reason: cutoff, cutoff, "C-001")
    qtbot.addWidget(dialog)
    shown = [label.text() for label in dialog.findChildren(QLabel)]
    assert f"⟦{english}⟧" in shown  # the template translated, then its values put in
    assert "⟦Score past the cutoff⟧" in shown  # the kind's label


def _timeline():
    start = dt.datetime.combine(week(1), dt.time(10))
    sessions = (
        SessionRecord(101, 1, start, SessionStatus.ATTENDED, client_late_minutes=10),
        SessionRecord(102, 1, start + dt.timedelta(weeks=1), SessionStatus.DID_NOT_ATTEND),
    )
    inputs = TimelineInputs(
        measures=MEASURES,
        scores=tuple(_scores(["38", "38.5", "39", "33"])),
        sessions=sessions,
        flags=tuple(_flags()),
    )
    return build_timeline(inputs, week(0), week(4))


def test_the_timeline_table_and_picture_show_their_words_translated(qtbot, pseudo_on) -> None:
    from counsel_desk.ui.models.timeline import TimelineTableModel
    from counsel_desk.ui.views.timeline import mark_tooltip, shown_timeline

    timeline = _timeline()
    attended = timeline.lane("attendance").marks[0]
    assert str(attended.label) == "Attended; the client was 10 minutes late"
    assert str(attended.detail) == "Session of 10 March 2025, 10:00."
    model = TimelineTableModel()
    model.set_timeline_rows(timeline.rows())
    shown = {
        model.cell(model.record_at(r), column, False)
        for r in range(model.rowCount())
        for column in (model.LANE, model.WHAT, model.DETAIL)
    }
    assert "⟦Attended; {how}⟧".replace("{how}", "⟦the client was 10 minutes late⟧") in shown
    assert "⟦Session of 10 March 2025, 10:00.⟧" in shown
    assert "⟦Attendance⟧" in shown
    assert "⟦Possible ruptures⟧" in shown
    assert "⟦Possible rupture: ⟦score past the cutoff⟧⟧" in shown
    on_screen = shown_timeline(timeline)
    assert on_screen.lane("attendance").title == "⟦Attendance⟧"
    assert on_screen.lane("ruptures").empty_text == "⟦No ruptures in this period.⟧"
    # a mark's words go into its tooltip, written when the pointer rests on it
    assert mark_tooltip(on_screen.lane("attendance").marks[1]).splitlines() == [
        "⟦17 March 2025: ⟦Did not attend⟧⟧",
        "⟦Session of 17 March 2025, 10:00.⟧",
        "⟦Click to open this session.⟧",
    ]
    # the same marks in the same places, their words aside: a click still finds its record
    for lane, before in zip(on_screen.lanes, timeline.lanes, strict=True):
        assert [(m.on, m.kind, m.ref) for m in lane.marks] == [
            (m.on, m.kind, m.ref) for m in before.marks
        ]


def test_a_notes_history_labels_are_their_english_and_shown_translated(pseudo_on) -> None:
    from counsel_desk.ui.editor.preview import history_markdown

    at = dt.datetime(2025, 3, 3, 10, tzinfo=dt.UTC)
    note = Note(
        1, 1, 1, NoteKind.SESSION, "", "Text.", NoteStatus.FINAL, 2, at, at, finalised_at=at,
        amendments=(Amendment(1, 1, "More.", "a date was wrong", at),),
    )  # fmt: skip
    entries = history(note)
    assert [str(e.label) for e in entries] == ["Original (finalised)", "Amendment 1"]
    shown = history_markdown(entries)
    assert "### ⟦Original (finalised)⟧" in shown
    assert "### ⟦Amendment 1⟧" in shown  # "Amendment {number}", translated, then numbered
    assert "*⟦Reason:⟧* a date was wrong" in shown


def test_the_reliability_sentences_are_their_english_and_translated(pseudo_on) -> None:
    figures = ReliabilityFigures(
        None, held=6, practitioner_late=1, practitioner_ended_early=1,
        practitioner_cancelled_short_notice=1, client_cancelled_short_notice=1,
    )  # fmt: skip
    mine, theirs = practitioner_words(figures), client_words(figures)
    assert str(mine) == (
        "Of 6 sessions held, you started late 1 time, ended 1 session early and cancelled "
        "no sessions with notice and 1 at short notice."
    )
    assert str(theirs) == "Attendance 86% (6 of 7), 1 cancellation at short notice."
    assert shown_text(mine).startswith("⟦Of 6 sessions held, ⟦you started late 1 time⟧")
    assert shown_text(theirs) == (
        "⟦⟦⟦Attendance 86% (6 of 7)⟧, ⟦1 cancellation at short notice⟧⟧.⟧"
    )


def test_a_series_summary_is_its_english_and_translated(pseudo_on) -> None:
    skipped = [Skipped(dt.datetime(2025, 3, 10, 10), dt.datetime(2025, 3, 10, 9, 30), "C-003")]
    said = series_summary(4, skipped)
    assert str(said) == (
        "Booked 4 of 5 sessions. One was left out because another session is already booked "
        "then: Mon 10 Mar 2025, 10:00 (you see C-003 at 09:30)."
    )
    assert shown_text(said).startswith("⟦Booked 4 of 5 sessions. One was left out")
    assert "⟦Mon 10 Mar 2025, 10:00 (you see C-003 at 09:30)⟧" in shown_text(said)
    assert str(series_summary(1, [])) == "Booked 1 session."


def test_the_table_models_words_are_translated(pseudo_on) -> None:
    from counsel_desk.ui.models.notes import NoteListModel
    from counsel_desk.ui.models.sessions import SessionTableModel

    start = dt.datetime(2025, 3, 3, 10)
    session = Session(7, 1, start, 50, Modality.ONLINE, SessionStatus.CANCELLED_BY_PRACTITIONER)
    sessions = SessionTableModel()
    sessions.for_breaks = {7}
    assert sessions.cell(session, sessions.STATUS, False) == (
        "⟦{status} · practice break⟧".replace("{status}", "⟦Cancelled by me⟧")
    )
    assert sessions.cell(session, sessions.LENGTH, False) == "⟦50 min⟧"
    assert sessions.cell(session, sessions.MODALITY, False) == "⟦Online⟧"
    summary = NoteSummary(
        1, 7, 1, "C-001", start, NoteKind.SESSION, "", NoteStatus.FINAL, True, False, (), 2,
        False, start, start,
    )  # fmt: skip
    shown = NoteListModel().display(summary)
    assert "⟦2 amendment(s)⟧" in shown
    assert "⟦flagged: {flags}⟧".replace("{flags}", "⟦risk⟧") in shown
    assert "⟦Session note⟧" in shown
    assert "⟦Finalised⟧" in shown


def test_what_opening_repaired_is_shown_translated(closed_vault, pseudo_on) -> None:
    """The sentences storage writes when opening repaired something (a key file written
    again) are phrases: English as before for the command line, translated on screen."""
    from testkit import PASSPHRASE

    from counsel_desk.storage.vault import Vault

    folder, _ = closed_vault
    (folder / "keys.backup.json").unlink()
    vault = Vault.open(folder, PASSPHRASE)
    try:
        (notice,) = vault.notices
    finally:
        vault.close()
    assert notice == (
        "The key file keys.backup.json was missing, so it was written again from keys.json."
    )
    assert shown_text(notice) == (
        "⟦The key file keys.backup.json ⟦was missing⟧, so it was written again from keys.json.⟧"
    )


def test_the_vault_checks_verdicts_are_the_errors_words_and_shown_translated(pseudo_on) -> None:
    """Help → Check the vault says what it found in sentences storage marks. The ones that
    repeat an error's advice are written out whole (lupdate reads only literals): they
    must stay word for word the errors' own."""
    from counsel_desk.storage import verify
    from counsel_desk.storage.errors import KEEP_AND_RESTORE, WalDamaged

    assert verify.DAMAGED == "The vault is damaged ({what}). " + KEEP_AND_RESTORE
    assert (
        WalDamaged.default_message.replace(", so it was not opened", "") == verify.WAL_LOSES_CHANGES
    )
    said = phrase(verify.KEYS_ONLY, problem="keys.json is missing")
    assert str(said).startswith("The vault itself is sound, but keys.json is missing.")
    assert shown_text(said).startswith("⟦The vault itself is sound, but keys.json is missing.")
    assert shown_text(verify.SOUND) == "⟦The vault is sound.⟧"


def test_today_care_says_what_the_client_did_in_the_practitioners_language(pseudo_on):
    from counsel_desk.domain.risk import MissedContact
    from counsel_desk.ui.views.today_care import contact_line

    start = dt.datetime(2025, 3, 3, 10, 0)
    missed = MissedContact(1, 2, "C-1", 3, start, cancelled=False)
    cancelled = MissedContact(1, 2, "C-1", 3, start, cancelled=True)
    assert "⟦missed a session⟧" in contact_line(missed, "high")
    assert "⟦cancelled at short notice⟧" in contact_line(cancelled, "high")
    assert missed.what == "missed a session"  # the English, for the CLI and files


def test_a_named_break_on_the_timeline_is_shown_in_the_practitioners_language(pseudo_on):
    from counsel_desk.domain.breaks import Break, BreakKind

    winter = Break(3, dt.date(2025, 12, 24), dt.date(2026, 1, 2), BreakKind.HOLIDAY, None, "Xmas")
    label = winter.as_input().label
    assert str(label) == "Xmas (holiday)"  # the English, for files and the CLI
    assert shown_text(label) == "⟦{name} ({kind})⟧".format(name="Xmas", kind="⟦holiday⟧")


def test_the_shortcut_sheet_heads_its_columns_and_joins_its_keys_in_the_practitioners_words(
    pseudo_on,
):
    from PySide6.QtGui import QKeySequence

    from counsel_desk.ui.help import shortcut_table
    from counsel_desk.ui.shortcuts import key_text

    keys = key_text([QKeySequence("Ctrl+F"), QKeySequence("Ctrl+K")])
    assert "⟦ or ⟧" in keys
    assert (
        shortcut_table([("File", "Find", keys)]).splitlines()[0] == "| ⟦menu⟧ | ⟦what⟧ | ⟦keys⟧ |"
    )


def test_the_shortcut_sheet_is_english_without_a_translation(qapp):
    from PySide6.QtGui import QKeySequence

    from counsel_desk.ui.help import shortcut_table
    from counsel_desk.ui.shortcuts import key_text

    keys = key_text([QKeySequence("Ctrl+F"), QKeySequence("Ctrl+K")])
    assert " or " in keys  # as docs/USER_GUIDE.md writes it (tests/ui/test_help.py)
    assert shortcut_table([("File", "Find", keys)]).splitlines()[0] == "| menu | what | keys |"


def test_the_timeline_on_screen_says_its_legend_and_scale_in_the_practitioners_words(pseudo_on):
    """The view's figure translates the picture's own words; a file's figure (the default)
    keeps the English whatever translation is installed."""
    from PySide6.QtCore import QSizeF
    from timelinekit import timeline

    from counsel_desk.render import pictures
    from counsel_desk.render.timeline import PICTURE, SCALE_OF
    from counsel_desk.render.timeline_layout import TimelineFigure
    from counsel_desk.ui.views.timeline import figure_words

    asked: list[str] = []

    def words(text: str) -> str:
        asked.append(text)
        return figure_words(text)

    size = QSizeF(900, 640)
    _image, shown = pictures.to_image(PICTURE, TimelineFigure(timeline(), words=words), size)
    assert "⟦Did not attend⟧" in shown.legend
    assert "Did not attend" not in shown.legend
    assert SCALE_OF in asked  # the SRS lane shows 30–40 of 0–40
    assert figure_words(SCALE_OF).format(low="30", high="40", scale="0–40") == "⟦30–40 of 0–40⟧"

    _image, saved = pictures.to_image(PICTURE, TimelineFigure(timeline()), size)
    assert "Did not attend" in saved.legend
    assert not any("⟦" in text for text in saved.legend)
