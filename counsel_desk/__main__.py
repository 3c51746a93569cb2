"""``python -m counsel_desk``."""

from __future__ import annotations

import sys

from counsel_desk.cli import main

if __name__ == "__main__":
    sys.exit(main())
