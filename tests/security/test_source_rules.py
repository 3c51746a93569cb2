"""Source rules: no plaintext-export or passphrase-keying SQL, one sqlcipher3 importer."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import counsel_desk

PACKAGE = Path(counsel_desk.__file__).parent
SOURCES = sorted(PACKAGE.rglob("*.py")) + sorted(PACKAGE.rglob("*.sql"))

BANNED = {
    "ATTACH (the plaintext-export footgun, KEY '')": re.compile(r"\bATTACH\b"),
    "KEY ''": re.compile(r"""KEY\s*(''|"")""", re.IGNORECASE),
    "PRAGMA key / rekey (keys must go through set_key)": re.compile(
        r"PRAGMA\s+(re)?key\b", re.IGNORECASE
    ),
    "cipher_plaintext_header": re.compile(r"plaintext_header", re.IGNORECASE),
    "temp_store FILE": re.compile(r"temp_store\s*=\s*(1|FILE)\b", re.IGNORECASE),
    "enable_load_extension": re.compile(r"load_extension\s*\("),
}


def test_the_rules_would_catch_what_they_ban() -> None:
    examples = {
        "ATTACH (the plaintext-export footgun, KEY '')": "ATTACH DATABASE 'x.db' AS plain",
        "KEY ''": "ATTACH 'x' AS p KEY ''",
        "PRAGMA key / rekey (keys must go through set_key)": "conn.execute(\"PRAGMA key = 'x'\")",
        "cipher_plaintext_header": "PRAGMA cipher_plaintext_header_size = 32",
        "temp_store FILE": "PRAGMA temp_store = FILE",
        "enable_load_extension": "conn.enable_load_extension(True)",
    }
    assert examples.keys() == BANNED.keys()
    for name, text in examples.items():
        assert BANNED[name].search(text), name


def test_sources_are_found() -> None:
    names = {p.relative_to(PACKAGE).as_posix() for p in SOURCES}
    assert {
        "storage/db.py",
        "storage/vault.py",
        "cli.py",
        "storage/schema/0001_initial.sql",
    } <= names


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: p.relative_to(PACKAGE).as_posix())
def test_no_banned_sql(path: Path) -> None:
    text = path.read_text("utf-8")
    found = [name for name, pattern in BANNED.items() if pattern.search(text)]
    assert found == [], f"{path.relative_to(PACKAGE)}: {found}"


@pytest.mark.parametrize(
    "path",
    [p for p in SOURCES if p.suffix == ".py"],
    ids=lambda p: p.relative_to(PACKAGE).as_posix(),
)
def test_only_storage_mentions_sqlcipher3(path: Path) -> None:
    text = path.read_text("utf-8")
    imports = re.findall(r"^\s*(?:import|from)\s+sqlcipher3\b", text, re.MULTILINE)
    dynamic = 'import_module("sqlcipher3' in text or '__import__("sqlcipher3' in text
    in_storage = path.relative_to(PACKAGE).parts[0] == "storage"
    if not in_storage:
        assert imports == [], path
        assert not dynamic, path
