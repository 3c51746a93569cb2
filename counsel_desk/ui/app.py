"""The GUI entry point the CLI calls: ``run_gui(vault_dir, ...)``.

Before Qt is touched, a Linux check for the X11 libraries Qt's xcb plugin needs turns Qt's
fatal plugin dump into one sentence naming the Debian packages.
"""

from __future__ import annotations

import logging
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon

log = logging.getLogger(__name__)

XCB_LIBRARIES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
}
MISSING_XCB = (
    "Counsel Desk cannot open its window because Qt's X11 (xcb) platform plugin is missing "
    "system libraries: install the Debian packages libxcb-cursor0 libxcb-icccm4 "
    "libxcb-keysyms1 libxkbcommon-x11-0 (or, to run without a display, set "
    "QT_QPA_PLATFORM=offscreen)."
)
NO_DISPLAY = (
    "Counsel Desk cannot open its window because no display was found (DISPLAY is not set); "
    "run it from a desktop session, or set QT_QPA_PLATFORM=offscreen to run without one."
)
QT_MISSING = (
    "Counsel Desk cannot load Qt ({error}); reinstall the pyside6-essentials package, and on "
    "Debian install libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxkbcommon-x11-0."
)


def _uses_xcb() -> bool:
    """Whether Qt will load its xcb plugin: on Linux, unless told or able to use another."""
    if not sys.platform.startswith("linux"):
        return False
    requested = os.environ.get("QT_QPA_PLATFORM", "").split(";")[0].split(":")[0].strip()
    if requested:
        return requested == "xcb"
    wayland = os.environ.get("WAYLAND_DISPLAY") and os.environ.get("XDG_SESSION_TYPE") == "wayland"
    return not wayland


def missing_xcb_libraries() -> list[str]:
    """Debian packages whose libraries the xcb plugin needs but cannot load."""
    import ctypes

    missing = []
    for library, package in XCB_LIBRARIES.items():
        try:
            ctypes.CDLL(library)
        except OSError:
            missing.append(package)
    return missing


def platform_problem() -> str | None:
    """One sentence saying why Qt could not open a window here, or None."""
    if not _uses_xcb():
        return None
    if missing_xcb_libraries():
        return MISSING_XCB
    if not os.environ.get("DISPLAY"):
        return NO_DISPLAY
    return None


ICON_SIZES = (16, 22, 24, 32, 48, 64, 96, 128, 256)  # as drawn; 512 is for the desktop only


def app_icon() -> QIcon:
    """The app's icon (``counsel_desk/resources/icons``, rendered from ``resources/icons``)
    at each size it was drawn for; Qt reads a size only when a window needs it.

    Found beside the package's own file rather than through ``importlib.resources``, which
    would add ~20 ms to start-up for a path that is the same in a checkout, a wheel and the
    bundle."""
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QIcon

    import counsel_desk
    from counsel_desk import APP_ID

    folder = Path(counsel_desk.__file__).parent / "resources" / "icons"
    icon = QIcon()
    for size in ICON_SIZES:
        icon.addFile(str(folder / f"{APP_ID}-{size}.png"), QSize(size, size))
    return icon


def _show_error_not_traceback(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> None:
    """An exception escaping a slot: its sentence on screen, the traceback only in the log."""
    from counsel_desk.domain.errors import CounselDeskError
    from counsel_desk.ui import alerts, workers
    from counsel_desk.ui.i18n import error_text

    if isinstance(exc, CounselDeskError):
        alerts.error(None, error_text(exc))
        return
    log.error("unexpected error", exc_info=(exc_type, exc, tb))
    from PySide6.QtCore import QCoreApplication

    alerts.error(None, QCoreApplication.translate("workers", workers.UNEXPECTED))


def _quit_on_signals(quit_app: Callable[[], None]) -> Callable[[], None]:
    """SIGTERM (logout, shutdown, ``kill``), SIGINT and SIGHUP quit the way the menu does:
    drafts saved, the vault closed, a demo vault removed. Returns the undo."""
    import signal

    from PySide6.QtCore import QTimer

    wanted = [signal.SIGTERM, signal.SIGINT]
    if hasattr(signal, "SIGHUP"):
        wanted.append(signal.SIGHUP)
    previous = {sig: signal.signal(sig, lambda _n, _f: quit_app()) for sig in wanted}
    # Python runs signal handlers only between bytecodes; a timer lets it look in while
    # Qt's event loop is waiting.
    wake = QTimer()
    wake.timeout.connect(lambda: None)
    wake.start(200)

    def restore() -> None:
        wake.stop()
        for sig, handler in previous.items():
            signal.signal(sig, handler)

    return restore


OPEN_TIMEOUT_S = 60
NOT_OPENED = (
    "Counsel Desk did not open the vault within {seconds} seconds of starting, so it has "
    "quit; run it again without --exit-when-ready to see what it shows."
)


def run_gui(
    vault_dir: Path,
    *,
    demo_passphrase: str | None = None,
    exit_when_ready: bool = False,
    exit_when_open: bool = False,
) -> int:
    """Show the create, unlock or problem window for ``vault_dir`` and run until quit.

    ``exit_when_ready``: quit once the first window is painted (start-up benchmarks).
    ``exit_when_open`` (with ``demo_passphrase``): unlock with it as a practitioner would
    (Unlock, on the passphrase the demo fills in), and quit once the main window is painted;
    1 if it was not within ``OPEN_TIMEOUT_S`` (the bundle's smoke test)."""
    problem = platform_problem()
    if problem:
        print(problem, file=sys.stderr)
        return 1
    try:
        from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
        from PySide6.QtWidgets import QApplication
    except ImportError as exc:
        print(QT_MISSING.format(error=exc), file=sys.stderr)
        return 1

    from counsel_desk import APP_ID, APP_NAME, __version__
    from counsel_desk.ui.controller import AppController

    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "counsel-desk"])
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)  # Wayland and GNOME match windows to the launcher by it
    app.setWindowIcon(app_icon())  # X11 title bars and task switchers
    app.setQuitOnLastWindowClosed(False)  # the controller swaps windows and decides
    from counsel_desk.ui.i18n import install_translators

    install_translators(app)  # the system language's, if the app carries one; owned by app

    controller = AppController(Path(vault_dir), demo_passphrase=demo_passphrase)
    controller.quit_requested.connect(app.quit)
    app.aboutToQuit.connect(controller.shutdown)
    window = controller.start()

    class _FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                watched.removeEventFilter(self)
                # for start-up benchmarks: when the window was first painted, on the clock
                # every process shares, so the measure leaves out quitting
                print(f"ready {time.monotonic():.6f}", flush=True)
                QTimer.singleShot(0, app.quit)
            return False

    first_paint = _FirstPaint()
    give_up = QTimer()  # a platform that never paints still returns
    give_up.setSingleShot(True)
    give_up.timeout.connect(app.quit)
    opened: list[float] = []
    if exit_when_open and demo_passphrase:
        from counsel_desk.ui.smoke import open_then_quit

        open_then_quit(controller, window, opened.append, app.quit)
        give_up.start(OPEN_TIMEOUT_S * 1000)
    elif exit_when_ready:
        window.installEventFilter(first_paint)
        give_up.start(5000)
    previous_hook = sys.excepthook
    sys.excepthook = _show_error_not_traceback
    restore_signals = _quit_on_signals(controller.quit)
    try:
        code = app.exec()
    finally:
        restore_signals()
        sys.excepthook = previous_hook
        give_up.stop()
        controller.shutdown()
        workers = sys.modules.get("counsel_desk.ui.workers")  # not loaded: nothing ran
        if workers is not None:
            workers.wait()
    if exit_when_open and demo_passphrase:
        if opened:
            return 0
        print(NOT_OPENED.format(seconds=OPEN_TIMEOUT_S), file=sys.stderr)
        return 1
    if exit_when_ready:
        return 0
    return code or controller.exit_code
