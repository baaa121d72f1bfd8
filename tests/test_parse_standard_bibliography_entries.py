"""The entries of a standard's «Библиография» and of lists of acts (issue 9, session 34).

GOST R 1.5-2012 (clause 3.10) lists in a standard's «Библиография» the documents it cites
that are no standards: laws, the regulations a government or a ministry approved, and the
documents of standardization and metrology, each after its kind. Recognised texts of
these standards (ajdocs: GOST R 8.885-2015, dev rows ru-gost-1843 to ru-gost-1846) print
them with OCR's damage; school and office lists of acts date them «от … года». The
expected values are read off the entries as GOST 7.1-2003 clause 5.2.5 describes an act:
the title, the act's date (`issued`) and number.
"""

from __future__ import annotations

from typing import Any

import pytest

from biblio import parse_footnotes
from biblio.formats.csljson import item_to_json


def _item(text: str) -> dict[str, Any]:
    document = parse_footnotes([text])
    return item_to_json(document.items[document.notes[0].cites[0].item])


@pytest.mark.parametrize(("text", "title", "issued", "number"), [
    # ru-gost-1844
    ("Положение об эталонах единиц величин, используемых в сфере государственного "
     "регулирования обеспечения единства измерений, утвержденное постановлением "
     "Правительства Российской Федерации от 23 сентября 2010 г. № 734",
     "Положение об эталонах единиц величин, используемых в сфере государственного "
     "регулирования обеспечения единства измерений", [2010, 9, 23], "734"),
    ("Правила по охране труда при работе на высоте, утвержденные приказом Министерства "
     "труда и социальной защиты Российской Федерации от 16 ноября 2020 г. № 782н",
     "Правила по охране труда при работе на высоте", [2020, 11, 16], "782н"),
    ("Порядок проведения экспертизы, утвержденный решением Коллегии от 12.03.2019 № 17",
     "Порядок проведения экспертизы", [2019, 3, 12], "17"),
])
def test_a_regulation_named_before_the_act_that_approved_it(
        text: str, title: str, issued: list[int], number: str) -> None:
    item = _item(text)
    assert item["type"] == "legislation"
    assert item["title"] == title
    assert item["issued"] == {"date-parts": [issued]}
    assert item["number"] == number
    assert item["note"].startswith("утвержден")  # the approving act kept, not dropped


def test_a_regulation_approved_before_its_host() -> None:
    item = _item("Инструкция по делопроизводству, утв. приказом Минобрнауки России от 5 мая "
                 "2015 г. № 480 // Вестник образования. 2015. № 9.")
    assert (item["title"], item["number"]) == ("Инструкция по делопроизводству", "480")
    assert item["container-title"] == "Вестник образования"
    assert item["note"] == "утв. приказом Минобрнауки России"


def test_a_book_title_before_a_date_is_no_act() -> None:
    item = _item("Правила дорожного движения. М., 2010. 64 с.")
    assert item["type"] == "book"
    assert item["title"] == "Правила дорожного движения"


@pytest.mark.parametrize(("text", "number"), [
    # ru-gost-1845: «№» recognised as «Ne»
    ("Положение о единицах величин, допускаемых к применению в Российской Федерации, "
     "утвержденное постановлением Правительства Российской Федерации от 31 октября 2009 г. "
     "Ne 879", "879"),
    ("Постановление Правительства РФ от 12 марта 2015 г. Ne 214", "214"),
])
def test_the_numero_recognised_as_ne_is_the_acts_number(text: str, number: str) -> None:
    assert _item(text)["number"] == number


def test_ne_before_a_figure_in_a_latin_reference_is_no_numero() -> None:
    item = _item("Smith J. Neon lines // Phys. Rev. 1990. Vol. 5, Ne 20")
    assert "issue" not in item


@pytest.mark.parametrize(("text", "title", "number"), [
    # ru-gost-1843: the closing quote read as «*»
    ("Федеральный закон от 26 июня 2008 г. № 102-ФЗ «Об обеспечении единства измерений*",
     "Об обеспечении единства измерений", "102-ФЗ"),
    ("Федеральный закон от 12 января 1996 г. № 7-ФЗ «О некоммерческих организациях.",
     "О некоммерческих организациях", "7-ФЗ"),
    ("Указ Президента РФ от 5 мая 1992 г. № 431 «О мерах по социальной поддержке "
     "многодетных семей", "О мерах по социальной поддержке многодетных семей", "431"),
])
def test_an_acts_title_left_open_at_the_end(text: str, title: str, number: str) -> None:
    item = _item(text)
    assert (item["type"], item["title"], item["number"]) == ("legislation", title, number)


def test_an_amending_acts_title_closed_once_keeps_its_host() -> None:
    item = _item("Федеральный конституционный закон от 3 ноября 2004 г. № 6-ФКЗ «О внесении "
                 "изменения в статью 11 Федерального конституционного закона «О Правительстве "
                 "Российской Федерации» // Собрание законодательства Российской Федерации. – "
                 "2004. – № 45. – Ст. 4376.")
    assert item["number"] == "6-ФКЗ"
    assert item["container-title"] == "Собрание законодательства Российской Федерации"


@pytest.mark.parametrize(("text", "title", "issued", "number"), [
    # ru-gost-1857, ru-gost-1858: the title in quotes before «от … года»
    ('Приказ Министерства образования РФ "О службе охраны труда" от 27.02.1995 года № 92',
     "О службе охраны труда", [1995, 2, 27], "92"),
    ("Постановление Правительства РФ «О порядке ведения реестра» от 3 марта 2001 года № 12",
     "О порядке ведения реестра", [2001, 3, 3], "12"),
    # the title after the number
    ("Федеральный закон от 21 июля 1997 года № 116-ФЗ «О промышленной безопасности опасных "
     "производственных объектов»", "О промышленной безопасности опасных производственных "
     "объектов", [1997, 7, 21], "116-ФЗ"),
    # the title named alone
    ("Трудовой кодекс Российской Федерации от 30.12.2001 года № 197-ФЗ",
     "Трудовой кодекс Российской Федерации", [2001, 12, 30], "197-ФЗ"),
])
def test_an_acts_date_closed_by_the_word_goda(
        text: str, title: str, issued: list[int], number: str) -> None:
    item = _item(text)
    assert (item["type"], item["title"], item["number"]) == ("legislation", title, number)
    assert item["issued"] == {"date-parts": [issued]}


@pytest.mark.parametrize(("text", "genre", "number", "title"), [
    # ru-gost-1846
    ("Рекомендации по метрологии Р 50.2.078—2011 Государственная система обеспечения "
     "единства измерений. Порядок подготовки к утверждению государственных первичных "
     "эталонов единиц величин", "Рекомендации по метрологии", "Р 50.2.078—2011",
     "Государственная система обеспечения единства измерений. Порядок подготовки к "
     "утверждению государственных первичных эталонов единиц величин"),
    ("Рекомендации по межгосударственной стандартизации РМГ 29-2013 Государственная система "
     "обеспечения единства измерений. Метрология. Основные термины и определения",
     "Рекомендации по межгосударственной стандартизации", "РМГ 29-2013",
     "Государственная система обеспечения единства измерений. Метрология. Основные термины "
     "и определения"),
    ("Правила по метрологии ПР 50.2.006-94. Государственная система обеспечения единства "
     "измерений. Порядок проведения поверки средств измерений", "Правила по метрологии",
     "ПР 50.2.006-94", "Государственная система обеспечения единства измерений. Порядок "
     "проведения поверки средств измерений"),
])
def test_a_document_of_standardization_after_its_kind(
        text: str, genre: str, number: str, title: str) -> None:
    item = _item(text)
    assert (item["type"], item["genre"], item["number"], item["title"]) == \
        ("standard", genre, number, title)


@pytest.mark.parametrize(("text", "number", "title"), [
    ("МИ 2304-94 ГСИ. Метрологический контроль и надзор, осуществляемые метрологическими "
     "службами юридических лиц", "МИ 2304-94", "ГСИ. Метрологический контроль и надзор, "
     "осуществляемые метрологическими службами юридических лиц"),
    ("РД 50-160-79 Внедрение и применение ГОСТ 8.417-81", "РД 50-160-79",
     "Внедрение и применение ГОСТ 8.417-81"),
])
def test_a_document_of_metrology_by_its_designation_alone(
        text: str, number: str, title: str) -> None:
    item = _item(text)
    assert (item["type"], item["number"], item["title"]) == ("standard", number, title)
