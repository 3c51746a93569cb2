"""The bundle's entry point: the same ``main`` as the ``counsel-desk`` command."""

from __future__ import annotations

import sys

from counsel_desk.cli import main

if __name__ == "__main__":
    sys.exit(main())
