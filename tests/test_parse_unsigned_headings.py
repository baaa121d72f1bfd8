"""A heading that says the work names no author («<Б. п.>», «Коллектив авторов.») is read
as such: no author, and the title without it (biblio.parse.unsigned_headings)."""

from __future__ import annotations

import pytest

from biblio import parse_footnotes
from biblio.model import Item
from biblio.parse.unsigned_headings import without_unsigned_heading


def one(text: str) -> Item:
    document = parse_footnotes([text])
    (cite,) = document.notes[0].cites
    return document.items[cite.item]


@pytest.mark.parametrize(("text", "title"), [
    # a book on Russian travel prose (dev set batch 15): unsigned articles of
    # «Сын Отечества», the host given here as GOST prints it
    ("<Б. п.> Три месяца за Дунаем в 1828 году // Сын Отечества. 1834. Т. XXXIII.",
     "Три месяца за Дунаем в 1828 году"),
    ("[Б. п.] Три месяца за Дунаем в 1828 году // Сын Отечества. 1834. Т. XXXIII.",
     "Три месяца за Дунаем в 1828 году"),
    # a book on 1812 (batch 23): a catalogue's heading of many authors
    ("Коллектив авторов. Отечественная война и русское общество: 1812-1912. Том III. Ред. "
     "А.К. Дживелегова, С.П. Мельгунова, В.И. Пичета. М.В. Москва, т-во И.Д. Сытина, 1912, "
     "стр. 31.", "Отечественная война и русское общество: 1812-1912"),
])
def test_a_heading_that_names_no_author_is_neither_author_nor_title(text: str,
                                                                    title: str) -> None:
    item = one(text)
    assert item["title"] == title
    assert "author" not in item.fields


def test_a_lead_in_before_an_unsigned_heading_stays_the_cites() -> None:
    text = "См. <Б. п.> Три месяца за Дунаем в 1828 году // Сын Отечества. 1834. Т. XXXIII."
    assert without_unsigned_heading(text) == \
        "См. Три месяца за Дунаем в 1828 году // Сын Отечества. 1834. Т. XXXIII."
    document = parse_footnotes([text])
    (cite,) = document.notes[0].cites
    assert cite.prefix == "См."
    assert document.items[cite.item]["title"] == "Три месяца за Дунаем в 1828 году"


def test_an_unsigned_heading_with_its_spaces_left_out() -> None:
    # as text copied from a PDF layer drops them (the spaces-dropped typing variant)
    assert without_unsigned_heading("Коллектив авторов.Отечественная война и русское "
                                    "общество:1812-1912.") == \
        "Отечественная война и русское общество:1812-1912."
    assert without_unsigned_heading("<Б.п.> Три месяца за Дунаем в 1828 году") == \
        "Три месяца за Дунаем в 1828 году"


@pytest.mark.parametrize("text", [
    "Коллектив авторов и его роль в науке. М., 1970.",  # the title's own words
    "Иванов И. Коллектив авторов. Очерк. М., 1912.",  # after an author: the title's
    "Б. П. Иванов. Очерк. М., 1912.",  # a person's initials, capitals both
])
def test_the_same_words_elsewhere_are_no_unsigned_heading(text: str) -> None:
    assert without_unsigned_heading(text) == text
