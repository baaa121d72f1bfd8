"""Area punctuation as reference lists of Russian journals print it after OCR or typing,
read as GOST 7.1-2003 prints it: the dash that opens an area glued to it (". -М.: Наука",
". -Вып. 38", "-1894.-№ 18"), a journal's year after a comma in the GOST-like citation
styles of journal sites ("// Теория и практика археологических исследований, 2020. Т.
30"), and the editors an edition names by the words of GOST 7.0.12 for who prepared it
("/ изд. подгот. Т. Ф. Пирожкова", "/ подгот. текста Д. С. Лихачева"). Real forms from the
reference lists and notes of batches 4, 7 and 8 of the Russian dev set, and Лихачев's
edition of the Primary Chronicle as notes cite it; the values were read off the text by
hand."""

from __future__ import annotations

import pytest

from biblio.parse.gost import parse_reference

GLUED_DASHES = [
    ("Виппер Б.Р. Архитектура русского барокко. -М.: Наука, 1978. - С. 27.",
     "Архитектура русского барокко", "Москва", "Наука", 1978),
    ("Semennikova, A. I. Rossiya v mirovom soobschestve tsivilizatsiy : ucheb. posob. dlya "
     "vuzov. -M.: Interpraks, 1994. - 336 s.",
     "Rossiya v mirovom soobschestve tsivilizatsiy", "M.",  # the genre is the genre
     "Interpraks", 1994),
    ("Иванов И. И. Очерки истории Сибири. -Новосибирск: Наука, 1985. -С. 12.",
     "Очерки истории Сибири", "Новосибирск", "Наука", 1985),
]


@pytest.mark.parametrize(("text", "title", "place", "publisher", "year"), GLUED_DASHES)
def test_a_dash_glued_to_the_imprint_still_opens_the_publication_area(
        text: str, title: str, place: str, publisher: str, year: int) -> None:
    fields = parse_reference(text).fields
    assert fields["title"] == title
    assert fields["publisher-place"] == place
    assert fields["publisher"] == publisher
    assert fields["issued"].parts[0][0] == year


GLUED_SERIAL_DASHES = [
    ("Гуляницкий Н. Ф. XVIII век в русской архитектуре //Архитектурное наследство. - 1995. "
     "-Вып. 38. - С. 61-83.", "Архитектурное наследство", "38", 1995, "61-83"),
    ("Жбанков Д.Н. Итоги земской медицины // Врач. -1894.-№ 18. -С 513-518.",
     "Врач", "18", 1894, "513-518"),
    # the number sign glued to the dash after a spaced period (batch 19, two entries of
    # a medical history list; the sign opens the area as "-Вып." and "-С" do above)
    ("Соболевский А.В. О лечении сифилиса в войсках // Военно-медицинский журнал. - 1902. "
     "-№ 12. - С. 4506-4607.", "Военно-медицинский журнал", "12", 1902, "4506-4607"),
    ("ЧалинА.А. Отчет по Нижегородской ярмарке женской больницы за 1900 г. // Вестник "
     "общественной гигиены и судебной медицины. - 1901. -№2. - С. 166-173.",
     "Вестник общественной гигиены и судебной медицины", "2", 1901, "166-173"),
]


@pytest.mark.parametrize(("text", "journal", "issue", "year", "pages"), GLUED_SERIAL_DASHES)
def test_a_dash_glued_to_the_issue_still_ends_the_journal_title(
        text: str, journal: str, issue: str, year: int, pages: str) -> None:
    reference = parse_reference(text)
    assert reference.fields["container-title"] == journal
    assert reference.fields["issue"] == issue
    assert reference.fields["issued"].parts[0][0] == year
    assert reference.fields["page"] == pages


HOSTS_WITH_COMMA_YEAR = [
    ("Казаков А. ПОСЕЛЕНИЕ БЛИЖНИЕ ЕЛБАНЫ-IV (по материалам Государственного Эрмитажа) // "
     "Теория и практика археологических исследований, 2020. Т. 30. № 2. С. 7-23.",
     "Теория и практика археологических исследований", 2020, "30", "2"),
    ("Герман П., Леонтьев С., Вальков И. КОСТЯНЫЕ НАКОНЕЧНИКИ СТРЕЛ // Теория и практика "
     "археологических исследований, 2023. Т. 35. № 1. С. 29-45.",
     "Теория и практика археологических исследований", 2023, "35", "1"),
    ("Иванов И. И. Статья //Вестник Томского государственного университета, 2015. № 390. "
     "С. 12-18.", "Вестник Томского государственного университета", 2015, None, "390"),
]


@pytest.mark.parametrize(("text", "journal", "year", "volume", "issue"), HOSTS_WITH_COMMA_YEAR)
def test_a_journal_year_after_a_comma_is_not_part_of_its_title(
        text: str, journal: str, year: int, volume: str | None, issue: str) -> None:
    fields = parse_reference(text).fields
    assert fields["container-title"] == journal
    assert fields["issued"].parts[0][0] == year
    assert fields.get("volume") == volume
    assert fields["issue"] == issue


def test_a_comma_after_the_year_keeps_the_soviet_comma_form() -> None:
    fields = parse_reference("Латынина А. Кирпиков и вечные проблемы // Литературное "
                             "обозрение, 1981, № 9, с. 40.").fields
    assert fields["container-title"] == "Литературное обозрение"
    assert fields["issue"] == "9"


PREPARED_BY = [
    ("Аксаков И. С. Письма к родным. 1849–1856 / изд. подгот. Т. Ф. Пирожкова. – М.: Наука, "
     "1994. С. 306.", [("Пирожкова", "Т. Ф.")]),
    ("Древние российские стихотворения, собранные Киршею Данилевым / Изд. подгот. А. П. "
     "Евгеньева и Б. Н. Путилов. М.; Л., 1958.", [("Евгеньева", "А. П."), ("Путилов", "Б. Н.")]),
    ("Повесть временных лет / подгот. текста Д. С. Лихачева. М.; Л., 1950. Ч. 1. С. 5.",
     [("Лихачев", "Д. С.")]),
    # "публикация": a book on Zoshchenko (batch 17), the genitive after "Публ."; a letters'
    # publication in a journal (batch 9), the nominative after "Публ. подгот."
    ("Понятие о сатире я имею более твердое…» / Публ. С. В. Зыковой // Встречи с прошлым. "
     "Вып. 6. М., 1988. С. 206.", [("Зыкова", "С. В.")]),
    ("Фронтовые письма великого князя Андрея Владимировича великой княгине Марии Павловне. "
     "1914–1916 гг. / Публ. подгот. В.М. Осин, Л.Б. Степанова // Отечественные архивы. М., "
     "1999. № 1. С. 70–80.", [("Осин", "В.М."), ("Степанова", "Л.Б.")]),
]


@pytest.mark.parametrize(("text", "editors"), PREPARED_BY)
def test_who_prepared_an_edition_is_its_editor(text: str, editors: list[tuple[str, str]]) -> None:
    fields = parse_reference(text).fields
    assert [(name.family, name.given) for name in fields["editor"]] == editors
    assert not {name.family for name in fields.get("author", [])} & {family for family, _ in editors}


AFTER_A_PERIOD = [
    ("Древние российские стихотворения, собранные Киршею Данилевым. Изд. подгот. А. П. "
     "Евгеньева и Б. Н. Путилов. М.; Л., 1958. С. 52",
     "Древние российские стихотворения, собранные Киршею Данилевым",
     [("Евгеньева", "А. П."), ("Путилов", "Б. Н.")]),
    ("Повесть временных лет. Подгот. текста Д. С. Лихачева. М.; Л., 1950. Ч. 1. С. 5.",
     "Повесть временных лет", [("Лихачев", "Д. С.")]),
]


@pytest.mark.parametrize(("text", "title", "editors"), AFTER_A_PERIOD)
def test_who_prepared_an_edition_after_a_period_ends_the_title(
        text: str, title: str, editors: list[tuple[str, str]]) -> None:
    """Notes print the statement after a period, not GOST's " / " (batch 5's Kirsha
    Danilov, ru-fn-401)."""
    fields = parse_reference(text).fields
    assert fields["title"] == title
    assert [(name.family, name.given) for name in fields["editor"]] == editors
