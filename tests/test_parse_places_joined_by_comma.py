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
