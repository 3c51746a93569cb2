"""QtGui's Qt plugins for the bundle, less the ones Counsel Desk never uses.

PyInstaller's own hook for ``PySide6.QtGui`` collects every plugin of QtGui's kinds; this
one (found first through the spec's ``hookspath``) takes its list and leaves out:

- plugins that need QtNetwork (``generic/qtuiotouchplugin``: TUIO over UDP; the ``vnc``
  platform), so the bundle holds no network module at all;
- platforms for devices without a window system (``eglfs``, ``linuxfb``, ``vkkhrdisplay``,
  ``minimalegl``, ``minimal``) and their input and EGL plugins (``generic``,
  ``egldeviceintegrations``); ``direct2d`` on Windows;
- OpenGL and Vulkan integrations (``xcbglintegrations``,
  ``wayland-graphics-integration-client``): every window is painted by the CPU (raster);
- the GTK 3 theme (it needs the desktop's GTK and drags cairo, pango and GDK into the
  bundle); the XDG desktop portal theme still follows the desktop's light or dark scheme;
- Wayland shells other than ``xdg-shell``, the one desktops use;
- image formats other than SVG (icon themes): PNG, which the app's icons are, is built in.

``tests/packaging/test_bundle.py`` lists what a Linux bundle holds, so a new Qt release
that adds a plugin is noticed.
"""

from __future__ import annotations

from pathlib import PurePath

from PyInstaller.utils.hooks.qt import add_qt6_dependencies

DROPPED_KINDS = {
    "generic",
    "egldeviceintegrations",
    "xcbglintegrations",
    "wayland-graphics-integration-client",
}
DROPPED = {
    "platforms": {
        "qeglfs",
        "qlinuxfb",
        "qvkkhrdisplay",
        "qminimalegl",
        "qminimal",
        "qvnc",
        "qdirect2d",
    },
    "platformthemes": {"qgtk3"},
}
KEPT_ONLY = {
    "wayland-shell-integration": {"xdg-shell"},
    "imageformats": {"qsvg"},
}


def plugin_name(path: str) -> str:
    """``…/libqxcb.so`` → ``qxcb``; ``…\\qwindows.dll`` → ``qwindows``."""
    name = PurePath(path).name.split(".")[0]
    return name[3:] if name.startswith("lib") else name


def wanted(source: str, destination: str) -> bool:
    parts = PurePath(destination).parts
    if "plugins" not in parts or parts[-1] == "plugins":
        return True
    kind = parts[parts.index("plugins") + 1]
    name = plugin_name(source)
    if kind in DROPPED_KINDS or name in DROPPED.get(kind, ()):
        return False
    return kind not in KEPT_ONLY or name in KEPT_ONLY[kind]


hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
binaries = [
    (source, destination) for source, destination in binaries if wanted(source, destination)
]
