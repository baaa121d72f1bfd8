"""The transliterated "References" of Russian journals, as their guides for authors ask
for them (the romanized title, its English translation in square brackets, then
"Moscow: Nauka, 1987, 156 p." or "Moscow, Publisher, 1996"): a period inside the
brackets ends no area, the translation is not the title (it is kept in `note`), the
comma after a known city is the place's, and the extent run on after the year with a
comma is the extent. A state after a city ("Cambridge, Mass.") is no publisher. Real forms
from batches 6 and 10 of the Russian dev set and batch 6 of the notes; the values were
read off the text by hand."""

from __future__ import annotations

import pytest

from biblio.parse.gost import parse_reference

TRANSLATED = [
    ("Peters D. I. Nagradnyye medali Rossiyskoy imperii XIX–XX vekov. Katalog [Award medals "
     "of the Russian Empire of the 19th-20th centuries. Catalogue]. Moscow, "
     "Arkheograficheskiy tsentr, 1996. 294 p.",
     "Nagradnyye medali Rossiyskoy imperii XIX–XX vekov. Katalog", "Moscow",
     "Arkheograficheskiy tsentr", 1996, "294"),
    ("Varov E.M. Issledovanie svoystv ozimoy pshenitsy [Study of the properties of winter "
     "wheat]. Moscow: Nauka, 1987, 156 p.",
     "Issledovanie svoystv ozimoy pshenitsy", "Moscow", "Nauka", 1987, "156"),
]


@pytest.mark.parametrize(("text", "title", "place", "publisher", "year", "pages"), TRANSLATED)
def test_a_romanized_title_with_its_translation_in_brackets(
        text: str, title: str, place: str, publisher: str, year: int, pages: str) -> None:
    fields = parse_reference(text).fields
    assert fields["title"] == title
    assert fields["publisher-place"] == place
    assert fields["publisher"] == publisher
    assert fields["issued"].parts[0][0] == year
    assert fields["number-of-pages"] == pages
    assert "[" not in fields["title"] and fields["note"].startswith(("Award", "Study"))


def test_a_russian_imprint_with_a_comma_after_the_city() -> None:
    fields = parse_reference("Иванов И. И. Очерки истории. Москва, Наука, 1990. 200 с.").fields
    assert fields["publisher-place"] == "Москва"
    assert fields["publisher"] == "Наука"


def test_a_state_after_the_city_is_no_publisher() -> None:
    fields = parse_reference("Kozlov D. The Readers of Novyi Mir: Coming to Terms with the "
                             "Stalinist Past. Cambridge, Mass.; London, 2013. Р. 89, 91.").fields
    assert fields["publisher-place"] == "Cambridge, Mass.; London"
    assert "publisher" not in fields
