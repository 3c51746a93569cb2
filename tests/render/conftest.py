"""Render fixtures: the tests' own picture registered under a name, and Qt for painting."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from renderkit import Swatches

from counsel_desk.render import pictures

# Before pytest-qt's session-wide QApplication exists: these tests never need a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture
def swatches() -> Iterator[Swatches]:
    """``Swatches`` registered as "swatches" for documents that name it; removed after."""
    drawer = Swatches()
    pictures.register("swatches", drawer)
    yield drawer
    pictures.unregister("swatches")
