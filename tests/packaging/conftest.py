"""Packaging tests: Qt without a display, as in tests/ui (before pytest-qt's QApplication)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
