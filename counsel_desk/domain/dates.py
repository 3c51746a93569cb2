"""Dates in words, in English whatever the system's locale (``%B`` would follow it)."""

from __future__ import annotations

import datetime as dt

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def day_text(day: dt.date) -> str:
    """4 March 2025, in English whatever the system's locale (``%B`` would follow it)."""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"
