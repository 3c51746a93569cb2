"""Sentences the domain and services write about contracts, care and records reach the UI
translatable (issue #16 item 7): each is a ``Phrase`` (or a marked text) whose ``str()`` is
the English the CLI and documents print, and the UI place that shows it asks for the
template's translation, then each marked value's (docs/ARCHITECTURE.md, "Translations",
"Words from the layers below")."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from types import SimpleNamespace

from counsel_desk.domain.backups import BackupState, reminder
from counsel_desk.domain.breaks import Break, BreakKind
from counsel_desk.domain.contract.compare import Change, ClauseComparison, Comparison, compare
from counsel_desk.domain.contract.notice import NoticeVerdict
from counsel_desk.domain.contract.parties import ClientFacts
from counsel_desk.domain.contract.terms import (
    ContactChannel,
    ContactPolicy,
    Party,
    Terms,
    duration_phrase,
    duration_words,
    term_rows,
)
from counsel_desk.domain.contract.version import (
    AgreedHow,
    Agreement,
    ContractStatus,
    ContractVersion,
)
from counsel_desk.domain.erasure import Copy, ErasureRecord, Scope, copies_advice
from counsel_desk.domain.i18n import Marked, Phrase
from counsel_desk.domain.retention import Retention, RetentionRule
from counsel_desk.domain.risk import Risk, RiskAction, RiskLevel
from counsel_desk.services.backups import BackupOutcome
from counsel_desk.services.notice import ShortNotice
from counsel_desk.ui.i18n import shown_text

TODAY = dt.date(2025, 6, 4)


def _risk(**changes) -> Risk:
    base = dict(
        id=1,
        client_id=1,
        client_code="C-007",
        on=dt.date(2025, 5, 2),
        disclosed="thoughts of not being here",
        level=RiskLevel.HIGH,
        actions=(RiskAction.SAFETY_PLAN, RiskAction.SUPERVISION),
        told="GP surgery",
        told_on=dt.date(2025, 5, 3),
        review_on=dt.date(2025, 6, 1),
    )
    return Risk(**{**base, **changes})


def test_a_risks_words_are_english_as_before() -> None:
    risk = _risk()
    assert str(risk.state) == "Open, review on 1 Jun 2025"
    assert str(risk.told_text) == "GP surgery, on 3 May 2025"
    assert risk.actions_text == "Safety plan agreed; Discussed in supervision"
    closed = _risk(closed_on=dt.date(2025, 6, 2), told="", told_on=None, actions=())
    assert (str(closed.state), str(closed.told_text)) == ("Closed on 2 Jun 2025", "Nobody recorded")
    assert closed.actions_text == "None recorded"
    assert _risk(review_on=None).state == "Open"
    assert _risk(told_on=None).told_text == "GP surgery"  # the practitioner's words, as typed


def test_the_risk_tab_translates_a_risks_words(pseudo) -> None:
    from counsel_desk.ui.models.risks import RiskTableModel
    from counsel_desk.ui.views.risks import risk_details

    pseudo({"Open, review on {day}": "Ouvert, revue le {day}"})
    risk = _risk()
    model = RiskTableModel()
    model.set_rows([risk])
    row = [model.cell(risk, column, False) for column in model.headers]
    assert row[1] == "⟦High⟧"
    assert row[3] == "⟦Safety plan agreed⟧; ⟦Discussed in supervision⟧"
    assert row[4] == "Ouvert, revue le 1 Jun 2025"
    details = risk_details(risk)
    assert "⟦{told}, on {day}⟧" not in details  # formatted, never the template itself
    assert "GP surgery" in details
    assert "Ouvert, revue le 1 Jun 2025" in details
    nothing = _risk(actions=())
    assert model.cell(nothing, model.headers[3], False) == "⟦None recorded⟧"


def _verdict(by: Party = Party.CLIENT, version: int | None = 2) -> NoticeVerdict:
    return NoticeVerdict(by=by, given_hours=20.5, required_hours=48, version_number=version)


def test_a_notice_verdict_is_english_as_before() -> None:
    assert _verdict().sentence == (
        "Short notice: 20 hours given, where contract version 2 asks the client for 48 hours."
    )
    assert str(_verdict(Party.PRACTITIONER, None).sentence) == (
        "Short notice: 20 hours given, where your practice defaults ask you for 48 hours "
        "(no contract had been agreed by then)."
    )
    assert isinstance(_verdict().sentence, Phrase)
    assert isinstance(_verdict().label, Marked)
    for hours in (0, 1, 24, 72, 168, 336):
        assert duration_words(hours) == str(duration_phrase(hours))


def test_todays_contracts_card_translates_the_verdicts_reason(pseudo, qtbot) -> None:
    from counsel_desk.services.contracts import ContractsToday
    from counsel_desk.ui.views.today_contracts import TodayContracts

    short = ShortNotice("C-003", 3, 30, dt.datetime(2025, 6, 3, 10), _verdict())
    found = ContractsToday(reviews=(), short_notice=(short,))
    contracts = SimpleNamespace(on_today=lambda now=None: found)
    pseudo({"{n} hours": "{n} heures"})
    card = TodayContracts(contracts)
    qtbot.addWidget(card)
    card.reload()
    text = card.items.item(0).text()
    assert "⟦{given} given, where contract version {number} asks the client for {period}.⟧" not in (
        text
    )
    assert "⟦20 heures given, where contract version 2 asks the client for 48 heures.⟧" in text


def _version(number: int = 1, terms: Terms | None = None) -> ContractVersion:
    return ContractVersion(
        client_id=1,
        number=number,
        title="Our agreement",
        template_id="standard",
        remote=False,
        clauses=(),
        terms=terms or Terms(),
        status=ContractStatus.AGREED,
        agreement=Agreement(dt.date(2025, 3, 3), AgreedHow.IN_SESSION),
    )


def test_where_a_contract_version_stands_is_translated(pseudo) -> None:
    assert str(AgreedHow.IN_SESSION.words) == "agreed in a session"
    assert AgreedHow.IN_SESSION.words.context == "AgreedHow"
    pseudo({"Agreed {day} ({how})": "Convenu le {day} ({how})"})
    version = _version()
    assert version.standing == "Agreed 3 March 2025 (agreed in a session)"
    assert shown_text(version.standing) == "Convenu le 3 March 2025 (⟦agreed in a session⟧)"


def _record() -> ErasureRecord:
    return ErasureRecord(
        id=1,
        at=dt.datetime(2031, 5, 2, 9, 0, tzinfo=dt.UTC),
        code="C-014",
        scope=Scope.CLIENT,
        rule=RetentionRule.ADULT.value,
        counts={"clients": 1, "sessions": 312, "note_tags": 2},
    )


def test_an_erasure_record_is_english_as_before_and_translated_in_its_list(pseudo, qtbot) -> None:
    from counsel_desk.ui.dialogs.erasures import ErasureRecordsDialog

    record = _record()
    assert str(record.what) == "1 client record, 312 sessions, 2 tags"
    assert str(record.summary).startswith("C-014: all records erased on 2 May 2031, because the")
    pseudo()
    dialog = ErasureRecordsDialog()
    qtbot.addWidget(dialog)
    dialog.fill([record], 10)
    shown = dialog.list.item(0).text()
    assert shown.startswith("⟦C-014: ⟦all records⟧ erased on 2 May 2031, because ⟦the retention")
    assert "⟦⟦1⟧ ⟦client record⟧⟧" not in shown  # {n} is a number: never translated
    assert "⟦1 ⟦client record⟧⟧" in shown
    assert "⟦312 ⟦sessions⟧⟧" in shown


def test_copies_advice_keeps_its_english_and_is_translated(pseudo) -> None:
    backup = Copy("backup", "b.cdbackup", "/usb", "2025-01-01T10:00:00Z")
    upgrade = Copy("upgrade_copy", "vault.pre-v5-x.db", "/vault", "2025-01-01T09:00:00")
    assert str(copies_advice([upgrade, upgrade], 3)).startswith(
        "2 copies of the vault taken before an upgrade also hold them; Counsel Desk removes "
        "them once"
    )
    both = copies_advice([backup, upgrade], 3)
    assert str(both).startswith("1 backup made before this erasure still holds these records.")
    assert " A copy of the vault taken before an upgrade also holds them" in str(both)
    pseudo()
    assert shown_text(both).startswith("⟦⟦1 backup made before this erasure still holds")


def test_the_retention_summary_is_translated_on_today(pseudo) -> None:
    from counsel_desk.ui.views.today_retention import review_text

    retention = Retention(
        client_id=1,
        code="C-091",
        end_of_therapy=dt.date(2018, 1, 5),
        keep_until=dt.date(2025, 1, 5),
        rule=RetentionRule.ADULT,
        rule_years=7,
        birth_date_known=True,
    )
    assert retention.summary == "Kept until 5 January 2025, 7 years after the last session."
    review = SimpleNamespace(
        code="C-091", due_since=dt.date(2025, 1, 5), process_notes_only=False, retention=retention
    )
    pseudo({"Kept until {until}, {years} years after the last session.": "Gardé: {until}."})
    assert review_text(review).endswith("Gardé: 5 January 2025.⟧")


def test_the_backup_reminder_is_english_as_before_and_translated_on_today(pseudo, qtbot):
    from counsel_desk.ui.views.today_backup import BackupReminder

    now = dt.datetime(2025, 6, 4, 12, tzinfo=dt.UTC)
    state = BackupState("/media/usb", True, now - dt.timedelta(days=9), 7)
    said = reminder(state, now)
    assert str(said).startswith("The last verified backup was made 9 days ago (")
    assert str(said).endswith("). Back up now, to keep a recent copy safe.")
    pseudo({"{n} days ago": "il y a {n} jours"})
    card = BackupReminder(SimpleNamespace(reminder=lambda: said))
    qtbot.addWidget(card)
    card.reload()
    assert card.text.text().startswith("⟦⟦The last verified backup was made il y a 9 jours (")
    assert card.tallies()[0].count == 1


def test_a_backups_summary_is_english_as_before(pseudo) -> None:
    outcome = BackupOutcome(
        path=Path("/media/usb/counsel-desk-backup-2025-06-04-120000.cdbackup"),
        size=2_345_678,
        made_at="2025-06-04T12:00:00Z",
        db_sha256="",
        counts={"clients": 1_204, "notes": 3},
        seconds=1.0,
        check_seconds=1.0,
        into_folder=True,
    )
    assert outcome.summary == (
        "Backed up and checked: counsel-desk-backup-2025-06-04-120000.cdbackup (2.3 MB) in "
        "/media/usb, holding 1,204 clients and 3 notes."
    )
    pseudo()
    assert shown_text(outcome.summary).startswith("⟦Backed up and checked: counsel-desk-backup")


def test_a_breaks_name_and_line_are_translated(pseudo) -> None:
    from counsel_desk.ui.dialogs.breaks import break_line

    summer = Break(
        id=1, first_day=dt.date(2025, 8, 4), last_day=dt.date(2025, 8, 15),
        kind=BreakKind.HOLIDAY, label="Summer",
    )  # fmt: skip
    assert summer.name == "Summer (holiday)"
    assert summer.as_input().label == "Summer (holiday)"
    pseudo({"{name} ({kind})": "{name} — {kind}"})
    assert break_line(summer).startswith("⟦Summer — ⟦holiday⟧: 4–15 Aug 2025 (12 days")


def test_the_compare_dialog_translates_terms_and_changes(pseudo) -> None:
    from counsel_desk.ui.dialogs.compare import comparison_html

    before = _version(1, Terms(contact=ContactPolicy((ContactChannel.EMAIL,), True, 1)))
    after = _version(2, Terms(contact=ContactPolicy((ContactChannel.PHONE, ContactChannel.TEXT,
                                                     ContactChannel.POST), False, 2)))  # fmt: skip
    assert dict(term_rows(after.terms))["Contact between sessions"] == (
        "Phone call, text message or letter, to arrange times, and short messages"
    )
    found = compare(before, after, ClientFacts(code="C-001"))
    changed = {str(t.label): (str(t.before), str(t.after)) for t in found.changed_terms}
    assert changed == {
        "Contact between sessions": (
            "Email, to arrange times only",
            "Phone call, text message or letter, to arrange times, and short messages",
        ),
        "Replies within": ("1 working day", "2 working days"),
    }
    reworded = ClauseComparison("fees", "Fees", Change.REWORDED, (), ())
    pseudo()
    page = comparison_html(Comparison(before, after, found.terms, (reworded,)))
    assert "⟦Replies within⟧" in page
    assert "⟦⟦{n} working day⟧⟧" not in page
    assert "⟦1 working day⟧" in page
    assert "⟦⟦⟦Phone call⟧, ⟦⟦text message⟧ or ⟦letter⟧⟧⟧, ⟦to arrange times, and short" in page
    assert "— ⟦reworded⟧" in page  # the change's label, translated, then lower case
    assert "Contact between sessions</td>" not in page


def test_the_checklist_beside_a_draft_is_translated(pseudo, qtbot) -> None:
    from counsel_desk.domain.contract.checklist import checklist
    from counsel_desk.domain.contract.clauses import STANDARD, WHY_ESSENTIAL
    from counsel_desk.ui.contract.preview import ChecklistView

    items = checklist(_version(), ClientFacts(code="C-001"))  # no clauses: each one missing
    first = items[0]
    assert str(first.sentence) == f"“{STANDARD[first.key]}” is missing. {WHY_ESSENTIAL[first.key]}"
    pseudo({"“{title}” is missing": "« {title} » manque"})
    view = ChecklistView()
    qtbot.addWidget(view)
    view.show_items(items)
    row = view.item(0)
    assert row.text() == (
        f"⟦Needed: ⟧⟦« {STANDARD[first.key]} » manque. ⟦{WHY_ESSENTIAL[first.key]}⟧⟧"
    )
    assert row.toolTip() == f"⟦{WHY_ESSENTIAL[first.key]}⟧"


def test_supervision_hours_and_periods_keep_their_english_and_are_translated(pseudo) -> None:
    from counsel_desk.domain.supervision import Period, SupervisionFormat, hours_text
    from counsel_desk.ui.models.supervision import SupervisionModel

    assert [str(hours_text(m)) for m in (45, 60, 750)] == ["45 min", "1 h", "12 h 30 min"]
    period = Period(dt.date(2024, 4, 1), dt.date(2025, 3, 31))
    assert period.label == "1 Apr 2024 to 31 Mar 2025"
    assert Period(dt.date(2025, 1, 1), dt.date(2025, 12, 31)).label == "2025"
    pseudo(
        {"{hours} h {minutes} min": "{hours} h {minutes}", "{first} to {last}": "{first}–{last}"}
    )
    assert shown_text(period.label) == "1 Apr 2024–31 Mar 2025"
    session = SimpleNamespace(format=SupervisionFormat.GROUP, minutes=90)
    model = SupervisionModel()
    assert model.cell(session, model.LENGTH, False) == "1 h 30"
    assert model.cell(session, model.FORMAT, False) == "⟦Group⟧"


def test_the_practice_profiles_field_names_are_marked_and_in_the_ts() -> None:
    import xml.etree.ElementTree as ET

    from counsel_desk.domain.practice import _LABELS

    ts = Path(__file__).resolve().parents[2] / "resources/translations/counsel_desk_en_GB.ts"
    sources = {
        message.findtext("source")
        for context in ET.parse(ts).getroot().iter("context")
        if context.findtext("name") == "practice"
        for message in context.iter("message")
    }
    assert _LABELS
    for name, label in _LABELS.items():
        assert isinstance(label, Marked), name
        assert label.context == "practice", name
        assert str(label) in sources, name
