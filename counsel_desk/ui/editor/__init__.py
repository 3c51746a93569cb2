"""The note editor: writing a note, autosaving it, finalising and amending it."""
