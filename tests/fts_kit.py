"""FTS5 itself as the oracle for the search tests: what its unicode61 tokenizer makes of each
character, which rows a MATCH expression finds, and what ``highlight()`` marks.

The domain's tokenizer tables are generated from the same probe; to write them again (after
an SQLite upgrade changed what the tests report):

    .venv/bin/python tests/fts_kit.py
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path

import sqlcipher3

ROOT = Path(__file__).resolve().parents[1]
SCHEMA = ROOT / "counsel_desk" / "storage" / "schema"
TABLES = ROOT / "counsel_desk" / "domain" / "tokenizer_tables.py"
LAST_CODE_POINT = 0x10FFFF


def vault_tokenizer() -> str:
    """The ``tokenize`` option the vault's search index was created with."""
    found = re.findall(r"tokenize\s*=\s*'([^']*)'", "".join(
        path.read_text("utf-8") for path in sorted(SCHEMA.glob("*.sql"))
    ))  # fmt: skip
    assert found, "no FTS5 tokenize option in the schema"
    return found[-1]


def fts_table(columns: int = 1) -> sqlcipher3.Connection:
    """An in-memory FTS5 table ``t`` (columns c0, c1, …) tokenised exactly as the vault's."""
    conn = sqlcipher3.connect(":memory:", isolation_level=None)
    names = ", ".join(f"c{i}" for i in range(columns))
    conn.execute(
        f"CREATE VIRTUAL TABLE t USING fts5({names}, tokenize = '{vault_tokenizer()}', "
        "prefix = '2 3')"
    )
    conn.execute("CREATE VIRTUAL TABLE v USING fts5vocab(t, 'instance')")
    return conn


def classify(code_points: Iterable[int]) -> dict[int, str | None]:
    """For each code point, ``None`` if FTS5 reads it as a separator, else what it folds to
    ('' when it is dropped, as combining accents are).

    Each code point is probed between two q's: a separator gives the tokens q and q, a token
    character one token q…q.
    """
    conn = fts_table()
    conn.execute("BEGIN")
    conn.executemany(
        "INSERT INTO t (rowid, c0) VALUES (?, ?)", ((cp, f"q{chr(cp)}q") for cp in code_points)
    )
    conn.execute("COMMIT")
    seen: dict[int, list[tuple[int, str]]] = {}
    for term, doc, offset in conn.execute("SELECT term, doc, offset FROM v"):
        seen.setdefault(doc, []).append((offset, term))
    conn.close()
    out: dict[int, str | None] = {}
    for cp, found in seen.items():
        terms = [term for _offset, term in sorted(found)]
        out[cp] = terms[0][1:-1] if len(terms) == 1 else None
    return out


def all_code_points() -> range | list[int]:
    return [cp for cp in range(1, LAST_CODE_POINT + 1) if not 0xD800 <= cp <= 0xDFFF]


def fts_tokens(text: str) -> list[str]:
    """The folded tokens FTS5 makes of ``text``, in order."""
    conn = fts_table()
    conn.execute("INSERT INTO t (rowid, c0) VALUES (1, ?)", (text,))
    rows = conn.execute("SELECT term FROM v ORDER BY offset").fetchall()
    conn.close()
    return [term for (term,) in rows]


def highlight(texts: Sequence[str], expression: str, start: str, end: str) -> list[str] | None:
    """Each text with FTS5's own ``highlight()`` marks for ``expression``, or ``None`` when
    FTS5 does not match the row."""
    conn = fts_table(len(texts))
    names = ", ".join(f"c{i}" for i in range(len(texts)))
    conn.execute(f"INSERT INTO t (rowid, {names}) VALUES (1, {', '.join('?' * len(texts))})", texts)
    marks = ", ".join(f"highlight(t, {i}, ?, ?)" for i in range(len(texts)))
    row = conn.execute(
        f"SELECT {marks} FROM t WHERE t MATCH ?", [*([start, end] * len(texts)), expression]
    ).fetchone()
    conn.close()
    return None if row is None else list(row)


# --- writing the domain's tables ----------------------------------------------------------
def _escape(cp: int) -> str:
    if cp <= 0xFF:
        return f"\\x{cp:02x}"
    if cp <= 0xFFFF:
        return f"\\u{cp:04x}"
    return f"\\U{cp:08x}"


def separator_ranges(found: dict[int, str | None]) -> list[tuple[int, int]]:
    """(first, last) ranges of every separator, NUL included; none crosses U+FFFF."""
    ranges: list[list[int]] = [[0, 0]]
    for cp in sorted(found):
        if found[cp] is not None:
            continue
        if ranges[-1][1] == cp - 1 and cp != 0x10000:
            ranges[-1][1] = cp
        else:
            ranges.append([cp, cp])
    return [(a, b) for a, b in ranges]


def _class(ranges: list[tuple[int, int]]) -> list[str]:
    return [_escape(a) if a == b else f"{_escape(a)}-{_escape(b)}" for a, b in ranges]


def fold_runs(found: dict[int, str | None]) -> list[tuple[int, int, int, int | None]]:
    """(first, last, step, delta) runs of the characters that fold to another: each folds to
    itself plus ``delta``; a ``None`` delta drops it."""
    runs: list[tuple[int, int, int, int | None]] = []
    for cp in sorted(found):
        folded = found[cp]
        if folded is None or folded == chr(cp):
            continue
        delta = ord(folded) - cp if folded else None
        if runs:
            first, last, step, run_delta = runs[-1]
            gap = cp - last
            if run_delta == delta and (gap == step or (first == last and gap in (1, 2))):
                runs[-1] = (first, cp, gap, delta)
                continue
        runs.append((cp, cp, 1, delta))
    return runs


def write_tables(path: Path = TABLES) -> None:
    found = classify(all_code_points())
    version = sqlcipher3.connect(":memory:").execute("SELECT sqlite_version()").fetchone()[0]
    ranges = separator_ranges(found)
    bmp = _class([r for r in ranges if r[1] <= 0xFFFF])
    astral = _class([r for r in ranges if r[0] > 0xFFFF])
    runs = [f"{a:x}:{b:x}:{step}:{'x' if d is None else d}" for a, b, step, d in fold_runs(found)]
    lines = [
        '"""What SQLite\'s FTS5 unicode61 tokenizer (remove_diacritics 2) reads as a separator',
        f"and how it folds each character. Generated from SQLite {version} by tests/fts_kit.py;",
        "do not edit by hand (tests/domain/test_tokenizer.py checks it against the engine).",
        '"""',
        "",
        "# Regular-expression ranges of the characters that separate words: up to U+FFFF,",
        "# then above (kept apart: Python's re checks a class of both far more slowly).",
        "SEPARATORS = (",
        *_wrap(bmp, "", 84),
        ")",
        "ASTRAL_SEPARATORS = (",
        *_wrap(astral, "", 84),
        ")",
        "",
        "# first:last:step:delta (hex, hex, decimal, decimal); a character in a run folds to",
        "# itself plus delta; delta x drops it.",
        "FOLD_RUNS = (",
        *_wrap(runs, " ", 84),
        ")",
        "",
    ]
    path.write_text("\n".join(lines), "utf-8")


def _wrap(items: list[str], sep: str, width: int) -> list[str]:
    lines, line = [], ""
    for item in items:
        piece = (sep if line else "") + item
        if len(line) + len(piece) > width:
            lines.append(f'    r"{line}{sep}"' if sep else f'    r"{line}"')
            line = item
        else:
            line += piece
    if line:
        lines.append(f'    r"{line}"')
    return lines


if __name__ == "__main__":
    write_tables()
    print(f"wrote {TABLES}", file=sys.stderr)
