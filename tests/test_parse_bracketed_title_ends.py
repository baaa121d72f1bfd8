"""What a cataloguer or a compiler adds in square brackets after a title is not the title:
other title information supplied after the colon is `genre`, anything else `note`
(biblio.parse.bracketed_title_ends)."""

from __future__ import annotations

import pytest

from biblio import parse_footnotes
from biblio.model import Item
from biblio.parse.bracketed_title_ends import take_bracketed_end


def one(text: str) -> Item:
    document = parse_footnotes([text])
    (cite,) = document.notes[0].cites
    return document.items[cite.item]


@pytest.mark.parametrize(("title", "rest", "fields"), [
    # GOST 7.1-84's own example of a selection of articles (dev set batch 27): other title
    # information the cataloguer supplies
    ("Духовный мир человека: [Статьи]", "Духовный мир человека", {"genre": "Статьи"}),
    # an archival note on the Cyril and Methodius Society's case (batch 25): the number
    # the edition's editor gives the publication
    ("Глобус [645]", "Глобус", {"note": "[645]"}),
    # a Poltava library's ISBD records (batch 22): the cataloguer's note on the contents
    ("Краєзнавча діяльність публічних бібліотек Східної України [у т. ч. згадується "
     "краєзнавча дільність Полтав. ОУНБ та бібліотек Полтавщини]",
     "Краєзнавча діяльність публічних бібліотек Східної України",
     {"note": "[у т. ч. згадується краєзнавча дільність Полтав. ОУНБ та бібліотек "
              "Полтавщини]"}),
    # a Syktyvkar guide's list (batch 27): the medium, after an abbreviation's period
    ("Герб России как отражение ее истории в период с 1472 по 1917 гг. [www document]",
     "Герб России как отражение ее истории в период с 1472 по 1917 гг.",
     {"note": "[www document]"}),
])
def test_a_bracket_closing_a_title_leaves_it(title: str, rest: str,
                                             fields: dict[str, str]) -> None:
    found: dict[str, object] = {}
    assert take_bracketed_end(title, found) == rest
    assert found == fields


@pytest.mark.parametrize("title", [
    "[Рецензия]",  # the bracket is the whole title
    "Сочинения. [Т. 1]",  # after a sentence's period: an area of its own
    "История, [1990]",  # after a comma: another element
    "Ивано[в]",  # glued to the word it completes
    "История: [1990]",  # a figure supplied after the colon is no genre
])
def test_a_bracket_that_is_no_added_words_stays(title: str) -> None:
    found: dict[str, object] = {}
    assert take_bracketed_end(title, found) == title
    assert found == {}


def test_a_supplied_genre_before_a_host_and_a_bibliographys_entry_number() -> None:
    item = one("Духовный мир человека: [Статьи] // Наука и религия. — 1982. — № 7. — "
               "С. 13—20.")
    assert (item["title"], item["genre"]) == ("Духовный мир человека", "Статьи")
    item = one("Опубл.: Глобус [645]. – 1925. – № 5. – С. 106;")
    assert (item["title"], item["note"]) == ("Глобус", "[645]")


def test_the_general_material_designation_is_still_the_medium() -> None:
    item = one("Иванов И. И. История России [Электронный ресурс] // Вестник. 2000. № 5.")
    assert (item["title"], item["medium"]) == ("История России", "Электронный ресурс")
