"""The unit of work: one BEGIN IMMEDIATE and one COMMIT, savepoints when nested, nothing kept
on failure, and repositories that refuse to write on their own."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import counsel_desk
from counsel_desk.domain.clients import ClientDraft
from counsel_desk.storage.clients import ClientRepository
from counsel_desk.storage.errors import ReadOnlyStorage, StorageFailure
from counsel_desk.storage.unit_of_work import LOST, OutsideUnitOfWork, UnitOfWork

PACKAGE = Path(counsel_desk.__file__).parent


@pytest.fixture
def conn(workspace):
    return workspace.vault.conn


@pytest.fixture
def statements(conn):
    """Every statement the connection runs, from now on."""
    seen: list[str] = []
    conn.set_trace_callback(seen.append)
    yield seen
    conn.set_trace_callback(None)


def _codes(conn) -> list[str]:
    return [r[0] for r in conn.execute("SELECT code FROM clients ORDER BY code")]


def test_a_repository_refuses_to_write_on_its_own(conn) -> None:
    with pytest.raises(OutsideUnitOfWork):
        ClientRepository(conn).add(ClientDraft("C-001"))
    assert _codes(conn) == []


def test_one_begin_and_one_commit_for_everything_inside(conn, statements) -> None:
    work = UnitOfWork(conn)
    repo = ClientRepository(conn)
    with work:
        for n in range(3):
            repo.add(ClientDraft(f"C-00{n}"))
    control = [s for s in statements if s.split()[0] in ("BEGIN", "COMMIT", "ROLLBACK")]
    assert control == ["BEGIN IMMEDIATE", "COMMIT"]
    assert _codes(conn) == ["C-000", "C-001", "C-002"]


def _add_then_fail(work: UnitOfWork, code: str) -> None:
    with work:
        ClientRepository(work.conn).add(ClientDraft(code))
        raise RuntimeError("the second step failed")


def test_an_error_keeps_nothing_of_what_came_before(conn) -> None:
    with pytest.raises(RuntimeError, match="second"):
        _add_then_fail(UnitOfWork(conn), "C-001")
    assert _codes(conn) == []
    assert not conn.in_transaction


def test_a_nested_unit_of_work_is_a_savepoint_that_can_fail_alone(conn, statements) -> None:
    work = UnitOfWork(conn)
    repo = ClientRepository(conn)
    with work:
        repo.add(ClientDraft("C-001"))
        with pytest.raises(RuntimeError):
            _add_then_fail(work, "C-002")  # a sub-step failed; the caller carries on
        assert work.depth == 1
        with work:
            assert work.depth == 2
            repo.add(ClientDraft("C-003"))
    assert _codes(conn) == ["C-001", "C-003"]
    control = [s for s in statements if s.split()[0] in ("BEGIN", "COMMIT", "SAVEPOINT")]
    assert control == [
        "BEGIN IMMEDIATE",
        "SAVEPOINT unit_of_work_1",
        "SAVEPOINT unit_of_work_1",
        "COMMIT",
    ]
    assert "ROLLBACK TO unit_of_work_1" in statements
    assert work.depth == 0


def test_a_nested_success_is_undone_with_the_outer_failure(conn) -> None:
    work = UnitOfWork(conn)

    def use_case() -> None:
        with work:
            with work:
                ClientRepository(conn).add(ClientDraft("C-001"))
            raise RuntimeError("the outer use case failed after the nested one")

    with pytest.raises(RuntimeError):
        use_case()
    assert _codes(conn) == []


def test_driver_errors_leave_as_sentences_after_the_rollback(conn) -> None:
    conn.execute("PRAGMA query_only = ON")
    try:
        with pytest.raises(ReadOnlyStorage), UnitOfWork(conn):
            ClientRepository(conn).add(ClientDraft("C-001"))
    finally:
        conn.execute("PRAGMA query_only = OFF")
    assert not conn.in_transaction
    assert _codes(conn) == []


def test_a_transaction_lost_underneath_is_never_taken_for_saved(conn) -> None:
    """SQLite may roll a whole transaction back itself (a full disk): a caller that carried
    on must not be told its work was saved."""

    def use_case() -> None:
        with UnitOfWork(conn):
            ClientRepository(conn).add(ClientDraft("C-001"))
            conn.execute("ROLLBACK")  # what SQLite does itself on some errors

    with pytest.raises(StorageFailure, match="could not be saved") as caught:
        use_case()
    assert caught.value.message == LOST
    assert _codes(conn) == []


def test_a_transaction_opened_elsewhere_is_refused(conn) -> None:
    conn.execute("BEGIN")
    try:
        with pytest.raises(OutsideUnitOfWork), UnitOfWork(conn):
            pass
    finally:
        conn.execute("ROLLBACK")


def test_the_vault_hands_out_one_unit_of_work_per_connection(workspace) -> None:
    vault = workspace.vault
    assert vault.work is vault.work
    assert vault.work.conn is vault.conn


# Where a transaction may begin, commit or roll back: the unit of work, and migrations (each
# migration is its own atomic step, begun inside its script).
TRANSACTION_OWNERS = {"storage/unit_of_work.py", "storage/migrate.py"}
_CONTROL = re.compile(r"""["'](BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE|END)\b""")


def _control_statements(text: str) -> list[str]:
    return _CONTROL.findall(text)


def test_only_the_unit_of_work_and_migrations_begin_or_end_a_transaction() -> None:
    offenders = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        name = path.relative_to(PACKAGE).as_posix()
        found = _control_statements(path.read_text("utf-8"))
        if found and name not in TRANSACTION_OWNERS:
            offenders[name] = found
    assert offenders == {}
    # and the rule would catch one
    assert _control_statements('conn.execute("BEGIN IMMEDIATE")') == ["BEGIN"]
    assert _control_statements("conn.execute('COMMIT')") == ["COMMIT"]
