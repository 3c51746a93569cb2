"""The words the layers below the UI hand to it are translatable (issue #16 item 7;
docs/ARCHITECTURE.md, "Translations", "Words from the layers below").

- Every label of every enum in ``counsel_desk.domain`` is a ``Marked`` text filed under the
  enum's own name, and is in the ``.ts`` source under that context.
- ``ui.i18n.shown_text`` translates a marked text, a phrase and the marked values inside it, and
  falls back to the English when a translation lost a placeholder.
"""

from __future__ import annotations

import enum
import importlib
import inspect
import pkgutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import counsel_desk
import counsel_desk.domain
from counsel_desk.domain.i18n import QT_TRANSLATE_NOOP, Marked, phrase
from counsel_desk.domain.notes import Jurisdiction
from counsel_desk.ui.i18n import shown_text

ROOT = Path(counsel_desk.__file__).parent.parent
SOURCE_TS = ROOT / "resources" / "translations" / "counsel_desk_en_GB.ts"


def _labelled_enums() -> list[tuple[str, type[enum.Enum]]]:
    found = []
    package = counsel_desk.domain
    for info in pkgutil.walk_packages(package.__path__, f"{package.__name__}."):
        module = importlib.import_module(info.name)
        for obj in vars(module).values():
            if (
                inspect.isclass(obj)
                and issubclass(obj, enum.Enum)
                and obj.__module__ == module.__name__
                and hasattr(obj, "label")
            ):
                found.append((info.name.removeprefix(f"{package.__name__}."), obj))
    return sorted(found, key=lambda pair: (pair[0], pair[1].__name__))


ENUMS = _labelled_enums()


def _labels(member: enum.Enum) -> list[str]:
    """Every label a member can show (a label may depend on the jurisdiction)."""
    label = member.label
    if callable(label):
        parameters = inspect.signature(label).parameters
        if parameters and next(iter(parameters.values())).annotation in (
            Jurisdiction,
            "Jurisdiction",
        ):
            return [label(j) for j in Jurisdiction]
        return [label()]
    return [label]


def _ts_messages() -> set[tuple[str, str]]:
    found = set()
    for context in ET.parse(SOURCE_TS).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found.add((name, message.findtext("source") or ""))
    return found


def test_the_walk_finds_the_enums() -> None:
    names = {cls.__name__ for _module, cls in ENUMS}
    assert {"ClientStatus", "RiskLevel", "Condition", "ContractStatus"} <= names


@pytest.mark.parametrize(
    ("module", "cls"),
    ENUMS,
    ids=lambda v: getattr(v, "__name__", v),
)
def test_every_label_is_marked_under_its_enum(module: str, cls: type[enum.Enum]) -> None:
    messages = _ts_messages()
    for member in cls:
        for label in _labels(member):
            assert isinstance(label, Marked), f"{cls.__name__}.{member.name}: {label!r} unmarked"
            assert label.context == cls.__name__, f"{cls.__name__}.{member.name}"
            assert (cls.__name__, str(label)) in messages, "run tools/update_translations.py"


def test_shown_translates_a_marked_text(pseudo) -> None:
    label = QT_TRANSLATE_NOOP("ClientStatus", "Active")
    assert shown_text(label) == "Active"
    pseudo()
    assert shown_text(label) == "⟦Active⟧"
    assert shown_text("J-042") == "J-042"  # a code is not a word: shown as it is


def test_shown_translates_a_phrase_and_its_marked_values(pseudo) -> None:
    said = phrase(
        QT_TRANSLATE_NOOP("tests", "Agreed on {day} ({how})"),
        day="3 May 2026",
        how=QT_TRANSLATE_NOOP("AgreedHow", "In person"),
    )
    assert str(said) == "Agreed on 3 May 2026 (In person)"
    assert shown_text(said) == "Agreed on 3 May 2026 (In person)"
    pseudo({"Agreed on {day} ({how})": "Convenu le {day} ({how})"})
    assert shown_text(said) == "Convenu le 3 May 2026 (⟦In person⟧)"


def test_a_translation_that_lost_a_placeholder_shows_the_english(pseudo) -> None:
    said = phrase(QT_TRANSLATE_NOOP("tests", "Due on {day}"), day="4 June")
    pseudo({"Due on {day}": "Échéance le {jour}"})
    assert shown_text(said) == "Due on 4 June"


def test_a_phrase_is_its_english_for_the_cli() -> None:
    said = phrase(QT_TRANSLATE_NOOP("tests", "{n} sessions"), n=3)
    assert said == "3 sessions"
    assert f"{said}" == "3 sessions"
    with pytest.raises(TypeError):
        phrase("not marked {x}", x=1)  # type: ignore[arg-type]


def test_an_error_given_a_phrase_is_english_below_and_translated_on_screen(pseudo) -> None:
    """An error whose sentence carries values is given a phrase: ``message`` and ``str()``
    are the English (the CLI, logs), ``error_text`` translates the template and its marked
    values; one given plain English is shown as written; the class's own is translated."""
    from counsel_desk.domain.errors import ValidationError
    from counsel_desk.ui.i18n import error_text

    said = phrase(
        QT_TRANSLATE_NOOP("errors", "The code {code} is taken by {status} client."),
        code="J-042",
        status=QT_TRANSLATE_NOOP("ClientStatus", "Active"),
    )
    error = ValidationError(said)
    assert error.message == str(error) == "The code J-042 is taken by Active client."
    assert error_text(error) == "The code J-042 is taken by Active client."
    pseudo()
    assert error_text(error) == "⟦The code J-042 is taken by ⟦Active⟧ client.⟧"
    assert error_text(ValidationError("Typed as written.")) == "Typed as written."
    assert error_text(ValidationError()) == "⟦That input cannot be saved.⟧"
