"""The demo and scale generator: a fictional solo practice, deterministic for a seed.

Pure: it plans and writes nothing (``services/demo.py`` writes a plan into a vault), and it
imports only :mod:`counsel_desk.domain` and the standard library. Every name and sentence
is invented for this project; no real person's data or words, no measure's wording.

- :mod:`.practice` — the practice over the years: who gets in touch, when, for how long
  (:func:`~.practice.plan_practice`); :mod:`.plans` — the shapes of what is planned.
- :mod:`.diary` — weekly slots up to one practitioner's caseload, closures, one-off times.
- :mod:`.attendance` — what happened at each past session.
- :mod:`.identities` — fictional names and contact details.
- :mod:`.stories` — each client's story; :mod:`.notes` — the notes of a client's sessions,
  which :mod:`.note_writer` writes section by section in the note :mod:`.templates`, with
  the words made to fit by :mod:`.wording`.
- :mod:`.contracts` — each client's contract versions (agreed, superseded, drafts, reviews)
  and :mod:`.boundaries` — their boundary events; plans only, realised from the shipped
  contract templates by the writer.
- :mod:`.alliance` — each client's alliance (:func:`~.alliance.client_alliance`): the
  story and ruptures (:mod:`.alliance_story`), scores (:mod:`.scores`) and reflections;
  :mod:`.alliance_plans` — its shapes.
"""

from __future__ import annotations

GENERATION = 3  # bump when the same seed would generate different data (cached vaults)
