"""The contract templates shipped in ``resources/contracts/`` (found the same way from a
wheel and a checkout), read into :class:`~counsel_desk.domain.contract.template.ContractTemplate`.

A file that cannot be read or used is named in one sentence among ``problems``; the other
templates still load, so one damaged file never takes the contract editor away.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources
from importlib.resources.abc import Traversable

from counsel_desk.domain.contract.template import (
    ContractTemplate,
    ContractTemplateError,
    parse_template,
)

# The order the picker shows them in; any other file follows alphabetically.
ORDER = ("individual", "online")


@dataclass(frozen=True)
class LoadedTemplates:
    templates: tuple[ContractTemplate, ...]
    problems: tuple[str, ...] = ()  # one sentence per file that could not be used

    def get(self, template_id: str) -> ContractTemplate | None:
        return next((t for t in self.templates if t.id == template_id), None)


def load_contract_templates(folder: Traversable | None = None) -> LoadedTemplates:
    """Every ``*.toml`` in ``folder`` (by default the shipped ``resources/contracts``)."""
    folder = folder or resources.files("counsel_desk").joinpath("resources", "contracts")
    found: dict[str, ContractTemplate] = {}
    problems: list[str] = []
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if not entry.name.endswith(".toml"):
            continue
        try:
            text = entry.read_bytes().decode("utf-8")
        except (OSError, UnicodeDecodeError):
            problems.append(
                f"The contract template {entry.name} cannot be read as text; the other "
                "templates are still there."
            )
            continue
        try:
            template = parse_template(text, entry.name)
        except ContractTemplateError as exc:
            problems.append(exc.message)
            continue
        if template.id in found:
            problems.append(
                f"The contract template {entry.name} has the same id as another "
                f"(“{template.id}”), so it was left out; the other templates are still there."
            )
            continue
        found[template.id] = template
    rank = {name: i for i, name in enumerate(ORDER)}
    ordered = sorted(found, key=lambda t: (rank.get(t, len(ORDER)), t))
    return LoadedTemplates(tuple(found[t] for t in ordered), tuple(problems))


@functools.cache
def builtin_contract_templates() -> LoadedTemplates:
    return load_contract_templates()
