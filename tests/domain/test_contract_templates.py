"""Contract templates as data: the two shipped ones have every clause the issue lists, each
essential one switched on and filled; a file round-trips through the writer; a malformed
file is named in one sentence and the others still load."""

from __future__ import annotations

import re
import shutil
import tomllib
from pathlib import Path

import pytest
from contractkit import CLIENT, PRACTICE, TERMS
from hypothesis import given
from hypothesis import strategies as st

import counsel_desk
from counsel_desk.domain.contract.clauses import STANDARD, Clause, essential_keys
from counsel_desk.domain.contract.placeholders import (
    PLACEHOLDERS,
    fill,
    placeholder_values,
    placeholders_in,
)
from counsel_desk.domain.contract.template import (
    ContractTemplate,
    ContractTemplateError,
    dump_template,
    parse_template,
)
from counsel_desk.services.contract_templates import (
    builtin_contract_templates,
    load_contract_templates,
)

FOLDER = Path(counsel_desk.__file__).parent / "resources" / "contracts"


def test_both_shipped_templates_load_without_a_problem() -> None:
    loaded = builtin_contract_templates()
    assert loaded.problems == ()
    assert [t.id for t in loaded.templates] == ["individual", "online"]
    individual, online = loaded.templates
    assert not individual.remote
    assert online.remote
    assert individual.name == "Counselling agreement"
    assert all(t.description for t in loaded.templates)


@pytest.mark.parametrize("template_id", ["individual", "online"])
def test_every_clause_the_issue_lists_is_there(template_id: str) -> None:
    template = builtin_contract_templates().get(template_id)
    assert template is not None
    keys = [c.key for c in template.clauses]
    assert sorted(keys) == sorted(STANDARD)  # all eighteen, none twice
    assert keys[0] == "parties"
    assert keys[-1] == "agreement"
    on = {c.key for c in template.clauses if c.enabled}
    assert set(essential_keys(template.remote)) <= on
    assert ("online" in on) == template.remote  # ready to switch on in the in-person one
    for clause in template.clauses:
        assert clause.title, clause.key
        assert clause.text.strip(), clause.key


@pytest.mark.parametrize("template_id", ["individual", "online"])
def test_every_placeholder_is_known_and_fills_from_a_complete_profile(template_id: str) -> None:
    template = builtin_contract_templates().get(template_id)
    assert template is not None
    values = placeholder_values(TERMS, PRACTICE, CLIENT)
    for clause in template.clauses:
        filled = fill(clause.text, values)
        assert filled.complete, (clause.key, filled)
        assert "{" not in filled.text
        assert "}" not in filled.text
    used = {name for c in template.clauses for name in placeholders_in(c.text)}
    # The terms a contract is judged by are always quoted from the terms, never typed in.
    assert {"session_length", "fee", "client_notice", "practitioner_notice"} <= used


def test_the_wording_is_our_own_and_names_no_body_or_service() -> None:
    text = " ".join(path.read_text("utf-8") for path in FOLDER.glob("*.toml"))
    for name in ("BACP", "UKCP", "BABCP", "BPC", "NCPS", "HCPC", "Zoom", "Skype", "Teams"):
        assert not re.search(rf"\b{name}\b", text), name
    assert "£" not in text  # fees come from the terms
    # British spelling, and no American spellings the eye would catch
    for word in ("counselor", "behavior", "center", "license "):
        assert word not in text.lower()


@pytest.mark.parametrize("path", sorted(FOLDER.glob("*.toml")), ids=lambda p: p.name)
def test_a_shipped_file_reads_back_unchanged_through_the_writer(path: Path) -> None:
    template = parse_template(path.read_text("utf-8"), path.name)
    assert parse_template(dump_template(template), "copy.toml") == template
    assert template.id == path.stem


_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="{}\r"),
    max_size=200,
)


@given(
    name=_text.filter(lambda s: " ".join(s.split())),
    description=_text,
    texts=st.lists(_text, min_size=1, max_size=4),
    remote=st.booleans(),
    enabled=st.booleans(),
)
def test_any_template_round_trips_through_toml(
    name: str, description: str, texts: list[str], remote: bool, enabled: bool
) -> None:
    clauses = tuple(
        Clause(f"own-{n}", f"Clause {n}", text, enabled) for n, text in enumerate(texts, 1)
    )
    made = ContractTemplate("mine", name, description, remote, clauses)
    once = parse_template(dump_template(made), "mine.toml")
    assert once.name == " ".join(name.split())
    assert once.description == description
    wanted = [t.strip("\n") if t.strip() else "" for t in texts]  # blank is empty
    assert [c.text.strip("\n") for c in once.clauses] == wanted
    assert parse_template(dump_template(once), "mine.toml") == once


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    copy = tmp_path / "contracts"
    shutil.copytree(FOLDER, copy)
    return copy


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text("utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), "utf-8")


@pytest.mark.parametrize(
    ("old", "new", "said"),
    [
        ('key = "fees"', 'key = "fees"\nkey = "fees"', "cannot be used (cannot overwrite a value"),
        ("remote = true", "remote = 1", "remote should be true or false"),
        ("version = 1", "version = 2", "format version 2, which this Counsel Desk cannot read"),
        ("{fee}", "{feee}", "clause 4 (fees) uses {feee}, which is not a placeholder"),
        ('key = "sessions"', 'key = "parties"', "appears twice"),
        ('title = "Supervision"', 'title = "Supervision"\ncolour = "red"',
         "has colour, which a template cannot have"),
        ('key = "fees"\n', "", "clause 4 has no key"),
        ("[[clauses]]", "[clauses]", "cannot be used"),
    ],
)  # fmt: skip
def test_a_malformed_file_is_named_in_one_sentence_and_the_others_still_load(
    folder: Path, old: str, new: str, said: str
) -> None:
    _edit(folder / "online.toml", old, new)
    loaded = load_contract_templates(folder)  # type: ignore[arg-type]
    assert [t.id for t in loaded.templates] == ["individual"]
    (problem,) = loaded.problems
    assert problem.startswith("The contract template online.toml cannot be used (")
    assert said in problem
    assert problem.endswith("the other templates are still there.")
    assert "\n" not in problem
    assert "Traceback" not in problem


def test_a_file_that_is_not_text_or_repeats_an_id_is_named_too(folder: Path) -> None:
    (folder / "zz-broken.toml").write_bytes(b"\xff\xfe not utf-8")
    shutil.copy(folder / "online.toml", folder / "online-copy.toml")
    (folder / "notes.txt").write_text("not a template", "utf-8")
    loaded = load_contract_templates(folder)  # type: ignore[arg-type]
    assert [t.id for t in loaded.templates] == ["individual", "online"]
    assert len(loaded.problems) == 2
    assert "online.toml has the same id" in loaded.problems[0] or (
        "online-copy.toml has the same id" in loaded.problems[0]
    )
    assert "zz-broken.toml cannot be read as text" in loaded.problems[1]


def test_a_template_parsing_error_is_a_counsel_desk_error_with_a_sentence() -> None:
    with pytest.raises(ContractTemplateError) as caught:
        parse_template('format = "something else"', "odd.toml")
    assert "odd.toml" in caught.value.message
    with pytest.raises(tomllib.TOMLDecodeError):
        tomllib.loads("[[")  # the parser's own error is what parse_template words


def test_the_placeholder_list_describes_every_value_it_fills() -> None:
    values = placeholder_values(TERMS, PRACTICE, CLIENT)
    assert set(values) == set(PLACEHOLDERS)
    assert all(PLACEHOLDERS[name] for name in PLACEHOLDERS)
