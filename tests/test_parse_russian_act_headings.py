"""An act named by its kind, date and number before its title in quotes, as Russian
legal and economic reference lists print it, with the edition it is cited in, its
official gazette ("СЗ РФ. - 2002. - № 18") or its web page ("Режим доступа: http://
www…"). Real forms from the dev set (batch 6) and from the GOST guides of batch 1; the
values were read off the text by hand."""

from __future__ import annotations

import pytest

from biblio.parse.gost import parse_reference

ACTS = [
    ("Федеральный закон от 25.04.2002 № 40-ФЗ (ред. от 28.07.2012) «Об обязательном страховании "
     "гражданской ответственности владельцев транспортных средств» // СЗ РФ. - 2002. - № 18. "
     "-Ст. 1720.",
     "Об обязательном страховании гражданской ответственности владельцев транспортных средств",
     "Федеральный закон", "40-ФЗ", 2002),
    ("Закон РФ от 07.02.1992 № 2300-1 (ред. от 25.06.2012) «О защите прав потребителей» // "
     "Официальный Интернет-портал правовой информации [Электронный ресурс]. - Режим доступа: "
     "http:// www.pravo.gov.ru (дата обращения: 20.10.2012).",
     "О защите прав потребителей", "Закон РФ", "2300-1", 1992),
    ("Постановление Пленума Верховного Суда Российской Федерации от 28 июня 2012 г. № 17 «О "
     "рассмотрении судами гражданских дел по спорам о защите прав потребителей» // Верховный "
     "Суд РФ [Электронный ресурс]. - Режим доступа: http:// www.vsrf.ru/second.php (дата "
     "обращения: 19.10.2012).",
     "О рассмотрении судами гражданских дел по спорам о защите прав потребителей",
     "Постановление Пленума Верховного Суда Российской Федерации", "17", 2012),
]


@pytest.mark.parametrize(("text", "title", "genre", "number", "year"), ACTS)
def test_an_act_named_before_its_title_is_legislation(
        text: str, title: str, genre: str, number: str, year: int) -> None:
    reference = parse_reference(text)
    assert reference.type == "legislation"
    assert reference.fields["title"] == title
    assert reference.fields["genre"] == genre
    assert reference.fields["number"] == number
    assert reference.fields["issued"].parts[0][0] == year


def test_the_gazette_of_an_act_is_its_host_not_a_person() -> None:
    reference = parse_reference(ACTS[0][0])
    assert reference.fields["container-title"] == "СЗ РФ"
    assert reference.fields["issue"] == "18"
    assert "container-author" not in reference.fields
    assert reference.fields["note"] == "(ред. от 28.07.2012)"


def test_an_address_typed_with_a_space_after_the_scheme_is_one_url() -> None:
    reference = parse_reference(ACTS[1][0])
    assert reference.fields["URL"] == "http://www.pravo.gov.ru"
    assert reference.fields["accessed"].parts == [[2012, 10, 20]]
    assert reference.fields["container-title"] == "Официальный Интернет-портал правовой информации"


def test_the_gost_form_after_the_title_still_reads() -> None:
    reference = parse_reference("О защите прав потребителей: федер. закон [принят Думой 7 "
                                "февраля 1992 г.] // Российская газета. 1992. 7 апреля.")
    assert reference.type == "legislation"
    assert reference.fields["genre"] == "федер. закон"
    assert reference.fields["container-title"] == "Российская газета"


def test_a_title_quoting_the_amended_act_closes_its_quotes_once() -> None:
    """Russian punctuation prints one closing quote where the amended act's title and the
    act's own title end together; the title gets the inner one back. Dev set batch 18 (a
    guide's official documents); "Федеральный конституционный закон" is the full form of
    GOST 7.1's "федер. конституц. закон"."""
    reference = parse_reference(
        "Федеральный конституционный закон от 3 ноября 2004 г. № 6-ФКЗ «О внесении изменения "
        "в статью 11 Федерального конституционного закона «О Правительстве Российской "
        "Федерации» // Собрание законодательства Российской Федерации. – 2004. – № 45. – "
        "Ст. 4376.")
    assert reference.type == "legislation"
    assert reference.fields["title"] == ("О внесении изменения в статью 11 Федерального "
                                         "конституционного закона «О Правительстве "
                                         "Российской Федерации»")
    assert reference.fields["number"] == "6-ФКЗ"
    assert reference.fields["genre"] == "Федеральный конституционный закон"
    assert reference.fields["container-title"] == \
        "Собрание законодательства Российской Федерации"


@pytest.mark.parametrize(("text", "number", "date"), [
    # an article citing a decree in its text (dev set batch 18, «Теория и практика
    # общественного развития»)
    ("Указ Президента РФ от 7 мая 2018 г. № 204 «О национальных целях и стратегических "
     "задачах развития Российской Федерации на период до 2024 года»", "204", [[2018, 5, 7]]),
    # GOST 7.1-2003's form of the decree ru-gost-036 cites, before its gazette
    ("Вопросы системы и структуры федеральных органов исполнительной власти : указ "
     "Президента РФ от 12 мая 2008 г. № 724.", "724", [[2008, 5, 12]]),
])
def test_an_act_cited_without_its_gazette_keeps_its_number(
        text: str, number: str, date: list[list[int]]) -> None:
    """With no serial around it, an act's "№" is its number (GOST 7.1-2003 clause 5.2.5:
    "указ … от 12 мая 2008 г. № 724"), not an issue."""
    reference = parse_reference(text)
    assert reference.type == "legislation"
    assert reference.fields["number"] == number
    assert "issue" not in reference.fields
    assert reference.fields["issued"].parts == date


LATER_WORDING = [
    # a law faculty's course-paper guide (batch 32): the wording the act is cited in, after
    # its source, the statement "(ред. от 28.07.2012)" makes before the title above
    ("Конституция РФ. Принята всенародным голосованием 12 декабря 1993 г. // Российская "
     "газета. - № 197. - 25.12.93. (с изменениями на 25.03.2004 № 1-ФКЗ // Российская "
     "газета. - № 62. - 26.03.2004).",
     "Российская газета", "197",
     "с изменениями на 25.03.2004 № 1-ФКЗ // Российская газета. - № 62. - 26.03.2004"),
    ("Гражданской кодекс Российской Федерации (Часть первая) от 30.11.1994 № 51-ФЗ // Собрание "
     "законодательства Российской Федерации, 1994, № 32, ст. 3301 (с изменениями на 2 июля "
     "2005 года № 83-ФЗ // Российская газета. - № 144. - 06.07.2005).",
     "Собрание законодательства Российской Федерации", "32",
     "с изменениями на 2 июля 2005 года № 83-ФЗ // Российская газета. - № 144. - 06.07.2005"),
]


@pytest.mark.parametrize(("text", "gazette", "issue", "wording"), LATER_WORDING)
def test_the_wording_after_an_acts_source_is_its_note(text: str, gazette: str, issue: str,
                                                      wording: str) -> None:
    """Before, the second "//" inside the parentheses was taken for the host: the gazette
    of the amendment ("№ 62", "№ 144") replaced the act's own."""
    fields = parse_reference(text).fields
    assert (fields["container-title"], fields["issue"]) == (gazette, issue)
    assert fields["note"].endswith(f"({wording})")  # after the Constitution's statement
    # of adoption, its note before it since session 32 (genres.ADOPTION_AFTER_PERIOD)
