"""The word for the year after it: Ukrainian "р." (рік) and Kazakh "ж." (жыл) as Russian
"г." (год), and a month cut short before the year ("берез. 2020 р."), whose period ends
no area."""

from __future__ import annotations

import pytest

from biblio import parse_footnotes
from biblio.model import Date
from biblio.parse.areas import split_areas
from biblio.parse.publication import parse_publication


@pytest.mark.parametrize(("imprint", "place", "publisher", "year"), [
    ("К.: Наукова думка, 2003 р.", "Київ", "Наукова думка", 2003),  # Shevchenko's letters
    ("Казань, 1883 р.", "Казань", None, 1883),  # a 1920s Ukrainian history of literature
    ("М.: Наука, 1957 г.", "Москва", "Наука", 1957),
    # a Kazakh university's writing guide (Исмакова, Умирбекова; ru-gost-1133, 1134)
    ("Саратов: Поволж университет баспасы, 2002ж.", "Саратов", "Поволж университет баспасы",
     2002),
    ("М.: Наука, 1996 ж.", "Москва", "Наука", 1996),
    ("Алматы, 2007ж", "Алматы", None, 2007),  # a Semey university's reading list
])
def test_the_year_word_after_the_year_is_no_part_of_the_publisher(
        imprint: str, place: str, publisher: str | None, year: int) -> None:
    fields = parse_publication(imprint)
    assert fields is not None
    assert fields["publisher-place"] == place
    assert fields.get("publisher") == publisher
    assert fields["issued"] == Date(parts=[[year]])


def test_a_month_cut_short_goes_on_to_its_year() -> None:
    """DSTU 8302:2015's acts "as of" a day (ru-gost-777): cut at "берез.", the year
    "2020 р." stood alone and was read as the act's year."""
    for text in ("№ 1556-VII : станом на 18 берез. 2020 р", "от 24 нояб. 1995 г"):
        assert [area.text for area in split_areas(text)] == [text]
    document = parse_footnotes([
        "Про вищу освіту : Закон України від 01.07.2014 р. № 1556-VII : станом на 18 берез. "
        "2020 р. URL: https://zakon.rada.gov.ua/laws/show/1556-18 (дата звернення: 07.06.2020)."])
    item = document.items[document.notes[0].cites[0].item]
    assert item.fields["issued"].parts[0][0] == 2014


def test_the_collected_works_keep_their_publisher_and_year() -> None:
    """kobzar.info, the notes of Shevchenko's letters (batch 25)."""
    document = parse_footnotes([
        "Подається за виданням: Шевченко Т.Г. Повне зібрання творів у 12-и томах. – К.: "
        "Наукова думка, 2003 р., т. 6, с. 215 (текст), с. 526 (примітки)."])
    item = document.items[document.notes[0].cites[0].item]
    assert item.fields["publisher"] == "Наукова думка"
    assert item.fields["issued"] == Date(parts=[[2003]])
