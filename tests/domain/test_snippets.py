"""Snippets mark what the index would match, around the first match, show a note's words
without their Markdown, never glue two words together, and never fail."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from counsel_desk.domain.search_query import SearchQuery, parse_query
from counsel_desk.domain.snippets import make_snippet
from counsel_desk.domain.tokenizer import words

S, E = "[", "]"


def snip(text: str | list[str], typed: str, **kwargs: object) -> str:
    columns = [text] if isinstance(text, str) else text
    return make_snippet(columns, parse_query(typed), S, E, **kwargs)


def test_prefix_case_and_diacritics_are_marked() -> None:
    text = "Earlier she said the Café felt safe; cafés in general do not."
    assert snip(text, "cafe") == "Earlier she said the [Café] felt safe; [cafés] in general do not."


def test_a_phrase_is_marked_whole_and_only_where_its_words_follow_each_other() -> None:
    text = "Talked about self harm, self-harm and selfhood; harm to self."
    assert snip(text, '"self harm"') == (
        "Talked about [self harm], [self-harm] and selfhood; harm to self."
    )


def test_a_word_with_an_apostrophe_marks_that_word_only() -> None:
    text = "I don't want to go back there today."
    assert snip(text, "don't") == "I [don't] want to go back there today."


def test_window_starts_near_the_first_match_and_shows_elisions() -> None:
    words_ = [f"w{i}" for i in range(40)]
    words_[25] = "grief"
    assert snip(" ".join(words_), "grief", width=8) == "…w23 w24 [grief] w26 w27 w28 w29 w30…"


def test_a_later_column_is_used_when_the_first_has_no_match() -> None:
    assert snip(["nothing here", "Zebrafinch mentioned later."], "zebra") == (
        "[Zebrafinch] mentioned later."
    )


def test_a_lead_is_shown_but_never_matched() -> None:
    assert snip(["", "sleep, tags"], "tag", leads=["", "Tags: "]) == "Tags: sleep, [tags]"
    assert snip(["", "sleep, work"], "tags", leads=["", "Tags: "]) == "Tags: sleep, work"


def test_no_match_gives_the_opening_words_unmarked() -> None:
    assert snip("## What the client brought", "zzz") == "What the client brought"
    assert snip("", "a") == ""
    assert snip(["", "  ", "Only the title"], "zzz") == "Only the title"


def test_a_window_ending_a_sentence_needs_no_ellipsis() -> None:
    assert snip("She slept well. More words follow here.", "slept", width=2) == "…[slept] well."


def test_emphasis_keeps_the_space_between_words() -> None:
    """Issue #9 item 7: "*slower* speech" showed as "slowerspeech"."""
    assert snip("*slower* speech", "speech") == "slower [speech]"
    assert snip("She noticed **slower** speech and _longer_ pauses.", "pauses", width=40) == (
        "She noticed slower speech and longer [pauses]."
    )
    assert snip("~~struck~~ out, `code` here", "out") == "struck [out], code here"


def test_headings_paragraphs_lists_and_quotes_do_not_run_together() -> None:
    body = (
        "## What seemed to matter most\n\nReturning to sleep, they said the **early** waking"
        " eased.\n\n## Next time\n\nWe agreed to review."
    )
    assert snip(body, "sleep", width=40) == (
        "What seemed to matter most — Returning to [sleep], they said the early waking eased. "
        "Next time — We agreed to review."
    )
    assert snip("Plan:\n- walk daily\n- sleep log\n> a quote", "walk") == (
        "Plan: [walk] daily — sleep log — a quote"
    )
    assert snip("She said\nthat it helped", "said") == "She [said] that it helped"


def test_names_with_underscores_and_marker_characters_in_a_note() -> None:
    assert snip("not_a_word and _x_", "word x") == "not_a_[word] and [x]"
    assert snip("odd \ue000 mark here", "here") == "odd \ufffd mark [here]"


WORD = st.sampled_from(["sleep", "Café", "don't", "self-harm", "work", "a", "I", "naïve", "ok"])
GAP = st.sampled_from(
    [" ", "  ", "\n", "\n\n", "\n\n## ", "\n- ", "\n> ", " *", "* ", " **", "** ", " _", "_ ",
     ", ", ". ", " — ", "\t", " `", "` ", "~~ ", " ~~", "\r\n"]
)  # fmt: skip
MARKDOWN = st.lists(st.tuples(WORD, GAP), min_size=1, max_size=30).map(
    lambda pairs: "".join(word + gap for word, gap in pairs)
)


@settings(max_examples=300, deadline=None)
@given(MARKDOWN, st.sampled_from(["sleep", "cafe", "don't", "self", "wor", "a", '"self harm"']))
def test_words_shown_are_the_notes_own_words_in_order_never_glued(text: str, typed: str) -> None:
    """Every gap here holds a space or a line break, so no two words may be shown as one."""
    out = snip(text, typed)
    shown = words(out.replace(S, " ").replace(E, " ").replace("…", " "))
    note = words(text)
    assert shown, out
    starts = [i for i in range(len(note)) if note[i : i + len(shown)] == shown]
    assert starts, (out, shown, note)


@settings(max_examples=300, deadline=None)
@given(MARKDOWN, st.sampled_from(["sleep", "cafe", "don't", "self", "wor", "a", '"self harm"']))
def test_every_marked_piece_is_a_match_of_the_query(text: str, typed: str) -> None:
    query = parse_query(typed)
    out = make_snippet([text], query, S, E)
    assert out.count(S) == out.count(E)
    for piece in out.split(S)[1:]:
        marked = piece.split(E, 1)[0]
        assert any(SearchQuery((term,)).matches(marked) for term in query.terms), marked


@given(
    st.lists(st.text(max_size=200), min_size=1, max_size=4),
    st.text(max_size=30),
)
def test_never_fails_and_markers_pair_up(columns: list[str], typed: str) -> None:
    out = make_snippet(columns, parse_query(typed), "\ue000", "\ue001")
    assert out.count("\ue000") == out.count("\ue001")
    assert "\ue000\ue000" not in out
