"""A place and its publisher joined by a comma, the year after the publisher's period:
«СПб., Тип. II отделения Собственной Е.И.В. канцелярии. 1830.» (notes on church law, the
dev set's batch 50), as pre-1918 imprints and the notes that copy them type the area
(biblio.parse.gost's PLACE_COMMA_PUBLISHER and WRITTEN_PLACE_COMMA_PUBLISHER): the place
and a publisher opened by a publishing house's word («Тип.», «изд-во», «Типография») are
read as with the comma before the year («М., изд-во «Мотор», 1924»). A place's
abbreviation is also an initial («Левин Л., …»), so another name before the period is
not read so."""

from __future__ import annotations

import pytest

from biblio import parse_footnotes
from biblio.model import Item


def one(text: str) -> Item:
    document = parse_footnotes([text])
    (cite,) = document.notes[0].cites
    return document.items[cite.item]


@pytest.mark.parametrize(("text", "title", "place", "publisher", "year"), [
    ("Сборник постановлений по духовному ведомству. СПб., Тип. Министерства внутренних "
     "дел. 1870. С. 5.", "Сборник постановлений по духовному ведомству", "Санкт-Петербург",
     "Тип. Министерства внутренних дел", 1870),
    ("Иванов И. Записки о Смуте. М., изд-во «Мотор». 1924. 300 с.", "Записки о Смуте",
     "Москва", "изд-во «Мотор»", 1924),
    ("Петров П. П. Очерки истории уезда. Москва, Типография Синода. 1901. С. 3.",
     "Очерки истории уезда", "Москва", "Типография Синода", 1901),
])
def test_the_year_after_the_publishers_period_closes_the_imprint(
        text: str, title: str, place: str, publisher: str, year: int) -> None:
    item = one(text)
    assert item.fields["title"] == title
    assert item.fields["publisher-place"] == place
    assert item.fields["publisher"] == publisher
    assert item.fields["issued"].year == year


def test_the_law_collection_with_its_printer_and_volume() -> None:
    item = one("Полное собрание законов Российской империи. СПб., Тип. II отделения "
               "Собственной Е.И.В. канцелярии. 1830. Т. V. С. 12.")
    assert item.fields["title"] == "Полное собрание законов Российской империи"
    assert item.fields["publisher-place"] == "Санкт-Петербург"
    assert item.fields["publisher"] == "Тип. II отделения Собственной Е.И.В. канцелярии"
    assert item.fields["volume"] == "V"
    assert item.fields["issued"].year == 1830


def test_a_place_and_year_alone_are_unchanged() -> None:
    item = one("Соловьев С. М. История России. М., 1960. Кн. 2. С. 5.")
    assert item.fields["publisher-place"] == "Москва"
    assert "publisher" not in item.fields
    assert item.fields["issued"].year == 1960


def test_an_initial_before_a_comma_is_no_place() -> None:
    item = one("Левин Л., Оборотная сторона романтика, «Литературная газета», 1931, № 3, "
               "14 янв.")
    assert item.fields["author"][0].family == "Левин"
    assert item.fields["title"] == "Оборотная сторона романтика"
    assert "publisher-place" not in item.fields
