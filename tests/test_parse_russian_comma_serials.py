"""A journal or a newspaper cited in the comma form of Soviet and typed notes: the
serial's title, its year and its issue or day each after a comma ("// Новый мир, 1972,
№ 1, с. 245", "// Литературная газета, 1981, 4 февраля"), the form GOST 7.1-2003 prints
with periods ("Новый мир. 1972. № 1. С. 245"). Real forms from the notes of batch 7 (a
book of literary criticism), and two written in the same form for other serials (Кабанов's
article, cited with periods in batch 4's list; Кольцов in «Правда»); the values were read
off the text by hand."""

from __future__ import annotations

import pytest

from biblio.parse.gost import parse_reference

ARTICLES = [
    ("Латынина А. Кирпиков и вечные проблемы // Литературное обозрение, 1981, № 9, с. 40.",
     "Латынина", "Кирпиков и вечные проблемы", "Литературное обозрение", "9", "40"),
    ("Чудакова М. Заметки о языке современной прозы // Новый мир, 1972, № 1. с. 245.",
     "Чудакова", "Заметки о языке современной прозы", "Новый мир", "1", "245"),
    ("Золотусский И. Познание настоящего // Вопросы литературы, 1975, № 10, с. 30.",
     "Золотусский", "Познание настоящего", "Вопросы литературы", "10", "30"),
    ("Кабанов В.В. Пути и бездорожье аграрного развития России // Вопросы истории, 1993, № 2.",
     "Кабанов", "Пути и бездорожье аграрного развития России", "Вопросы истории", "2", None),
]


@pytest.mark.parametrize(("text", "family", "title", "journal", "issue", "page"), ARTICLES)
def test_a_journal_in_the_comma_form_gives_its_year_and_issue(
        text: str, family: str, title: str, journal: str, issue: str, page: str | None) -> None:
    reference = parse_reference(text)
    assert reference.type == "article-journal"
    assert reference.fields["author"][0].family == family
    assert reference.fields["title"] == title
    assert reference.fields["container-title"] == journal
    assert reference.fields["issue"] == issue
    assert reference.locator == page


NEWSPAPERS = [
    ("Коробков Л. Неужели это всерьез? // Литературная газета, 1981, 4 февраля.",
     "Литературная газета", [1981, 2, 4]),
    ("Орлов В. Медсестра, альтист и аптекарь // Литературная газета, 1982, 11 августа.",
     "Литературная газета", [1982, 8, 11]),
    ("Кольцов М. Испанский дневник // Правда, 1937, 12 июля.", "Правда", [1937, 7, 12]),
]


@pytest.mark.parametrize(("text", "newspaper", "date"), NEWSPAPERS)
def test_a_newspaper_in_the_comma_form_gives_its_day(
        text: str, newspaper: str, date: list[int]) -> None:
    reference = parse_reference(text)
    assert reference.type == "article-newspaper"
    assert reference.fields["container-title"] == newspaper
    assert reference.fields["issued"].parts == [date]


def test_a_whole_issue_in_the_comma_form_keeps_its_title_apart() -> None:
    reference = parse_reference("Вопросы литературы, 1969, № 7, С. 75.")
    assert reference.fields["title"] == "Вопросы литературы"
    assert reference.fields["issued"].parts[0][0] == 1969
    assert reference.fields["issue"] == "7"
    assert reference.locator == "75"


def test_an_imprint_year_before_a_page_stays_an_imprint() -> None:
    reference = parse_reference("Гинзбург Л. О литературном герое. Л., 1979, с. 82.")
    assert reference.fields["title"] == "О литературном герое"
    assert reference.fields["publisher-place"] == "Ленинград"
    assert reference.locator == "82"


TYPED_SERIALS = [
    ("Серов Д.О. Заметки к биографии П. П. Шафирова // Study Group on Eighteenth-Century Russia "
     "Newsletter. 1993, № 21. P. 57–62.",
     "Study Group on Eighteenth-Century Russia Newsletter", 1993, "21"),
    ("Евтехов Р. А. «Буде нужда того требует» // Вестник Томского государственного университета "
     "2017. №414 С.62-66",
     "Вестник Томского государственного университета", 2017, "414"),
    ("Скиперских А. В. «История российской провинции в мемориальной культуре» // Вестник "
     "Томского государственного университета. История 2017. №47 C.121-127",
     "Вестник Томского государственного университета. История", 2017, "47"),
]


@pytest.mark.parametrize(("text", "journal", "year", "issue"), TYPED_SERIALS)
def test_a_serials_year_typed_without_its_period_is_read_apart(
        text: str, journal: str, year: int, issue: str) -> None:
    """A year after a period and before a comma, or after the title with no period at
    all (a journal site's list: "… университета 2017. №414 С.62-66")."""
    reference = parse_reference(text)
    assert reference.fields["container-title"] == journal
    assert reference.fields["issued"].parts[0][0] == year
    assert reference.fields["issue"] == issue


@pytest.mark.parametrize(("text", "title", "month", "day", "issue"), [
    ("Рабочая Москва. 17 мая 1935. № 112. С. 1.", "Рабочая Москва", 5, 17, "112"),
    ("Комсомольская правда. 15 мая 1935. № 110. С. 4.", "Комсомольская правда", 5, 15, "110"),
])
def test_a_day_before_the_year_is_no_title_missing_its_period(
        text: str, title: str, month: int, day: int, issue: str) -> None:
    """Batch 28 (a monograph on the Moscow metro): a newspaper's issue by its day, then its
    number. The year after "мая" is the date's, not a serial's year typed without its
    period, so "17 мая" does not stay in the title (the rule above read "17 мая. 1935.")."""
    reference = parse_reference(text)
    assert reference.fields["title"] == title
    assert reference.fields["issued"].parts[0] == [1935, month, day]
    assert reference.fields["issue"] == issue


def test_a_day_before_the_year_in_a_host() -> None:
    reference = parse_reference("Безыменский А. Песня Москвы на субботнике метро // Ударник "
                                "Метростроя. 24 марта 1934. № 69. С. 1.")
    assert reference.fields["container-title"] == "Ударник Метростроя"
    assert reference.fields["issued"].parts[0] == [1934, 3, 24]


@pytest.mark.parametrize(("text", "title", "serial", "issue", "day"), [
    ("Пятилетний план советского театра.—Театр, 1937, № 4, с. 4.",
     "Пятилетний план советского театра", "Театр", "4", None),
    ("Зубков Ю. Сохраненное и утраченное.—Театр, 1953, № 12, с. 126.",
     "Сохраненное и утраченное", "Театр", "12", None),
    ("Шествие молодости и силы. Физкультурный парад на площади Урицкого.— Рабочий и театр, "
     "1936, № 14, с. 2.", "Шествие молодости и силы. Физкультурный парад на площади Урицкого",
     "Рабочий и театр", "14", None),
    ("Бондаренко И. Острый и веселый спектакль.— Веч. Ленинград, 1953, 16 дек.",
     "Острый и веселый спектакль", "Веч. Ленинград", None, [1953, 12, 16]),
    ("Капралов Г. Поэтический дар режиссера.— Ленинградская правда, 1958, 8 мая.",
     "Поэтический дар режиссера", "Ленинградская правда", None, [1958, 5, 8]),
])
def test_the_serial_after_a_dash_is_the_host(
        text: str, title: str, serial: str, issue: str | None, day: list[int] | None) -> None:
    """Soviet notes put the journal or the newspaper after a dash, then its year and its
    issue or day with commas (batch 9: the notes of a book on an actor; values read by
    hand)."""
    reference = parse_reference(text)
    assert reference.fields["title"] == title
    assert reference.fields["container-title"] == serial
    assert reference.fields.get("issue") == issue
    if day:
        assert reference.fields["issued"].parts == [day]


def test_a_gost_area_dash_before_the_imprint_stays_an_area() -> None:
    reference = parse_reference("Иванов И. И. История. — М.: Наука, 1990. — 320 с.")
    assert "container-title" not in reference.fields
    assert reference.fields["publisher"] == "Наука"


NUMBER_BEFORE_YEAR = [
    # batch 11: an émigré magazine (a book on the Romanovs, batch 9's gold form)
    ("К. Киселевский. Исторический очерк Лейб-гвардии Конной артиллерии // Военная быль. "
     "– № 121, 1973.", "Военная быль", "121", 1973, None),
    # the dash before a serial with its issue first (Soviet notes on writers)
    ("Бонч-Бруевич В. Д. Из моих воспоминаний. — «Звенья», вып. 8, 1950, с. 641 — 716.",
     "Звенья", "8", 1950, "641 — 716"),
    ("Аксенов В. Апельсины из Марокко. — «Юность», № 1, 1963, с. 3.", "Юность", "1", 1963, "3"),
]


@pytest.mark.parametrize(("text", "journal", "issue", "year", "page"), NUMBER_BEFORE_YEAR)
def test_a_serials_number_before_its_year_is_read_apart(
        text: str, journal: str, issue: str, year: int, page: str | None) -> None:
    """The issue or part before the year, as Soviet and émigré notes print it: read as
    GOST's "Военная быль. 1973. № 121"."""
    reference = parse_reference(text)
    assert reference.type == "article-journal"
    assert reference.fields["container-title"] == journal
    assert (reference.fields["issue"], reference.fields["issued"].parts[0][0]) == (issue, year)
    assert reference.locator == page


DASH_SERIALS_AFTER_A_PERIOD = [
    # batch 11: the Shalamov–Tvardovsky correspondence and a literature list on Kola
    ("Карякин Ю. Эпизод из современной борьбы идей. — Новый мир. 1964, № 9.",
     "Эпизод из современной борьбы идей", "Новый мир", 1964, "9"),
    ("Кааран А. К истории Русского Севера. — Изв. Архангельского о-ва изуч. Русского "
     "Севера. 1910, № 11.",
     "К истории Русского Севера", "Изв. Архангельского о-ва изуч. Русского Севера", 1910, "11"),
]


@pytest.mark.parametrize(("text", "title", "journal", "year", "issue"), DASH_SERIALS_AFTER_A_PERIOD)
def test_a_serial_after_the_dash_closed_by_a_period(
        text: str, title: str, journal: str, year: int, issue: str) -> None:
    """The serial's name closed by a period, then its year and issue with a comma."""
    reference = parse_reference(text)
    assert (reference.fields["title"], reference.fields["container-title"]) == (title, journal)
    assert (reference.fields["issued"].parts[0][0], reference.fields["issue"]) == (year, issue)


def test_a_newspapers_day_before_its_year_after_the_dash() -> None:
    """Soviet notes date a newspaper day first, alone («Правда», 22 января 1920 г.; "Советское
    искусство" 4 февраля 1940г.) and after the dash that stands for "//" (a book on
    Bulgakov, the dev set's ru-fn-1329): read as GOST's " // Правда. 22 марта 1932 г."."""
    reference = parse_reference("А. М. Горький. С кем вы, мастера культуры? – «Правда», 22 "
                                "марта 1932 г.")
    assert reference.fields["title"] == "С кем вы, мастера культуры?"
    assert reference.fields["container-title"] == "Правда"
    assert reference.fields["issued"].parts == [[1932, 3, 22]]
