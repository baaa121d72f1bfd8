"""Text, HTML and Markdown output keep italics and small caps."""

from __future__ import annotations

from pathlib import Path

import pytest

import biblio
from biblio.model import Cite, Document, Item, Note
from biblio.render import output

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
