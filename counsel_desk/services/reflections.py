"""The practitioner's reflection after a session: the eight conditions rated 1 to 5, each
with an optional word. Checked by the domain first; a second reflection on the same session
replaces the first."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from counsel_desk.domain.audit import AuditKind
from counsel_desk.domain.reflection import Condition, Reflection, make_reflection
from counsel_desk.storage.audit import AuditLog
from counsel_desk.storage.reflections import ReflectionRepository
from counsel_desk.storage.sessions import SessionRepository
from counsel_desk.storage.vault import Vault


class ReflectionService:
    def __init__(self, vault: Vault) -> None:
        self._work = vault.work
        self._repo = ReflectionRepository(vault.conn)
        self._sessions = SessionRepository(vault.conn)
        self._audit = AuditLog(vault.conn)

    def record(
        self,
        session_id: int,
        ratings: Mapping[Condition, object] | Iterable[tuple[Condition, object, str]],
    ) -> Reflection:
        """Keep the reflection on a session (dated the session's day). A rating outside
        1 to 5 is refused with a sentence naming the condition, and nothing is written."""
        session = self._sessions.get(session_id)
        reflection = make_reflection(
            session.client_id, session.start.date(), ratings, session_id=session_id
        )
        with self._work:
            reflection_id = self._repo.save(reflection)
            self._audit.record(
                AuditKind.REFLECTION_RECORDED, reflection=reflection_id, session=session_id
            )
        return self._repo.get(reflection_id)

    def for_session(self, session_id: int) -> Reflection | None:
        return self._repo.for_session(session_id)

    def for_client(self, client_id: int) -> list[Reflection]:
        return self._repo.for_client(client_id)
