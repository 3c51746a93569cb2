"""How the views write dates, times and people: one place, so every list, heading and
dialog says "Tue 3 Jun 2025, 10:00" the same way.

Day and month names come from ``i18n.app_locale()``: the C locale's English (what
``strftime`` wrote) unless a translation is installed, then that language's names — never
``%a``/``%b``, which give English whatever language the app shows."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale

from counsel_desk.ui.i18n import app_locale

if TYPE_CHECKING:
    from counsel_desk.domain.clients import Client

_SHORT, _LONG = QLocale.FormatType.ShortFormat, QLocale.FormatType.LongFormat


def day_name(value: dt.date, *, long: bool = False) -> str:
    """The day of the week: "Tue", or "Tuesday" when ``long``."""
    return app_locale().dayName(value.isoweekday(), _LONG if long else _SHORT)


def month_name(value: dt.date, *, long: bool = False) -> str:
    """The month: "Jun", or "June" when ``long``."""
    return app_locale().monthName(value.month, _LONG if long else _SHORT)


def month_year(value: dt.date) -> str:
    """ "June 2025"."""
    return f"{month_name(value, long=True)} {value.year}"


def fmt_date(value: dt.date | None) -> str:
    return f"{value.day} {month_name(value)} {value.year}" if value else ""


def long_date(value: dt.date) -> str:
    """ "3 June 2025"."""
    return f"{value.day} {month_name(value, long=True)} {value.year}"


def fmt_datetime(value: dt.datetime) -> str:
    return f"{day_name(value)} {fmt_date(value)}, {value:%H:%M}"


def client_name(client: Client) -> str:
    ident = client.identity
    if ident.preferred_name and ident.preferred_name != ident.full_name and ident.full_name:
        return f"{ident.full_name} ({ident.preferred_name})"
    return ident.full_name or ident.preferred_name


def session_time(start: dt.datetime) -> str:
    """When a session is: "Mon 2 Jun 2025, 10:00"."""
    return fmt_datetime(start)


def session_line(code: str, start: dt.datetime, name: str = "") -> str:
    """A session in one line: who (the code, a name only if given) and when."""
    who = f"{code} — {name}" if name else code
    return f"{who} · {session_time(start)}"


def local(at: dt.datetime) -> dt.datetime:
    """A UTC timestamp as the practitioner's wall-clock time."""
    return at.astimezone().replace(tzinfo=None) if at.tzinfo else at


def when(at: dt.datetime) -> str:
    return fmt_datetime(local(at))


def stamp(at: dt.datetime) -> str:
    """When something was saved: the time alone today ("at 16:04:53"), else the date too."""
    at = local(at)
    if at.date() == dt.date.today():
        return QCoreApplication.translate("formats", "at {time}").format(time=f"{at:%H:%M:%S}")
    return fmt_datetime(at)
