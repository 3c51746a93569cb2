"""T7 (core dumps): the entry point turns off core dumps, and on Linux makes the process
non-dumpable, before any secret is read, for the commands and for the app; and the helpers
that keep secret text out of Python's immutable strings do what they say."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from testkit import PASSPHRASE

from counsel_desk import hardening


def _child(script: str, *args: str, stdin: str = "") -> list[str]:
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(script), *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.splitlines()


def test_a_command_reads_its_secret_only_after_core_dumps_are_off(
    closed_vault: tuple[Path, str],
) -> None:
    assert sys.platform.startswith("linux"), "PR_SET_DUMPABLE is Linux's (CI runs Linux)"
    folder, _ = closed_vault
    lines = _child(
        """
        import resource, sys
        from counsel_desk import cli, hardening
        print("before", hardening.is_dumpable(), resource.getrlimit(resource.RLIMIT_CORE)[0])
        real = cli.SecretSource.read
        def read(self, prompt):
            print("reading", hardening.is_dumpable(), resource.getrlimit(resource.RLIMIT_CORE))
            return real(self, prompt)
        cli.SecretSource.read = read
        print("exit", cli.main(["verify", "--vault", sys.argv[1], "--passphrase-stdin"]))
        """,
        str(folder),
        stdin=PASSPHRASE + "\n",
    )
    assert lines[0].startswith("before True")  # the control: a process starts dumpable
    assert "reading False (0, 0)" in lines
    assert lines[-1] == "exit 0"


def test_the_app_is_hardened_before_its_first_window(closed_vault: tuple[Path, str]) -> None:
    folder, _ = closed_vault
    lines = _child(
        """
        import resource, sys
        from counsel_desk import cli, hardening
        import counsel_desk.ui.app as app
        def run_gui(vault_dir, **kwargs):
            print("window", hardening.is_dumpable(), resource.getrlimit(resource.RLIMIT_CORE))
            return 0
        app.run_gui = run_gui
        print("exit", cli.main(["--vault", sys.argv[1]]))
        """,
        str(folder),
    )
    assert lines == ["window False (0, 0)", "exit 0"]


def test_harden_process_says_what_it_did() -> None:
    assert sys.platform.startswith("linux")
    lines = _child(
        """
        from counsel_desk import hardening
        print(hardening.harden_process(), hardening.is_dumpable())
        """
    )
    assert lines == ["['RLIMIT_CORE=0', 'PR_SET_DUMPABLE=0'] False"]


@given(st.text(alphabet=st.characters(exclude_categories=("Cs",)), max_size=40))
def test_utf8_bytearray_is_utf8(text: str) -> None:
    assert hardening.utf8_bytearray(text) == text.encode("utf-8")


def test_utf8_bytearray_refuses_a_lone_surrogate() -> None:
    with pytest.raises(UnicodeEncodeError):
        hardening.utf8_bytearray("abc\ud800")


def test_wipe_str_overwrites_a_fresh_string_in_place() -> None:
    for text in ("".join(["pass", "phrase 42"]), "".join(["pâss", "phrâse"])):
        length = len(text)
        assert hardening.wipe_str(text)
        assert text == "\0" * length


def test_wipe_str_leaves_what_it_cannot_safely_touch() -> None:
    one = chr(ord("q"))  # a cached single character
    wide = "".join(["日本", "語の文"])
    assert not hardening.wipe_str(one)
    assert one == "q"
    assert not hardening.wipe_str(wide)
    assert wide == "日本語の文"
    assert not hardening.wipe_str(b"bytes")  # type: ignore[arg-type]


def test_zero() -> None:
    buf = bytearray(b"secret data")
    hardening.zero(buf)
    assert buf == bytearray(len(b"secret data"))
    hardening.zero(bytearray())


def test_the_heap_scrub_runs_here() -> None:
    assert sys.platform.startswith("linux")
    assert hardening.scrub_freed_heap() is True
