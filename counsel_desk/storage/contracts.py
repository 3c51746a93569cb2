"""Contract versions and their clauses (schema ``contracts``).

A draft is written whole each time it is saved (its row, then its clauses replaced). An
agreed version only ever has its standing written (agreed, its review date, superseded):
the triggers refuse anything else, as they do for a finalised note.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import json
from collections.abc import Iterable
from dataclasses import replace

from counsel_desk.domain.contract.clauses import Clause
from counsel_desk.domain.contract.parties import PracticeDetails
from counsel_desk.domain.contract.terms import (
    ContactPolicy,
    Frequency,
    LatenessPolicy,
    PractitionerLateness,
    Terms,
)
from counsel_desk.domain.contract.version import (
    AgreedHow,
    Agreement,
    ContractReadOnly,
    ContractStatus,
    ContractVersion,
)
from counsel_desk.domain.i18n import QT_TRANSLATE_NOOP, phrase
from counsel_desk.storage.db import IntegrityError
from counsel_desk.storage.errors import Conflict, NotFound
from counsel_desk.storage.practice import channels_from, channels_text
from counsel_desk.storage.repository import Repository, iso_date, now_utc, parse_date

GONE = QT_TRANSLATE_NOOP("errors", "That version of the contract no longer exists.")
_TERMS = (
    "session_minutes, frequency, fee_pence, currency, client_notice_hours, "
    "practitioner_notice_hours, short_notice_charge_percent, late_wait_minutes, "
    "practitioner_lateness, contact_channels, contact_arrangements_only, reply_within_days"
)
_VERSION = (
    "id, client_id, number, title, template_id, remote, status, agreed_on, agreed_how, "
    f"superseded_on, review_on, practice, {_TERMS}"
)
_VERSION_NO_PRACTICE = _VERSION.replace("practice,", "NULL,")


def _terms_values(terms: Terms) -> tuple[object, ...]:
    return (
        terms.session_minutes,
        terms.frequency.value,
        terms.fee_pence,
        terms.currency,
        terms.client_notice_hours,
        terms.practitioner_notice_hours,
        terms.short_notice_charge_percent,
        terms.lateness.wait_minutes,
        terms.lateness.practitioner.value,
        channels_text(terms.contact.channels),
        int(terms.contact.arrangements_only),
        terms.contact.reply_within_days,
    )


def _terms(row: tuple) -> Terms:
    return _terms_of(tuple(row))


@functools.lru_cache(maxsize=512)
def _terms_of(row: tuple) -> Terms:
    """Terms from their columns, made once for each set of values: a practice's versions
    mostly share them, and judging short notice reads every client's at once. (Terms are
    frozen, so one object serves every version with those values.)"""
    return Terms(
        session_minutes=row[0],
        frequency=Frequency(row[1]),
        fee_pence=row[2],
        currency=row[3],
        client_notice_hours=row[4],
        practitioner_notice_hours=row[5],
        short_notice_charge_percent=row[6],
        lateness=LatenessPolicy(row[7], PractitionerLateness(row[8])),
        contact=ContactPolicy(channels_from(row[9]), bool(row[10]), row[11]),
    )


def practice_json(practice: PracticeDetails) -> str:
    return json.dumps(dataclasses.asdict(practice), sort_keys=True, ensure_ascii=False)


_NO_PRACTICE = PracticeDetails()
_STATUS = {s.value: s for s in ContractStatus}
_HOW = {h.value: h for h in AgreedHow}


def _practice(text: str | None) -> PracticeDetails:
    if not text:  # not read (``agreed_terms``), or none kept
        return _NO_PRACTICE
    data = json.loads(text)
    known = {f.name for f in dataclasses.fields(PracticeDetails)}
    return PracticeDetails(**{k: v for k, v in data.items() if k in known})


def _version(row: tuple, clauses: tuple[Clause, ...]) -> ContractVersion:
    agreed_on = parse_date(row[7])
    return ContractVersion(
        id=row[0],
        client_id=row[1],
        number=row[2],
        title=row[3],
        template_id=row[4],
        remote=bool(row[5]),
        status=_STATUS[row[6]],
        agreement=Agreement(agreed_on, _HOW[row[8]]) if agreed_on else None,
        superseded_on=parse_date(row[9]),
        review_on=parse_date(row[10]),
        practice=_practice(row[11]),
        terms=_terms(row[12:]),
        clauses=clauses,
    )


def _refused(exc: IntegrityError, number: int) -> Exception:
    text = str(exc)
    if "is agreed" in text:
        return ContractReadOnly(
            phrase(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Version {number} has been agreed, so it cannot be changed; make a new version "
                    "instead.",
                ),
                number=number,
            )
        )
    if "contract_versions.client_id" in text or "UNIQUE" in text:
        return Conflict(
            QT_TRANSLATE_NOOP(
                "errors",
                "This client's contract changed in the meantime (another version was started or "
                "agreed); look again and try once more.",
            )
        )
    return NotFound(QT_TRANSLATE_NOOP("errors", "That client no longer exists."))


class ContractRepository(Repository):
    def history(self, client_id: int, *, with_clauses: bool = True) -> list[ContractVersion]:
        """Every version of a client's contract, by number; without clauses when only the
        terms and dates are wanted (classifying attendance)."""
        rows = self._query(
            f"SELECT {_VERSION} FROM contract_versions WHERE client_id = ? ORDER BY number",
            (client_id,),
        )
        clauses = self._clauses([r[0] for r in rows]) if with_clauses else {}
        return [_version(r, clauses.get(r[0], ())) for r in rows]

    def agreed_terms(self, client_ids: Iterable[int]) -> dict[int, list[ContractVersion]]:
        """The agreed versions of each of ``client_ids``, by client: their terms, without
        their clauses or the practice details they quote (judging short notice and drawing
        the timeline read every client's at once, and need neither)."""
        ids = sorted(set(client_ids))
        found: dict[int, list[ContractVersion]] = {i: [] for i in ids}
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            rows = self._query(
                f"SELECT {_VERSION_NO_PRACTICE} FROM contract_versions "
                f"WHERE client_id IN ({marks}) "
                "AND status <> 'draft' ORDER BY client_id, number",
                chunk,
            )
            for row in rows:
                found[row[1]].append(_version(row, ()))
        return found

    def notice_periods(
        self, client_ids: Iterable[int]
    ) -> dict[int, list[tuple[dt.date, int, int, int]]]:
        """Each agreed version of ``client_ids``' contracts as (agreed on, number, client's
        notice hours, practitioner's notice hours), by client: all that judging short
        notice reads of them (``domain.contract.notice.NoticePeriods``)."""
        ids = sorted(set(client_ids))
        found: dict[int, list[tuple[dt.date, int, int, int]]] = {i: [] for i in ids}
        day = dt.date.fromisoformat
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            for client_id, on, number, client, practitioner in self._query(
                "SELECT client_id, agreed_on, number, client_notice_hours, "
                "practitioner_notice_hours FROM contract_versions "
                f"WHERE client_id IN ({marks}) AND status <> 'draft'",
                chunk,
            ):
                if on:  # as ``_version`` reads it: no agreement without its day
                    found[client_id].append((day(on), number, client, practitioner))
        return found

    def get(self, version_id: int) -> ContractVersion:
        rows = self._query(f"SELECT {_VERSION} FROM contract_versions WHERE id = ?", (version_id,))
        if not rows:
            raise NotFound(GONE)
        return _version(rows[0], self._clauses([version_id]).get(version_id, ()))

    def _clauses(self, version_ids: list[int]) -> dict[int, tuple[Clause, ...]]:
        found: dict[int, list[Clause]] = {}
        for start in range(0, len(version_ids), 500):
            chunk = version_ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            rows = self._query(
                "SELECT version_id, key, title, text, enabled FROM contract_clauses "
                f"WHERE version_id IN ({marks}) ORDER BY version_id, position",
                chunk,
            )
            for version_id, key, title, text, enabled in rows:
                found.setdefault(version_id, []).append(Clause(key, title, text, bool(enabled)))
        return {k: tuple(v) for k, v in found.items()}

    # --- writing --------------------------------------------------------------------------
    def insert(self, version: ContractVersion) -> int:
        """A new version and its clauses; returns its id. An agreed or superseded one (the
        demo, an import) is written as a draft with its clauses, then given its standing,
        as the app would have agreed it."""
        self._writing()
        stamp = now_utc()
        try:
            cur = self.conn.execute(
                "INSERT INTO contract_versions (client_id, number, title, template_id, remote, "
                "status, agreed_on, agreed_how, superseded_on, review_on, practice, "
                f"{_TERMS}, created_at, updated_at) VALUES ({', '.join('?' * 25)})",
                (
                    version.client_id,
                    version.number,
                    version.title,
                    version.template_id,
                    int(version.remote),
                    ContractStatus.DRAFT.value,
                    None,
                    None,
                    None,
                    iso_date(version.review_on),
                    practice_json(version.practice),
                    *_terms_values(version.terms),
                    stamp,
                    stamp,
                ),
            )
        except IntegrityError as exc:
            raise _refused(exc, version.number) from exc
        version_id = int(cur.lastrowid)
        self._write_clauses(version_id, version)
        if not version.is_draft:
            self.set_standing(replace(version, id=version_id))
        return version_id

    def _write_clauses(self, version_id: int, version: ContractVersion) -> None:
        try:
            self.conn.executemany(
                "INSERT INTO contract_clauses (version_id, position, key, title, text, enabled) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                [
                    (version_id, n, c.key, c.title, c.text, int(c.enabled))
                    for n, c in enumerate(version.clauses)
                ],
            )
        except IntegrityError as exc:
            raise _refused(exc, version.number) from exc

    def save_draft(self, version: ContractVersion) -> None:
        """The draft's row and clauses as ``version`` has them (refused once agreed)."""
        self._writing()
        if version.id is None:
            raise NotFound(GONE)
        try:
            cur = self.conn.execute(
                "UPDATE contract_versions SET title = ?, template_id = ?, remote = ?, "
                "review_on = ?, practice = ?, "
                + ", ".join(f"{name.strip()} = ?" for name in _TERMS.split(","))
                + ", updated_at = ? WHERE id = ?",
                (
                    version.title,
                    version.template_id,
                    int(version.remote),
                    iso_date(version.review_on),
                    practice_json(version.practice),
                    *_terms_values(version.terms),
                    now_utc(),
                    version.id,
                ),
            )
            if cur.rowcount == 0:
                raise NotFound(GONE)
            self.conn.execute("DELETE FROM contract_clauses WHERE version_id = ?", (version.id,))
        except IntegrityError as exc:
            raise _refused(exc, version.number) from exc
        self._write_clauses(version.id, version)

    def set_standing(self, version: ContractVersion) -> None:
        """Where a version stands: agreed (on a date, a way), superseded, its review date.
        Nothing else of an agreed version can change (the triggers see to it)."""
        self._writing()
        agreement = version.agreement
        try:
            cur = self.conn.execute(
                "UPDATE contract_versions SET status = ?, agreed_on = ?, agreed_how = ?, "
                "superseded_on = ?, review_on = ?, updated_at = ? WHERE id = ?",
                (
                    version.status.value,
                    iso_date(agreement.on) if agreement else None,
                    agreement.how.value if agreement else None,
                    iso_date(version.superseded_on),
                    iso_date(version.review_on),
                    now_utc(),
                    version.id,
                ),
            )
        except IntegrityError as exc:
            raise _refused(exc, version.number) from exc
        if cur.rowcount == 0:
            raise NotFound(GONE)

    def delete_draft(self, version_id: int) -> None:
        self._writing()
        try:
            cur = self.conn.execute(
                "DELETE FROM contract_versions WHERE id = ? AND status = 'draft'", (version_id,)
            )
        except IntegrityError as exc:
            raise _refused(exc, 0) from exc
        if cur.rowcount == 0:
            raise NotFound(
                QT_TRANSLATE_NOOP("errors", "That draft no longer exists, or it has been agreed.")
            )

    # --- reading across clients -----------------------------------------------------------
    def reviews_due(self, by: dt.date) -> list[tuple[str, ContractVersion]]:
        """(client code, version in force) for each current client whose review falls on or
        before ``by``, soonest first."""
        rows = self._query(
            f"SELECT c.code, {', '.join('v.' + n.strip() for n in _VERSION.split(','))} "
            "FROM contract_versions v JOIN clients c ON c.id = v.client_id "
            "WHERE v.status = 'agreed' AND v.review_on IS NOT NULL AND v.review_on <= ? "
            "AND c.status <> 'ended' ORDER BY v.review_on, c.code",
            (by.isoformat(),),
        )
        return [(row[0], _version(row[1:], ())) for row in rows]

    def count(self) -> int:
        return int(self._query("SELECT count(*) FROM contract_versions")[0][0])
