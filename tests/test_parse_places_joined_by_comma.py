"""Places of a co-edition joined by a comma before GOST's colon ("Москва, Ленинград: Учпедгиз,
1947"), as translated books and transliterated lists print them; a comma after a city that
opens its state or its firm is no second place."""

from __future__ import annotations

import pytest

from biblio import parse_footnotes
from biblio.parse.publication import parse_publication


@pytest.mark.parametrize(("footnote", "places", "publisher"), [
    # Vinogradov's grammar of 1947 and Vygotsky's book of 1934 (co-editions of Moscow and
    # Leningrad, GOST's "М. ; Л.")
    ("Виноградов В. В. Русский язык. Москва, Ленинград: Учпедгиз, 1947. 784 с.",
     "Москва; Ленинград", "Учпедгиз"),
    ("Выготский Л. С. Мышление и речь. Москва, Ленинград: Соцэкгиз, 1934. 324 с.",
     "Москва; Ленинград", "Соцэкгиз"),
])
def test_places_joined_by_a_comma(footnote: str, places: str, publisher: str) -> None:
    (item,) = parse_footnotes([footnote]).items.values()
    assert (item["publisher-place"], item["publisher"], item["issued"].parts) == \
        (places, publisher, [[int(footnote.split(", ")[-1][:4])]])


@pytest.mark.parametrize(("imprint", "place", "publisher"), [
    ("Moscow, Leningrad: Nauka, 1965", "Moscow; Leningrad", "Nauka"),
    ("Москва, Ленинград, 1955", "Москва; Ленинград", None),
    # a state, a firm: the comma is no join of two places
    ("Cambridge, Mass.: Harvard University Press, 1990", "Cambridge, Mass.",
     "Harvard University Press"),
    ("Napoli, Guida, 1981", "Napoli", "Guida"),
])
def test_the_comma_after_a_city(imprint: str, place: str, publisher: str | None) -> None:
    fields = parse_publication(imprint)
    assert fields is not None
    assert (fields.get("publisher-place"), fields.get("publisher")) == (place, publisher)


@pytest.mark.parametrize(("footnote", "places"), [
    # an Athos studies almanac (dev row ru-fn-2609), and other cities in the same form
    ("Митрополит Христофор (Пулец). Паломничество на Афон начала XX в. // Афонское наследие. "
     "Научный альманах. Вып. 1–2. Киев-Чернигов, 2015. С. 163–164;", "Киев; Чернигов"),
    ("Иванов И. И. Записки. Москва-Ленинград, 1950. С. 5.", "Москва; Ленинград"),
    ("Иванов И. И. Записки. Москва–Берлин, 2015. С. 5.", "Москва; Берлин"),
])
def test_two_places_joined_by_a_close_hyphen(footnote: str, places: str) -> None:
    """Two cities the tables know, joined by a hyphen or a dash typed close, are GOST's two
    places ("Киев ; Чернигов", GOST 7.1-2003 clause 5.5.3)."""
    (item,) = parse_footnotes([footnote]).items.values()
    assert item["publisher-place"] == places


@pytest.mark.parametrize("place", ["Ростов-на-Дону", "Орехово-Зуево", "Буэнос-Айрес"])
def test_a_citys_own_hyphen_stays(place: str) -> None:
    (item,) = parse_footnotes([f"Иванов И. И. Записки. {place}, 2015. С. 5."]).items.values()
    assert item["publisher-place"] == place
