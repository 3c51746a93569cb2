"""Which of Qt's own translations the bundle keeps (the spec calls :func:`select`).

PySide6 carries Qt's translations for every tool and language (7 MB). The app loads Qt's
``qtbase_<lang>.qm`` (the words of Qt's standard buttons and dialogs) only beside its own
``counsel_desk_<lang>.qm`` (counsel_desk/ui/i18n.py), so the bundle keeps exactly the
``qtbase`` files of the languages the app itself carries, read from the app's files in the
same bundle: none while the app speaks only English, its source language, which loads no
translation at all. ``QTranslator.load`` tries ``qtbase_pt_BR.qm``, then ``qtbase_pt.qm``:
both are kept for ``counsel_desk_pt_BR.qm``.

The kept files stay where PyInstaller's PySide6 hook puts them, ``PySide6/Qt/translations``
(``PySide6/translations`` on Windows), which is where Qt's ``QLibraryInfo.TranslationsPath``
points inside the bundle (PySide6 sets its prefix to the ``Qt`` folder beside its modules).
tests/packaging/test_bundle.py checks both in a built bundle; test_qt_translations.py this.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import PurePath

APP_TRANSLATION = re.compile(r"^counsel_desk_(?P<lang>[a-z]{2,3}(?:_[A-Za-z0-9]+)*)\.qm$")
APP_TRANSLATIONS = ("counsel_desk", "resources", "translations")
SOURCE_LANGUAGE = "en"  # the app's own text: nothing is loaded for it


def _parts(destination: str) -> tuple[str, ...]:
    return PurePath(destination.replace("\\", "/")).parts


def _under(parts: tuple[str, ...], folder: tuple[str, ...]) -> bool:
    """``parts`` is a file right inside ``folder`` (a run of parts anywhere in the path)."""
    return len(parts) > len(folder) and parts[-1 - len(folder) : -1] == folder


def app_languages(destinations: Iterable[str]) -> set[str]:
    """The languages the app carries a translation for, from its ``.qm`` files' paths
    (``counsel_desk/resources/translations/counsel_desk_fr.qm`` → ``fr``), English left out."""
    found = set()
    for destination in destinations:
        parts = _parts(destination)
        matched = APP_TRANSLATION.match(parts[-1]) if _under(parts, APP_TRANSLATIONS) else None
        if matched and matched["lang"].split("_")[0] != SOURCE_LANGUAGE:
            found.add(matched["lang"])
    return found


def qt_files(languages: Iterable[str]) -> set[str]:
    """The Qt translation files those languages load: ``qtbase_<lang>.qm`` and, for a
    regional one, the language's own (``pt_BR`` → ``qtbase_pt_BR.qm``, ``qtbase_pt.qm``)."""
    names = set()
    for language in languages:
        pieces = language.split("_")
        for n in range(1, len(pieces) + 1):
            names.add(f"qtbase_{'_'.join(pieces[:n])}.qm")
    return names


def is_qt_translation(destination: str) -> bool:
    """A file of Qt's translations folder: ``PySide6/Qt/translations`` (Linux, macOS) or
    ``PySide6/translations`` (Windows)."""
    parts = _parts(destination)
    return len(parts) > 2 and parts[0] == "PySide6" and parts[-2] == "translations"


def select(datas: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """PyInstaller's data entries (destination, source, kind) less Qt's translations the
    app does not load."""
    wanted = qt_files(app_languages(entry[0] for entry in datas))
    return [
        entry
        for entry in datas
        if not is_qt_translation(entry[0]) or _parts(entry[0])[-1] in wanted
    ]
