"""Counsel Desk: an offline, encrypted notebook for counsellors and psychotherapists."""

from __future__ import annotations

__version__ = "0.1.0"
APP_NAME = "Counsel Desk"
APP_ID = "org.counseldesk.CounselDesk"
