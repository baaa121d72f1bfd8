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


# The dash before a closing extent typed close up to the extent after a space (a scanned
# Soviet list), or glued to an area's period typed after a space (a thesis abstract's list,
# a Ukrainian monograph's note: "К., 1982 .-С.2-56"), the extent's period perhaps left out;
# GOST 7.1-2003 clause 4.7 prints ". — 99 с." (GOST examples and footnotes, dev).
@pytest.mark.parametrize(("text", "pages", "year"), [
    ("Морозов Б И, Фадеев В. Е., Шинкаренко В. В. Планирование идеологической "
     "политико-воспитательной работы - М Мысль, 1984 -99 с", "99", 1984),
    ("Магергут В.З. Принципы построения, методы анализа и синтеза адаптивных позиционных "
     "систем регулирования и практика их применения в химической промышленности: Автореф. "
     "дис. ... докт. техн. наук. - М., 2001 .-32с.", "32", 2001),
])
def test_an_extent_after_a_dash_spaced_on_one_side_is_its_area(
        text: str, pages: str, year: int) -> None:
    reference = parse_reference(text)
    assert reference.fields["number-of-pages"] == pages
    assert reference.fields["issued"].parts == [[year]]


def test_a_pinpoint_after_a_period_typed_after_a_space_and_a_glued_dash() -> None:
    reference = parse_reference(
        "Тичина П. Подорож з капелою К. Г. Стеценка. Щоденник. — К., 1982 .-С.2-56.")
    assert reference.fields["publisher-place"] == "Київ"
    assert reference.fields["issued"].parts == [[1982]]
    assert reference.locator == "2-56"


def test_the_thesis_abstracts_imprint_is_read_once_its_extent_is_apart() -> None:
    reference = parse_reference(
        "Магергут В.З. Принципы построения: Автореф. дис. ... докт. техн. наук. - М., "
        "2001 .-32с.")
    assert reference.fields["genre"] == "Автореф. дис. ... докт. техн. наук"
    assert reference.fields["publisher-place"] == "Москва"


# The page after the imprint's year with a space for the period between them (GOST R
# 7.0.5-2008 clause 6 prints "М., 1982. С. 40"): a history monograph's note, a note on
# Stalin's letters, a university's list of collections (dev set).
@pytest.mark.parametrize(("text", "year", "page"), [
    ("Васильев А. Ф. Промышленность Урала в годы Великой Отечественной войны. 1941–1945. Т. "
     "1. М., 1982 С. 40", 1982, "40"),
    ("Сталин и Каганович. Переписка. 1931–1936 гг. Москва: (РОССПЭН), 2001 Стр. 288",
     2001, "288"),
    ("Вопросы истории Венгрии и российско-венгерских отношений: сборник научных статей. - "
     "Екатеринбург: УрГЮУ, 2018 С. 223 - 233.", 2018, "223 - 233"),
])
def test_a_page_after_the_year_and_a_space_is_the_pinpoint(
        text: str, year: int, page: str) -> None:
    reference = parse_reference(text)
    assert reference.fields["issued"].parts == [[year]]
    assert reference.locator == page
    assert "С." not in reference.fields.get("publisher", "")


@pytest.mark.parametrize(("text", "pages"), [
    # the Soviet cards' "стр." after the count (before GOST 7.1-84 fixed "с.")
    ("Лебедев В. В. Очерки Прикамья. М., 1960. 320 стр.", "320"),
    ("Лебедев В. В. Очерки Прикамья. – Л.: Наука, 1975. – 212 стр.", "212"),
    ("Лебедев В. В. Очерки Прикамья. Пермь, 1958. 96 стр., ил.", "96"),
])
def test_the_extent_counted_in_str_is_the_number_of_pages(text: str, pages: str) -> None:
    assert parse_reference(text).fields["number-of-pages"] == pages


def test_str_before_its_number_is_still_the_page_cited() -> None:
    reference = parse_reference("Лебедев В. В. Очерки Прикамья. М., 1960, стр. 45.")
    assert "number-of-pages" not in reference.fields
    assert reference.locator == "45"
