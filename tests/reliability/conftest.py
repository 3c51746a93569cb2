"""The slow reliability loops run with ``pytest --long``; the option lives in tests/conftest.py."""
