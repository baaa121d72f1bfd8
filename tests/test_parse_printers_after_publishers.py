"""Imprints that name the printer after the publisher, as books printed before 1918 carry
them and notes copy them ("Москва, изд. Мос. Т-ва «Образование», тип. Русскаго
Товарищества, 1912"; GOST 7.1-2003 clause 5.5.5 keeps the printer after the publisher),
and the imprint whose period before the place was left out after a parenthesis, its
publisher opened by a publishing house's word ("… речи (1890—1905) М., Издательство
социально-экономической литературы, 1959"). Forms of the Russian dev set (ru-fn-1661, a
book on 1812; ru-fn-2733, a list of Klyuchevsky's works), other names, places and years;
the values read off the texts by hand."""

from __future__ import annotations

import pytest

from biblio.parse import parse_reference


@pytest.mark.parametrize(("text", "title", "place", "publisher"), [
    ("Пожар Москвы. Мемуары графа де-Сегюра. Москва, изд. Мос. Т-ва «Образование», тип. "
     "Русскаго Товарищества, 1912, стр. 77-78.", "Пожар Москвы. Мемуары графа де-Сегюра",
     "Москва", "изд. Мос. Т-ва «Образование», тип. Русскаго Товарищества"),
    ("Дневник. СПб., изд. А. С. Суворина, тип. А. С. Суворина, 1901. С. 5.", "Дневник",
     "Санкт-Петербург", "изд. А. С. Суворина, тип. А. С. Суворина"),
    ("Письма. Москва, изд. К. Т. Солдатенкова, тип. Грачева, 1874.", "Письма", "Москва",
     "изд. К. Т. Солдатенкова, тип. Грачева"),
    ("Очерки. М., изд. Т-ва «Образование», тип. Т-ва, 1912.", "Очерки", "Москва",
     "изд. Т-ва «Образование», тип. Т-ва"),
])
def test_the_printer_after_the_publisher_is_part_of_the_publisher(
        text: str, title: str, place: str, publisher: str) -> None:
    fields = parse_reference(text).fields
    assert (fields["title"], fields["publisher-place"], fields["publisher"]) == \
        (title, place, publisher)


def test_a_name_after_an_initial_is_no_place() -> None:
    """"изд. А. С. Суворина, тип. …": «Суворина» follows an initial, and names a person."""
    fields = parse_reference("Дневник. СПб., изд. А. С. Суворина, тип. Е. Евдокимова, "
                             "1901.").fields
    assert fields["publisher-place"] == "Санкт-Петербург"


@pytest.mark.parametrize(("text", "title", "place", "publisher", "year"), [
    ("Ключевский В. О. Сочинения. Т. 8. Исследования, рецензии, речи (1890—1905) М., "
     "Издательство социально-экономической литературы, 1959",
     "Сочинения", "Москва", "Издательство социально-экономической литературы", 1959),
    ("Петров П. П. Записки (1812—1815) Л., изд-во «Наука», 1970. С. 5.",
     "Записки (1812—1815)", "Ленинград", "изд-во «Наука»", 1970),
    ("Справочник М., изд-во Академии наук, 1958.", "Справочник", "Москва",
     "изд-во Академии наук", 1958),
])
def test_a_place_without_its_period_before_a_publishing_house_opens_the_imprint(
        text: str, title: str, place: str, publisher: str, year: int) -> None:
    fields = parse_reference(text).fields
    assert (fields["title"], fields["publisher-place"], fields["publisher"],
            fields["issued"].parts[0][0]) == (title, place, publisher, year)
