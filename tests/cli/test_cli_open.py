"""``counsel-desk export`` and ``import``: the round trip through the command line (one run
a real process), the warning that the file is not encrypted, exit 2 and nothing created
for a bad file, and the recovery key printed last, as ``init`` prints it."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from testkit import PASSPHRASE

from counsel_desk import cli
from counsel_desk.services.demo import DemoSpec, populate
from counsel_desk.services.open_export import NOT_ENCRYPTED


@pytest.fixture
def demo_vault(workspace) -> Path:
    populate(workspace, DemoSpec(clients=3, years=0.5, seed=9))
    folder = workspace.folder
    workspace.close()
    return folder


def _run(capsys, *args: str, stdin: str = f"{PASSPHRASE}\n") -> tuple[int, str, str]:
    capsys.readouterr()
    code = cli.main(list(args), stdin=io.StringIO(stdin))
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return code, out, err


def test_export_then_import_then_export(demo_vault: Path, tmp_path: Path, capsys) -> None:
    first = tmp_path / "first.json"
    code, out, _err = _run(
        capsys, "export", "--vault", str(demo_vault), "--passphrase-stdin", "-o", str(first)
    )
    assert code == 0
    assert NOT_ENCRYPTED in out
    new = tmp_path / "imported"
    code, out, err = _run(capsys, "import", str(first), "--vault", str(new), "--passphrase-stdin")
    assert code == 0, err
    assert "Imported 3 clients" in out
    recovery = out.strip().splitlines()[-1]
    assert recovery.count("-") >= 10  # the recovery key, last
    code, out, _err = _run(capsys, "verify", "--vault", str(new), "--passphrase-stdin")
    assert code == 0  # the imported trail's chain, foreign keys, integrity: all sound
    assert "ok    audit trail" in out
    second = tmp_path / "second.json"
    code, _out, _err = _run(
        capsys, "export", "--vault", str(new), "--passphrase-stdin", "-o", str(second)
    )
    assert code == 0
    a, b = json.loads(first.read_bytes()), json.loads(second.read_bytes())
    trail = a.pop("audit")
    assert b.pop("audit")[: len(trail)] == trail
    assert a == b


def test_a_wrong_field_and_a_cut_file_exit_2_and_create_nothing(
    demo_vault: Path, tmp_path: Path, capsys
) -> None:
    good = tmp_path / "good.json"
    assert _run(capsys, "export", "--vault", str(demo_vault), "--passphrase-stdin",
                "-o", str(good))[0] == 0  # fmt: skip
    data = json.loads(good.read_bytes())
    data["clients"][1]["sessions"][0]["planned_minutes"] = "fifty"
    wrong = tmp_path / "wrong.json"
    wrong.write_text(json.dumps(data))
    cut = tmp_path / "cut.json"
    cut.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    for bad, words in (
        (wrong, "clients[1].sessions[0].planned_minutes must be a whole number"),
        (cut, "ends early"),
    ):
        target = tmp_path / f"new-{bad.stem}"
        code, out, err = _run(capsys, "import", str(bad), "--vault", str(target), stdin="")
        assert code == 2
        assert words in err
        assert err.count("\n") == 1
        assert err.startswith("counsel-desk: ")
        assert out == ""
        assert not target.exists()


def test_export_refuses_a_missing_folder_and_a_wrong_name(
    demo_vault: Path, tmp_path: Path, capsys
) -> None:
    code, _out, err = _run(capsys, "export", "--vault", str(demo_vault), "--passphrase-stdin",
                           "-o", str(tmp_path / "no" / "x.json"))  # fmt: skip
    assert code == 1
    assert "does not exist" in err
    code, _out, err = _run(capsys, "export", "--vault", str(demo_vault), "--passphrase-stdin",
                           "-o", str(tmp_path / "x.txt"))  # fmt: skip
    assert code == 2
    code, _out, err = _run(capsys, "export", "--vault", str(demo_vault), "--passphrase-stdin",
                           "-o", str(tmp_path / "x.json"), stdin="wrong passphrase\n")  # fmt: skip
    assert code == 3
    assert not (tmp_path / "x.json").exists()


def test_a_real_process_round_trip_leaves_no_temp_files(demo_vault: Path, tmp_path: Path) -> None:
    temp = tmp_path / "tmp"
    temp.mkdir()
    env = {**os.environ, "TMPDIR": str(temp)}
    out = tmp_path / "out"
    out.mkdir()

    def run(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, "-m", "counsel_desk", *args, "--passphrase-stdin"],
            input=f"{PASSPHRASE}\n", capture_output=True, text=True, env=env, timeout=120,
            check=False,
        )  # fmt: skip

    done = run("export", "--vault", str(demo_vault), "-o", str(out / "v.json"))
    assert done.returncode == 0, done.stderr
    assert "not encrypted" in done.stdout
    done = run("import", str(out / "v.json"), "--vault", str(tmp_path / "new"))
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    assert list(temp.iterdir()) == []
    assert [p.name for p in out.iterdir()] == ["v.json"]
