"""What an erasure says: counts by kind in words, the rule, and how the copies that still
hold the data go. No clinical content anywhere in it."""

from __future__ import annotations

import datetime as dt

from counsel_desk.domain.erasure import (
    CLIENT_REQUEST,
    Copy,
    ErasureRecord,
    Scope,
    copies_advice,
    describe_counts,
    kind_label,
    rule_label,
)
from counsel_desk.domain.retention import RetentionRule


def test_counts_read_as_kinds_in_a_fixed_order() -> None:
    counts = {"note_tags": 3, "sessions": 312, "clients": 1, "contracts": 2, "drafts": 0}
    assert describe_counts(counts) == ["1 client record", "312 sessions", "3 tags", "2 contracts"]
    assert kind_label("session_notes", 1) == "1 session note"
    assert kind_label("boundary_events", 1_204) == "1,204 boundary events"
    assert kind_label("contract_versions", 2) == "2 contract versions"
    assert kind_label("client_boundaries", 1) == "1 boundary of your own"


def test_rules_in_words() -> None:
    assert rule_label("adult") == (
        "the retention period ended (the years kept after the last session)"
    )
    assert all(rule_label(r).startswith("the retention period ended (") for r in RetentionRule)
    assert rule_label(CLIENT_REQUEST) == "the client asked, before the retention period ended"
    assert rule_label("something_new") == "something new"


def test_how_the_copies_go() -> None:
    backup = Copy("backup", "b.cdbackup", "/usb", "2025-01-01T10:00:00Z")
    upgrade = Copy("upgrade_copy", "vault.pre-v5-x.db", "/vault", "2025-01-01T09:00:00")
    assert copies_advice([], 10) == ""
    one = str(copies_advice([backup], 10))
    assert one.startswith("1 backup made before this erasure still holds these records.")
    assert "you keep the newest 10" in one
    both = str(copies_advice([backup, backup, upgrade], 4))
    assert both.startswith("2 backups made before this erasure still hold these records.")
    assert "A copy of the vault taken before an upgrade also holds them" in both
    assert Copy.from_json(backup.as_json()) == backup


def test_a_record_in_words() -> None:
    record = ErasureRecord(
        id=1,
        at=dt.datetime(2031, 5, 2, 9, 0, tzinfo=dt.UTC),
        code="C-014",
        scope=Scope.PROCESS_NOTES,
        rule="process_notes",
        counts={"process_notes": 12, "note_tags": 4},
    )
    assert record.summary == (
        "C-014: process notes erased on 2 May 2031, because the retention period ended (the "
        "shorter period for process notes): 12 process notes, 4 tags."
    )
