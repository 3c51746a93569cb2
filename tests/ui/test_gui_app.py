"""The entry point the CLI calls: windows per vault state, quick exit, a clear platform error."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

from counsel_desk.ui import app


def test_exits_when_ready_on_a_new_vault(qapp, vault_dir):
    assert app.run_gui(vault_dir, exit_when_ready=True) == 0
    assert not vault_dir.exists()  # showing the create window creates nothing


def test_exits_when_ready_on_the_unlock_window(qapp, closed_vault):
    folder, _key = closed_vault
    assert app.run_gui(folder, demo_passphrase="demo words here", exit_when_ready=True) == 0


def test_exit_when_open_unlocks_paints_the_main_window_and_quits(qapp, closed_vault, capsys):
    """What ``--demo --exit-when-ready`` does (the bundle's smoke test): Unlock on the
    passphrase filled in, the main window painted, then quit with 0."""
    from testkit import PASSPHRASE

    folder, _key = closed_vault
    assert app.run_gui(folder, demo_passphrase=PASSPHRASE, exit_when_open=True) == 0
    said = [line.split()[0] for line in capsys.readouterr().out.splitlines()]
    assert said == ["ready", "opened"]


def test_demo_exit_when_ready_opens_the_demo_and_leaves_nothing(tmp_path):
    """``counsel-desk --demo --exit-when-ready`` from the checkout, as the bundle's smoke
    test runs it: the demo made, opened, painted, and its temporary folder gone."""
    import os

    scratch = tmp_path / "tmp"
    scratch.mkdir()
    env = {**os.environ, "TMPDIR": str(scratch), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-m", "counsel_desk", "--demo", "--exit-when-ready"],
        env=env, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert [line.split()[0] for line in done.stdout.splitlines()] == ["ready", "opened"]
    assert "Traceback" not in done.stderr
    assert list(scratch.iterdir()) == []


def test_exit_when_open_says_so_when_the_vault_did_not_open(
    qapp, closed_vault, monkeypatch, capsys
):
    folder, _key = closed_vault
    monkeypatch.setattr(app, "OPEN_TIMEOUT_S", 2)
    assert app.run_gui(folder, demo_passphrase="not the passphrase", exit_when_open=True) == 1
    out = capsys.readouterr()
    assert [line.split()[0] for line in out.out.splitlines()] == ["ready"]
    assert out.err.strip() == app.NOT_OPENED.format(seconds=2)


def test_the_app_has_its_icon_at_every_size_it_was_drawn_for(qapp, vault_dir):
    assert app.run_gui(vault_dir, exit_when_ready=True) == 0
    icon = qapp.windowIcon()
    assert sorted(s.width() for s in icon.availableSizes()) == list(app.ICON_SIZES)
    assert not icon.pixmap(48).isNull()


def test_missing_xcb_libraries_are_named_in_one_sentence(monkeypatch, capsys, vault_dir):
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setattr(app, "missing_xcb_libraries", lambda: ["libxcb-icccm4"])
    assert app.run_gui(vault_dir) == 1
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0
    assert "libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxkbcommon-x11-0" in err
    assert "QT_QPA_PLATFORM=offscreen" in err


@pytest.mark.parametrize(
    ("env", "uses_xcb"),
    [
        ({"QT_QPA_PLATFORM": "offscreen"}, False),
        ({"QT_QPA_PLATFORM": "xcb"}, True),
        ({"WAYLAND_DISPLAY": "wayland-0", "XDG_SESSION_TYPE": "wayland"}, False),
        ({}, True),
    ],
)
def test_which_platform_needs_xcb(monkeypatch, env, uses_xcb):
    monkeypatch.setattr(sys, "platform", "linux")
    for name in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY", "XDG_SESSION_TYPE"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    assert app._uses_xcb() is uses_xcb


def test_no_qt_at_import_and_no_network_modules_when_running(vault_dir):
    script = textwrap.dedent(
        f"""
        import sys
        import counsel_desk.ui.app as app
        assert not [m for m in sys.modules if m.startswith("PySide6")], "Qt imported early"
        code = app.run_gui({str(vault_dir)!r}, exit_when_ready=True)
        bad = [m for m in sys.modules if m.startswith(("PySide6.QtNetwork", "PySide6.QtWeb"))]
        assert not bad, bad
        sys.exit(code)
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr


def test_the_unlock_window_is_painted_without_the_costliest_qt_enums(closed_vault):
    """Start-up budget, checked by structure rather than by the clock: building the ``Qt``
    namespace's ~90 enums or QStyle's was a sixth of start-up (benchmarks/README.md). PySide6
    adds a class to its module's namespace only when it is first used."""
    folder, _key = closed_vault
    script = textwrap.dedent(
        f"""
        import sys
        from counsel_desk.cli import main
        code = main(["--vault", {str(folder)!r}, "--exit-when-ready"])
        import PySide6.QtCore, PySide6.QtWidgets
        print(sorted(set(vars(PySide6.QtCore)) & {{"Qt"}}))
        print(sorted(set(vars(PySide6.QtWidgets)) & {{"QStyle", "QSizePolicy"}}))
        sys.exit(code)
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("ready "), result.stdout  # it was painted, and said when
    assert lines[1:3] == ["[]", "[]"], result.stdout


def test_an_escaping_error_shows_its_sentence_not_a_traceback(alert_log, caplog):
    from counsel_desk.domain.errors import CounselDeskError
    from counsel_desk.ui.workers import UNEXPECTED

    error = CounselDeskError("The disk is full.")
    app._show_error_not_traceback(CounselDeskError, error, None)
    bug = KeyError("internal")
    app._show_error_not_traceback(KeyError, bug, None)
    assert alert_log.texts("error") == ["The disk is full.", UNEXPECTED]
    assert "unexpected error" in caplog.text


def test_sigterm_quits_cleanly_and_removes_the_demo_vault(tmp_path):
    """Logout or ``kill`` must save and close like Quit; a demo vault must not be left."""
    import os
    import signal
    import time

    temp = tmp_path / "tmp"
    temp.mkdir()
    env = {**os.environ, "TMPDIR": str(temp), "QT_QPA_PLATFORM": "offscreen"}
    errors = tmp_path / "stderr.txt"
    with errors.open("wb") as err_file:
        child = subprocess.Popen(
            [sys.executable, "-m", "counsel_desk", "--demo"],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=err_file,
        )
    try:
        deadline = time.monotonic() + 60
        while not list(temp.glob("counsel-desk-demo-*/vault/vault.lock")):
            assert child.poll() is None, errors.read_text()
            assert time.monotonic() < deadline, "the demo vault never appeared"
            time.sleep(0.1)
        time.sleep(3.0)  # normally the unlock window is up by now; if not, still clean
        child.send_signal(signal.SIGTERM)
        code = child.wait(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    err = errors.read_text()
    # 0 when the window was up (quit like the menu), 1 with a sentence if still building
    assert code == 0 or (code == 1 and "Cancelled; nothing was changed" in err), err
    assert "Traceback" not in err
    assert list(temp.iterdir()) == []


def test_sigterm_while_qt_is_imported_waits_for_the_import_then_cancels(tmp_path):
    """A SIGTERM inside shiboken's start-up used to abort the process (signal 6, the demo
    folder left behind); now it is held back until Qt is imported, then acted on."""
    import os

    script = tmp_path / "term_mid_import.py"
    script.write_text(
        "import importlib.abc, os, signal, sys\n"
        "from counsel_desk import cli\n"
        "signal.signal(signal.SIGTERM, cli._interrupt)\n"
        "class Kick(importlib.abc.MetaPathFinder):\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name == 'shiboken6':\n"
        "            os.kill(os.getpid(), signal.SIGTERM)\n"
        "        return None\n"
        "sys.meta_path.insert(0, Kick())\n"
        "try:\n"
        "    cli._import_qt_undisturbed()\n"
        "except KeyboardInterrupt:\n"
        "    print('cancelled after', 'PySide6.QtWidgets' in sys.modules)\n"
    )
    done = subprocess.run(
        [sys.executable, str(script)],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "cancelled after True"
