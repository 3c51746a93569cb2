"""The demo's wording data files: all of them are read, each is checked against its shape,
and a damaged one stops the demo with one sentence naming the file, before anything is made.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from importlib import resources
from pathlib import Path

import pytest

import counsel_desk
from counsel_desk.demo import phrase_banks as pb
from counsel_desk.domain.errors import EXIT_OTHER, CounselDeskError

PACKAGE = Path(counsel_desk.__file__).parent


def test_every_data_file_is_a_bank_the_demo_reads() -> None:
    folder = resources.files("counsel_desk").joinpath("resources", "demo")
    assert sorted(entry.name for entry in folder.iterdir()) == sorted(pb.FILES)
    assert len(pb.THEMES) == 15
    assert pb.THEMES["grief"].about == "grief"
    assert pb.PHRASES.moods[0] == "quieter than usual"
    assert pb.OCCASIONS.seasonal[0].months == frozenset({12})
    assert set(pb.NAMES.given) == set(pb.WORDING.pronouns) == {"she", "he", "they"}
    assert set(pb.BOUNDARIES.kinds) == pb.BOUNDARY_KINDS


def test_the_banks_cannot_be_changed_by_accident() -> None:
    with pytest.raises(TypeError):
        pb.THEMES["grief"] = pb.THEMES["work"]  # type: ignore[index]
    with pytest.raises(TypeError):
        pb.OCCASIONS.medium["phone"] = ()  # type: ignore[index]
    with pytest.raises(AttributeError):
        pb.PHRASES.moods = ()  # type: ignore[misc]
    assert isinstance(pb.PHRASES.moods, tuple)
    assert isinstance(pb.OCCASIONS.seasonal[0].months, frozenset)


@pytest.fixture
def banks(tmp_path: Path) -> Path:
    """A copy of the data files, to damage."""
    shutil.copytree(PACKAGE / "resources" / "demo", tmp_path / "demo")
    return tmp_path / "demo"


def test_a_copy_reads_the_same(banks: Path) -> None:
    loaded = [pb.load(name, banks) for name in pb.FILES]
    assert loaded == [
        pb.THEMES,
        pb.PHRASES,
        pb.OCCASIONS,
        pb.NAMES,
        pb.WORDING,
        pb.BOUNDARIES,
        pb.ALLIANCE,
        pb.CARE,
    ]


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text("utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), "utf-8")


DAMAGE = [
    # file, text replaced, replacement, what the sentence says is wrong
    ("phrases.toml", '"tearful",', '"tearful"', "(unclosed array at line "),
    ("phrases.toml", '"tearful",', "3,", "moods[3] should be text in quotes"),
    ("phrases.toml", "moods = [", "mods = [", "mods is not something the demo uses"),
    ("phrases.toml", "mood_when = [", "mood_when = [] # [", "mood_when is an empty list"),
    ("occasions.toml", "{ months = [12], text", "{ months = 12, text", "seasonal[1].months"),
    ("occasions.toml", "late_reasons.in_person", "late_reasons.in_car", "has no in_person"),
    ("themes.toml", 'about = "grief"\n', "", "grief.about is missing"),
    ("names.toml", "given.they = [", "given.them = [", "given has no they"),
    ("wording.toml", 'r = "themselves"', 'r = "themselves", x = "y"', "they.x is not"),
    ("boundaries.toml", "[kinds.lateness]", "[kinds.late]", "kinds has no lateness"),
    ("boundaries.toml", '"Saw {o}', '3, "Saw {o}', "kinds.chance_meeting.happened[1] should be"),
]


@pytest.mark.parametrize(("name", "old", "new", "said"), DAMAGE)
def test_a_damaged_bank_is_named_with_what_is_wrong(
    banks: Path, name: str, old: str, new: str, said: str
) -> None:
    _edit(banks / name, old, new)
    with pytest.raises(pb.PhraseBankError) as caught:
        pb.load(name, banks)
    message = caught.value.message
    assert message.startswith(f"The demo's phrase bank {banks / name} is damaged (")
    assert said in message
    assert message.endswith("so no demo data was made. Reinstall Counsel Desk to restore it.")
    assert "\n" not in message
    assert isinstance(caught.value, CounselDeskError)
    assert caught.value.exit_code == EXIT_OTHER


def test_a_bank_that_is_not_text_or_is_missing_is_named(banks: Path) -> None:
    (banks / "names.toml").write_bytes(b'surnames = ["Abbott\xff"]\n')
    with pytest.raises(pb.PhraseBankError, match=r"names\.toml is damaged \(the file cannot be"):
        pb.load("names.toml", banks)
    (banks / "wording.toml").unlink()
    with pytest.raises(pb.PhraseBankError, match=r"wording\.toml is damaged \(the file is missing"):
        pb.load("wording.toml", banks)


@pytest.mark.parametrize(
    "args", [["demo", "--clients", "3", "--passphrase-stdin"], ["--demo", "--exit-when-ready"]]
)
def test_the_app_says_so_and_makes_nothing(tmp_path: Path, args: list[str]) -> None:
    """A damaged bank in an installed copy of the package: one sentence, exit code 1, and no
    vault, for `counsel-desk demo` and for `counsel-desk --demo`."""
    copy = tmp_path / "site"
    shutil.copytree(PACKAGE, copy / "counsel_desk", ignore=shutil.ignore_patterns("__pycache__"))
    bank = copy / "counsel_desk" / "resources" / "demo" / "themes.toml"
    _edit(bank, "[grief]", "[grief")
    vault, scratch = tmp_path / "vault", tmp_path / "scratch"
    scratch.mkdir()
    done = subprocess.run(
        [sys.executable, "-m", "counsel_desk", *args, "--vault", str(vault)],
        input="a long enough demo passphrase\n" * 2,
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(copy), "TMPDIR": str(scratch)},
        timeout=120,
        check=False,
    )
    assert done.returncode == EXIT_OTHER, done.stderr
    assert done.stderr.count("\n") == 1, done.stderr
    assert done.stderr.startswith(f"counsel-desk: The demo's phrase bank {bank} is damaged (")
    assert "declaration at line 19, column 7)" in done.stderr  # where [grief lost its ]
    assert "Traceback" not in done.stderr
    assert not vault.exists()
    assert list(scratch.iterdir()) == []  # --demo made no temporary vault either
