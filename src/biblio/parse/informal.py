"""Russian footnotes written without GOST's areas, as historians' books print them.

A periodical named in quotes, then a day or an issue joined by commas
(«Правда» от 30 сентября 1928; «Деревенский коммунист», №4, 1928, с.37;
«Большевик», №№13–14, 1928, с.74), and a collected works cited by its author's name
alone (И.Сталин, т. 11, с.15–16; Р.Дэвис, с.49), a book's title in quotes with
its place and year («Научная организация труда и система Тейлора», М., 1922), and a
law gazette's year and issue (СЗ СССР, 1923, № 81. Ст. 782). The periodical is the work cited
as a whole issue (type `periodical`, its name in `title`), as "Правда. 1939. 23 авг."
is read by the GOST grammar.
"""

from __future__ import annotations

import re

from biblio.model import Date, Name
from biblio.parse.publication import MONTH, month_number, read_place
from biblio.parse.reference import Reference

_PAGE = r"(?:,\s?(?:с|стр)\.?\s?(?P<page>\d+(?:\s?[—–-]\s?\d+)?))?"
QUOTED_PERIODICAL = re.compile(
    rf"""
    «(?P<title>[^»]{{1,120}}?)»?,?\s
    (?:от\s(?P<day>\d{{1,2}})(?:\s(?:и|[—–-])\s\d{{1,2}})?\s(?P<month>{MONTH})\s(?P<year>\d{{4}})
      |№\s?(?:№\s?)?(?P<issue>\d+(?:\s?[—–/-]\s?\d+)?),\s?(?:[^\W\d_]+,\s?)?(?P<issue_year>\d{{4}})
       {_PAGE})
    \.?
    """,
    re.VERBOSE,
)
"""«Правда» от 30 сентября 1928; «Социалистический вестник», №6, март, 1979, с.11."""
QUOTED_BOOK = re.compile(
    rf"«(?P<title>[^»]{{1,300}})»,\s(?P<place>[^\W\d_][^,\d]{{0,30}}),\s(?P<year>\d{{4}}){_PAGE}\.?"
)
"""A book's title in quotes, then place and year: «Научная организация труда», М., 1922."""
GAZETTE_ISSUE = re.compile(
    r"(?P<title>[^\W\d_][^,«»\d]{1,60}),\s(?P<year>\d{4}),\s№\s?(?P<issue>\d+(?:[—–/-]\d+)?)"
    r"(?:[.,]\s(?:(?P<article>Ст|ст)\.\s?(?P<number>\d+)|(?:с|стр)\.\s?(?P<page>\d+(?:[—–-]\d+)?)))?\.?"
)
"""A periodical or an official gazette, year and issue joined by commas: "СЗ СССР, 1923,
№ 81. Ст. 782" (the article of a law gazette is its locator, as "section")."""
AUTHOR_ONLY = re.compile(
    rf"""
    (?P<given>(?:[А-ЯЁ]\.\s?){{1,2}})(?P<family>[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?),\s
    (?:т\.\s?(?P<volume>\d+),\s)?
    (?:с|стр)\.?\s?(?P<page>\d+(?:\s?[—–-]\s?\d+)?)\.?
    """,
    re.VERBOSE,
)
"""И.Сталин, т. 11, с.15–16; Р.Дэвис, с.49: the author's works, cited by name."""


def parse_informal(text: str, reference: Reference) -> Reference | None:
    """The reference, when `text` is one of the informal forms; None otherwise."""
    periodical = QUOTED_PERIODICAL.fullmatch(text) if text.startswith("«") else None
    if periodical:
        fields = reference.fields
        reference.type = "periodical"
        fields["title"] = periodical["title"].strip()
        if periodical["day"]:
            fields["issued"] = Date(parts=[[int(periodical["year"]),
                                            month_number(periodical["month"]),
                                            int(periodical["day"])]])
        else:
            fields["issue"] = periodical["issue"]
            fields["issued"] = Date(parts=[[int(periodical["issue_year"])]])
        if periodical["page"]:
            reference.locator, reference.label = periodical["page"], "page"
        return reference
    book = QUOTED_BOOK.fullmatch(text) if text.startswith("«") else None
    if book:
        reference.type = "book"
        reference.fields.update(title=book["title"].strip(), **{
            "publisher-place": read_place(book["place"]),
            "issued": Date(parts=[[int(book["year"])]])})
        if book["page"]:
            reference.locator, reference.label = book["page"], "page"
        return reference
    gazette = GAZETTE_ISSUE.fullmatch(text)
    if gazette:
        reference.type = "periodical"
        reference.fields.update(title=gazette["title"].strip(), issue=gazette["issue"],
                                issued=Date(parts=[[int(gazette["year"])]]))
        if gazette["number"]:
            reference.locator, reference.label = gazette["number"], "section"
        elif gazette["page"]:
            reference.locator, reference.label = gazette["page"], "page"
        return reference
    author = AUTHOR_ONLY.fullmatch(text)
    if author:
        reference.type = "book"
        reference.fields["author"] = [Name(family=author["family"],
                                           given=author["given"].strip())]
        if author["volume"]:
            reference.fields["volume"] = author["volume"]
        reference.locator, reference.label = author["page"], "page"
        return reference
    return None
