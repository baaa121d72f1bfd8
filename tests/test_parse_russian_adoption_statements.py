"""A legal act's statements of adoption after its title with no genre before them (GOST
7.1-2003 clause 5.2.5 prints ": принят …: одобр. …", ": утв. …"; DSTU GOST 7.1:2006 ":
затв. …"): the title is the act's, the statements are kept in `note`. Real forms from a
Belarusian guide and DSTU 8302:2015's text (dev set batch 14); values read off by hand."""

from __future__ import annotations

import pytest

from biblio.parse.gost import parse_reference

ACTS = [
    ("инвестиционный кодекс республики Беларусь : принят палатой представителей 30 мая 2001 "
     "г.: одобр. советом респ. 8 июня 2001 г.: текст кодекса по состоянию на 10 февр. 2001 г. "
     "– Минск : амалфея, 2005.– 83 с.",
     "инвестиционный кодекс республики Беларусь", "принят палатой представителей 30 мая 2001"),
    ("инструкция по исполнительному производству : утв. М-вом юстиции респ. Беларусь 20.12.04. "
     "– Минск : дикта, 2005. – 94 с.",
     "инструкция по исполнительному производству", "утв. М-вом юстиции респ. Беларусь 20.12.04"),
    ("Національна доктрина розвитку освіти: затв. Указом Президента України від 17 квіт. 2002 "
     "р. No 347. Освіта. 2002. 24 квіт. С. 2— 4.",
     "Національна доктрина розвитку освіти", "затв. Указом Президента України"),
]


@pytest.mark.parametrize(("text", "title", "statement"), ACTS)
def test_the_statements_of_adoption_are_no_part_of_the_title(
        text: str, title: str, statement: str) -> None:
    reference = parse_reference(text)
    assert reference.fields["title"] == title
    assert reference.fields["note"].startswith(statement)


def test_a_subtitle_that_is_no_statement_stays_in_the_title() -> None:
    reference = parse_reference(
        "Петров И. И. Утверждение нормы : принципы и практика. — Москва : Наука, 2001. — 200 с.")
    assert reference.fields["title"] == "Утверждение нормы : принципы и практика"
