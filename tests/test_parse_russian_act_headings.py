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
