"""Forms the standards allow besides the one a source prints (issue 9, session 28).

Each reference below is a real dev row typed in a form `benchmarks/typography_variants.py`
writes (the year with «г.», «М.; Л.» for «М.–Л.», GOST R 7.0.100-2018's content form);
the expected fields are the row's gold, checked by hand against the printed reference.
"""

from __future__ import annotations

import pytest

from biblio import parse_footnotes
from biblio.parse.areas import split_areas


def _item(text: str) -> dict:
    document = parse_footnotes([text])
    cites = document.notes[0].cites
    assert len(cites) == 1, f"one reference in {text!r}"
    return document.items[cites[0].item].fields


@pytest.mark.parametrize("text, imprint, extent", [
    ("Бердяев Н.А. Смысл истории. М.: Мысль, 1990 г. 175 с.", "М.: Мысль, 1990 г.", "175 с"),
    ("Тюкавкин В.Г. Сибирская деревня накануне Октября. - Иркутск, 1966 г. 472 с.",
     "Иркутск, 1966 г.", "472 с"),
    ("Елисеева И.И., Юзбашев М.М. Общая теория статистики. М.: Финансы и статистика, "
     "2013 г. 480 с.", "М.: Финансы и статистика, 2013 г.", "480 с"),
])
def test_the_year_mark_closes_the_publication_area_before_the_extent(
        text: str, imprint: str, extent: str) -> None:
    """«г.» after a year is the year's word (GOST 7.0.12: «г.» год), not the term of a
    number: its period ends the area, as the year's own period does in «1990. 175 с.»."""
    areas = [area.text for area in split_areas(text)]
    assert areas[-2:] == [imprint, extent]


def test_a_year_mark_reads_as_the_year_and_the_extent_after_it() -> None:
    fields = _item("Бердяев Н.А. Смысл истории. М.: Мысль, 1990 г. 175 с.")
    assert fields["publisher"] == "Мысль" and fields["number-of-pages"] == "175"
    assert fields["issued"].parts == [[1990]]


@pytest.mark.parametrize("text, publisher", [
    # ru-fn-1039's «М.–Л., Госпланиздат» and ru-fn-731's «М.; Л., «Сов. писатель»»: a
    # note's comma form, the publisher after the second place's comma
    ("«Социалистическое строительство Союза ССР (1933—1938 гг.)». М.; Л., Госпланиздат, "
     "1939, стр. 67, 69.", "Госпланиздат"),
    ("Гуковский Г. А. Реализм Гоголя. М.; Л., 1959. С. 32.", None),
])
def test_two_places_joined_by_a_semicolon_stay_one_reference(text: str,
                                                             publisher: str | None) -> None:
    fields = _item(text)
    assert fields["publisher-place"] == "Москва; Ленинград"
    assert fields.get("publisher") == publisher


def test_two_places_after_a_volume_in_a_comma_note_stay_one_reference() -> None:
    """ru-fn-681 «…, т. I, М.–Л., 1928.» with GOST 7.1-2003's «;» between the places."""
    fields = _item("Владиславлев И. В., Литература великого десятилетия (1917—1927), т. I, "
                   "Москва; Ленинград, 1928.")
    assert fields["publisher-place"] == "Москва; Ленинград"
    assert fields["issued"].parts == [[1928]]


def test_an_archival_description_keeps_its_content_form_out_of_the_title() -> None:
    """GOST R 7.0.100-2018 5.3 «— Текст : непосредственный» before the archive's «//»
    (ru-gost-150, as a 2018 list prints it): the medium, no part of the title."""
    fields = _item("Материалы об организации Техникума печати при НИИ книговедения. — "
                   "Текст : непосредственный // ЦГАЛИ. – СПб. – Ф. 306. – Оп. 1. – Ед. хр. 381.")
    assert fields["title"] == "Материалы об организации Техникума печати при НИИ книговедения"
    assert fields["medium"] == "Текст : непосредственный"
    assert fields["archive"] == "ЦГАЛИ"
