"""What the main window knows of a view, and all it may ask of one.

A view is built by its registration's factory from the narrow services it names (never the
whole ``Workspace``), and talks to the rest of the app through two signals: ``intent``
(somewhere to go or something another view does: ``ui/intents.py``) and ``changed`` (it
wrote records other views may show). The main window answers with the methods below; every
one has a default that does nothing, so a view implements only what it needs.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from counsel_desk.domain.preferences import Jurisdiction
from counsel_desk.ui.shortcuts import ScopedKeys

MenuItems = list[QAction | None]  # None: a separator


class View(QWidget):
    intent = Signal(object)
    changed = Signal()

    # --- coming and going ---------------------------------------------------------------
    def shown(self) -> None:
        """Brought to the front (Today reloads; Search refills its filters)."""

    def take_focus(self) -> None:
        """Brought to the front by the keyboard or a click elsewhere: focus where typing
        or the arrow keys are wanted first (the view's focus proxy, if it set one)."""
        self.setFocus()

    def store(self) -> None:
        """Save what is being written: the view is left, or the vault locks or quits."""

    def follow(self, intent: object) -> None:
        """An intent this view is registered to handle; it is already in front."""

    def place(self) -> Any:
        """Where the view is (ids and positions only, never text), for Back and Forward
        and for returning after a lock."""
        return None

    def return_to(self, place: Any) -> None:
        """Back where ``place`` (from ``place``) was, as far as its records still exist."""

    # --- what others changed --------------------------------------------------------------
    def refresh(self) -> None:
        """Another view wrote records: show them as they now are (cheaply, or when shown)."""

    def clear(self) -> None:
        """Drop every record held (on lock), without writing."""

    def set_show_names(self, show: bool) -> None:
        """Client names are now shown or hidden."""

    def set_jurisdiction(self, jurisdiction: Jurisdiction) -> None:
        """Where the practitioner works, which names the kinds of note."""

    # --- what it offers -------------------------------------------------------------------
    def session_in_view(self) -> int | None:
        """The session a new note would be for (Ctrl+N), if this view has one in view."""
        return None

    def menus(self) -> list[tuple[str, MenuItems]]:
        """Actions for the menu bar, by menu title; the main window merges them in the
        order the views are registered."""
        return []

    def scoped_keys(self) -> list[ScopedKeys]:
        return []
