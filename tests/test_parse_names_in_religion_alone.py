"""A name in religion printed alone beside its holy order (issue 9, session 33, batch 42).

Church editions name monks and nuns by the name in religion with no secular family, the
order after it, «Игнатия, монахиня. Преподобный Иоанн Дамаскин в его
церковно–гимнографическом творчестве//Богословские труды. – М., 1982. – Сб. 23.» (a
theological reading list, dev row ru-gost-1641), or before it, «Игумения Таисия.
Записки», or after it without the comma, «Игнатия монахиня. Церковные песнотворцы» (dev
row ru-gost-1642). The name is the heading, kept whole as GOST 7.80-2000's heading for a name in
religion; the nuns' orders are in `data.ranks`. A place and its landmark before a comma
stay a title. Values read by hand."""

from __future__ import annotations

import pytest

from biblio.parse.gost import parse_reference


@pytest.mark.parametrize(("text", "name", "title"), [
    ("Игнатия, монахиня. Преподобный Иоанн Дамаскин в его церковно–гимнографическом "
     "творчестве//Богословские труды. – М., 1982. – Сб. 23.",
     "Игнатия", "Преподобный Иоанн Дамаскин в его церковно–гимнографическом творчестве"),
    ("Игумения Таисия. Записки. М., 2002.", "Таисия", "Записки"),
    ("Серафим, иеромонах. Православное догматическое богословие. М., 1994.",
     "Серафим", "Православное догматическое богословие"),
    ("Митрополит Филарет. Слово в день Пасхи. М., 1848.", "Филарет", "Слово в день Пасхи"),
    # the order after the name without the comma (dev row ru-gost-1642)
    ("Игнатия монахиня. Церковные песнотворцы. – М. : Изд-во, 2005. – 200 с.",
     "Игнатия", "Церковные песнотворцы"),
    ("Иоанн игумен. Слово о посте. – М. : Сретенский монастырь, 2005.", "Иоанн",
     "Слово о посте"),
    ("Серафим иеромонах. Православие и религия будущего. М., 1991.", "Серафим",
     "Православие и религия будущего"),
])
def test_a_name_in_religion_beside_its_order_is_the_heading(
        text: str, name: str, title: str) -> None:
    reference = parse_reference(text)
    assert [author.literal for author in reference.fields["author"]] == [name]
    assert reference.fields["title"] == title


def test_a_name_before_a_word_that_is_no_order_stays_the_title() -> None:
    reference = parse_reference("Москва столица. Очерки. М., 1990.")
    assert "author" not in reference.fields
    assert reference.fields["title"] == "Москва столица. Очерки"


def test_a_place_and_its_landmark_stay_the_title() -> None:
    reference = parse_reference("Москва, Кремль. Путеводитель. М., 1990.")
    assert "author" not in reference.fields
    assert reference.fields["title"] == "Москва, Кремль. Путеводитель"
