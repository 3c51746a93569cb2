"""What is entered from the Timeline tab, and from anywhere through its menu (Alliance):
a score, a reflection, a rupture and its repair, a flag set aside, the practitioner's own
measures, and the picture saved as a file. Mixed into ``TimelineView``.

The menu's actions ask for "the session in view" (``ui/intents.py``): the main window asks
the view in front which session it has (on Today, the one just ended), so Ctrl+Shift+R
enters a score from wherever the practitioner is. The dialogs open over the view in front.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QAction, QKeySequence

from counsel_desk.domain.errors import CounselDeskError
from counsel_desk.domain.timeline import Mark, MarkKind
from counsel_desk.ui import alerts
from counsel_desk.ui.dialogs.measures import MeasuresDialog
from counsel_desk.ui.dialogs.reflection import ReflectionDialog
from counsel_desk.ui.dialogs.rupture import RepairDialog, RuptureDialog
from counsel_desk.ui.dialogs.score import ScoreDialog
from counsel_desk.ui.dialogs.set_aside import SetAsideDialog
from counsel_desk.ui.dialogs.show import show
from counsel_desk.ui.formats import long_date
from counsel_desk.ui.i18n import error_text, shown_text
from counsel_desk.ui.intents import (
    EnterScore,
    LogRupture,
    Reflect,
    RepairRupture,
    SetAsideFlag,
)
from counsel_desk.ui.shortcuts import shortcut_tip
from counsel_desk.ui.timeline_export import save_timeline_file

if TYPE_CHECKING:
    from counsel_desk.ui.views.base import MenuItems

ALLIANCE_MENU = QT_TRANSLATE_NOOP("Menus", "&Alliance")


class TimelineActionsMixin:
    """Uses the view's services, client, rows and signals."""

    intent: Any
    changed: Any
    client_id: int | None
    timeline: Any
    isVisible: Any
    _timeline_service: Any
    _measures: Any
    _reflections: Any
    _ruptures: Any
    _flags: Any
    _sessions: Any
    _vault_open: Any
    current_row: Any
    refresh: Any
    reload: Any

    def _make_actions(self) -> None:
        def action(text: str, key: str | None, slot: Any, tip: str = "") -> QAction:
            made = QAction(text, self)  # type: ignore[arg-type]
            if key:
                made.setShortcut(QKeySequence(key))
            made.triggered.connect(lambda _c=False: slot())
            if tip:
                made.setToolTip(tip)
            shortcut_tip(made)
            return made

        self.score_action = action(
            QCoreApplication.translate("TimelineActionsMixin", "Enter score…"),
            "Ctrl+Shift+R",
            lambda: self.intent.emit(EnterScore()),
            QCoreApplication.translate(
                "TimelineActionsMixin", "A score on a measure for the session in view"
            ),
        )
        self.reflection_action = action(
            QCoreApplication.translate("TimelineActionsMixin", "Reflection…"),
            "Ctrl+Shift+T",
            lambda: self.intent.emit(Reflect()),
            QCoreApplication.translate(
                "TimelineActionsMixin", "Your reflection on the session in view"
            ),
        )
        self.rupture_action = action(
            QCoreApplication.translate("TimelineActionsMixin", "Log rupture…"),
            "Ctrl+Shift+U",
            lambda: self.intent.emit(LogRupture()),
            QCoreApplication.translate("TimelineActionsMixin", "A rupture in the session in view"),
        )
        self.repair_action = action(
            QCoreApplication.translate("TimelineActionsMixin", "Record repair…"),
            None,
            self._repair_selected,
        )
        self.set_aside_action = action(
            QCoreApplication.translate("TimelineActionsMixin", "Set aside…"),
            None,
            self._set_aside_selected,
        )
        self.remove_score_action = action(
            QCoreApplication.translate("TimelineActionsMixin", "Remove score…"),
            None,
            self._remove_selected_score,
        )
        self.measures_action = action(
            QCoreApplication.translate("TimelineActionsMixin", "Measures…"),
            None,
            self.open_measures,
        )
        self.save_action = action(
            QCoreApplication.translate("TimelineActionsMixin", "Save picture…"),
            None,
            self.save_picture,
        )

    def menus(self) -> list[tuple[str, MenuItems]]:
        view_items: MenuItems = [
            self.zoom_in_action,  # type: ignore[attr-defined]
            self.zoom_out_action,  # type: ignore[attr-defined]
            self.earlier_action,  # type: ignore[attr-defined]
            self.later_action,  # type: ignore[attr-defined]
        ]
        return [
            (
                ALLIANCE_MENU,
                [
                    self.score_action,
                    self.reflection_action,
                    self.rupture_action,
                    None,
                    self.repair_action,
                    self.set_aside_action,
                    self.remove_score_action,
                    None,
                    self.measures_action,
                    self.save_action,
                ],
            ),
            (QT_TRANSLATE_NOOP("Menus", "&View"), view_items),
        ]

    def _selected_ref(self) -> tuple[str, str]:
        row = self.current_row()
        if row is None or ":" not in row.ref:
            return "", ""
        kind, _sep, value = row.ref.partition(":")
        return kind, value

    def _selected_mark(self) -> Mark | None:
        row = self.current_row()
        if row is None or self.timeline is None:
            return None
        return self.timeline.lane(row.lane_key).marks[row.index]

    def _actions_follow(self) -> None:
        """The actions that act on the selected row, enabled when one of theirs is chosen."""
        kind, _value = self._selected_ref()
        mark = self._selected_mark()
        has_client = self.client_id is not None and self.timeline is not None
        open_rupture = (
            kind == "rupture"
            and mark is not None
            and mark.kind is not MarkKind.REPAIR
            and MarkKind.REPAIRED not in mark.extra
        )
        self.repair_action.setEnabled(has_client and open_rupture)
        unset_flag = mark is not None and mark.kind is MarkKind.FLAG
        self.set_aside_action.setEnabled(has_client and unset_flag)
        self.remove_score_action.setEnabled(has_client and kind == "score")
        self.save_action.setEnabled(has_client)

    # --- intents (from here, from the menu anywhere, from Today) -----------------------------
    def follow(self, intent: object) -> None:
        try:
            if isinstance(intent, EnterScore) and intent.session_id is not None:
                self.enter_score(intent.session_id)
            elif isinstance(intent, Reflect) and intent.session_id is not None:
                self.reflect(intent.session_id, offered=intent.offered)
            elif isinstance(intent, LogRupture) and intent.session_id is not None:
                self.log_rupture(intent.session_id)
            elif isinstance(intent, RepairRupture):
                self.repair(intent.rupture_id)
            elif isinstance(intent, SetAsideFlag):
                self.set_aside(intent.client_id, intent.flag_key)
        except CounselDeskError as exc:  # the session or record went in the meantime
            alerts.error(self, error_text(exc))  # type: ignore[arg-type]

    def _code(self, client_id: int) -> str:
        return self._timeline_service.client_code(client_id)

    def _saved(self) -> None:
        self.refresh()
        self.changed.emit()

    def enter_score(self, session_id: int) -> None:
        session = self._sessions.get(session_id)
        dialog = ScoreDialog(self._measures, session, self._code(session.client_id), self)  # type: ignore[arg-type]
        show(dialog, self._saved)

    def reflect(self, session_id: int, *, offered: bool = False) -> None:
        earlier = self._reflections.for_session(session_id)
        if offered and earlier is not None:
            return  # offered after finalising, and already done: nothing to ask
        session = self._sessions.get(session_id)
        dialog = ReflectionDialog(
            lambda ratings: self._reflections.record(session_id, ratings),
            session,
            self._code(session.client_id),
            offered=offered,
            earlier=earlier,
            parent=self,  # type: ignore[arg-type]
        )
        show(dialog, self._saved)

    def log_rupture(self, session_id: int) -> None:
        session = self._sessions.get(session_id)
        dialog = RuptureDialog(
            lambda kind, what, how: self._ruptures.log(session_id, kind, what, repaired_how=how),
            session,
            self._code(session.client_id),
            self,  # type: ignore[arg-type]
        )
        show(dialog, self._saved)

    def repair(self, rupture_id: int) -> None:
        rupture = self._ruptures.get(rupture_id)
        dialog = RepairDialog(
            lambda on, how, session_id: self._ruptures.repair(
                rupture_id, on, how, session_id=session_id
            ),
            rupture,
            self._code(rupture.client_id),
            self._sessions.for_client(rupture.client_id),
            self,  # type: ignore[arg-type]
        )
        show(dialog, self._saved)

    def set_aside(self, client_id: int, flag_key: str) -> None:
        found = [f for f in self._flags.for_client(client_id) if f.key == flag_key]
        if not found:
            alerts.info(
                self,
                QCoreApplication.translate(
                    "TimelineActionsMixin", "That possible rupture is no longer flagged."
                ),
            )  # type: ignore[arg-type]
            return
        dialog = SetAsideDialog(
            lambda reason: self._flags.dismiss(client_id, flag_key, reason),
            found[0],
            self._code(client_id),
            self,  # type: ignore[arg-type]
        )
        show(dialog, self._saved)

    # --- on the selected row -----------------------------------------------------------------
    def _repair_selected(self) -> None:
        kind, value = self._selected_ref()
        if kind == "rupture":
            self.repair(int(value))

    def _set_aside_selected(self) -> None:
        kind, value = self._selected_ref()
        if kind == "flag" and self.client_id is not None:
            self.set_aside(self.client_id, value)

    def _remove_selected_score(self) -> None:
        kind, value = self._selected_ref()
        if kind != "score":
            return
        row = self.current_row()
        question = QCoreApplication.translate(
            "TimelineActionsMixin",
            "Remove the score {what} of {date_text}? The audit trail keeps "
            "that a score was entered and removed, never its numbers.",
        ).format(what=shown_text(row.what), date_text=long_date(row.on))

        def remove() -> None:
            try:
                self._measures.delete_score(int(value))
            except CounselDeskError as exc:
                alerts.error(self, error_text(exc))  # type: ignore[arg-type]
            self._saved()

        alerts.ask(
            self,
            question,
            QCoreApplication.translate("TimelineActionsMixin", "Remove score"),
            QCoreApplication.translate("TimelineActionsMixin", "Keep it"),
            remove,
        )  # type: ignore[arg-type]

    def open_measures(self) -> None:
        show(MeasuresDialog(self._measures, self))  # type: ignore[arg-type]

    def save_picture(self) -> None:
        if self.client_id is None or self.timeline is None:
            return
        save_timeline_file(
            self,  # type: ignore[arg-type]
            self._timeline_service,
            self.client_id,
            self.timeline,
            self._vault_open,
        )
