"""A section of Today that a feature adds (its own widget, its own service call): Today
places it with ``TodayView.add_section``, reloads it with itself and passes on the intents
it emits. Nothing in Today knows what a section shows: a section tells Today how much work
it holds, by kind, through ``tallies`` (Today's "Waiting for you" card lists them), and
Today puts it in a card titled by its ``heading``."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget


@dataclass(frozen=True)
class Tally:
    """One kind of work waiting: its words ("Risk reviews due"), how many, and where the
    work is done: ``target`` (a list, at ``row``, its first item of the kind; or a button)."""

    label: str
    count: int
    target: QWidget
    row: int = -1
    more: bool = False  # the list was cut short: there are more than ``count``


class TodaySection(QWidget):
    intent = Signal(object)  # where the practitioner wants to go (ui/intents.py)

    def reload(self) -> None:
        """Read what to show again (Today was shown, or records changed)."""

    def clear(self) -> None:
        """Drop every record held (on lock)."""

    def tallies(self) -> list[Tally]:
        """The work this section holds, by kind, as read by the last ``reload``."""
        return []
