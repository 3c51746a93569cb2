"""``counsel-desk import`` of a file whose audit trail was changed: one sentence naming the
entry, exit 2, before any passphrase is asked, and no folder made."""

from __future__ import annotations

import io
import json
from pathlib import Path

from testkit import PASSPHRASE

from counsel_desk import cli
from counsel_desk.domain.clients import ClientDraft


def test_a_changed_trail_is_refused_before_the_passphrase(workspace, tmp_path: Path, capsys):
    for n in range(3):
        workspace.clients.add(ClientDraft(f"C-{n:03d}"))
    vault = workspace.folder
    workspace.close()
    export = tmp_path / "v.json"
    code = cli.main(
        ["export", "--vault", str(vault), "--passphrase-stdin", "-o", str(export)],
        stdin=io.StringIO(f"{PASSPHRASE}\n"),
    )
    assert code == 0
    data = json.loads(export.read_bytes())
    data["audit"][2]["kind"] = "client_erased"
    export.write_text(json.dumps(data), encoding="utf-8")
    capsys.readouterr()
    new = tmp_path / "new"
    code = cli.main(
        ["import", str(export), "--vault", str(new), "--passphrase-stdin"], stdin=io.StringIO("")
    )
    _out, err = capsys.readouterr()
    assert code == 2
    assert err.strip() == (
        "counsel-desk: audit[2].hash does not match the entry: the audit trail was changed "
        "after it was written; nothing was imported."
    )
    assert not new.exists()
