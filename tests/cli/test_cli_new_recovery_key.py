"""``counsel-desk new-recovery-key`` (alias ``rekey``): the vault re-encrypted under a new
data key, the new recovery key printed last, the old one refused afterwards."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest
from testkit import LIGHT_KDF, PASSPHRASE

from counsel_desk import cli
from counsel_desk.domain.clients import ClientDraft, ClientIdentity
from counsel_desk.services.workspace import unlock
from counsel_desk.storage import keyslots as ks
from counsel_desk.storage.errors import WrongRecoveryKey
from counsel_desk.storage.vault import Vault


@pytest.fixture(autouse=True)
def _light_calibration(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ks, "calibrate", lambda *_a, **_k: LIGHT_KDF)


def _run(capsys: pytest.CaptureFixture[str], *args: str, stdin: str = "") -> tuple[int, str, str]:
    capsys.readouterr()
    code = cli.main(list(args), stdin=io.StringIO(stdin))
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return code, out, err


def _bytes(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


@pytest.mark.parametrize("command", ["new-recovery-key", "rekey"])
def test_the_new_key_is_printed_last_and_the_old_one_stops_working(
    capsys: pytest.CaptureFixture[str], closed_vault: tuple[Path, str], command: str
) -> None:
    folder, old_key = closed_vault
    ws = unlock(folder, PASSPHRASE)
    ws.clients.add(ClientDraft(code="C-9", identity=ClientIdentity(full_name="Iris Vale")))
    ws.close()

    code, out, err = _run(
        capsys, command, "--vault", str(folder), "--passphrase-stdin", stdin=f"{PASSPHRASE}\n"
    )

    assert code == 0, err
    assert err == ""
    assert "re-encrypted" in out
    assert "old recovery key stops working" in out
    new_key = out.strip().splitlines()[-1]
    assert new_key != old_key
    assert len(new_key.replace("-", "")) == len(old_key.replace("-", ""))
    with pytest.raises(WrongRecoveryKey):
        Vault.open_with_recovery(folder, old_key)
    vault = Vault.open_with_recovery(folder, new_key)
    try:
        names = vault.conn.execute("SELECT full_name FROM client_identity").fetchall()
    finally:
        vault.close()
    assert names == [("Iris Vale",)]
    unlock(folder, PASSPHRASE).close()  # the passphrase stays the same
    assert {p.name for p in folder.iterdir()} >= {"keys.json", "keys.backup.json"}
    assert not any("rotating" in p.name for p in folder.iterdir())


def test_a_wrong_passphrase_exits_3_and_changes_nothing(
    capsys: pytest.CaptureFixture[str], closed_vault: tuple[Path, str]
) -> None:
    folder, old_key = closed_vault
    before = _bytes(folder)

    code, out, err = _run(
        capsys,
        "new-recovery-key",
        "--vault",
        str(folder),
        "--passphrase-stdin",
        stdin="not the passphrase at all\n",
    )

    assert code == 3
    assert err.count("counsel-desk: ") == 1
    assert "Nothing was changed" in err
    assert not any(line.count("-") > 5 for line in out.splitlines())  # no key printed
    assert _bytes(folder) == before
    Vault.open_with_recovery(folder, old_key).close()


def test_an_empty_folder_is_refused_before_any_secret(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    empty = tmp_path / "nothing"
    empty.mkdir()
    code, out, err = _run(capsys, "rekey", "--vault", str(empty), "--passphrase-stdin")
    assert code != 0
    assert out == ""
    assert err.count("counsel-desk: ") == 1
    assert os.listdir(empty) == []


def test_refused_while_the_vault_is_open_in_the_app(
    capsys: pytest.CaptureFixture[str], closed_vault: tuple[Path, str]
) -> None:
    folder, old_key = closed_vault
    ws = unlock(folder, PASSPHRASE)  # as the app holds it
    try:
        before = _bytes(folder)
        code, out, err = _run(
            capsys, "rekey", "--vault", str(folder), "--passphrase-stdin", stdin=f"{PASSPHRASE}\n"
        )
        assert code == 1
        assert err.count("counsel-desk: ") == 1
        assert out.strip().splitlines()[-1].count("-") < 5  # only what it would do; no key
        assert _bytes(folder) == before
    finally:
        ws.close()
    Vault.open_with_recovery(folder, old_key).close()
