"""Templates: the built-ins load from package resources; practitioners add, edit, copy, delete."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from counsel_desk.domain.clients import ClientDraft
from counsel_desk.domain.notes import NoteKind
from counsel_desk.domain.sessions import SessionDraft
from counsel_desk.services.templates import (
    TemplateFormatError,
    TemplateReadOnly,
    builtin_templates,
    parse_template,
)
from counsel_desk.storage.errors import Conflict

EXPECTED = {
    "builtin:free_text": NoteKind.SESSION,
    "builtin:soap": NoteKind.SESSION,
    "builtin:dap": NoteKind.SESSION,
    "builtin:birp": NoteKind.SESSION,
    "builtin:person_centred": NoteKind.SESSION,
    "builtin:process_reflection": NoteKind.PROCESS,
    "builtin:supervision": NoteKind.PROCESS,
}


def test_every_builtin_loads_in_order_with_its_kind() -> None:
    templates = builtin_templates()
    assert [t.id for t in templates] == list(EXPECTED)
    assert {t.id: t.kind for t in templates} == EXPECTED
    assert len({t.name for t in templates}) == len(templates)
    assert all(t.built_in and t.description for t in templates)


@pytest.mark.parametrize("template", builtin_templates(), ids=lambda t: t.id)
def test_builtin_bodies_are_real_guidance_not_placeholders(template) -> None:
    lines = [line.strip() for line in template.body.splitlines() if line.strip()]
    headings = [line for line in lines if line.startswith("#")]
    prose = [line for line in lines if not line.startswith("#")]
    assert headings
    assert prose
    assert all(len(re.findall(r"[A-Za-z]+", p)) >= 6 for p in prose)  # sentences, not stubs
    assert not re.search(r"TODO|lorem|\{\{|\[\[|XXX|<.+>", template.body, re.IGNORECASE)
    assert not template.body.startswith("---")


def test_a_malformed_template_file_is_caught() -> None:
    with pytest.raises(TemplateFormatError):
        parse_template("x", "no header", built_in=True)
    with pytest.raises(TemplateFormatError):
        parse_template("x", "---\nname: A\nkind: nonsense\n---\nbody", built_in=True)
    with pytest.raises(TemplateFormatError):
        parse_template("x", "---\nkind: session\n---\nbody", built_in=True)


def test_practitioner_templates_can_be_added_edited_copied_and_deleted(workspace) -> None:
    mine = workspace.templates.add("Short check-in", NoteKind.SESSION, "## Today\n\nNotes.\n")
    assert mine.id.startswith("custom:")
    assert not mine.built_in
    edited = workspace.templates.update(mine.id, "Short check-in", NoteKind.PROCESS, "## Me\n")
    assert (edited.kind, edited.body) == (NoteKind.PROCESS, "## Me\n")
    copy = workspace.templates.copy("builtin:soap")
    assert copy.name == "SOAP (my copy)"
    assert copy.body == workspace.templates.get("builtin:soap").body
    assert workspace.templates.copy("builtin:soap").name == "SOAP (my copy 2)"
    with pytest.raises(Conflict, match="already have a template"):
        workspace.templates.add("short CHECK-in", NoteKind.SESSION, "")
    ids = [t.id for t in workspace.templates.list()]
    assert ids[: len(EXPECTED)] == list(EXPECTED)
    assert mine.id in ids
    assert all(t.kind is NoteKind.PROCESS for t in workspace.templates.list(NoteKind.PROCESS))
    workspace.templates.delete(mine.id)
    assert mine.id not in [t.id for t in workspace.templates.list()]


def test_builtins_cannot_be_edited_or_deleted(workspace) -> None:
    with pytest.raises(TemplateReadOnly, match="make a copy"):
        workspace.templates.update("builtin:dap", "DAP", NoteKind.SESSION, "changed")
    with pytest.raises(TemplateReadOnly):
        workspace.templates.delete("builtin:dap")


def test_a_note_can_start_from_a_practitioner_template(workspace) -> None:
    client = workspace.clients.add(ClientDraft(code="C-002"))
    session = workspace.sessions.add(SessionDraft(client.id, dt.datetime(2024, 5, 2, 9, 0)))
    mine = workspace.templates.add("Reflection", NoteKind.PROCESS, "## What stayed with me\n")
    note = workspace.notes.create(session.id, mine.id)
    assert note.kind is NoteKind.PROCESS
    assert note.body == "## What stayed with me\n"
    assert note.template_id == mine.id
