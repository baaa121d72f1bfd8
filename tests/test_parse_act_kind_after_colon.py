"""An act's title, then after its colon the kind of act capitalised, as DSTU 8302:2015's
examples print a resolution («Про впорядкування транслітерації українського алфавіту
латиницею : Постанова Каб. Міністрів України № 55 від 27.01.2010 р.», dev row
ru-gost-778). GOST 7.1-2003 clause 5.2.5 gives the kind as other title information after
the colon; «Постанова Каб.» there is no given name and family after a sentence that
introduces a reference, and the title before the colon is the act's. Legal databases head an
act by its kind and its quoted title before the date and number, which is read the same."""

from __future__ import annotations

import pytest

from biblio.model import Date
from biblio.parse import parse_reference


@pytest.mark.parametrize(("text", "title", "number", "issued"), [
    ("Про затвердження Порядку ведення реєстру : Постанова Каб. Міністрів України від "
     "12.05.2015 р. № 301.", "Про затвердження Порядку ведення реєстру", "301",
     [[2015, 5, 12]]),
    ("Про внесення змін до деяких постанов : Постанова Каб. Міністрів України № 1022 від "
     "18.12.2019 р. URL: https://zakon.rada.gov.ua/laws/show/1022-2019-п (дата звернення: "
     "01.02.2021).", "Про внесення змін до деяких постанов", "1022", [[2019, 12, 18]]),
    ("Об утверждении Правил : Постановление Правительства РФ от 12.05.2015 № 301.",
     "Об утверждении Правил", "301", [[2015, 5, 12]]),
    # the kind, the title in quotes, then the date and number (a legal database's heading)
    ('Федеральный закон "О персональных данных" от 27.07.2006 N 152-ФЗ // Российская '
     'газета. 2006. № 165.', "О персональных данных", "152-ФЗ", [[2006, 7, 27]]),
    ("Федеральный закон «О персональных данных» от 27.07.2006 № 152-ФЗ (ред. от "
     "14.07.2022).", "О персональных данных", "152-ФЗ", [[2006, 7, 27]]),
    ("Указ Президента РФ «О национальных целях развития» от 21.07.2020 № 474.",
     "О национальных целях развития", "474", [[2020, 7, 21]]),
])
def test_the_title_before_a_capitalised_kind_of_act_is_the_acts(
        text: str, title: str, number: str, issued: list[list[int]]) -> None:
    reference = parse_reference(text)
    assert reference.type == "legislation"
    assert (reference.fields["title"], reference.fields["number"]) == (title, number)
    assert reference.fields["issued"] == Date(parts=issued)
    assert reference.prefix is None


def test_a_sentence_before_a_name_still_introduces_the_reference() -> None:
    reference = parse_reference("Об этом подробнее: Иванов И. И. Очерки. М., 1990.")
    assert reference.fields["author"][0].family == "Иванов"
