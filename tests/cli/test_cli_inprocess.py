"""Exit codes and sentences of every subcommand, run in-process for speed.

New passphrase slots are made with light Argon2id parameters here (``calibrate`` patched);
tests/security/test_kdf_policy.py proves the real paths calibrate.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from testkit import LIGHT_KDF, PASSPHRASE
from vaultkit import copy_due_for_removal

from counsel_desk import __version__, cli
from counsel_desk.services.demo import DemoSpec, populate
from counsel_desk.services.workspace import Workspace, unlock
from counsel_desk.storage import keyslots as ks
from counsel_desk.storage.vault import Vault

NEW = "a new and long passphrase 5"
PAGE = 4096


@pytest.fixture(autouse=True)
def _light_calibration(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ks, "calibrate", lambda *_a, **_k: LIGHT_KDF)


class Result:
    def __init__(self, code: int, out: str, err: str) -> None:
        self.code, self.out, self.err = code, out, err


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str]):
    def runner(*args: str, stdin: str = "") -> Result:
        capsys.readouterr()
        code = cli.main(list(args), stdin=io.StringIO(stdin))
        out, err = capsys.readouterr()
        assert "Traceback" not in err
        return Result(code, out, err)

    return runner


def _snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    return {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in sorted(folder.iterdir())}


def _sentence(err: str) -> str:
    lines = [line for line in err.splitlines() if line.startswith("counsel-desk: ")]
    assert len(lines) == 1, err
    return lines[0]


def _flip(path: Path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0xFF
    path.write_bytes(bytes(data))


@pytest.fixture
def filled(closed_vault: tuple[Path, str]) -> Path:
    folder, _ = closed_vault
    ws = unlock(folder, PASSPHRASE)
    try:
        populate(ws, DemoSpec(clients=8, years=1.0, seed=3))
    finally:
        ws.close()
    return folder


def test_init(run, vault_dir: Path) -> None:
    r = run("init", "--vault", str(vault_dir), "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert r.code == 0, r.err
    recovery = r.out.strip().splitlines()[-1]
    assert len(recovery.split("-")) == 14
    Vault.open_with_recovery(vault_dir, recovery).close()
    r = run("init", "--vault", str(vault_dir), "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert r.code == 1
    assert "already exists" in _sentence(r.err)


@pytest.mark.parametrize("weak", ["short", "", "aaaaaaaa"])
def test_init_refuses_a_weak_passphrase(run, vault_dir: Path, weak: str) -> None:
    r = run("init", "--vault", str(vault_dir), "--passphrase-stdin", stdin=weak + "\n")
    assert r.code == 2
    assert "Nothing was changed" in _sentence(r.err)
    assert not vault_dir.exists()


def test_passwd_refuses_a_weak_new_passphrase(run, closed_vault: tuple[Path, str]) -> None:
    folder, _ = closed_vault
    before = _snapshot(folder)
    r = run("passwd", "--vault", str(folder), "--passphrase-stdin", stdin=f"{PASSPHRASE}\nweak\n")
    assert r.code == 2
    assert "Too short" in _sentence(r.err)
    assert _snapshot(folder) == before


def test_verify_and_passwd_and_recover(run, closed_vault: tuple[Path, str]) -> None:
    folder, recovery = closed_vault
    vault = str(folder)
    r = run("verify", "--vault", vault, "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert r.code == 0
    assert r.out.count("ok  ") == 8  # the files and the database, and the audit trail
    assert "The vault is sound." in r.out
    r = run("passwd", "--vault", vault, "--passphrase-stdin", stdin=f"{PASSPHRASE}\n{NEW}\n")
    assert (r.code, r.err) == (0, "")
    assert run("verify", "--vault", vault, "--passphrase-stdin", stdin=NEW + "\n").code == 0
    assert run("verify", "--vault", vault, "--passphrase-stdin", stdin=PASSPHRASE + "\n").code == 3
    r = run("recover", "--vault", vault, "--passphrase-stdin", stdin=f"{recovery}\n{PASSPHRASE}\n")
    assert r.code == 0, r.err
    assert run("verify", "--vault", vault, "--passphrase-stdin", stdin=PASSPHRASE + "\n").code == 0


def test_wrong_secrets_exit_3(run, closed_vault: tuple[Path, str]) -> None:
    folder, recovery = closed_vault
    vault = str(folder)
    before = _snapshot(folder)
    r = run("passwd", "--vault", vault, "--passphrase-stdin", stdin=f"wrong one here\n{NEW}\n")
    assert r.code == 3
    assert "does not open this vault" in _sentence(r.err)
    typo = ("A" if recovery[0] != "A" else "C") + recovery[1:]
    r = run("recover", "--vault", vault, "--passphrase-stdin", stdin=f"{typo}\n{NEW}\n")
    assert r.code == 3
    assert "typo" in _sentence(r.err)
    r = run("recover", "--vault", vault, "--passphrase-stdin", stdin=f"{recovery[:20]}\n{NEW}\n")
    assert r.code == 3
    assert _snapshot(folder) == before


def test_garbled_key_files_exit_4(run, closed_vault: tuple[Path, str]) -> None:
    folder, _ = closed_vault
    (folder / "keys.json").write_bytes(b"\x00garbage")
    (folder / "keys.backup.json").write_bytes(b"{}")
    before = _snapshot(folder)
    for command in ("verify", "passwd"):
        r = run(
            command, "--vault", str(folder), "--passphrase-stdin", stdin=f"{PASSPHRASE}\n{NEW}\n"
        )
        assert r.code == 4
        assert "keys.json" in _sentence(r.err)
    assert _snapshot(folder) == before


def test_garbled_keys_json_alone_is_repaired(run, closed_vault: tuple[Path, str]) -> None:
    folder, _ = closed_vault
    (folder / "keys.json").write_bytes(b"\x00garbage")
    r = run("verify", "--vault", str(folder), "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    # verify inspects only: it reports the mismatch and repairs nothing
    assert r.code == 4
    assert "FAIL  key files: keys.json is damaged (not JSON)" in r.out
    assert "keys.json is damaged (not JSON)" in _sentence(r.err)
    assert (folder / "keys.json").read_bytes() == b"\x00garbage"
    unlock(folder, PASSPHRASE).close()  # a normal open repairs keys.json from the backup
    r = run("verify", "--vault", str(folder), "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert r.code == 0


def test_page_one_flip_exits_4(run, filled: Path) -> None:
    _flip(filled / "vault.db", 300)
    before = _snapshot(filled)
    r = run("verify", "--vault", str(filled), "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert r.code == 4
    assert "damaged" in _sentence(r.err)
    assert _snapshot(filled) == before


def test_later_page_flip_fails_verify(run, filled: Path) -> None:
    pages = (filled / "vault.db").stat().st_size // PAGE
    assert pages >= 10
    _flip(filled / "vault.db", (pages - 2) * PAGE + 777)  # page pages-1
    before = _snapshot(filled)
    r = run("verify", "--vault", str(filled), "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert r.code == 4
    assert f"FAIL  page authentication: HMAC verification failed for page {pages - 1}" in r.out
    assert "restore your latest backup into a new folder" in _sentence(r.err)
    assert _snapshot(filled) == before


@pytest.mark.parametrize("command", ["verify", "passwd", "recover"])
def test_missing_vault_exit_2(run, tmp_path: Path, command: str) -> None:
    # a folder with no vault is input that is not there, as a missing backup or export is
    folder = tmp_path / "nowhere"
    r = run(command, "--vault", str(folder), "--passphrase-stdin", stdin=f"{PASSPHRASE}\n{NEW}\n")
    assert r.code == 2
    assert "`counsel-desk init`" in _sentence(r.err)
    assert not folder.exists()


def test_default_vault_folder_is_in_the_isolated_data_dir(run, monkeypatch) -> None:
    r = run("verify", "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert r.code == 2  # no vault there yet
    assert "counsel-desk/vault" in r.err


def test_vault_in_use_exit_1(run, closed_vault: tuple[Path, str]) -> None:
    folder, _ = closed_vault
    ws = unlock(folder, PASSPHRASE)
    try:
        r = run("verify", "--vault", str(folder), "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    finally:
        ws.close()
    assert r.code == 1
    assert "already open" in _sentence(r.err)


@pytest.mark.parametrize(
    ("args", "stdin", "words"),
    [
        (["frobnicate"], "", "invalid choice"),
        (["verify", "--no-such-flag"], "", "Unrecognized arguments"),
        (["verify", "--passphrase-stdin"], "", "Standard input ended before the passphrase"),
        (["passwd", "--passphrase-stdin"], "only the old one\n", "Standard input ended"),
        (["demo", "--clients", "0", "--passphrase-stdin"], PASSPHRASE + "\n", "--clients"),
        (["demo", "--years", "soon"], "", "invalid float value"),
    ],
)
def test_usage_errors_exit_2(run, closed_vault, args: list[str], stdin: str, words: str) -> None:
    folder, _ = closed_vault
    if "--passphrase-stdin" in args and args[0] in ("verify", "passwd"):
        args = [*args, "--vault", str(folder)]
    r = run(*args, stdin=stdin)
    assert r.code == 2
    assert words in _sentence(r.err)


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        cli.main(["--version"])
    assert info.value.code == 0
    assert capsys.readouterr().out.strip() == f"Counsel Desk {__version__}"


def test_demo_fills_a_new_vault(run, vault_dir: Path) -> None:
    r = run(
        "demo",
        "--vault",
        str(vault_dir),
        "--clients",
        "3",
        "--years",
        "0.5",
        "--seed",
        "2",
        "--passphrase-stdin",
        stdin=PASSPHRASE + "\n",
    )
    assert r.code == 0, r.err
    assert "3 clients" in r.out
    ws: Workspace = unlock(vault_dir, PASSPHRASE)
    try:
        ruptures = sum(len(ws.ruptures.for_client(c.id)) for c in ws.clients.list())
    finally:
        ws.close()
    said = "1 rupture," if ruptures == 1 else f"{ruptures} ruptures,"
    assert said in r.out  # one of a kind in the singular
    ws = unlock(vault_dir, PASSPHRASE)
    try:
        assert ws.clients.count() == 3
    finally:
        ws.close()
    assert "\r" not in r.err  # the progress line is for a terminal, not a captured stream


@pytest.mark.parametrize(
    ("plural", "one"),
    [
        ("ruptures", "rupture"),
        ("risk entries", "risk entry"),
        ("contract versions", "contract version"),
    ],
)
def test_one_of_a_demo_count_is_named_in_the_singular(plural: str, one: str) -> None:
    assert cli._one(plural) == one


def test_a_damaged_key_file_is_said_once_as_one_sentence(
    run, closed_vault: tuple[Path, str]
) -> None:
    folder, _ = closed_vault
    (folder / "keys.json").write_bytes(b"\x00garbage")
    r = run("verify", "--vault", str(folder), "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert r.code == 4
    assert r.out.count("keys.json") == 1  # its check line
    assert r.err.count("\n") == 1  # and the one sentence
    r = run("passwd", "--vault", str(folder), "--passphrase-stdin", stdin=f"{PASSPHRASE}\n{NEW}\n")
    assert r.code == 0
    assert r.err == (
        "counsel-desk: The key file keys.json was damaged (not JSON), so it was written again "
        "from keys.backup.json.\n"
    )
    r = run("verify", "--vault", str(folder), "--passphrase-stdin", stdin=NEW + "\n")
    assert (r.code, r.err) == (0, "")


def test_a_removed_copy_from_before_an_upgrade_is_one_line(
    run, closed_vault: tuple[Path, str]
) -> None:
    folder, _ = closed_vault
    name = copy_due_for_removal(folder)
    r = run("passwd", "--vault", str(folder), "--passphrase-stdin", stdin=f"{PASSPHRASE}\n{NEW}\n")
    assert r.code == 0
    assert r.err == (
        f"counsel-desk: The copy of the vault taken before an upgrade ({name}) was removed: the "
        "upgraded vault was checked and has opened safely 3 times over at least 7 days.\n"
    )
    assert not (folder / name).exists()
    r = run("passwd", "--vault", str(folder), "--passphrase-stdin", stdin=f"{NEW}\n{PASSPHRASE}\n")
    assert (r.code, r.err) == (0, "")


def test_verify_on_a_vault_written_by_a_newer_app_is_not_damage(
    run, closed_vault: tuple[Path, str]
) -> None:
    folder, _ = closed_vault
    vault = Vault.open(folder, PASSPHRASE)
    vault.conn.execute("PRAGMA user_version = 99")
    vault.close()
    r = run("verify", "--vault", str(folder), "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert r.code == 1
    assert "newer Counsel Desk" in _sentence(r.err)
