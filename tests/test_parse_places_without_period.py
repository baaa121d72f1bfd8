"""Places abbreviated by GOST 7.0.12 typed without their period in the imprint's place slot
("М, 1954", "СПб, ИНАПРЕСС, 1995", "Спб: Лань"), and the older capitals "СПБ." of the title
pages of the 19th century: read as the places they stand for, only in the slot."""

from __future__ import annotations

import pytest

from biblio import parse_footnotes
from biblio.data.places import expand_imprint_place


@pytest.mark.parametrize(("footnote", "place", "publisher"), [
    # a note's list of collected works (Герцен, 30 volumes, 1954–1965)
    ("Герцен А. И. Собр. соч. в 30–ти т М, 1954–1965.", "Москва", None),
    # a facsimile note on Крылов's complete works, the imprint in capitals
    ("Печатаем по факсимиле, приложенному к Полн. собр. соч. Крылова, т. I, СПБ, 1904 г., "
     "вкл. листы между стр. 194 и 195.", "Санкт-Петербург", None),
    # a translated memoir (ИНАПРЕСС, 1995)
    ("Вильсон Р.Т. Дневник путешествий. Пер. с англ. СПб, ИНАПРЕСС, 1995, стр. 273-274.",
     "Санкт-Петербург", "ИНАПРЕСС"),
    # a library's list in GOST 7.1 form (Лань, 2002), the older "Спб" without its period
    ("Справочник ветеринарного врача / сост. А.Ф.Кузнецов. – Спб: Лань, 2002. – 896 с.",
     "Санкт-Петербург", "Лань"),
])
def test_a_cyrillic_place_without_its_period_is_read(footnote: str, place: str,
                                                     publisher: str | None) -> None:
    (item,) = parse_footnotes([footnote]).items.values()
    assert (item.get("publisher-place"), item.get("publisher")) == (place, publisher)


def test_a_firm_in_capitals_stays_the_publisher() -> None:
    """"АСТ, 2004": a firm named by its capitals, no place of the tables."""
    (item,) = parse_footnotes(["Акунин Б. Азазель. АСТ, 2004. С. 5."]).items.values()
    assert (item.get("publisher"), item.get("publisher-place")) == ("АСТ", None)


@pytest.mark.parametrize(("printed", "read"), [
    ("М", "Москва"), ("Л", "Ленинград"), ("СПб", "Санкт-Петербург"), ("Мн", "Минск"),
    ("СПБ.", "Санкт-Петербург"), ("М.", "Москва"),
    # the Latin letters of GOST 7.11 are read only with their period: "L" may be a numeral
    ("P", "P"), ("L", "L"), ("B", "B"), ("P.", "Paris"),
    # a word that is no abbreviation of the tables stays as printed
    ("Мысль", "Мысль"), ("Т", "Т"),
])
def test_expand_imprint_place(printed: str, read: str) -> None:
    assert expand_imprint_place(printed) == read
