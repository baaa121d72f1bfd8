"""A newspaper's issue as DSTU GOST 7.1:2006 and the Ukrainian citation services print
it: the day (or, for a monthly, the month alone in the nominative) with the issue's
number in parentheses ("— 2017. — 20 квітня (№ 48). — С. 13", "— 2020. — Березень (№
3). — С. 44—45"). The number is the `issue`, the day or month dates the issue. Real forms
from batch 10 of the Russian dev set (a Ukrainian citation service's examples); the
values were read off the text by hand."""

from __future__ import annotations

import pytest

from biblio.parse.gost import parse_reference

ISSUES = [
    ("Колодяжний В. Місто Колумба і Паганіні: чому варто побувати в італійській Генуї / В. "
     "Колодяжний // Україна молода. — 2017. — 20 квітня (№ 48). — С. 13.",
     "Україна молода", "48", [2017, 4, 20]),
    ("Симоненко І. Чому зростають показники захворюваності? / І. Симоненко, Ю. Костевич // "
     "Українська міська газета. — 2020. — Березень (№ 3). — С. 44—45. — ISSN 9546-358x.",
     "Українська міська газета", "3", [2020, 3]),
    ("Иванов И. Выборы // Известия. — 1995. — 5 марта (№ 42). — С. 2.",
     "Известия", "42", [1995, 3, 5]),
]


@pytest.mark.parametrize(("text", "newspaper", "issue", "date"), ISSUES)
def test_a_dated_issue_with_its_number_in_parentheses(
        text: str, newspaper: str, issue: str, date: list[int]) -> None:
    fields = parse_reference(text).fields
    assert fields["container-title"] == newspaper
    assert fields["issue"] == issue
    assert fields["issued"].parts[0] == date
    assert "collection-title" not in fields


@pytest.mark.parametrize(("text", "page"), [
    ("Колодяжний В. Місто Колумба і Паганіні: чому варто побувати в італійській Генуї / В. "
     "Колодяжний // Україна молода. — 2017. — 20 квітня (№ 48). — С. 13.", "13"),
    ("Российская Федерация. Законы. Об информации, информационных технологиях и о защите "
     "информации [Текст]: федер. закон от 27 июля 2006 г. № 149-ФЗ // Российская газета. "
     "-2006. - 29 июля.- С. 14.", "14"),
    ("Об поставках продукции для федеральных государственных нужд : федеральный закон РФ "
     "от 13.12.2000 г. № 60-ФЗ // Рос. газета. – 2000. – 3 марта. – С. 1.", "1"),
])
def test_the_page_of_an_article_in_a_days_newspaper_is_its_page(text: str, page: str) -> None:
    """GOST 7.1-2003 clause 7.2: the part's place in its host; a newspaper's article
    fills its one page (batches 1, 10 and 12: a guide, a citation service, a law)."""
    reference = parse_reference(text)
    assert reference.fields["page"] == page
    assert reference.locator == page


@pytest.mark.parametrize(("text", "journal", "issue", "months"), [
    # a quarterly's issue: its months named as a range, the number in parentheses
    ("Мельник А. Сектор домогосподарств / А. Мельник // Вісник економіки. — Тернопіль : "
     "ТНЕУ, 2008. — липень-вересень (№3). — С. 7-21.", "Вісник економіки", "3",
     "липень-вересень"),
    ("Иванов И. Статья // Вестник края. — 2010. — Июль – сентябрь (№ 3). — С. 5.",
     "Вестник края", "3", "Июль – сентябрь"),
])
def test_a_quarterlys_months_before_its_number_keep_the_issue(
        text: str, journal: str, issue: str, months: str) -> None:
    fields = parse_reference(text).fields
    assert (fields["container-title"], fields["issue"]) == (journal, issue)
    assert fields["note"] == months
