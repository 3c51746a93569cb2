"""Day and month names follow the language the app shows (docs/ARCHITECTURE.md,
"Translations"): English, exactly as ``strftime`` wrote it in the C locale, unless a
translation is installed; then that language's names, from ``i18n.app_locale()``."""

from __future__ import annotations

import datetime as dt
import importlib.util
from pathlib import Path

import pytest
from notekit import unlock_seeded
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

import counsel_desk
from counsel_desk.domain.attendance import DiaryEntry
from counsel_desk.domain.sessions import Modality, SessionStatus
from counsel_desk.ui.formats import day_name, fmt_date, fmt_datetime, month_year, session_time
from counsel_desk.ui.i18n import app_locale, install_translators, remove_translators
from counsel_desk.ui.models.diary import DiaryModel

ROOT = Path(counsel_desk.__file__).parent.parent

FRENCH_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context><name>models.diary</name>
<message><source>none</source><translation>aucune</translation></message>
</context>
</TS>
"""


def _lrelease(ts: Path, qm: Path) -> None:
    spec = importlib.util.spec_from_file_location(
        "update_translations", ROOT / "tools" / "update_translations.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.lrelease(ts, qm)


@pytest.fixture
def french(tmp_path: Path, qapp: QApplication):
    """The start-up translators for a French system, with a one-message French .qm."""
    ts = tmp_path / "counsel_desk_fr.ts"
    ts.write_text(FRENCH_TS, "utf-8")
    _lrelease(ts, tmp_path / "qm" / "counsel_desk_fr.qm")
    installed = install_translators(qapp, QLocale(QLocale.Language.French), tmp_path / "qm")
    assert installed
    yield installed
    remove_translators(qapp, installed)


def test_english_is_what_strftime_wrote() -> None:
    """Every day and month, as the C locale's strftime gave them before (tests compare
    dates in English)."""
    assert app_locale().language() == QLocale.Language.C
    for month in range(1, 13):
        day = dt.datetime(2025, month, month + 3, 9, 5)
        assert fmt_date(day.date()) == f"{day.day} {day:%b %Y}"
        assert fmt_datetime(day) == f"{day:%a} {day.day} {day:%b %Y}, {day:%H:%M}"
        assert session_time(day) == fmt_datetime(day)
        assert day_name(day.date(), long=True) == f"{day:%A}"
        assert month_year(day.date()) == f"{day:%B %Y}"
    assert fmt_datetime(dt.datetime(2025, 6, 3, 10, 0)) == "Tue 3 Jun 2025, 10:00"


def test_a_translation_brings_its_day_and_month_names(french) -> None:
    day = dt.datetime(2025, 6, 3, 10, 0)
    assert fmt_date(day.date()) == "3 juin 2025"
    assert day_name(day.date(), long=True) == "mardi"
    assert fmt_datetime(day) == "mar. 3 juin 2025, 10:00"
    assert month_year(dt.date(2025, 9, 1)) == "septembre 2025"


def test_removing_the_translation_brings_english_back(qapp, tmp_path) -> None:
    ts = tmp_path / "counsel_desk_fr.ts"
    ts.write_text(FRENCH_TS, "utf-8")
    _lrelease(ts, tmp_path / "qm" / "counsel_desk_fr.qm")
    installed = install_translators(qapp, QLocale(QLocale.Language.French), tmp_path / "qm")
    assert fmt_date(dt.date(2025, 6, 3)) == "3 juin 2025"
    remove_translators(qapp, installed)
    assert fmt_date(dt.date(2025, 6, 3)) == "3 Jun 2025"


def test_a_language_without_a_translation_keeps_english(qapp, tmp_path) -> None:
    """No .qm for German: the window stays English, and so do its dates."""
    installed = install_translators(qapp, QLocale(QLocale.Language.German), tmp_path)
    assert installed == []
    assert fmt_date(dt.date(2025, 6, 3)) == "3 Jun 2025"


def test_the_diary_shows_french_days(french) -> None:
    model = DiaryModel(with_date=True)
    entry = DiaryEntry(
        1, 1, "J-042", dt.datetime(2025, 6, 3, 10, 0), 50, Modality.ONLINE,
        SessionStatus.SCHEDULED, 0, 0,
    )  # fmt: skip
    model.set_rows([entry])
    assert model.cell(entry, model.WHEN, False) == "mar. 3 juin 2025, 10:00–10:50"
    assert model.cell(entry, model.NOTES, False) == "aucune"


def test_today_says_the_day_in_french(qtbot, make_controller, closed_vault, french) -> None:
    _controller, main, _seeded = unlock_seeded(qtbot, make_controller, closed_vault[0])
    today = main.view("Today")
    shown = today.date_label.text()
    french = QLocale(QLocale.Language.French)
    assert shown.split(" ")[0] == french.dayName(dt.date.today().isoweekday()), shown
    short = QLocale.FormatType.ShortFormat
    assert f" {french.monthName(dt.date.today().month, short)} " in shown, shown
