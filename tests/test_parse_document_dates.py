"""A letter's, a diary entry's or (outside an archive) an act's date after «от» at the end
of its title is its `issued` (biblio.parse.document_dates); the minutes of a meeting keep
the date that names them."""

from __future__ import annotations

import pytest

from biblio import parse_footnotes
from biblio.model import Date, Item
from biblio.parse.document_dates import split_document_date, split_document_month


def one(text: str) -> Item:
    document = parse_footnotes([text])
    (cite,) = document.notes[0].cites
    return document.items[cite.item]


@pytest.mark.parametrize(("title", "rest", "parts", "printed"), [
    # a book on the Symbolists (batch 15 of the dev set)
    ("Письмо от 4 сентября 1906 г.", "Письмо", [1906, 9, 4], None),
    ("Письмо H. М. Минского к Л. Н. Вилькиной от 7 января 1907 г.",
     "Письмо H. М. Минского к Л. Н. Вилькиной", [1907, 1, 7], None),
    # the same book's «письмо Брюсова к З. Н. Гиппиус от 18 июня (н. ст.) 1907 г.»,
    # capitalised as a title: the calendar named between the day and the year, kept
    ("Письмо Брюсова к З. Н. Гиппиус от 18 июня (н. ст.) 1907 г.",
     "Письмо Брюсова к З. Н. Гиппиус", [1907, 6, 18], "18 июня (н. ст.) 1907 г."),
    # a book on Stalin's letters (batch 1): «Письмо Кагановичу от 24 сентября 1931 г.»
    ("Письмо Кагановичу от 24 сентября 1931 г.", "Письмо Кагановичу", [1931, 9, 24], None),
    # a day in both calendars, as 1917–1918 documents are dated, and «года» written out:
    # the first day is `issued`, the date as printed keeps the other
    ("Телеграмма от 6 (19) декабря 1917 года", "Телеграмма", [1917, 12, 6],
     "6 (19) декабря 1917 года"),
])
def test_a_letters_closing_date_is_taken_from_its_title(title: str, rest: str,
                                                        parts: list[int],
                                                        printed: str | None) -> None:
    assert split_document_date(title) == (rest, Date(parts=[parts]), printed)


@pytest.mark.parametrize("title", [
    # minutes and shorthand records are named by their date (batch 8's gold keeps it)
    "Стенограмма закрытого заседания Президиума ССП от 19 сентября 1940 года",
    "Выписка из протокола заседания СНК Грузинской ССР от 10 марта 1938 года",
    # a collection of letters with its years, and a letter with no date
    "Письма к родным. 1849–1856",
    "Письмо А. Пашкова в редакцию газеты «Правда»",
    # a date with no year says too little to be the document's date
    "Письмо от 4 сентября",
])
def test_other_titles_keep_their_words(title: str) -> None:
    assert split_document_date(title) == (title, None, None)


def test_a_dated_letter_in_an_archive_is_a_manuscript_of_that_day() -> None:
    item = one("Письмо от 12 сентября 1906 г. // РГАЛИ. Ф. 343. Оп. 2. Ед. хр. 47.")
    assert (item.type, item["title"], item["archive"]) == ("manuscript", "Письмо", "РГАЛИ")
    assert item["archive_location"] == "ф. 343, оп. 2, ед. хр. 47"
    assert item["issued"] == Date(parts=[[1906, 9, 12]])


def test_a_dated_letter_in_a_published_volume_keeps_its_date_when_the_volume_has_none() -> None:
    item = one("Письмо от 5 августа 1906 г. // Литературное наследство. Т. 92: Александр Блок. "
               "Новые материалы и исследования. Кн. 1. С. 544.")
    assert (item.type, item["title"]) == ("chapter", "Письмо")
    assert item["issued"] == Date(parts=[[1906, 8, 5]])


def test_a_dated_document_in_a_dated_collection_is_dated_by_the_collection() -> None:
    # a book on an émigré journalist (dev set batch 17): the collection's year is the item's
    # `issued` (it was dropped for the letter's day); the letter's day as printed is kept
    item = one("Письмо Г.Д. Гребенщикова И.А. Бунину от 31 июля 1940 г. // С двух берегов: "
               "Русская литература XX века в России и за рубежом. М., 2002. С. 256-257.")
    assert (item.type, item["title"]) == ("chapter", "Письмо Г.Д. Гребенщикова И.А. Бунину")
    assert item["issued"] == Date(parts=[[2002]])
    assert item["note"] == "от 31 июля 1940 г."
    # the comma form of a decree's day (ru-fn-425, batch 5, whose note names no imprint),
    # given the collection's imprint: the same
    item = one("Постановление военного совета г. Челябинска об его образовании, составе и "
               "полномочиях, 7 сентября 1917 г. // Борьба за Советскую власть на Южном Урале. "
               "Челябинск, 1957. С. 132.")
    assert item["issued"] == Date(parts=[[1957]])
    assert item["note"] == "7 сентября 1917 г."
    # a letter dated with its calendar (batch 15's «… от 18 июня (н. ст.) 1907 г.») in a
    # dated collection: the collection's year, the letter's date whole as printed
    item = one("Письмо Брюсова к З. Н. Гиппиус от 18 июня (н. ст.) 1907 г. // Литературное "
               "наследство. М., 1976. С. 12.")
    assert item["issued"] == Date(parts=[[1976]])
    assert item["note"] == "от 18 июня (н. ст.) 1907 г."


def test_a_meetings_record_in_an_archive_keeps_its_date_in_its_title() -> None:
    item = one("Стенограмма закрытого заседания Президиума ССП от 19 сентября 1940 года // "
               "РГАЛИ. Ф. 631. Оп. 15. Д. 451. Л. 95.")
    assert item["title"].endswith("от 19 сентября 1940 года")
    assert "issued" not in item


def test_an_acts_date_after_ot_is_taken_only_when_acts_are_asked_for() -> None:
    assert split_document_date("Высочайший манифест от 6 мая 1868 г.") == (
        "Высочайший манифест от 6 мая 1868 г.", None, None)
    assert split_document_date("Высочайший манифест от 6 мая 1868 г.", acts=True) == (
        "Высочайший манифест", Date(parts=[[1868, 5, 6]]), None)


def test_an_act_in_a_collection_of_laws_is_dated_by_its_own_day() -> None:
    # a book on the Russian state (dev set batch 11): the manifesto's day, not the volume's
    item = one("Высочайший манифест от 6 мая 1868 г. // Полное собрание законов Российской "
               "империи. Собрание 2. СПб., 1873. Т. XLIII. № 45814. С. 546.")
    assert (item.type, item["title"]) == ("legislation", "Высочайший манифест")
    assert item["issued"] == Date(parts=[[1868, 5, 6]])


def test_an_act_cited_by_its_kind_body_subject_and_day_alone() -> None:
    # an article's list on the Siberian press (dev set batch 15): the day in both calendars
    item = one("Резолюция ВЦИК по вопросу печати от 4 (17) ноября 1917 года.")
    assert (item.type, item["title"]) == ("legislation", "Резолюция ВЦИК по вопросу печати")
    assert item["issued"] == Date(parts=[[1917, 11, 4]])
    assert item["note"] == "4 (17) ноября 1917 года"  # the other calendar's day kept


def test_an_act_in_a_gazette_keeps_its_day_and_a_title_without_one_is_a_book_title() -> None:
    item = one("Указ Президиума Верховного Совета СССР от 26 июня 1940 г. // Ведомости "
               "Верховного Совета СССР. 1940. № 20.")
    assert item["issued"] == Date(parts=[[1940, 6, 26]])
    item = one("Положение о выборах в Верховный Совет СССР. М., 1937.")
    assert item["title"] == "Положение о выборах в Верховный Совет СССР"


@pytest.mark.parametrize(("title", "rest", "parts", "printed"), [
    # an essay on Benois's Versailles series (dev set batch 25): a letter in a collection
    ("Письмо Е.Климову, январь 1956 года", "Письмо Е.Климову", [1956, 1], None),
    # a monograph on the Moscow metro (batch 28): «б/д», undated, and the month the
    # historian supplies in brackets, which is kept as printed
    ("письмо студента Данилина в Моссовет с жалобой, б/д [январь 1934 г.]",
     "письмо студента Данилина в Моссовет с жалобой", [1934, 1], "б/д [январь 1934 г.]"),
    # the same, typed with the spaces after the commas left out (a PDF layer's text)
    ("Письмо Е.Климову,январь 1956 года", "Письмо Е.Климову", [1956, 1], None),
    # constructed: an order, its month capitalised
    ("Приказ по тресту, Март 1933 г.", "Приказ по тресту", [1933, 3], None),
])
def test_a_documents_closing_month_after_a_comma_is_its_date(title: str, rest: str,
                                                             parts: list[int],
                                                             printed: str | None) -> None:
    assert split_document_month(title) == (rest, Date(parts=[parts]), printed)


@pytest.mark.parametrize("title", [
    "Париж, май 1968",  # a title naming a month: no letter's, no act's
    "Письмо Е.Климову январь 1956 года",  # no comma before the month
    "Письмо Е.Климову, [январь 1956 года",  # a bracket opened and never closed
    "Письмо Е.Климову, января 1956 года",  # a genitive month asks for its day
])
def test_a_month_closes_only_a_documents_title_after_its_comma(title: str) -> None:
    assert split_document_month(title) == (title, None, None)


def test_a_letters_month_before_its_host_and_before_its_archive_is_its_issued() -> None:
    item = one("Письмо Е.Климову, январь 1956 года // Александр Бенуа размышляет… с. 551.")
    assert (item["title"], item["issued"]) == ("Письмо Е.Климову", Date(parts=[[1956, 1]]))
    item = one("Ср. письмо студента Данилина в Моссовет с жалобой, б/д [январь 1934 г.] "
               "(ГА РФ. Ф. Р-7952. Оп. 7. Д. 151. Л. 9).")
    assert item["title"] == "письмо студента Данилина в Моссовет с жалобой"
    assert (item["issued"], item["note"]) == (Date(parts=[[1934, 1]]), "б/д [январь 1934 г.]")
    item = one("Париж, май 1968 // Новый мир. 1990. № 3. С. 5.")
    assert item["title"] == "Париж, май 1968"


@pytest.mark.parametrize(("title", "rest", "parts"), [
    # batch 46: a note on Stalin's 1952 note, «Служебная записка Громыко на имя Сталина от 21
    # января 1952 г. (АВП РФ …)»; the other qualified kinds as archival notes name them
    ("Служебная записка Громыко на имя Сталина от 21 января 1952 г.",
     "Служебная записка Громыко на имя Сталина", [1952, 1, 21]),
    ("Докладная записка наркома Ежова от 5 марта 1937 г.", "Докладная записка наркома Ежова",
     [1937, 3, 5]),
    ("Личное письмо Сазонова послу от 3 мая 1915 г.", "Личное письмо Сазонова послу",
     [1915, 5, 3]),
    ("Шифрованная телеграмма посла от 14 (27) июля 1914 г.", "Шифрованная телеграмма посла",
     [1914, 7, 14]),
    # the cipher telegram spelled with «о»
    ("Шифротелеграмма Сталина Голощёкину от 1 июля 1931 г.",
     "Шифротелеграмма Сталина Голощёкину", [1931, 7, 1]),
])
def test_a_letter_named_with_its_kinds_adjective_gives_its_date(title: str, rest: str,
                                                                parts: list[int]) -> None:
    assert split_document_date(title)[:2] == (rest, Date(parts=[parts]))


def test_an_adjective_before_another_noun_keeps_the_titles_date() -> None:
    title = "Служебная инструкция комиссариата от 2 мая 1920 г."
    assert split_document_date(title) == (title, None, None)


def test_a_qualified_memorandum_dated_by_its_month_after_a_comma() -> None:
    assert split_document_month("Докладная записка наркома, январь 1938 г.") == (
        "Докладная записка наркома", Date(parts=[[1938, 1]]), None)


def test_a_letters_day_inside_its_title_is_its_date_and_the_title_stays_whole() -> None:
    # batch 46: «Служебная записка 3-го отдела на имя Сталина от 26 февраля 1953 г. о позиции
    # советского правительства …»; the subject after the date is the title's
    title = ("Служебная записка 3-го отдела на имя Сталина от 26 февраля 1953 г. о позиции "
             "советского правительства")
    assert split_document_date(title) == (title, Date(parts=[[1953, 2, 26]]), None)
    title = "Письмо Молотова от 5 мая 1940 г. о переговорах с Германией"
    assert split_document_date(title) == (title, Date(parts=[[1940, 5, 5]]), None)


def test_a_meetings_record_keeps_its_inner_date_unread() -> None:
    title = "Стенограмма заседания от 19 сентября 1940 года о работе театров"
    assert split_document_date(title) == (title, None, None)
