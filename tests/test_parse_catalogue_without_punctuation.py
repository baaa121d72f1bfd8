"""Catalogue records and lists without their prescribed punctuation (issue 9, session 29).

A library catalogue prints its ISBD record from the fields its cataloguers entered; where
they never entered the prescribed punctuation, the record comes out with the areas' dashes
but without the period before them, the colon between place and publisher (GOST 7.1-2003
clause 5.5.5, "М. : Наука") or the comma before the year, and without the colon before
the other title information (clause 5.2.5). The records below are three books of one
Ukrainian library's catalogue (opac.library.pl.ua, dev rows ru-gost-420, 721 and 773), each
checked against its record. Lists typed by hand lose the period before a host's year the
same way (the end of this file).
"""

from __future__ import annotations

from typing import Any

import pytest

from biblio import parse_footnotes
from biblio.formats.csljson import item_to_json
from biblio.parse.publication import parse_publication


def _item(text: str) -> dict[str, Any]:
    document = parse_footnotes([text])
    return item_to_json(document.items[document.notes[0].cites[0].item])


@pytest.mark.parametrize(("text", "place", "publisher", "year", "pages"), [
    ("Централизация библиотечной сети сборник научных трудов. Вып. 24 — М. ГБЛ 1977 — 64 с.",
     "Москва", "ГБЛ", 1977, "64"),
    ("Активные передающие антенны ред. В. В. Должиков — М. Радио и связь 1984 — 145 с.: ил.",
     "Москва", "Радио и связь", 1984, "145"),
    ("Эффективные технологии производства продуктов птицеводства сборник научных трудов "
     "ВАСХНИЛ — М. Агропромиздат 1989 — 224 с.", "Москва", "Агропромиздат", 1989, "224"),
    # ru-gost-1849 (session 34): a place GOST does not abbreviate, written out
    ("Повышение эффективности инженерного труда ред. О. А. Бородий — Львов Світ 1991 — 236 с.",
     "Львов", "Світ", 1991, "236"),
    ("Основы гидравлики учеб. пособие — Харьков Вища школа 1985 — 180 с.",
     "Харьков", "Вища школа", 1985, "180"),
    ("Сборник статей — Томск Изд-во ТГУ 1980 — 200 с.", "Томск", "Изд-во ТГУ", 1980, "200"),
])
def test_an_imprint_without_its_colon_and_comma_between_bare_dashes(
        text: str, place: str, publisher: str, year: int, pages: str) -> None:
    item = _item(text)
    assert (item["publisher-place"], item["publisher"]) == (place, publisher)
    assert item["issued"] == {"date-parts": [[year]]}
    assert item["number-of-pages"] == pages


def test_a_places_second_word_is_no_publisher() -> None:
    item = _item("История края — Новгород Северский 1990 — 120 с.")
    assert item["publisher-place"] == "Новгород Северский"
    assert "publisher" not in item


@pytest.mark.parametrize(("text", "title"), [
    # ru-gost-155, ru-gost-1649: the heading repeated after the title, its slash dropped
    ("Петрухин,В. Я. Начало этнокультурной истории Руси IX-XI веков В. Я. Петрухин — "
     "Смоленск Русич 1995 — 320 с.", "Начало этнокультурной истории Руси IX-XI веков"),
    ("СУХОРУКОВ,К. ОБЯЗАТЕЛЬНЫЙ ЭКЗЕМПЛЯР: ТИПЫ И ВИДЫ К. СУХОРУКОВ // БИБЛИОТЕКА. - 2010. "
     "- № 3. - С. 54-55. - .", "ОБЯЗАТЕЛЬНЫЙ ЭКЗЕМПЛЯР: ТИПЫ И ВИДЫ"),
    ("Иванов,П. С. Очерки истории края П. С. Иванов — Киев Наукова думка 1980 — 200 с.",
     "Очерки истории края"),
    # another person's name closing the title stays
    ("Толстой Л. Н. Письма к Л. Н. Толстому. М., 1990.", "Письма к Л. Н. Толстому"),
    ("Гусев А. И. Воспоминания о Л. Н. Толстом. М., 1990.", "Воспоминания о Л. Н. Толстом"),
])
def test_the_heading_repeated_after_the_title_without_its_slash(text: str, title: str) -> None:
    assert _item(text)["title"] == title


def test_a_collection_genre_run_on_to_the_title_without_its_colon() -> None:
    item = _item("Централизация библиотечной сети сборник научных трудов. Вып. 24 — М. ГБЛ "
                 "1977 — 64 с.")
    assert item["title"] == "Централизация библиотечной сети"
    assert item["genre"] == "сборник научных трудов"


@pytest.mark.parametrize("title", [
    "Сборник статей",  # the phrase opens the title: it is the title
    "Памяти его посвящен сборник статей с двумя его портретами",  # a sentence goes on
])
def test_a_genre_phrase_that_does_not_end_the_title_stays_in_it(title: str) -> None:
    item = _item(f"{title}. — М.: Наука, 1990. — 200 с.")
    assert item["title"] == title
    assert "genre" not in item


@pytest.mark.parametrize(("text", "place", "publisher"), [
    ("М. ГБЛ 1977", "Москва", "ГБЛ"),
    ("Л. «Наука» 1965", "Ленинград", "«Наука»"),
    ("М. Изд-во МГУ 1990", "Москва", "Изд-во МГУ"),
])
def test_an_abbreviated_place_before_a_publisher_without_the_colon(
        text: str, place: str, publisher: str) -> None:
    fields = parse_publication(text)
    assert fields is not None
    assert (fields["publisher-place"], fields["publisher"]) == (place, publisher)


@pytest.mark.parametrize("text", [
    "М. Л. 1950",  # two places, the semicolon left out: no publisher "Л."
    "Berlin Heidelberg 2001",  # a place written out may be one of two words
    "Cambridge Mass. 1990",  # a state after its city
])
def test_places_alone_read_no_publisher(text: str) -> None:
    fields = parse_publication(text)
    assert fields is None or "publisher" not in fields


@pytest.mark.parametrize(("text", "place", "publisher"), [
    # the place's period left out as well, as lists typed with no punctuation print it
    # (dev rows ru-gost-1021, 1022: "- К Вища школа, 1976- 104 с", "- М Мысль, 1984 -99 с")
    ("М Мысль, 1984", "Москва", "Мысль"),
    ("Л Наука, 1975", "Ленинград", "Наука"),
    ("К Наукова думка, 1990", "Київ", "Наукова думка"),
    ("СПб Питер, 2004", "Санкт-Петербург", "Питер"),
])
def test_a_place_without_its_period_before_a_publisher(text: str, place: str,
                                                       publisher: str) -> None:
    fields = parse_publication(text)
    assert fields is not None
    assert (fields["publisher-place"], fields["publisher"]) == (place, publisher)


def test_an_initial_without_its_period_before_a_phrase_is_no_place() -> None:
    fields = parse_publication("Л Толстой в жизни, 1928")
    assert fields is None or "publisher" not in fields


@pytest.mark.parametrize(("text", "place", "publisher", "pages"), [
    ("Савчук О. Л. Вища математика - К Либідь, 1992- 240 с", "Київ", "Либідь", "240"),
    ("Орлова Н. В. Планирование хозяйства - М Экономика, 1979- 88 с", "Москва", "Экономика",
     "88"),
])
def test_a_list_typed_without_periods_reads_its_imprint_and_extent(
        text: str, place: str, publisher: str, pages: str) -> None:
    item = _item(text)
    assert (item["publisher-place"], item["publisher"], item["number-of-pages"]) == \
        (place, publisher, pages)


# --- a host's year after a bare dash -----------------------------------------------------

@pytest.mark.parametrize(("text", "container", "year", "issue"), [
    # a Ukrainian library journal's list (dev row ru-gost-1122), printed so
    ("Бібліотека і доступність інформації у сучасному світі / Л. Й. Костенко, А. О. "
     "Чекмарьов // Бібліотечний вісник — 2003. — № 4. — С. 43.", "Бібліотечний вісник", 2003, "4"),
    # a Ukrainian textbook's appendix whose page lost its punctuation (ru-gost-1024): the
    # pages' tail "-е 38-40" ("с" read as "е") is left unread, the issue before it is read
    ("Рыбачев С. Ю. Расчеты по определению производственных мощностей // Экономика стр-ва "
     "-1987 - №5 -е 38-40", "Экономика стр-ва", 1987, "5"),
])
def test_a_hosts_year_after_a_dash_without_its_period(
        text: str, container: str, year: int, issue: str) -> None:
    item = _item(text)
    assert item["container-title"] == container
    assert item["issued"] == {"date-parts": [[year]]}
    assert item["issue"] == issue


def test_a_range_of_years_in_a_hosts_title_stays() -> None:
    item = _item("Иванов И. И. Статья // Россия 1917 – 1922. — М., 2000. — С. 5–10.")
    assert item["container-title"] == "Россия 1917 – 1922"


@pytest.mark.parametrize(("text", "title", "body"), [
    # the collection's genre run on without its colon, the issuing body's acronym after it
    # (dev row ru-gost-773's form: "… сборник научных трудов ВАСХНИЛ — М. Агропромиздат 1989")
    ("Проблемы экономики сельского хозяйства сборник научных трудов ВНИИЭСХ — М. Колос 1985 "
     "— 150 с.", "Проблемы экономики сельского хозяйства", "ВНИИЭСХ"),
    ("Информационные ресурсы общества сборник научных трудов ИНИОН — М. ИНИОН 1990 — 98 с.",
     "Информационные ресурсы общества", "ИНИОН"),
])
def test_a_collection_genre_then_its_bodys_acronym_leave_the_title(
        text: str, title: str, body: str) -> None:
    item = _item(text)
    assert (item["title"], item["genre"], item["note"]) == (title, "сборник научных трудов", body)
