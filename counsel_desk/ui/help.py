"""Help (F1): the keyboard shortcut sheet and a short "how to" for each view.

The sheet is made from the window's own menus and actions each time it is shown, so a
shortcut added, changed or removed in code appears here as it is: it cannot go stale. The
full guide is docs/USER_GUIDE.md; these pages are the few lines needed at the desk.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import QSize
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QMenu,
    QMenuBar,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from counsel_desk import APP_NAME
from counsel_desk.ui import widgets as w
from counsel_desk.ui.shortcuts import ScopedKeys, key_text

HOW_TO: dict[str, str] = {
    "Today": (
        "<p>Today is where you land after unlocking. At the top is the session that has just "
        "ended or is under way: press <b>Enter</b> (or <b>Write note</b>) to start its note, "
        "or <b>Open note</b> to return to the note you already have.</p>"
        "<p>Below are today's sessions, the next few days, and <b>Outstanding</b>: sessions "
        "without a note, notes not yet finalised, and attendance not yet recorded. Select "
        "an entry and press Enter (or double-click it) to deal with it.</p>"
        "<p><b>Contracts and cancellations</b>, when there is something to say: contract "
        "reviews due this week, and cancellations at short notice over the last fortnight "
        "(the client's or your own), judged by the contract in force on the day.</p>"
        "<p>In a new vault, Today says where to begin: add your first client, then book "
        "their sessions.</p>"
    ),
    "Clients": (
        "<p>Everyone you work with, by code. <b>Add client…</b> opens a short form; only "
        "the code is needed. Names and contact details are kept apart and shown only when "
        "you tick <b>Show names</b>.</p>"
        "<p>Select a client and press Enter to open their page. <b>End client…</b> "
        "records the end of your work together; ended clients are hidden unless you choose "
        "to show them.</p>"
    ),
    "Sessions": (
        "<p>A client's page: their code (and name, while names are shown), where your work "
        "together stands and their next session, over a tab for each part of their record. "
        "The <b>Sessions</b> tab (Ctrl+3) lists their sessions, newest first. "
        "<b>Add session…</b> books one, or a weekly series. Select a session and press "
        "Enter to open its notes, or set its status from the Sessions menu.</p>"
        "<p>The client whose page is open is the one chosen in Clients: choose another "
        "there (Ctrl+2) and press Enter.</p>"
    ),
    "Notes": (
        "<p>The <b>Notes</b> tab of a client's page (Ctrl+4): one session at a time, the "
        "client's notes on the left, the note on the right. "
        "<b>New note</b> starts one from a template; the first prompt is selected, so you "
        "can type straight over it. Changing the template of a note you have written in "
        "asks whether to replace the text or insert the template at the cursor; Ctrl+Z "
        "undoes either.</p>"
        "<p>Everything is kept as you type: the text, title, tags, the flags and the "
        "supervision question. The line under the note says where it stands:</p>"
        "<ul><li><b>Draft, autosaved</b>: what you typed is safe in the vault, kept beside "
        "the note;</li>"
        "<li><b>Draft, saved</b>: it is the note's own text (Ctrl+S, moving to another note, "
        "locking and quitting all do this), and search finds it;</li>"
        "<li><b>Finalised</b>: signed with the date and time. Later changes are added as "
        "amendments beneath it.</li></ul>"
        "<p>Previous and Next session (Alt+Up, Alt+Down) move through the client's "
        "sessions. Close note puts the note away and keeps the session in view.</p>"
    ),
    "Search": (
        "<p>Type a word or two to search every note's title, text, tags and amendments. "
        'A word also finds longer words that start with it; put "words in quotes" to find '
        "a phrase. Narrow the results by client, dates, kind, tag or flag, then press Enter "
        "to open a note.</p>"
    ),
    "Contract": (
        "<p>The <b>Contract</b> tab of a client's page (Ctrl+6): your written agreement with "
        "them, version by version. <b>Make a contract…</b> starts the first from a template, "
        "with your practice's details and default terms filled in (Settings → Practice). "
        "Choose a clause on the left to change its words, or untick it to leave it out; the "
        "terms (session length, fee, notice on each side, lateness, contact) are at the top "
        "of the list. The contract on the right is formatted as the client will read it, "
        "as you type. A draft is kept as you go.</p>"
        "<p>The <b>checklist</b> names what stops a version being agreed: an essential "
        "clause missing, switched off or empty, or a placeholder such as {fee} with nothing "
        "to fill it, each with why it matters. <b>Agree…</b> records the day and how (signed "
        "on paper, in a session, by email); from then on that version cannot change, like a "
        "finalised note. To change the agreement, make a <b>New version…</b>; agreeing it "
        "replaces the one before from that day. <b>Compare versions…</b> shows two side by "
        "side with the changed words marked. <b>Review date…</b> puts a review on Today.</p>"
        "<p>Cancellations are judged against the version in force on the session's day: less "
        "notice than agreed is <b>short notice</b>, in the Sessions tab, the attendance "
        "window and Today. With no version agreed, your practice defaults apply, and the "
        "window says so. <b>Print contract…</b> (Ctrl+P here) and <b>Save a copy…</b> "
        "(Ctrl+Shift+S) make the client's copy; it is not encrypted.</p>"
    ),
    "Boundaries": (
        "<p>The <b>Boundaries</b> tab (Ctrl+7): at the top, the boundaries you have agreed "
        "with this client — the boundary clauses of the contract in force, as agreed, and any "
        "you add yourself (<b>Add a boundary…</b>).</p>"
        "<p>Below, the <b>boundary events</b> log: contact between sessions, a gift offered, "
        "a chance meeting, a request to extend, lateness and the rest, each with who began "
        "it, what happened and what was done, the clause it concerns and the session it came "
        "at or after. <b>Log a boundary event…</b> (Ctrl+Shift+B) works from anywhere, for "
        "the client whose page is open. Type in the search box to find events by their "
        "words. The alliance timeline shows them too.</p>"
    ),
    "Moving around": (
        "<p>Ctrl+1 to Ctrl+7 go to Today, Clients, the open client's Sessions and Notes, "
        "Search, and the client's Contract and Boundaries; the list on the left does the "
        "same, and names the client whose page is open.</p>"
        "<p><b>Back</b> (Alt+Left) and <b>Forward</b> (Alt+Right; on a Mac, ⌘[ and ⌘]) go "
        "through the places you have visited, as in a web browser, with the note you had "
        "open and the cursor where you left it.</p>"
    ),
    "Backups and drills": (
        "<p>A backup is one encrypted file holding the whole vault and its key slots: it "
        "opens with the passphrase or the recovery key you had when it was made, and with "
        "nothing else. Choose a <b>backup folder</b> in Settings, preferably on a USB drive "
        "or another disk kept away from this computer.</p>"
        "<p><b>Back up now</b> (in the Records menu, or on Today) copies the "
        "vault while you go on working, then checks the copy in a separate process against "
        "the vault. Settings can also back up when you quit, and once a day; the folder "
        "keeps the newest backups you choose. Today reminds you when the last checked "
        "backup is old, or the folder is missing.</p>"
        "<p>A <b>restore drill</b> (Records → Restore drill…) proves a backup can be "
        "restored: it is restored into a private temporary folder, checked, counted and "
        "thrown away. To restore for real, into a new folder, use "
        "<code>counsel-desk restore FILE --vault NEWDIR</code>.</p>"
    ),
    "Retention and erasure": (
        "<p>Records are kept for the period your retention rules set (Records → Retention "
        "periods…): by default 7 years after the last session, and for someone who was "
        "under 18 in therapy until their 25th birthday or 7 years, whichever is later. You "
        "can keep process notes for a shorter time.</p>"
        "<p>When the period has passed, the client appears on Today under <b>Due for "
        "review</b>: <b>Keep longer…</b> (with a reason) or <b>Erase…</b>. Erasing shows "
        "what will go, asks you to type the client's code, and removes their records from "
        "every part of the vault, the search index included. A record of the erasure is "
        "kept, with no content; it lists the backups that still hold the records and how "
        "they go.</p>"
    ),
    "Saving and locking": (
        "<p>You never need to remember to save: text is kept about a second after you stop "
        "typing, and at least every two seconds while you type.</p>"
        "<p><b>Lock</b> (Ctrl+L) saves, closes the vault and clears the screen; Counsel "
        "Desk also locks itself after a few idle minutes. Unlocking brings you back to the "
        "same view and note. <b>Hard lock</b> locks and quits.</p>"
        "<p>Text you copy from a note leaves the clipboard after 30 seconds (set how long in "
        "Settings) and when Counsel Desk locks or quits, unless you have copied something "
        "else since; clipboard history tools are asked not to keep it.</p>"
    ),
}


def action_name(action: QAction) -> str:
    return action.text().replace("&", "").removesuffix("…")


def shortcut_rows(menubar: QMenuBar, scoped: Sequence[ScopedKeys]) -> list[tuple[str, str, str]]:
    """(menu, what, keys) for every action in the menus that has a shortcut, in menu order."""
    by_action = {id(s.action): s for s in scoped}
    rows: list[tuple[str, str, str]] = []

    def walk(menu: QMenu, title: str) -> None:
        for action in menu.actions():
            if action.menu() is not None:
                walk(action.menu(), title)
                continue
            if action.isSeparator():
                continue
            scope = by_action.get(id(action))
            keys = key_text(scope.base if scope else action.shortcuts())
            if scope is not None:
                keys = ", ".join(filter(None, (f"{key_text(scope.keys)} ({scope.where})", keys)))
            if keys:
                rows.append((title, action_name(action), keys))

    for top in menubar.actions():
        if top.menu() is not None:
            walk(top.menu(), top.text().replace("&", ""))
    return rows


def shortcut_sheet(rows: Sequence[tuple[str, str, str]]) -> str:
    parts = ["<h2>Keyboard shortcuts</h2>"]
    menu = None
    for title, what, keys in rows:
        if title != menu:
            if menu is not None:
                parts.append("</table>")
            parts.append(f"<h3>{html.escape(title)}</h3><table cellpadding='3'>")
            menu = title
        parts.append(
            f"<tr><td width='55%'>{html.escape(what)}</td><td><b>{html.escape(keys)}</b></td></tr>"
        )
    if menu is not None:
        parts.append("</table>")
    parts.append(
        "<p>Also: <b>Enter</b> on Today opens the note of the session just ended; "
        "<b>Tab</b> moves between fields.</p>"
    )
    return "".join(parts)


class HelpWindow(QDialog):
    """Non-modal; closed with the main window on lock (it holds no client data)."""

    SHORTCUTS = "Keyboard shortcuts"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"{APP_NAME} help")
        self.pages = QListWidget()
        self.pages.setAccessibleName("Help pages")
        self.pages.addItems([*HOW_TO, self.SHORTCUTS])
        metrics = self.fontMetrics()
        for row in range(self.pages.count()):
            self.pages.item(row).setSizeHint(QSize(0, metrics.height() * 2))
        self.pages.setFixedWidth(metrics.horizontalAdvance("Keyboard shortcuts") + 3 * w.SPACING)
        self.text = QTextBrowser()
        self.text.setAccessibleName("Help text")
        self.text.setOpenLinks(False)
        self.pages.currentTextChanged.connect(self._show)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.pages)
        row.addWidget(self.text, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(w.MARGIN, w.MARGIN, w.MARGIN, w.MARGIN)
        layout.setSpacing(w.SPACING)
        layout.addLayout(row, 1)
        layout.addWidget(buttons)
        self.sheet = ""
        self.resize(760, 520)

    def fill(self, menubar: QMenuBar, scoped: Sequence[ScopedKeys]) -> None:
        """Make the shortcut sheet from the menus as they are now."""
        self.sheet = shortcut_sheet(shortcut_rows(menubar, scoped))
        if self.pages.currentItem() is not None:
            self._show(self.pages.currentItem().text())

    def show_page(self, name: str) -> None:
        names = [self.pages.item(i).text() for i in range(self.pages.count())]
        row = names.index(name) if name in names else 0
        self.pages.setCurrentRow(row)
        self._show(self.pages.item(row).text())

    def _show(self, name: str) -> None:
        if name == self.SHORTCUTS:
            self.text.setHtml(self.sheet)
        else:
            self.text.setHtml(f"<h2>{html.escape(name)}</h2>{HOW_TO.get(name, '')}")
