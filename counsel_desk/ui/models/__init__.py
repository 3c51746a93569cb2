"""Qt item models over what the services return; none holds a note's text.

| module | model |
| --- | --- |
| ``rows.py`` | the two bases: a sortable table of records, a list filled a page at a time |
| ``clients.py`` | the clients table, and finding a client by code or shown name |
| ``sessions.py`` | one client's sessions |
| ``diary.py`` | Today's tables of sessions |
| ``notes.py`` | one client's notes, a page at a time |
| ``search.py`` | search hits with their snippets, a page at a time from the search thread |
| ``boundary_events.py`` | one client's boundary events |
| ``supervision.py`` | the supervision log, clients by code |
"""
