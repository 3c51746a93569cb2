"""The views the main window composes, each registered once in ``registry.py``.

- ``base.py``: ``View``, the two signals and the methods the main window may use.
- ``registry.py``: every view's registration (name, keys, needs, intents, where it lives).
- ``today.py``, ``clients.py``, ``search.py``: the views of the window.
- ``client_page.py``: one client's page, its header and a tab per view registered for it.
- ``sessions.py``: the Sessions tab.
- ``notes.py``: the Notes tab; ``note_list.py`` is its left column, ``notes_actions.py``
  its dialogs, printing and menu entries.
- ``table.py``: the sortable record table with an empty state (Clients, Sessions).
"""
