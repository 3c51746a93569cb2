"""A section of Today that a feature adds (its own widget, its own service call): Today
places it with ``TodayView.add_section``, reloads it with itself and passes on the intents
it emits. Nothing in Today knows what a section shows."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget


class TodaySection(QWidget):
    intent = Signal(object)  # where the practitioner wants to go (ui/intents.py)

    def reload(self) -> None:
        """Read what to show again (Today was shown, or records changed)."""

    def clear(self) -> None:
        """Drop every record held (on lock)."""
