"""A letter's or a diary entry's date at the end of its title is its `issued`
(biblio.parse.letters); the minutes of a meeting keep the date that names them."""

from __future__ import annotations

import pytest

from biblio import parse_footnotes
from biblio.model import Date, Item
from biblio.parse.letters import split_letter_date


def one(text: str) -> Item:
    document = parse_footnotes([text])
    (cite,) = document.notes[0].cites
    return document.items[cite.item]


@pytest.mark.parametrize(("title", "rest", "parts"), [
    # a book on the Symbolists (batch 15 of the dev set)
    ("Письмо от 4 сентября 1906 г.", "Письмо", [1906, 9, 4]),
    ("Письмо H. М. Минского к Л. Н. Вилькиной от 7 января 1907 г.",
     "Письмо H. М. Минского к Л. Н. Вилькиной", [1907, 1, 7]),
    # the same book's «письмо Брюсова к З. Н. Гиппиус от 18 июня (н. ст.) 1907 г.»,
    # capitalised as a title: the calendar named between the day and the year
    ("Письмо Брюсова к З. Н. Гиппиус от 18 июня (н. ст.) 1907 г.",
     "Письмо Брюсова к З. Н. Гиппиус", [1907, 6, 18]),
    # a book on Stalin's letters (batch 1): «Письмо Кагановичу от 24 сентября 1931 г.»
    ("Письмо Кагановичу от 24 сентября 1931 г.", "Письмо Кагановичу", [1931, 9, 24]),
    # a day in both calendars, as 1917–1918 documents are dated, and «года» written out
    ("Телеграмма от 6 (19) декабря 1917 года", "Телеграмма", [1917, 12, 6]),
])
def test_a_letters_closing_date_is_taken_from_its_title(title: str, rest: str,
                                                        parts: list[int]) -> None:
    assert split_letter_date(title) == (rest, Date(parts=[parts]))


@pytest.mark.parametrize("title", [
    # minutes and shorthand records are named by their date (batch 8's gold keeps it)
    "Стенограмма закрытого заседания Президиума ССП от 19 сентября 1940 года",
    "Выписка из протокола заседания СНК Грузинской ССР от 10 марта 1938 года",
    # a collection of letters with its years, and a letter with no date
    "Письма к родным. 1849–1856",
    "Письмо А. Пашкова в редакцию газеты «Правда»",
    # a date with no year says too little to be the document's date
    "Письмо от 4 сентября",
])
def test_other_titles_keep_their_words(title: str) -> None:
    assert split_letter_date(title) == (title, None)


def test_a_dated_letter_in_an_archive_is_a_manuscript_of_that_day() -> None:
    item = one("Письмо от 12 сентября 1906 г. // РГАЛИ. Ф. 343. Оп. 2. Ед. хр. 47.")
    assert (item.type, item["title"], item["archive"]) == ("manuscript", "Письмо", "РГАЛИ")
    assert item["archive_location"] == "ф. 343, оп. 2, ед. хр. 47"
    assert item["issued"] == Date(parts=[[1906, 9, 12]])


def test_a_dated_letter_in_a_published_volume_keeps_its_date_when_the_volume_has_none() -> None:
    item = one("Письмо от 5 августа 1906 г. // Литературное наследство. Т. 92: Александр Блок. "
               "Новые материалы и исследования. Кн. 1. С. 544.")
    assert (item.type, item["title"]) == ("chapter", "Письмо")
    assert item["issued"] == Date(parts=[[1906, 8, 5]])


def test_a_meetings_record_in_an_archive_keeps_its_date_in_its_title() -> None:
    item = one("Стенограмма закрытого заседания Президиума ССП от 19 сентября 1940 года // "
               "РГАЛИ. Ф. 631. Оп. 15. Д. 451. Л. 95.")
    assert item["title"].endswith("от 19 сентября 1940 года")
    assert "issued" not in item
