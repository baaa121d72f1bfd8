"""A place abbreviated by GOST 7.0.12 typed without its period after a comma, as Soviet
notes run the imprint on after a genre: «…». Стенографический отчет, М, 1921, стр. 174.»
(dev row ru-fn-1017): read as «…. Стенографический отчет. М., 1921», where the genre was
the leftover. Other congresses, places and years here; values written by hand."""

from __future__ import annotations

import pytest

from biblio.parse import parse_footnotes


@pytest.mark.parametrize(("text", "title", "place", "year"), [
    ("Пятнадцатый съезд ВКП(б). Стенографический отчет, М, 1928, стр. 45.",
     "Пятнадцатый съезд ВКП(б)", "Москва", 1928),
    ("«Третий Всероссийский съезд Советов». Стенографический отчет, Пг, 1918, стр. 12.",
     "Третий Всероссийский съезд Советов", "Петроград", 1918),
    ("Первый Всесоюзный съезд советских писателей. Стенографический отчет, Л, 1934.",
     "Первый Всесоюзный съезд советских писателей", "Ленинград", 1934),
])
def test_a_genre_before_a_place_that_lost_its_period_stays_the_genre(
        text: str, title: str, place: str, year: int) -> None:
    document = parse_footnotes([text])
    (cite,) = document.notes[0].cites
    item = document.items[cite.item]
    assert (item["title"], item["genre"]) == (title, "Стенографический отчет")
    assert (item["publisher-place"], item["issued"].year) == (place, year)
    assert not document.notes[0].leftover
