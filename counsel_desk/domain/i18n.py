"""Sentences the layers below the UI write for the practitioner, marked for translation.

The domain, services and storage know no Qt, so they cannot translate; they mark a fixed
sentence with ``QT_TRANSLATE_NOOP("errors", "…")``, which returns it unchanged and is what
``pyside6-lupdate`` looks for (by name), and the UI translates it where it shows it
(``counsel_desk.ui.i18n.error_text``). The CLI prints the English as it is.
"""

from __future__ import annotations

ERRORS = "errors"  # the translation context of typed errors' own sentences


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """``text`` unchanged: a mark for lupdate, filed under ``context``."""
    del context
    return text
