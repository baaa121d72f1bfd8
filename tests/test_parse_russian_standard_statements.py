"""What the standards of description add to a standard's title: GOST 7.1-2003 clause
7.1.4 prints what it replaces and when it came into force as an area of its own ("–
Взамен ГОСТ 7.53–86 ; введ. 2002–07–01."); GOST R 7.0.100-2018 prints its kind and its
official statements as other title information (": национальный стандарт Российской
Федерации : издание официальное : … : введен впервые : дата введения 2017-12-01"). The
kind is the `genre`, the rest a `note`; the title is the standard's own. The examples
are those the two standards print; values read off them by hand."""

from __future__ import annotations

import pytest

from biblio.formats.csljson import item_to_json
from biblio.parse import parse_footnotes
from biblio.parse.gost import parse_reference


def test_the_replacement_and_introduction_of_a_standard_are_a_note() -> None:
    reference = parse_reference(
        "ГОСТ 7.53–2001. Издания. Международная стандартная нумерация книг. – Взамен ГОСТ "
        "7.53–86 ; введ. 2002–07–01. – Минск : Изд-во стандартов, 2002. – 3 с.")
    fields = reference.fields
    assert reference.type == "standard"
    assert fields["number"] == "ГОСТ 7.53–2001"
    assert fields["title"] == "Издания. Международная стандартная нумерация книг"
    assert fields["note"] == "Взамен ГОСТ 7.53–86 ; введ. 2002–07–01"
    assert (fields["publisher-place"], fields["publisher"]) == ("Минск", "Изд-во стандартов")


def test_the_kind_and_official_statements_of_a_standard_leave_its_title() -> None:
    fields = parse_reference(
        "ГОСТ Р 57564–2017. Организация и проведение работ по международной стандартизации в "
        "Российской Федерации = Organization and implementation of activity on international "
        "standardization in Russian Federation : национальный стандарт Российской Федерации : "
        "издание официальное : утвержден и введен в действие Приказом Федерального агентства "
        "по техническому регулированию и метрологии от 28 июля 2017 г. № 767-ст : введен "
        "впервые : дата введения 2017-12-01 / разработан Всероссийским научно-"
        "исследовательским институтом стандартизации и сертификации в машиностроении "
        "(ВНИИНМАШ). – Москва : Стандартинформ, 2017. – IV, 43 с.").fields
    assert fields["title"].startswith("Организация и проведение работ по международной "
                                      "стандартизации в Российской Федерации")
    assert "издание официальное" not in fields["title"]
    assert fields["genre"] == "национальный стандарт Российской Федерации"
    assert fields["note"].endswith("введен впервые; дата введения 2017-12-01")
    assert fields["publisher"] == "Стандартинформ"


def test_a_standard_cited_without_statements_keeps_its_title() -> None:
    fields = parse_reference("ГОСТ Р 7.0.4–2006. Издания. Выходные сведения. Общие требования "
                             "и правила оформления. М., 2006. II, 43 с.").fields
    assert fields["title"] == "Издания. Выходные сведения. Общие требования и правила оформления"
    # no statement in `note`: only the extent with its preliminary pages (GOST 7.1 clause 5.6)
    assert fields["note"] == "II, 43 с."
    assert fields["number-of-pages"] == "43"


def test_dstu_prints_the_dates_of_a_standard_in_brackets_and_its_official_edition() -> None:
    # DSTU GOST 7.1:2006 and DSTU 8302:2015 forms, a citation site's examples (dev set
    # batch 14): the number with a building standard's letters, "[На заміну …]",
    # "[Чинний від …]", "Вид. офіц."
    fields = parse_reference(
        "ДСТУ Б В.2.7-23-95. Розчини будівельні. Загальні технічні умови. — [На заміну ГОСТ "
        "28013-89, ГОСТ 4.233-86 ; чинний від 1996-01-01]. — Вид. офіц. — Київ : "
        "Держкоммістобудування України, 1996. — 40 с.").fields
    assert fields["number"] == "ДСТУ Б В.2.7-23-95"
    assert fields["title"] == "Розчини будівельні. Загальні технічні умови"
    assert fields["note"] == \
        "На заміну ГОСТ 28013-89, ГОСТ 4.233-86 ; чинний від 1996-01-01; Вид. офіц."
    assert (fields["publisher-place"], fields["publisher"]) == \
        ("Київ", "Держкоммістобудування України")
    fields = parse_reference(
        "ДСТУ 3587-97. Безпека дорожнього руху. Автомобільні дороги, вулиці та залізничні "
        "переїзди. Вимоги до експлуатаційного стану. — [Чинний від 1998-01-01]. — Київ : "
        "Держстандарт України, 1997. — 23 с.").fields
    assert fields["title"] == ("Безпека дорожнього руху. Автомобільні дороги, вулиці та "
                               "залізничні переїзди. Вимоги до експлуатаційного стану")
    assert fields["note"] == "Чинний від 1998-01-01"


def test_a_standard_described_under_its_title_has_its_number_after_a_colon() -> None:
    # GOST 7.1-2003 clause 7.1.4's example of a standard described under its title, as the
    # standard prints it (not a row of the dev set), and a Belarusian university's standard
    # (dev set batch 14)
    reference = parse_reference(
        "Аппаратура радиоэлектронная бытовая. Входные и выходные параметры и типы соединений. "
        "Технические требования : ГОСТ Р 517721–2001. – Введ. 2002–01–01. – М. : Изд-во "
        "стандартов, 2001. – IV, 27 с. : ил.")
    assert reference.type == "standard"
    assert reference.fields["number"] == "ГОСТ Р 517721–2001"
    assert reference.fields["title"] == ("Аппаратура радиоэлектронная бытовая. Входные и "
                                         "выходные параметры и типы соединений. Технические "
                                         "требования")
    # the date of introduction, and the extent with its preliminary pages and its "ил."
    # (GOST 7.1 clause 5.6), both kept
    assert reference.fields["note"].split("; ") == ["IV, 27 с. : ил", "Введ. 2002–01–01"]
    fields = parse_reference(
        "Унифицированные системы документации Республики Беларусь. Система "
        "организационно-распорядительной документации. Требования к оформлению документов: СТБ "
        "6.38-2004. — Введ. 01.07.2005. — Минск: Белорус, гос. ин-т стандартизации и "
        "сертификации, 2005. — 15 с.").fields
    assert fields["number"] == "СТБ 6.38-2004"
    assert fields["title"].endswith("Требования к оформлению документов")
    assert fields["issued"].parts == [[2005]]


def test_a_title_whose_subtitle_names_a_standard_in_words_is_no_standard() -> None:
    reference = parse_reference(
        "Иванов И. И. Комментарий : ГОСТ 7.1 в вопросах и ответах. — Москва : Наука, 2010. — "
        "120 с.")
    assert "number" not in reference.fields and reference.type != "standard"


def test_a_belarusian_list_of_standards_reads_the_designation_and_its_note() -> None:
    """The National Library of Belarus lists standards with no imprint, the interstate GOST
    written "ДАСТ" and the note in Belarusian ("Узамен" = "Взамен", "Уведз." = "Введ.",
    "Упершыню" = "Впервые"), its second statement capitalized after ";". Before: the
    designation was taken for an author or a page and the note cut off as a second
    reference; the values below are read off the list by hand."""
    listed = [
        ("ДАСТ 2.051–2013. Единая система конструкторской документации. Электронные "
         "документы. Общие положения. – Узамен ДАСТ 2.051–2006; Уведз. 01.04.2016 г.",
         "ДАСТ 2.051–2013",
         "Единая система конструкторской документации. Электронные документы. Общие положения",
         "Узамен ДАСТ 2.051–2006; Уведз. 01.04.2016 г"),
        ("ДАСТ 31279–2004. Инновационная деятельность. Термины и определения. – Упершыню; "
         "Уведз. 01.09.2005 г.",
         "ДАСТ 31279–2004", "Инновационная деятельность. Термины и определения",
         "Упершыню; Уведз. 01.09.2005 г"),
    ]
    for text, number, title, note in listed:
        document = parse_footnotes([text])
        assert len(document.notes[0].cites) == 1 and not document.notes[0].leftover
        item = item_to_json(document.items[document.notes[0].cites[0].item])
        assert (item["type"], item["number"], item["title"]) == ("standard", number, title)
        assert item["note"] == note
        assert "author" not in item and "page" not in item


def test_a_russian_standards_note_after_a_lower_case_semicolon_stays_one_reference() -> None:
    """GOST 7.1-2003's own example keeps its note's "; введ." in lower case: one reference."""
    document = parse_footnotes([
        "ГОСТ 7.53–2001. Издания. Международная стандартная нумерация книг. – Взамен ГОСТ "
        "7.53–86 ; введ. 2002–07–01. – Минск : Изд-во стандартов, 2002. – 3 с."])
    assert len(document.notes[0].cites) == 1


def test_a_standards_title_may_follow_its_number_after_a_space_alone() -> None:
    """A standard's section of normative references lists each one by its designation and
    title with no period between (GOST 1.5; the lists of two packaging standards on a
    standards site: "ГОСТ 12.1.005-88 ССБТ. Общие …", "ГОСТ 515-77 Бумага …"), and a course
    project's slide of literature (dev set batch 35) cites a building code so. The
    designation is the number, the rest the title; a pinpoint after the number is no title.
    Values read off the examples by hand."""
    safety = parse_reference(
        "ГОСТ 12.1.005-88 ССБТ. Общие санитарно-гигиенические требования к воздуху рабочей зоны")
    assert safety.type == "standard"
    assert safety.fields["number"] == "ГОСТ 12.1.005-88"
    assert safety.fields["title"] == \
        "ССБТ. Общие санитарно-гигиенические требования к воздуху рабочей зоны"
    paper = parse_reference(
        "ГОСТ 515-77 Бумага упаковочная битумированная и дегтевая. Технические условия")
    assert paper.fields["number"] == "ГОСТ 515-77"
    assert paper.fields["title"] == \
        "Бумага упаковочная битумированная и дегтевая. Технические условия"
    code = parse_reference("СНиП 2.01.07-85* Нагрузки и воздействия. М, 2004 (редакция 2017)")
    assert code.type == "standard"
    assert code.fields["number"] == "СНиП 2.01.07-85*"
    assert code.fields["title"] == "Нагрузки и воздействия"
    assert code.fields["publisher-place"] == "Москва"
    assert code.fields["issued"].parts == [[2004]]
    repeat = parse_reference("ГОСТ Р 7.0.4–2006. С. 5.")
    assert repeat.fields["number"] == "ГОСТ Р 7.0.4–2006" and "title" not in repeat.fields


@pytest.mark.parametrize("text", [
    "ГОСТ 7.1–2003 Ст. 5.",           # a pinpoint after the number
    "ГОСТ 7.1–2003 Прил. А.",         # an appendix
    "ГОСТ 7.1-2003 допускает сокращение слов.",   # prose about the standard
])
def test_no_title_after_a_space_where_a_term_or_prose_follows(text: str) -> None:
    """A review's find (2026-12-07): the title after a space alone opens with a capital
    and is no term before a number or a letter, nor a lower-case word of prose."""
    document = parse_footnotes([text])
    titles = [document.items[cite.item].fields.get("title") for cite in document.notes[0].cites]
    assert not any(title and title[0] in "СПд" for title in titles)


def test_a_country_and_year_after_the_number_is_no_title() -> None:
    """«СанПиН 9-80 РБ 98» (dev rows ru-gost-928 to 932): «РБ 98» belongs to the
    designation, not the title."""
    document = parse_footnotes(["СанПиН 9-80 РБ 98. «Гигиенические требования к микроклимату "
                                "производственных помещений»."])
    assert all(document.items[cite.item].fields.get("title", "")[:2] != "РБ"
               for cite in document.notes[0].cites)


@pytest.mark.parametrize(("text", "number", "title"), [
    # the sanitary rules of Belarus close their number with «РБ» and the year's two digits
    ("СанПиН 10-124 РБ 99. Питьевая вода. Гигиенические требования к качеству воды.",
     "СанПиН 10-124 РБ 99", "Питьевая вода. Гигиенические требования к качеству воды"),
    ("СанПиН 11-19-94 РБ 98 «Перечень регламентированных в воздухе рабочей зоны вредных "
     "веществ»", "СанПиН 11-19-94 РБ 98",
     "Перечень регламентированных в воздухе рабочей зоны вредных веществ"),
])
def test_a_belarusian_sanitary_rules_number_ends_with_its_republic_and_year(
        text: str, number: str, title: str) -> None:
    fields = parse_reference(text).fields
    assert (fields["number"], fields["title"]) == (number, title)


@pytest.mark.parametrize(("text", "note"), [
    ("ГОСТ 12.1.005-88 (с изм. 2000) Общие санитарно-гигиенические требования к воздуху "
     "рабочей зоны.", "с изм. 2000"),
    ("ГОСТ 12.1.004-91 (с изменениями 1999 г.). Пожарная безопасность. Общие требования.",
     "с изменениями 1999 г."),
])
def test_the_amendments_cited_after_a_standards_number_are_its_note(text: str,
                                                                     note: str) -> None:
    fields = parse_reference(text).fields
    assert fields["number"] == text.split(" (")[0]
    assert fields["note"] == note
    assert not fields["title"].startswith("(")
