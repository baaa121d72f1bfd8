"""What the standards of description add to a standard's title: GOST 7.1-2003 clause
7.1.4 prints what it replaces and when it came into force as an area of its own ("–
Взамен ГОСТ 7.53–86 ; введ. 2002–07–01."); GOST R 7.0.100-2018 prints its kind and its
official statements as other title information (": национальный стандарт Российской
Федерации : издание официальное : … : введен впервые : дата введения 2017-12-01"). The
kind is the `genre`, the rest a `note`; the title is the standard's own. The examples
are those the two standards print; values read off them by hand."""

from __future__ import annotations

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
    assert "note" not in fields
