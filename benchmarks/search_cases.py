"""The odd searches a practitioner can type, each timed through the search service.

Used by probe.py (inside each measured app session) and run.py (the same searches on the
vault and on plain SQLite). On its own it prints one table, which is how the README's
"before" column was measured against the code of the time:

    python benchmarks/search_cases.py VAULT_FOLDER PASSPHRASE

It only calls ``SearchService.search(text, **filters)``, which every version has had.
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable
from typing import Any

SIXTEEN_COMMON = "the and to of a in was she he it that with for on but not"
LONG_PHRASE = (
    '"she said that the work had been hard lately and that she felt she could not go on '
    'with it for much longer without some kind of help from someone"'
)
PUNCTUATION = "'-'- ;; ...!! (a) [b] {c} -x- \"\" ' ''' a' 'b ‘’“” … — – ** __ ## >> ~~ `"

# (key, what it is, typed text, filters)
CASES: list[tuple[str, str, str, dict[str, Any]]] = [
    ("letter", 'a single letter ("a")', "a", {}),
    ("letter_supervision", "a single letter, supervision flag", "a", {"flag": "supervision"}),
    ("repeated", '16 repeated terms ("the the …")', " ".join(["the"] * 16), {}),
    ("sixteen_common", "16 different common words", SIXTEEN_COMMON, {}),
    ("long_phrase", "a long quoted phrase (26 words)", LONG_PHRASE, {}),
    ("punctuation", "punctuation soup", PUNCTUATION, {}),
    ("nearly_every", 'a word in nearly every note ("the")', "the", {}),
    ("two_letters", 'two letters, the start of most words ("th")', "th", {}),
    ("page_five", 'page 5 of "work" (50 a page)', "work", {"offset": 200}),
]


def _filters(filters: dict[str, Any]) -> dict[str, Any]:
    """Filters as the service takes them (the flag as a NoteFlag)."""
    out = dict(filters)
    if "flag" in out:
        from counsel_desk.domain.notes import NoteFlag

        out["flag"] = NoteFlag(out["flag"])
    return out


def time_cases(search: Callable[..., Any], runs: int) -> dict[str, list[float]]:
    """Milliseconds per run for each case (one untimed run first: caches warm, as in use)."""
    out: dict[str, list[float]] = {}
    for key, _what, text, filters in CASES:
        kwargs = {"limit": 50, **_filters(filters)}
        search(text, **kwargs)
        times = []
        for _ in range(runs):
            started = time.perf_counter()
            search(text, **kwargs)
            times.append((time.perf_counter() - started) * 1000)
        out[key] = times
    return out


def workload(search: Callable[..., Any]) -> None:
    """Every case once (for the vault vs plain SQLite ratio)."""
    for _key, _what, text, filters in CASES:
        search(text, limit=50, **_filters(filters))


def main() -> None:
    import counsel_desk
    from counsel_desk.services.workspace import unlock

    ws = unlock(sys.argv[1], sys.argv[2])
    try:
        results = time_cases(ws.search.search, 7)
    finally:
        ws.close()
    print(f"code: {counsel_desk.__file__}")
    for key, what, _text, _filters in CASES:
        values = results[key]
        spread = f"{min(values):.1f}–{max(values):.1f}"
        print(f"{what:<48} {statistics.median(values):8.1f} ms  ({spread})")


if __name__ == "__main__":
    main()
