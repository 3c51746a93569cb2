"""The Qt user interface. Nothing outside this package imports Qt; ``app.run_gui`` is the
entry point the CLI calls (lazily, so the CLI starts without Qt)."""
