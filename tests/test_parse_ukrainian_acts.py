"""Ukrainian legal acts as DSTU GOST 7.1:2006 and DSTU 8302:2015 print them: the act's
kind in Ukrainian ("Закон України", "Постанова …", "наказ …"), its date after "від" (in
figures or with the month abbreviated by DSTU 3582:2013: "20 квіт. 2015 р."), its number
before or after the date, and the publication after a period where DSTU 8302:2015 clause
4.9.1 lets a period stand for "//". Real forms from grafiati's DSTU pages, a university's
DSTU 8302 examples (dev set batch 20) and DSTU 8302:2015's own example (batch 14); the
expected values are read off the printed text by hand."""

from __future__ import annotations

import pytest

from biblio.parse.gost import parse_reference
from biblio.parse.publication import full_date

LAWS = [
    ("Про вищу освіту : Закон України від 01.07.2014 р. № 1556-VII : станом на 18 берез. "
     "2020 р. URL: https://zakon.rada.gov.ua/laws/show/1556-18 (дата звернення: 07.06.2020).",
     "Про вищу освіту", "1556-VII", [2014, 7, 1]),
    ("Про авторське право і суміжні права [Електронний ресурс] : Закон України від 23.12.1993 "
     "р. № 3792-XII : станом на 04 листоп. 2018 р. — Режим доступу: "
     "https://zakon.rada.gov.ua/laws/show/3792-12 (дата звернення: 13.06.2020). — Назва з "
     "екрана.", "Про авторське право і суміжні права", "3792-XII", [1993, 12, 23]),
]


@pytest.mark.parametrize(("text", "title", "number", "date"), LAWS)
def test_a_law_s_date_after_vid_is_its_date(
        text: str, title: str, number: str, date: list[int]) -> None:
    reference = parse_reference(text)
    assert reference.type == "legislation"
    assert reference.fields["title"] == title
    assert reference.fields["number"] == number
    assert reference.fields["issued"].parts == [date]
    assert reference.fields["genre"] == "Закон України"


@pytest.mark.parametrize(("text", "parts"), [
    ("від 10 лют. 2010 р.", [2010, 2, 10]),
    ("станом на 04 листоп. 2018 р.", [2018, 11, 4]),
    ("від 20 квіт. 2015 р. № 449", [2015, 4, 20]),
    ("від 17 квіт. 2002 р. No 347", [2002, 4, 17]),
])
def test_the_months_abbreviated_by_dstu_3582(text: str, parts: list[int]) -> None:
    assert full_date(text).parts == [parts]


def test_an_order_s_number_then_its_source_after_a_period() -> None:
    reference = parse_reference(
        "Про затвердження Вимог до оформлення дисертації : наказ Міністерства освіти і науки "
        "України від 12.01.2017 р. № 40. Офіційний вісник України. 2017. № 20. С. 136–141.")
    assert reference.type == "legislation"
    assert reference.fields["title"] == "Про затвердження Вимог до оформлення дисертації"
    assert reference.fields["genre"] == "наказ Міністерства освіти і науки України"
    assert reference.fields["number"] == "40"
    assert reference.fields["container-title"] == "Офіційний вісник України"
    assert reference.fields["issue"] == "20"
    assert reference.fields["page"] == "136–141"


def test_the_russian_form_keeps_its_newspaper_too() -> None:
    """GOST 7.1's own example with the period for "//": the gazette was lost before."""
    reference = parse_reference(
        "О противодействии терроризму : федер. закон от 06.03.2006 г. № 35-ФЗ. Рос. газета. "
        "2006. 10 марта.")
    assert reference.fields["number"] == "35-ФЗ"
    assert reference.fields["container-title"] == "Рос. газета"


@pytest.mark.parametrize(("text", "source", "pages"), [
    ("Інструкція про порядок нарахування і сплати єдиного внеску на загальнообов'язкове "
     "державне соціальне страхування : затв. наказом М-ва фінансів України від 20 квіт. 2015 "
     "р. № 449. Все про бухгалтерський облік. 2015. № 51. С. 21–42.",
     "Все про бухгалтерський облік", "21–42"),
    ("Національна доктрина розвитку освіти: затв. Указом Президента України від 17 квіт. 2002 "
     "р. No 347. Освіта. 2002. 24 квіт. С. 2— 4.", "Освіта", "2— 4"),
])
def test_the_publication_after_a_statement_of_adoption(text: str, source: str,
                                                       pages: str) -> None:
    """The approving order's date and number stay in the statement (`note`): they are
    the order's, not the act's."""
    reference = parse_reference(text)
    assert reference.type == "legislation"
    assert reference.fields["container-title"] == source
    assert reference.fields["page"] == pages
    assert reference.fields["note"].startswith("затв.")
    assert "number" not in reference.fields


def test_a_law_with_no_source_keeps_the_words_after_its_number() -> None:
    """A parenthesis after the number is no publication: it is kept in `note`, not taken
    for a host (it was dropped before)."""
    reference = parse_reference(
        "Об образовании : федер. закон от 10.07.1992 № 3266-1 (ред. от 28.07.2012).")
    assert "container-title" not in reference.fields
    assert reference.fields["number"] == "3266-1"
    assert reference.fields["note"] == "(ред. от 28.07.2012)"


def test_an_orders_date_stays_when_its_bulletin_gives_only_the_year() -> None:
    """The bulletin's area is read first (the rightmost), so the order's own date after
    «від» found `issued` taken by the bulletin's year and was dropped; the act's full date
    says more than a year-only host, as for a law gazette's volume (dev set batch 20,
    Університет «Україна»'s DSTU 8302:2015 examples; values read off by hand)."""
    reference = parse_reference(
        "Про затвердження Вимог до оформлення дисертації : наказ Міністерства освіти і науки "
        "України від 12.01.2017 р. № 40. Офіційний вісник України. 2017. № 20. С. 136–141.")
    assert reference.fields["issued"].parts == [[2017, 1, 12]]
    assert reference.fields["container-title"] == "Офіційний вісник України"
    assert reference.fields["number"] == "40"


def test_an_acts_date_beside_its_newspapers_day_is_kept_in_the_note() -> None:
    """The example of GOST 7.1's law in a newspaper («федер. закон от 27 июля 2006 г. №
    149-ФЗ // Российская газета. 2006. 29 июля»), written with the period DSTU 8302:2015
    clause 4.9.1 lets stand for "//" (constructed from it): the act is published on the
    29th, its own date kept in `note` as the "//" form keeps it; the day read after the
    year had replaced the act's date, which was dropped silently."""
    for text in ("О внесении изменений : федер. закон от 27 июля 2006 г. № 149-ФЗ. "
                 "Российская газета. 2006. 29 июля.",
                 "О внесении изменений : федер. закон от 27 июля 2006 г. № 149-ФЗ // "
                 "Российская газета. 2006. 29 июля."):
        fields = parse_reference(text).fields
        assert fields["issued"].parts == [[2006, 7, 29]]
        assert fields["note"] == "от 27 июля 2006 г."
        assert fields["container-title"] == "Российская газета"


def test_a_ukrainian_acts_date_is_kept_with_its_own_word() -> None:
    """The note keeps the act's date as printed, «від» and all, not a Russian «от» put
    before it (the Law on Education of 5 September 2017, published in «Голос України» on
    27 September 2017; written here in DSTU 8302:2015's period form)."""
    fields = parse_reference("Про освіту : Закон України від 05.09.2017 р. № 2145-VIII. "
                             "Голос України. 2017. 27 верес.").fields
    assert fields["issued"].parts == [[2017, 9, 27]]
    assert fields["note"] == "від 05.09.2017 р."
