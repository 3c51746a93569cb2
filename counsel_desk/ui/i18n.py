"""The translators installed at start-up (docs/ARCHITECTURE.md, "Translations").

The source text is British English and needs no translation file. For another language the
app loads, offline, from what it carries: its own ``counsel_desk_<lang>.qm`` from
``counsel_desk/resources/translations`` (built from ``resources/translations/*.ts`` with
``pyside6-lrelease``) and Qt's own ``qtbase_<lang>.qm`` from the PySide6 install (the
words of Qt's standard buttons and dialogs: OK, Cancel, the file dialog).
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

import counsel_desk
from counsel_desk.domain.errors import CounselDeskError
from counsel_desk.domain.i18n import Marked, Phrase

APP_TRANSLATIONS = Path(counsel_desk.__file__).parent / "resources" / "translations"
SOURCE_LANGUAGE = QLocale.Language.English
# the app speaks the language but Qt's own words for it are not where Qt looks (a bundle
# that left them out): the window is translated, Qt's standard buttons stay English
QT_WORDS_MISSING = (
    "No translation of Qt's own words for %s in %s: its standard buttons stay English."
)

log = logging.getLogger(__name__)

# The locale day and month names are written in: the C locale's English (exactly what
# ``strftime`` wrote before) unless a translation of the app is installed, then its language.
_app_locale: QLocale | None = None


def app_locale() -> QLocale:
    """The locale that matches the language the app shows (for day and month names)."""
    return _app_locale if _app_locale is not None else QLocale.c()


def install_translators(
    app: QCoreApplication,
    locale: QLocale | None = None,
    folder: Path = APP_TRANSLATIONS,
) -> list[QTranslator]:
    """Install the app's and Qt's translations for ``locale`` (the system's by default)
    where they exist; returns those installed (the app keeps them, Qt does not own them).

    English is the source language: nothing is loaded for it, so an English system shows
    the source text even if a translation for another English is present. Qt's own words
    are loaded only beside the app's: a language the app does not speak yet keeps the
    whole window in English rather than English with French buttons."""
    locale = locale if locale is not None else QLocale.system()
    if locale.language() in (SOURCE_LANGUAGE, QLocale.Language.C):
        return []
    installed = []
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, where in (("counsel_desk", str(folder)), ("qtbase", qt_folder)):
        translator = QTranslator(app)
        if translator.load(locale, name, "_", where, ".qm"):
            app.installTranslator(translator)
            installed.append(translator)
            if name == "counsel_desk":
                global _app_locale
                _app_locale = QLocale(locale)
        else:
            translator.deleteLater()
            if name == "counsel_desk":
                break  # no translation of the app's own: nothing else either
            log.warning(QT_WORDS_MISSING, locale.name(), where)
    return installed


def remove_translators(app: QCoreApplication, installed: list[QTranslator]) -> None:
    global _app_locale
    for translator in installed:
        app.removeTranslator(translator)
    if installed:
        _app_locale = None


def error_text(error: CounselDeskError) -> str:
    """A typed error's sentence in the practitioner's language: the error class's own
    sentence, or one given as a marked text or a phrase (domain/i18n.py), is translated
    here; a sentence given as plain English is shown as it was written."""
    if getattr(error, "translatable", False):
        return shown_text(error.said, "errors")
    return error.message


def shown_text(text: object, context: str | None = None) -> str:
    """A text from the layers below in the practitioner's language.

    A :class:`Marked` text (an enum's label, a fixed sentence) is translated under its
    context; a :class:`Phrase` has its template translated, then each value shown the same
    way, then formatted; a plain ``str`` is translated under ``context`` when one is given
    (a list mixing a module's own ``QT_TRANSLATE_NOOP`` texts with domain labels), and
    anything else (a code, a date already formatted, the practitioner's own words) is
    shown as it is."""
    if isinstance(text, Phrase):
        template = QCoreApplication.translate(text.template.context, text.template)
        values = {key: shown_text(value) for key, value in text.values.items()}
        try:
            return template.format(**values)
        except (KeyError, IndexError, ValueError):
            # a translation that lost or misspelt a placeholder: the English, never a crash
            return text.template.format(**values)
    if isinstance(text, Marked):
        return QCoreApplication.translate(text.context, text)
    if context is not None and isinstance(text, str):
        return QCoreApplication.translate(context, text)
    return str(text)
