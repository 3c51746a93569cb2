"""``backup``, ``restore`` (and ``--drill``), ``erase``, ``retention`` and ``verify --backup``:
exit codes and one sentence each, run in-process (the check after a backup runs in a fresh
process of its own, as in the app)."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest
from backupkit import plant_client, set_backup_folder
from testkit import LIGHT_KDF, PASSPHRASE, private_home
from vaultkit import copy_vault

from counsel_desk import cli
from counsel_desk.domain.sessions import SessionDraft
from counsel_desk.services.workspace import create_vault, unlock
from counsel_desk.storage import keyslots as ks


@pytest.fixture(autouse=True)
def _light_calibration(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ks, "calibrate", lambda *_a, **_k: LIGHT_KDF)


class Result:
    def __init__(self, code: int, out: str, err: str) -> None:
        self.code, self.out, self.err = code, out, err

    @property
    def sentence(self) -> str:
        lines = [line for line in self.err.splitlines() if line.startswith("counsel-desk: ")]
        assert len(lines) == 1, self.err
        return lines[0].removeprefix("counsel-desk: ")


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str]):
    def runner(*args: str, stdin: str = "") -> Result:
        capsys.readouterr()
        code = cli.main(list(args), stdin=io.StringIO(stdin))
        out, err = capsys.readouterr()
        assert "Traceback" not in err
        return Result(code, out, err)

    return runner


@pytest.fixture(scope="module")
def vault_made(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """Two planted clients, one with a session to come, closed: made once per module."""
    root = tmp_path_factory.mktemp("cli-backup")
    with private_home(root):
        ws, recovery = create_vault(root / "vault", PASSPHRASE, kdf=LIGHT_KDF)
        plant_client(ws, "C-001")
        plant_client(ws, "C-002", start=dt.datetime(2024, 1, 1, 10))
        ws.sessions.add(SessionDraft(ws.clients.list()[1].id, dt.datetime(2099, 1, 1, 10)))
        ws.close()
    return root / "vault", recovery


@pytest.fixture
def vault(vault_made: tuple[Path, str], tmp_path: Path) -> tuple[Path, str]:
    """Each test's own copy of it."""
    made, recovery = vault_made
    return copy_vault(made, tmp_path / "vault"), recovery


def test_backup_into_the_folder_then_verify_it(run, vault: tuple, tmp_path: Path) -> None:
    folder, _ = vault
    usb = tmp_path / "usb"
    usb.mkdir()
    set_backup_folder(usb)
    done = run("backup", "--vault", str(folder), "--passphrase-stdin", stdin=f"{PASSPHRASE}\n")
    assert done.code == 0, done.err
    (made,) = usb.iterdir()
    assert done.out.startswith(f"Backed up and checked: {made.name} (")
    assert "Backing up: 100%" in done.err
    check = run("verify", "--backup", str(made), "--passphrase-stdin", stdin=f"{PASSPHRASE}\n")
    assert check.code == 0, check.err
    assert (
        check.out.splitlines()[-1]
        == f"The backup {made.name} is sound: it opens, and every check passed."
    )


def test_backup_without_a_folder_is_a_usage_sentence(run, vault: tuple) -> None:
    folder, _ = vault
    done = run("backup", "--vault", str(folder), "--passphrase-stdin", stdin=f"{PASSPHRASE}\n")
    assert done.code == 2
    # the command line's way out, not only the app's Settings
    assert done.sentence.startswith("No backup folder is chosen yet. Give the file to write with")
    assert "-o FILE" in done.sentence


def test_backup_to_a_missing_folder(run, vault: tuple, tmp_path: Path) -> None:
    folder, _ = vault
    target = tmp_path / "unplugged" / "b.cdbackup"
    done = run(
        "backup",
        "--vault",
        str(folder),
        "-o",
        str(target),
        "--passphrase-stdin",
        stdin=f"{PASSPHRASE}\n",
    )
    assert done.code == 1
    assert "is not there" in done.sentence
    assert not (tmp_path / "unplugged").exists()


def test_restore_with_the_recovery_key_and_drill(run, vault: tuple, tmp_path: Path) -> None:
    folder, recovery = vault
    backup = tmp_path / "b.cdbackup"
    assert (
        run(
            "backup",
            "--vault",
            str(folder),
            "-o",
            str(backup),
            "--passphrase-stdin",
            stdin=f"{PASSPHRASE}\n",
        ).code
        == 0
    )
    new = tmp_path / "restored"
    done = run(
        "restore", str(backup), "--vault", str(new), "--passphrase-stdin", stdin=f"{recovery}\n"
    )
    assert done.code == 0, done.err
    assert "into " + str(new) + ": 2 clients" in done.out
    again = run(
        "restore", str(backup), "--vault", str(new), "--passphrase-stdin", stdin=f"{recovery}\n"
    )
    assert again.code == 2
    assert "is not empty" in again.sentence
    drill = run(
        "restore",
        str(backup),
        "--drill",
        "--vault",
        str(folder),
        "--passphrase-stdin",
        stdin=f"{PASSPHRASE}\n",
    )
    assert drill.code == 0, drill.err
    assert "The drill passed" in drill.out
    assert f"recorded in the audit trail of the vault in {folder}" in drill.out
    ws = unlock(folder, PASSPHRASE)
    try:
        assert "restore_drill" in [e.kind.value for e in ws.audit.recent(5)]
    finally:
        ws.close()


def test_a_drill_after_a_passphrase_change_asks_for_the_current_one(
    run, vault: tuple, tmp_path: Path
) -> None:
    folder, _ = vault
    backup = tmp_path / "b.cdbackup"
    run(
        "backup",
        "--vault",
        str(folder),
        "-o",
        str(backup),
        "--passphrase-stdin",
        stdin=f"{PASSPHRASE}\n",
    )
    new = "a new and long passphrase 5"
    assert (
        run(
            "passwd", "--vault", str(folder), "--passphrase-stdin", stdin=f"{PASSPHRASE}\n{new}\n"
        ).code
        == 0
    )
    drill = run(
        "restore",
        str(backup),
        "--drill",
        "--vault",
        str(folder),
        "--passphrase-stdin",
        stdin=f"{PASSPHRASE}\n{new}\n",
    )
    assert drill.code == 0, drill.err
    assert "The drill is recorded" in drill.out


def test_restore_of_a_damaged_or_cut_backup(run, vault: tuple, tmp_path: Path) -> None:
    folder, _ = vault
    backup = tmp_path / "b.cdbackup"
    run(
        "backup",
        "--vault",
        str(folder),
        "-o",
        str(backup),
        "--passphrase-stdin",
        stdin=f"{PASSPHRASE}\n",
    )
    cut = tmp_path / "cut.cdbackup"
    cut.write_bytes(backup.read_bytes()[:-100])
    done = run(
        "restore",
        str(cut),
        "--vault",
        str(tmp_path / "n1"),
        "--passphrase-stdin",
        stdin=f"{PASSPHRASE}\n",
    )
    assert done.code == 4
    assert done.sentence.startswith("That file is not a complete Counsel Desk backup")
    data = bytearray(backup.read_bytes())
    data[9000] ^= 4
    backup.write_bytes(bytes(data))
    for args in (
        ("restore", str(backup), "--vault", str(tmp_path / "n2")),
        ("verify", "--backup", str(backup)),
    ):
        done = run(*args, "--passphrase-stdin", stdin=f"{PASSPHRASE}\n")
        assert done.code == 4
        assert "is damaged (its database is not the one written" in done.sentence
    assert not (tmp_path / "n1").exists()
    assert not (tmp_path / "n2").exists()


def test_a_backup_file_that_is_not_there_is_a_usage_mistake(
    run, vault: tuple, tmp_path: Path
) -> None:
    """Exit 2 (what was typed is wrong), not 4 (damage): for every command that reads one."""
    folder, _ = vault
    none = tmp_path / "none.cdbackup"
    for args in (
        ("verify", "--backup", str(none)),
        ("restore", str(none), "--vault", str(tmp_path / "n1")),
        ("restore", str(none), "--drill", "--vault", str(folder)),
        ("verify", "--backup", str(tmp_path)),
    ):
        done = run(*args, "--passphrase-stdin", stdin=f"{PASSPHRASE}\n")
        assert done.code == 2, args
        assert done.sentence in (
            f"There is no backup file at {none}.",
            f"{tmp_path} is a folder, not a backup file.",
        )
    assert not (tmp_path / "n1").exists()


def test_erase_asks_for_the_code_unless_told_yes(run, vault: tuple) -> None:
    folder, _ = vault
    base = ("erase", "--vault", str(folder), "--passphrase-stdin")
    no = run(*base, "--client", "c-001", stdin=f"{PASSPHRASE}\nC-009\n")
    assert no.code == 2
    assert no.sentence == "Not confirmed; nothing was erased."
    assert "Erasing all records of C-001 removes:" in no.out
    assert "  4 sessions" in no.out
    yes = run(*base, "--client", "c-001", stdin=f"{PASSPHRASE}\nC-001\n")
    assert yes.code == 0, yes.err
    assert "Erased. C-001: all records erased on" in yes.out
    assert "Clearing the erased words from the disk…" in yes.out  # the rewrite, said
    gone = run(*base, "--client", "C-001", "--yes", stdin=f"{PASSPHRASE}\n")
    assert gone.code == 2
    assert gone.sentence == "No client has the code C-001. Nothing was erased."


def test_erase_before_the_date_needs_the_clients_request(run, vault: tuple) -> None:
    folder, _ = vault
    base = ("erase", "--vault", str(folder), "--passphrase-stdin", "--client", "C-002", "--yes")
    early = run(*base, stdin=f"{PASSPHRASE}\n")
    assert early.code == 2
    assert early.sentence == (
        "C-002 has a session booked after today, so their records are not due for erasure. To "
        "erase them now because the client asked, run the command again with --at-request. "
        "Nothing was erased."
    )
    asked = run(*base, "--at-request", stdin=f"{PASSPHRASE}\n")
    assert asked.code == 0, asked.err
    assert "because the client asked" in asked.out


def test_retention_lists_who_is_due(run, vault: tuple) -> None:
    folder, _ = vault
    done = run("retention", "--vault", str(folder), "--passphrase-stdin", stdin=f"{PASSPHRASE}\n")
    assert done.code == 0
    assert done.out == "C-001: records due since 26 January 2022.\n"
    every = run(
        "retention", "--all", "--vault", str(folder), "--passphrase-stdin", stdin=f"{PASSPHRASE}\n"
    )
    assert every.out.splitlines() == [
        "C-001: Kept until 26 January 2022, 7 years after the last session. No date of birth "
        "is recorded, so the adult rule is used.",
        "C-002: In therapy: the retention period starts after the last session.",
    ]
