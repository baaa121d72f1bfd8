"""A periodical named after the abbreviation of its kind («ж.», «журн.», «газ.») where
GOST prints «//» (biblio.parse.kind_word_hosts, session 32).

The articles are dev references from two sources (the notes of a book on the Mikhoels
affair, rutlib.com; a medical college's reading list on Pirogov, kbmk.kirov.ru), each
field checked by hand against the reference as printed. «Ж.» that is an initial, and a
kind's word followed by no issue, are left to the grammar.
"""

from __future__ import annotations

from typing import Any

import pytest

from biblio import parse_footnotes
from biblio.formats.csljson import item_to_json


def _item(text: str) -> dict[str, Any]:
    document = parse_footnotes([text])
    cite = document.notes[0].cites[0]
    return item_to_json(document.items[cite.item])


@pytest.mark.parametrize(("text", "title", "journal", "year", "issue"), [
    # ru-fn-1903, rutlib.com book 22367: the journal's place before the kind's word
    ("Костырченко Г. В. «Дело Михоэлса»: новый взгляд. Дискутируя с Жоресом Медведевым. "
     "И не только с ним. – М.: ж. Лехаим, 2003, № 11 (139).",
     "«Дело Михоэлса»: новый взгляд. Дискутируя с Жоресом Медведевым. И не только с ним",
     "Лехаим", 2003, "11 (139)"),
    # ru-fn-1906, the same notes: the issue before the year, «№№»
    ("Из секретных архивов ЦК КПСС. Лакомый полуостров. Записка о Крыме. – М.: ж. Родина, "
     "№№ 11–12, 1991.",
     "Из секретных архивов ЦК КПСС. Лакомый полуостров. Записка о Крыме", "Родина", 1991,
     "11–12"),
    # ru-gost-1619, kbmk.kirov.ru: after a quoted title and a comma, «1993 г.»
    ("Юдин И. «Штрихи к портрету Н.И.Пирогова», ж. Врач, 1993 г. № 1",
     "Штрихи к портрету Н.И.Пирогова", "Врач", 1993, "1"),
    # ru-gost-1611, the same list: «Ж.» after the title's period, the pages glued to «с»
    ("Прозоров В. «Военно-полевая биография о русском хирурге Пирогове». Ж. Лица, 2001 "
     "№7-8, с58-60",
     "Военно-полевая биография о русском хирурге Пирогове", "Лица", 2001, "7-8"),
])
def test_a_periodical_after_its_kind_word_is_the_host(text: str, title: str, journal: str,
                                                      year: int, issue: str) -> None:
    item = _item(text)
    assert (item["type"], item["title"], item["container-title"]) == \
        ("article-journal", title, journal)
    assert (item["issued"], item["issue"]) == ({"date-parts": [[year]]}, issue)


def test_the_place_before_the_word_and_the_pages_after_the_issue_are_kept() -> None:
    assert _item("Из секретных архивов ЦК КПСС. Лакомый полуостров. Записка о Крыме. – М.: "
                 "ж. Родина, №№ 11–12, 1991.")["publisher-place"] == "Москва"
    assert _item("Прозоров В. «Военно-полевая биография о русском хирурге Пирогове». Ж. "
                 "Лица, 2001 №7-8, с58-60")["page"] == "58-60"


def test_a_newspaper_after_gaz_is_a_newspaper_article() -> None:
    # constructed: GOST 7.0.12-2011's «газ.» before a newspaper's name, and its day as
    # the same reading list dates newspapers («Мед газета 26 ноября, 1980 г.»)
    item = _item("Петров П. П. «Статья о школе», газ. Правда, 5 мая 1950 г.")
    assert (item["type"], item["container-title"]) == ("article-newspaper", "Правда")
    assert item["issued"] == {"date-parts": [[1950, 5, 5]]}


def test_an_initial_zh_and_a_word_without_an_issue_are_left_to_the_grammar() -> None:
    # ru-fn-1046: «Ж.» is Jacques Sadoul's initial
    item = _item("Садуль Ж. Записки о большевистской революции (октябрь 1917 – январь 1919)."
                 " – М., 1990. С. 125, 134–135.")
    assert "container-title" not in item and item["author"][0]["family"] == "Садуль"
    # an initial after a comma: a name and a title, then a book's imprint
    item = _item("Петров П., Ж. Сидоров. Книга. М., 1990.")
    assert "container-title" not in item
    assert [name["family"] for name in item["author"]] == ["Петров", "Сидоров"]
