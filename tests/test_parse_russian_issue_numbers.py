"""An issue's running number, printed in parentheses after its number in the year
("№ 4 (60)"), stays in `issue` with it: the project rule of tests/data/dev/README.md.
The forms are real references from the dev set (batches 5 and 6) and the held-out
constructed set; the values were read off the printed text by hand."""

from __future__ import annotations

import pytest

from biblio.parse.gost import parse_reference

CASES = [
    ("Качалова В.Г. Проблемы охраны культурного достояния в первые годы советской власти // "
     "Ученые записки Санкт-Петербургского имени В.Б. Бобкова филиала Российской таможенной "
     "академии. 2016. № 4 (60). С. 127-131.", "4 (60)", "127-131"),
    ("Лейбович О.Л. Сталинизм на Урале // Уральский исторический вестник. – 2010. – "
     "№ 2 (27). – С. 5–12.", "2 (27)", "5–12"),
    ("Берхин И.Б. О советской историографии // История СССР. 1962. № 3 (12). С. 40.",
     "3 (12)", "40"),
    ('"Советское искусство" 4 февраля 1940г., №8 (678), стр.1.', "8 (678)", "1"),
]


@pytest.mark.parametrize(("text", "issue", "locator"), CASES)
def test_the_running_number_stays_with_the_issue(text: str, issue: str, locator: str) -> None:
    reference = parse_reference(text)
    assert reference.fields["issue"] == issue
    assert "collection-title" not in reference.fields
    assert reference.locator == locator


def test_a_series_in_parentheses_is_still_a_series() -> None:
    reference = parse_reference(
        "Герман М. Ю. Модернизм: искусство первой половины XX века. СПб. : Азбука-классика, "
        "2003. 480 с. (Новая история искусства).")
    assert reference.fields["collection-title"] == "Новая история искусства"
    assert reference.fields["number-of-pages"] == "480"


def test_a_serial_numbered_by_its_collections() -> None:
    """GOST 7.0.12 "сб.": a serial whose issues are collections, with the running number
    in parentheses (batch 5 of the dev set, a bibliography of pseudonyms)."""
    reference = parse_reference(
        "Масанов И. Ф., Масанов Ю. И. Библиографирование псевдонимов, анонимов, мистификаций "
        "и плагиатов // Советская библиография. – 1941. – Сб. 1 (19). – С. 93–99.")
    assert reference.fields["container-title"] == "Советская библиография"
    assert reference.fields["issue"] == "1 (19)"
    assert reference.fields["issued"].parts[0][0] == 1941
    assert reference.fields["page"] == "93–99"


@pytest.mark.parametrize(("text", "issue", "year"), [
    # an article printed over two issues of a journal, its issues listed with a comma
    ("Соколов Б. В. Письма из Сибири // Родина. 2004. № 5, 6.", "5, 6", 2004),
    ("Кириллов А. К истории Двинской земли. — Труды Вологодского о-ва, 1913, № 2, 4.",
     "2, 4", 1913),
    ("Орлова Е. Старый Таганрог // Дон. — 1987. — № 11, 12. — С. 140–152.", "11, 12", 1987),
])
def test_two_issues_listed_with_a_comma_are_the_issue(text: str, issue: str, year: int) -> None:
    reference = parse_reference(text)
    assert reference.fields["issue"] == issue
    assert reference.fields["issued"].parts[0][0] == year


def test_a_year_after_the_issue_and_a_comma_is_no_second_issue() -> None:
    reference = parse_reference("«Сельский коммунист», №7, 1929, с.41.")
    assert reference.fields["issue"] == "7"
    assert reference.fields["issued"].parts[0][0] == 1929


@pytest.mark.parametrize(("text", "issue"), [
    # «книжка»: the issue of the monthly journals of the Empire, written out as they print it
    ("Петров И. Записки о Кавказе // Русская старина. 1890. Книжка 5. С. 3–24.", "5"),
    ("Семенов П. Очерк // Вестник Европы. – СПб., 1872. – Книжка 11 – 12. – С. 40.",
     "11 – 12"),
    ("Лесков Н. С. Письма // Исторический вестник. 1896. книжка 3. С. 100.", "3"),
])
def test_a_journals_book_written_out_is_its_issue(text: str, issue: str) -> None:
    assert parse_reference(text).fields["issue"] == issue


def test_the_issue_written_out_as_a_word_in_prose_is_the_issue() -> None:
    reference = parse_reference("«Новый мир», 1962, номер 11.")
    assert reference.fields["issue"] == "11"
    assert reference.fields["issued"].parts[0][0] == 1962


@pytest.mark.parametrize(("text", "journal", "year", "issue"), [
    # the area dash glued to the year, its period lost, before the issue's area
    ("Козлова Н. Каталоги // Библиография. 2004- № 4. С. 41-64", "Библиография", 2004, "4"),
    ("Глинский Б. Поездка // Врач. 1894-№ 18. С. 5.", "Врач", 1894, "18"),
    ("Орлов А. Реформы // Вопросы экономики. 1999 -№3. С. 7–19.", "Вопросы экономики", 1999,
     "3"),
])
def test_a_dash_glued_to_the_year_before_the_issue_parts_their_areas(
        text: str, journal: str, year: int, issue: str) -> None:
    reference = parse_reference(text)
    assert reference.fields["container-title"] == journal
    assert (reference.fields["issued"].parts[0][0], reference.fields["issue"]) == (year, issue)
