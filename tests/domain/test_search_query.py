"""The search language: what is typed becomes quoted FTS5 terms, and the matcher marks exactly
what FTS5 itself matches and highlights (checked against the engine with hypothesis)."""

from __future__ import annotations

from fts_kit import highlight
from hypothesis import given, settings
from hypothesis import strategies as st

from counsel_desk.domain.search_query import MAX_TERMS, parse_query
from counsel_desk.domain.tokenizer import spans, tokens

S, E = "[", "]"


def _marked(text: str, spans: list[tuple[int, int]]) -> str:
    out, pos = [], 0
    for start, end in spans:
        out += [text[pos:start], S, text[start:end], E]
        pos = end
    return "".join([*out, text[pos:]])


def _terms(typed: str) -> list[tuple[tuple[str, ...], bool]]:
    return [(t.words, t.prefix) for t in parse_query(typed).terms]


def test_words_phrases_and_single_letters() -> None:
    assert _terms("anx") == [(("anx",), True)]
    assert _terms("a") == [(("a",), False)]  # a single letter matches only the word "a"
    assert _terms('"self harm" Café') == [(("self", "harm"), False), (("cafe",), True)]
    assert _terms("“curly quotes” too") == [(("curly", "quotes"), False), (("too",), True)]
    assert parse_query("a 5 xy").whole_letters == ("a", "5")


def test_punctuation_inside_a_word_makes_a_phrase_as_the_index_reads_it() -> None:
    assert _terms("don't") == [(("don", "t"), False)]  # "t" is one letter: whole
    assert _terms("self-har") == [(("self", "har"), True)]
    assert _terms("not_a_wo") == [(("not", "a", "wo"), True)]


def test_operators_brackets_and_stray_quotes_are_words_or_nothing() -> None:
    query = parse_query('anxiety AND NOT (work*) NEAR( col:x ^ "unbalanced')
    expression = query.match_expression
    assert expression == ('"anxiety"* "and"* "not"* "work"* "near"* "col x" "unbalanced"*')
    assert not parse_query('"" ( ) * ^ - + : \'')
    assert not parse_query("\ud800\x00")


def test_the_same_term_twice_counts_once_and_terms_are_capped() -> None:
    assert len(parse_query(" ".join(["the"] * 40)).terms) == 1
    assert len(parse_query("The the THE thé").terms) == 1
    many = " ".join(f"w{i}" for i in range(40))
    assert len(parse_query(many).terms) == MAX_TERMS


def test_dont_marks_the_word_not_every_word_starting_with_t() -> None:
    """The issue's example: `don't` used to mark "[don]'[t] want [to] go back [there] …"."""
    text = "I don't want to go back there today; I don't."
    query = parse_query("don't")
    assert _marked(text, query.spans(text)) == "I [don't] want to go back there today; I [don't]."
    assert highlight([text], query.match_expression, S, E) == [_marked(text, query.spans(text))]


def test_first_match_and_matches_among_agree_with_instances() -> None:
    text = "She said self harm, then self-harm; selfhood is different. Harm reduction."
    query = parse_query('"self harm" reduc')
    first = query.first_match(text)
    assert first is not None
    assert text[first.start : first.end] == "self harm"
    words = list(spans(text))
    assert words == [(t.start, t.end) for t in tokens(text)]
    among = [(m.first, m.last) for m in query.matches_among(text, words)]
    assert sorted(among) == sorted((m.first, m.last) for m in query.instances(text))
    assert query.first_match("nothing of the kind") is None


VOCAB = [
    "don't", "Don", "t", "a", "A", "I", "self-harm", "self", "harm", "café", "CAFE",
    "cafés", "anxiety", "anx", "work", "working", "homework", "wo", "the", "then", "th",
    "e\u0301", "naïve", "NAIVE", "Straße", "ss", "not_a_word", "**bold**", "_em_", "🙂",
    "x", "2024", "½", "ſ", "ﬁne",
]  # fmt: skip
SEPARATORS = [" ", "  ", "\n", "\n\n## ", ", ", "-", "'", "’", "_", "*", " — ", ".", "", "\t"]
TEXT = st.lists(st.tuples(st.sampled_from(VOCAB), st.sampled_from(SEPARATORS)), max_size=14).map(
    lambda pairs: "".join(word + sep for word, sep in pairs)
)
TYPED = st.lists(
    st.one_of(
        st.sampled_from(VOCAB),
        st.sampled_from(['"self harm"', '"a a"', '"don t"', "“the work”", '"', "AND", "*"]),
        st.text(max_size=6),
    ),
    min_size=1,
    max_size=4,
).map(" ".join)


@settings(max_examples=400, deadline=None)
@given(TEXT, TYPED)
def test_matches_and_marks_are_exactly_what_fts5_matches_and_highlights(
    text: str, typed: str
) -> None:
    query = parse_query(typed)
    if not query:
        return
    expected = highlight([text], query.match_expression, S, E)
    assert query.matches(text) == (expected is not None)
    if expected is not None:
        assert _marked(text, query.spans(text)) == expected[0]
        first = query.first_match(text)
        assert first is not None
        assert first.start == min(start for start, _end in query.spans(text))


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=40), st.text(max_size=40))
def test_any_typed_text_gives_an_expression_fts5_accepts(text: str, typed: str) -> None:
    query = parse_query(typed)
    if query:
        highlight([text], query.match_expression, S, E)  # raises if FTS5 refuses it
    for term in query.terms:
        assert term.words
        assert all(term.words)
        assert term.expression.startswith('"')
