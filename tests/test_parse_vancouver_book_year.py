"""A book's imprint in the Vancouver style, its year after the publisher's ";" (NLM's Citing
Medicine, chapter 1: "Place: Publisher; Date."), as medical references and the Russian
medical journals print it: the ";" parts no two references, and the year is the book's."""

from __future__ import annotations

import pytest

from biblio import parse_footnotes


@pytest.mark.parametrize(("footnote", "place", "publisher", "year"), [
    # Citing Medicine's own kind of example (a 7th edition of 2005)
    ("Speroff L, Fritz MA. Clinical gynecologic endocrinology and infertility. 7th ed. "
     "Philadelphia: Lippincott Williams & Wilkins; 2005.",
     "Philadelphia", "Lippincott Williams & Wilkins", 2005),
    # a Russian oncology monograph as a medical journal's list prints it
    ("Трахтенберг А.Х., Чиссов В.И. Рак легкого. М.: ГЭОТАР-Медиа; 2009. 656 с.",
     "Москва", "ГЭОТАР-Медиа", 2009),
])
def test_the_year_after_the_publishers_semicolon(footnote: str, place: str, publisher: str,
                                                 year: int) -> None:
    (item,) = parse_footnotes([footnote]).items.values()
    assert (item["publisher-place"], item["publisher"], item["issued"].parts) == \
        (place, publisher, [[year]])


def test_a_semicolon_before_another_reference_still_parts_them() -> None:
    items = parse_footnotes(["Иванов И. И. История. М.: Наука; Петров П. П. Другое. Л., "
                             "1990."]).items.values()
    assert [item["title"] for item in items] == ["История", "Другое"]
