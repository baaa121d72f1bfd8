"""A contribution named after the collection that holds it.

Some notes, and the bibliographies of sites that list a collection's papers, describe the
collection first, with its own imprint, and then the contribution by its author and
title, where GOST puts the contribution first and the collection after "//": "Сборник в
память В. В. Стасова. Спб. 1908. И. Репин. Воспоминания о B. В. Стасове. 3–6." (the notes
of a monograph on Repin), "Чтения памяти Евгения Петровича Сычевского. № 14. 2014. Изд.
БГПУ. Благовещенск. — С. 23–35. Буянов Д. Е. Религиозное учение …" (a bibliography of
papers on the Molokans). Each part is read as a reference of its own and the two are
joined: the collection's title becomes the `container-title`, its imprint and numbering
the contribution's.

Only where nothing else is possible: the collection has no author heading of its own (a
note of two works, "Иванов И. И. Книга. М., 1990. Петров П. П. …", names two authors), the
contribution prints no year of its own (a second work would: "… М., 1990. Петров П. П.
Статья. Л., 1991."), its title opens in capitals (a sentence of commentary after a book's
page does not: "… Свердловск, 1990. С. 5. Петров П. П. указывает иную дату."), and the
collection is read as a book.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from biblio.lazy_patterns import LazyPattern
from biblio.parse.names import parse_heading, parse_initials_first
from biblio.parse.reference import Reference
from biblio.parse.patterns import RUSSIAN_FAMILY

NAME_AFTER_IMPRINT = LazyPattern(
    r"\.(?<=\d\.)\s(?=(?:[А-ЯЁ]\.\s?){1,2}[А-ЯЁ][а-яё]+\.\s"        # ". И. Репин. "
    rf"|{RUSSIAN_FAMILY}\s(?:[А-ЯЁ]\.\s?){{1,2}}\s?[А-ЯЁ])"  # ". Буянов Д. Е. Р"
)
"""Where the contribution's heading begins: after the period that closes the collection's
last area on a figure (its year, its pages), a name, initials first or after the family.
It opens with the period, which the engine scans for, and looks behind it for the figure."""
YEAR = re.compile(r"\d\d{3}")
"""Four figures; opened by one, which the engine scans for (a pattern that opens with a
repeat, "\\d{4}", is tried at every position)."""
BARE_PAGES = LazyPattern(r"\.\s(?P<pages>\d{1,4}(?:\s?[—–-]\s?\d{1,4})?)\.?$")
"""The pages closing the contribution, printed bare as the same notes print their pages
("… Воспоминания о B. В. Стасове. 3–6.", "Там же, 30."): the cite's locator."""


def read_contribution_after_host(body: str, reference: Reference,
                                 read: Callable[[str], Reference]) -> Reference | None:
    """The contribution, when `body` is a collection followed by one; None otherwise.
    `read` reads each part as a reference."""
    if " // " in body or YEAR.search(body) is None:
        return None  # a host after "//" is already where GOST puts it (and most notes'
        # hosts are: the searches below are spared them)
    cut = NAME_AFTER_IMPRINT.search(body)
    if cut is None or YEAR.search(body, 0, cut.start()) is None or YEAR.search(body, cut.end()):
        return None
    host_text, contribution_text = body[: cut.start() + 1], body[cut.end():]
    if parse_heading(host_text)[0] or parse_initials_first(host_text)[0] is not None:
        return None  # a heading before: two works of a note, not a collection
    pages = BARE_PAGES.search(contribution_text)
    if pages:
        contribution_text = contribution_text[: pages.start() + 1]
    host, contribution = read(host_text), read(contribution_text)
    if host.type != "book" or "title" not in host.fields or "issued" not in host.fields \
            or not contribution.fields.get("author") or "title" not in contribution.fields \
            or "issued" in contribution.fields or "container-title" in contribution.fields \
            or str(contribution.fields["title"])[:1].islower():
        return None
    fields = reference.fields
    fields.update({variable: value for variable, value in host.fields.items()
                   if variable not in ("title", "author")})
    fields["container-title"] = host.fields["title"]
    fields.update(contribution.fields)  # its author, title and what else it states
    reference.type = "chapter"
    located = contribution if contribution.locator else host
    reference.locator, reference.label = located.locator, located.label
    if pages:
        reference.locator, reference.label = pages["pages"], "page"
    reference.leftover.extend(host.leftover + contribution.leftover)
    return reference
