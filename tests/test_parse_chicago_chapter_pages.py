"""A Chicago note's chapter («“Title,” in Book (Place: Publisher, Year), 11–21.») cited by
a range of pages: the range is the chapter's `page` as well as the cite's locator, as the
GOST grammar reads a part's range after «//» (GOST 7.1-2003 clause 7.2, `gost`) and as
the development set's rule says («a range printed as an article's pages is its page»);
a single page stays the locator alone."""

from __future__ import annotations

import pytest

from biblio.parse import parse_footnotes


def _reading(text: str) -> tuple[dict, str | None]:
    document = parse_footnotes([text])
    cite = document.notes[0].cites[0]
    return document.items[cite.item].fields, cite.locator


@pytest.mark.parametrize(("text", "pages"), [
    # ru-fn-2146, the notes of a Ukrainian translation of an English study of Shklovsky
    ("E. M. Thompson, «V. B. Shklovskii and the Russian Intellectual Tradition,» in Arnold "
     "McMillin, ed., Aspects of Russian and Czech Literature: Selected Papers of the Third "
     "World Congress for Soviet and East European Studies (Columbus, OH: Slavica, 1989), "
     "11–21.", "11–21"),
    # CMOS 14.107's chapter form, its editor after the book's title
    ("E. M. Thompson, “V. B. Shklovskii and the Russian Intellectual Tradition,” in Aspects "
     "of Russian and Czech Literature, ed. Arnold McMillin (Columbus, OH: Slavica, 1989), "
     "11-21.", "11-21"),
])
def test_a_chapters_range_is_its_page(text: str, pages: str) -> None:
    fields, locator = _reading(text)
    assert fields["container-title"].startswith("Aspects of Russian and Czech Literature")
    assert fields["page"] == pages
    assert locator == pages


def test_a_single_page_is_the_locator_alone() -> None:
    fields, locator = _reading(
        "E. M. Thompson, “V. B. Shklovskii and the Russian Intellectual Tradition,” in Aspects "
        "of Russian and Czech Literature, ed. Arnold McMillin (Columbus, OH: Slavica, 1989), 15.")
    assert "page" not in fields
    assert locator == "15"


def test_a_books_range_is_the_locator_alone() -> None:
    # ru-fn-2148, the same notes: a book's pages are cited, not where it stands
    fields, locator = _reading(
        "Alex de Jonge, Fire and Water: A Life of Peter the Great (New York: Coward McCann, "
        "1980), 99-101.")
    assert "page" not in fields
    assert locator == "99-101"
