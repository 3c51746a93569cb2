"""A key one view claims for itself gives way there only for the actions that share it: the
Contract tab's Ctrl+P takes Ctrl+P from the note's Print while it is in front, and leaves
Ctrl+N (held by New note everywhere Clients does not claim it) alone."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence

from counsel_desk.ui.shortcuts import ELSEWHERE, ScopedKeys, apply_scoped


def _action(qapp, text: str, key: str) -> QAction:
    action = QAction(text, qapp)
    action.setShortcut(QKeySequence(key))
    return action


def _keys(action: QAction) -> list[str]:
    return [k.toString() for k in action.shortcuts()]


def test_a_claim_is_per_key(qapp) -> None:
    new_note = _action(qapp, "New note", "Ctrl+N")
    add_client = _action(qapp, "Add client", "Ctrl+N")
    print_note = _action(qapp, "Print note", "Ctrl+P")
    print_contract = _action(qapp, "Print contract", "Ctrl+P")
    scoped = [
        ScopedKeys(new_note, new_note.shortcuts(), ELSEWHERE, "in every other view"),
        ScopedKeys(add_client, add_client.shortcuts(), ("Clients",), "in Clients"),
        ScopedKeys(print_note, print_note.shortcuts(), ELSEWHERE, "in every other view"),
        ScopedKeys(print_contract, print_contract.shortcuts(), ("Contract",), "on the tab"),
    ]
    apply_scoped(scoped, "Contract")
    assert _keys(new_note) == ["Ctrl+N"]  # Contract claims Ctrl+P, not Ctrl+N
    assert _keys(print_note) == []
    assert _keys(print_contract) == ["Ctrl+P"]
    apply_scoped(scoped, "Notes")
    assert (_keys(print_note), _keys(print_contract)) == (["Ctrl+P"], [])
    apply_scoped(scoped, "Clients")
    assert (_keys(new_note), _keys(add_client), _keys(print_note)) == ([], ["Ctrl+N"], ["Ctrl+P"])
