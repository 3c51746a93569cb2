"""The note templates demo notes are written in: their ids, how often a client has each as
their usual template, and their headings, the same as the built-in templates' Markdown in
``resources/templates/`` (a test holds them to it).
"""

from __future__ import annotations

SESSION_TEMPLATES: dict[str, tuple[str, ...]] = {
    "builtin:person_centred": (
        "What the client brought",
        "What seemed to matter most",
        "The relationship",
        "Safety",
        "Next time",
    ),
    "builtin:dap": ("Data", "Assessment", "Plan"),
    "builtin:birp": ("Behaviour", "Intervention", "Response", "Plan"),
    "builtin:soap": ("Subjective", "Objective", "Assessment", "Plan"),
}
TEMPLATE_WEIGHTS = (35, 25, 20, 20)  # in the order above
PROCESS_TEMPLATE = "builtin:process_reflection"
PROCESS_HEADINGS = (
    "My experience of the session",
    "Patterns and dynamics",
    "What I am wondering about",
    "For my own development",
)
