"""Contracts and boundaries: the written agreement with each client, as data. Pure.

- :mod:`.terms` — the terms as numbers and choices (session length, fee, notice on each side,
  lateness, contact between sessions), their validation, and the same in words.
- :mod:`.parties` — the practice details a contract quotes, the client as it needs them,
  and the practice's defaults.
- :mod:`.clauses` — a clause, the standard clauses and which are essential, and why.
- :mod:`.placeholders` — ``{fee}`` and the rest, filled; what cannot be filled is reported.
- :mod:`.template` — templates as TOML, read and written (``resources/contracts/``).
- :mod:`.version` — a version: draft, agreed, superseded; editing a draft.
- :mod:`.checklist` — what stops a draft being agreed.
- :mod:`.history` — a client's versions: the one in force on a day; agreeing the next.
- :mod:`.notice` — whether a cancellation came at short notice.
- :mod:`.compare` — two versions, clause by clause and term by term.
- :mod:`.documents` — a version, and a comparison, as a document to print or save.
- :mod:`.boundaries` — agreed boundaries and the events that test them.
"""
