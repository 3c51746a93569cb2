"""Use cases over the vault's repositories. No Qt widgets, no SQL."""
