"""Marks typed with the space after them dropped (biblio.parse.glued_marks): read as GOST
spaces them, given back as printed; the marks that join stay as they are."""

from __future__ import annotations

import signal

import pytest

from biblio.parse import parse_note, parse_reference
from biblio.parse.glued_marks import unglued


def _spaced(text: str) -> str:
    read = unglued(text)
    return text if read is None else read[0]


@pytest.mark.parametrize(("printed", "read"), [
    # dev rows as their sources print them: a Soviet monograph's notes (ru-fn-002, 006),
    # a theatre history's (ru-fn-835), a law course's list (ru-gost-694), a medical
    # history's (ru-gost-230), a thesis's (ru-fn-1930)
    ("И.Сталин, т. 11, с.15–16.", "И. Сталин, т. 11, с. 15–16."),
    ("Р.Дэвис, с.49.", "Р. Дэвис, с. 49."),
    ("Пятилетний план советского театра.—Театр, 1937, № 4, с. 4.",
     "Пятилетний план советского театра. —Театр, 1937, № 4, с. 4."),
    ("Шершеневич Г.Ф. Учебник русского гражданского права – М.: Проспект,2012",
     "Шершеневич Г.Ф. Учебник русского гражданского права – М.: Проспект, 2012"),
    ("Русская земская медицина. - М.,1899. - 340 с.",
     "Русская земская медицина. - М., 1899. - 340 с."),
    ("См.:МалабаевЖ. Положение беженцев-киргизов", "См.: МалабаевЖ. Положение беженцев-киргизов"),
    # the brief's and web lists' forms, every space dropped
    ("М.:Наука,1975.С.5", "М.: Наука, 1975. С. 5"),
    ("//Вопросы истории.1990.№5.С.3-15", "//Вопросы истории. 1990. №5. С. 3-15"),
    ("Т.1.С.24", "Т. 1. С. 24"),
    ("Сб.док.(1917–1922).Изд.2-е,доп.М.,1987.", "Сб. док. (1917–1922). Изд. 2-е, доп. М., 1987."),
    # a year and a number glued, the number of pages or a day (variants of ru-fn-951, 1535)
    ("Иркутск,1966.472 с.", "Иркутск, 1966. 472 с."),
    ("Суфлер.1880.1 января.№ 1.", "Суфлер. 1880. 1 января. № 1."),
    # an initial and a one-letter word after it; a transliterated note (ru-fn-1093, gost-236)
    ("Немирович-Данченко Вл.И.О творчестве актера.",
     "Немирович-Данченко Вл.И. О творчестве актера."),
    ("Arnoldov Ya.V.Zhizn i revolyutsiya.", "Arnoldov Ya.V. Zhizn i revolyutsiya."),
    ("Lenin,V.I.Poln.sobr.soch.- T.38.", "Lenin, V.I. Poln. sobr. soch.- T. 38."),
])
def test_a_glued_mark_between_words_is_read_spaced(printed: str, read: str) -> None:
    assert _spaced(printed) == read


@pytest.mark.parametrize("printed", [
    "т.е. и т.д., и т.п., в т.ч., IV в. н.э., e.g., i.e., a.a.O., z.B.",  # one letter a word
    "Д.э.н., профессор",  # a degree (ru-gost-347), «к.и.н.» alike
    "Иванов И.И. История", "ЧалинА.А. Отчет", "Гусева, Е.Н, and О.Р Бородин",  # initials
    "С.-Петербург, с.-х. машины",  # the period before a hyphen
    "1,5 п.л.; 1.236; 12.05.2020; т. 2:1917",  # numbers and dates
    "URL:http://www.hist.msu.ru/Labs/index.html", "www.rsl.ru", "info@iriran.ru",
    "doi:10.31857/S086956870000000-1", "Vymogy oformlennya/gost_7.1-2006.pdf.",
    "ru.wikipedia.org, президент.рф",
    "2025 г.];11(2):373-86.",  # Vancouver's volume, issue and pages (ru-gost-386, 637)
    "Экономико-статистический справочник. М.—Л., 1932",  # two places (ru-fn-693)
    "Journal 2016. №409 C.72-78",  # a Latin «C.» glued to its page (ru-gost-183)
    "Театр. 1984. №.3. С.60.",  # the numero's period (ru-fn-1085)
    "РГАСПИ, ф. 17, оп. 162, д. 9, л. 54 об.–55.",  # a range of leaves
    "И. С,.Тургенев",  # OCR's comma and period (ru-fn-200)
    "Изд-во Моск. ун-та, им. Ленина",
])
def test_a_mark_that_joins_stays_glued(printed: str) -> None:
    spaced = _spaced(printed)
    for joined in ("т.е.", "т.д.", "т.п.", "т.ч.", "н.э.", "e.g.", "i.e.", "a.a.O.", "z.B.",
                   "Д.э.н.", "И.И.",
                   "А.А.", "Е.Н", "С.-", "1,5", "1.236", "12.05.2020", "2:1917", "http://",
                   "index.html", "www.rsl.ru", "info@iriran.ru", "ru.wikipedia.org", "президент.рф",
                   "10.31857", "7.1-2006.pdf",
                   "(2):373", "М.—Л.", "C.72", "№.3", "об.–55", "С,.Т", "Изд-во"):
        assert (joined in printed) == (joined in spaced), (joined, spaced)


def test_the_initials_run_is_parted_from_a_family_glued_to_it() -> None:
    assert _spaced("В.И.Ленин и ВЧК") == "В.И. Ленин и ВЧК"
    assert _spaced("Idem.Stalin's Industrial Revolution") == "Idem. Stalin's Industrial Revolution"


@pytest.mark.parametrize(("text", "author", "title"), [
    # monographs titled by their subject's initials and family (Byaly's «В. Г. Короленко»,
    # Meilakh's «А. С. Пушкин», 1949), typed glued after the heading's two initials: the
    # subject's name stays the title's (review of session 31)
    ("Бялый Г.А. В.Г.Короленко. М.; Л., 1949.", "Бялый", "В.Г.Короленко"),
    ("Мейлах Б.С. А.С.Пушкин: Очерк жизни и творчества. М.; Л., 1949.", "Мейлах",
     "А.С.Пушкин: Очерк жизни и творчества"),
    # after a heading of one initial: Mikheeva's «И. И. Соллертинский» (the dev row
    # ru-fn-1444 prints it spaced), Carpenter's Tolkien
    ("Михеева Л. И.И.Соллертинский: Жизнь и наследие. Л., 1988. С. 166.", "Михеева",
     "И.И.Соллертинский: Жизнь и наследие"),
    ("Carpenter H. J.R.R.Tolkien: A Biography. London, 1977.", "Carpenter",
     "J.R.R.Tolkien: A Biography"),
    # the heading's last initial glued to its title is parted, as before
    ("Иванов И. И.История России. М., 2001.", "Иванов", "История России"),
])
def test_a_name_glued_after_the_headings_initials_opens_the_title(text: str, author: str,
                                                                  title: str) -> None:
    (reference,) = parse_note(text)
    assert [name.family for name in reference.fields["author"]] == [author]
    assert reference.fields["title"] == title


def test_a_family_glued_to_its_initials_is_parted_but_after_a_headings_initials() -> None:
    assert _spaced("Иванов И.И.История") == "Иванов И.И. История"
    assert _spaced("Иванов И. И.История") == "Иванов И. И. История"
    assert _spaced("Мейлах Б.С. А.С.Пушкин") == "Мейлах Б.С. А.С.Пушкин"


def test_a_gost_note_spaced_as_gost_prints_it_is_not_read_here() -> None:
    assert unglued("Иванов И. И. История. М.: Наука, 1975. С. 5.") is None
    assert unglued("Там же. С. 5–7; 1,5 п. л.") is None


def test_the_fields_are_given_back_as_printed() -> None:
    text = "Лубянка.Сталин и ВЧК — НКВД.М.:Наука,2003.С.462."
    spaced, ungluing = unglued(text) or ("", None)
    assert ungluing is not None and ungluing.printed(spaced) == text
    assert ungluing.printed("Лубянка. Сталин и ВЧК — НКВД") == "Лубянка.Сталин и ВЧК — НКВД"
    # a space the note printed itself stays in every field
    both, both_given = unglued("С. 5 и С.5") or ("", None)
    assert both_given is not None and both_given.printed(both) == "С. 5 и С. 5"


@pytest.mark.parametrize(("text", "fields", "locator"), [
    # the dev rows ru-fn-050, 048 and 113 typed with every space after a mark dropped, as
    # web-scraped lists print them (benchmarks/typography_variants.py, spaces-dropped)
    ("Мозохин О.Б.ВЧК — ОГПУ.На защите экономической безопасности государства и в борьбе с "
     "терроризмом.М.,2004.С.73.",
     {"title": "ВЧК — ОГПУ.На защите экономической безопасности государства и в борьбе с "
               "терроризмом", "publisher-place": "Москва"}, "73"),
    ("ЦА ФСБ РФ,ф.1,оп.6,д.38,л.118.",
     {"archive": "ЦА ФСБ РФ", "archive_location": "ф. 1, оп. 6, д. 38"}, "118"),
    ("О культе личности… // Известия ЦК КПСС.1989.№ 3.С.157.",
     {"container-title": "Известия ЦК КПСС", "issue": "3"}, "157"),
])
def test_a_reference_typed_glued_reads_its_fields(text: str, fields: dict[str, str],
                                                  locator: str) -> None:
    (reference,) = parse_note(text)
    assert {key: reference.fields.get(key) for key in fields} == fields
    assert reference.locator == locator
    assert reference.text == text
    assert parse_reference(text).fields == reference.fields


@pytest.mark.parametrize(("text", "place", "publisher", "year", "pages"), [
    # a construction course project's list (dev ru-gost-2440, 2443): the areas' dash glued
    # between the year and the extent with no period, an en dash
    ("СНиП 3.01.01–85*. Организация строительного производства /Госстрой СССР.– Москва: "
     "ЦИТП Госстроя СССР, 1985–56с.", "Москва", "ЦИТП Госстроя СССР", 1985, "56"),
    ("Технология строительного производства: справочник / под редакцией С.Я. Луцкого, "
     "С.С. Атаева – Москва Высшая школа, 1981–384с.", "Москва", "Высшая школа", 1981, "384"),
    # other books, a hyphen, a space before «с.»
    ("Орлов В. К. Основания и фундаменты. - Л.: Стройиздат, 1979-212 с.",
     "Ленинград", "Стройиздат", 1979, "212"),
    ("Белов Н. Н. Гидрология суши. – Киев: Урожай, 2003–148 с.",
     "Киев", "Урожай", 2003, "148"),
    # the note's closing period dropped (ru-gost-2443 typed so)
    ("Белов Н. Н. Гидрология суши. – Киев: Урожай, 2003–148с", "Киев", "Урожай", 2003, "148"),
])
def test_the_year_glued_to_the_extent_by_a_dash_parts_them(
        text: str, place: str, publisher: str, year: int, pages: str) -> None:
    (reference,) = parse_note(text)
    assert reference.fields["publisher-place"] == place
    assert reference.fields["publisher"] == publisher
    assert reference.fields["issued"].parts[0][0] == year
    assert reference.fields["number-of-pages"] == pages


@pytest.mark.parametrize("text", [
    "Петров П. П. Война 1941-1945 гг. М., 1985. С. 12.",  # a range of years in a title
    "Сидоров С. С. Статьи 1905–1907 годов. М., 1999.",
])
def test_a_range_of_years_is_not_parted(text: str) -> None:
    assert unglued(text) is None


def test_ungluing_is_linear_in_the_text() -> None:
    def hang(*_: object) -> None:
        raise TimeoutError("unglued hangs")

    previous = signal.signal(signal.SIGALRM, hang)
    signal.alarm(5)
    try:
        assert unglued("т.1,с.2:а." * 20000) is not None
        assert unglued("И." * 50000 + "Иванов") is not None
        assert unglued(", 1985–56с." * 2000) is not None
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
