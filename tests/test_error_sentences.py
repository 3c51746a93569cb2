"""Every sentence an error is raised with below the UI is marked for translation
(docs/ARCHITECTURE.md, "Translations"): ``raise X(QT_TRANSLATE_NOOP("errors", "…"))`` for a
fixed one, ``raise X(phrase(QT_TRANSLATE_NOOP("errors", "… {name} …"), name=…))`` for one
with values, or the class's own sentence (``raise X()``). A string literal, an f-string, a
join or ``.format`` given to a raised error is English the practitioner would see
untranslated: this scan names it. The CLI's own modules (``cli*.py``) print English by
design and are not scanned, nor is the UI (its errors are its own, through ``tr``)."""

from __future__ import annotations

import ast
import builtins
import textwrap
from pathlib import Path

import pytest

import counsel_desk

PACKAGE = Path(counsel_desk.__file__).parent
LAYERS = ("domain", "services", "storage")


def _is_text(node: ast.AST) -> bool:
    """An English sentence built in place: a literal, an f-string, a concatenation of them,
    or ``"…".format(…)``."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return any(c.isalpha() for c in node.value)
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add | ast.Mod):
        return _is_text(node.left) or _is_text(node.right)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
        return node.func.attr in {"format", "join"} and _is_text(node.func.value)
    return False


def findings(source: str, path: str = "<sample>") -> list[str]:
    found = []
    for node in ast.walk(ast.parse(source)):
        if not (isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call)):
            continue
        call = node.exc
        name = (
            call.func.attr if isinstance(call.func, ast.Attribute) else getattr(call.func, "id", "")
        )
        if isinstance(getattr(builtins, name, None), type):
            continue  # ValueError, TypeError…: a programmer's error, caught or never shown
        given = list(call.args[:1]) + [k.value for k in call.keywords if k.arg == "message"]
        for argument in given:
            if _is_text(argument):
                found.append(f"{path}:{argument.lineno}: {ast.unparse(argument)[:70]}")
    return found


def scan() -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for layer in LAYERS:
        for file in sorted((PACKAGE / layer).rglob("*.py")):
            rel = file.relative_to(PACKAGE).as_posix()
            hits = findings(file.read_text(encoding="utf-8"), rel)
            if hits:
                out[rel] = hits
    return out


@pytest.mark.parametrize(
    "code",
    [
        'raise ValidationError("The code is taken.")',
        'raise ValidationError(f"The code {code} is taken.")',
        'raise ValidationError("The code " + code + " is taken.")',
        'raise ValidationError("The code {c} is taken.".format(c=code))',
        'raise NotFound(message=f"No client {code}.")',
    ],
)
def test_the_scan_catches(code: str) -> None:
    assert findings(code)


@pytest.mark.parametrize(
    "code",
    [
        'raise ValidationError(QT_TRANSLATE_NOOP("errors", "The code is taken."))',
        'raise ValidationError(phrase(QT_TRANSLATE_NOOP("errors", "Code {c}."), c=code))',
        "raise ValidationError()",
        "raise ValidationError(TAKEN)",  # a marked constant
        "raise",
        'raise TypeError("a template must be marked")',  # a programmer's error
        "raise StorageFailure(str(exc)) from exc",
    ],
)
def test_the_scan_lets_through(code: str) -> None:
    assert not findings(textwrap.dedent(code))


def test_every_error_below_the_ui_is_raised_with_a_marked_sentence() -> None:
    found = scan()
    assert not found, "\n".join(line for lines in found.values() for line in lines)
