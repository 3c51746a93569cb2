"""Snippets mark what the index would match, around the first match, and never fail."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from counsel_desk.domain.snippets import fold, make_snippet

S, E = "[", "]"


def test_prefix_case_and_diacritics_are_marked():
    text = "Earlier she said the Café felt safe; cafés in general do not."
    assert make_snippet([text], [("cafe", False)], S, E) == (
        "Earlier she said the [Café] felt safe; [cafés] in general do not."
    )


def test_phrase_words_match_whole_words_only():
    text = "Talked about self harm and selfhood."
    out = make_snippet([text], [("self harm", True)], S, E)
    assert out == "Talked about [self] [harm] and selfhood."


def test_window_starts_near_the_first_match_and_shows_elisions():
    words = [f"w{i}" for i in range(40)]
    words[25] = "grief"
    out = make_snippet([" ".join(words)], [("grief", False)], S, E, width=8)
    assert out == "…w23 w24 [grief] w26 w27 w28 w29 w30…"


def test_a_later_column_is_used_when_the_first_has_no_match():
    out = make_snippet(["nothing here", "Zebrafinch mentioned later."], [("zebra", False)], S, E)
    assert out == "[Zebrafinch] mentioned later."


def test_no_match_gives_the_opening_words_unmarked():
    assert make_snippet(["## What the client brought"], [("zzz", False)], S, E) == (
        "What the client brought"
    )
    assert make_snippet([""], [("a", False)], S, E) == ""


def test_fold_strips_diacritics_and_case():
    assert fold("Naïve CAFÉ") == "naive cafe"


@given(
    st.lists(st.text(max_size=200), min_size=1, max_size=4),
    st.lists(st.tuples(st.text(max_size=20), st.booleans()), max_size=4),
)
def test_never_fails_and_markers_pair_up(columns, terms):
    out = make_snippet(columns, terms, "\ue000", "\ue001")
    assert out.count("\ue000") == out.count("\ue001")


def test_a_window_ending_a_sentence_needs_no_ellipsis():
    text = "She slept well. More words follow here."
    assert make_snippet([text], [("slept", False)], S, E, width=2) == "…[slept] well."


def test_headings_and_paragraphs_do_not_run_together():
    body = (
        "## What seemed to matter most\n\nReturning to sleep, they said the **early** waking"
        " eased.\n\n## Next time\n\nWe agreed to review."
    )
    out = make_snippet([body], [("sleep", False)], S, E, width=40)
    assert out == (
        "What seemed to matter most — Returning to [sleep], they said the early waking eased. "
        "Next time — We agreed to review."
    )
