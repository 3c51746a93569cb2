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
        "<p><b>Risk and safeguarding</b> lists open risks and reviews that are due, and "
        "says <b>Make contact</b> when a client with an open risk misses a session or "
        "cancels at short notice: press Enter to open their Risk tab and record what you "
        "did as a review. <b>Practice breaks</b> shows a break under way or coming up.</p>"
        "<p><b>Contracts and cancellations</b>, when there is something to say: contract "
        "reviews due this week, and cancellations at short notice over the last fortnight "
        "(the client's or your own), judged by the contract in force on the day.</p>"
        "<p><b>The working relationship</b> lists ruptures not yet repaired and possible "
        "ruptures of the last four weeks, each with its reason: Enter records a repair or "
        "opens the client's timeline.</p>"
        "<p>In a new vault, Today says where to begin: add your first client, then book "
        "their sessions.</p>"
    ),
    "Clients": (
        "<p>Everyone you work with, by code. <b>Add client…</b> opens a short form; only "
        "the code is needed. Names and contact details are kept apart and shown only when "
        "you tick <b>Show names</b>.</p>"
        "<p>A client's record also keeps their GP and whether they agreed that you may "
        "contact them, the ways it is safe to reach them (text, voicemail, email), an "
        "emergency contact, and for a client under 18 their date of birth and who holds "
        "parental responsibility (<b>Edit client…</b>, Ctrl+E).</p>"
        "<p>Select a client and press Enter to open their page. <b>End work with…</b> "
        "records how your work together ended (planned, unplanned, referred on, lost "
        "contact), the last day and the signposting you gave; sessions still booked after "
        "it leave the diary. Ended clients are hidden unless you choose to show them.</p>"
        "<p><b>Write executor pack…</b> (Clients menu) saves a PDF for your clinical "
        "executor: see the page “If you cannot work”.</p>"
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
        "<p><b>Log risk from this note…</b> (Ctrl+Shift+D) opens the risk log for the note's "
        "client and day. A note filed under the wrong client can be moved to the right "
        "one with <b>Move to another client…</b>, giving the reason: the wrong client's "
        "record and searches no longer hold it, and the audit trail records the move "
        "without its words.</p>"
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
    "Timeline": (
        "<p>The <b>Timeline</b> tab of a client's page (Ctrl+8) shows the working "
        "relationship over time in one picture: a line for each measure they complete "
        "(the side of its cutoff worth talking about shaded), your own reflection, and rows "
        "of marks for attendance, ruptures and repairs, boundaries, risk, the contract and "
        "possible ruptures. A circle is about the client, a square about you; hollow means "
        "cancelled. Hover a mark to read it; click it to open its session.</p>"
        "<p>Choose <b>3 months</b>, <b>12 months</b> or <b>All</b>, or zoom in and out "
        "(Ctrl++ and Ctrl+−) and move earlier or later (Ctrl+[ and Ctrl+]). The table "
        "below lists every mark the picture shows: select a row to ring its mark, press "
        "Enter to open its session.</p>"
        "<p>From the <b>Alliance</b> menu, wherever you are, for the session in view: "
        "<b>Enter score…</b> (Ctrl+Shift+R) opens on the client's last measure with the "
        "cursor in the total, so an SRS total is its number and Enter; tick <b>Enter each "
        "item</b> for the items. <b>Reflection…</b> (Ctrl+Shift+T) rates the eight "
        "conditions 1 to 5: each digit moves on to the next, and it is offered after you "
        "finalise a session note (Esc skips it). <b>Log rupture…</b> (Ctrl+Shift+U) notes "
        "a withdrawal or a confrontation; select it in the table and choose <b>Record "
        "repair…</b> once it is mended.</p>"
        "<p><b>Possible ruptures</b> are suggestions, each with its reason: a score past "
        "its cutoff, a notable drop, a missed session after a low score, a rupture left "
        "unrepaired. Select one and choose <b>Set aside…</b> with your reason; it stays on "
        "the timeline with it. <b>Measures…</b> lists the measures and lets you add your "
        "own; <b>Save picture…</b> saves the timeline as a PNG or a PDF.</p>"
    ),
    "Reliability": (
        "<p><b>Reliability</b> (Ctrl+0) shows, month by month, both sides of keeping the "
        "arrangements: your late starts, the sessions you ended early and your "
        "cancellations (with the number at short notice), and the client's attendance and "
        "cancellations. Sessions you cancelled in a practice break are counted apart.</p>"
        "<p>Choose the whole practice or the open client. The two sentences at the top sum "
        "up the last twelve months.</p>"
    ),
    "Risk": (
        "<p>The <b>Risk</b> tab of a client's page (Ctrl+9) is their risk and safeguarding "
        "log. <b>Log risk…</b> (Ctrl+Shift+K) records the date, what was disclosed in a "
        "short phrase, the level as you judge it, what was done (a safety plan, crisis "
        "contacts, the GP contacted with or without consent, a safeguarding referral, "
        "emergency services, supervision), who was told and when, and when you will look "
        "at it again.</p>"
        "<p><b>Review risk…</b> records what a review found and sets the next date; "
        "<b>Close risk…</b> closes it with a short outcome. Open risks show in the page's "
        "header and on Today.</p>"
    ),
    "Practice breaks": (
        "<p>Record a holiday, training or a closure with <b>Sessions → Practice "
        "breaks…</b>: its first and last day, and when you told clients. If sessions are "
        "booked in it, Counsel Desk lists them and asks whether to move them to the week "
        "after or cancel them; it never does either silently.</p>"
        "<p>A session cancelled for a break is never counted as your cancellation in the "
        "reliability figures. Breaks under way or coming up show on Today.</p>"
    ),
    "If you cannot work": (
        "<p>Professional bodies expect you to name a <b>clinical executor</b>: someone who "
        "will tell your clients if you die or become unable to work.</p>"
        "<p><b>Clients → Write executor pack…</b> saves a PDF with each current and recently "
        "ended client's code, name, contact details, how they agreed to be contacted and "
        "their next session, and nothing from their notes; and a page telling the executor "
        "where the vault is, how to open it with the recovery key, and what to do and not "
        "do. The file is not encrypted: print it and delete it.</p>"
        "<p>Give the executor (or a solicitor) a sealed copy of your recovery key, so "
        "someone you trust can open the vault if you cannot.</p>"
    ),
    "Supervision": (
        "<p><b>Supervision</b> (Ctrl+Shift+V) is your supervision log: each session with its date, "
        "your supervisor, how long it lasted, whether it was one to one or in a group, the "
        "clients you discussed (by code only), your notes and the actions you took away. "
        "<b>Log supervision…</b> (Ctrl+Shift+J) works from anywhere.</p>"
        "<p>Under the log, <b>Hours</b> adds them up for each calendar year, or for each "
        "registration year: set the day yours begins with <b>Registration year…</b>, so you "
        "can show the hours your registration or accreditation asks for.</p>"
        "<p><b>Prepare a summary…</b> gathers a period's work with each client you choose "
        "(attendance, contract, boundary events, notes flagged for supervision with your "
        "question), by code only, with the names on each client's redaction list taken out "
        "and shown as [—]. The preview is exactly what will be written; add any word it "
        "lists under <b>Check these</b> to the list in one click, then <b>Save as…</b> "
        "PDF, a web page or Markdown. The file is not encrypted.</p>"
    ),
    "Moving around": (
        "<p>Ctrl+1 to Ctrl+5 go to Today, Clients, the open client's Sessions and Notes, "
        "and Search; Ctrl+6 to Ctrl+9 to the open client's Contract, Boundaries, Timeline "
        "and Risk, Ctrl+0 to Reliability and Ctrl+Shift+V to your Supervision log. The list "
        "on the left does the same, and names the client whose page is open.</p>"
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
