"""Text, HTML and Markdown output keep italics and small caps."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import biblio
from biblio.model import Cite, Document, Item, Note
from biblio.render import MARKED, output
from biblio.render.csl.output import (Quotes, Token, flatten, serialize, tidy_punctuation, write,
                                       write_text)
from biblio.render.csl.richtext import Node, Span

STYLE = (
    '<?xml version="1.0" encoding="utf-8"?>\n'
    '<style xmlns="http://purl.org/net/xbiblio/csl" class="note" version="1.0" default-locale="en-US">'
    "<info><title>t</title><id>t</id><updated>2026-01-01T00:00:00+00:00</updated></info>"
    '<citation><layout suffix="."><group delimiter=", ">'
    '<text variable="title" font-style="italic"/><text variable="publisher" font-variant="small-caps"/>'
    "</group></layout></citation>"
    '<bibliography><layout><text variable="title" font-weight="bold"/></layout></bibliography>'
    "</style>"
)


@pytest.fixture
def document(tmp_path: Path) -> tuple[Document, Path]:
    path = tmp_path / "t.csl"
    path.write_text(STYLE, encoding="utf-8")
    item = Item("a", "book", {"title": "Fish & *chips* <1>", "publisher": "Penguin"})
    return Document(notes=[Note(n=1, cites=[Cite("a")])], items={"a": item}), path


def test_text_has_no_markup(document):
    doc, path = document
    rendered = biblio.render(doc, style=path, output="text")
    assert rendered.notes == ["Fish & *chips* <1>, Penguin."]
    assert rendered.bibliography == ["Fish & *chips* <1>"]


def test_html_escapes_text_and_keeps_italics_and_small_caps(document):
    doc, path = document
    rendered = biblio.render(doc, style=path, output="html")
    assert rendered.notes == ['<i>Fish &amp; *chips* &lt;1&gt;</i>, '
                              '<span style="font-variant:small-caps;">Penguin</span>.']
    assert rendered.bibliography == ["<b>Fish &amp; *chips* &lt;1&gt;</b>"]


def test_markdown_escapes_text_and_keeps_italics_and_small_caps(document):
    doc, path = document
    rendered = biblio.render(doc, style=path, output="md")
    assert rendered.notes == [r"*Fish & \*chips\* \<1\>*, [Penguin]{.smallcaps}."]


def test_an_unknown_output_is_a_usage_error(document):
    doc, path = document
    with pytest.raises(biblio.UsageError, match="unknown output"):
        biblio.render(doc, style=path, output="rtf")


def test_markers_never_leak_into_plain_text():
    marked = output.ITALIC[0] + "x" + output.ITALIC[1] + output.SMALL_CAPS[0] + "y" + output.SMALL_CAPS[1]
    assert output.plain(marked) == "xy"


def test_italics_inside_an_italic_title_are_set_upright(document):
    # CSL 1.0.2 flip-flop: the marked output closes the outer italics and opens them again
    doc, path = document
    doc.items["a"] = Item("a", "book", {"title": "A review of <i>War and Peace</i> today",
                                        "publisher": "Penguin"})
    rendered = biblio.render(doc, style=path, output="html")
    assert rendered.notes == ["<i>A review of</i> War and Peace<i> today</i>, "
                              '<span style="font-variant:small-caps;">Penguin</span>.']


_PIECES = st.sampled_from(["", "a", "b.", "c,", " ", ". ", ", ", ".", ",", "?", "!", ":", ";",
                           "d'e", " f ", "<i>g</i>", "h…", "<sup>2</sup>"])
_FORMATTING = st.lists(st.sampled_from(
    [("font-style", "italic"), ("font-style", "normal"), ("font-weight", "bold"),
     ("font-variant", "small-caps"), ("font-variant", "normal"), ("vertical-align", "sup")]),
    max_size=2).map(tuple)


def _spans(children: st.SearchStrategy[list[Node]]) -> st.SearchStrategy[Span]:
    return st.builds(lambda kids, prefix, suffix, formatting, quotes, display: Span(
        kids, prefix=prefix, suffix=suffix, formatting=formatting, quotes=quotes, display=display),
        children, _PIECES, _PIECES, _FORMATTING, st.booleans(),
        st.sampled_from(["", "", "", "block", "left-margin", "right-inline", "indent"]))


_TREES = st.recursive(_PIECES, lambda inner: _spans(st.lists(inner, max_size=4)), max_leaves=12)


@settings(max_examples=500)
@given(_TREES, st.booleans())
def test_the_engine_writes_plain_text_as_its_marked_text_without_markers(tree, inside):
    # render() asks the engine for plain text directly (no formatting tokens to write, no
    # markers to take out): the same text as the marked output with its markers removed,
    # punctuation moved into quotes and doubled marks dropped alike
    quotes = Quotes(punctuation_inside=inside)
    assert serialize(tree, "text", quotes) == output.plain(serialize(tree, MARKED, quotes))


@settings(max_examples=500)
@given(_TREES, st.booleans(), st.sampled_from([("“", "”", "‘", "’"), ("«", "»", "„", "“"),
                                               ('"', '"', "'", "'")]))
def test_plain_text_is_written_as_the_general_writer_writes_it(tree, inside, marks):
    # write_text typesets the apostrophes once in the joined text; a locale whose quotation
    # mark is an apostrophe takes the general writer (its marks are not typeset)
    quotes = Quotes(*marks, punctuation_inside=inside)
    tokens: list[Token] = []
    flatten(tree, tokens, markup=False)
    tokens = tidy_punctuation(tokens, quotes)
    assert write_text(tokens, quotes) == write(tokens, "text", quotes)
