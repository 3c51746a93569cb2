"""The practice profile: one row."""

from __future__ import annotations

from counsel_desk.domain.practice import PracticeProfile
from counsel_desk.storage.repository import Repository


class PracticeRepository(Repository):
    _COLUMNS = (
        "practitioner_name, professional_body, registration_number, "
        "default_session_minutes, default_fee_pence, currency"
    )

    def get(self) -> PracticeProfile:
        row = self._query(f"SELECT {self._COLUMNS} FROM practice_profile WHERE id = 1")[0]
        return PracticeProfile(*row)

    def save(self, profile: PracticeProfile) -> None:
        self._writing()
        self.conn.execute(
            "UPDATE practice_profile SET practitioner_name = ?, professional_body = ?, "
            "registration_number = ?, default_session_minutes = ?, default_fee_pence = ?, "
            "currency = ? WHERE id = 1",
            (
                profile.practitioner_name,
                profile.professional_body,
                profile.registration_number,
                profile.default_session_minutes,
                profile.default_fee_pence,
                profile.currency,
            ),
        )
