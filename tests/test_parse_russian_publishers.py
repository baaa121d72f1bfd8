"""Publishers as Russian references name them: several joined by colons typed as the
place's colon is ("М.: АСТ: Астрель: Хранитель", GOST 7.1-2003 clause 5.5.5 prints
"Laffont : Calmann-Lévy"), and a Soviet state publisher with no place run on after the
title with a comma ("Материалы VIII съезда ИКП, Госполитиздат, 1957"). Forms from the
dev footnotes (batches 2, 8 and 9) and Soviet notes; values read by hand."""

from __future__ import annotations

import pytest

from biblio.parse.gost import parse_reference
from biblio.parse.publication import parse_publication


@pytest.mark.parametrize(("text", "place", "publishers"), [
    ("М.: АСТ: Астрель: Хранитель, 2007", "Москва", "АСТ; Астрель; Хранитель"),
    ("М.: АСТ: Астрель, 2004", "Москва", "АСТ; Астрель"),
    ("СПб.: Азбука-классика: Terra Fantastica, 2003", "Санкт-Петербург",
     "Азбука-классика; Terra Fantastica"),
    ("Москва : Флинта : Наука, 2011", "Москва", "Флинта; Наука"),
])
def test_publishers_joined_by_colons_are_each_a_publisher(
        text: str, place: str, publishers: str) -> None:
    publication = parse_publication(text)
    assert publication is not None
    assert publication["publisher-place"] == place
    assert publication["publisher"] == publishers


@pytest.mark.parametrize(("text", "title", "publisher", "year"), [
    ("Материалы VIII съезда ИКП, Госполитиздат, 1957, стр. 108.",
     "Материалы VIII съезда ИКП", "Госполитиздат", 1957),
    ("История ВКП(б). Краткий курс, Госполитиздат, 1945, стр. 3.",
     "История ВКП(б). Краткий курс", "Госполитиздат", 1945),
    ("Шолохов М. Тихий Дон, Гослитиздат, 1953, с. 5.", "Тихий Дон", "Гослитиздат", 1953),
    ("Сталин И. Вопросы ленинизма, Партиздат, 1933, с. 5.", "Вопросы ленинизма", "Партиздат",
     1933),
    ("Ленин В. И. Соч., т. 5. Госполитиздат, 1947, стр. 12.", "Соч.", "Госполитиздат", 1947),
])
def test_a_state_publisher_after_the_title_is_the_publisher(
        text: str, title: str, publisher: str, year: int) -> None:
    reference = parse_reference(text)
    assert reference.fields["title"] == title
    assert reference.fields["publisher"] == publisher
    assert reference.fields["issued"].year == year
    assert "publisher-place" not in reference.fields


def test_a_lower_case_publishing_house_is_a_publisher() -> None:
    reference = parse_reference("«Транспорт СССР. Итоги за пятьдесят лет и перспективы "
                                "развития». М, изд-во «Транспорт», 1967, стр. 123;")
    assert reference.fields["title"].strip("«»") == \
        "Транспорт СССР. Итоги за пятьдесят лет и перспективы развития"
    assert reference.fields["issued"].year == 1967


@pytest.mark.parametrize(("text", "publisher", "year"), [
    ("Аракин В.Д. Типология языков и проблема методического прогнозирования. М.: Высшая "
     "школа, 1989[а]. - 160 с.", "Высшая школа", 1989),
    ("Аракин В.Д. Типология языков и проблема методического прогнозирования. М.: Высшая "
     "школа, 1989а. - 160 с.", "Высшая школа", 1989),
])
def test_a_letter_after_the_year_tells_works_apart_and_is_no_publishers(
        text: str, publisher: str, year: int) -> None:
    """A linguistics textbook's bibliography (batch 12) marks the second work of an author
    and year with "[а]" (ISO 690:2010 9.4); the second form is the same without brackets."""
    fields = parse_reference(text).fields
    assert fields["publisher"] == publisher
    assert fields["issued"].parts[0][0] == year


FIRMS_BEFORE_THEIR_PLACE = [
    # ru-fn-1384, ru-fn-1386: the notes of a publication of Gippius's letters to Milyukov
    # (a firm, then its city, after a period or a slash; «I984» an OCR «1»)
    ("Г.Струве. Русская литература в изгнании. Ymca-Press. Paris, I984. P. 89.",
     "Русская литература в изгнании", "Ymca-Press", "Paris", 1984),
    ("Зинаида Гиппиус. Письма к Берберовой и Ходасевичу. Ardis / Ann Arbor. 1978. P. 50.",
     "Письма к Берберовой и Ходасевичу", "Ardis", "Ann Arbor", 1978),
    # the imprints of two books printed abroad as they came out, the notes written for
    # the test in the same forms
    ("Солженицын А. И. Бодался теленок с дубом. YMCA-Press. Paris, 1975. С. 12.",
     "Бодался теленок с дубом", "YMCA-Press", "Paris", 1975),
    ("Бродский И. Остановка в пустыне. Chekhov Publishing House / New York. 1970.",
     "Остановка в пустыне", "Chekhov Publishing House", "New York", 1970),
]


@pytest.mark.parametrize(("text", "title", "publisher", "place", "year"),
                         FIRMS_BEFORE_THEIR_PLACE)
def test_a_firm_printed_before_its_place_is_the_publisher(
        text: str, title: str, publisher: str, place: str, year: int) -> None:
    fields = parse_reference(text).fields
    assert (fields["title"], fields["publisher"]) == (title, publisher)
    assert (fields["publisher-place"], fields["issued"].year) == (place, year)


def test_a_title_that_ends_with_a_firm_or_a_latin_sentence_keeps_it() -> None:
    # the firm is the title's own last words (no period before it): it stays there
    fields = parse_reference("Струве Г. П. История издательства YMCA-Press. Paris, 1990.").fields
    assert fields["title"] == "История издательства YMCA-Press"
    assert "publisher" not in fields
    # a sentence in Latin letters with no publisher's word, before a city: the title's
    fields = parse_reference("Иванов И. И. Воспоминания. Ein Bericht. Berlin, 1925.").fields
    assert fields["title"] == "Воспоминания. Ein Bericht"
    assert "publisher" not in fields and fields["publisher-place"] == "Berlin"
