"""One use case, one transaction: ``BEGIN IMMEDIATE`` … ``COMMIT`` once, or nothing at all.

A service opens a unit of work around everything one use case writes (a client with its
identity and first sessions; a note finalised with its audit entry) and the repositories
it calls join it: they never begin or commit a transaction of their own, and refuse to
write outside one. A unit of work entered while another is open on the same connection is
a SAVEPOINT inside it: a nested use case (or a sub-step the caller may recover from) rolls
back alone, and still commits only with the outermost one.

::

    with vault.work:                     # BEGIN IMMEDIATE
        client_id = clients.add(draft)
        with vault.work:                 # SAVEPOINT
            sessions.add(first_session)
        audit.record(...)
                                         # COMMIT (or ROLLBACK on any error)

``BEGIN IMMEDIATE`` takes the write lock at the start, so a use case never fails halfway
for want of it. One unit of work belongs to one connection and is used by the thread that
writes (the app's UI thread); it is not for sharing between threads.
"""

from __future__ import annotations

import logging
from types import TracebackType

from counsel_desk.domain.i18n import QT_TRANSLATE_NOOP
from counsel_desk.storage.db import Connection, DatabaseError, translate
from counsel_desk.storage.errors import StorageFailure

log = logging.getLogger(__name__)

LOST = QT_TRANSLATE_NOOP(
    "errors",
    "The change could not be saved: the database gave up the transaction part of the way "
    "through. Nothing of it was kept; try again.",
)


class OutsideUnitOfWork(RuntimeError):
    """A repository was asked to write with no unit of work open: a bug, never user error."""


def require_unit_of_work(conn: Connection) -> None:
    """Refuse a write that would commit on its own, apart from the rest of its use case."""
    if not conn.in_transaction:
        raise OutsideUnitOfWork(
            QT_TRANSLATE_NOOP("errors", "a write outside a unit of work (open one in the service)")
        )


class UnitOfWork:
    """``with work:`` commits once on leaving the outermost block, or rolls back on any error.

    Nested blocks are SAVEPOINTs. Driver errors leave as the typed storage errors
    (``db.translate``: a full disk, a read-only folder…), after the rollback.
    """

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self._depth = 0

    @property
    def depth(self) -> int:
        """0 outside, 1 in the transaction, 2 and more in savepoints."""
        return self._depth

    def __enter__(self) -> Connection:
        if self._depth == 0:
            if self.conn.in_transaction:
                raise OutsideUnitOfWork(
                    QT_TRANSLATE_NOOP("errors", "a transaction was opened outside the unit of work")
                )
            try:
                self.conn.execute("BEGIN IMMEDIATE")
            except DatabaseError as exc:
                raise translate(exc) from exc
        else:
            self._execute(f"SAVEPOINT {self._savepoint(self._depth)}")
        self._depth += 1
        return self.conn

    def __exit__(
        self,
        kind: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._depth -= 1
        if self._depth == 0:
            self._finish(exc)
        else:
            self._finish_savepoint(self._savepoint(self._depth), exc)

    @staticmethod
    def _savepoint(depth: int) -> str:
        return f"unit_of_work_{depth}"

    def _finish(self, exc: BaseException | None) -> None:
        if exc is not None:
            self._rollback()
            _reraise_translated(exc)
            return
        if not self.conn.in_transaction:
            # SQLite rolled the whole transaction back under us (a full disk, an I/O error)
            # and the caller went on: what it wrote is gone, so it must not look saved.
            raise StorageFailure(LOST)
        try:
            self.conn.execute("COMMIT")
        except DatabaseError as err:
            self._rollback()
            raise translate(err) from err

    def _finish_savepoint(self, name: str, exc: BaseException | None) -> None:
        if not self.conn.in_transaction:
            # The whole transaction is gone already; the outermost block reports it.
            if exc is not None:
                _reraise_translated(exc)
            return
        if exc is None:
            self._execute(f"RELEASE {name}")
            return
        try:
            self.conn.execute(f"ROLLBACK TO {name}")
            self.conn.execute(f"RELEASE {name}")
        except DatabaseError as err:  # SQLite may have ended the transaction itself
            log.info("rollback to a savepoint after a failed step: %s", err)
        _reraise_translated(exc)

    def _rollback(self) -> None:
        if self.conn.in_transaction:
            try:
                self.conn.execute("ROLLBACK")
            except DatabaseError as err:  # SQLite may have rolled back itself (a full disk)
                log.info("rollback after a failed write: %s", err)

    def _execute(self, sql: str) -> None:
        try:
            self.conn.execute(sql)
        except DatabaseError as exc:
            raise translate(exc) from exc


def _reraise_translated(exc: BaseException) -> None:
    """A driver error leaves as the typed error a practitioner can act on; others as they are."""
    if isinstance(exc, DatabaseError):
        error = translate(exc)
        if error is not exc:
            raise error from exc


class ReadSnapshot:
    """A read transaction: every read inside it sees one moment of the vault (WAL mode),
    while the app goes on writing on its own connection. For a connection that only reads
    (a backup's); it ends with ROLLBACK, as there is nothing to keep."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def __enter__(self) -> Connection:
        try:
            self.conn.execute("BEGIN")
            self.conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()  # it starts
        except DatabaseError as exc:
            raise translate(exc) from exc
        return self.conn

    def __exit__(self, *_exc: object) -> None:
        if self.conn.in_transaction:
            try:
                self.conn.execute("ROLLBACK")
            except DatabaseError as err:
                log.info("ending a read snapshot: %s", err)
