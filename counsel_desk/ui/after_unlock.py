"""Sentences to say after the next unlock, kept in memory across a lock.

A lock closes every window that shows a secret, at once and without asking. When that
loses something the practitioner still needed (a recovery key not yet confirmed stored),
the window leaves one sentence here, naming only a folder, never the secret; the
controller says it after the next unlock (``AppController._say_repairs``), once.
"""

from __future__ import annotations

_pending: dict[str, str] = {}


def note(key: str, sentence: str) -> None:
    """Keep ``sentence`` for the next unlock; one per ``key`` (a later one replaces it)."""
    _pending[key] = sentence


def withdraw(key: str) -> None:
    """No longer needed (the key was stored after all)."""
    _pending.pop(key, None)


def take() -> list[str]:
    """Every sentence kept, in order, and forget them."""
    sentences = list(_pending.values())
    _pending.clear()
    return sentences
