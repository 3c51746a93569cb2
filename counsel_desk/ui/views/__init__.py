"""The views the main window composes: one module per view."""
