"""The spec's choice of Qt's own translations (packaging/qt_translations.py): exactly the
``qtbase_<lang>.qm`` of the languages the app carries a ``counsel_desk_<lang>.qm`` for.

Runs in the normal suite (no bundle needed); test_bundle.py checks a built bundle."""

from __future__ import annotations

import importlib.util
import sys

from packkit import ROOT

from counsel_desk.ui.i18n import APP_TRANSLATIONS


def _load():
    spec = importlib.util.spec_from_file_location(
        "qt_translations", ROOT / "packaging" / "qt_translations.py"
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


qt_translations = _load()
QT = "PySide6/Qt/translations"
APP = "counsel_desk/resources/translations"
QT_FILES = [
    f"{QT}/{name}"
    for name in (
        "qtbase_fr.qm",
        "qtbase_de.qm",
        "qtbase_pt_BR.qm",
        "qtbase_pt.qm",
        "qtbase_en.qm",
        "qt_fr.qm",
        "qtdeclarative_fr.qm",
        "assistant_fr.qm",
        "designer_de.qm",
    )
]
OTHERS = [
    "counsel_desk/resources/icons/app.png",
    "counsel_desk/resources/translations/README",
    "PySide6/Qt/plugins/platforms/libqxcb.so",
    "certifi/cacert.pem",
]


def _datas(*app_files: str) -> list[tuple[str, str, str]]:
    return [(name, f"/src/{name}", "DATA") for name in (*QT_FILES, *OTHERS, *app_files)]


def _kept(*app_files: str) -> set[str]:
    chosen = qt_translations.select(_datas(*app_files))
    return {name for name, _source, _kind in chosen}


def test_an_app_in_english_only_keeps_none_of_qts_translations():
    assert _kept() == set(OTHERS)
    # the source language's own file (were it built) asks for nothing either
    english = f"{APP}/counsel_desk_en_GB.qm"
    assert _kept(english) == {*OTHERS, english}


def test_a_language_the_app_speaks_keeps_only_qtbase_for_it():
    french = f"{APP}/counsel_desk_fr.qm"
    assert _kept(french) == {*OTHERS, french, f"{QT}/qtbase_fr.qm"}


def test_a_regional_language_keeps_its_own_and_the_languages_qtbase():
    brazil = f"{APP}/counsel_desk_pt_BR.qm"
    german = f"{APP}/counsel_desk_de.qm"
    assert _kept(brazil, german) - set(OTHERS) == {
        brazil,
        german,
        f"{QT}/qtbase_pt_BR.qm",
        f"{QT}/qtbase_pt.qm",
        f"{QT}/qtbase_de.qm",
    }


def test_windows_paths_and_layout_are_read_the_same():
    datas = [
        ("PySide6\\translations\\qtbase_fr.qm", "x", "DATA"),
        ("PySide6\\translations\\qtbase_de.qm", "x", "DATA"),
        ("counsel_desk\\resources\\translations\\counsel_desk_fr.qm", "x", "DATA"),
    ]
    assert [d[0] for d in qt_translations.select(datas)] == [d[0] for d in datas[::2]]


def test_a_file_elsewhere_named_like_a_translation_is_not_a_language():
    stray = "counsel_desk/resources/counsel_desk_fr.qm"  # not in the translations folder
    assert _kept(stray) == {*OTHERS, stray}


def test_the_languages_are_read_from_the_folder_the_app_loads():
    """The spec reads the same folder ui/i18n.py loads from, by the same file names."""
    assert APP_TRANSLATIONS.relative_to(ROOT).as_posix() == APP
    names = [f"{APP}/{p.name}" for p in APP_TRANSLATIONS.glob("counsel_desk_*.qm")]
    expected = {p.name.removeprefix("counsel_desk_").removesuffix(".qm") for p in
                APP_TRANSLATIONS.glob("counsel_desk_*.qm")} - {"en_GB", "en"}  # fmt: skip
    assert qt_translations.app_languages(names) == expected
