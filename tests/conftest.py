"""Every test gets its own HOME, data, config and temp folders: none touches the user's."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from testkit import LIGHT_KDF, PASSPHRASE, private_home

from counsel_desk.storage.files import restrict_umask
from counsel_desk.storage.keyslots import KdfParams

# Property tests judge what the code does, never how fast: on a busy machine (CI shares its
# cores) hypothesis's per-example deadline and its "too slow" health check failed tests
# whose every example was right. Each test's own @settings still sets its example count.
settings.register_profile(
    "counsel-desk", deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile("counsel-desk")

# Fast Argon2id for tests that are not about key derivation. The app's own paths never
# accept parameters from outside; tests/security/test_kdf_policy.py proves they calibrate.


@pytest.fixture(autouse=True)
def _isolated_environment(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = tmp_path_factory.mktemp("home")
    for name, sub in (
        ("HOME", ""),
        ("XDG_DATA_HOME", ".local/share"),
        ("XDG_CONFIG_HOME", ".config"),
        ("XDG_CACHE_HOME", ".cache"),
        ("XDG_STATE_HOME", ".local/state"),
        ("XDG_RUNTIME_DIR", "runtime"),
    ):
        path = home / sub if sub else home
        path.mkdir(parents=True, exist_ok=True, mode=0o700)
        monkeypatch.setenv(name, str(path))
    monkeypatch.setenv("QT_QPA_PLATFORM", os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    restrict_umask()


@pytest.fixture
def light_kdf() -> KdfParams:
    return LIGHT_KDF


@pytest.fixture
def vault_dir(tmp_path: Path) -> Path:
    return tmp_path / "vault"


@pytest.fixture
def workspace(request: pytest.FixtureRequest, vault_dir: Path, closed_vault_made):
    """A new, empty vault of the test's own, open.

    Creating one runs every migration (~0.15 s) and 780 tests take one, so by default it is
    a copy of the run's closed vault, unlocked: the same empty vault, but its audit trail
    also holds that one lock and unlock. A test for which that matters (it counts the trail
    from the start, or is about creating) is marked ``new_vault`` and gets a vault created
    for it, as the app creates one.
    """
    from counsel_desk.services.workspace import create_vault, unlock

    if request.node.get_closest_marker("new_vault"):
        ws, _recovery = create_vault(vault_dir, PASSPHRASE, kdf=LIGHT_KDF)
    else:
        shutil.copytree(closed_vault_made[0], vault_dir, copy_function=shutil.copy2)
        ws = unlock(vault_dir, PASSPHRASE)
    yield ws
    if ws.is_open:
        ws.close()


@pytest.fixture(scope="session")
def closed_vault_made(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """One created and closed vault for the whole run, made in a HOME of its own."""
    from counsel_desk.services.workspace import create_vault

    root = tmp_path_factory.mktemp("closed-vault-made")
    with private_home(root):
        ws, recovery = create_vault(root / "vault", PASSPHRASE, kdf=LIGHT_KDF)
        ws.close()
    return root / "vault", recovery


@pytest.fixture
def closed_vault(vault_dir: Path, closed_vault_made: tuple[Path, str]) -> tuple[Path, str]:
    """A created and closed vault: (folder, recovery key).

    A byte-for-byte copy (modes and times included) of one made once per run: creating
    runs every migration (~0.2 s), and 460 tests take a closed vault. Each test's copy is
    its own; the copies share their keys, which no test of a closed vault compares.
    """
    made, recovery = closed_vault_made
    shutil.copytree(made, vault_dir, copy_function=shutil.copy2)
    return vault_dir, recovery


# --- the long reliability loops --------------------------------------------------------
SKIP_REASON = (
    "slow reliability loops deselected: run them with `pytest --long` (see docs/TESTING.md)"
)


NO_BUNDLE_REASON = (
    "tests of the built bundle deselected: build it with packaging/build.sh, then run "
    "`pytest --bundle dist/counsel-desk tests/packaging` (.ci/run does; see docs/TESTING.md)"
)


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--long",
        action="store_true",
        default=False,
        help="also run the slow reliability loops (e.g. 100 kill -9 trials)",
    )
    parser.addoption(
        "--bundle",
        metavar="DIR",
        default=None,
        help="also test the bundle packaging/build.sh built in DIR (e.g. dist/counsel-desk)",
    )


def _deselect(config: pytest.Config, items: list[pytest.Item], marker: str, reason: str) -> None:
    """Leave out the tests marked ``marker``, and say so in one line (never silently)."""
    marked = [item for item in items if item.get_closest_marker(marker)]
    if not marked:
        return
    items[:] = [item for item in items if not item.get_closest_marker(marker)]
    config.hook.pytest_deselected(items=marked)
    reporter = config.pluginmanager.get_plugin("terminalreporter")
    if reporter is not None:
        reporter.write_line(f"{len(marked)} {reason}", yellow=True)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if not config.getoption("--long", default=False):
        _deselect(config, items, "slow", SKIP_REASON)
    if not config.getoption("--bundle", default=None):
        _deselect(config, items, "bundle", NO_BUNDLE_REASON)
