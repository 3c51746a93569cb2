"""The shipped measure files: numbers only, never a measure's wording; and a file that fails
to load is named in one sentence while the others still load.

The wording check reads every file as text and as TOML. Item wording could only get in as
text, so: text is allowed under a few keys only (names, labels, the licence and notes), each
short; and no text or comment reads like a questionnaire (a question, "I" or "you", a
time frame such as "over the last two weeks", an answer scale such as "several days",
or a word from the licensed measures' item labels). The check is proved on planted copies.
"""

from __future__ import annotations

import re
import shutil
import tomllib
from collections.abc import Iterator
from decimal import Decimal
from importlib import resources
from pathlib import Path

import pytest

import counsel_desk
from counsel_desk.domain.measure_files import ORDER, load_measures, read_measure_file

PACKAGE = Path(counsel_desk.__file__).parent
FOLDER = PACKAGE / "resources" / "measures"
FILES = sorted(FOLDER.glob("*.toml"))

# The only keys whose value may be text, and the most words each may hold.
TEXT_KEYS = {
    "id": 1,
    "short_name": 2,
    "name": 8,
    "kind": 1,
    "completed_by": 1,
    "entry": 1,
    "direction": 1,
    "rights": 1,
    "licence": 40,
    "cutoff_note": 20,
    "subscales.key": 1,
    "subscales.name": 2,
    "bands.label": 3,
}
PERSONAL = re.compile(r"\b(i|i'm|i've|me|my|myself|you|your|yourself|we|us|our)\b", re.I)
# What questionnaires are made of: time frames, answer scales, stems. (Generic phrases and
# the public-domain answer scales only; nothing here is a licensed measure's item.)
STEMS = (
    "over the last",
    "in the past",
    "how often",
    "have you",
    "bothered by",
    "not at all",
    "several days",
    "more than half",
    "nearly every day",
    "only occasionally",
    "most or all of the time",
    "seldom",
    "felt",
    "feeling",
)
# Words from the item labels of the licensed session and outcome scales (the labels
# themselves are licensed wording) and topics of the open measures' items.
ITEM_WORDS = (
    "heard",
    "understood",
    "respected",
    "topics",
    "approach",
    "method",
    "individually",
    "interpersonally",
    "socially",
    "interest",
    "pleasure",
    "hopeless",
    "sleep",
    "appetite",
    "tired",
    "failure",
    "concentrating",
    "fidgety",
    "restless",
    "nervous",
    "anxious",
    "worrying",
    "relax",
    "irritable",
    "afraid",
    "panic",
    "tense",
    "cope",
    "unhappy",
    "despair",
    "images",
)


def strings(value: object, where: str = "") -> Iterator[tuple[str, str]]:
    """Every text value in a parsed file, with its key path (list positions left out)."""
    if isinstance(value, dict):
        for key, item in value.items():
            yield from strings(item, f"{where}.{key}" if where else key)
    elif isinstance(value, list):
        for item in value:
            yield from strings(item, where)
    elif isinstance(value, str):
        yield where, value


def comments(text: str) -> Iterator[str]:
    for line in text.splitlines():
        if "#" in line:  # no "#" inside a string in these files (checked below)
            yield line.split("#", 1)[1]


def wording_problems(path: Path) -> list[str]:
    """Why ``path`` might carry a measure's wording; empty when it reads as numbers only."""
    text = path.read_text("utf-8")
    table = tomllib.loads(text)
    problems = []
    if not isinstance(table.get("items"), int):
        problems.append("items is not a count")
    for key, value in strings(table):
        if key not in TEXT_KEYS:
            problems.append(f"{key} holds text")
        elif len(value.split()) > TEXT_KEYS[key]:
            problems.append(f"{key} is longer than {TEXT_KEYS[key]} words")
        if "#" in value:
            problems.append(f"{key} holds a #")
    for piece in [value for _key, value in strings(table)] + list(comments(text)):
        lowered = piece.lower()
        if "?" in piece:
            problems.append(f"a question: {piece.strip()}")
        if '"' in piece or "“" in piece or "‘" in piece:
            problems.append(f"a quotation: {piece.strip()}")
        if PERSONAL.search(piece):
            problems.append(f"first or second person: {piece.strip()}")
        problems += [f"'{stem}': {piece.strip()}" for stem in STEMS if stem in lowered]
        words = set(re.findall(r"[a-z]+", lowered))
        problems += [f"'{word}': {piece.strip()}" for word in ITEM_WORDS if word in words]
    return problems


def test_every_file_in_the_folder_is_a_shipped_measure() -> None:
    folder = resources.files("counsel_desk").joinpath("resources", "measures")
    names = sorted(entry.name for entry in folder.iterdir())
    assert names == sorted(f"{measure_id}.toml" for measure_id in ORDER)


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_a_shipped_file_holds_numbers_and_no_wording(path: Path) -> None:
    assert wording_problems(path) == []


PLANTED = [
    # (text appended to a copy of srs.toml, what the check says)
    ('item_1 = "Something about the session"\n', "item_1 holds text"),
    ("# Over the last week, how was it\n", "'over the last'"),
    ("# Do they agree on goals?\n", "a question"),
    ("# I felt the session was useful\n", "first or second person"),
    ("# several days\n", "'several days'"),
    ('cutoff_note = "It asks whether the client felt heard"\n', "'heard'"),
    ('[[bands]]\nfrom = 40\nlabel = "all of the very best sessions"\n', "bands.label is longer"),
    ('cutoff_note = "The client ticks “agree”"\n', "a quotation"),
]


@pytest.mark.parametrize(("added", "said"), PLANTED)
def test_the_wording_check_catches_what_it_looks_for(tmp_path: Path, added: str, said: str) -> None:
    copy = tmp_path / "srs.toml"
    text = (FOLDER / "srs.toml").read_text("utf-8")
    if added.startswith("cutoff_note"):
        text = text.replace("cutoff = 36", f"{added}cutoff = 36")
    else:
        text += added
    copy.write_text(text, "utf-8")
    assert any(said in problem for problem in wording_problems(copy)), wording_problems(copy)


def test_items_as_a_list_of_sentences_are_caught(tmp_path: Path) -> None:
    copy = tmp_path / "ors.toml"
    text = (FOLDER / "ors.toml").read_text("utf-8")
    copy.write_text(text.replace("items = 4", 'items = ["One", "Two", "Three", "Four"]'))
    problems = wording_problems(copy)
    assert "items is not a count" in problems
    assert "items holds text" in problems


# --- a file that fails to load --------------------------------------------------------


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    shutil.copytree(FOLDER, tmp_path / "measures")
    return tmp_path / "measures"


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text("utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), "utf-8")


DAMAGE = [
    ("phq9.toml", "item_max = 3", "item_max = -1", "the lowest item value (0) must be below"),
    ("phq9.toml", "items = 9", "items = 9\nitems = 10", "cannot overwrite a value"),
    ("gad7.toml", 'id = "gad7"', 'id = "gad"', "its id gad does not match the file's name"),
    ("core10.toml", "always_visible = [6]", "always_visible = [16]", "name item 16"),
    ("wai_sr.toml", "items = [4, 6, 8, 11]", "items = [4, 6, 8, 13]", "name item 13"),
    ("ors.toml", "cutoff = 25", "cutoff = 45", "the cutoff (45) must lie within"),
    ("srs.toml", 'licence = "', 'wording = "x"\nlicence = "', "no setting called wording"),
]


@pytest.mark.parametrize(("name", "old", "new", "said"), DAMAGE)
def test_a_damaged_file_is_named_and_the_others_still_load(
    folder: Path, name: str, old: str, new: str, said: str
) -> None:
    _edit(folder / name, old, new)
    catalogue = load_measures(folder)
    assert len(catalogue.problems) == 1
    problem = catalogue.problems[0]
    assert problem.startswith(f"The measure file {name} could not be used (")
    assert said in problem
    assert problem.endswith("so that measure is not offered; reinstall Counsel Desk to restore it.")
    assert "\n" not in problem
    assert [m.id for m in catalogue] == [m for m in ORDER if f"{m}.toml" != name]


def test_a_file_that_is_not_text_and_a_missing_folder(folder: Path, tmp_path: Path) -> None:
    (folder / "srs.toml").write_bytes(b'name = "Session\xff"\n')
    (folder / "notes.txt").write_text("not a measure")  # other files are not read
    catalogue = load_measures(folder)
    assert catalogue.problems == (
        "The measure file srs.toml could not be used (the file cannot be read as text "
        "(UnicodeDecodeError)), so that measure is not offered; reinstall Counsel Desk to "
        "restore it.",
    )
    assert len(catalogue) == 5
    gone = load_measures(tmp_path / "nowhere")  # type: ignore[arg-type]
    assert gone.measures == ()
    assert gone.problems == ("The folder of measures could not be read.",)


def test_a_file_is_read_with_exact_decimals(folder: Path) -> None:
    _edit(folder / "srs.toml", "notable_change = 1 ", "notable_change = 1.5 ")
    assert read_measure_file(folder / "srs.toml").notable_change == Decimal("1.5")  # type: ignore[arg-type]
