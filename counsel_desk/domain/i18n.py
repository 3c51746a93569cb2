"""Words the layers below the UI write for the practitioner, marked for translation.

The domain, services and storage know no Qt, so they cannot translate. They mark a fixed
text with ``QT_TRANSLATE_NOOP("<context>", "…")`` — the name ``pyside6-lupdate`` looks for —
which gives the text back as a :class:`Marked` string: the English as it is (``==``, the
CLI, logs, files all see plain English), carrying its context so that the UI can translate
it where it shows it (``counsel_desk.ui.i18n.shown_text``). A sentence with values in it is a
:class:`Phrase`: a marked template and its values, formatted after translating.

Contexts (docs/ARCHITECTURE.md, "Translations"):
- a typed error's own sentence: ``"errors"``;
- an enum's labels: the enum class's name (``QT_TRANSLATE_NOOP("ClientStatus", "Active")``);
- a sentence of a module: the module's path under ``domain`` or ``services``
  (``"contract.verdict"``, ``"services.backups"``).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

ERRORS = "errors"  # the translation context of typed errors' own sentences


class Marked(str):
    """A text marked for translation: the English text, and the context it is filed under.

    Everything a ``str`` does gives plain ``str`` back (``.lower()``, ``+``, formatting), so
    a text changed after marking is no longer marked: mark the text as it is shown."""

    context: str

    def __new__(cls, context: str, text: str) -> Marked:
        made = super().__new__(cls, text)
        made.context = context
        return made

    def __reduce__(self) -> tuple[Any, ...]:
        return (Marked, (self.context, str(self)))


def QT_TRANSLATE_NOOP(context: str, text: str) -> Marked:
    """``text``, marked for translation under ``context`` (and read by lupdate by name)."""
    return Marked(context, text)


class Phrase:
    """A sentence with values: a marked template (``"Agreed on {day}"``) and its values.

    ``str(phrase)`` is the English, formatted; the UI translates the template, then each
    value that is itself marked (a label, another phrase), then formats. Name the
    placeholders so a translator can move them. A plain slotted class, not a dataclass:
    a ten-year timeline makes some fifteen hundred of them at each build, and a frozen
    dataclass's ``__init__`` cost four times as much. Treat it as immutable."""

    __slots__ = ("template", "values")

    template: Marked
    values: Mapping[str, object]

    def __init__(self, template: Marked, values: Mapping[str, object] | None = None) -> None:
        if not isinstance(template, Marked):
            raise TypeError("a Phrase's template must be marked with QT_TRANSLATE_NOOP")
        self.template = template
        self.values = values if values is not None else {}

    def __repr__(self) -> str:
        return f"Phrase({self.template!r}, {dict(self.values)!r})"

    def __str__(self) -> str:
        return self.template.format(**{k: str(v) for k, v in self.values.items()})

    def __eq__(self, other: object) -> bool:
        if isinstance(other, str):
            return str(self) == other
        if isinstance(other, Phrase):
            return (self.template, self.template.context, dict(self.values)) == (
                other.template,
                other.template.context,
                dict(other.values),
            )
        return NotImplemented

    def __hash__(self) -> int:
        return hash(str(self))


def phrase(template: Marked, **values: object) -> Phrase:
    """``phrase(QT_TRANSLATE_NOOP("ctx", "Agreed on {day}"), day=...)``."""
    return Phrase(template, values)


def english(text: str | Phrase) -> str:
    """The English of a text or a phrase, as plain ``str`` (for the CLI, files, logs)."""
    return str(text)
