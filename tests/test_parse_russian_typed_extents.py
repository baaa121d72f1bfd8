"""Extents and pinpoints as typed lists and catalogue cards print them: the extent in
Latin letters of a transliterated list ("- M.: Russkiy dvor, 2000. - 264 s.", batch 7),
the illustrations after it without GOST's colon ("2012. - 260 с. портр.:", batch 7;
"2004 . - 462 с. 24 л. ил. 21 см.", batch 6's catalogue card), and a number's period run
into the page ("ГВНП. Т. 1.С. 30.", batch 7). Values read by hand."""

from __future__ import annotations

import pytest

from biblio.parse.gost import parse_reference

EXTENTS = [
    ("Harchenko, K. V. Vlast. Imuschestvo. Chelovek: peredel sobstvennosti v bolshevistskoy "
     "Rossii 1917 - nachala 1921 gg. - M.: Russkiy dvor, 2000. - 264 s.", "264"),
    ("Горпенко, О. Да будут стихи / Ольга Горпенко. - Санкт-Петербург : НесторИстория, 2012. - "
     "260 с. портр.:", "260"),
    ("Рябов, Юрий А.. Богохранимая страна наша Российская / Юрий А. Рябов . - Санкт-Петербург : "
     "Сатисъ, Держава, 2004 . - 462 с. 24 л. ил. 21 см.", "462"),
    ("Иванов И. И. Книга. М., 1990. 320 с. : ил.", "320"),
    # GOST 7.1-2003 5.6: leaves of plates after the pages, with a comma
    ("Древности эпохи сложения восточного славянства / Отв. ред. Б.А. Рыбаков. - Москва : "
     "Наука, 1964. - 363 с., [1] л. : карт.", "363"),
    ("Иванов И. И. Книга. – М. : Наука, 1985. – 416 с., 16 л. ил.", "416"),
    ("Петров П. П. Очерки. – Л., 1970. – 320 с., 8 л. портр. ; 22 см.", "320"),
]


@pytest.mark.parametrize(("text", "pages"), EXTENTS)
def test_the_extent_is_read_whatever_follows_it(text: str, pages: str) -> None:
    assert parse_reference(text).fields["number-of-pages"] == pages


@pytest.mark.parametrize(("text", "volume", "page"), [
    ("ГВНП. Т. 1.С. 30.", "1", "30"),
    ("ПСРЛ. Т. 10.С. 6.", "10", "6"),
])
def test_a_numbers_period_run_into_the_page_still_ends_it(
        text: str, volume: str, page: str) -> None:
    reference = parse_reference(text)
    assert reference.fields["volume"] == volume
    assert reference.locator == page
