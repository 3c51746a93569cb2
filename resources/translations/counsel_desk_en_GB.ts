<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>AgreeDialog</name>
    <message>
        <source>Agree version {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it was agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once agreed, version {number} cannot be changed; a later change is a new version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It replaces version {number} (agreed {agreed_on}) from the day it is agreed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checklist still has:
{listed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agree</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgreedHow</name>
    <message>
        <source>Signed on paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed in a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed by email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed on paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agreed in a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agreed by email</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AmendDialog</name>
    <message>
        <source>Amend note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amendment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to add or correct (Markdown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Corrected the date the client mentioned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add amendment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The finalised note is kept exactly as it was; this amendment is shown beneath it with today&apos;s date and time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit without a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stay open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttendanceDialog</name>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it ended early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When word came</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How word came</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: a few words, such as “unwell”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record actual times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{moved} (open that session to change it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short notice or not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{client_code} · {when} · {planned} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client late by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I was late by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended early by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word came</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: word came after the session&apos;s start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new time is the same as the old one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request came after the session was due to start; record what happened instead, or correct the time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditKind</name>
    <message>
        <source>Vault created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase reset with the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data key replaced (new recovery key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault upgraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy from before an upgrade removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice details changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work with a client ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session status changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeating sessions booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note finalised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note amended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft note deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags of a finalised note changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags of a finalised note changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract version drafted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft contract version deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note moved to another client (filed in error)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk entry changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice break added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice break removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract version replaced by a later one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract review date set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boundary added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boundary removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boundary event logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boundary event changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boundary event deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own measure added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflection on a session kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rupture logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair of a rupture recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible rupture set aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision session logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision session changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision session deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start of the registration year set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term added to a client&apos;s redaction list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term removed from a client&apos;s redaction list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note saved as a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline saved as a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract saved as a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executor pack written (clients&apos; contact details)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision summary saved as a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole vault exported as an open (unencrypted) file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject access bundle written (not encrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client&apos;s records erased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention periods changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records kept longer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier event</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup is an encrypted copy of your vault, opened with your passphrase or recovery key. Kept on a USB drive or another disk, it means a lost, stolen or broken computer does not take your records with it. Choose a folder there, or leave this empty and choose one later in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder on a USB drive or another disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the folder will do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no folder at {path}. If it is on a USB drive, plug the drive in; or choose another folder, or leave this empty for now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a file, not a folder. Choose a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counsel Desk cannot write to {path}: the disk may be read-only or full, or the folder not yours. Choose another folder, or leave this empty for now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups will be written here. Settings can back up each time you quit, or once a day.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupProgressDialog</name>
    <message>
        <source>Back up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Into {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying the vault&apos;s encrypted pages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the backup is doing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> {removed} older backup of this vault was removed, as your settings keep the newest ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> {removed} older backups of this vault were removed, as your settings keep the newest ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not backed up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupReminder</name>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up the vault into the backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup due</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupSettings</name>
    <message>
        <source>Backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder on a USB drive or another disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up when quitting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up once a day while the vault is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> newest backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind when the last backup is older than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind after</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoundariesView</name>
    <message>
        <source>Log a boundary event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a boundary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this boundary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed boundaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search this client&apos;s boundary events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search this client&apos;s events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boundary events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen event in full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No boundary event has all of “{strip}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No boundary events logged for this client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nothing noted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened: {what_happened}
What was done: {done}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>_(No words were added.)_</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this boundary event? It goes from the client&apos;s record and the timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove “{title}”? Events that concerned it keep their words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove boundary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoundaryEventDialog</name>
    <message>
        <source>Change boundary event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a boundary event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who began it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A line or two, as you would tell a supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you did, or agreed to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concerning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For {code}: what tested a boundary, kept as a record you can search and that the timeline shows. Keep it short and factual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log event</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoundaryKind</name>
    <message>
        <source>Contact between sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gift offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chance meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social media request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session overran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lateness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request to extend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dual-relationship risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BreakDialog</name>
    <message>
        <source>Add a practice break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, such as “Summer”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients told on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To the same time in the first free week after the break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled for the break: not counted as yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BreakKind</name>
    <message>
        <source>Holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Illness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>illness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BreaksDialog</name>
    <message>
        <source>Practice breaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a break…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this break? Sessions already cancelled or moved for it stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleProgressDialog</name>
    <message>
        <source>Subject access bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Into a new folder in {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the subject access bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laying out the pages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Change</name>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reworded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switched on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switched off</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistView</name>
    <message>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needed: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advice: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientChecklist</name>
    <message>
        <source>Find a client by code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients discussed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (ended)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientDialog</name>
    <message>
        <source>Edit client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First got in touch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day they first got in touch: no agreement or boundary event is dated before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under 18</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who holds parental responsibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parental responsibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name and phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safe to text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safe to leave a voicemail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safe to email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent to contact the GP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact and GP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GP&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GP practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GP&apos;s phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent to contact</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientPage</name>
    <message>
        <source>About this client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open {tab}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This client&apos;s page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientStatus</name>
    <message>
        <source>Enquiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientsView</name>
    <message>
        <source>Add client…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit client…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write executor pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your clients&apos; contact details for your clinical executor, as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clients yet. Add your first with Add client… ({key}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clients match this filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No client’s code or name matches “{query}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No client’s code matches “{query}”. Names are hidden, so only codes are searched: show names to find a client by name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find by code or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find by code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Began it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concerning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I was late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I ended early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was disclosed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it stands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {number} · {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two versions compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Condition</name>
    <message>
        <source>Communication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consistency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boundaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acceptance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust and safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pace and control</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfirmBar</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactChannel</name>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>letter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContractActionsMixin</name>
    <message>
        <source>Delete the draft of version {number}? Its wording and terms go; the versions already agreed stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContractCopies</name>
    <message>
        <source>Save a copy of the contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder {parent}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save unencrypted copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved “{name}” in {parent}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print to unencrypted file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContractEditor</name>
    <message>
        <source>Clauses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Essential clauses are in bold; untick a clause to leave it out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add clause…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the chosen clause from this draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the chosen clause up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the chosen clause down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clause title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include this clause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clause wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert a placeholder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert a placeholder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The terms at a glance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session length, fee, notice, lateness and contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Essential: {WHY_ESSENTIAL}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContractPreview</name>
    <message>
        <source>Preview of the contract</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContractStatus</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContractView</name>
    <message>
        <source>New version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agree…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare versions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review date…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print contract…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy of the contract…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this draft…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote the practice details as they are now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where this version stands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a contract…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the Contract tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code} has no contract yet. Until one is agreed, cancellations are judged by your practice defaults: {client_notice_hours}&apos; notice from the client, {practitioner_notice_hours} from you. Make one from a template, then change what you need.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; review planned {review_on}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>. Changes are kept as you type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No version is agreed yet: cancellations are judged by your practice defaults ({client_notice_hours} from the client, {practitioner_notice_hours} from you).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateVaultWindow</name>
    <message>
        <source>Creating your vault — this takes a moment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault folder: {folder_text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create your vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Direction</name>
    <message>
        <source>Higher is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Higher means more distress</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DrillDialog</name>
    <message>
        <source>Restore drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase or recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the drill found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the backup file to rehearse with first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the passphrase or the recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring into a private folder and checking…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EarlyEnding</name>
    <message>
        <source>the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a failed connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an outside event</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EndClientDialog</name>
    <message>
        <source>End work with {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the work ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where you pointed them: GP, a service, a helpline…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signposting given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End your work with {code}? The record stays in the vault, marked as ended, and is hidden from the current clients list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 session is still booked after that day: it will be taken out of the diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} sessions are still booked after that day: they will be taken out of the diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{said} (any with a note stay).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signposting is at most {MAX_SIGNPOSTING} characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EndedEarlyBy</name>
    <message>
        <source>The client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An outside event</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EndingKind</name>
    <message>
        <source>Planned ending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unplanned ending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost contact</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <source>Erase records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All of the client&apos;s records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only their process notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will be erased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client asked for these records to be erased now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the client&apos;s code to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase {label} of {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing: there are no such records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the retention period ended. {summary}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{why}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They may go now: {why} Erasing cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept until {until}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept while therapy continues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These records are {kept} under your retention rules. Erase them earlier only if the client asked you to. Erasing cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To confirm, type the client&apos;s code, {code}:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErasedDialog</name>
    <message>
        <source>Records erased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code}: erased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies that still hold these records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} — in {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup or other copy holds them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clearing the erased words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up now, then remove older backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clearing the erased words from the disk…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The erased words are cleared from the disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The erased words could not be cleared from the disk just now; Counsel Desk will clear them when you next unlock the vault.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErasureRecordsDialog</name>
    <message>
        <source>Erasure records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up now, then remove older backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was erased, when and why, without any of its content; and the copies outside the vault that held it at that moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still held by a backup made before this erasure: {names}. It goes when newer backups replace it (you keep the newest {keep}), or at once with “Back up now, then remove older backups” below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still held by {n} backups made before this erasure: {names}. They go as newer backups replace them (you keep the newest {keep}), or at once with “Back up now, then remove older backups” below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still held by the copy of the vault taken before an upgrade: {names}. Counsel Desk removes it once the upgraded vault has proved sound (7 days and 3 openings after the upgrade).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still held by {n} copies of the vault taken before an upgrade: {names}. Counsel Desk removes them once the upgraded vault has proved sound (7 days and 3 openings after the upgrade).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the copies that held these records is left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup or other copy held these records when they were erased.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportFormat</name>
    <message>
        <source>PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web page (HTML)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportProgressDialog</name>
    <message>
        <source>Export everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Into {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} of {total} clients written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FlagKind</name>
    <message>
        <source>Score past the cutoff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notable drop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed after a low score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rupture not yet repaired</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Frequency</name>
    <message>
        <source>Weekly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fortnightly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As we agree</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GpConsent</name>
    <message>
        <source>Not asked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not given</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>{APP_NAME} help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Note history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportVaultDialog</name>
    <message>
        <source>Import into a new vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the new vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every record in {file} is read and checked before anything is made, so a file that is damaged or was changed by hand makes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new vault for the export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the new vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An empty folder, or one that does not exist yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new vault&apos;s recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{percent}% of the file read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file cannot be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is a sound export holding {clients} clients and {notes} notes. The import makes a new vault from it: choose an empty folder for the vault and a passphrase to lock it. The vault you have open is not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counsel Desk vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder for the new vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the folder&apos;s full path, or pick it with Choose….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Into {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the file once more…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} of {total} clients written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new vault in {folder} holds {clients} clients. It opens with the passphrase you chose, or with this key if you forget it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new vault in {folder} was made, but Counsel Desk locked before you confirmed that its recovery key was stored, so that key is no longer shown: open that vault and choose File, then “Make a new recovery key…”, to make another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counsel Desk could not start a window for the new vault. Open it with counsel-desk --vault {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Initiator</name>
    <message>
        <source>The client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody: by chance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeepLongerDialog</name>
    <message>
        <source>process notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep {what} longer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: a complaint is being heard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code}: {summary}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {what} stay until the date you choose, and the review comes back then. The reason is kept with the client&apos;s records, and goes when they go.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeySheet</name>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have stored it safely</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kind</name>
    <message>
        <source>Alliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LifecycleMixin</name>
    <message>
        <source>Finalise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockingPage</name>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock when idle for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The open client&apos;s page: {tabs}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hard lock (lock and quit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new &amp;recovery key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{APP_NAME} &amp;help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About {APP_NAME}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check the vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{APP_NAME} {__version__}

An offline, encrypted notebook for counsellors and psychotherapists.

Qt for Python {qt_version}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeasuresDialog</name>
    <message>
        <source>Measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About this measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add your own measure…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores are entered as numbers from your own paper copy of each form: no measure&apos;s wording is kept in Counsel Desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (yours)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;Boundaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ontract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;upervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Alliance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Modality</name>
    <message>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoveNoteDialog</name>
    <message>
        <source>Move note to another client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Such as: filed under {from_code} by mistake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it is moving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no other client to move the note to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code} has no session to file the note under: book the session it belongs to first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short sentence only you would think of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewRecoveryKeyDialog</name>
    <message>
        <source>Make a new recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking your passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new recovery key replaces the one you have now, for example if the printed sheet is lost. Counsel Desk re-encrypts the whole vault under a new key; on a large vault this takes a few seconds, and your records are put away meanwhile. Your passphrase stays the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old recovery key stops working for this vault. Backups made before keep opening with the passphrase or recovery key that was valid when each was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-encrypting your vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-encrypting your vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every record is being copied into a vault locked with a new key, then checked. Your records come back as soon as it is done. Please wait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your new recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is re-encrypted, and this key replaces the old one, which no longer opens it. If you ever forget your passphrase, this key is the way back into your records. It is shown only this once: print it or write it down and keep it somewhere safe away from this computer. Destroy the old sheet, and replace any sealed copy you lodged with your clinical executor or a solicitor.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewRecoveryKeyFlow</name>
    <message>
        <source>A backup is being made. Make the new recovery key when it has finished; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counsel Desk locked before you confirmed that the new recovery key was stored, so it is no longer shown; your passphrase still opens the vault. Choose File, then “Make a new recovery key…”, to make another.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewVersionDialog</name>
    <message>
        <source>New contract version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From a template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy of version {number}, to change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next version of {code}&apos;s contract starts as a draft. Nothing changes for the client until it is agreed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code}&apos;s first contract starts as a draft, with your practice&apos;s details and default terms filled in. Change anything before it is agreed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make draft</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <source>Note text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the note here (Markdown).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formatted preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finalised note and amendments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finalise…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amend…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete draft…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed once the note has text; start a new note for another kind.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteExporter</name>
    <message>
        <source>the folder {parent}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save unencrypted copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved “{name}” in {parent}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print to unencrypted file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteFields</name>
    <message>
        <source>Kind of note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add, copy, edit or delete your own templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Themes, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag this note: risk was raised or assessed. Record the risk itself, with what was done and when to review it, with Log risk from this note (Ctrl+Shift+D).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring to supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The question to bring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (mine)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteFlag</name>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring to supervision</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteKind</name>
    <message>
        <source>Session note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Psychotherapy note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteList</name>
    <message>
        <source>This client&apos;s notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteStatus</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finalised</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesActionsMixin</name>
    <message>
        <source>in every other view</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesView</name>
    <message>
        <source>New note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finalise note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Templates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log risk from this note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to another client…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenFiles</name>
    <message>
        <source>Choose where the new vault goes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export everything to an open file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import an export into a new vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export is one JSON file holding everything in the vault: every client&apos;s name and details, every note, the audit trail. It is not encrypted: anyone who can open the file can read it all. Choose a place only you can reach (not a shared or synced folder), and delete the file when you no longer need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export everything to an open file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open export (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the whole vault to {path}. The file is not encrypted: keep it somewhere only you can reach, and delete it when you no longer need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an export to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open export (*.json);;Any file (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverlapChoice</name>
    <message>
        <source>Move them to the week after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel them for the break</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OwnBoundaryDialog</name>
    <message>
        <source>Add a boundary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boundary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short name, such as “No contact on social media”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you agreed, in a sentence or two</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A boundary agreed with {code} beyond those the contract sets. It is listed with them, and boundary events can concern it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add boundary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OwnMeasureDialog</name>
    <message>
        <source>Your own measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up to 12 characters, for lists and the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowest item value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highest item value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decimal places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which way is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cutoff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: the total where concern starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notable change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: a change in the total that counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Short name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it &amp;measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed &amp;by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lowest item value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Highest item value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decimal places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which &amp;way is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Entered as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cutoff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notable &amp;change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items are numbered, never worded: keep the wording on your own form.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Party</name>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Me</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing your passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your current passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your passphrase has been changed. Use the new one from now on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PracticePage</name>
    <message>
        <source>Your practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where you see clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> years after the last session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records are kept for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records kept: not as your retention periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What a new contract quotes about you. A contract keeps its own copy once drafted, so changing these never changes one already agreed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where a new contract starts. Until a contract is agreed with a client, their cancellations are judged by these notice periods.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PracticeSetupDialog</name>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the defaults for now; Today offers this again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look around the demo first…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step {step} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo is opening in its own window.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PractitionerLateness</name>
    <message>
        <source>Time made up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee reduced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client chooses</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Preset</name>
    <message>
        <source>3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressJob</name>
    <message>
        <source>It stopped unexpectedly; nothing was left half-written. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <source>What is happening</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceivedBy</name>
    <message>
        <source>Phone call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voicemail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordKeeping</name>
    <message>
        <source>&amp;Back up now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore &amp;drill…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Erase a client&apos;s records…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retention periods…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasure &amp;records…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is a backup of another vault, so the drill was not recorded here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drill could not be recorded: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drill is recorded in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none was left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed the backups made before the erasure ({names}). The new backup holds your records without the erased ones.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Recover with your recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XXXX-XXXX-XXXX-…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting your new passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set passphrase and open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RedactionListDialog</name>
    <message>
        <source>Redaction lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client&apos;s own names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names and places added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name or place to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person or place they mention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names on a client&apos;s list are taken out of anything prepared for supervision, whole words in any case, with or without accents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clients yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReflectionDialog</name>
    <message>
        <source>Reflect on this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}, 1 to 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A word on {lower}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a word, if you like</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistrationYearDialog</name>
    <message>
        <source>Registration year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Begins on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day your registration or membership year begins each year. Supervision hours are totalled for each such year as well as for each calendar year.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReliabilityView</name>
    <message>
        <source>Whose figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client&apos;s side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reliability month by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last {PERIOD_MONTHS} months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The open client, {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your side: {recent}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client&apos;s side: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients&apos; side: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RepairDialog</name>
    <message>
        <source>Record a repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repaired on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it was mended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} on {on}: {what_happened}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rupture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repaired &amp;on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;How</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Repeat</name>
    <message>
        <source>Does not repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every two weeks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Respondent</name>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Me</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>Retention periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years after the last session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Young people until the age of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep process notes for a shorter time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years to keep process notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep records for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Young people until age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process notes for</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetentionReview</name>
    <message>
        <source>Due for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records due for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep longer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetentionRule</name>
    <message>
        <source>years after the last session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until the client&apos;s birthday (under 18 in therapy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>years after the last session (under 18 in therapy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept longer by your decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the shorter period for process notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Review date of version {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A review is a reminder, not part of the agreement: it shows on Today in the week it falls due. Clear the box for no review.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RiskAction</name>
    <message>
        <source>Safety plan agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crisis contacts given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GP contacted, with consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GP contacted, without consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safeguarding referral made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency services called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discussed in supervision</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RiskDialog</name>
    <message>
        <source>Change risk — {client_code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log risk — {client_code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short phrase, such as “thoughts of ending their life”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was disclosed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level (your judgement)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who was told, if anyone: the GP, a safeguarding team…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who was told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Told on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RiskLevel</name>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Immediate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RiskReviewDialog</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the review found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How things stand now, in a few words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you found, briefly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}, logged {day}: {disclosed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save review</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RiskView</name>
    <message>
        <source>Log risk…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change risk…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review risk…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close risk…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This client&apos;s risk log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note of {day}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RuptureDialog</name>
    <message>
        <source>Log a rupture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of rupture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mended in the same session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it was mended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;How it was mended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A withdrawal moves away (silence, going along, changing the subject); a confrontation moves against (complaint, criticism). Keep it to a line: the session note has room for the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say briefly how it was mended, or untick the box.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RuptureKind</name>
    <message>
        <source>Withdrawal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confrontation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawal and confrontation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaveState</name>
    <message>
        <source>Draft, autosaved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft, saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finalised</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Scope</name>
    <message>
        <source>all records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>process notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoreDialog</name>
    <message>
        <source>Enter a score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the total, e.g. 34.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter each item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item {n} of {items}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchView</name>
    <message>
        <source>&amp;Find in notes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words, or &quot;a phrase&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search finds notes by the start of each word, so “anx” finds “anxious”. Fewer words, or fewer filters, find more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count}{more} note found{order}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count}{more} notes found{order}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>best first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>newest first (this word is in half your notes or more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>newest first (these words are in half your notes or more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>newest first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>Edit session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} sessions, the last on {when}. Times that clash with a session already booked are left out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionStatus</name>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled by client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled by me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did not attend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rescheduled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionsView</name>
    <message>
        <source>Add session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice breaks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holidays and closures, and the sessions in them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set s&amp;tatus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This client&apos;s sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions for {code} yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this client</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetAsideDialog</name>
    <message>
        <source>Set a possible rupture aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why set it aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. we talked about it; a hard week at work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Why set it aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your reason is kept with the flag, which stays on the timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set aside</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after idle minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit after locked minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear copied text after seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show client names in lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where you practise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light or dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the system is set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new recovery key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock when idle for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit when locked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear copied text after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locking closes the vault and clears the screen. Quitting after a long lock also clears what is left in memory. Text you copy leaves the clipboard after the time set here, and always when Counsel Desk locks or quits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where you practise sets the name of private notes (process notes in the UK, psychotherapy notes in the US) and what the app says about who may see them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups are encrypted like the vault and open with your passphrase or recovery key. Keep them on a USB drive or another disk, away from this computer, so that losing it does not lose your records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn off locking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep locking on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name and registration, as the contracts you give clients will quote them. Leave blank what does not apply to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where you practise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The law where you work decides what your private notes about a session are called and who may ask to see them. Counsel Desk uses its words (and, in the UK and the US, its currency for your fee).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions and fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where new sessions and contracts start. A client&apos;s cancellation with less notice than this is marked as short notice until you agree a contract with them. Settings → Practice holds the rest of your terms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When you step away, Counsel Desk locks itself: the vault closes and the screen clears until your passphrase is typed again. A few minutes suits most rooms; Settings can change it, or turn it off.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>Views</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubjectAccess</name>
    <message>
        <source>Where to make the subject access bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the bundle here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubjectAccessAction</name>
    <message>
        <source>&amp;Subject access bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write everything held about the open client, for them to see</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a client&apos;s page first (choose them in Clients, Ctrl+2), then choose Subject access bundle… again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subject access bundle is not encrypted: anyone who can open its folder can read everything you hold about this client. It may also name other people (partners, family, colleagues): read it before you send it, and withhold what is about someone else. Keep it somewhere only you can reach, and delete it once it has been given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the subject access bundle in {folder}: a PDF to read and the same records as JSON. Read it through before you send it; the files are not encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message>
        <source>Prepare a supervision summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the suggested clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redaction lists…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show dates as weeks of the work (week 1 is the first session)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was taken out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of the summary, as it will be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check these</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capitalised words that may be names. Add one to the client&apos;s list to take it out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{taken} name or date taken out, each shown as {marker}; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{taken} names and dates taken out, each shown as {marker}; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} word to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} words to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no words to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add “{word}” to {code}&apos;s list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add {word} to the redaction list of {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the supervision summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder {parent}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save unencrypted copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved “{name}” in {parent}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupervisionDialog</name>
    <message>
        <source>Change supervision session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their name or initials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One to one or group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you took, what you noticed, what was suggested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you will do before next time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients discussed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A record of supervision for your registration: clients appear by their code only. Keep the notes as you would in a supervision notebook.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupervisionFormat</name>
    <message>
        <source>One to one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupervisionView</name>
    <message>
        <source>Log supervision…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration year…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare a summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen session in full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By calendar year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By registration year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By registration year (from {label})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your registration year is set to begin on 1 January, so it is the calendar year. Set the day it begins with Registration year…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients discussed: {clients}
Notes: {notes}
Actions: {actions}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this supervision session? Its hours come off your totals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (built in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My template</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplatingMixin</name>
    <message>
        <source>Replace text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert at cursor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TermsForm</name>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee for a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client&apos;s notice to cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your notice to cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charge for short notice or a missed session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for a late client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you start late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only to arrange or change times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replies within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charge for short notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for a late client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact between sessions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TermsPage</name>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee for a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice to cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineActionsMixin</name>
    <message>
        <source>Enter score…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A score on a measure for the session in view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your reflection on the session in view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log rupture…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rupture in the session in view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record repair…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set aside…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove score…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save picture…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That possible rupture is no longer flagged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the score {what} of {date_text}? The audit trail keeps that a score was entered and removed, never its numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>The alliance timeline (its marks are listed below)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timeline as a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show {lower}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rupture…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is recorded for this client yet. The timeline draws each session held or cancelled, each score and each reflection as you record them: attendance with Attendance… in Notes, scores with Enter score… ({key}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From {start} to {end}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayAlliance</name>
    <message>
        <source>Record repair…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set aside…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rupture not yet repaired — {code}, {kind} on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ({n} in the last four weeks; the latest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible rupture — {code}{more}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ruptures to repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible ruptures to look at</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayCare</name>
    <message>
        <source>Risk and safeguarding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice breaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>under way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coming up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; clients told {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; clients not yet told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, {state}: {span}{told}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients to contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk reviews due</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayContracts</name>
    <message>
        <source>Contract review due — {code}, version {number}, planned for {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short notice — {code}: cancelled {when}; {said}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short notice — {code}: you cancelled {when}; {said}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract reviews due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short-notice cancellations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayGlance</name>
    <message>
        <source>Waiting for you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter goes to them</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayNow</name>
    <message>
        <source>Write note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this session&apos;s note (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the next session in Notes (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No session has started yet today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Just ended: {who} {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under way: {who} {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing more booked today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in {n} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in {h} h {m:02d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: {who} {time} ({soon})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayOutstanding</name>
    <message>
        <source>Outstanding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who}, {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code}, {when} ({kind} · {state})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafts to finalise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance to record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and more: the oldest are not listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} ({n})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodaySetup</name>
    <message>
        <source>Set up your practice…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <source>Today&apos;s sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now and next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is waiting: every session so far has its note and its attendance, and nothing is due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes and attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add your first client…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book a session…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockWindow</name>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgot passphrase?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit Counsel Desk (Ctrl+Q)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening your vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo vault — passphrase: {demo_passphrase}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault folder: {folder_text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is locked. Enter your passphrase to open it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Views</name>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boundaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WherePage</name>
    <message>
        <source>United Kingdom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>United States</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your private notes will be called “{lower}s”. {where}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkProgressDialog</name>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>YouPage</name>
    <message>
        <source>e.g. BACP, UKCP, or your state board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professional body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alerts</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alliance_records</name>
    <message>
        <source>Practice break</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>backup_runner</name>
    <message>
        <source>The backup stopped unexpectedly; nothing was left half-written. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>backups</name>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} days ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last verified backup was made {ago} ({day}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no verified backup of this vault yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your backup folder ({folder}) is not there: if it is on a USB drive or another disk, connect it, then back up. {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no verified backup of this vault yet. If this computer were lost or broke, every record would go with it. Back up now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no verified backup of this vault yet. If this computer were lost or broke, every record would go with it. Choose a backup folder in Settings (a USB drive, say), then back up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{last} Back up now, to keep a recent copy safe.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>breaks</name>
    <message>
        <source>{name} ({kind})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clipboard</name>
    <message>
        <source>Copied. Counsel Desk takes what you copy off the clipboard again after {seconds} seconds, and when it locks or quits, so a client&apos;s words do not linger where other programs can read them. It also asks clipboard history tools not to keep it. You can change the time in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied. Counsel Desk takes what you copy off the clipboard again when it locks or quits, so a client&apos;s words do not linger where other programs can read them. It also asks clipboard history tools not to keep it. You can change the time in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>contract.checklist</name>
    <message>
        <source>{summary}. {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{title}” is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{title}” is switched off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{title}” is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{title}” has {braces}, which Counsel Desk does not know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{title}” has {braces} with nothing to fill it yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{title}” is switched on but empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add it to your practice profile or the terms, or write the words in ({wanted}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It will be left out of the contract until it has some words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the spelling against the list of placeholders, or write the words in yourself.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>contract.clauses</name>
    <message>
        <source>The client needs to know who they are working with and which professional body you answer to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client should know how long sessions last and how often you will meet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money left unclear is a common cause of hurt; say what a session costs and how to pay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short notice can only be judged against a notice period you have both agreed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client needs to know how to reach you between sessions, and that you are not an emergency service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before they tell you anything, the client needs to know what stays private and the few times it cannot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client should know that you talk about your work, without their name, with a supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data protection law expects the client to be told what you keep, for how long, and how they can see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working at a distance needs a plan for a lost connection and for an emergency where the client is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client should know they can end whenever they choose, and how endings are usually planned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you suddenly cannot work, the client needs to know that someone will tell them and help them onward.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client should know how to raise a concern, with you first and then with your professional body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An agreement needs a place where both of you confirm it, with the date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>contract.copies</name>
    <message>
        <source>This copy of the contract will not be encrypted: anyone who can open {where} can read it. Keep it somewhere safe, and delete it when you no longer need it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>contract.editor</name>
    <message>
        <source>This version has been agreed, so it cannot be changed. To change the agreement, make a new version (Contract → New version…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A clause of your own</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>contract.notice</name>
    <message>
        <source>less than an hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{given} given, where your practice defaults ask the client for {period} (no contract had been agreed by then).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{given} given, where your practice defaults ask you for {period} (no contract had been agreed by then).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{given} given, where contract version {number} asks the client for {period}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{given} given, where contract version {number} asks you for {period}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enough notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>contract.preview</name>
    <message>
        <source>Nothing stands in the way of agreeing this version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This version is agreed; the checklist is for drafts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>contract.terms</name>
    <message>
        <source>no notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to arrange times only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to arrange times, and short messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice you give to cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice I give to cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you are late, I wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If I start late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client&apos;s notice to cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your notice to cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for a late client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you start late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{fee} a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charge for short notice or a missed session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact between sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{channels}, {purpose}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replies within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} working day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The full fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Half the fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{percent}% of the fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{others} or {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first}, {rest}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>contract.version</name>
    <message>
        <source>Draft, not yet agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed {day} ({how}); replaced by a later version on {then}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed {day} ({how})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>controller</name>
    <message>
        <source>The vault in {folder} is incomplete: part of it is missing or damaged, so it cannot be opened. Nothing was changed, and Counsel Desk will not create a new vault over it. Restore your latest backup into a new folder (Help, “Backups and drills”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup before quitting could not be made: {sentence} Quit anyway, or stay open and back up when you can?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have not confirmed that the recovery key is stored safely, and it will not be shown again. Quit anyway?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dialogs.attendance</name>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Less than an hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{whole} hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{days} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and {rest} hours</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dialogs.backup_files</name>
    <message>
        <source>Choose the backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counsel Desk backups (*{SUFFIX})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dialogs.backup_progress</name>
    <message>
        <source>Checking the backup in a separate process: it is opened with the key slots it holds, every page and table is checked, and its records are compared with the vault&apos;s…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dialogs.boundary</name>
    <message>
        <source>Nothing in particular</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No session</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dialogs.breaks</name>
    <message>
        <source>No practice breaks recorded. Add your holidays and closures here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions cancelled for a break are never counted as your cancellations. Tell clients in good time, and note the day you told them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, clients told {told_on}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, clients not yet told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {span} ({days} days{told})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dialogs.client</name>
    <message>
        <source>Lists and titles use the code; names show only when you ask for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick only the ways the client has said are safe: an unticked way is not used, by you or by your clinical executor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End work with {code}…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dialogs.compare</name>
    <message>
        <source>not in this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>switched off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The terms are the same in both versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clauses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every clause reads the same in both versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(was “{title}”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Unchanged:&lt;/b&gt; {titles}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dialogs.create_vault</name>
    <message>
        <source>Counsel Desk keeps your records in an encrypted vault on this computer. Choose a passphrase to lock it: a short sentence only you would think of is easier to remember and harder to guess than a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you ever forget your passphrase, this recovery key is the way back into your records: we cannot open the vault for you. It is shown only this once. Print it or write it down, and keep it somewhere safe away from this computer. Whoever holds it can open the vault, so it is also how someone you trust can reach your clients if you cannot: lodge a sealed copy with your clinical executor or a solicitor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h1&gt;{APP_NAME} — recovery key&lt;/h1&gt;&lt;p&gt;Printed {today}.&lt;/p&gt;&lt;pre style=&apos;font-size: 20pt; font-weight: bold&apos;&gt;{lines}&lt;/pre&gt;&lt;p&gt;Keep this sheet somewhere safe, away from the computer. If you forget your passphrase, choose &lt;b&gt;Forgot passphrase?&lt;/b&gt; on the unlock screen and type this key to choose a new one.&lt;/p&gt;&lt;p&gt;Whoever holds this key can open the vault. So that someone you trust can reach your clients if you die or cannot work, lodge a sealed copy of this sheet with your clinical executor or a solicitor, with a note of where the vault is kept.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No printer is set up on this computer, so the recovery key can only be saved as a PDF file. That file is not encrypted: anyone who finds it could use the key to open your vault. Save it only to print it on another computer, then delete it; or write the key down by hand instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as {path}. This file is not encrypted: print it, then delete it, and empty the bin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dialogs.drill</name>
    <message>
        <source>A drill proves that a backup can be restored: on a new computer after a loss, you would need only the backup and your passphrase or recovery key. The backup is restored into a private temporary folder, checked, counted and thrown away; your vault is not touched.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dialogs.erasures</name>
    <message>
        <source>No records have been erased from this vault.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dialogs.measures</name>
    <message>
        <source>Every item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every item, or just the total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}; completed by {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscales: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (items {join})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change of {notable_change} or more is notable.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dialogs.move_note</name>
    <message>
        <source>The note keeps its text, amendments and flags, and moves with any risk logged from it. Afterwards {code}&apos;s record, searches and copies no longer hold it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dialogs.practice_setup</name>
    <message>
        <source>Set up your practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few details about your practice, so that contracts, sessions and locking start the way you work. It takes a minute, and you can change any of it later in Settings. Choose Later to keep the usual defaults for now: Today will offer this again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would you rather look around first? The demo is a practice of invented clients, in a window of its own, marked as the demo; nothing you do there reaches your vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo could not be opened. Try again, or run counsel-desk --demo.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dialogs.recovery</name>
    <message>
        <source>Type the recovery key from the sheet you printed or wrote down when you created the vault, then choose a new passphrase. Your records are not changed; only the passphrase that opens them is.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dialogs.redaction</name>
    <message>
        <source>Their own names are always taken out: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dialogs.reflection</name>
    <message>
        <source>How did the working relationship feel in this session? Rate what it touched, from {scale}; leave the rest. Esc skips it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate what the session touched, from {scale}; leave the rest empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dialogs.retention</name>
    <message>
        <source>Records are kept from the end of therapy: the client&apos;s last session, or the end date you recorded if later. A client who was under 18 at any time in therapy is kept until that birthday or for the years above, whichever is later (their date of birth, if recorded, decides). Check what your professional body and insurer ask of you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> years</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dialogs.risk</name>
    <message>
        <source>The level is your own judgement; the log keeps what you decided and why.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dialogs.rupture</name>
    <message>
        <source>e.g. went quiet after I mentioned the break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. we talked openly about what had happened between us</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dialogs.score</name>
    <message>
        <source>{items} item, each {range}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{items} items, each {range}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>total {total_min} to {total_max}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{cutoff_words} is worth talking about</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dialogs.settings</name>
    <message>
        <source>Turn off automatic locking? Your notes would then stay open on screen, for anyone who comes to this computer, until you lock it yourself with Ctrl+L or quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>United States</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dialogs.summary</name>
    <message>
        <source>This supervision summary will not be encrypted: anyone who can open {where} can read it. Names on your clients&apos; redaction lists are taken out; check it before you share it, and delete it when you no longer need it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dialogs.unlock</name>
    <message>
        <source>{app} — Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caps Lock is on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your passphrase, then choose Unlock.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>draft_restore</name>
    <message>
        <source>Counsel Desk closed without saving last time. Unsaved text was restored in {count} note ({codes}); please read it through.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counsel Desk closed without saving last time. Unsaved text was restored in {count} notes ({codes}); please read them through.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>editor.lifecycle</name>
    <message>
        <source>Finalise this note? It is signed with the current time and can no longer be edited; later changes are added as amendments beneath it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this draft note? Its text cannot be recovered.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>editor.preview</name>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amendment {number} — {when}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>editor.templating</name>
    <message>
        <source>This note already has writing in it. Replace the text with the {name} template, or insert the template at the cursor?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>erasure</name>
    <message>
        <source>the client asked, before the retention period ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the retention period ended (the years kept after the last session)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the retention period ended (a young person&apos;s records, kept until their birthday)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the retention period ended (a young person&apos;s records, kept for the years after the last session)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the retention period ended (the longer period you chose)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the retention period ended (the shorter period for process notes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name and contact details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names and contact details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>process note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>process notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amendment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amendments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsaved draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsaved drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decision to keep records longer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decisions to keep records longer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contract version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contract versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contract clause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contract clauses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>boundary of your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>boundaries of your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>boundary event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>boundary events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit entry made anonymous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit entries made anonymous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first}, {rest}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code}: {scope} erased on {day}, because {why}: {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 backup made before this erasure still holds these records. They go as newer backups replace them (you keep the newest {keep}), or at once with “Back up now, then remove older backups” (Records → Erasure records…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} backups made before this erasure still hold these records. They go as newer backups replace them (you keep the newest {keep}), or at once with “Back up now, then remove older backups” (Records → Erasure records…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy of the vault taken before an upgrade also holds them; Counsel Desk removes it once the upgraded vault has proved sound (7 days and 3 openings after the upgrade).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} copies of the vault taken before an upgrade also hold them; Counsel Desk removes them once the upgraded vault has proved sound (7 days and 3 openings after the upgrade).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{backups} {copies}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>A contract template cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} has no {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: {key} should be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text in quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: {key} should be {said}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clause {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} should be a [[clauses]] table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} has {key}, which a template cannot have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clause {number} ({key})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} uses {{{name}}}, which is not a placeholder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key} is not something a template can have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format should be &quot;{format}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is format version {version}, which this Counsel Desk cannot read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its id should be small letters, digits, _ or -</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its name is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no [[clauses]]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contract template {source} cannot be used ({problem}); the other templates are still there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That input cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That passphrase does not open this vault. Nothing was changed; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That passphrase does not open this vault, but its two key files (keys.json and keys.backup.json) do not match, so one of them may be damaged. Nothing was changed; try again, or use your recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That recovery key does not open this vault. Check it against your printed copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is damaged and cannot be opened safely. Nothing was changed: copy the whole vault folder somewhere safe first, then restore your latest backup into a new folder (counsel-desk restore FILE --vault NEWDIR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault&apos;s journal of recent changes (vault.db-wal) is damaged, and changes that were saved after the damaged part would be lost if it were opened, so it was not opened. Nothing was changed: copy the whole vault folder somewhere safe first, then restore your latest backup into a new folder (counsel-desk restore FILE --vault NEWDIR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no vault here yet. Create one with `counsel-desk init`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A vault already exists in that folder; choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault was written by a newer Counsel Desk. Install the newer version to open it; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is already open in another Counsel Desk window or command. Close that one (or let it finish) first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault could not be written. Your earlier data is untouched; check the disk and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full, so the change was not saved. Free some space and try again; your earlier data is untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault&apos;s disk or folder is read-only, so Counsel Desk cannot write to it. Your data is untouched; make it writable (or copy the vault folder to a writable disk) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your user account is not allowed to write to the vault&apos;s folder. Your data is untouched; check who owns the folder and its permissions, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk reported an error while reading or writing the vault. Your earlier data is untouched; check the disk and its connection before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This system&apos;s cryptography library lacks Argon2id, which Counsel Desk requires. Update the `cryptography` package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That record no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That would duplicate an existing record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A phrase bank of the demo is damaged. Reinstall Counsel Desk to restore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This version has been agreed, so it cannot be changed; make a new version instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A contract needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A contract&apos;s title can be at most {most} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That clause is no longer in this version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {number} has been replaced by a later one; set the review date on the version in force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review date is before the day the version was agreed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This note is finalised, so it cannot be changed; add an amendment instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a finalised note can be amended; edit the draft instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This note has unsaved text; save it before finalising.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That search could not be understood; try plain words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag is at most {max_tag} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note can have at most {max_tags} tags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A title is at most {max_title} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This note is too long to save; split it into two notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An amendment needs some text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say briefly why the note is being amended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This amendment is too long to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say briefly why the note is being moved, such as “filed under the wrong client”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason is at most {max_title} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A supervision question is at most {max_question} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That search was stopped because a newer one started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be saved. Nothing was left half-written; try another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That folder does not exist. Choose a folder that does; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counsel Desk is not allowed to write in that folder. Choose another folder; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full, so the file was not saved. Free some space and try again; nothing was left half-written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer could not be used. Check that it is switched on and connected, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This printer writes a file but has no file name; choose one and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This document names a picture Counsel Desk cannot draw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup folder is chosen yet. Choose one in Settings (File → Settings…), preferably on a USB drive or another disk, then back up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That backup is of another vault than the one in this folder, so the drill was not recorded in this vault&apos;s audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in templates cannot be changed; make a copy and edit that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{template_id}: missing the &apos;---&apos; header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{template_id}: header line without &apos;:&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{template_id}: unknown kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{template_id}: no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A template needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A template name is at most {most} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This template is too long to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That template is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in templates cannot be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be written; nothing was left half-written, and the vault is untouched. Check the backup folder&apos;s disk and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was stopped; nothing was left half-written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup folder ({folder}) is not there: if it is on a USB drive or another disk, connect it and try again, or choose another folder in Settings. No backup was made, and the vault is untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk of the backup folder ({folder}) is full, so no backup was made; the part written was removed and the vault is untouched. Free some space there, or choose another folder, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counsel Desk may not write in the backup folder ({folder}). No backup was made and the vault is untouched; choose a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk of the backup folder ({folder}) reported an error (was it disconnected?). No backup was made, and the vault is untouched; check the disk and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{output} already exists; choose another name. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a backup folder outside the vault&apos;s own folder, preferably on another disk (a USB drive, say). Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{final} already exists; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That file is not a complete Counsel Desk backup: it may have been cut short or damaged when it was copied, or be another kind of file. Nothing was restored; try another backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That does not open this backup. Use the passphrase that was current when the backup was made, or your recovery key. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its database is not the one written: a byte was changed or lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its key slots or its record of itself were changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup {name} is damaged ({what}). Nothing was restored; use another backup, and keep this one as it is in case it is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} was written by a newer Counsel Desk (backup format {version}). Install the newer version to restore it; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its parts do not add up to its length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no backup file at {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a folder, not a backup file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its record of itself is unreadable: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it ends before its database does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was erased: this vault holds a kind of client record that Counsel Desk does not know how to erase yet. Please report this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was erased: some of the records would have stayed behind ({tables}). Please report this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault&apos;s key file ({primary}) and its backup copy ({backup}) in {folder} are both missing or damaged, so the vault cannot be opened. Nothing was changed: copy the whole vault folder somewhere safe first, then restore your latest backup into a new folder (counsel-desk restore FILE --vault NEWDIR): each backup holds its key slots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That secret opens {name}, but the rest of that key file was changed afterwards (it is damaged or was tampered with), and no intact copy is left. Nothing was changed: copy the whole vault folder somewhere safe first, then restore the key files from your latest backup copy of the vault folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is an earlier passphrase of this vault: it opens only an out-of-date copy of its key file. Nothing was changed; use your current passphrase, or your recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no vault in {folder}. Create one with `counsel-desk init`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new key file did not read back correctly; the backup copy still holds the previous one. Check the disk and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was stopped; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was stopped; no vault was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {folder} does not exist; choose another place. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a folder; give a file name. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {folder} cannot be written to (it is read-only or not yours); choose another place. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder cannot be written to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk refused it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} could not be written to {folder}: {why}. Nothing was left there; free some space or choose another place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{folder} is not an empty folder: an import makes a new vault, so give a folder that does not exist yet or is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subject access bundle was stopped; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That client is no longer in the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subject access bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{directory} is a file, not a folder; choose the folder to make the bundle in. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {directory} does not exist; choose another place. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {directory} cannot be written to (it is read-only or not yours); choose another place. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That session no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That boundary event no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That client no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That boundary no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That client or session no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That practice break no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another client already has the code {code}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That version of the contract no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {number} has been agreed, so it cannot be changed; make a new version instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This client&apos;s contract changed in the meantime (another version was started or agreed); look again and try once more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That draft no longer exists, or it has been agreed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PRAGMA {name} is {got}, expected {expected}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLCipher 4 required, found {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counsel Desk could not open the vault&apos;s files: your user account may not be allowed to, or the disk is not available. Your data is untouched; check the folder&apos;s permissions and the disk, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault could not be written ({reason}). Your earlier data is untouched; check the disk and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That flag was already set aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected base64 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field has the wrong length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no {slot} slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a Counsel Desk key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key file version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the vault&apos;s id is not as it was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed key file: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed key file: bad counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed key file: bad creation time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no key slots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two slots share an id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slot is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported KDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad KDF parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KDF parameters out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown slot type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy of the vault taken before upgrading it could not be written; the vault was left as it was. Check the disk and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault could not be upgraded to version {version}; it was left as it was. Please report this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That term is no longer on the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That reflection no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{folder} is a file, not a folder. Choose a new folder to restore into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{folder} is not empty. A restore never writes over anything: choose a new or empty folder. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder to restore into ({folder}) is not there any more: if it is on a USB drive or another disk, connect it and try again. Nothing was restored, and the backup is untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk of {folder} is full, so the backup was not restored; what was written was removed, and the backup is untouched. Free some space there, or choose another folder, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That risk entry no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That client or note no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The re-encrypted copy did not verify; the vault is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That rupture no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That score no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That supervision session is no longer in the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period ends before it begins; check the two dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a period of two years or less for one summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No client has the code “{code}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one client to include.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of the clients chosen no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That template no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You already have a template called {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change could not be saved: the database gave up the transaction part of the way through. Nothing of it was kept; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a write outside a unit of work (open one in the service)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a transaction was opened outside the unit of work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A vault already exists in {folder}; choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault&apos;s database ({db_name}) is missing from {folder}. Nothing was changed: restore your latest backup into a new folder (counsel-desk restore FILE --vault NEWDIR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file and the database belong to different vaults. Nothing was changed: restore your latest backup into a new folder (counsel-desk restore FILE --vault NEWDIR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is locked; unlock it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is not enough free space in the temporary folder ({temp}) for the private copy that checking needs ({size}). Nothing in the vault was changed; free some space there, or set TMPDIR to a folder with more room, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counsel Desk could not write the private copy that checking needs in the temporary folder ({temp}). Nothing in the vault was changed; set TMPDIR to a folder you can write to, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk reported an error while reading the vault, so it could not be checked. Nothing was changed; check the disk and its connection, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That note no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A finalised note cannot be deleted; add an amendment instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This note is already finalised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An empty note cannot be finalised; write something first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is already filed under this client; choose a session of the client it belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That recovery key does not open this vault, but its two key files (keys.json and keys.backup.json) do not match, so one of them may be damaged. Nothing was changed; check the key against your printed copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the name or word to take out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A term is at most {max_term} characters; shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A term needs at least one letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} must be a whole number of minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} cannot be longer than the session ({planned_minutes} min).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what happened: attended, cancelled, did not attend…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client lateness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your lateness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ending early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lateness, early endings and actual times only apply to a session that took place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lateness and ending early add up to more than the session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the session ended early.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give how many minutes early the session ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How and when word came only applies to a cancelled or rescheduled session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say when word of the cancellation came.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word came after the session was due to start; record it as did not attend instead, or correct the time word came.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say when word of the cancellation came, so the notice given can be worked out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice only applies to a cancelled or rescheduled session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice must be between 0 hours and a year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reason is kept for a cancellation only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason is at most {max_reason} characters: a short phrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who asked is kept for a rescheduled session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a rescheduled session links to a new session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reschedule the session to pick its new time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The actual end is before the actual start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit detail key {key} is not one of DETAIL_KEYS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit detail {key} must be an id or a code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit detail {key} is not a code: text is never kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The break ends before it begins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A break is at most a year long; add a longer closure in parts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date clients were told is after the break ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A break&apos;s name is at most {max_label} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say {what}, in a line or two.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep {what} to a line or two (under {most} characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of the event is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of the event is before the client first got in touch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what was done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That clause is not in this client&apos;s contract or boundaries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the boundary a short name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the boundary&apos;s name under 120 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the boundary under {most} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{key}” cannot name a clause: use small letters and _.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every clause needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A clause title can be at most {most} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clause “{title}” is too long: keep it under {most} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A clause is either switched on or off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A contract can have at most {most} clauses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clause “{title}” appears twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This client&apos;s contract has no version {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {number} is still a draft; agree it or delete it before starting another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a template for this client&apos;s first contract.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {number} was already agreed on {day}; to change it, make a new version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day it was agreed is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day it was agreed is before the client first got in touch ({day}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {previous} is already agreed, so the older version {number} cannot be agreed after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {number} was agreed on {day}; a later version cannot be agreed before that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review date is before the day it was agreed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word of the cancellation came after the session&apos;s start; record it as missed instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notice period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} must be a whole number{unit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} must be at least {low}{unit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} cannot be more than {high}{unit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session length must be a whole number of minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A session lasts between 5 minutes and 8 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> of pence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The currency is a three-letter code, such as GBP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client&apos;s notice period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own notice period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The charge for short notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> per cent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time you wait for a late client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> of minutes, up to the session&apos;s length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one way the client can contact you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each way of contacting you needs choosing only once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time to reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} must be a whole number of hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} cannot be more than a year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contract&apos;s terms cannot be read as they were kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file name ending in .pdf, .html or .md, so Counsel Desk knows which kind of file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file cannot be read as text ({error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its id {id} does not match the file&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The measure file {name} could not be used ({problem}), so that measure is not offered; reinstall Counsel Desk to restore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A measure has no setting called {unknown}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This measure was written by a newer Counsel Desk (format {format}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A measure needs {key}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The measure&apos;s {key} should be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A measure needs a {key}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The measure&apos;s {key} can be at most {limit} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The measure&apos;s {key} is one of {allowed}, not {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The measure&apos;s {key} should be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The measure&apos;s {key} should be a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The measure&apos;s {key} should be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The measure&apos;s {key} should be a list of item numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The measure&apos;s {key} should be a list of tables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscale {n} has no setting called {unknown}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subscale {name} needs a short key such as goal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Band {n} has no setting called {unknown}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Band {n} needs the total it starts from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A measure&apos;s id is lower-case letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;:&apos;, such as srs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A measure has between 1 and {max_items} items, not {items}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item values can have at most {max_decimals} decimal places.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lowest item value ({item_min}) must be below the highest ({item_max}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lowest item value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>highest item value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {what} must be between -1000 and 1000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {what} ({value}) has more decimal places than the items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reversed items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>items always shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cutoff ({cutoff}) must lie within the totals {total_min} to {total_max}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change that counts as notable must be above 0 and within the range of totals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {what} name item {n}, but the measure has {items}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {what} name the same item twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subscale {name} has no items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>items of the subscale {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two subscales are called {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first band must start at the lowest total, {total_min}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each band must start above the one before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The band {label} starts above the highest total, {total_max}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The band {label} starts between two possible totals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give your measure a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give your measure a short name (up to 12 characters) for lists and the timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say how many items your measure has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the lowest value an item can take.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the highest value an item can take.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is already called {theirs}; give your measure another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} can be at most {max_detail} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long records are kept must be a whole number of years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records are kept for between 1 and {max_records_years} years after the last session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate {label} with a whole number from {rating_min} to {rating_max}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate {label} from {rating_min} to {rating_max}; {rating} is outside that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The word for {label} should be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The word for {label} can be at most {max_word} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no condition called {named}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} is rated twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give {label} a rating for its word.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate at least one of the conditions, or skip the reflection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {what} must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {what} must be between {low} and {max_years}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The years to keep process notes must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process notes can be kept for a shorter period than the rest of the record, from 0 to {adult_years} years, not {years}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>years to keep an adult&apos;s records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>age until which a young person&apos;s records are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a date after today to keep the records until.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a date within {max_years} years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a short reason for keeping the records longer (for example, a complaint or a court case in progress).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the reason under {max_reason} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} is at most {limit} characters: a short phrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was disclosed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say in a short phrase what was disclosed or seen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The risk&apos;s date is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The GP was contacted either with consent or without it: choose one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who was told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who was told, or clear the date they were told.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say when {told} was told.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date they were told is before the risk&apos;s date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date they were told is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a date to review this risk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review date is before the risk&apos;s date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This risk is already closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review is dated before the risk itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review&apos;s date is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say briefly how things stand now, to close this risk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say briefly what the review found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the date of the next review, or close the risk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next review is dated before this review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A client code is letters, a dash and a number, such as C-014.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signposting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A client code can be at most {code_max_length} characters long, such as C-014; this one has {given}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part of a client code before the dash can be at most {code_prefix_max} characters, such as C-014; this one has {given}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number in a client code can be at most {code_number_max} digits, such as C-014; this one has {given}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} is at most {limit} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An ended client needs an end date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only work that has ended has a kind of ending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of birth is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That date of birth would make the client over {max_age}; check the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the date of birth of a client under 18.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That date of birth made the client {age} when the work began, not under 18: untick Under 18, or check the date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who holds parental responsibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The GP&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The GP practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The GP&apos;s phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day they first got in touch is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day they first got in touch is after the start date; a client gets in touch before the work begins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ending is in the future; end the work on its last day, or today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ending is before {code}&apos;s first session, on {day} {month}; choose that day or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say briefly why you are setting this flag aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the reason to {max_dismissal} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} should be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say briefly {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep {what} to {max_text} characters; the session note has room for more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose withdrawal, confrontation or both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A repair cannot come before its rupture: the rupture was on {rupture_day}, the repair is dated {repair_day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it was repaired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how it was repaired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item {n} of the {measure}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item {n} of the {measure}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the {measure} total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {measure} total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whole numbers only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>numbers to one decimal place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>numbers to two places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number from {low} to {high}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number from {low} to {high}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number from {low} to {high}, to one decimal place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number from {low} to {high}, to {places} places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item {n} of the {measure} is missing: it is scored from every item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items {numbers} and {last} of the {measure} are missing: it is scored from every item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>‘{shown}’ is not a number: {what} takes {takes}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} is {shown}, outside its range of {low} to {high}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} is {shown}, but it takes {places}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {short_name} has {items} items; {given} were given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {short_name} is scored from its items: enter all {items} of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the {short_name} total or its {items} items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the {items} items of the {short_name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {short_name} items add up to {total}, not the {typed} entered as the total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A recovery key has {expected} letters and digits; this one has {given}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery key contains characters it cannot hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery key has a typo: check each group against your printed copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A series can run for 1 to {max_series_weeks} weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the supervisor: a name or initials is enough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The supervisor&apos;s name is longer than {max_supervisor} characters; shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the length in whole minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A supervision session lasts between {min_minutes} minutes and {max_minutes} hours; check the length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A supervision session is logged once it has happened: choose today or an earlier date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notes are longer than {max_notes} characters; shorten them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The actions are longer than {max_actions} characters; shorten them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a month between January and December.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A registration year cannot begin on 29 February; choose 28 February or 1 March.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{month} has no day {day}; choose another day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file name ending in .png or .pdf, so Counsel Desk knows which kind of file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request came after the session was due to start; record what happened instead, or correct the time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session was already rescheduled; reschedule the new one instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new time is the same as the old one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a boundary you added yourself can be removed here; change the contract for one it sets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That session is another client&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session chosen comes after the event&apos;s date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That boundary event has not been logged yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That boundary event is another client&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No free time was found for the session on {day} in the eight weeks after the break; cancel the sessions instead, or move that one yourself first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no client with the code {code}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This client has no contract yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That contract template is no longer there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {number} has been agreed, so it is kept; make a new version to change the agreement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose two different versions to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That erasure record no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That possible rupture is no longer flagged: the scores or sessions behind it have changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That possible rupture was already set aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That measure is not available: its definition did not load, so it cannot be scored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A score cannot be dated in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} must be a whole number; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} must be text; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} must be a number; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} must be a date written as YYYY-MM-DD; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} must be a time written as YYYY-MM-DDTHH:MM; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} must be a UTC time written as YYYY-MM-DDTHH:MM:SSZ; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} should be {n}; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} is not empty ({{}}), as the detail of an entry blanked by an erasure must be: the audit trail was changed after it was written; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} is not the hash of the entry before: an entry was changed, removed or moved after it was written; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} does not match the entry: the audit trail was changed after it was written; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a Counsel Desk export: it does not begin with &quot;format&quot;: &quot;{format_name}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} is missing (it must follow format); nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} must be a whole number from 1; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is in export format {version}, newer than this Counsel Desk reads (up to {format_version}). Update Counsel Desk, then import it; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} is missing; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} is not expected here ({key} should come next); nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} must be a list; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} is not a field of this export format; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} must be an object; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} must not be empty (null); nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} is used twice; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} is the code of an earlier client too; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} is before its client was added; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} is not a measure&apos;s definition; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} is not a number; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} is outside the {short_name}&apos;s range ({total_min} to {total_max}); nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a Counsel Desk export: it is not text (not UTF-8 JSON).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a Counsel Desk export: one of its values is larger than any record could be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file ends early, at {where}: it was cut short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not valid JSON at {where}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file ends early, in {where}: it was cut short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not valid JSON in {where}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a Counsel Desk export: it is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not valid JSON after {where}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file goes on after the export&apos;s end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a folder, not an export file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} could not be read ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That note is filed under another client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This risk is closed, so it is kept as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The risk&apos;s date is after its first review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rupture is logged against a session that has taken place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A repair cannot be dated in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That supervision session has not been logged yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period starts after it ends: the first date must come first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>executor_pack</name>
    <message>
        <source>Saved “{name}” in {folder}. It is not encrypted: print it, give it to your clinical executor in a sealed envelope, then delete the file and empty the bin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the executor pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the executor pack</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>formats</name>
    <message>
        <source>at {time}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>forms</name>
    <message>
        <source>The two passphrases differ; type the same passphrase twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guide</name>
    <message>
        <source>The user guide is not where Counsel Desk looks for it ({folder}), so it cannot be shown here. Everything else works as usual; the keyboard shortcuts are still listed here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>help</name>
    <message>
        <source>menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>intents</name>
    <message>
        <source>A score is entered for a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reflection is on a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rupture is logged against a session</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main_window</name>
    <message>
        <source>A note belongs to a session, and no session is chosen here. Choose one on Today (Ctrl+1) or in Sessions (Ctrl+3), then press {key} again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance is recorded for a session, and no session is chosen here. Choose one on Today (Ctrl+1), in Sessions (Ctrl+3) or in Notes (Ctrl+4), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}, and no session is chosen here. Choose one on Today (Ctrl+1), in Sessions (Ctrl+3) or in Notes (Ctrl+4), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>measures</name>
    <message>
        <source>under {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} or more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>models.diary</name>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{notes}, {drafts} draft</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>models.notes</name>
    <message>
        <source>risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} amendment(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flagged: {flags}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>models.reliability</name>
    <message>
        <source>{total} ({short} short notice)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>models.sessions</name>
    <message>
        <source>{minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{status} · practice break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{status} · short notice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>note_export</name>
    <message>
        <source>This copy of the note will not be encrypted: anyone who can open {where} can read it. Keep it somewhere safe, and delete it when you no longer need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy of the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>notes</name>
    <message>
        <source>Psychotherapy notes (45 CFR 164.501) apply only where you are a HIPAA covered entity and keep them apart from the rest of the record: then the client&apos;s right of access does not reach them (45 CFR 164.524(a)(1)(i)), though state law may give clients more access. Keep diagnosis, plan and progress summaries in session notes. Write as if the client may one day read this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process notes are your own reflections, but in many places they are still part of what you hold about the client, and the client may be able to ask to see them: check what the law where you practise says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process notes are your own reflections, but they are still the client&apos;s personal data: they are included in a subject access request unless an exemption applies. The exemptions are narrow, so take advice before relying on one; courts and coroners can order notes to be produced. Write as if the client may one day read this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original (finalised)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amendment {number}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>practice</name>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your professional body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your registration number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The practice&apos;s address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The online service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who would contact your clients</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>practice_page</name>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professional body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. BACP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email for clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone for clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>follows “Please pay”, e.g. by bank transfer within a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online sessions use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. a video service with end-to-end encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you cannot work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who would contact your clients, e.g. a colleague</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>record_keeping</name>
    <message>
        <source>Open a client&apos;s page first (choose them in Clients, Ctrl+2), then choose Erase a client&apos;s records… again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reflection</name>
    <message>
        <source>communication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reliability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consistency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>boundaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>respect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acceptance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trust and safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pace and control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Things that mattered were said, in both directions, in good time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We both kept to the time and the arrangements we had made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session had the same care and focus as the ones before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What we agreed about contact and the frame of the work was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client&apos;s agenda led, and the session began and ended on time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client could be as they are without feeling judged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client seemed safe enough to bring what was hard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client set what we worked on and how fast we went.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>strained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uneasy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>steady enough</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>strong</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reliability</name>
    <message>
        <source>No sessions in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions were expected in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you started late {n} time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you started late {n} times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you never started late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ended {n} session early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ended {n} sessions early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ended no session early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled {n} session with notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled {n} sessions with notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled no sessions with notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{cancelled} and {short} at short notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} session fell in a practice break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} sessions fell in a practice break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of {held} sessions held, {late}, {early} and {cancelled}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With no session held, {late}, {early} and {cancelled}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of {held} sessions held, {late}, {early} and {cancelled}; {breaks}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With no session held, {late}, {early} and {cancelled}; {breaks}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance {rate}% ({held} of {expected})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} cancellation at short notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} cancellations at short notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} session missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} sessions missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>late {n} time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>late {n} times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first}, {then}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{said}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>render.timeline</name>
    <message>
        <source>{low}–{high} of {scale}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client late or left early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I was late or ended early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…at short notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did not attend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rupture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boundary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible rupture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set aside</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>retention</name>
    <message>
        <source>New contracts will tell clients their records are kept {contract} years after the last session, but your retention periods keep an adult&apos;s record {policy} years (Records → Retention periods…). Make the two agree, so that a contract promises what Counsel Desk reminds you to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In therapy: the retention period starts after the last session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept until {until} by your decision: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept until {until}, their {nth} birthday (under 18 in therapy).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept until {until}, {years} years after the last session (under 18 in therapy, and that is later than their birthday).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept until {until}, {years} years after the last session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kept} No date of birth is recorded, so the adult rule is used.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>risk</name>
    <message>
        <source>Nobody recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{told}, on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open, review on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled at short notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missed a session</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rupture_flags</name>
    <message>
        <source>score past the cutoff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notable drop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missed after a low score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rupture not yet repaired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{measure} {total} on {day}, under its cutoff of {cutoff}: a cue to ask together how the sessions are going.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{measure} {total} on {day}, at or above its cutoff of {cutoff}: a cue to ask together how the sessions are going.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{measure} {total} on {day}, under its cutoff of {cutoff} (the score before was {was}): distress at this level can weigh on the work, so it may be worth checking in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{measure} {total} on {day}, at or above its cutoff of {cutoff} (the score before was {was}): distress at this level can weigh on the work, so it may be worth checking in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{change} lower than before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{change} higher than before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{measure} {total} on {day}, {change} lower than the score before it ({median}); a change of {notable} or more counts as notable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{measure} {total} on {day}, {change} higher than the score before it ({median}); a change of {notable} or more counts as notable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{measure} {total} on {day}, {change} lower than the median of the {count} scores before it ({median}); a change of {notable} or more counts as notable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{measure} {total} on {day}, {change} higher than the median of the {count} scores before it ({median}); a change of {notable} or more counts as notable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did not attend on {day}, after {measure} {total} on {score_day} ({why}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled by the client at short notice on {day}, after {measure} {total} on {score_day} ({why}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rupture on {day} ({kind}) has no repair recorded after {count} session; it may be worth returning to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rupture on {day} ({kind}) has no repair recorded after {count} sessions; it may be worth returning to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ruptures</name>
    <message>
        <source>withdrawal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confrontation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withdrawal and confrontation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>secrets</name>
    <message>
        <source>Type a passphrase: a short sentence only you would think of works well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too short: use at least {n} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak: add a few more words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair: a longer phrase would be stronger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>series</name>
    <message>
        <source>{when} (you see {code} at {at})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first}; {then}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked {n} session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked {n} sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked {booked} of {total} sessions. One was left out because another session is already booked then: {listed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked {booked} of {total} sessions. {left} were left out because another session is already booked then: {listed}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.alliance_inputs</name>
    <message>
        <source>Version {number}: {how}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review of version {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk logged: {level}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>begun by the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>begun by me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>begun by someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by chance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A boundary event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}, {begun}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.backups</name>
    <message>
        <source>Backed up and checked: {name} ({size} MB) in {folder}, holding {clients} clients and {notes} notes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.breaks</name>
    <message>
        <source>Practice break added: {span}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{said} {then}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} session moved to the week after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} sessions moved to the week after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} session cancelled for the break (not counted as your cancellations).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} sessions cancelled for the break (not counted as your cancellations).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.restore</name>
    <message>
        <source>The drill passed: the backup {name} opens with that secret, every check passed, and it holds {clients} clients, {sessions} sessions and {notes} notes. The copy restored for the drill was thrown away.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shortcuts</name>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sidebar</name>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>storage.backup_check</name>
    <message>
        <source>The backup {name} is sound: it opens, and every check passed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>storage.keyfiles</name>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damaged ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file {name} {what}, so it was written again from {source}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file {name} {what}, so it was written again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>was missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>was {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>had been changed or damaged (its check code did not match)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>belonged to another vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>was out of date (a passphrase change had been cut short)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>had lost its check code (format 1 again, after the vault had moved on)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>did not match the other copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has been changed or damaged (its check code does not match)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is out of date (a passphrase change was cut short)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} does not match the copy in use</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>storage.upgrade_copies</name>
    <message>
        <source>The vault was upgraded, but the check made straight afterwards found a problem ({problem}). The copy taken before the upgrade ({name}) is kept; choose Help → Check the vault… and keep both until the vault is sound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy of the vault taken before an upgrade ({names}) was removed: the upgraded vault was checked and has opened safely {opens} times over at least {days} days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {n} copies of the vault taken before upgrades ({names}) were removed: the upgraded vault was checked and has opened safely {opens} times over at least {days} days.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>storage.vault</name>
    <message>
        <source>The vault&apos;s key files were older than its database, as if restored from an earlier copy of the vault folder; the vault was opened with them and they have been brought up to date. If you did not restore them, check who else can reach this folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>storage.verify</name>
    <message>
        <source>The vault is sound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything saved is sound, except the last change made before Counsel Desk stopped: it is incomplete (as a crash or power cut leaves it) and will be dropped when the vault is next opened. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault itself is sound, but {problem}. Nothing was changed; unlocking the vault once in Counsel Desk writes the key files again from the good copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is damaged ({what}). Nothing was changed: copy the whole vault folder somewhere safe first, then restore your latest backup into a new folder (counsel-desk restore FILE --vault NEWDIR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault&apos;s records are sound, but its audit trail was changed outside Counsel Desk ({what}). Nothing was changed: keep a copy of the whole vault folder as it is, as a record of what was found, and ask who else can reach it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault&apos;s journal of recent changes (vault.db-wal) is damaged, and changes that were saved after the damaged part would be lost if it were opened. Nothing was changed: copy the whole vault folder somewhere safe first, then restore your latest backup into a new folder (counsel-desk restore FILE --vault NEWDIR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key files are older than vault.db (restored from an earlier copy?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{one}; {other}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supervision</name>
    <message>
        <source>{first} to {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>timeline</name>
    <message>
        <source>Nothing recorded in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until {day}. {detail}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>timeline_build</name>
    <message>
        <source>Boundaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ruptures and repairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible ruptures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No {measure} scores in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reflections in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ruptures in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No possible ruptures flagged in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{band} (illustrative band)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>past the cutoff of {cutoff}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>within the cutoff of {cutoff}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first}; {second}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {total} of {max}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {total} of {max} ({note}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscales: {subscales}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item {n} (risk): {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed by me.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first} {then}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{condition} {rating}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{condition} {rating} ‘{word}’</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first}, {then}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflection {mean}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My reflection: {rated}. Lowest: {lowest} ({rating}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the client was {minutes} minutes late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I started {minutes} minutes late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ended {minutes} minutes early by {by}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attended; {how}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled by the client at short notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled by the client with notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled by me at short notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled by me with notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did not attend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rescheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session of {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} Repaired on {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} Not yet repaired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rupture: {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{how} (the rupture of {day}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reason} Set aside on {day}: {why}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible rupture: {kind}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>timeline_export</name>
    <message>
        <source>This copy of the timeline will not be encrypted: anyone who can open {where} can see it. Keep it somewhere safe, and delete it when you no longer need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code} timeline {start:%Y-%m-%d} to {end:%Y-%m-%d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder {parent}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save unencrypted copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code}: the working relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{start} to {end} · confidential · made {day_text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved “{name}” in {parent}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>views.boundaries</name>
    <message>
        <source>No client open. Choose one in Clients (Ctrl+2) and press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No boundaries agreed yet: they come from the contract once it is agreed (Contract tab), and from any you add here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A boundary event belongs to a client. Open their page first (choose them in Clients, Ctrl+2, and press Enter), then press Ctrl+Shift+B again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>views.client_page</name>
    <message>
        <source>No client open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a client in Clients (Ctrl+2) and press Enter to open their page, or open a session from Today (Ctrl+1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No session booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended on {day} ({how})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{status} since {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: review overdue since {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: review due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: review on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open risk ({highest}){review}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} open risks, the highest {highest}{review}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract: draft, not yet agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract review overdue since {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract review due {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract agreed {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · a new draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 possible rupture to look at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} possible ruptures to look at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 rupture not yet repaired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} ruptures not yet repaired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next session {when}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>views.clients</name>
    <message>
        <source>End work with client…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current (hide ended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All clients</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>views.contract</name>
    <message>
        <source>No client open. Choose one in Clients (Ctrl+2) and press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {number} · {state}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>views.notes</name>
    <message>
        <source>No session chosen. A note belongs to a session: open one from Today (Ctrl+1) or from Sessions (Ctrl+3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No note open. Choose one from the list, or open a session in Sessions (Ctrl+3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No note for this session yet. Start one with New note ({key}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No note open. Choose one from the list, or start one with New note ({key}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>views.reliability</name>
    <message>
        <source>The whole practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions yet: the figures start with the first session held or cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>views.risks</name>
    <message>
        <source>No client open. Choose one in Clients (Ctrl+2) and press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No risk logged for {code}. Log one here, or from a note (Notes → Log risk…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} risk, {on}: {disclosed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done: {actions_text}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who was told: {told_text}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{state}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Next: {next_review}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>views.search</name>
    <message>
        <source>Type a word or two, or choose a filter, to search every note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notes match. Try fewer words, or a shorter start of a word.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{quoted} is searched as a whole word; add a letter to find words that begin with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{quoted} are searched as whole words; add letters to find words that begin with them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>views.sessions</name>
    <message>
        <source>No client open. Choose one in Clients (Ctrl+2) and press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>views.supervision</name>
    <message>
        <source>No supervision logged yet. Each session you log here counts towards the hours your registration asks for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One to one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>views.timeline</name>
    <message>
        <source>No client open. Choose one in Clients (Ctrl+2) and press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{start} to {end}: {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day}: {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to open this session.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>views.today</name>
    <message>
        <source>No sessions today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing booked for the next few days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing outstanding: every past session has a note and its attendance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Counsel Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your vault is ready, and empty. Begin by adding your first client: a short code such as C-001 is all a list ever shows, and their name stays apart until you ask for it. Then book their sessions. After each session, come back here: its note is one keypress (Enter) away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next, book a session, or a weekly series: choose a client in Clients and press Enter to open their page. Once a session has started, Today offers its note here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>views.today_alliance</name>
    <message>
        <source>The working relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ruptures waiting for repair, and no possible ruptures in the last four weeks.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>views.today_care</name>
    <message>
        <source>Make contact — {code} {what} ({when}) with a {level} risk open: consider getting in touch, and record it as a review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk review overdue since {day} — {code} ({level})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk review due {day} — {code} ({level})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, review on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open risk — {code} ({level}){review}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>views.today_contracts</name>
    <message>
        <source>Contracts and cancellations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>views.today_retention</name>
    <message>
        <source>These records have been kept for the period your retention rules set. Keep them longer if there is a reason (a complaint, a court case), or erase them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code} — process notes due since {day}. {summary}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code} — records due since {day}. {summary}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>views.today_setup</name>
    <message>
        <source>Your practice is not set up yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name and registration, where you practise, your usual session length, fee and notice, and when to lock: a minute now, and contracts and sessions start the way you work. Until then the usual defaults apply.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>window_frame</name>
    <message>
        <source>demo, invented clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the demo: every client here is invented. It is not your vault, nothing you do here reaches it, and all of this is deleted when you quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>workers</name>
    <message>
        <source>Something unexpected went wrong; nothing was changed. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
