"""Note templates: built-ins shipped as Markdown files in ``resources/templates`` (found the
same way from a wheel and a checkout), and the practitioner's own, kept in the vault.

A template file starts with a small header between ``---`` lines (``name``, ``kind``,
``description``), then the Markdown skeleton. Built-ins can be copied, not edited.
"""

from __future__ import annotations

import functools
from importlib import resources

from counsel_desk.domain.audit import AuditKind
from counsel_desk.domain.errors import CounselDeskError, ValidationError
from counsel_desk.domain.i18n import QT_TRANSLATE_NOOP, phrase
from counsel_desk.domain.notes import NoteKind, Template
from counsel_desk.storage.audit import AuditLog
from counsel_desk.storage.templates import TemplateRepository
from counsel_desk.storage.vault import Vault

BUILTIN = "builtin:"
CUSTOM = "custom:"
# The order the picker shows them in; any other shipped file follows alphabetically.
ORDER = ("free_text", "soap", "dap", "birp", "person_centred", "process_reflection", "supervision")
MAX_NAME = 80
MAX_TEMPLATE = 100_000


class TemplateReadOnly(CounselDeskError):
    default_message = QT_TRANSLATE_NOOP(
        "errors", "Built-in templates cannot be changed; make a copy and edit that."
    )


class TemplateFormatError(ValueError):
    """A shipped template file is malformed: a packaging bug, caught by the tests."""


def parse_template(template_id: str, text: str, *, built_in: bool) -> Template:
    lines = text.replace("\r\n", "\n").split("\n")
    if not lines or lines[0].strip() != "---" or "---" not in (x.strip() for x in lines[1:]):
        raise TemplateFormatError(
            phrase(
                QT_TRANSLATE_NOOP("errors", "{template_id}: missing the '---' header"),
                template_id=template_id,
            )
        )
    end = next(i for i, line in enumerate(lines[1:], start=1) if line.strip() == "---")
    header: dict[str, str] = {}
    for line in lines[1:end]:
        key, sep, value = line.partition(":")
        if not sep:
            raise TemplateFormatError(
                phrase(
                    QT_TRANSLATE_NOOP("errors", "{template_id}: header line without ':'"),
                    template_id=template_id,
                )
            )
        header[key.strip().lower()] = value.strip()
    try:
        kind = NoteKind(header.get("kind", "session"))
    except ValueError as exc:
        raise TemplateFormatError(
            phrase(
                QT_TRANSLATE_NOOP("errors", "{template_id}: unknown kind"), template_id=template_id
            )
        ) from exc
    if not header.get("name"):
        raise TemplateFormatError(
            phrase(QT_TRANSLATE_NOOP("errors", "{template_id}: no name"), template_id=template_id)
        )
    body = "\n".join(lines[end + 1 :]).strip("\n") + "\n"
    return Template(
        template_id, header["name"], kind, header.get("description", ""), body, built_in
    )


@functools.cache
def builtin_templates() -> tuple[Template, ...]:
    folder = resources.files("counsel_desk").joinpath("resources", "templates")
    found = {}
    for entry in folder.iterdir():
        if entry.name.endswith(".md"):
            stem = entry.name[:-3]
            found[stem] = parse_template(BUILTIN + stem, entry.read_text("utf-8"), built_in=True)
    rank = {stem: i for i, stem in enumerate(ORDER)}
    return tuple(found[s] for s in sorted(found, key=lambda s: (rank.get(s, len(ORDER)), s)))


def _validate(name: str, body: str, description: str) -> tuple[str, str, str]:
    name, description = " ".join(name.split()), " ".join(description.split())
    if not name:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "A template needs a name."))
    if len(name) > MAX_NAME:
        raise ValidationError(
            phrase(
                QT_TRANSLATE_NOOP("errors", "A template name is at most {most} characters."),
                most=MAX_NAME,
            )
        )
    if len(body) > MAX_TEMPLATE or len(description) > 500:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "This template is too long to save."))
    return name, body, description


class TemplateService:
    def __init__(self, vault: Vault) -> None:
        self._work = vault.work
        self._repo = TemplateRepository(vault.conn)
        self._audit = AuditLog(vault.conn)

    def list(self, kind: NoteKind | None = None) -> list[Template]:
        """Built-ins first, in a fixed order, then the practitioner's own by name."""
        every = [*builtin_templates(), *self._repo.list()]
        return [t for t in every if kind is None or t.kind is kind]

    def get(self, template_id: str) -> Template:
        if template_id.startswith(BUILTIN):
            for template in builtin_templates():
                if template.id == template_id:
                    return template
        elif template_id.startswith(CUSTOM) and template_id[len(CUSTOM) :].isdigit():
            return self._repo.get(int(template_id[len(CUSTOM) :]))
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "That template is not available."))

    def add(self, name: str, kind: NoteKind, body: str, description: str = "") -> Template:
        name, body, description = _validate(name, body, description)
        with self._work:
            new_id = self._repo.save(None, name, kind, description, body)
            self._audit.record(AuditKind.TEMPLATE_ADDED, template=f"{CUSTOM}{new_id}")
        return self._repo.get(new_id)

    def update(
        self, template_id: str, name: str, kind: NoteKind, body: str, description: str = ""
    ) -> Template:
        if self.get(template_id).built_in:
            raise TemplateReadOnly()
        name, body, description = _validate(name, body, description)
        number = int(template_id[len(CUSTOM) :])
        with self._work:
            self._repo.save(number, name, kind, description, body)
            self._audit.record(AuditKind.TEMPLATE_CHANGED, template=template_id)
        return self._repo.get(number)

    def copy(self, template_id: str, name: str | None = None) -> Template:
        """A practitioner's own editable copy of any template."""
        source = self.get(template_id)
        taken = {t.name.casefold() for t in self.list()}
        candidate, n = name or f"{source.name} (my copy)", 2
        while name is None and candidate.casefold() in taken:
            candidate, n = f"{source.name} (my copy {n})", n + 1
        return self.add(candidate, source.kind, source.body, source.description)

    def delete(self, template_id: str) -> None:
        if self.get(template_id).built_in:
            raise TemplateReadOnly(
                QT_TRANSLATE_NOOP("errors", "Built-in templates cannot be deleted.")
            )
        with self._work:
            self._repo.delete(int(template_id[len(CUSTOM) :]))
            self._audit.record(AuditKind.TEMPLATE_DELETED, template=template_id)
