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


@pytest.mark.parametrize(("footnote", "authors", "title", "publisher", "year"), [
    # a Russian oncology monograph in a medical journal's transliterated list (ICMJE)
    ("Trakhtenberg AKh, Chissov VI. Rak legkogo. M.:Geotar-Meditsina; 2009. (In Russ.)",
     [("Trakhtenberg", "AKh"), ("Chissov", "VI")], "Rak legkogo", "Geotar-Meditsina", 2009),
    # the period for ";" before the year, an ISBN after it
    ("Sidorova EYu, Petrov AA. Khirurgiya kisti. SPb.: Meditsina. 2015. ISBN 978-5-225-03999-1. "
     "(In Russ.)", [("Sidorova", "EYu"), ("Petrov", "AA")], "Khirurgiya kisti", "Meditsina",
     2015),
    ("Speroff L, Fritz MA. Clinical gynecologic endocrinology and infertility. 7th ed. "
     "Philadelphia: Lippincott Williams & Wilkins; 2005.",
     [("Speroff", "L"), ("Fritz", "MA")], "Clinical gynecologic endocrinology and infertility",
     "Lippincott Williams & Wilkins", 2005),
])
def test_an_icmje_book_names_its_authors_with_initials_run_together(
        footnote: str, authors: list[tuple[str, str]], title: str, publisher: str,
        year: int) -> None:
    """ICMJE's "Family AB" (a romanized letter of two, "AKh", "EYu", counted as one
    initial): the authors, the title, the publisher and the year."""
    (item,) = parse_footnotes([footnote]).items.values()
    assert [(name.family, name.given) for name in item["author"]] == authors
    assert (item["title"], item["publisher"], item["issued"].parts) == (title, publisher, [[year]])


def test_a_gost_heading_with_a_period_before_the_year_keeps_its_initials_period() -> None:
    (item,) = parse_footnotes(["Ivanov I. Khirurgiya. M.: Meditsina. 2001."]).items.values()
    assert [(name.family, name.given) for name in item["author"]] == [("Ivanov", "I.")]
