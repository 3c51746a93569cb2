"""Render the open export and import dialogs offscreen into docs/screenshots/ (run: python
tests/ui/make_open_screenshots.py [OUT]): the export under way and done, and the import's
steps (a file that cannot be imported, the new vault's folder and passphrase, under way,
the recovery key), light and dark. The dialogs are shown in each state as the app would
leave them; no vault is needed.
"""

from __future__ import annotations

import sys
from pathlib import Path
from types import SimpleNamespace

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_screenshots import dark_look, shot
from PySide6.QtWidgets import QApplication

EXPORT = Path("/home/sam/Documents/counsel-desk-export-2026-12-01.json")
NEW = Path("/home/sam/Counsel Desk vault")
KEY = "H7KQ-2MXR-9CWD-4TFN-PL3B-8VJZ-6YGE-5RSA-HUK2-W9DQ-M4XC-7NTF-3BLP-Q8RD"  # 56, as made


def main() -> None:
    from counsel_desk.ui.dialogs.open_import import IMPORTING, ImportVaultDialog
    from counsel_desk.ui.dialogs.open_progress import ExportProgressDialog

    _app = QApplication.instance() or QApplication(sys.argv[:1])
    for suffix, dark in (("", False), ("-dark", True)):
        if dark:
            dark_look()
        export = ExportProgressDialog(EXPORT)
        export.show()
        export.set_progress(112, 300)
        shot(export, f"export-progress{suffix}.png")
        export.succeeded(
            f"Exported the whole vault to {EXPORT}. The file is not encrypted: keep it "
            "somewhere only you can reach, and delete it when you no longer need it."
        )
        shot(export, f"export-done{suffix}.png")
        export.close()
        dialog = ImportVaultDialog(EXPORT, None, None, lambda _p: None, lambda _f: True)
        dialog.show()
        dialog._not_checked(
            SimpleNamespace(
                message="clients[3].sessions[12].start must be a time written as "
                "YYYY-MM-DDTHH:MM; nothing was imported."
            )
        )
        shot(dialog, f"import-bad-file{suffix}.png")
        dialog.show_form({"clients": 300, "notes": 11383})
        dialog.folder.setText(str(NEW))
        shot(dialog, f"import-form{suffix}.png")
        dialog._show(IMPORTING)
        dialog.importing_where.setText(f"Into {NEW}")
        dialog.import_panel.show_count(120, 300, "120 of 300 clients written")
        shot(dialog, f"import-progress{suffix}.png")
        dialog._imported(NEW, SimpleNamespace(counts={"clients": 300}, recovery_key=KEY))
        shot(dialog, f"import-key{suffix}.png")
        dialog.stored.setChecked(True)
        dialog.close()


if __name__ == "__main__":
    main()
