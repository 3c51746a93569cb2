"""Template hints: italic lines meant to be replaced, found in either Markdown spelling."""

from __future__ import annotations

from counsel_desk.domain.notes import hint_lines
from counsel_desk.services.templates import builtin_templates


def test_hint_lines_are_found_in_both_spellings_and_bold_is_not_a_hint():
    body = "## Plan\n\n*What comes next.*\n\n_An older hint._\n\n**Bold is text.**\n\nWritten."
    assert hint_lines(body) == ["*What comes next.*", "_An older hint._"]


def test_every_built_in_template_offers_hints():
    for template in builtin_templates():
        assert hint_lines(template.body), template.id


def test_built_in_templates_keep_a_blank_line_before_each_heading():
    for template in builtin_templates():
        lines = template.body.splitlines()
        for number, line in enumerate(lines[1:], start=1):
            if line.startswith("#"):
                assert lines[number - 1] == "", (template.id, line)
