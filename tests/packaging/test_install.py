"""packaging/install.sh: the program, its launcher, its metadata and its icons where a Linux
desktop looks for them (XDG), and all of it gone again on --uninstall."""

from __future__ import annotations

import os
import shutil
import struct
from pathlib import Path

from packkit import (
    DESKTOP,
    INSTALL,
    METAINFO,
    ROOT,
    run,
    share_files,
    tree,
    validate_desktop,
)

from counsel_desk import APP_ID


def fake_program(path: Path, says: str = "the program ran") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"#!/bin/sh\necho '{says}'\n")
    path.chmod(0o755)
    return path


def fake_bundle(folder: Path) -> Path:
    """A folder shaped as build.sh leaves dist/counsel-desk: the program, its files, the
    desktop's files staged in share/, and install.sh beside them."""
    fake_program(folder / "counsel-desk", "the bundle ran")
    (folder / "_internal").mkdir()
    (folder / "_internal" / "libsomething.so").write_bytes(b"\x7fELF")
    staged = run(INSTALL, "--stage", folder / "share")
    assert staged.returncode == 0, staged.stderr
    shutil.copy2(INSTALL, folder / "install.sh")
    return folder


def entry_line(desktop: Path, key: str) -> str:
    lines = desktop.read_text().splitlines()
    return next(line.split("=", 1)[1] for line in lines if line.startswith(f"{key}="))


def png_size(path: Path) -> tuple[int, int]:
    head = path.read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", head[16:24])


def test_puts_the_launcher_metadata_and_every_icon_where_a_desktop_looks(tmp_path):
    program = fake_program(tmp_path / "venv" / "bin" / "counsel-desk")
    prefix = tmp_path / "home" / ".local"
    done = run(INSTALL, "--prefix", prefix, "--exec", program)
    assert done.returncode == 0, done.stderr
    assert done.stdout.count("\n") == 1
    assert str(program) in done.stdout
    share = prefix / "share"
    assert share_files() <= tree(share)
    assert tree(share) - share_files() <= {"applications/mimeinfo.cache"}  # the desktop's own
    for name in share_files():
        mode = (share / name).stat().st_mode & 0o777
        assert mode == 0o644, (name, oct(mode))
        if name.endswith(".png"):
            edge = int(name.split("/")[2].split("x")[0])
            assert png_size(share / name) == (edge, edge)
    scalable = share / f"icons/hicolor/scalable/apps/{APP_ID}.svg"
    assert scalable.read_bytes() == (ROOT / f"resources/icons/{APP_ID}.svg").read_bytes()
    assert (share / f"metainfo/{APP_ID}.metainfo.xml").read_bytes() == METAINFO.read_bytes()
    desktop = share / f"applications/{APP_ID}.desktop"
    checked = validate_desktop(desktop)
    assert checked.returncode == 0
    assert not checked.stdout.strip(), checked.stdout
    # ~/.local/bin is not on every PATH: the launcher runs the program by its full path
    assert entry_line(desktop, "Exec") == f'"{program}"'
    assert entry_line(desktop, "TryExec") == str(program)
    assert [line for line in desktop.read_text().splitlines() if "Exec" not in line] == [
        line for line in DESKTOP.read_text().splitlines() if "Exec" not in line
    ]
    assert not (prefix / "bin").exists()
    assert not (prefix / "lib").exists()


def test_uninstall_takes_away_only_what_install_put(tmp_path):
    program = fake_program(tmp_path / "counsel-desk")
    prefix = tmp_path / "prefix"
    theirs = prefix / "share/applications/someone-else.desktop"
    theirs.parent.mkdir(parents=True)
    theirs.write_text("[Desktop Entry]\n")
    other_icon = prefix / "share/icons/hicolor/48x48/apps/other.png"
    other_icon.parent.mkdir(parents=True)
    other_icon.write_bytes(b"png")
    assert run(INSTALL, "--prefix", prefix, "--exec", program).returncode == 0
    done = run(INSTALL, "--prefix", prefix, "--uninstall")
    assert done.returncode == 0, done.stderr
    assert "vault" in done.stdout  # says the vault was left alone
    left = tree(prefix)
    assert {
        "share/applications/someone-else.desktop",
        "share/icons/hicolor/48x48/apps/other.png",
    } <= left
    assert not [name for name in left if APP_ID in name]
    assert not (prefix / "share/icons/hicolor/512x512").exists()  # its empty folders too
    assert program.exists()


def test_a_bundle_goes_in_lib_with_its_program_linked_from_bin(tmp_path):
    bundle = fake_bundle(tmp_path / "download" / "counsel-desk")
    prefix = tmp_path / "prefix"
    done = run(bundle / "install.sh", "--prefix", prefix)  # from the bundle's own folder
    assert done.returncode == 0, done.stderr
    installed = prefix / "lib" / "counsel-desk"
    assert tree(installed) == tree(bundle)  # install.sh too: it uninstalls from there
    link = prefix / "bin" / "counsel-desk"
    assert link.is_symlink()
    assert os.readlink(link) == "../lib/counsel-desk/counsel-desk"
    assert run(link).stdout == "the bundle ran\n"
    desktop = prefix / f"share/applications/{APP_ID}.desktop"
    assert entry_line(desktop, "Exec") == f'"{link}"'
    shutil.rmtree(bundle.parent)  # the download can go

    again = run(installed / "install.sh")  # from the installed copy: its own prefix
    assert again.returncode == 0, again.stderr
    assert str(prefix) in again.stdout
    assert run(link).stdout == "the bundle ran\n"
    gone = run(installed / "install.sh", "--uninstall")
    assert gone.returncode == 0, gone.stderr
    assert not installed.exists()
    assert not link.is_symlink()
    assert not [name for name in tree(prefix) if APP_ID in name]


def test_destdir_stages_for_a_package_with_paths_of_the_prefix(tmp_path):
    bundle = fake_bundle(tmp_path / "counsel-desk")
    stage = tmp_path / "stage"
    done = run(INSTALL, "--bundle", bundle, "--prefix", "/usr", "--destdir", stage)
    assert done.returncode == 0, done.stderr
    desktop = stage / f"usr/share/applications/{APP_ID}.desktop"
    assert entry_line(desktop, "Exec") == '"/usr/bin/counsel-desk"'
    assert (stage / "usr/lib/counsel-desk/counsel-desk").is_file()
    assert not (stage / "usr/share/applications/mimeinfo.cache").exists()  # nothing refreshed


def test_refuses_with_one_sentence_and_writes_nothing(tmp_path):
    program = fake_program(tmp_path / "a$b" / "counsel-desk")
    prefix = tmp_path / "prefix"
    for args, says in (
        (("--prefix", prefix, "--exec", program), "launcher cannot run"),
        (("--prefix", "relative/folder", "--exec", program), "absolute"),
        (("--prefix", prefix, "--exec", "counsel-desk"), "full path"),
        (("--prefix", prefix, "--bundle", tmp_path / "nothing"), "packaging/build.sh"),
        (("--prefix", prefix, "--colour", "blue"), "unknown option"),
    ):
        done = run(INSTALL, *args)
        assert done.returncode == 2, (args, done.stderr)
        assert done.stderr.count("\n") == 1, done.stderr
        assert says in done.stderr, done.stderr
        assert not prefix.exists()
