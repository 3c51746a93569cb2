"""``--long`` runs the slow reliability loops; without it they are deselected, with a note.

The option lives here, so give this folder on the command line:
``pytest tests/reliability --long`` (add ``-m slow`` to run only the long loops).
"""

from __future__ import annotations

import pytest

SKIP_REASON = "slow reliability loops deselected: run them with `pytest tests/reliability --long`"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--long",
        action="store_true",
        default=False,
        help="also run the slow reliability loops (e.g. 100 kill -9 trials)",
    )


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if config.getoption("--long", default=False):
        return
    slow = [item for item in items if item.get_closest_marker("slow")]
    if not slow:
        return
    items[:] = [item for item in items if not item.get_closest_marker("slow")]
    config.hook.pytest_deselected(items=slow)
    reporter = config.pluginmanager.get_plugin("terminalreporter")
    if reporter is not None:
        reporter.write_line(f"{len(slow)} {SKIP_REASON}", yellow=True)
