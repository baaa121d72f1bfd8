"""The dash between areas typed without the period GOST 7.1-2003 (clause 4.7) puts before
it, as typed lists and library catalogue exports print it: "[и др.] – М.: Колос, 2002",
"сб. Вып. 7 — Киев : [б. и.], 2009. — 384 с.", "– М.: Высш. образование. – 2005". The
dash opens an area only before a publication area, an extent, a numbering term or an
ISBN; a title's own dash goes on. Real forms from batch 10 of the Russian dev set (a
method guide, a Ukrainian library's ISBD export, a university's examples); the values
were read off the text by hand."""

from __future__ import annotations

import pytest

from biblio.parse.gost import parse_reference

BARE_DASHES = [
    ("Микробиологический контроль мяса животных, птицы, яиц и продуктов их переработки: "
     "справочник / С. А. Артемьева [и др.] – М.: Колос, 2002. – 288 с.",
     "Микробиологический контроль мяса животных, птицы, яиц и продуктов их переработки",
     "Москва", 2002, "288"),
    ("Библиотеки национальных академий наук: проблемы функционирования, тенденции "
     "развития : науч.-практ. и теорет. сб. Вып. 7 — Киев : [б. и.], 2009. — 384 с.",
     None, "Киев", 2009, "384"),
    ("Иванов И. И. Очерки истории Сибири / И. И. Иванов - Новосибирск : Наука, 1985 - "
     "240 с.", "Очерки истории Сибири", "Новосибирск", 1985, "240"),
]


CLOSE_UP_DASHES = [
    # the dash typed close up to the area after it, as hand-typed lists print it
    ("Снижение шума в зданиях и жилых районах (Под ред. Г.Л. Осипова, Е.Я.Юдина.) –М.: "
     "Стройиздат, 1987. -558 с.", "Снижение шума в зданиях и жилых районах", "Москва", 1987,
     "558"),
    ("Петров П. П. Очерки истории края –Л.: Наука, 1975. – 240 с.", "Очерки истории края",
     "Ленинград", 1975, "240"),
    ("Очерки истории / сост. И. И. Смирнова —Томск: ТГУ, 2003. — 120 с.", "Очерки истории",
     "Томск", 2003, "120"),
]


@pytest.mark.parametrize(("text", "title", "place", "year", "pages"),
                         BARE_DASHES + CLOSE_UP_DASHES)
def test_a_dash_without_its_period_still_opens_the_publication_area(
        text: str, title: str | None, place: str, year: int, pages: str) -> None:
    fields = parse_reference(text).fields
    if title is not None:
        assert fields["title"] == title
    assert fields["publisher-place"] == place
    assert fields["issued"].parts[0][0] == year
    assert fields["number-of-pages"] == pages


def test_a_bare_dash_before_the_year_ends_the_publisher() -> None:
    fields = parse_reference(
        "Нуркова, В. В. Психология[Текст]: учеб. для вузов / В. В. Нуркова, Н.Б. Березанская. "
        "– М.: Высш. образование. – 2005. – 464 с.").fields
    assert fields["title"] == "Психология"
    assert fields["issued"].parts[0][0] == 2005


@pytest.mark.parametrize(("text", "title"), [
    ("Ерофеев В. Москва – Петушки. М.: Вагриус, 2001. 128 с.", "Москва – Петушки"),
    ("Рабинович А. Революция 1917 – 1918 годов. М.: Наука, 1990.",
     "Революция 1917 – 1918 годов"),
    ("Ерофеев В. Москва –Петушки. М.: Вагриус, 2001. 128 с.", "Москва –Петушки"),
])
def test_a_titles_own_dash_is_not_an_area_dash(text: str, title: str) -> None:
    assert parse_reference(text).fields["title"] == title


PUBLISHERS_WITH_ABBREVIATIONS = [
    ("Уджуху А. Ч. Регулирование почвенного плодородия в рисовых севооборотах / А. Ч. "
     "Уджуху, В. Ф. Шащенко. – Краснодар: Совет. Кубань, 2003. – 192 с.",
     "Краснодар", "Совет. Кубань", 2003),
    ("Петров П. П. Очерки. – Новосибирск : Сиб. Хронограф, 1999. – 200 с.",
     "Новосибирск", "Сиб. Хронограф", 1999),
]


@pytest.mark.parametrize(("text", "place", "publisher", "year"), PUBLISHERS_WITH_ABBREVIATIONS)
def test_a_publisher_that_opens_with_an_abbreviation_keeps_its_name(
        text: str, place: str, publisher: str, year: int) -> None:
    """GOST 7.0.12-2011 abbreviates the words of a publisher's name ("Совет. Кубань"):
    its period does not end the publication area when the rest reads "Кубань, 2003"."""
    fields = parse_reference(text).fields
    assert fields["publisher-place"] == place
    assert fields["publisher"] == publisher
    assert fields["issued"].parts[0][0] == year


def test_the_statement_of_responsibility_names_the_second_author() -> None:
    authors = parse_reference(PUBLISHERS_WITH_ABBREVIATIONS[0][0]).fields["author"]
    assert [author.family for author in authors] == ["Уджуху", "Шащенко"]


@pytest.mark.parametrize("bullet", ["•", "·"])
def test_a_catalogue_lists_bullet_is_not_part_of_the_heading(bullet: str) -> None:
    """Koha's ISBD export opens each record with "• " (batch 10, a university library)."""
    fields = parse_reference(
        f"{bullet} Родионова И. А. Экономическая география Российской Федерации : "
        "Учебно-справочное пособие по географии. - М. : Московский лицей, 2001. - 190, [2] с.: "
        "карт., рис.").fields
    assert [author.family for author in fields["author"]] == ["Родионова"]
    assert fields["title"] == "Экономическая география Российской Федерации"


def test_a_bare_dash_before_a_lower_case_page_opens_its_area() -> None:
    """Batch 11 (the source line of a reprinted chapter): hyphens for the area dashes,
    the page's term in lower case: "Отв. ред. М.В. Нечкина - М.: Наука, 1979 - с. 110-118"."""
    reference = parse_reference(
        "Эйдельман Н. Я. К истории лондонской встречи // Революционная ситуация в России / "
        "Отв. ред. М.В. Нечкина - М.: Наука, 1979 - с. 110-118.")
    assert (reference.fields["publisher-place"], reference.fields["publisher"]) == \
        ("Москва", "Наука")
    assert reference.fields["issued"].parts[0][0] == 1979
    assert reference.fields["page"] == "110-118"


@pytest.mark.parametrize(("text", "title", "host", "place", "year"), [
    # batch 11: I. F. Ushakov's literature list on Kola (19th-century contributions)
    ("Жуковский А. Т. Кольский Воскресенский собор XVII века. — Изв. Имп. археологического "
     "о-ва. Т. 2. Спб., 1861.", "Кольский Воскресенский собор XVII века",
     "Изв. Имп. археологического о-ва", "Санкт-Петербург", 1861),
    ("Кастрен М. А. Путешествие в Лапландию, Северную Россию и Сибирь. — Собр. старых и "
     "новых путешествий. М., 1860.", "Путешествие в Лапландию, Северную Россию и Сибирь",
     "Собр. старых и новых путешествий", "Москва", 1860),
    # a work in collected works, written in the same form
    ("Пушкин А. С. Евгений Онегин. — Полн. собр. соч. Т. 5. М., 1950.", "Евгений Онегин",
     "Полн. собр. соч.", "Москва", 1950),
])
def test_a_collection_after_the_dash_with_its_own_imprint_is_the_host(
        text: str, title: str, host: str, place: str, year: int) -> None:
    reference = parse_reference(text)
    assert reference.type == "chapter"
    assert (reference.fields["title"], reference.fields["container-title"]) == (title, host)
    assert (reference.fields["publisher-place"], reference.fields["issued"].year) == (place, year)


@pytest.mark.parametrize("text", ["Иванов И. Очерки. — Т. 1. М., 1990.",
                                  "Иванов И. Очерки. — Изд. 3-е. М., 1990.",
                                  "Иванов И. Очерки. — 2-е изд. — М., 1990."])
def test_an_edition_or_volume_after_the_dash_is_no_host(text: str) -> None:
    reference = parse_reference(text)
    assert reference.type == "book" and "container-title" not in reference.fields
    assert reference.fields["title"] == "Очерки"


@pytest.mark.parametrize(("text", "families", "title"), [
    ("*Алисова Т.Б., Репина Т.А., Таривердиева М.А. Введение в романскую филологию. М.: "
     "Высшая школа, 1987. - 344 с.", ["Алисова", "Репина", "Таривердиева"],
     "Введение в романскую филологию"),
    ("*Алпатов В.М. История лингвистических учений: Учебное пособие. М.: Языки русской "
     "культуры, 1998. - 368 с.", ["Алпатов"], "История лингвистических учений"),
])
def test_the_asterisk_of_a_lists_main_works_is_not_part_of_the_heading(
        text: str, families: list[str], title: str) -> None:
    """A textbook's bibliography marks the works it recommends with "*" (batch 12)."""
    fields = parse_reference(text).fields
    assert [author.family for author in fields["author"]] == families
    assert fields["title"] == title


def test_a_range_of_centuries_in_a_title_is_no_area_dash() -> None:
    # a history article's reference list (dev set batch 3): "в XVIII - XX вв.: проблемы …",
    # which looked like a place and a publisher after a bare dash
    reference = parse_reference(
        "Корнилов Г.Е. Агропереход - важнейшая фаза процесса модернизации // Аграрное развитие "
        "и продовольственная политика России в XVIII - XX вв.: проблемы источников и "
        "историографии. Оренбург, 2007.")
    assert reference.fields["container-title"] == (
        "Аграрное развитие и продовольственная политика России в XVIII - XX вв.: проблемы "
        "источников и историографии")
    assert reference.fields["publisher-place"] == "Оренбург"
