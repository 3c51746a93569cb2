"""The Qt user interface: the only package that uses Qt widgets. ``app.run_gui`` is the
entry point the CLI calls (lazily, so the CLI starts without Qt); ``controller.py`` keeps
the lock state machine, ``main_window.py`` composes the views of ``views/``."""
