"""The base of every error that carries a sentence for the practitioner, and the exit codes.

Exit codes (documented in the README): 0 success, 1 other error, 2 usage or invalid input,
3 wrong passphrase or recovery key, 4 vault damaged or incomplete.
"""

from __future__ import annotations

from counsel_desk.domain.i18n import QT_TRANSLATE_NOOP, Marked, Phrase

EXIT_OK = 0
EXIT_OTHER = 1
EXIT_USAGE = 2
EXIT_WRONG_SECRET = 3
EXIT_DAMAGED = 4


class CounselDeskError(Exception):
    """An error with one clear sentence for the UI or CLI, and the CLI exit code."""

    exit_code = EXIT_OTHER
    default_message = QT_TRANSLATE_NOOP("errors", "Something went wrong.")

    def __init__(self, message: str | Phrase | None = None) -> None:
        super().__init__(message or self.default_message)
        # the class's own sentence, marked for translation (domain/i18n.py); a sentence
        # given here is translated if it is marked (a Marked text, or a Phrase with its
        # values), and shown as it was written otherwise
        self.translatable = not message or isinstance(message, Marked | Phrase)

    @property
    def message(self) -> str:
        """The sentence in English (the CLI, logs, tests); the UI shows ``said``."""
        return str(self.args[0])

    @property
    def said(self) -> str | Phrase:
        """The sentence as given: a marked text or a phrase the UI translates, or plain
        English (``ui.i18n.error_text``)."""
        return self.args[0]


class ValidationError(CounselDeskError):
    """Input that cannot be saved as typed."""

    exit_code = EXIT_USAGE
    default_message = QT_TRANSLATE_NOOP("errors", "That input cannot be saved.")
