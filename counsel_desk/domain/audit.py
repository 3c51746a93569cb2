"""The audit trail: what happened to the vault, never what was written in it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class AuditEvent:
    id: int
    at: dt.datetime  # UTC
    event: str
    detail: str
