"""Constants shared by the tests (``tests/`` is on the path: see pyproject's pytest options).

Fast Argon2id for tests that are not about key derivation. The app's own paths never accept
parameters from outside; tests/security/test_kdf_policy.py proves they calibrate.
"""

from __future__ import annotations

from counsel_desk.storage.keyslots import KdfParams

LIGHT_KDF = KdfParams(m_kib=8 * 1024, t=1, p=1)
PASSPHRASE = "autumn leaves fall softly 42"
