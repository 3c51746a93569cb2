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
from counsel_desk.domain.i18n import QT_TRANSLATE_NOOP

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


class _Problem(Exception):
    pass


def _get(table: dict, key: str, kind: type, where: str) -> object:
    if key not in table:
        raise _Problem(f"{where} has no {key}")
    value = table[key]
    if kind is int and isinstance(value, bool):
        raise _Problem(f"{where}: {key} should be a whole number")
    if not isinstance(value, kind):
        said = {str: "text in quotes", bool: "true or false", int: "a whole number"}[kind]
        raise _Problem(f"{where}: {key} should be {said}")
    return value


def _clause(table: object, number: int) -> Clause:
    where = f"clause {number}"
    if not isinstance(table, dict):
        raise _Problem(f"{where} should be a [[clauses]] table")
    if unknown := sorted(set(table) - _CLAUSE):
        raise _Problem(f"{where} has {unknown[0]}, which a template cannot have")
    key = _get(table, "key", str, where)
    where = f"clause {number} ({key})"
    title = _get(table, "title", str, where)
    text = _get(table, "text", str, where)
    enabled = _get(table, "enabled", bool, where) if "enabled" in table else True
    for name in placeholders_in(text):  # type: ignore[arg-type]
        if name not in PLACEHOLDERS:
            raise _Problem(f"{where} uses {{{name}}}, which is not a placeholder")
    return Clause(key, title, text.strip("\n") + "\n" if text.strip() else "", enabled)  # type: ignore[arg-type]


def _template(table: dict) -> ContractTemplate:
    if unknown := sorted(set(table) - _TOP):
        raise _Problem(f"{unknown[0]} is not something a template can have")
    if table.get("format") != FORMAT:
        raise _Problem(f'format should be "{FORMAT}"')
    version = _get(table, "version", int, "the file")
    if version != VERSION:
        raise _Problem(f"it is format version {version}, which this Counsel Desk cannot read")
    template_id = _get(table, "id", str, "the file")
    if not ID_PATTERN.match(template_id):  # type: ignore[arg-type]
        raise _Problem("its id should be small letters, digits, _ or -")
    name = " ".join(_get(table, "name", str, "the file").split())  # type: ignore[union-attr]
    if not name:
        raise _Problem("its name is empty")
    description = _get(table, "description", str, "the file") if "description" in table else ""
    remote = _get(table, "remote", bool, "the file") if "remote" in table else False
    clauses = table.get("clauses")
    if not isinstance(clauses, list) or not clauses:
        raise _Problem("it has no [[clauses]]")
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
        problem = str(exc)
    raise ContractTemplateError(
        f"The contract template {source} cannot be used ({problem[:1].lower()}{problem[1:]}); "
        "the other templates are still there."
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
