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


@pytest.mark.parametrize("text, imprint", [
    # DSTU 8302:2015 lists (ru-gost-786, ru-gost-1040) with ". " between areas
    ("Пелешенко В.І. Загальна гідрохімія / Пелешенко В.І., Хільчевський В.К. К.: Либідь, "
     "1997. 384 [1] с.", "К.: Либідь, 1997"),
    ("Ратушняк, Г. С. Топографія з основами картографії : навчальний посібник / Г. С. "
     "Ратушняк. К. : ЦНЛ, 2003. 208 с.", "К. : ЦНЛ, 2003"),
])
def test_an_abbreviated_place_after_the_names_of_the_statement_opens_the_imprint(
        text: str, imprint: str) -> None:
    assert imprint in [area.text for area in split_areas(text)]


def test_initials_typed_close_before_a_name_and_year_do_not_end_the_area() -> None:
    """ru-fn-907: «Издание А.С. Суворина, 1903» is a publisher, no heading and imprint."""
    areas = [area.text for area in split_areas(
        "Татищев С.С. Император Александр II. Его жизнь и царствование: 2 т. СПб.: Издание "
        "А.С. Суворина, 1903. – 734 с. Т. 2. С. 31–32.")]
    assert "СПб.: Издание А.С. Суворина, 1903" in areas


@pytest.mark.parametrize("text, volume, volume_title", [
    # ru-gost-563 (a Ukrainian guide) and ru-fn-656 with the term in lower case, as the
    # house styles of notes print it; ru-fn-656's Latin «i» read as the Cyrillic «і» since
    # session 31 (a look-alike letter given as meant, tests/data/dev/README.md)
    ("Рильський М.Т. Зібрання творів у 20 т. – т. 15. Мистецтвознавчі статті. – К.: "
     "Наукова думка, 1986. – С. 520.", "15", "Мистецтвознавчі статті"),
    ("Шевченко Т. Г. Капитанша // Зібрання творів: у 6 т. т. 3. Драматичнi творi. Повiстi. – "
     "Київ: Наукова думка, 2003. С. 293.", "3", "Драматичні творі. Повісті"),
])
def test_a_volume_in_lower_case_and_its_own_title(text: str, volume: str,
                                                  volume_title: str) -> None:
    fields = _item(text)
    assert fields["volume"] == volume and fields["volume-title"] == volume_title


@pytest.mark.parametrize("text", [
    "История русской поэзии в 2-х т. Т. 2. Л., “Наука”, 1969, стр. 257.",  # ru-fn-726
    "С. А. Толстая. Дневники. В 2-х томах, т. 1. М., “Художественная литература”, 1978, "
    "с. 502.",  # ru-fn-562
])
def test_an_imprint_after_a_volume_is_no_volume_title(text: str) -> None:
    fields = _item(text)
    assert "volume-title" not in fields
    assert fields["issued"].parts[0][0] in (1969, 1978)


@pytest.mark.parametrize("text", [
    "Блок А. Собр. соч. в 8-ми т. Москва—Ленинград, 1962, т. 6, с. 360-361.",  # ru-fn-836
    "«Труд в СССР». Экономико-статистический справочник. Москва—Ленинград, 1932, стр. 21.",
])
def test_two_places_written_out_and_joined_by_a_close_dash(text: str) -> None:
    assert _item(text)["publisher-place"] == "Москва; Ленинград"


def test_a_review_note_after_a_period_alone() -> None:
    """GOST R 7.0.5-2008's short form of GOST 7.1-2003's own example of a review."""
    fields = _item("Из истории белого движения [Текст] / К. Александров // Мир библиографии. "
                   "1988. № 2. С. 94—95. Рец. на кн.: Библиографический справочник высших чинов "
                   "/ Н. Н. Рутыч. М. : Regnum, 1997. 295 с.")
    assert fields["container-title"] == "Мир библиографии" and fields["page"] == "94—95"
    assert fields["reviewed-title"] == "Библиографический справочник высших чинов"


def test_a_contents_note_after_a_period_alone() -> None:
    """GOST 7.1-2003's example of a contents note (ru-gost-1015) in the short form."""
    fields = _item("Духовный мир человека: [Статьи] // Наука и религия. 1982. № 7. С. 13—20. "
                   "Содерж.: Колесникова В. Наша Хамис. С. 13— 14.")
    assert fields["container-title"] == "Наука и религия" and fields["page"] == "13—20"
    assert fields["note"].startswith("Содерж.: Колесникова В. Наша Хамис")


def test_a_year_mark_is_looked_for_just_before_its_g(monkeypatch: pytest.MonkeyPatch) -> None:
    """A review's find (2026-12-07): «г.» after a year was checked by a search from the
    text's start, so a note of many «1999 г. 5» took time quadratic in its length (2.6 s at
    40,000 characters). Each search now spans the year and its space before the «г»."""
    from biblio.parse import areas

    spans: list[int] = []
    pattern = areas.YEAR_BEFORE_MARK

    class Counting:
        def search(self, text: str, pos: int, endpos: int) -> object:
            spans.append(endpos - pos)
            return pattern.search(text, pos, endpos)

    monkeypatch.setattr(areas, "YEAR_BEFORE_MARK", Counting())
    areas_read = [area.text for area in areas.split_areas(
        "Иванов И. И. Очерки. " + "1999 г. 5 " * 400 + "М.: Алетейя, 2010 г. 848 с.")]
    assert spans and max(spans) <= 8
    assert areas_read[-1] == "848 с" and areas_read[-2].endswith("М.: Алетейя, 2010 г.")


def test_a_review_under_its_reviewer_heading_keeps_its_host() -> None:
    """A review's find (2026-12-07): the short form's ". Рец. на кн.:" is the note area
    only after a description's closing area; after the reviewer's initial it opens the
    review itself, whose host follows the reviewed book (the Soviet footnote form)."""
    fields = _item("Иванов И. И. Рец. на кн.: Петров П. П. Очерки истории. М.: Наука, 2009. "
                   "300 с. // Вопр. истории. 2010. № 3. С. 150–155.")
    assert fields["container-title"] == "Вопр. истории" and fields["issue"] == "3"
