"""Contract templates as data: TOML read with :mod:`tomllib`, written by :func:`dump_template`.

A template is a name, a description, whether it is for working online or by phone, and its
clauses in order, each with a key, a title, the wording (the Markdown notes use, with
``{placeholders}``) and whether it starts switched on. The shipped ones live in
``resources/contracts/``; a practitioner's own would be kept in the vault in the same form,
which :func:`dump_template` writes and :func:`parse_template` reads back unchanged.

A contract version made from a template copies every clause's wording into itself; nothing
refers back to the template, so changing or removing one never changes a version.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass

from counsel_desk.domain.contract.clauses import Clause, validate_clauses
from counsel_desk.domain.contract.placeholders import PLACEHOLDERS, placeholders_in
from counsel_desk.domain.errors import CounselDeskError, ValidationError
from counsel_desk.domain.i18n import QT_TRANSLATE_NOOP, phrase

FORMAT = "counsel-desk-contract-template"
VERSION = 1
ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9_-]{0,39}$")
_TOP = {"format", "version", "id", "name", "description", "remote", "clauses"}
_CLAUSE = {"key", "title", "text", "enabled"}


class ContractTemplateError(CounselDeskError):
    """A template file that cannot be used; the message names the file and what is wrong."""

    default_message = QT_TRANSLATE_NOOP("errors", "A contract template cannot be read.")


@dataclass(frozen=True)
class ContractTemplate:
    id: str
    name: str
    description: str
    remote: bool  # for working online or by phone: the "online" clause is then essential
    clauses: tuple[Clause, ...]


THE_FILE = QT_TRANSLATE_NOOP("errors", "the file")  # where a problem is, in a template


class _Problem(Exception):
    pass


def _get(table: dict, key: str, kind: type, where: object) -> object:
    if key not in table:
        raise _Problem(
            phrase(QT_TRANSLATE_NOOP("errors", "{where} has no {key}"), where=where, key=key)
        )
    value = table[key]
    if kind is int and isinstance(value, bool):
        raise _Problem(
            phrase(
                QT_TRANSLATE_NOOP("errors", "{where}: {key} should be a whole number"),
                where=where,
                key=key,
            )
        )
    if not isinstance(value, kind):
        said = {
            str: QT_TRANSLATE_NOOP("errors", "text in quotes"),
            bool: QT_TRANSLATE_NOOP("errors", "true or false"),
            int: QT_TRANSLATE_NOOP("errors", "a whole number"),
        }[kind]
        raise _Problem(
            phrase(
                QT_TRANSLATE_NOOP("errors", "{where}: {key} should be {said}"),
                where=where,
                key=key,
                said=said,
            )
        )
    return value


def _clause(table: object, number: int) -> Clause:
    where: object = phrase(QT_TRANSLATE_NOOP("errors", "clause {number}"), number=number)
    if not isinstance(table, dict):
        raise _Problem(
            phrase(
                QT_TRANSLATE_NOOP("errors", "{where} should be a [[clauses]] table"), where=where
            )
        )
    if unknown := sorted(set(table) - _CLAUSE):
        raise _Problem(
            phrase(
                QT_TRANSLATE_NOOP("errors", "{where} has {key}, which a template cannot have"),
                where=where,
                key=unknown[0],
            )
        )
    key = _get(table, "key", str, where)
    where = phrase(QT_TRANSLATE_NOOP("errors", "clause {number} ({key})"), number=number, key=key)
    title = _get(table, "title", str, where)
    text = _get(table, "text", str, where)
    enabled = _get(table, "enabled", bool, where) if "enabled" in table else True
    for name in placeholders_in(text):  # type: ignore[arg-type]
        if name not in PLACEHOLDERS:
            raise _Problem(
                phrase(
                    QT_TRANSLATE_NOOP(
                        "errors", "{where} uses {{{name}}}, which is not a placeholder"
                    ),
                    where=where,
                    name=name,
                )
            )
    return Clause(key, title, text.strip("\n") + "\n" if text.strip() else "", enabled)  # type: ignore[arg-type]


def _template(table: dict) -> ContractTemplate:
    if unknown := sorted(set(table) - _TOP):
        raise _Problem(
            phrase(
                QT_TRANSLATE_NOOP("errors", "{key} is not something a template can have"),
                key=unknown[0],
            )
        )
    if table.get("format") != FORMAT:
        raise _Problem(
            phrase(QT_TRANSLATE_NOOP("errors", 'format should be "{format}"'), format=FORMAT)
        )
    version = _get(table, "version", int, THE_FILE)
    if version != VERSION:
        raise _Problem(
            phrase(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "it is format version {version}, which this Counsel Desk cannot read",
                ),
                version=version,
            )
        )
    template_id = _get(table, "id", str, THE_FILE)
    if not ID_PATTERN.match(template_id):  # type: ignore[arg-type]
        raise _Problem(
            QT_TRANSLATE_NOOP("errors", "its id should be small letters, digits, _ or -")
        )
    name = " ".join(_get(table, "name", str, THE_FILE).split())  # type: ignore[union-attr]
    if not name:
        raise _Problem(QT_TRANSLATE_NOOP("errors", "its name is empty"))
    description = _get(table, "description", str, THE_FILE) if "description" in table else ""
    remote = _get(table, "remote", bool, THE_FILE) if "remote" in table else False
    clauses = table.get("clauses")
    if not isinstance(clauses, list) or not clauses:
        raise _Problem(QT_TRANSLATE_NOOP("errors", "it has no [[clauses]]"))
    parsed = tuple(_clause(item, n) for n, item in enumerate(clauses, start=1))
    try:
        parsed = validate_clauses(parsed)
    except ValidationError as exc:
        raise _Problem(exc.message[:1].lower() + exc.message[1:].rstrip(".")) from exc
    return ContractTemplate(template_id, name, description, remote, parsed)  # type: ignore[arg-type]


def parse_template(text: str, source: str) -> ContractTemplate:
    """The template in ``text``; ``source`` (a file name) names it in the one-sentence error."""
    try:
        return _template(tomllib.loads(text))
    except tomllib.TOMLDecodeError as exc:  # "Unclosed array (at line 3, column 5)"
        problem = re.sub(r" \((at line \d+, column \d+)\)$", r" \1", str(exc))
    except _Problem as exc:
        problem = exc.args[0]
    if not str(problem)[:1].islower():  # a key or a library's message: its first letter small
        problem = str(problem)[:1].lower() + str(problem)[1:]
    raise ContractTemplateError(
        phrase(
            QT_TRANSLATE_NOOP(
                "errors",
                "The contract template {source} cannot be used ({problem}); "
                "the other templates are still there.",
            ),
            source=source,
            problem=problem,
        )
    )


# --- writing ------------------------------------------------------------------------------

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def _basic(value: str) -> str:
    """A TOML basic string: quotes, backslashes and control characters escaped."""
    out = value.replace("\\", "\\\\").replace('"', '\\"')
    out = out.replace("\n", "\\n").replace("\t", "\\t")
    out = _CONTROL.sub(lambda m: f"\\u{ord(m.group(0)):04x}", out)
    return f'"{out}"'


def _multiline(value: str) -> str:
    """Long wording as a literal block when it can be, so the file reads as the text."""
    if "'''" in value or value.endswith("'") or "\r" in value or _CONTROL.search(value):
        return _basic(value)
    return f"'''\n{value}'''"


def dump_template(template: ContractTemplate) -> str:
    """The template as TOML that :func:`parse_template` reads back to the same template."""
    lines = [
        f"format = {_basic(FORMAT)}",
        f"version = {VERSION}",
        f"id = {_basic(template.id)}",
        f"name = {_basic(template.name)}",
        f"description = {_basic(template.description)}",
        f"remote = {'true' if template.remote else 'false'}",
    ]
    for clause in template.clauses:
        lines += [
            "",
            "[[clauses]]",
            f"key = {_basic(clause.key)}",
            f"title = {_basic(clause.title)}",
            f"enabled = {'true' if clause.enabled else 'false'}",
            f"text = {_multiline(clause.text)}",
        ]
    return "\n".join(lines) + "\n"
