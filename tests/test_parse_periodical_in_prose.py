"""Periodicals named in prose (issue 9, session 27): a name after «в» in the prepositional
case read back to the nominative (`biblio.parse.periodical_case`), the history notes of
text editions that name the periodical a text was first printed in
(`biblio.parse.first_printing`), a host's year after its name and a comma, and a host's
author known by one name («// Цицерон. Диалоги …», ru-fn-2064; «// Корнелий Тацит.
Сочинения …», ru-fn-1428: two books' notes), and the legal databases' heading of a journal
article («Title (Мыскин А. В.) («Нотариус», 2014, N 1)», ru-fn-1398–1400 and
center-bereg.ru's reprint).

The forms are real: Krylov's works (ru-fn-1311, 1313, 1314), Shevchenko's (ru-fn-1730,
1733), Lermontov's («Впервые опубликовано в «Отеч. записках» (1843, т. 31, № 12, отд. I,
стр. 342)», the commentary of his collected works as published on itexts.net), a memoir's
notes (ru-fn-1104), Mandelstam's commentary (ru-fn-745), GOST lists (ru-fn-1366,
ru-gost-104). The nominatives are the periodicals' own names, checked by hand."""

from __future__ import annotations

import pytest

from biblio.evaluation import normalize_text
from biblio.parse import parse_note
from biblio.parse.periodical_case import periodical_nominative
from biblio.parse.gost import parse_reference

READ_BACK = [
    ("Вопросах литературы", "Вопросы литературы"),
    ("Трудах Общества любителей российской словесности",
     "Труды Общества любителей российской словесности"),
    ("Известиях отделения русского языка и словесности Академии наук",
     "Известия отделения русского языка и словесности Академии наук"),
    ("Записках історично-філологічного відділу Всеукраїнської Академії наук",
     "Записки історично-філологічного відділу Всеукраїнської Академії наук"),
    ("Отеч. записках", "Отеч. записки"),
    ("Лит. Наследстве", "Лит. Наследство"),
    ("Литературном наследстве", "Литературное наследство"),
    ("Отечественных записках", "Отечественные записки"),
    ("Русских ведомостях", "Русские ведомости"),
    ("Русской мысли", "Русская мысль"),
]


@pytest.mark.parametrize(("printed", "name"), READ_BACK)
def test_a_periodical_is_read_back_to_the_nominative(printed: str, name: str) -> None:
    assert periodical_nominative(printed) == name


@pytest.mark.parametrize("printed", [
    "Будильнике",         # masculine «-е»: «Будильник» or a feminine «Будильника»?
    "Русском листке",     # «-ом»: masculine «Русский листок» or neuter «Русское …»
    "Трудах и днях",      # two heads
])
def test_a_name_whose_nominative_is_not_sure_stays(printed: str) -> None:
    assert periodical_nominative(printed) is None


@pytest.mark.parametrize(("printed", "name"), [
    # the head noun's gender from biblio.data.periodical_heads decides what the ending
    # does not (ru-fn-3615 and ru-fn-3617, Gogol's letters, led here)
    ("Сыне отечества", "Сын отечества"),
    ("Русском вестнике", "Русский вестник"),
    ("Историческом вестнике", "Исторический вестник"),
    ("Новом мире", "Новый мир"),
    ("Современнике", "Современник"),
    ("Русской старине", "Русская старина"),
    ("Северной пчеле", "Северная пчела"),
    ("Правде", "Правда"),
    ("Библиотеке для чтения", "Библиотека для чтения"),
    ("Новом времени", "Новое время"),
    ("Русском слове", "Русское слово"),
    ("Письмах", "Письма"),
])
def test_a_known_head_noun_gives_the_nominative(printed: str, name: str) -> None:
    assert periodical_nominative(printed) == name


@pytest.mark.parametrize(("printed", "name"), [
    ("Отечественным запискам", "Отечественные записки"),
    ("Отеч. запискам", "Отеч. записки"),
    ("Русским ведомостям", "Русские ведомости"),
    ("Русскому вестнику", "Русский вестник"),
    ("Вестнику Европы", "Вестник Европы"),
    ("Русской мысли", "Русская мысль"),
])
def test_a_name_in_the_dative_after_po_is_read_back(printed: str, name: str) -> None:
    assert periodical_nominative(printed, "dative") == name


def test_a_masculine_dative_without_a_known_head_stays() -> None:
    assert periodical_nominative("Будильнику", "dative") is None


def _cite(text: str):  # type: ignore[no-untyped-def]
    references = parse_note(text)
    assert len(references) == 1
    return references[0]


@pytest.mark.parametrize(("text", "host", "year", "page"), [
    ("Печатаем по тексту первой публикации в «Трудах Общества любителей российской "
     "словесности» (1817 г., ч. VIII, стр. 90–91).",
     "Труды Общества любителей российской словесности", 1817, "90–91"),
    ("Впервые опубликовано В. В.Каллашем в «Известиях отделения русского языка и "
     "словесности Академии наук» (1904 г., кн. 2, стр. 287–288).",
     "Известия отделения русского языка и словесности Академии наук", 1904, "287–288"),
])
def test_a_first_printing_with_its_pages_is_an_article_of_the_periodical(
        text: str, host: str, year: int, page: str) -> None:
    reference = _cite(text)
    assert reference.type == "article-journal"
    assert reference.fields["container-title"] == host
    assert reference.fields["issued"].year == year
    assert reference.fields["page"] == page
    assert "title" not in reference.fields
    assert reference.prefix and reference.prefix.endswith(" в")


@pytest.mark.parametrize(("text", "title", "year", "locator"), [
    ("Вперше надруковано в «Записках історично-філологічного відділу Всеукраїнської "
     "Академії наук». – 1926. – Т. 7-8. – с. 370.",
     "Записки історично-філологічного відділу Всеукраїнської Академії наук", 1926, "370"),
    ("Вперше надруковано в журналі «Русский библиофил» (1914. – № l. – С. 25. Публікація "
     "П. I. Зайцева).", "Русский библиофил", 1914, "25"),
])
def test_a_first_printing_on_one_page_cites_the_periodical(
        text: str, title: str, year: int, locator: str) -> None:
    reference = _cite(text)
    assert reference.type == "periodical"
    assert reference.fields["title"] == title
    assert reference.fields["issued"].year == year
    assert reference.locator == locator
    assert reference.prefix.startswith("Вперше надруковано в")


@pytest.mark.parametrize(("text", "title", "year", "issue", "prefix"), [
    # a foreign periodical's name after its noun, not in quotes (ru-fn-2678 led here)
    ("Вперше надруковано німецькою мовою в журн. Deutsche Rundschau, 1901, № 7, s. 15.",
     "Deutsche Rundschau", 1901, "7", "Вперше надруковано німецькою мовою в журн."),
    ("Впервые напечатано в газ. Wiener Zeitung, 1910, № 40.", "Wiener Zeitung", 1910, "40",
     "Впервые напечатано в газ."),
])
def test_a_periodical_named_after_its_noun_without_quotes_is_read(
        text: str, title: str, year: int, issue: str, prefix: str) -> None:
    reference = _cite(text)
    assert reference.type == "periodical"
    assert reference.fields["title"] == title
    assert reference.fields["issued"].year == year
    assert reference.fields["issue"] == issue
    assert reference.prefix == prefix


def test_a_note_that_opens_on_the_periodical_gives_its_name() -> None:
    reference = _cite('в "Лит. Наследстве", т. 41-42, М. 1941, стр. 178-187;')
    assert reference.fields["title"] == "Лит. Наследство"
    assert reference.fields["volume"] == "41-42"
    assert reference.locator == "178-187"
    assert reference.prefix == "в"


def test_a_name_whose_nominative_is_not_sure_is_not_taken_for_a_host() -> None:
    references = parse_note("Впервые опубликовано в «Сыне отечества» (1814, № 14, стр. 37–38).")
    assert all(reference.fields.get("container-title") != "Сыне отечества"
               for reference in references)


@pytest.mark.parametrize(("text", "host", "year"), [
    ("Бутурлин М. Д., граф. Записки//Русская старина, 1897. - №2. - С. 21.",
     "Русская старина", [[1897]]),
    ("Дубинянский М. Лев Троцкий: франкенштейн XX века/М. Дубинянский // Личности, 2008. "
     "т.№1.-С.100- 115", "Личности", [[2008]]),
    ("Майков Л. Н. Первые шаги Крылова на литературном поприще // Русский вестник, 1889 г., "
     "май, стр. 143–145.", "Русский вестник", [[1889, 5]]),
])
def test_a_hosts_year_after_a_comma_is_its_date(text: str, host: str,
                                                 year: list[list[int]]) -> None:
    reference = parse_reference(text)
    assert reference.fields["container-title"] == host
    assert reference.fields["issued"].parts == year
    assert reference.type == "article-journal"


def test_a_year_after_a_place_stays_the_publications() -> None:
    reference = parse_reference("Иванов И. И. Статья // Сборник статей. М., 1990. С. 5–9.")
    assert reference.fields["container-title"] == "Сборник статей"
    assert reference.fields["publisher-place"] == "Москва"


def test_a_periodical_in_parentheses_after_a_described_work_is_its_host() -> None:
    reference = _cite("Впервые опубликовано в статье Л. Н. Майкова «Первые шаги Крылова на "
                      "литературном поприще» («Русский вестник», 1889 г., май, стр. 143–145).")
    assert [name.family for name in reference.fields["author"]] == ["Майков"]
    assert normalize_text(reference.fields["title"]) == \
        "Первые шаги Крылова на литературном поприще"
    assert reference.fields["container-title"] == "Русский вестник"
    assert reference.fields["page"] == "143–145"


@pytest.mark.parametrize(("text", "author", "host"), [
    ("Он же. Политико-философские трактаты Цицерона («О государстве» и «О законах») // "
     "Цицерон. Диалоги. О государстве. О законах. М., 1966. С. 172.",
     "Цицерон", "Диалоги. О государстве. О законах"),
    ("Тацит Корнелий. О происхождении германцев и местоположении Германии // Корнелий Тацит. "
     "Сочинения в двух томах. М., 1970. Т. 1.", "Корнелий Тацит", "Сочинения в двух томах"),
])
def test_a_host_opening_on_an_author_known_by_one_name_names_its_author(
        text: str, author: str, host: str) -> None:
    reference = parse_reference(text)
    assert reference.fields["container-title"] == host
    assert [name.family for name in reference.fields["container-author"]] == [author]


def test_a_host_opening_on_no_known_name_keeps_its_title() -> None:
    reference = parse_reference("Иванов И. И. Статья // Советская Россия. 1990. 5 мая.")
    assert reference.fields["container-title"] == "Советская Россия"
    assert "container-author" not in reference.fields


@pytest.mark.parametrize(("text", "families", "title", "journal", "year", "issue"), [
    ("Вчера была прописка. Сегодня регистрация. А что изменилось? (Мыскин А. В.) "
     "(«Нотариус», 2014, N 1)", ["Мыскин"],
     "Вчера была прописка. Сегодня регистрация. А что изменилось?", "Нотариус", 2014, "1"),
    ("Некоторые проблемы участия прокурора в гражданском судопроизводстве с целью защиты "
     "прав и законных интересов других лиц (Афанасьев С. Ф., Борисова В. Ф.) («Законы "
     "России: опыт, анализ, практика», 2012, N 9)", ["Афанасьев", "Борисова"],
     "Некоторые проблемы участия прокурора в гражданском судопроизводстве с целью защиты "
     "прав и законных интересов других лиц", "Законы России: опыт, анализ, практика", 2012,
     "9"),
])
def test_a_legal_databases_heading_is_read_as_the_article(
        text: str, families: list[str], title: str, journal: str, year: int,
        issue: str) -> None:
    reference = _cite(text)
    assert reference.type == "article-journal"
    assert [name.family for name in reference.fields["author"]] == families
    assert reference.fields["title"] == title
    assert reference.fields["container-title"] == journal
    assert reference.fields["issued"].year == year
    assert reference.fields["issue"] == issue


def test_a_parenthesis_of_no_names_is_no_databases_heading() -> None:
    references = parse_note("Отчёт за год (первая редакция) («Нотариус», 2014, N 1)")
    assert all(reference.fields.get("author") is None for reference in references)


def test_a_title_before_the_periodical_in_prose_is_the_article() -> None:
    reference = _cite("См. мою публикацию «Забытые рецензии О. Мандельштама» в «Вопросах "
                      "литературы», 1980, №12.")
    assert reference.fields["title"] == "Забытые рецензии О. Мандельштама"
    assert reference.fields["container-title"] == "Вопросы литературы"
    assert reference.fields["issue"] == "12"
    assert reference.fields["issued"].year == 1980
    assert reference.prefix == "См. мою публикацию"


@pytest.mark.parametrize(("text", "host", "year", "page", "prefix"), [
    # «Напечатано», «Перепечатано» open a history note as «Впервые опубликовано» does
    ("Напечатано в «Вестнике Европы» 1872, № 3, стр. 45–67.", "Вестник Европы", 1872,
     "45–67", "Напечатано в"),
    # the name in the dative after «Печатается по», with no «в» (ru-fn-3627 led here)
    ("Печатается по «Русскому вестнику» (1866, т. 61, № 1, стр. 5–90).", "Русский вестник",
     1866, "5–90", "Печатается по"),
    # what part of the text a clause of the note speaks of, before a dash and «в»
    ("Впервые опубликовано: отрывок – в «Современнике», 1847, № 3, стр. 112–118.",
     "Современник", 1847, "112–118", "Впервые опубликовано: отрывок – в"),
])
def test_more_openings_of_a_history_note_name_the_periodical(
        text: str, host: str, year: int, page: str, prefix: str) -> None:
    reference = _cite(text)
    assert reference.type == "article-journal"
    assert reference.fields["container-title"] == host
    assert reference.fields["issued"].year == year
    assert reference.fields["page"] == page
    assert reference.prefix == prefix


def test_a_part_statement_with_one_page_cites_the_issue() -> None:
    reference = _cite("полностью – в «Северной пчеле» 1836, № 12, стр. 45;")
    assert reference.type == "periodical"
    assert reference.fields["title"] == "Северная пчела"
    assert reference.fields["issue"] == "12"
    assert reference.locator == "45"
    assert reference.prefix == "полностью – в"


def test_a_journal_division_in_the_imprint_is_the_section() -> None:
    reference = _cite("Впервые опубликовано в «Отечественных записках» (1841, т. 15, № 4, "
                      "отд. III, стр. 27).")
    assert reference.type == "periodical"
    assert reference.fields["title"] == "Отечественные записки"
    assert (reference.fields["volume"], reference.fields["issue"]) == ("15", "4")
    assert reference.fields["section"] == "отд. III"
    assert reference.locator == "27"


def test_a_clause_after_the_imprint_is_kept_as_the_note() -> None:
    reference = _cite("Печатается по «Современнику» (1852, № 9, отд. I, стр. 5–68), где "
                      "появилось впервые.")
    assert reference.fields["container-title"] == "Современник"
    assert reference.fields["section"] == "отд. I"
    assert reference.fields["page"] == "5–68"
    assert reference.fields["note"] == "где появилось впервые"


def test_a_part_statement_before_an_unsure_name_is_no_host() -> None:
    references = parse_note("подробнее – в «Будильнике» 1873, № 5, стр. 3.")
    assert all(reference.fields.get("title") not in ("Будильнике", "Будильник")
               for reference in references)
