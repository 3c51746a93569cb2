"""T12 (KDF policy): the app's own paths calibrate Argon2id, never below the floor, and
refuse cleanly (no fallback, nothing left behind) when Argon2id is unavailable."""

from __future__ import annotations

import io
import types
from pathlib import Path

import pytest
from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives.kdf import argon2
from testkit import LIGHT_KDF, PASSPHRASE

from counsel_desk import cli
from counsel_desk.services.workspace import (
    change_passphrase,
    create_vault,
    reset_passphrase,
    unlock,
)
from counsel_desk.storage import keyslots as ks
from counsel_desk.storage.errors import CryptoUnavailable
from counsel_desk.storage.keyslots import FLOOR, KdfParams
from counsel_desk.storage.vault import Vault


def _ignore_key(_recovery_key: str) -> None:
    """Stands in for showing the new recovery key."""


NEW = "a freshly chosen sentence 31"


def _slot_params(folder: Path) -> list[KdfParams]:
    out = []
    for name in ("keys.json", "keys.backup.json"):
        header = ks.KeyHeader.from_bytes((folder / name).read_bytes())
        out.append(header.slot(ks.PASSPHRASE_SLOT).kdf_params())
    return out


def _assert_at_least_floor(folder: Path) -> None:
    for params in _slot_params(folder):
        assert params.is_at_least(FLOOR), params
        assert params.m_kib >= 64 * 1024
        assert params.t >= 3
        assert params.p >= 4


def test_floor_is_rfc_9106_memory_constrained() -> None:
    assert KdfParams(m_kib=64 * 1024, t=3, p=4) == FLOOR


def test_create_without_parameters_calibrates(vault_dir: Path) -> None:
    ws, _ = create_vault(vault_dir, PASSPHRASE)
    ws.close()
    _assert_at_least_floor(vault_dir)
    unlock(vault_dir, PASSPHRASE).close()


def test_cli_init_calibrates(vault_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = cli.main(
        ["init", "--vault", str(vault_dir), "--passphrase-stdin"],
        stdin=io.StringIO(PASSPHRASE + "\n"),
    )
    assert code == 0, capsys.readouterr().err
    _assert_at_least_floor(vault_dir)


def test_change_and_reset_passphrase_and_rotation_calibrate(
    closed_vault: tuple[Path, str],
) -> None:
    folder, recovery = closed_vault
    assert _slot_params(folder) == [LIGHT_KDF, LIGHT_KDF]  # made light for the test
    change_passphrase(folder, PASSPHRASE, NEW)
    _assert_at_least_floor(folder)
    reset_passphrase(folder, recovery, PASSPHRASE, kdf=LIGHT_KDF)
    assert _slot_params(folder) == [LIGHT_KDF, LIGHT_KDF]
    reset_passphrase(folder, recovery, NEW)
    _assert_at_least_floor(folder)


def test_rotation_calibrates(closed_vault: tuple[Path, str]) -> None:
    folder, _ = closed_vault
    vault = Vault.open(folder, PASSPHRASE)
    try:
        vault.rotate_data_key(PASSPHRASE, _ignore_key)
    finally:
        vault.close()
    _assert_at_least_floor(folder)


class _InstantArgon2:
    def __init__(self, **_kwargs: object) -> None:
        pass

    def derive(self, _data: bytes) -> bytes:
        return bytes(32)


@pytest.mark.parametrize(
    ("elapsed", "expected"),
    [
        (1e3, FLOOR),  # a very slow machine: never below the floor
        (60.0, FLOOR),
        (1e-9, KdfParams(m_kib=ks.MEMORY_CEILING_KIB, t=64, p=4)),  # very fast: capped
    ],
)
def test_calibrate_never_goes_below_the_floor(
    monkeypatch: pytest.MonkeyPatch, elapsed: float, expected: KdfParams
) -> None:
    ticks = iter([100.0, 100.0 + elapsed])
    monkeypatch.setattr(ks, "time", types.SimpleNamespace(perf_counter=lambda: next(ticks)))
    monkeypatch.setattr(ks, "_argon2id", lambda params, salt: _InstantArgon2())
    params = ks.calibrate()
    assert params == expected
    assert params.is_at_least(FLOOR)
    assert params.m_kib % 1024 == 0


@pytest.mark.parametrize("floor_seconds", [0.05, 0.15, 0.3, 0.6, 1.2])
def test_calibrate_aims_at_the_target(
    monkeypatch: pytest.MonkeyPatch, floor_seconds: float
) -> None:
    ticks = iter([0.0, floor_seconds])
    monkeypatch.setattr(ks, "time", types.SimpleNamespace(perf_counter=lambda: next(ticks)))
    monkeypatch.setattr(ks, "_argon2id", lambda params, salt: _InstantArgon2())
    params = ks.calibrate()
    assert params.is_at_least(FLOOR)
    assert params.m_kib <= ks.MEMORY_CEILING_KIB
    predicted = floor_seconds * (params.m_kib * params.t) / (FLOOR.m_kib * FLOOR.t)
    if floor_seconds <= ks.TARGET_SECONDS / 2:
        assert 0.4 <= predicted <= 1.0, (params, predicted)
    else:  # the floor alone is already slower than the target: stay at the floor
        assert params == FLOOR


def _no_argon2(monkeypatch: pytest.MonkeyPatch) -> None:
    def unavailable(**_kwargs: object) -> None:
        raise UnsupportedAlgorithm("Argon2id is not supported by this OpenSSL")

    monkeypatch.setattr(argon2, "Argon2id", unavailable)


@pytest.mark.parametrize("kdf", [None, LIGHT_KDF], ids=["calibrated", "explicit"])
def test_no_argon2_refuses_to_create_and_leaves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kdf: KdfParams | None
) -> None:
    _no_argon2(monkeypatch)
    folder = tmp_path / "vault"
    with pytest.raises(CryptoUnavailable, match="Argon2id"):
        create_vault(folder, PASSPHRASE, kdf=kdf)
    assert not folder.exists()
    # An existing parent folder is kept, and stays empty.
    parent = tmp_path / "existing"
    parent.mkdir()
    with pytest.raises(CryptoUnavailable):
        create_vault(parent, PASSPHRASE, kdf=kdf)
    assert parent.is_dir()
    assert list(parent.iterdir()) == []


def test_no_argon2_refuses_to_open_and_touches_nothing(
    closed_vault: tuple[Path, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    folder, recovery = closed_vault
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    _no_argon2(monkeypatch)
    with pytest.raises(CryptoUnavailable):
        unlock(folder, PASSPHRASE)
    with pytest.raises(CryptoUnavailable):
        reset_passphrase(folder, recovery, NEW)
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before


def test_no_argon2_cli_init_is_a_sentence_and_leaves_nothing(
    vault_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _no_argon2(monkeypatch)
    code = cli.main(
        ["init", "--vault", str(vault_dir), "--passphrase-stdin"],
        stdin=io.StringIO(PASSPHRASE + "\n"),
    )
    err = capsys.readouterr().err
    assert code == 1
    assert err.startswith("counsel-desk: ")
    assert "Argon2id" in err
    assert "Traceback" not in err
    assert not vault_dir.exists()
