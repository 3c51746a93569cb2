"""The audit trail's kinds, details and hash chain: pure, no vault."""

from __future__ import annotations

import datetime as dt
import hashlib
import json

import pytest

from counsel_desk.domain.audit import (
    AUDIT_FORMAT,
    BLANK_DETAIL,
    DETAIL_KEYS,
    GENESIS,
    AuditDetailError,
    AuditEntry,
    AuditKind,
    canonical_detail,
    check_chain,
    detail_digest,
    entry_hash,
)

AT = "2025-01-02T03:04:05Z"


def _chain(n: int) -> list[tuple[int, str, str, str, str, str]]:
    rows, prev = [], GENESIS
    for position in range(1, n + 1):
        detail = canonical_detail({"note": position})
        digest = entry_hash(position, AT, "note_finalised", detail, prev)
        rows.append((position, AT, "note_finalised", detail, prev, digest))
        prev = digest
    return rows


def _head(rows: list[tuple]) -> tuple[int, str]:
    return rows[-1][0], rows[-1][5]


def test_every_kind_has_a_label_and_a_lower_case_code() -> None:
    for kind in AuditKind:
        assert kind.label
        assert kind.value == kind.value.lower()
    assert len({k.label for k in AuditKind}) == len(AuditKind)


def test_the_encoding_is_pinned() -> None:
    """Format 1 must hash tomorrow exactly as today: a changed encoding would call every
    existing trail altered. This is the documented recipe, step by step."""
    detail = canonical_detail({"to": "file", "note": 12, "format": "pdf"})
    assert detail == '{"format":"pdf","note":12,"to":"file"}'
    digest = hashlib.sha256(detail.encode()).hexdigest()
    message = json.dumps(
        [AUDIT_FORMAT, 7, AT, "note_exported", digest, GENESIS], separators=(",", ":")
    )
    expected = hashlib.sha256(message.encode("ascii")).hexdigest()
    assert entry_hash(7, AT, "note_exported", detail, GENESIS) == expected
    assert expected == "072ff36f5b3534c66d559ad52fb382f8953e904f33e5c8a74ba89f4e3002c7b9"
    # and each part counts
    for changed in (
        entry_hash(8, AT, "note_exported", detail, GENESIS),
        entry_hash(7, AT.replace("05Z", "06Z"), "note_exported", detail, GENESIS),
        entry_hash(7, AT, "note_printed", detail, GENESIS),
        entry_hash(7, AT, "note_exported", detail.replace("12", "13"), GENESIS),
        entry_hash(7, AT, "note_exported", detail, "1" * 64),
    ):
        assert changed != expected


@pytest.mark.parametrize(
    "detail",
    [
        {"note": "Isla said she was afraid"},  # prose
        {"to": "/home/me/Isla Marsh.pdf"},  # a path
        {"client": "C-014"},  # a client's code: ids only
        {"client": "Isla"},  # capitals: a name
        {"name": 3},  # a key not in the closed set
        {"note": True},  # not an id
        {"note": 1.5},
        {"status": "x" * 41},
    ],
)
def test_a_detail_is_ids_and_codes_only(detail: dict) -> None:
    with pytest.raises(AuditDetailError):
        canonical_detail(detail)


def test_every_detail_key_is_accepted_with_an_id() -> None:
    for key in DETAIL_KEYS:
        assert canonical_detail({key: 1}) == f'{{"{key}":1}}'


def test_a_whole_chain_fits() -> None:
    rows = _chain(5)
    check = check_chain(rows, _head(rows))
    assert check.ok
    assert check.entries == 5
    assert check_chain([], None).ok


def test_an_edited_entry_is_named_by_its_position() -> None:
    rows = _chain(5)
    position, at, kind, _detail, prev, digest = rows[2]
    rows[2] = (position, at, kind, canonical_detail({"note": 99}), prev, digest)
    check = check_chain(rows, _head(rows))
    assert not check.ok
    assert check.position == 3
    assert check.problem == "audit entry 3 was changed after it was written"


def test_an_edited_entry_with_its_hash_made_again_breaks_the_next() -> None:
    rows = _chain(5)
    position, at, kind, _detail, prev, _digest = rows[2]
    detail = canonical_detail({"note": 99})
    rows[2] = (position, at, kind, detail, prev, entry_hash(position, at, kind, detail, prev))
    check = check_chain(rows, _head(rows))
    assert check.position == 4
    assert "audit entry 4 does not follow from the one before" in (check.problem or "")


def test_a_removed_entry_is_found_at_the_next() -> None:
    rows = _chain(5)
    del rows[1]
    check = check_chain(rows, _head(rows))
    assert check.position == 3
    assert check.problem == (
        "audit entry 3 does not follow from the one before: it was changed or removed"
    )


def test_two_entries_swapped_are_found() -> None:
    rows = _chain(5)
    a, b = rows[1], rows[2]
    rows[1] = (2, *b[1:])
    rows[2] = (3, *a[1:])
    assert check_chain(rows, _head(rows)).position == 2


def test_entries_removed_from_the_end_are_found_by_the_head() -> None:
    rows = _chain(5)
    head = _head(rows)
    check = check_chain(rows[:3], head)
    assert (
        check.problem
        == "the audit trail ends at entry 3, but 5 were written: the last 2 were removed"
    )
    assert check_chain(rows[:4], head).problem.endswith("the last 1 was removed")
    assert (
        check_chain(rows, None).problem == "the record of the audit trail's last entry is missing"
    )
    other = (5, "f" * 64)
    assert (
        check_chain(rows, other).problem == "audit entry 5 is not the last one the vault recorded"
    )


def test_positions_over_a_thousand_read_with_a_separator() -> None:
    rows = _chain(1205)
    position, at, kind, _detail, prev, digest = rows[1203]
    rows[1203] = (position, at, kind, "{}", prev, digest)
    assert check_chain(rows, _head(rows)).problem == (
        "audit entry 1,204 was changed after it was written"
    )


# --- erasure's one exception: a blanked detail with its digest kept -----------------------
def _blank(row: tuple) -> tuple:
    position, at, kind, detail, prev, digest = row
    return (position, at, kind, BLANK_DETAIL, prev, digest, detail_digest(detail))


def test_an_entry_blanked_by_an_erasure_still_fits_the_chain() -> None:
    rows: list[tuple] = list(_chain(5))
    rows[1] = _blank(rows[1])
    rows[3] = _blank(rows[3])
    others = [(*r, None) for r in rows if len(r) == 6]
    assert check_chain(rows, _head(rows)).ok
    assert len(others) == 3
    assert check_chain([*rows[:2], *others[1:]], None).problem is not None


def test_a_blanked_entry_with_another_digest_or_a_detail_is_found() -> None:
    rows: list[tuple] = list(_chain(4))
    position, at, kind, _blank_detail, prev, digest, _kept = _blank(rows[2])
    rows[2] = (position, at, kind, BLANK_DETAIL, prev, digest, "0" * 64)
    assert (
        check_chain(rows, _head(rows)).problem == "audit entry 3 was changed after it was written"
    )
    rows[2] = (*_blank(_chain(4)[2])[:3], canonical_detail({"note": 3}), prev, digest, "1" * 64)
    assert check_chain(rows, _head(rows)).position == 3


def test_a_blanked_entry_reads_as_such() -> None:
    entry = AuditEntry(
        7, dt.datetime(2025, 1, 2, tzinfo=dt.UTC), AuditKind.NOTE_FINALISED, {}, True
    )
    assert entry.summary == "Note finalised (details removed with erased records)"
