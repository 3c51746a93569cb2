"""The practice profile: one row (the details a contract quotes and the default terms)."""

from __future__ import annotations

from dataclasses import fields

from counsel_desk.domain.contract.terms import ContactChannel, Frequency, PractitionerLateness
from counsel_desk.domain.practice import PracticeProfile
from counsel_desk.storage.repository import Repository

_NAMES = tuple(f.name for f in fields(PracticeProfile))
# vault_meta key: the practice set-up was finished (with Finish, whatever it was left blank)
SET_UP_KEY = "practice_set_up"
_COLUMNS = ", ".join(_NAMES)


def channels_text(channels: tuple[ContactChannel, ...]) -> str:
    """Ways of contact as stored: "email,text"."""
    return ",".join(c.value for c in channels)


def channels_from(text: str) -> tuple[ContactChannel, ...]:
    return tuple(ContactChannel(c) for c in text.split(",") if c)


class PracticeRepository(Repository):
    def get(self) -> PracticeProfile:
        row = dict(
            zip(
                _NAMES,
                self._query(f"SELECT {_COLUMNS} FROM practice_profile WHERE id = 1")[0],
                strict=True,
            )
        )
        row["frequency"] = Frequency(row["frequency"])
        row["practitioner_lateness"] = PractitionerLateness(row["practitioner_lateness"])
        row["contact_channels"] = channels_from(row["contact_channels"])
        row["contact_arrangements_only"] = bool(row["contact_arrangements_only"])
        return PracticeProfile(**row)

    def save(self, profile: PracticeProfile) -> None:
        self._writing()
        values = []
        for name in _NAMES:
            value = getattr(profile, name)
            if name == "contact_channels":
                value = channels_text(value)
            elif isinstance(value, bool):
                value = int(value)
            elif isinstance(value, Frequency | PractitionerLateness):
                value = value.value
            values.append(value)
        assignments = ", ".join(f"{name} = ?" for name in _NAMES)
        self.conn.execute(f"UPDATE practice_profile SET {assignments} WHERE id = 1", values)

    def set_up_finished(self) -> bool:
        """Whether the practice set-up was once finished (kept in ``vault_meta``)."""
        return bool(self._query("SELECT 1 FROM vault_meta WHERE key = ?", (SET_UP_KEY,)))

    def mark_set_up_finished(self) -> None:
        self._writing()
        self.conn.execute(
            "INSERT INTO vault_meta (key, value) VALUES (?, '1') "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (SET_UP_KEY,),
        )
