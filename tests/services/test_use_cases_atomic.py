"""Every use case that writes several records writes all of them or none: a failure injected
at its second write (often its audit entry) leaves the vault exactly as it was."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from contractkit import practice_profile
from testkit import LIGHT_KDF, PASSPHRASE, private_home
from vaultkit import copy_vault

from counsel_desk.domain.attendance import Attendance
from counsel_desk.domain.breaks import BreakDraft, OverlapChoice
from counsel_desk.domain.clients import ClientDraft, ClientIdentity
from counsel_desk.domain.contract.boundaries import BoundaryEvent, BoundaryKind, Initiator
from counsel_desk.domain.contract.version import AgreedHow, set_terms
from counsel_desk.domain.erasure import Scope
from counsel_desk.domain.notes import NoteKind
from counsel_desk.domain.practice import PracticeProfile
from counsel_desk.domain.reflection import Condition
from counsel_desk.domain.retention import RetentionPolicy
from counsel_desk.domain.risk import RiskDraft, RiskLevel
from counsel_desk.domain.series import Repeat
from counsel_desk.domain.sessions import SessionDraft, SessionStatus
from counsel_desk.domain.supervision import RegistrationYear, SupervisionSession
from counsel_desk.domain.timeline import PictureFormat
from counsel_desk.services.backups import BackupOutcome
from counsel_desk.services.demo import DemoSpec, populate
from counsel_desk.services.workspace import Workspace, create_vault, unlock
from counsel_desk.storage.audit import AuditLog
from counsel_desk.storage.contracts import ContractRepository
from counsel_desk.storage.sessions import SessionRepository
from counsel_desk.storage.supervision import SupervisionRepository

START = dt.datetime(2024, 5, 6, 10)


class Injected(RuntimeError):
    """The failure put into a use case by the test."""


def _everything(ws: Workspace) -> dict[str, list[tuple]]:
    """Every row of every table (a small vault), to compare before and after."""
    conn = ws.vault.conn
    names = [
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND name NOT LIKE 'notes_fts_%'"
        )
    ]
    return {n: sorted(conn.execute(f'SELECT * FROM "{n}"').fetchall(), key=repr) for n in names}


def _plant(ws: Workspace) -> dict[str, int]:
    """A client, a session, a draft note with text and a finalised one, a template (none
    with a code the demo data uses)."""
    client = ws.clients.add(ClientDraft("P-001", identity=ClientIdentity(full_name="Ann Lee")))
    session = ws.sessions.add(SessionDraft(client.id, START))
    draft = ws.notes.save(ws.notes.create(session.id).id, "Some words.")
    final = ws.notes.finalise(ws.notes.create(session.id).id, body="Signed.")
    template = ws.templates.add("Mine", NoteKind.SESSION, "## Body")
    other = ws.clients.add(ClientDraft("P-003"))
    other_session = ws.sessions.add(SessionDraft(other.id, START + dt.timedelta(hours=2)))
    later = ws.sessions.add(SessionDraft(client.id, START + dt.timedelta(weeks=1)))
    risk = ws.risks.add(RiskDraft(client.id, START.date(), "a fall", RiskLevel.LOW,
                                  review_on=START.date()))  # fmt: skip
    score = ws.measures.record_score(session.id, "srs", total="30")
    ws.reflections.record(session.id, {Condition.RESPECT: 5})
    rupture = ws.ruptures.log(session.id, "confrontation", "Cross about the fee.")
    # A client with version 1 of their contract agreed and version 2 drafted, a boundary of
    # the practitioner's own and a boundary event.
    ws.practice.save(practice_profile())
    signed = ws.clients.add(ClientDraft("P-002", first_contact=START.date()))
    ws.contracts.start(signed.id, "individual")
    ws.contracts.agree(signed.id, 1, START.date(), AgreedHow.IN_SESSION)
    second = ws.contracts.start(signed.id)
    ws.contracts.save_draft(set_terms(second, replace(second.terms, client_notice_hours=72)))
    supervision = ws.supervision.log(SupervisionSession(START.date(), "Dr Old", 50))
    (term,) = ws.redaction.add(client.id, "Marcus").added
    ws.boundaries.add_own(signed.id, "No gifts")
    ws.boundaries.log(
        BoundaryEvent(signed.id, START.date(), BoundaryKind.GIFT, Initiator.CLIENT, "A cake.")
    )
    return {
        "term": term[0],
        "supervision": supervision.id,
        "score": score.id,
        "rupture": rupture.id,
        "client": client.id,
        "session": session.id,
        "draft": draft.id,
        "final": final.id,
        "template": int(template.id.split(":")[1]),
        "other_session": other_session.id,
        "later": later.id,
        "risk": risk.id,
        "signed": signed.id,
    }


@pytest.fixture(scope="module")
def _set_up_once(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, int]]:
    """The setting, planted once per module in a closed vault (110 tests start from it)."""
    root = tmp_path_factory.mktemp("setting")
    with private_home(root):
        ws, _ = create_vault(root / "vault", PASSPHRASE, kdf=LIGHT_KDF)
        try:
            ids = _plant(ws)
        finally:
            ws.close()
    return root / "vault", ids


@pytest.fixture
def set_up(
    _set_up_once: tuple[Path, dict[str, int]], vault_dir: Path
) -> Iterator[tuple[Workspace, dict[str, int]]]:
    """Each test's own copy of the setting, open: (workspace, the records' ids)."""
    made, ids = _set_up_once
    ws = unlock(copy_vault(made, vault_dir), PASSPHRASE)
    yield ws, ids
    if ws.is_open:
        ws.close()


def _fail_audit(monkeypatch: pytest.MonkeyPatch) -> None:
    def record(self, kind, **detail):
        raise Injected(f"the audit entry for {kind} could not be written")

    monkeypatch.setattr(AuditLog, "record", record)


def _fail_second_audit(monkeypatch: pytest.MonkeyPatch) -> None:
    real = AuditLog.record
    calls = []

    def record(self, kind, **detail):
        calls.append(kind)
        if len(calls) == 2:
            raise Injected(f"the second audit entry ({kind}) could not be written")
        return real(self, kind, **detail)

    monkeypatch.setattr(AuditLog, "record", record)


def _fail_second_rating(monkeypatch: pytest.MonkeyPatch) -> None:
    """The reflection's row is written, then its ratings fail."""
    from counsel_desk.storage import reflections

    class Failing:
        def __init__(self, conn):
            self.conn = conn

        def __getattr__(self, name):
            return getattr(self.conn, name)

        def executemany(self, sql, rows):
            raise Injected("the ratings could not be written")

    real_save = reflections.ReflectionRepository.save

    def save(self, reflection):
        conn = self.conn
        self.conn = Failing(conn)
        try:
            return real_save(self, reflection)
        finally:
            self.conn = conn

    monkeypatch.setattr(reflections.ReflectionRepository, "save", save)


def _fail_blank(monkeypatch: pytest.MonkeyPatch) -> None:
    def blank(self, positions):
        raise Injected("the audit details could not be blanked")

    monkeypatch.setattr(AuditLog, "blank", blank)


def _fail_second_session(monkeypatch: pytest.MonkeyPatch) -> None:
    real = SessionRepository._insert
    calls = []

    def insert(self, draft, stamp):
        calls.append(draft)
        if len(calls) == 2:
            raise Injected("the second session could not be written")
        return real(self, draft, stamp)

    monkeypatch.setattr(SessionRepository, "_insert", insert)


def _fail_second_standing(monkeypatch: pytest.MonkeyPatch) -> None:
    """Agreeing writes the superseded version, its entry, then the agreed version: the
    third write fails (the second is the first audit entry, failed above)."""
    real = ContractRepository.set_standing
    calls = []

    def set_standing(self, version):
        calls.append(version)
        if len(calls) == 2:
            raise Injected("the agreed version could not be written")
        return real(self, version)

    monkeypatch.setattr(ContractRepository, "set_standing", set_standing)


def _fail_supervision_clients(monkeypatch: pytest.MonkeyPatch) -> None:
    """Logging supervision writes the session, then the clients discussed."""

    def write_clients(self, supervision_id, client_ids):
        raise Injected("the clients discussed could not be written")

    monkeypatch.setattr(SupervisionRepository, "_write_clients", write_clients)


def _supervision(ids: dict[str, int]) -> SupervisionSession:
    return SupervisionSession(
        START.date(), "Dr Rowan", 60, client_ids=(ids["client"], ids["signed"]), notes="Words."
    )


def _event(ids: dict[str, int]) -> BoundaryEvent:
    return BoundaryEvent(
        ids["signed"], START.date(), BoundaryKind.GIFT, Initiator.CLIENT, "A card."
    )


UseCase = Callable[[Workspace, dict[str, int]], object]
CASES: dict[str, tuple[Callable[[pytest.MonkeyPatch], None], UseCase]] = {
    "a client, their identity and first sessions": (
        _fail_second_session,
        lambda ws, ids: ws.clients.add(
            ClientDraft("C-002", identity=ClientIdentity(full_name="Bo Hart")),
            [SessionDraft(0, START + dt.timedelta(weeks=n)) for n in range(1, 4)],
        ),
    ),
    "a client and their audit entry": (
        _fail_audit,
        lambda ws, ids: ws.clients.add(ClientDraft("C-003")),
    ),
    "a client changed": (
        _fail_audit,
        lambda ws, ids: ws.clients.update(ids["client"], ClientDraft("C-009")),
    ),
    "a session series": (
        _fail_audit,
        lambda ws, ids: ws.sessions.add_series(
            SessionDraft(ids["client"], START + dt.timedelta(days=1)), Repeat.WEEKLY, 4
        ),
    ),
    "a session series, failing at its second session": (
        _fail_second_session,
        lambda ws, ids: ws.sessions.add_series(
            SessionDraft(ids["client"], START + dt.timedelta(days=1)), Repeat.WEEKLY, 4
        ),
    ),
    "attendance recorded": (
        _fail_audit,
        lambda ws, ids: ws.attendance.record(
            ids["session"], Attendance(status=SessionStatus.DID_NOT_ATTEND)
        ),
    ),
    "a session rescheduled": (
        _fail_audit,
        lambda ws, ids: ws.attendance.reschedule(ids["session"], START + dt.timedelta(days=2)),
    ),
    "a note saved and finalised": (
        _fail_audit,
        lambda ws, ids: ws.notes.finalise(ids["draft"], body="Finished words."),
    ),
    "an amendment": (
        _fail_audit,
        lambda ws, ids: ws.notes.amend(ids["final"], "More.", "recall"),
    ),
    "a draft note deleted": (
        _fail_audit,
        lambda ws, ids: ws.notes.delete(ids["draft"]),
    ),
    "a finalised note's tags": (
        _fail_audit,
        lambda ws, ids: ws.notes.set_tags(ids["final"], ["grief"]),
    ),
    "a template added": (
        _fail_audit,
        lambda ws, ids: ws.templates.add("Other", NoteKind.PROCESS, "x"),
    ),
    "a template changed": (
        _fail_audit,
        lambda ws, ids: ws.templates.update(
            f"custom:{ids['template']}", "Renamed", NoteKind.SESSION, "y"
        ),
    ),
    "a template deleted": (
        _fail_audit,
        lambda ws, ids: ws.templates.delete(f"custom:{ids['template']}"),
    ),
    "the practice profile": (
        _fail_audit,
        lambda ws, ids: ws.practice.save(PracticeProfile(practitioner_name="Someone")),
    ),
    "demo data": (
        _fail_audit,
        lambda ws, ids: populate(ws, DemoSpec(clients=3, years=0.5, seed=2)),
    ),
    "an export recorded": (
        _fail_audit,
        lambda ws, ids: ws.exports.record_printed(ids["final"], "printer"),
    ),
    "a risk logged": (
        _fail_audit,
        lambda ws, ids: ws.risks.add(
            RiskDraft(ids["client"], START.date(), "x", RiskLevel.HIGH, review_on=START.date())
        ),
    ),
    "a risk reviewed": (
        _fail_audit,
        lambda ws, ids: ws.risks.review(ids["risk"], START.date(), "ok", START.date()),
    ),
    "a risk closed": (
        _fail_audit,
        lambda ws, ids: ws.risks.close(ids["risk"], START.date(), "resolved"),
    ),
    "a break cancelling the sessions in it": (
        _fail_audit,
        lambda ws, ids: ws.breaks.add(
            BreakDraft(START.date(), START.date() + dt.timedelta(days=8)), OverlapChoice.CANCEL
        ),
    ),
    "a break moving the sessions in it": (
        _fail_audit,
        lambda ws, ids: ws.breaks.add(
            BreakDraft(START.date(), START.date() + dt.timedelta(days=8)), OverlapChoice.MOVE
        ),
    ),
    "work ended, and the sessions booked after it removed": (
        _fail_audit,
        lambda ws, ids: ws.clients.end(ids["client"], START.date()),
    ),
    "a note moved to another client": (
        _fail_audit,
        lambda ws, ids: ws.notes.move(ids["final"], ids["other_session"], "filed in error"),
    ),
    "an executor pack recorded": (
        _fail_audit,
        lambda ws, ids: ws.executor.record_written(2),
    ),
    "a score": (
        _fail_audit,
        lambda ws, ids: ws.measures.record_score(ids["session"], "wai_sr", items=[3] * 12),
    ),
    "a score removed": (
        _fail_audit,
        lambda ws, ids: ws.measures.delete_score(ids["score"]),
    ),
    "an own measure": (
        _fail_audit,
        lambda ws, ids: ws.measures.define(
            {
                "name": "Mine",
                "short_name": "M",
                "kind": "alliance",
                "completed_by": "client",
                "items": 2,
                "item_min": "0",
                "item_max": "5",
                "direction": "higher_is_better",
            }
        ),
    ),
    "a reflection and its ratings": (
        _fail_second_rating,
        lambda ws, ids: ws.reflections.record(ids["session"], {Condition.RESPECT: 4}),
    ),
    "a reflection replacing another": (
        _fail_audit,
        lambda ws, ids: ws.reflections.record(ids["session"], {Condition.TRUST_AND_SAFETY: 2}),
    ),
    "a rupture mended in the same session": (
        _fail_second_audit,
        lambda ws, ids: ws.ruptures.log(
            ids["session"], "withdrawal", "Quiet.", repaired_how="Named it."
        ),
    ),
    "a rupture repaired": (
        _fail_audit,
        lambda ws, ids: ws.ruptures.repair(ids["rupture"], START.date(), "Talked it through."),
    ),
    "a flag set aside": (
        _fail_audit,
        lambda ws, ids: ws.flags.dismiss(ids["client"], f"cutoff score {ids['score']}", "Why."),
    ),
    "a timeline saved as a file": (
        _fail_audit,
        lambda ws, ids: ws.timeline.record_exported(ids["client"], PictureFormat.PDF),
    ),
    "a client erased": (
        _fail_audit,
        lambda ws, ids: ws.erasure.erase(ids["client"], at_request=True),
    ),
    "a client erased, failing as its audit details are blanked": (
        _fail_blank,
        lambda ws, ids: ws.erasure.erase(ids["client"], at_request=True),
    ),
    "a client's process notes erased": (
        _fail_audit,
        lambda ws, ids: ws.erasure.erase(ids["client"], Scope.PROCESS_NOTES, at_request=True),
    ),
    "records kept longer": (
        _fail_audit,
        lambda ws, ids: ws.retention.extend(
            ids["client"], dt.date.today() + dt.timedelta(days=400), "A complaint."
        ),
    ),
    "the retention periods": (
        _fail_audit,
        lambda ws, ids: ws.retention.set_policy(RetentionPolicy(adult_years=8)),
    ),
    "a backup recorded": (
        _fail_audit,
        lambda ws, ids: ws.backups.record(
            BackupOutcome(
                Path("/nowhere/b.cdbackup"),
                4096,
                "2025-01-01T00:00:00Z",
                "a" * 64,
                {},
                0.1,
                0.1,
                into_folder=False,
            )
        ),
    ),
    "a client with an agreed contract and boundary events erased": (
        _fail_audit,
        lambda ws, ids: ws.erasure.erase(ids["signed"], at_request=True),
    ),
    "a contract drafted from a template": (
        _fail_audit,
        lambda ws, ids: ws.contracts.start(ids["client"], "individual"),
    ),
    "a contract agreed, superseding the version before": (
        _fail_audit,
        lambda ws, ids: ws.contracts.agree(ids["signed"], 2, START.date(), AgreedHow.BY_EMAIL),
    ),
    "a contract agreed, failing at the agreed version": (
        _fail_second_standing,
        lambda ws, ids: ws.contracts.agree(ids["signed"], 2, START.date(), AgreedHow.BY_EMAIL),
    ),
    "a contract's review date": (
        _fail_audit,
        lambda ws, ids: ws.contracts.set_review(ids["signed"], 1, START.date()),
    ),
    "a draft contract deleted": (
        _fail_audit,
        lambda ws, ids: ws.contracts.delete_draft(ids["signed"], 2),
    ),
    "a boundary event logged": (
        _fail_audit,
        lambda ws, ids: ws.boundaries.log(_event(ids)),
    ),
    "a supervision session logged": (
        _fail_audit,
        lambda ws, ids: ws.supervision.log(_supervision(ids)),
    ),
    "a supervision session logged, failing at the clients discussed": (
        _fail_supervision_clients,
        lambda ws, ids: ws.supervision.log(_supervision(ids)),
    ),
    "a supervision session changed": (
        _fail_audit,
        lambda ws, ids: ws.supervision.update(
            replace(_supervision(ids), id=ids["supervision"], minutes=90)
        ),
    ),
    "a supervision session deleted": (
        _fail_audit,
        lambda ws, ids: ws.supervision.delete(ids["supervision"]),
    ),
    "the start of the registration year": (
        _fail_audit,
        lambda ws, ids: ws.supervision.set_registration_year(RegistrationYear(4, 1)),
    ),
    "a term added to a client's redaction list": (
        _fail_audit,
        lambda ws, ids: ws.redaction.add(ids["client"], "Hebden Bridge"),
    ),
    "a term removed from a client's redaction list": (
        _fail_audit,
        lambda ws, ids: ws.redaction.remove(ids["client"], ids["term"]),
    ),
    "a boundary of the practitioner's own": (
        _fail_audit,
        lambda ws, ids: ws.boundaries.add_own(ids["signed"], "No hugs"),
    ),
}


def test_a_draft_is_kept_whole_or_not_at_all(
    set_up: tuple[Workspace, dict[str, int]], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Keeping a draft writes its row, then its clauses: a failure at the clauses keeps
    neither (it has no audit entry, like a note's autosave)."""
    workspace, setting = set_up
    draft = workspace.contracts.version(setting["signed"], 2)
    before = _everything(workspace)

    def clauses(self, version_id, version):
        raise Injected("the clauses could not be written")

    monkeypatch.setattr(ContractRepository, "_write_clauses", clauses)
    with pytest.raises(Injected):
        workspace.contracts.save_draft(replace(draft, title="Renamed"))
    assert _everything(workspace) == before


@pytest.mark.parametrize("case", CASES)
def test_a_failure_at_the_second_write_keeps_nothing_of_the_first(
    set_up: tuple[Workspace, dict[str, int]], monkeypatch: pytest.MonkeyPatch, case: str
) -> None:
    workspace, setting = set_up
    inject, use_case = CASES[case]
    before = _everything(workspace)
    with monkeypatch.context() as m:
        inject(m)
        with pytest.raises(Injected):
            use_case(workspace, setting)
    assert not workspace.vault.conn.in_transaction
    assert _everything(workspace) == before


@pytest.mark.parametrize("case", CASES)
def test_without_the_failure_the_same_use_case_is_written_and_audited(
    set_up: tuple[Workspace, dict[str, int]], case: str
) -> None:
    """The control: each use case above does write, and adds to the audit trail."""
    workspace, setting = set_up
    _inject, use_case = CASES[case]
    before = _everything(workspace)
    entries = workspace.audit.count()
    use_case(workspace, setting)
    assert _everything(workspace) != before
    assert workspace.audit.count() > entries
    assert workspace.audit.check().ok


def test_a_client_with_first_sessions_is_one_unit_of_work_with_savepoints(
    workspace: Workspace,
) -> None:
    seen: list[str] = []
    workspace.vault.conn.set_trace_callback(seen.append)
    try:
        client = workspace.clients.add(
            ClientDraft("C-004"), [SessionDraft(0, START), SessionDraft(0, START)]
        )
    finally:
        workspace.vault.conn.set_trace_callback(None)
    control = [s for s in seen if s.split()[0] in ("BEGIN", "COMMIT", "SAVEPOINT", "RELEASE")]
    assert control[0] == "BEGIN IMMEDIATE"
    assert control[-1] == "COMMIT"
    assert control.count("BEGIN IMMEDIATE") == control.count("COMMIT") == 1
    assert control.count("SAVEPOINT unit_of_work_1") == 2  # each session: a nested use case
    sessions = workspace.sessions.for_client(client.id)
    assert [s.client_id for s in sessions] == [client.id, client.id]
    kinds = [e.kind for e in workspace.audit.recent(3)]
    assert kinds == ["session_added", "session_added", "client_added"]
