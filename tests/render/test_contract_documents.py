"""A contract as a document: the HTML and Markdown writers show its clauses, terms and where
the agreement stands; a comparison marks the changed words; the PDF has every page's footer
and the text, and is written whole (0600) through the same path as every export."""

from __future__ import annotations

import datetime as dt
import stat
from dataclasses import replace
from pathlib import Path

import pytest
from contractkit import CLIENT, DEFAULTS, agreed_history, draft
from renderkit import page_texts
from test_render_writers import html_words, markdown_words

from counsel_desk.domain.contract import version as v
from counsel_desk.domain.contract.compare import compare
from counsel_desk.domain.contract.documents import comparison_document, contract_document
from counsel_desk.domain.contract.parties import ClientFacts, PracticeDetails
from counsel_desk.domain.document import ExportFormat, Heading, Table
from counsel_desk.render.export import save_document
from counsel_desk.render.html import write_html
from counsel_desk.render.markdown import write_markdown
from counsel_desk.render.pdf import pdf_bytes

PRINTED = dt.datetime(2025, 3, 14, 16, 5)
AGREED_ON = dt.date(2024, 1, 15)


def agreed_pair():
    history = agreed_history(AGREED_ON, dt.date(2024, 9, 2), notice=(48, 72))
    return history.version(1), history.version(2)


def test_a_draft_reads_as_the_clients_copy_in_markdown_and_html() -> None:
    version = v.edit_clause(draft(), "social_media", enabled=False)
    doc = contract_document(version, CLIENT, printed_at=PRINTED)
    md = markdown_words(write_markdown(doc))
    page = html_words(write_html(doc))
    for words in (md, page):
        assert words.startswith("Counselling agreement")
        assert "Alex Morgan (C-014)" in words
        assert "Sam Rivers · the Guild of Counsellors, registration GC-40213" in words
        assert "1 · Draft, not yet agreed" in words
        assert "This agreement is between you, Alex Morgan, and me, Sam Rivers." in words
        assert "let me know at least 48 hours beforehand, by email or text message" in words
        assert "call Samaritans free on 116 123" in words
        assert "Notice you give to cancel 48 hours" in words.replace("|", "")
        assert "Social media and meeting by chance" not in words  # switched off
        assert "Working online or by phone" not in words  # off in the in-person template
        assert "nothing is agreed until we both sign it or say so" in words
        assert "Date: ______________" in words
        assert words.endswith(
            "Confidential · C-014 · contract version 1 · printed Fri 14 Mar 2025, 16:05"
        )
    headings = [b.text for b in doc.blocks if isinstance(b, Heading)]
    assert headings[0] == "Who this agreement is between"
    assert headings[-2:] == ["The terms at a glance", "Our agreement"]  # terms just before it
    assert "\n- call 999, or go to your nearest" in write_markdown(doc)  # a real list


def test_an_agreed_version_says_when_and_how_and_has_no_lines_to_sign() -> None:
    first, second = agreed_pair()
    doc = contract_document(second, CLIENT, printed_at=PRINTED)
    md = write_markdown(doc)
    assert "**Agreed on 2 September 2024**, agreed together in a session." in md
    assert "\\_\\_\\_" not in md
    table = next(b for b in doc.blocks if isinstance(b, Table))
    assert table.header == ("Term", "What we agreed")
    assert ("Notice you give to cancel", "3 days") in table.rows
    old = markdown_words(write_markdown(contract_document(first, CLIENT, printed_at=PRINTED)))
    assert "Replaced by a later version on 2 September 2024." in old
    assert "Agreed 15 January 2024 (agreed in a session); replaced by a later version" in old


def test_the_client_is_named_only_when_a_name_is_given() -> None:
    coded = ClientFacts("C-014", first_contact=CLIENT.first_contact)
    doc = contract_document(draft(), coded, printed_at=PRINTED)
    assert "Alex" not in doc.text()
    assert "between you, C-014, and me" in doc.text()


def test_what_is_not_filled_shows_as_typed_never_blank() -> None:
    version = v.set_practice(draft(), PracticeDetails(practitioner_name="Sam Rivers"))
    text = contract_document(version, CLIENT, printed_at=PRINTED).text()
    assert "I am a member of {professional_body}, number {registration_number}" in text
    md = write_markdown(contract_document(version, CLIENT, printed_at=PRINTED))
    assert "number {registration\\_number}" in md  # escaped, so it reads as typed
    assert "number {registration_number}" in markdown_words(md)


def test_typed_wording_cannot_become_markup_in_either_format() -> None:
    version = v.edit_clause(draft(), "fees", text="<b>{fee}</b> & [link](http://x) # no")
    doc = contract_document(version, replace(CLIENT, name="<i>Al</i>"), printed_at=PRINTED)
    page = write_html(doc)
    assert "<b>" not in page
    assert "<i>Al</i>" not in page
    assert "&lt;b&gt;£60&lt;/b&gt; &amp; [link](http://x) # no" in page
    md = write_markdown(doc)
    assert "\\<b\\>£60\\</b\\> \\& \\[link\\](http://x) \\# no" in md


def test_a_comparison_marks_the_changed_words_on_both_sides() -> None:
    first, second = agreed_pair()
    reviews_off = v.edit_clause(v.next_draft(second, 2), "reviews", enabled=False).clauses
    second_changed = replace(second, clauses=reviews_off)  # as if agreed that way
    doc = comparison_document(compare(first, second_changed, CLIENT), CLIENT, printed_at=PRINTED)
    md = write_markdown(doc)
    assert md.startswith("# Counselling agreement — versions 1 and 2 compared")
    assert "| Client's notice to cancel | 48 hours | 3 days |" in md
    assert "The same in both: Session length, How often, Fee," in md
    assert "### Cancelling a session — reworded" in md
    assert (
        "**Version 1:** If you need to cancel a session, please let me know at least **48 hours**"
        in md
    )
    assert (
        "**Version 2:** If you need to cancel a session, please let me know at least **3 days**"
        in md
    )
    assert "### Reviewing how things are going — switched off" in md
    assert "**Version 2:** *(switched off)*" in md
    assert "**Unchanged:** Who this agreement is between, Our sessions," in md
    assert "**Switched off in both:** Working online or by phone." in md
    assert "Working online or by phone" not in md.split("**Unchanged:**")[1].split("\n")[0]
    page = html_words(write_html(doc))
    assert "Version 2 Agreed 2 September 2024 (agreed in a session)" in page


def test_identical_versions_compare_as_the_same() -> None:
    version = draft()
    doc = comparison_document(
        compare(version, replace(version, number=2), CLIENT), CLIENT, printed_at=PRINTED
    )
    text = doc.text()
    assert "The terms are the same in both versions." in text
    assert "Every clause reads the same in both versions." in text


@pytest.mark.usefixtures("qapp")
def test_the_pdf_has_the_text_and_a_footer_on_every_page() -> None:
    _first, second = agreed_pair()
    data = pdf_bytes(contract_document(second, CLIENT, printed_at=PRINTED))
    pages = page_texts(data)
    assert 3 <= len(pages) <= 6
    for number, text in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in text
        assert "Confidential · C-014 · contract version 2 · printed Fri 14 Mar 2025, 16:05" in text
    joined = " ".join(pages).replace(" ,", ",")  # pypdf spaces a bold run from the next
    for words in (
        "Counselling agreement",
        "Who this agreement is between",
        "Confidentiality and its limits",
        "if a court orders me to, or a coroner asks",
        "The terms at a glance",
        "Agreed on 2 September 2024, agreed together in a session.",
    ):
        assert words in joined, words


@pytest.mark.usefixtures("qapp")
@pytest.mark.parametrize("fmt", list(ExportFormat))
def test_a_contract_saves_whole_and_private_in_each_format(
    tmp_path: Path, fmt: ExportFormat
) -> None:
    recorded = []
    path = save_document(
        contract_document(draft(), CLIENT, printed_at=PRINTED),
        tmp_path / f"C-014 contract v1.{fmt.value}",
        record=lambda: recorded.append(True),
    )
    assert recorded == [True]
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == [path.name]  # nothing else left
    data = path.read_bytes()
    if fmt is ExportFormat.PDF:
        assert "Cancelling a session" in " ".join(page_texts(data))
    else:
        assert "Cancelling a session" in data.decode("utf-8")
    assert DEFAULTS.practice.practitioner_name in (
        " ".join(page_texts(data)) if fmt is ExportFormat.PDF else data.decode("utf-8")
    )
