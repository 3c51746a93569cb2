"""Constants shared by the tests (``tests/`` is on the path: see pyproject's pytest options).

Fast Argon2id for tests that are not about key derivation. The app's own paths never accept
parameters from outside; tests/security/test_kdf_policy.py proves they calibrate.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

import pytest

from counsel_desk.storage.files import restrict_umask
from counsel_desk.storage.keyslots import KdfParams

LIGHT_KDF = KdfParams(m_kib=8 * 1024, t=1, p=1)
PASSPHRASE = "autumn leaves fall softly 42"


@contextlib.contextmanager
def private_home(root: Path) -> Iterator[None]:
    """HOME and the XDG folders under ``root`` meanwhile, files private: for what a module or
    session fixture makes before any test's own HOME exists (tests/conftest.py)."""
    with pytest.MonkeyPatch.context() as patch:
        for name in ("HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
            patch.setenv(name, str(root / "home"))
        restrict_umask()
        yield
